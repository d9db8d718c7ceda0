//! Encryption at rest through the browser's WebCrypto: a key derived from the person's secret
//! with PBKDF2-HMAC-SHA256, and AES-256-GCM for every stored value.
//!
//! The key is a non-extractable `CryptoKey` that lives only in memory (in the connection's
//! [`Cipher`](super::codec::Cipher)); locking drops it. A sealed value is `[FORMAT][12-byte random nonce][ciphertext and tag]`, with
//! `{store}/{key}` as associated data, so a value moved to another record does not open.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use super::StorageError;

/// PBKDF2 iterations for new secrets (OWASP's figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Length of the random salt, in bytes.
pub const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
/// The first byte of every sealed value: the layout above.
const FORMAT: u8 = 1;

pub(super) fn subtle() -> Result<SubtleCrypto, StorageError> {
    let global = js_sys::global();
    let crypto = Reflect::get(&global, &JsValue::from_str("crypto"))
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok())
        .ok_or(StorageError::Unavailable)?;
    Ok(crypto.subtle())
}

pub(super) fn js_err(e: JsValue) -> StorageError {
    StorageError::Other(
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .unwrap_or_else(|| "crypto".into()),
    )
}

pub(super) fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o
}

/// `n` random bytes from the browser's cryptographic generator.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, StorageError> {
    let global = js_sys::global();
    let crypto = Reflect::get(&global, &JsValue::from_str("crypto"))
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok())
        .ok_or(StorageError::Unavailable)?;
    let mut bytes = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(js_err)?;
    Ok(bytes)
}

/// Derive the AES-256-GCM key for `secret` and `salt`, with the phone's lock's secret
/// (`factor`) mixed in where one is on: the code, a zero byte, then the factor's 32 bytes.
pub async fn derive_key(
    secret: &str,
    factor: Option<&[u8]>,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let mut material = secret.as_bytes().to_vec();
    if let Some(factor) = factor {
        material.push(0);
        material.extend_from_slice(factor);
    }
    let raw = Uint8Array::from(material.as_slice());
    material.fill(0);
    let base = subtle
        .import_key_with_object(
            "raw",
            &raw,
            &object(&[("name", "PBKDF2".into())]),
            false,
            &Array::of1(&"deriveKey".into()),
        )
        .map_err(js_err)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(js_err)?.unchecked_into();
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = subtle
        .derive_key_with_object_and_object(&params, &base, &aes, false, &usages)
        .map_err(js_err)?;
    Ok(JsFuture::from(key).await.map_err(js_err)?.unchecked_into())
}

/// The AES-GCM parameters for one value: its nonce, and the record it belongs to as
/// associated data.
fn gcm_params(nonce: &[u8], aad: &str) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        ("additionalData", Uint8Array::from(aad.as_bytes()).into()),
    ])
}

/// A sealed value as stored: `[FORMAT][nonce][ciphertext]`.
fn framed(nonce: &[u8], ciphertext: &JsValue) -> Vec<u8> {
    let ciphertext = Uint8Array::new(ciphertext).to_vec();
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
    out.push(FORMAT);
    out.extend_from_slice(nonce);
    out.extend_from_slice(&ciphertext);
    out
}

/// Start sealing `plain` for `aad`: the nonce and WebCrypto's promise of the ciphertext.
fn start_seal(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    aad: &str,
    plain: &[u8],
) -> Result<(Vec<u8>, js_sys::Promise), StorageError> {
    let nonce = random_bytes(NONCE_LEN)?;
    let promise = subtle
        .encrypt_with_object_and_buffer_source(
            &gcm_params(&nonce, aad),
            key,
            &Uint8Array::from(plain),
        )
        .map_err(js_err)?;
    Ok((nonce, promise))
}

/// Start opening a value sealed for `aad`: WebCrypto's promise of the plain bytes, or
/// `Corrupt` when the bytes are not a sealed value at all.
fn start_open(
    subtle: &SubtleCrypto,
    key: &CryptoKey,
    aad: &str,
    sealed: &[u8],
) -> Result<js_sys::Promise, StorageError> {
    if sealed.len() < 1 + NONCE_LEN || sealed[0] != FORMAT {
        return Err(StorageError::Corrupt(format!("{aad}: not a sealed value")));
    }
    let (nonce, body) = sealed[1..].split_at(NONCE_LEN);
    subtle
        .decrypt_with_object_and_buffer_source(
            &gcm_params(nonce, aad),
            key,
            &Uint8Array::from(body),
        )
        .map_err(js_err)
}

/// Encrypt `plain` for the record `aad` ("{store}/{key}").
pub async fn seal(key: &CryptoKey, aad: &str, plain: &[u8]) -> Result<Vec<u8>, StorageError> {
    let (nonce, promise) = start_seal(&subtle()?, key, aad, plain)?;
    let ciphertext = JsFuture::from(promise).await.map_err(js_err)?;
    Ok(framed(&nonce, &ciphertext))
}

/// Decrypt a value sealed for `aad`. A wrong key, a changed byte or a value moved from
/// another record all fail here.
pub async fn open(key: &CryptoKey, aad: &str, sealed: &[u8]) -> Result<Vec<u8>, StorageError> {
    let promise = start_open(&subtle()?, key, aad, sealed)?;
    let plain = JsFuture::from(promise)
        .await
        .map_err(|_| StorageError::WrongKey)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// Seal many values at once (`(aad, plain)` pairs): WebCrypto works on them in parallel,
/// and the caller waits once instead of once per value.
pub async fn seal_all(
    key: &CryptoKey,
    items: &[(String, Vec<u8>)],
) -> Result<Vec<Vec<u8>>, StorageError> {
    let subtle = subtle()?;
    let mut nonces = Vec::with_capacity(items.len());
    let promises = Array::new();
    for (aad, plain) in items {
        let (nonce, promise) = start_seal(&subtle, key, aad, plain)?;
        nonces.push(nonce);
        promises.push(&promise);
    }
    let done = JsFuture::from(js_sys::Promise::all(&promises))
        .await
        .map_err(js_err)?;
    let done: Array = done.unchecked_into();
    Ok(nonces
        .iter()
        .zip(done.iter())
        .map(|(nonce, ciphertext)| framed(nonce, &ciphertext))
        .collect())
}

/// Open many sealed values at once (`(aad, sealed)` pairs); each result on its own, so one
/// damaged value does not hide the others.
pub async fn open_all(
    key: &CryptoKey,
    items: &[(String, Vec<u8>)],
) -> Result<Vec<Result<Vec<u8>, StorageError>>, StorageError> {
    let subtle = subtle()?;
    let promises = Array::new();
    for (aad, sealed) in items {
        // A value that is not sealed at all fails on its own, like one that does not open.
        let promise = start_open(&subtle, key, aad, sealed)
            .unwrap_or_else(|_| js_sys::Promise::reject(&JsValue::NULL));
        promises.push(&promise);
    }
    let settled = JsFuture::from(js_sys::Promise::all_settled(&promises))
        .await
        .map_err(js_err)?;
    let settled: Array = settled.unchecked_into();
    Ok(settled
        .iter()
        .map(|outcome| {
            let fulfilled = Reflect::get(&outcome, &"status".into())
                .ok()
                .and_then(|s| s.as_string())
                .is_some_and(|s| s == "fulfilled");
            if fulfilled {
                let value = Reflect::get(&outcome, &"value".into()).map_err(js_err)?;
                Ok(Uint8Array::new(&value).to_vec())
            } else {
                Err(StorageError::WrongKey)
            }
        })
        .collect())
}
