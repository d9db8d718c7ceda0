//! The family members' phones a professional's device paired with (`paired_devices`).

use super::{Db, Key, Listing, Prefix, StorageError, Store};
use crate::domain::pairing::PairedDevice;
use crate::domain::Id;

impl Db {
    /// The phones paired for one family.
    pub async fn paired_devices(&self, family: Id) -> Result<Listing<PairedDevice>, StorageError> {
        self.list_prefixed(Store::PairedDevices, &Prefix::family(family))
            .await
    }

    /// Keep a paired phone (pairing the same phone again replaces it).
    pub async fn put_paired_device(&self, device: &PairedDevice) -> Result<(), StorageError> {
        self.put_record(
            Store::PairedDevices,
            &Key::record(device.family, device.device),
            device,
        )
        .await
    }

    /// Forget a paired phone (a lost phone): nothing is sent to it any more.
    pub async fn remove_paired_device(&self, family: Id, device: Id) -> Result<(), StorageError> {
        self.delete_record(Store::PairedDevices, &Key::record(family, device))
            .await
    }
}
