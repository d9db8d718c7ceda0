//! The hand-over's records: the family members' phones a professional's device paired with
//! (`paired_devices`) and what came back from them (`shared_check_ins`, and answers kept as
//! acknowledgements); on a family member's phone, the professionals it accepts plans from
//! (`pinned`) and its view of the plan (`plan_views`).

use js_sys::Uint8Array;
use wasm_bindgen::JsValue;

use super::{
    codec, delete_raw, get_raw, object_store, prefix_range, put_all, put_raw, Db, Key, Listing,
    MetaKey, Prefix, StorageError, Store,
};
use crate::domain::pairing::{PairedDevice, PinnedProfessional, ReceivedCheckIn, ReceivedView};
use crate::domain::{Acknowledgement, DeviceSetup, Id};

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

/// Whether the value stored under a key is still the one read before (both `None`, or the
/// same sealed bytes): a write transaction checks it without awaiting anything but IndexedDB.
fn same_raw(a: &Option<JsValue>, b: &Option<JsValue>) -> bool {
    match (a, b) {
        (None, None) => true,
        // JSON text, before a secret is set.
        (Some(a), Some(b)) if a.is_string() || b.is_string() => a.as_string() == b.as_string(),
        (Some(a), Some(b)) => Uint8Array::new(a).to_vec() == Uint8Array::new(b).to_vec(),
        _ => false,
    }
}

/// Why a package could not be applied by storage.
#[derive(Debug, Clone, PartialEq)]
pub enum ApplyError {
    /// Another tab applied a package from the same device meanwhile: this one is old now.
    Raced,
    Storage(StorageError),
}

impl From<StorageError> for ApplyError {
    fn from(e: StorageError) -> Self {
        ApplyError::Storage(e)
    }
}

impl From<indexed_db_futures::error::Error> for ApplyError {
    fn from(e: indexed_db_futures::error::Error) -> Self {
        ApplyError::Storage(e.into())
    }
}

impl Db {
    /// The professionals' devices this family member's phone accepts plans from.
    pub async fn pinned(&self) -> Result<Listing<PinnedProfessional>, StorageError> {
        self.list_records(Store::Pinned).await
    }

    /// One pinned professional's device, and its raw stored value (for [`Db::accept_view`]).
    async fn pinned_raw(
        &self,
        device: Id,
    ) -> Result<(Option<PinnedProfessional>, Option<JsValue>), StorageError> {
        let key = Key::id(device);
        let tx = self.read([Store::Pinned])?;
        let raw = get_raw(&object_store(&tx, Store::Pinned)?, &key).await?;
        drop(tx);
        let pinned = match &raw {
            Some(raw) => Some(codec::decode(&self.cipher, Store::Pinned, &key, raw.clone()).await?),
            None => None,
        };
        Ok((pinned, raw))
    }

    /// One pinned professional's device.
    pub async fn pinned_device(
        &self,
        device: Id,
    ) -> Result<Option<PinnedProfessional>, StorageError> {
        Ok(self.pinned_raw(device).await?.0)
    }

    /// Forget a pinned device: nothing from it is accepted again without its fingerprint.
    pub async fn remove_pinned(&self, device: Id) -> Result<(), StorageError> {
        self.delete_record(Store::Pinned, &Key::id(device)).await
    }

    /// Keep a pinned professional's device (after sending answers to it).
    pub async fn put_pinned(&self, pinned: &PinnedProfessional) -> Result<(), StorageError> {
        self.put_record(Store::Pinned, &Key::id(pinned.device), pinned)
            .await
    }

    /// The views of the plan this phone holds (one, on a family member's phone).
    pub async fn plan_views(&self) -> Result<Listing<ReceivedView>, StorageError> {
        self.list_records(Store::PlanViews).await
    }

