//! The family's side on this device: who uses it, a young person's check-ins, and parents'
//! acknowledgements of agreed plans.

use super::schema::{ACKNOWLEDGEMENTS, CHECK_INS, META, SETUP_KEY};
use super::{Db, Listing, StorageError};
use crate::domain::{Acknowledgement, CheckIn, DeviceSetup, Id};

fn check_in_key(check_in: &CheckIn) -> String {
    // Zero-padded milliseconds sort as text in time order.
    format!(
        "{:015}/{}",
        check_in.at.timestamp_millis().max(0),
        check_in.id
    )
}

fn acknowledgement_key(ack: &Acknowledgement, device: Id) -> String {
    format!(
        "{}/{:010}/{}",
        ack.family,
        ack.revision,
        ack.by.unwrap_or(device)
    )
}

impl Db {
    /// Who uses this device, if that was chosen.
    pub async fn setup(&self) -> Result<Option<DeviceSetup>, StorageError> {
        self.get_record(META, SETUP_KEY).await
    }

    /// Remember who uses this device.
    pub async fn save_setup(&self, setup: &DeviceSetup) -> Result<(), StorageError> {
        self.put_record(META, SETUP_KEY, setup).await
    }

    /// Keep a check-in.
    pub async fn add_check_in(&self, check_in: &CheckIn) -> Result<(), StorageError> {
        self.put_record(CHECK_INS, &check_in_key(check_in), check_in)
            .await
    }

    /// Keep many check-ins in one transaction (an import, or the benchmark).
    pub async fn add_check_ins(&self, check_ins: &[CheckIn]) -> Result<(), StorageError> {
        let items: Vec<(String, &CheckIn)> =
            check_ins.iter().map(|c| (check_in_key(c), c)).collect();
        let encoded = super::codec::encode_many(&self.cipher, CHECK_INS, &items).await?;
        let tx = self.write(CHECK_INS)?;
        super::put_all(&tx.object_store(CHECK_INS)?, encoded)?;
        tx.commit().await?;
        Ok(())
    }

    /// Every check-in, oldest first.
    pub async fn check_ins(&self) -> Result<Listing<CheckIn>, StorageError> {
        self.list_records(CHECK_INS).await
    }

    /// Record a parent's acknowledgement. Acknowledging the same revision again keeps the
    /// latest date.
    pub async fn acknowledge(&self, ack: &Acknowledgement) -> Result<(), StorageError> {
        let key = acknowledgement_key(ack, ack.meta.created_by.device);
        self.put_record(ACKNOWLEDGEMENTS, &key, ack).await
    }

    /// The acknowledgements of one family's plan, by revision.
    pub async fn acknowledgements(
        &self,
        family: Id,
    ) -> Result<Listing<Acknowledgement>, StorageError> {
        self.list_prefixed(ACKNOWLEDGEMENTS, &family.to_string())
            .await
    }
}
