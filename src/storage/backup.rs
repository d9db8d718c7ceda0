//! A professional's backup in storage (issue 16): every record of the stores a backup
//! carries, as the JSON text under its encryption; what a merge changes, written in one
//! transaction; and the device's recovery code with the time of its last backup.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::key::MetaKey;
use super::{
    codec, delete_raw, get_raw, object_store, put_raw, raw_entries, Db, Key, StorageError, Store,
};
use crate::domain::backup::{Changes, Record, STORES};
use crate::domain::pairing::PinnedProfessional;
use crate::domain::Id;

/// The device's recovery code and what it knows of its backups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupState {
    /// The recovery code (canonical symbols), made once.
    pub code: String,
    /// Whether the professional showed they wrote it down.
    pub confirmed: bool,
    /// When the last backup file was made and saved.
    #[serde(default)]
    pub last_backup_at: Option<DateTime<Utc>>,
    /// The day the caseload last asked for a backup (it asks once a day at most).
    #[serde(default)]
    pub asked_on: Option<NaiveDate>,
}

/// What the stores a backup carries held when a restore read them: each key's stored bytes
/// (sealed or not) and whether it could be opened.
#[derive(Debug, Clone, Default)]
pub struct Snapshot(std::collections::BTreeMap<(Store, String), (Vec<u8>, bool)>);

impl Snapshot {
    /// How many records of `family` could not be opened (they stay where they are, and go in
    /// no backup and no case).
    pub fn unreadable_of(&self, family: Id) -> usize {
        let id = family.to_string();
        self.0
            .iter()
            .filter(|((_, key), (_, readable))| {
                !readable && (key.starts_with(&id) || key.split('/').any(|part| part == id))
            })
            .count()
    }
}

/// The bytes of a stored value: its text, or the sealed bytes.
fn raw_bytes(value: &JsValue) -> Vec<u8> {
    match value.as_string() {
        Some(text) => text.into_bytes(),
        None => js_sys::Uint8Array::new(value).to_vec(),
    }
}

/// The stores a backup carries, as storage names them.
pub fn carried() -> Vec<Store> {
    Store::ALL
        .iter()
        .copied()
        .filter(|s| STORES.iter().any(|(name, _)| *name == s.name()))
        .collect()
}

fn store_named(name: &str) -> Option<Store> {
    carried().into_iter().find(|s| s.name() == name)
}

impl Db {
    /// Every record of the stores a backup carries, as JSON text, and how many could not be
    /// opened (those stay stored, and are not in the backup).
    pub async fn backup_records(&self) -> Result<(Vec<Record>, usize), StorageError> {
        let (records, unreadable, _) = self.backup_snapshot().await?;
        Ok((records, unreadable))
    }

    /// [`Db::backup_records`], with what the stores held byte for byte, so that a restore
    /// can check in its own transaction that nothing changed since it read them.
    pub async fn backup_snapshot(&self) -> Result<(Vec<Record>, usize, Snapshot), StorageError> {
        let stores = carried();
        let mut raw = Vec::with_capacity(stores.len());
        {
            let tx = self.read(stores.iter().map(|s| s.name()).collect::<Vec<_>>())?;
            for store in &stores {
                raw.push((
                    *store,
                    raw_entries(&object_store(&tx, *store)?, None).await?,
                ));
            }
        }
        let mut records = Vec::new();
        let mut unreadable = 0;
        let mut snapshot = Snapshot::default();
        for (store, entries) in raw {
            let bytes: Vec<(String, Vec<u8>)> = entries
                .iter()
                .map(|(key, value)| (key.as_str().to_string(), raw_bytes(value)))
                .collect();
            for ((key, text), (_, stored)) in codec::open_texts(&self.cipher, store, entries)
                .await
                .into_iter()
                .zip(bytes)
            {
                let readable = text.is_ok();
                snapshot
                    .0
                    .insert((store, key.as_str().to_string()), (stored, readable));
                match text {
                    Ok(json) => records.push(Record {
                        store: store.name().to_string(),
                        key: key.into_string(),
                        json,
                    }),
                    Err(_) => unreadable += 1,
                }
            }
        }
        Ok((records, unreadable, snapshot))
    }

    /// Write what a merge changes, in one transaction: all of it, or (when anything fails)
    /// nothing. With a `snapshot`, a record that could not be read is never overwritten,
    /// and when any record to change is no longer what the snapshot saw (another tab wrote
    /// meanwhile) nothing is written and the answer is `Ok(false)`.
    pub async fn apply_backup(
        &self,
        changes: &Changes,
        snapshot: Option<&Snapshot>,
    ) -> Result<bool, StorageError> {
        self.apply_with(changes, snapshot, None).await
    }

