//! This device's keys for the hand-over (issue 13), and the browser's cryptography behind
//! the package envelope ([`crate::domain::envelope`]).
//!
//! A device has a signing key pair (ECDSA P-256) and a key-agreement key pair (ECDH P-256),
//! made with WebCrypto the first time they are needed. At rest the private keys are a
//! `meta/keys` record, sealed under the data key like every other value (so they cannot be
//! made while no secret is set); in memory they are non-extractable `CryptoKey`s held by
//! the connection's [`Cipher`](super::codec::Cipher), which drops them on lock.
//!
//! A package's contents are compressed with the browser's `CompressionStream`
//! (`deflate-raw`), encrypted with AES-256-GCM under a key derived by HKDF-SHA-256 from ECDH
//! between a fresh ephemeral key and the recipient's agreement key, and signed with ECDSA
//! P-256 / SHA-256.

use js_sys::{Array, Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CryptoKey, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, Response,
    WritableStream,
};

use super::crypto::{js_err, object, random_bytes, subtle};
use super::{codec, get_raw, object_store, put_raw, Db, Key, MetaKey, StorageError, Store};
use crate::domain::envelope::{self, PublicKey, Sender, NONCE_BYTES, SIGNATURE_BYTES};
use crate::domain::Id;

// web-sys has the compression streams only behind `web_sys_unstable_apis`; these few
// bindings are all the app needs of them.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The compression of a package's contents.
const DEFLATE_RAW: &str = "deflate-raw";

/// The HKDF info of a package key: names the format, so a key is never reused elsewhere.
const HKDF_INFO: &[u8] = b"veilig package v1";

/// This device's keys, in memory: the private keys cannot be exported.
#[derive(Clone)]
pub struct DeviceKeys {
    pub device: Id,
    signing: CryptoKey,
    agreement: CryptoKey,
    pub signing_public: PublicKey,
    pub agreement_public: PublicKey,
}

impl std::fmt::Debug for DeviceKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print anything about the keys.
        write!(f, "DeviceKeys({})", self.device)
    }
}

impl DeviceKeys {
    /// This device as a sender.
    pub fn sender(&self) -> Sender {
        Sender {
            device: self.device,
            signing: self.signing_public,
            agreement: self.agreement_public,
        }
    }

    /// Whether the private keys can be exported (never: tests check it).
    pub fn extractable(&self) -> bool {
        self.signing.extractable() || self.agreement.extractable()
    }
}

/// The keys as the sealed `meta/keys` record holds them.
#[derive(Serialize, Deserialize)]
struct StoredKeys {
    device: Id,
    /// PKCS #8.
    signing_private: Vec<u8>,
    signing_public: Vec<u8>,
    agreement_private: Vec<u8>,
    agreement_public: Vec<u8>,
}

fn ecdsa() -> Object {
    object(&[("name", "ECDSA".into()), ("namedCurve", "P-256".into())])
}

fn ecdh() -> Object {
    object(&[("name", "ECDH".into()), ("namedCurve", "P-256".into())])
}

pub(super) fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from_str(u)).collect()
}

pub(super) async fn wait(
    promise: Result<js_sys::Promise, JsValue>,
) -> Result<JsValue, StorageError> {
    JsFuture::from(promise.map_err(js_err)?)
        .await
        .map_err(js_err)
}

pub(super) fn bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

fn public_key(raw: &[u8]) -> Result<PublicKey, StorageError> {
    raw.try_into()
        .map_err(|_| StorageError::Corrupt("keys: not a P-256 public key".into()))
}

/// A new extractable key pair, exported: (PKCS #8 private, raw public).
async fn generate(algorithm: &Object, uses: &[&str]) -> Result<(Vec<u8>, Vec<u8>), StorageError> {
    let subtle = subtle()?;
    let pair = wait(subtle.generate_key_with_object(algorithm, true, &usages(uses))).await?;
    let private: CryptoKey = Reflect::get(&pair, &"privateKey".into())
        .map_err(js_err)?
        .unchecked_into();
    let public: CryptoKey = Reflect::get(&pair, &"publicKey".into())
        .map_err(js_err)?
        .unchecked_into();
    let private = bytes(&wait(subtle.export_key("pkcs8", &private)).await?);
    let public = bytes(&wait(subtle.export_key("raw", &public)).await?);
    Ok((private, public))
}

/// A private key from PKCS #8, non-extractable.
async fn import_private(
    pkcs8: &[u8],
    algorithm: &Object,
    uses: &[&str],
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let data = Uint8Array::from(pkcs8);
    let key = wait(subtle.import_key_with_object("pkcs8", &data, algorithm, false, &usages(uses)))
        .await
        .map_err(|_| StorageError::Corrupt("keys: a private key does not import".into()))?;
    Ok(key.unchecked_into())
}

