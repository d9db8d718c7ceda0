//! The browser's cryptography behind a file locked with a code the app makes
//! ([`crate::domain::coded_file`]): HKDF-SHA-256 from the code and the file's salt,
//! AES-256-GCM with the header as associated data, the contents compressed first.

use js_sys::Uint8Array;

use super::crypto::{random_bytes, subtle};
use super::keys::{bytes, deflate, gcm, hkdf_key, inflate, wait};
use super::StorageError;
use crate::domain::coded_file::{
    self, FileProblem, Header, Kind, HKDF_INFO, NONCE_BYTES, SALT_BYTES,
};

/// Why a coded file was not opened. Nothing is read from it when any of these is returned.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenProblem {
    File(FileProblem),
    /// The code does not open the file (a wrong code, or a file changed after it was made:
    /// the encryption cannot tell the two apart).
    WrongCode,
    /// Opened, but the contents are larger than `limit` or not valid.
    Contents,
    Storage(StorageError),
}

/// A new code for a coded file (an export's, or a recovery code), from the browser's
/// cryptographic random source: 28 symbols, 140 bits.
pub fn new_code() -> Result<String, StorageError> {
    let random: [u8; coded_file::CODE_RANDOM_BYTES] = random_bytes(coded_file::CODE_RANDOM_BYTES)?
        .try_into()
        .map_err(|_| StorageError::Unavailable)?;
    Ok(coded_file::make_code(&random))
}

/// `plain` as a coded file of `kind`, locked with `code` (its canonical symbols).
pub async fn lock(
    kind: Kind,
    code: &str,
    plain: &[u8],
    limit: usize,
) -> Result<Vec<u8>, StorageError> {
    let compressed = deflate(plain, limit)
        .await
        .ok_or_else(|| StorageError::Other("compress".into()))?;
    let header = Header {
        kind,
        salt: random_bytes(SALT_BYTES)?
            .try_into()
            .map_err(|_| StorageError::Unavailable)?,
        nonce: random_bytes(NONCE_BYTES)?
            .try_into()
            .map_err(|_| StorageError::Unavailable)?,
    };
    let key = hkdf_key(code.as_bytes(), &header.salt, HKDF_INFO, "encrypt").await?;
    let mut out = header.to_bytes();
    let ciphertext = wait(subtle()?.encrypt_with_object_and_buffer_source(
        &gcm(&header.nonce, &out),
        &key,
        &Uint8Array::from(&compressed[..]),
    ))
    .await?;
    out.extend(bytes(&ciphertext));
    Ok(out)
}

/// The kind and contents of a coded file, opened with `code` (its canonical symbols); the
/// contents may be at most `limit` bytes once decompressed.
pub async fn open(file: &[u8], code: &str, limit: usize) -> Result<(Kind, Vec<u8>), OpenProblem> {
    let (header, ciphertext) = coded_file::parse(file).map_err(OpenProblem::File)?;
    let key = hkdf_key(code.as_bytes(), &header.salt, HKDF_INFO, "decrypt")
        .await
        .map_err(OpenProblem::Storage)?;
    let aad = header.to_bytes();
    let subtle = subtle().map_err(OpenProblem::Storage)?;
    let compressed = wait(subtle.decrypt_with_object_and_buffer_source(
        &gcm(&header.nonce, &aad),
        &key,
        &Uint8Array::from(ciphertext),
    ))
    .await
    .map_err(|_| OpenProblem::WrongCode)?;
    let plain = inflate(&bytes(&compressed), limit)
        .await
        .ok_or(OpenProblem::Contents)?;
    Ok((header.kind, plain))
}
