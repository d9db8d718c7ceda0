//! The device profile: made on first use, read on every start.

use super::{codec, get_raw, object_store, put_raw, Db, Key, MetaKey, StorageError, Store};
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
        let key = Key::meta(MetaKey::Device);
        let stored = codec::encode(&self.cipher, Store::Meta, &key, &candidate).await?;
        let tx = self.write([Store::Meta])?;
        let store = object_store(&tx, Store::Meta)?;
        if let Some(raw) = get_raw(&store, &key).await? {
            drop(store);
            drop(tx);
            return codec::decode(&self.cipher, Store::Meta, &key, raw).await;
        }
        put_raw(&store, &key, stored).await?;
        drop(store);
        tx.commit().await?;
        Ok(candidate)
    }
}