/// A public key from its raw bytes.
async fn import_public(
    raw: &[u8],
    algorithm: &Object,
    uses: &[&str],
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let data = Uint8Array::from(raw);
    Ok(
        wait(subtle.import_key_with_object("raw", &data, algorithm, true, &usages(uses)))
            .await?
            .unchecked_into(),
    )
}

async fn load(stored: &StoredKeys) -> Result<DeviceKeys, StorageError> {
    Ok(DeviceKeys {
        device: stored.device,
        signing: import_private(&stored.signing_private, &ecdsa(), &["sign"]).await?,
        agreement: import_private(&stored.agreement_private, &ecdh(), &["deriveBits"]).await?,
        signing_public: public_key(&stored.signing_public)?,
        agreement_public: public_key(&stored.agreement_public)?,
    })
}

impl Db {
    /// This device's keys: from memory, else from the sealed record, else made now and
    /// stored (in one transaction, so two tabs agree on one pair). Needs the data key:
    /// private keys are never stored in the clear.
    pub async fn device_keys(&self, device: Id) -> Result<DeviceKeys, StorageError> {
        if let Some(keys) = self.cipher.device_keys() {
            return Ok(keys);
        }
        if self.cipher.key().is_none() {
            return Err(StorageError::Locked);
        }
        let key = Key::meta(MetaKey::Keys);
        // Stored already: no new key pair is made (and no private key is exported) at all.
        if let Some(stored) = self.get_record::<StoredKeys>(Store::Meta, &key).await? {
            return self.keep(load(&stored).await?);
        }
        let (signing_private, signing_public) = generate(&ecdsa(), &["sign", "verify"]).await?;
        let (agreement_private, agreement_public) = generate(&ecdh(), &["deriveBits"]).await?;
        let candidate = StoredKeys {
            device,
            signing_private,
            signing_public,
            agreement_private,
            agreement_public,
        };
        // Sealed first: a transaction must not wait on anything but IndexedDB.
        let sealed = codec::encode(&self.cipher, Store::Meta, &key, &candidate).await?;
        let tx = self.write([Store::Meta])?;
        let store = object_store(&tx, Store::Meta)?;
        let stored = match get_raw(&store, &key).await? {
            Some(raw) => {
                drop(store);
                drop(tx);
                codec::decode::<StoredKeys>(&self.cipher, Store::Meta, &key, raw).await?
            }
            None => {
                put_raw(&store, &key, sealed).await?;
                drop(store);
                tx.commit().await?;
                candidate
            }
        };
        self.keep(load(&stored).await?)
    }

    /// Keep the keys until the lock, unless a lock came while they were loaded: then they
    /// are dropped here, and the caller is told the device is locked.
    fn keep(&self, keys: DeviceKeys) -> Result<DeviceKeys, StorageError> {
        if self.cipher.set_device_keys(keys.clone()) {
            Ok(keys)
        } else {
            Err(StorageError::Locked)
        }
    }
}

/// SHA-256 of `data`.
pub async fn sha256(data: &[u8]) -> Result<Vec<u8>, StorageError> {
    let subtle = subtle()?;
    let algorithm = object(&[("name", "SHA-256".into())]);
    Ok(bytes(
        &wait(subtle.digest_with_object_and_buffer_source(&algorithm, &Uint8Array::from(data)))
            .await?,
    ))
}

/// The check code two people compare when `a` and `b` pair.
pub async fn check_code(a: &PublicKey, b: &PublicKey) -> Result<String, StorageError> {
    Ok(envelope::check_code(
        &sha256(&envelope::check_code_input(a, b)).await?,
    ))
}

/// The AES-256-GCM key for one package: ECDH between `private` and `public`, then HKDF with
/// the ephemeral key as salt.
async fn package_key(
    private: &CryptoKey,
    public: &PublicKey,
    ephemeral: &PublicKey,
    usage: &str,
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let their = import_public(public, &ecdh(), &[]).await?;
    let params = object(&[("name", "ECDH".into()), ("public", their.into())]);
    let shared = wait(subtle.derive_bits_with_object(&params, private, 256)).await?;
    hkdf_key(&bytes(&shared), &ephemeral[..], HKDF_INFO, usage).await
}

