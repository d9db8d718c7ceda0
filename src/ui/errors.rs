//! Which message the UI shows for each storage error.

use crate::i18n::L;
use crate::service::StorageError;

/// The text for a storage error. Every message says what to do next, and that what was
/// saved before is safe.
pub fn storage_text(error: &StorageError) -> L {
    match error {
        StorageError::Unavailable => L::StorageUnavailable,
        StorageError::QuotaExceeded => L::StorageFull,
        StorageError::VersionTooNew => L::StorageTooNew,
        StorageError::Closed => L::StorageVersionChanged,
        StorageError::Locked => L::StorageLocked,
        StorageError::WrongKey => L::WrongSecret,
        StorageError::Aborted | StorageError::Corrupt(_) | StorageError::Other(_) => {
            L::StorageFailed
        }
    }
}
