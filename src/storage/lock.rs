//! The device's secret: setting it (which encrypts everything stored before), unlocking,
//! locking, and changing it (which re-encrypts everything).
//!
//! The lock record in `meta` under `"lock"` holds only what is needed to derive and check
//! the key: the PBKDF2 salt and iteration count, a known text sealed with the key, and,
//! where the phone's lock is on, which credential gives the second secret mixed into the
//! key (`service::passkey`). It is the one value that does not pass the codec; nothing in
//! it can open the data.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::crypto::{self, ITERATIONS, SALT_LEN};
use super::{codec, get_raw, object_store, put_all, put_raw, raw_entries, Db, Key, MetaKey};
use super::{StorageError, Store};
/// Associated data of the check value.
const CHECK_AAD: &str = "meta/lock";
/// The known text sealed as the check.
const CHECK: &[u8] = b"veilig";

#[derive(Serialize, Deserialize)]
struct LockRecord {
    iterations: u32,
    salt: Vec<u8>,
    check: Vec<u8>,
    /// The phone's lock, when it is on: the key is made from the code and its secret.
    /// Taking this out of the record opens nothing: the key is then made without it, and
    /// the check does not open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    passkey: Option<Passkey>,
}

/// Which of the phone's credentials gives the second secret, and what to ask it for.
/// Neither is secret: the credential gives its secret only after the phone's lock says yes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passkey {
    /// The WebAuthn credential id.
    pub credential: Vec<u8>,
    /// The PRF input (random, 32 bytes).
    pub salt: Vec<u8>,
}

/// Whether `key` opens the lock record's check value: the one test of a key, typed or handed
/// over.
async fn opens_check(key: &web_sys::CryptoKey, record: &LockRecord) -> Result<bool, StorageError> {
    match crypto::open(key, CHECK_AAD, &record.check).await {
        Ok(plain) => Ok(plain == CHECK),
        Err(StorageError::WrongKey) => Ok(false),
        Err(e) => Err(e),
    }
}