/// An AES-256-GCM key for `usage` through HKDF-SHA-256 from `secret`, `salt` and `info`.
pub(super) async fn hkdf_key(
    secret: &[u8],
    salt: &[u8],
    info: &[u8],
    usage: &str,
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let base: CryptoKey = wait(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(secret),
        &object(&[("name", "HKDF".into())]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await?
    .unchecked_into();
    let hkdf = object(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("info", Uint8Array::from(info).into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    Ok(
        wait(subtle.derive_key_with_object_and_object(
            &hkdf,
            &base,
            &aes,
            false,
            &usages(&[usage]),
        ))
        .await?
        .unchecked_into(),
    )
}

pub(super) fn gcm(nonce: &[u8], aad: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
        ("additionalData", Uint8Array::from(aad).into()),
    ])
}

fn ecdsa_sha256() -> Object {
    object(&[("name", "ECDSA".into()), ("hash", "SHA-256".into())])
}

/// `bytes` through a compression or decompression stream, stopping past `limit` bytes.
async fn through(
    data: &[u8],
    readable: ReadableStream,
    writable: WritableStream,
    limit: usize,
) -> Result<Option<Vec<u8>>, JsValue> {
    let source = Response::new_with_opt_u8_array(Some(&mut data.to_vec()))?
        .body()
        .ok_or(JsValue::NULL)?;
    let piped = source.pipe_through(&ReadableWritablePair::new(&readable, &writable));
    let reader: ReadableStreamDefaultReader = piped.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if Reflect::get(&chunk, &"done".into())?.as_bool() == Some(true) {
            return Ok(Some(out));
        }
        out.extend(bytes(&Reflect::get(&chunk, &"value".into())?));
        if out.len() > limit {
            let _ = reader.cancel();
            return Ok(None);
        }
    }
}

/// `data` compressed (`deflate-raw`), if the result is at most `limit` bytes.
pub async fn deflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let stream = CompressionStream::new(DEFLATE_RAW).ok()?;
    through(data, stream.readable(), stream.writable(), limit)
        .await
        .ok()
        .flatten()
}

/// `data` decompressed, if it is valid and at most `limit` bytes once decompressed.
pub async fn inflate(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let stream = DecompressionStream::new(DEFLATE_RAW).ok()?;
    through(data, stream.readable(), stream.writable(), limit)
        .await
        .ok()
        .flatten()
}

impl envelope::Seal for DeviceKeys {
    async fn deflate(&self, data: &[u8]) -> Option<Vec<u8>> {
        deflate(data, envelope::MAX_PAYLOAD_BYTES).await
    }

    async fn encrypt(
        &self,
        recipient: &PublicKey,
        header: &dyn Fn(&PublicKey, &[u8; NONCE_BYTES]) -> Vec<u8>,
        plaintext: &[u8],
    ) -> Option<(PublicKey, [u8; NONCE_BYTES], Vec<u8>)> {
        // A fresh ephemeral key for each package; its private half never leaves this call.
        let subtle = subtle().ok()?;
        let pair = wait(subtle.generate_key_with_object(&ecdh(), false, &usages(&["deriveBits"])))
            .await
            .ok()?;
        let private: CryptoKey = Reflect::get(&pair, &"privateKey".into())
            .ok()?
            .unchecked_into();
        let public: CryptoKey = Reflect::get(&pair, &"publicKey".into())
            .ok()?
            .unchecked_into();
        let ephemeral =
            public_key(&bytes(&wait(subtle.export_key("raw", &public)).await.ok()?)).ok()?;
        let nonce: [u8; NONCE_BYTES] = random_bytes(NONCE_BYTES).ok()?.try_into().ok()?;
        let key = package_key(&private, recipient, &ephemeral, "encrypt")
            .await
            .ok()?;
        let aad = header(&ephemeral, &nonce);
        let ciphertext = wait(subtle.encrypt_with_object_and_buffer_source(
            &gcm(&nonce, &aad),
            &key,
            &Uint8Array::from(plaintext),
        ))
        .await
        .ok()?;
        Some((ephemeral, nonce, bytes(&ciphertext)))
    }

    async fn sign(&self, message: &[u8]) -> Option<[u8; SIGNATURE_BYTES]> {
        let subtle = subtle().ok()?;
        let signature = wait(subtle.sign_with_object_and_buffer_source(
            &ecdsa_sha256(),
            &self.signing,
            &Uint8Array::from(message),
        ))
        .await
        .ok()?;
        bytes(&signature).try_into().ok()
    }
}

impl envelope::Open for DeviceKeys {
    async fn verify(
        &self,
        key: &PublicKey,
        message: &[u8],
        signature: &[u8; SIGNATURE_BYTES],
    ) -> bool {
        let Ok(subtle) = subtle() else { return false };
        let Ok(key) = import_public(key, &ecdsa(), &["verify"]).await else {
            return false;
        };
        let Ok(promise) = subtle.verify_with_object_and_buffer_source_and_buffer_source(
            &ecdsa_sha256(),
            &key,
            &Uint8Array::from(&signature[..]),
            &Uint8Array::from(message),
        ) else {
            return false;
        };
        JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    async fn decrypt(
        &self,
        ephemeral: &PublicKey,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Option<Vec<u8>> {
        let subtle = subtle().ok()?;
        let key = package_key(&self.agreement, ephemeral, ephemeral, "decrypt")
            .await
            .ok()?;
        let plain = wait(subtle.decrypt_with_object_and_buffer_source(
            &gcm(nonce, aad),
            &key,
            &Uint8Array::from(ciphertext),
        ))
        .await
        .ok()?;
        Some(bytes(&plain))
    }

    async fn inflate(&self, data: &[u8], limit: usize) -> Option<Vec<u8>> {
        inflate(data, limit).await
    }
}
