//! Which message the UI shows for each storage error.

use crate::i18n::T;
use crate::service::StorageError;

/// The text for a storage error. Every message says what to do next, and that what was
/// saved before is safe.
pub fn storage_text(error: &StorageError) -> T {
    match error {
        StorageError::Unavailable => T::StorageUnavailable,
        StorageError::QuotaExceeded => T::StorageFull,
        StorageError::VersionTooNew => T::StorageTooNew,
        StorageError::Closed => T::StorageVersionChanged,
        StorageError::Locked => T::StorageLocked,
        StorageError::WrongKey => T::WrongSecret,
        StorageError::Aborted | StorageError::Corrupt(_) | StorageError::Other(_) => {
            T::StorageFailed
        }
    }
}