    /// Apply a received view in one transaction: the view replaces the one for the same
    /// person, the sender is pinned with the package's sequence number, and who uses the
    /// device follows the view. `check` sees the pinned record as stored (or `None`) and
    /// says whether the package may still be applied; it is checked again inside the
    /// transaction, so two tabs never both apply.
    ///
    /// `retire_case`: the same family's case as a plain file once put here (family, people,
    /// working copy and revisions) is deleted in the same transaction: the view replaces it,
    /// and it held far more than this person's screens show.
    pub async fn accept_view(
        &self,
        received: &ReceivedView,
        pinned: impl Fn(Option<&PinnedProfessional>) -> Option<PinnedProfessional>,
        setup: &DeviceSetup,
        retire_case: bool,
    ) -> Result<Option<PinnedProfessional>, ApplyError> {
        let person = received.view.person().unwrap_or(received.from);
        let view_key = Key::person(received.view.family(), person);
        let pin_key = Key::id(received.from);
        let setup_key = Key::meta(MetaKey::Setup);
        let (before, raw_before) = self.pinned_raw(received.from).await?;
        let Some(next) = pinned(before.as_ref()) else {
            return Ok(None);
        };
        // Sealed first: a transaction must not wait on anything but IndexedDB.
        let view = codec::encode(&self.cipher, Store::PlanViews, &view_key, received).await?;
        let pin = codec::encode(&self.cipher, Store::Pinned, &pin_key, &next).await?;
        let who = codec::encode(&self.cipher, Store::Meta, &setup_key, setup).await?;
        let tx = self.write([
            Store::PlanViews,
            Store::Pinned,
            Store::Meta,
            Store::Families,
            Store::People,
            Store::PlanDrafts,
            Store::PlanRevisions,
        ])?;
        let pins = object_store(&tx, Store::Pinned)?;
        if !same_raw(&get_raw(&pins, &pin_key).await?, &raw_before) {
            return Err(ApplyError::Raced);
        }
        put_raw(&pins, &pin_key, pin).await?;
        put_raw(&object_store(&tx, Store::PlanViews)?, &view_key, view).await?;
        put_raw(&object_store(&tx, Store::Meta)?, &setup_key, who).await?;
        if retire_case {
            let family = received.view.family();
            let (key, prefix) = (Key::id(family), Prefix::family(family));
            delete_raw(&object_store(&tx, Store::Families)?, &key).await?;
            delete_raw(&object_store(&tx, Store::PlanDrafts)?, &key).await?;
            for store in [Store::People, Store::PlanRevisions] {
                object_store(&tx, store)?
                    .delete::<String, _>(prefix_range(&prefix))
                    .await?;
            }
        }
        drop(pins);
        tx.commit().await?;
        Ok(Some(next))
    }

    /// Whether this device keeps records about `family` that no plain file brings: visits,
    /// evaluations, working copies of them, deletions, paired phones. Counted, not decoded.
    pub async fn keeps_records_of(&self, family: Id) -> Result<bool, StorageError> {
        use indexed_db_futures::prelude::*;
        let stores = [
            Store::Visits,
            Store::Evaluations,
            Store::MonitoringDrafts,
            Store::Deletions,
            Store::PairedDevices,
        ];
        let tx = self.read(stores)?;
        for store in stores {
            let count = object_store(&tx, store)?
                .count()
                .with_query::<String, _>(prefix_range(&Prefix::family(family)))
                .primitive()?
                .await?;
            if count > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The check-ins young people of `family` shared with this device.
    pub async fn shared_check_ins(
        &self,
        family: Id,
    ) -> Result<Listing<ReceivedCheckIn>, StorageError> {
        self.list_prefixed(Store::SharedCheckIns, &Prefix::family(family))
            .await
    }

    /// Keep what came back from a family member's phone in one transaction: their answers
    /// (as acknowledgements), the check-ins they shared, and the phone's new sequence
    /// number. Like [`Db::accept_view`], the phone's record must still be as read before.
    pub async fn keep_answers(
        &self,
        device: &PairedDevice,
        before: &PairedDevice,
        answers: &[Acknowledgement],
        check_ins: &[ReceivedCheckIn],
    ) -> Result<(), ApplyError> {
        let device_key = Key::record(device.family, device.device);
        let tx = self.read([Store::PairedDevices])?;
        let raw_before = get_raw(&object_store(&tx, Store::PairedDevices)?, &device_key).await?;
        drop(tx);
        let stored: Option<PairedDevice> = match &raw_before {
            Some(raw) => Some(
                codec::decode(&self.cipher, Store::PairedDevices, &device_key, raw.clone()).await?,
            ),
            None => None,
        };
        if stored.as_ref() != Some(before) {
            return Err(ApplyError::Raced);
        }
        let acks: Vec<(Key, &Acknowledgement)> = answers
            .iter()
            .map(|a| (Key::acknowledgement(a), a))
            .collect();
        let acks = codec::encode_many(&self.cipher, Store::Acknowledgements, &acks).await?;
        let shared: Vec<(Key, &ReceivedCheckIn)> = check_ins
            .iter()
            .map(|c| (Key::shared_check_in(c.family, c.person, c.check_in.at), c))
            .collect();
        let shared = codec::encode_many(&self.cipher, Store::SharedCheckIns, &shared).await?;
        let phone = codec::encode(&self.cipher, Store::PairedDevices, &device_key, device).await?;
        let tx = self.write([
            Store::Acknowledgements,
            Store::SharedCheckIns,
            Store::PairedDevices,
        ])?;
        let phones = object_store(&tx, Store::PairedDevices)?;
        if !same_raw(&get_raw(&phones, &device_key).await?, &raw_before) {
            return Err(ApplyError::Raced);
        }
        put_raw(&phones, &device_key, phone).await?;
        put_all(&object_store(&tx, Store::Acknowledgements)?, acks)?;
        put_all(&object_store(&tx, Store::SharedCheckIns)?, shared)?;
        drop(phones);
        tx.commit().await?;
        Ok(())
    }
}
