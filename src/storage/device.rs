//! The device profile: made on first use, read on every start.

use indexed_db_futures::prelude::*;

use super::schema::{DEVICE_KEY, META};
use super::{codec, Db, StorageError};
use crate::domain::DeviceProfile;

impl Db {
    /// The profile stored on this device, or `candidate` stored as the profile if there is
    /// none yet. Read and write happen in one transaction, so two tabs starting at once
    /// still agree on one device id.
    pub async fn device_profile_or(
        &self,
        candidate: DeviceProfile,
    ) -> Result<DeviceProfile, StorageError> {
        // Encoded first: a transaction must not wait on anything but IndexedDB.
        let stored = codec::encode(&self.cipher, META, DEVICE_KEY, &candidate).await?;
        let tx = self.write(META)?;
        let store = tx.object_store(META)?;
        let existing: Option<wasm_bindgen::JsValue> =
            store.get(DEVICE_KEY.to_string()).primitive()?.await?;
        if let Some(raw) = existing {
            drop(store);
            drop(tx);
            return codec::decode(&self.cipher, META, DEVICE_KEY, raw).await;
        }
        store
            .put(stored)
            .with_key(DEVICE_KEY.to_string())
            .primitive()?
            .await?;
        drop(store);
        tx.commit().await?;
        Ok(candidate)
    }
}
