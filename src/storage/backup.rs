//! A professional's backup in storage (issue 16): every record of the stores a backup
//! carries, as the JSON text under its encryption; what a merge changes, written in one
//! transaction; and the device's recovery code with the time of its last backup.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::key::MetaKey;
use super::{codec, delete_raw, object_store, put_raw, raw_entries, Db, Key, StorageError, Store};
use crate::domain::backup::{Changes, Record, STORES};

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
        for (store, entries) in raw {
            for (key, text) in codec::open_texts(&self.cipher, store, entries).await {
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
        Ok((records, unreadable))
    }

    /// Write what a merge changes, in one transaction: all of it, or (when anything fails)
    /// nothing.
    pub async fn apply_backup(&self, changes: &Changes) -> Result<(), StorageError> {
        let stores = carried();
        // Seal first: the transaction must not wait on anything but IndexedDB.
        let mut sealed: Vec<(Store, Vec<(Key, JsValue)>)> = Vec::new();
        for store in &stores {
            let texts: Vec<(Key, String)> = changes
                .put
                .iter()
                .filter(|r| r.store == store.name())
                .map(|r| (Key::stored(r.key.clone()), r.json.clone()))
                .collect();
            if !texts.is_empty() {
                sealed.push((
                    *store,
                    codec::seal_texts(&self.cipher, *store, texts).await?,
                ));
            }
        }
        for (store, _) in &changes.delete {
            if store_named(store).is_none() {
                return Err(StorageError::Other(format!("no store {store}")));
            }
        }
        let tx = self.write(stores.iter().map(|s| s.name()).collect::<Vec<_>>())?;
        for (store, entries) in sealed {
            let os = object_store(&tx, store)?;
            for (key, value) in entries {
                put_raw(&os, &key, value).await?;
            }
        }
        for (store, key) in &changes.delete {
            if let Some(store) = store_named(store) {
                delete_raw(&object_store(&tx, store)?, &Key::stored(key.clone())).await?;
            }
        }
        tx.commit().await?;
        Ok(())
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
