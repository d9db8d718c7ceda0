//! The family's side on this device: who uses it, a young person's check-ins, and parents'
//! acknowledgements of agreed plans.

use super::{object_store, Db, Key, Listing, MetaKey, Prefix, StorageError, Store};
use crate::domain::{Acknowledgement, CheckIn, DeviceSetup, Id};

impl Db {
    /// Who uses this device, if that was chosen.
    pub async fn setup(&self) -> Result<Option<DeviceSetup>, StorageError> {
        self.get_record(Store::Meta, &Key::meta(MetaKey::Setup))
            .await
    }

    /// Remember who uses this device.
    pub async fn save_setup(&self, setup: &DeviceSetup) -> Result<(), StorageError> {
        self.put_record(Store::Meta, &Key::meta(MetaKey::Setup), setup)
            .await
    }

    /// Keep a check-in.
    pub async fn add_check_in(&self, check_in: &CheckIn) -> Result<(), StorageError> {
        self.put_record(Store::CheckIns, &Key::check_in(check_in), check_in)
            .await
    }

    /// Keep many check-ins in one transaction (an import, or the benchmark).
    pub async fn add_check_ins(&self, check_ins: &[CheckIn]) -> Result<(), StorageError> {
        let items: Vec<(Key, &CheckIn)> = check_ins.iter().map(|c| (Key::check_in(c), c)).collect();
        let encoded = super::codec::encode_many(&self.cipher, Store::CheckIns, &items).await?;
        let tx = self.write([Store::CheckIns])?;
        super::put_all(&object_store(&tx, Store::CheckIns)?, encoded)?;
        tx.commit().await?;
        Ok(())
    }

    /// Every check-in, oldest first.
    pub async fn check_ins(&self) -> Result<Listing<CheckIn>, StorageError> {
        self.list_records(Store::CheckIns).await
    }

    /// Record a parent's acknowledgement. Acknowledging the same revision again keeps the
    /// latest date.
    pub async fn acknowledge(&self, ack: &Acknowledgement) -> Result<(), StorageError> {
        self.put_record(Store::Acknowledgements, &Key::acknowledgement(ack), ack)
            .await
    }

    /// The acknowledgements of one family's plan, by revision.
    pub async fn acknowledgements(
        &self,
        family: Id,
    ) -> Result<Listing<Acknowledgement>, StorageError> {
        self.list_prefixed(Store::Acknowledgements, &Prefix::family(family))
            .await
    }
}
