//! The codec seam: the one place where a domain value becomes stored bytes and back.
//!
//! A value is its JSON text, sealed with AES-256-GCM under the connection's key, with
//! `{store}/{key}` as associated data (see [`crypto`](super::crypto)). Before a secret is
//! set (a device from an earlier version, or a test) values are the JSON text itself; the
//! first secret re-encrypts all of them at once. Once a secret is set, nothing is written
//! in plaintext: without the key, writing fails with [`StorageError::Locked`].

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Uint8Array;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

use super::{crypto, Key, StorageError, Store};

/// The key of one connection, shared by its clones.
#[derive(Clone, Default)]
pub struct Cipher(Rc<RefCell<CipherState>>);

#[derive(Default)]
struct CipherState {
    key: Option<CryptoKey>,
    /// A secret is set on this device: values must be sealed.
    secret_set: bool,
    /// This device's hand-over keys, once loaded; dropped with the data key.
    device_keys: Option<super::keys::DeviceKeys>,
    /// The phone's lock's secret the key was made with, if that lock is on; dropped with
    /// the key. Kept so a new code can be set without asking the phone again.
    factor: Option<Vec<u8>>,
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print anything about the key.
        f.write_str("Cipher")
    }
}

impl Cipher {
    /// The key, if unlocked.
    pub fn key(&self) -> Option<CryptoKey> {
        self.0.borrow().key.clone()
    }

    /// Unlock with `key`.
    pub fn set_key(&self, key: CryptoKey) {
        let mut state = self.0.borrow_mut();
        state.key = Some(key);
        state.secret_set = true;
    }

    /// Lock: drop the key, the phone's lock's secret and the device's hand-over keys from
    /// memory.
    pub fn forget(&self) {
        let mut state = self.0.borrow_mut();
        state.key = None;
        state.device_keys = None;
        if let Some(factor) = state.factor.as_mut() {
            factor.fill(0);
        }
        state.factor = None;
    }

    /// The phone's lock's secret the key in memory was made with, if any.
    pub fn factor(&self) -> Option<Vec<u8>> {
        let state = self.0.borrow();
        state.key.as_ref().and(state.factor.clone())
    }

    /// Remember the phone's lock's secret for the key just set (`None`: the code alone).
    pub fn set_factor(&self, factor: Option<Vec<u8>>) {
        self.0.borrow_mut().factor = factor;
    }

    /// The device's hand-over keys, if loaded and unlocked.
    pub fn device_keys(&self) -> Option<super::keys::DeviceKeys> {
        let state = self.0.borrow();
        state.key.as_ref().and(state.device_keys.clone())
    }

    /// Keep the device's hand-over keys until the lock; `false` (and not kept) when the
    /// device locked while they were being loaded.
    pub fn set_device_keys(&self, keys: super::keys::DeviceKeys) -> bool {
        let mut state = self.0.borrow_mut();
        if state.key.is_none() {
            return false;
        }
        state.device_keys = Some(keys);
        true
    }

    /// Record that this device has a secret (read from its lock record).
    pub fn mark_secret_set(&self) {
        self.0.borrow_mut().secret_set = true;
    }

    /// Whether this device has a secret.
    pub fn secret_set(&self) -> bool {
        self.0.borrow().secret_set
    }