impl Db {
    async fn lock_record(&self) -> Result<Option<LockRecord>, StorageError> {
        let tx = self.read([Store::Meta])?;
        let raw = get_raw(&object_store(&tx, Store::Meta)?, &Key::meta(MetaKey::Lock)).await?;
        drop(tx);
        let Some(raw) = raw else {
            return Ok(None);
        };
        let text = raw
            .as_string()
            .ok_or_else(|| StorageError::Corrupt("meta/lock: not text".into()))?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| StorageError::Corrupt(format!("meta/lock: {e}")))
    }

    /// Whether this device has a secret. From then on this connection never writes
    /// plaintext.
    pub async fn has_secret(&self) -> Result<bool, StorageError> {
        let has = self.lock_record().await?.is_some();
        if has {
            self.cipher.mark_secret_set();
        }
        Ok(has)
    }

    /// Whether the key is in memory.
    pub fn is_unlocked(&self) -> bool {
        self.cipher.key().is_some()
    }

    /// The phone's lock, if it is on for this device (the lock screen asks it before the
    /// code is tried).
    pub async fn passkey(&self) -> Result<Option<Passkey>, StorageError> {
        Ok(self.lock_record().await?.and_then(|r| r.passkey))
    }

    /// Try `secret`: `Ok(true)` unlocks, `Ok(false)` is a wrong secret (or no secret set).
    pub async fn unlock(&self, secret: &str) -> Result<bool, StorageError> {
        self.unlock_with(secret, None).await
    }

    /// Try `secret` with the phone's lock's secret `factor` (where that lock is on).
    pub async fn unlock_with(
        &self,
        secret: &str,
        factor: Option<&[u8]>,
    ) -> Result<bool, StorageError> {
        match self.key_for(secret, factor).await? {
            Some(key) => {
                self.cipher.set_key(key);
                self.cipher.set_factor(factor.map(<[u8]>::to_vec));
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The unlocked key and the phone's lock's secret it was made with, to hand to the
    /// family's home (a second module on the same page, `ui::shell::part`); `None` while
    /// locked.
    pub fn unlocked_key(&self) -> Option<(web_sys::CryptoKey, Option<Vec<u8>>)> {
        self.cipher.key().map(|key| (key, self.cipher.factor()))
    }

    /// Unlock with a key handed over by the lock screen of this page: `Ok(true)` only if
    /// it opens this device's check value (a key from anywhere else unlocks nothing).
    pub async fn adopt_key(
        &self,
        key: web_sys::CryptoKey,
        factor: Option<Vec<u8>>,
    ) -> Result<bool, StorageError> {
        let Some(record) = self.lock_record().await? else {
            return Ok(false);
        };
        self.cipher.mark_secret_set();
        let opens = opens_check(&key, &record).await?;
        if opens {
            self.cipher.set_key(key);
            self.cipher.set_factor(factor);
        }
        Ok(opens)
    }

    /// Whether `secret` is this device's secret, without changing the lock state (with the
    /// phone's lock's secret of this unlocked session, where that lock is on).
    pub async fn check_secret(&self, secret: &str) -> Result<bool, StorageError> {
        let factor = self.cipher.factor();
        Ok(self.key_for(secret, factor.as_deref()).await?.is_some())
    }

    /// The key `secret` (and `factor`) derive, if it opens the check value.
    async fn key_for(
        &self,
        secret: &str,
        factor: Option<&[u8]>,
    ) -> Result<Option<web_sys::CryptoKey>, StorageError> {
        let Some(record) = self.lock_record().await? else {
            return Ok(None);
        };
        self.cipher.mark_secret_set();
        let key = crypto::derive_key(secret, factor, &record.salt, record.iterations).await?;
        Ok(opens_check(&key, &record).await?.then_some(key))
    }

    /// Lock: the key leaves memory; nothing can be read or written until unlocked.
    pub fn lock(&self) {
        self.cipher.forget();
    }

    /// Set a new secret: the first one (encrypting everything stored before it) or a new
    /// one while unlocked (re-encrypting everything). All records and the new lock record
    /// are written in one transaction: if anything fails, the old data stays as it was.
    /// The phone's lock stays as it is (on, with the secret of this session, or off).
    pub async fn set_secret(&self, secret: &str) -> Result<(), StorageError> {
        let kept = match (self.cipher.factor(), self.lock_record().await?) {
            (
                Some(factor),
                Some(LockRecord {
                    passkey: Some(passkey),
                    ..
                }),
            ) => Some((passkey, factor)),
            _ => None,
        };
        self.seal_everything(secret, kept).await
    }

    /// Turn the phone's lock on (`Some`: which credential, and the secret it gave) or off,
    /// keeping `secret`: everything is re-encrypted, as for a new code.
    pub async fn set_passkey(
        &self,
        secret: &str,
        passkey: Option<(Passkey, Vec<u8>)>,
    ) -> Result<(), StorageError> {
        if self.cipher.key().is_none() {
            return Err(StorageError::Locked);
        }
        self.seal_everything(secret, passkey).await
    }

    async fn seal_everything(
        &self,
        secret: &str,
        passkey: Option<(Passkey, Vec<u8>)>,
    ) -> Result<(), StorageError> {
        let old = self.cipher.key();
        if old.is_none() && (self.cipher.secret_set() || self.has_secret().await?) {
            return Err(StorageError::Locked);
        }
        // The key in memory must still be the device's: a tab that missed another tab's
        // new code would otherwise re-encrypt nothing it can open and leave it all behind.
        if let (Some(old), Some(record)) = (old.as_ref(), self.lock_record().await?) {
            match crypto::open(old, CHECK_AAD, &record.check).await {
                Ok(plain) if plain == CHECK => {}
                Ok(_) | Err(StorageError::WrongKey) => return Err(StorageError::Locked),
                Err(e) => return Err(e),
            }
        }
        let salt = crypto::random_bytes(SALT_LEN)?;
        let (passkey, factor) = passkey.unzip();
        let key = crypto::derive_key(secret, factor.as_deref(), &salt, ITERATIONS).await?;

        // Every store: the list is derived, so a new store cannot be missed here.
        let tx = self.read(Store::ALL)?;
        let mut read = Vec::with_capacity(Store::ALL.len());
        for &store in Store::ALL {
            read.push((store, raw_entries(&object_store(&tx, store)?, None).await?));
        }
        drop(tx);

        // Encrypted outside the transaction: it must not wait on anything but IndexedDB.
        let mut rewritten = Vec::with_capacity(read.len());
        for (store, entries) in read {
            let mut out = Vec::with_capacity(entries.len());
            for (k, raw) in entries {
                if store == Store::Meta && k == Key::meta(MetaKey::Lock) {
                    continue;
                }
                // A record that does not open stays as it is: never deleted, never lost.
                if let Ok(sealed) = codec::reseal(old.as_ref(), &key, store, &k, raw).await {
                    out.push((k, sealed));
                }
            }
            rewritten.push((store, out));
        }
        let record = LockRecord {
            iterations: ITERATIONS,
            salt,
            check: crypto::seal(&key, CHECK_AAD, CHECK).await?,
            passkey,
        };
        let record =
            serde_json::to_string(&record).map_err(|e| StorageError::Other(e.to_string()))?;

        let tx = self.write(Store::ALL)?;
        for (store, entries) in rewritten {
            put_all(&object_store(&tx, store)?, entries)?;
        }
        put_raw(
            &object_store(&tx, Store::Meta)?,
            &Key::meta(MetaKey::Lock),
            JsValue::from(record),
        )
        .await?;
        tx.commit().await?;
        self.cipher.set_key(key);
        self.cipher.set_factor(factor);
        Ok(())
    }
}

thread_local! {
    /// This tab's one channel to Veilig's other tabs. One instance per tab: a channel
    /// object never receives its own messages, so a tab does not lock itself.
    static TABS: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(TABS_CHANNEL).ok();
}

const TABS_CHANNEL: &str = "veilig-tabs";
/// The message every other tab locks on: the secret changed, their key is the old one.
const SECRET_CHANGED: &str = "secret-changed";

/// Tell Veilig's other tabs that the secret changed.
pub fn tell_other_tabs_secret_changed() {
    TABS.with(|tabs| {
        if let Some(tabs) = tabs {
            let _ = tabs.post_message(&JsValue::from_str(SECRET_CHANGED));
        }
    });
}

/// Call `on_changed` when another tab changes the secret. Dropping the listener stops it.
pub fn on_secret_changed_elsewhere(
    on_changed: impl Fn() + 'static,
) -> Option<gloo::events::EventListener> {
    TABS.with(|tabs| {
        tabs.as_ref().map(|tabs| {
            gloo::events::EventListener::new(tabs, "message", move |event| {
                let data = js_sys::Reflect::get(event, &JsValue::from_str("data"))
                    .ok()
                    .and_then(|d| d.as_string());
                if data.as_deref() == Some(SECRET_CHANGED) {
                    on_changed();
                }
            })
        })
    })
}
