//! The hand-over's use cases (issue 13): this device's pairing code, and pairing a family
//! member's phone on the professional's device (and forgetting it again).

use crate::domain::pairing::{pairing_code, read_pairing_code, PairedDevice, PairingProblem};
use crate::domain::Id;
use crate::storage::keys::check_code;
use crate::storage::{Listing, StorageError};

use super::{clock, Session};

/// Why a scanned code did not pair.
#[derive(Debug, Clone, PartialEq)]
pub enum PairRefusal {
    /// Not a phone's pairing code (or a newer app's).
    Code(PairingProblem),
    /// The code of this very device.
    OwnCode,
    /// This phone is already paired for someone else of this family: unpair it first.
    PairedElsewhere,
    Storage(StorageError),
}

impl From<StorageError> for PairRefusal {
    fn from(e: StorageError) -> Self {
        PairRefusal::Storage(e)
    }
}

/// A phone just paired, and the check code both phones show.
#[derive(Debug, Clone, PartialEq)]
pub struct Paired {
    pub device: PairedDevice,
    pub check_code: String,
}

impl Session {
    /// The bytes of this device's pairing code (its id and public keys); makes the device's
    /// keys the first time.
    pub async fn pairing_code(&self) -> Result<Vec<u8>, StorageError> {
        let keys = self.db().device_keys(self.author().device).await?;
        Ok(pairing_code(&keys.sender()))
    }

    /// Pair the phone whose code was scanned with `person` of `family`: the phone is kept
    /// (pairing it again replaces it) and the check code returned for both people to compare.
    pub async fn pair(
        &self,
        family: Id,
        person: Id,
        scanned: &[u8],
    ) -> Result<Paired, PairRefusal> {
        let phone = read_pairing_code(scanned).map_err(PairRefusal::Code)?;
        let keys = self.db().device_keys(self.author().device).await?;
        if phone.device == keys.device || phone.signing == keys.signing_public {
            return Err(PairRefusal::OwnCode);
        }
        // Pairing the same phone again keeps its sequence numbers, so nothing it sent
        // before can be replayed and its next plan is not refused as old.
        let before = self
            .db()
            .paired_devices(family)
            .await?
            .items
            .into_iter()
            .find(|d| d.device == phone.device || d.signing == phone.signing);
        if before
            .as_ref()
            .is_some_and(|d| d.person != person || d.device != phone.device)
        {
            return Err(PairRefusal::PairedElsewhere);
        }
        let device = PairedDevice {
            family,
            person,
            device: phone.device,
            signing: phone.signing.to_vec(),
            agreement: phone.agreement.to_vec(),
            paired_at: clock::now(),
            last_sent: before.as_ref().map_or(0, |d| d.last_sent),
            last_received: before.as_ref().map_or(0, |d| d.last_received),
        };
        let check_code = check_code(&keys.signing_public, &phone.signing).await?;
        self.db().put_paired_device(&device).await?;
        Ok(Paired { device, check_code })
    }

    /// The phones paired for one family.
    pub fn paired_devices<'a>(
        &'a self,
        family: Id,
    ) -> impl std::future::Future<Output = Result<Listing<PairedDevice>, StorageError>> + 'a {
        self.db().paired_devices(family)
    }

    /// Forget a paired phone.
    pub fn unpair<'a>(
        &'a self,
        family: Id,
        device: Id,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().remove_paired_device(family, device)
    }
}