    /// [`Db::apply_backup`] for a colleague's case, with the colleague's device pinned in
    /// the same transaction: only when its pinned record is still `before` (its stored
    /// bytes, `None` when there was none), so two tabs never both add one package.
    pub async fn apply_case(
        &self,
        changes: &Changes,
        snapshot: &Snapshot,
        colleague: &PinnedProfessional,
        before: Option<Vec<u8>>,
    ) -> Result<bool, StorageError> {
        let key = Key::id(colleague.device);
        let sealed = codec::encode(&self.cipher, Store::Pinned, &key, colleague).await?;
        self.apply_with(changes, Some(snapshot), Some((key, sealed, before)))
            .await
    }

    /// Pinned devices' stored bytes, to compare inside a later transaction.
    pub async fn pinned_bytes(&self, device: Id) -> Result<Option<Vec<u8>>, StorageError> {
        let tx = self.read([Store::Pinned])?;
        let raw = get_raw(&object_store(&tx, Store::Pinned)?, &Key::id(device)).await?;
        Ok(raw.as_ref().map(raw_bytes))
    }

    async fn apply_with(
        &self,
        changes: &Changes,
        snapshot: Option<&Snapshot>,
        pin: Option<(Key, JsValue, Option<Vec<u8>>)>,
    ) -> Result<bool, StorageError> {
        let stores = carried();
        let unreadable = |store: Store, key: &str| {
            snapshot.is_some_and(|s| {
                s.0.get(&(store, key.to_string()))
                    .is_some_and(|(_, readable)| !readable)
            })
        };
        // Seal first: the transaction must not wait on anything but IndexedDB.
        let mut sealed: Vec<(Store, Vec<(Key, JsValue)>)> = Vec::new();
        for store in &stores {
            let texts: Vec<(Key, String)> = changes
                .put
                .iter()
                .filter(|r| r.store == store.name() && !unreadable(*store, &r.key))
                .map(|r| (Key::stored(r.key.clone()), r.json.clone()))
                .collect();
            if !texts.is_empty() {
                sealed.push((
                    *store,
                    codec::seal_texts(&self.cipher, *store, texts).await?,
                ));
            }
        }
        let mut deleted = Vec::new();
        for (store, key) in &changes.delete {
            match store_named(store) {
                Some(store) if !unreadable(store, key) => deleted.push((store, key.clone())),
                Some(_) => {}
                None => return Err(StorageError::Other(format!("no store {store}"))),
            }
        }
        let mut names: Vec<&str> = stores.iter().map(|s| s.name()).collect();
        if pin.is_some() {
            names.push(Store::Pinned.name());
        }
        let tx = self.write(names)?;
        if let Some((key, _, before)) = &pin {
            let now = get_raw(&object_store(&tx, Store::Pinned)?, key)
                .await?
                .map(|v| raw_bytes(&v));
            if now != *before {
                return Ok(false);
            }
        }
        if let Some(snapshot) = snapshot {
            let touched = sealed
                .iter()
                .flat_map(|(store, entries)| {
                    entries
                        .iter()
                        .map(move |(key, _)| (*store, key.as_str().to_string()))
                })
                .chain(deleted.iter().cloned());
            for (store, key) in touched.collect::<Vec<_>>() {
                let now = get_raw(&object_store(&tx, store)?, &Key::stored(key.clone()))
                    .await?
                    .map(|v| raw_bytes(&v));
                let then = snapshot
                    .0
                    .get(&(store, key))
                    .map(|(bytes, _)| bytes.clone());
                if now != then {
                    // Dropped without a commit: the transaction is aborted, nothing written.
                    return Ok(false);
                }
            }
        }
        for (store, entries) in sealed {
            let os = object_store(&tx, store)?;
            for (key, value) in entries {
                put_raw(&os, &key, value).await?;
            }
        }
        for (store, key) in deleted {
            delete_raw(&object_store(&tx, store)?, &Key::stored(key)).await?;
        }
        if let Some((key, value, _)) = pin {
            put_raw(&object_store(&tx, Store::Pinned)?, &key, value).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The recovery code and the last backup, if a code was ever made.
    pub async fn backup_state(&self) -> Result<Option<BackupState>, StorageError> {
        self.get_record(Store::Meta, &Key::meta(MetaKey::Backup))
            .await
    }

    pub async fn put_backup_state(&self, state: &BackupState) -> Result<(), StorageError> {
        self.put_record(Store::Meta, &Key::meta(MetaKey::Backup), state)
            .await
    }

    /// The kept copies (set aside by a merge) of one family.
    pub async fn kept_copies(&self) -> Result<Vec<Record>, StorageError> {
        let entries = {
            let tx = self.read([Store::KeptCopies])?;
            raw_entries(&object_store(&tx, Store::KeptCopies)?, None).await?
        };
        Ok(codec::open_texts(&self.cipher, Store::KeptCopies, entries)
            .await
            .into_iter()
            .filter_map(|(key, text)| {
                Some(Record {
                    store: Store::KeptCopies.name().to_string(),
                    key: key.into_string(),
                    json: text.ok()?,
                })
            })
            .collect())
    }
}
