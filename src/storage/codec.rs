//! The codec seam: the one place where a domain value becomes stored bytes and back.
//!
//! Today a value is stored as its JSON text. Encryption at rest will wrap exactly these two
//! functions (AES-GCM with the store and key as associated data, hence those arguments and
//! the `async`), and nothing else in the app needs to change.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::StorageError;

/// Turn `value`, to be stored in `store` under `key`, into what IndexedDB holds.
pub async fn encode<T: Serialize>(
    _store: &str,
    _key: &str,
    value: &T,
) -> Result<JsValue, StorageError> {
    serde_json::to_string(value)
        .map(JsValue::from)
        .map_err(|e| StorageError::Other(e.to_string()))
}

/// Turn what IndexedDB holds in `store` under `key` back into a value.
pub async fn decode<T: DeserializeOwned>(
    store: &str,
    key: &str,
    stored: JsValue,
) -> Result<T, StorageError> {
    let text = stored
        .as_string()
        .ok_or_else(|| StorageError::Corrupt(format!("{store}/{key}: not text")))?;
    serde_json::from_str(&text).map_err(|e| StorageError::Corrupt(format!("{store}/{key}: {e}")))
}