    /// Whether both are the same connection's cipher.
    pub fn same(&self, other: &Cipher) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn aad(store: Store, key: &Key) -> String {
    format!("{store}/{key}")
}

/// Turn `value`, to be stored in `store` under `key`, into what IndexedDB holds.
pub async fn encode<T: Serialize>(
    cipher: &Cipher,
    store: Store,
    key: &Key,
    value: &T,
) -> Result<JsValue, StorageError> {
    match cipher.key() {
        Some(k) => encode_with(Some(&k), store, key, value).await,
        None if cipher.secret_set() => Err(StorageError::Locked),
        None => encode_with(None, store, key, value).await,
    }
}

/// [`encode`] with an explicit key (`None`: plaintext), for re-encrypting everything.
async fn encode_with<T: Serialize>(
    crypto_key: Option<&CryptoKey>,
    store: Store,
    key: &Key,
    value: &T,
) -> Result<JsValue, StorageError> {
    let json = serde_json::to_string(value).map_err(|e| StorageError::Other(e.to_string()))?;
    match crypto_key {
        Some(k) => {
            let sealed = crypto::seal(k, &aad(store, key), json.as_bytes()).await?;
            Ok(Uint8Array::from(sealed.as_slice()).into())
        }
        None => Ok(JsValue::from(json)),
    }
}

/// Turn what IndexedDB holds in `store` under `key` back into a value.
pub async fn decode<T: DeserializeOwned>(
    cipher: &Cipher,
    store: Store,
    key: &Key,
    stored: JsValue,
) -> Result<T, StorageError> {
    let text = plaintext(
        cipher.key().as_ref(),
        cipher.secret_set(),
        store,
        key,
        stored,
    )
    .await?;
    serde_json::from_str(&text).map_err(|e| StorageError::Corrupt(format!("{store}/{key}: {e}")))
}

/// The JSON text of a stored value: as it is (written before a secret was set) or opened
/// with `crypto_key`. Once a secret exists (`sealed_only`), a value in the clear can only
/// have been written behind the app's back (it never writes one then): it is refused, so
/// nobody adds a safe person without the code.
async fn plaintext(
    crypto_key: Option<&CryptoKey>,
    sealed_only: bool,
    store: Store,
    key: &Key,
    stored: JsValue,
) -> Result<String, StorageError> {
    if let Some(text) = stored.as_string() {
        if sealed_only {
            return Err(StorageError::Corrupt(format!("{store}/{key}: not sealed")));
        }
        Ok(text)
    } else if let Some(bytes) = stored.dyn_ref::<Uint8Array>() {
        let k = crypto_key.ok_or(StorageError::Locked)?;
        let plain = crypto::open(k, &aad(store, key), &bytes.to_vec()).await?;
        String::from_utf8(plain)
            .map_err(|_| StorageError::Corrupt(format!("{store}/{key}: not text")))
    } else {
        Err(StorageError::Corrupt(format!(
            "{store}/{key}: unknown value"
        )))
    }
}

/// A stored value sealed again under `new_key` (opened with `old_key`, or plaintext), its
/// JSON text untouched: for setting or changing the secret.
pub async fn reseal(
    old_key: Option<&CryptoKey>,
    new_key: &CryptoKey,
    store: Store,
    key: &Key,
    stored: JsValue,
) -> Result<JsValue, StorageError> {
    // The first secret seals what was stored in the clear before it; a new one only what
    // the old key opens.
    let text = plaintext(old_key, old_key.is_some(), store, key, stored).await?;
    let sealed = crypto::seal(new_key, &aad(store, key), text.as_bytes()).await?;
    Ok(Uint8Array::from(sealed.as_slice()).into())
}

/// [`encode`] for many values of one store at once (their encryption runs in parallel).
pub async fn encode_many<T: Serialize>(
    cipher: &Cipher,
    store: Store,
    items: &[(Key, &T)],
) -> Result<Vec<(Key, JsValue)>, StorageError> {
    let mut texts = Vec::with_capacity(items.len());
    for (key, value) in items {
        let json = serde_json::to_string(value).map_err(|e| StorageError::Other(e.to_string()))?;
        texts.push((key.clone(), json));
    }
    seal_texts(cipher, store, texts).await
}

/// The sealing half of [`encode_many`], kept apart from the generic half so that it is
/// compiled once, not once per record type.
pub(super) async fn seal_texts(
    cipher: &Cipher,
    store: Store,
    texts: Vec<(Key, String)>,
) -> Result<Vec<(Key, JsValue)>, StorageError> {
    match cipher.key() {
        Some(k) => {
            let batch: Vec<(String, Vec<u8>)> = texts
                .iter()
                .map(|(key, json)| (aad(store, key), json.clone().into_bytes()))
                .collect();
            let sealed = crypto::seal_all(&k, &batch).await?;
            Ok(texts
                .into_iter()
                .zip(sealed)
                .map(|((key, _), bytes)| (key, Uint8Array::from(bytes.as_slice()).into()))
                .collect())
        }
        None if cipher.secret_set() => Err(StorageError::Locked),
        None => Ok(texts
            .into_iter()
            .map(|(key, json)| (key, JsValue::from(json)))
            .collect()),
    }
}

/// [`decode`] for many stored values of one store at once; each result on its own.
pub async fn decode_many<T: DeserializeOwned>(
    cipher: &Cipher,
    store: Store,
    entries: Vec<(Key, JsValue)>,
) -> Vec<Result<T, StorageError>> {
    open_texts(cipher, store, entries)
        .await
        .into_iter()
        .map(|(k, text)| {
            serde_json::from_str(&text?)
                .map_err(|e| StorageError::Corrupt(format!("{store}/{k}: {e}")))
        })
        .collect()
}

/// The opening half of [`decode_many`]: the JSON text of every entry, the sealed ones
/// opened together. Not generic, so it is compiled once.
pub(super) async fn open_texts(
    cipher: &Cipher,
    store: Store,
    entries: Vec<(Key, JsValue)>,
) -> Vec<(Key, Result<String, StorageError>)> {
    let key = cipher.key();
    // Texts as they are; sealed values opened together.
    let mut texts: Vec<Option<Result<String, StorageError>>> = Vec::with_capacity(entries.len());
    let mut sealed = Vec::new();
    let mut sealed_at = Vec::new();
    let sealed_only = cipher.secret_set();
    for (k, stored) in &entries {
        if let Some(text) = stored.as_string() {
            // Once a secret exists, a value in the clear was written behind the app's back.
            texts.push(Some(if sealed_only {
                Err(StorageError::Corrupt(format!("{store}/{k}: not sealed")))
            } else {
                Ok(text)
            }));
        } else if let Some(bytes) = stored.dyn_ref::<Uint8Array>() {
            sealed_at.push(texts.len());
            sealed.push((aad(store, k), bytes.to_vec()));
            texts.push(None);
        } else {
            texts.push(Some(Err(StorageError::Corrupt(format!(
                "{store}/{k}: unknown value"
            )))));
        }
    }
    if !sealed.is_empty() {
        let opened = match &key {
            Some(k) => crypto::open_all(k, &sealed)
                .await
                .unwrap_or_else(|e| sealed.iter().map(|_| Err(e.clone())).collect()),
            None => sealed.iter().map(|_| Err(StorageError::Locked)).collect(),
        };
        for (at, plain) in sealed_at.into_iter().zip(opened) {
            texts[at] = Some(plain.and_then(|p| {
                String::from_utf8(p)
                    .map_err(|_| StorageError::Corrupt(format!("{store}: not text")))
            }));
        }
    }
    entries
        .into_iter()
        .zip(texts)
        .map(|((k, _), text)| (k, text.unwrap_or(Err(StorageError::Locked))))
        .collect()
}
