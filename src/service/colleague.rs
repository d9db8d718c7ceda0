//! A whole case to a colleague's device (issue 16, "Overdragen aan collega"): every record
//! of one family (the plan and its history, visits with every version, evaluations, working
//! copies, answers received), sealed to the colleague's device and signed by this one like
//! the family hand-over, received with the check code, and merged there by the backup's
//! rules. The sender then keeps their copy or closes it.

use crate::domain::backup::{self, Changes, Record};
use crate::domain::envelope::{
    open, seal, Expect, Kind, Outgoing, Peer, Refusal, Sender, MAX_PAYLOAD_BYTES,
};
use crate::domain::pairing::{
    fingerprint, fingerprint_input, read_pairing_code, receipt, receipt_input, same_code,
    PairingProblem, PinnedProfessional,
};
use crate::domain::Id;
use crate::storage::keys::sha256;
use crate::storage::StorageError;

use super::{clock, Session};

/// A case sealed for a colleague's device.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseOut {
    pub bytes: Vec<u8>,
    /// This device's fingerprint, which the colleague types before adding the case.
    pub fingerprint: String,
    /// The receipt the colleague's device shows once the case is added: typed here, it lets
    /// this device close its copy.
    pub receipt: String,
    pub visits: usize,
    pub evaluations: usize,
    /// Records of the family that could not be opened here, and so are not in the case.
    pub unreadable: usize,
    /// The family's records as sealed: closing the copy checks nothing changed since.
    sealed: Vec<Record>,
}

/// Why no package was made for the colleague.
#[derive(Debug, Clone, PartialEq)]
pub enum HandOverRefusal {
    /// Not a device's pairing code (or a newer app's).
    Code(PairingProblem),
    /// The code of this very device.
    OwnCode,
    /// The fingerprint typed is not the one of the device whose code was read: that code
    /// may not be the colleague's.
    Fingerprint,
    /// The family is not (or no longer) on this device.
    NotFound,
    /// More than a package can carry.
    TooLarge,
    Storage(StorageError),
}

impl From<StorageError> for HandOverRefusal {
    fn from(e: StorageError) -> Self {
        HandOverRefusal::Storage(e)
    }
}

/// A colleague's device this one accepts cases from.
#[derive(Debug, Clone, PartialEq)]
pub struct Colleague {
    pub device: Id,
    pub name: String,
    pub since: chrono::DateTime<chrono::Utc>,
    pub fingerprint: String,
}

/// A colleague's case, opened and checked, waiting for the professional to add it.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseIn {
    pub family: Id,
    pub name: String,
    pub visits: usize,
    pub evaluations: usize,
    /// From a colleague's device not accepted before: its fingerprint, to be typed first.
    pub fingerprint: Option<String>,
    /// The family is on this device already: what arrives is merged with it.
    pub known: bool,
    sender: Sender,
    sequence: u64,
    records: Vec<Record>,
    receipt: String,
}

/// Why a colleague's case was not added. Nothing changed.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRefusal {
    Package(Refusal),
    /// Opened, but not one family's case.
    Contents,
    /// The fingerprint typed is not the one of the device the case comes from.
    Fingerprint,
    /// Something on this device changed while it was being added: try again.
    ChangedMeanwhile,
    /// It holds changes in this device's name that this device did not make.
    NotWrittenHere,
    Storage(StorageError),
}

impl From<StorageError> for CaseRefusal {
    fn from(e: StorageError) -> Self {
        CaseRefusal::Storage(e)
    }
}

/// A device's fingerprint.
async fn device_fingerprint(device: &Sender) -> Result<String, StorageError> {
    Ok(fingerprint(&sha256(&fingerprint_input(device)).await?))
}

impl Session {
    /// Whether `pairing` is another device's pairing code, before its fingerprint is asked.
    pub async fn read_colleague_code(&self, pairing: &[u8]) -> Result<(), HandOverRefusal> {
        let colleague = read_pairing_code(pairing).map_err(HandOverRefusal::Code)?;
        let keys = self.db().device_keys(self.author().device).await?;
        if colleague.device == keys.device || colleague.signing == keys.signing_public {
            return Err(HandOverRefusal::OwnCode);
        }
        Ok(())
    }

    /// The whole case of `family`, sealed to the colleague's device whose pairing code was
    /// read. Its sequence number is the time in milliseconds, so a later package from this
    /// device always counts as newer and an old one is refused there.
    pub async fn case_package(
        &self,
        family: Id,
        pairing: &[u8],
        typed_fingerprint: &str,
    ) -> Result<CaseOut, HandOverRefusal> {
        let colleague = read_pairing_code(pairing).map_err(HandOverRefusal::Code)?;
        let keys = self.db().device_keys(self.author().device).await?;
        if colleague.device == keys.device || colleague.signing == keys.signing_public {
            return Err(HandOverRefusal::OwnCode);
        }
        // A pairing code is no secret, and a file can be swapped on its way: the case is
        // sealed only to the device whose fingerprint the colleague read out.
        if !same_code(typed_fingerprint, &device_fingerprint(&colleague).await?) {
            return Err(HandOverRefusal::Fingerprint);
        }
        let (records, _, snapshot) = self.db().backup_snapshot().await?;
        let unreadable = snapshot.unreadable_of(family);
        let records = backup::case_records(&records, family);
        if !records.iter().any(|r| r.store == "families") {
            return Err(HandOverRefusal::NotFound);
        }
        let (visits, evaluations) = backup::made_since(&records, None);
        let now = clock::now();
        let sealed = records.clone();
        let payload = backup::write(records, now);
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(HandOverRefusal::TooLarge);
        }
        let receipt = receipt(&sha256(&receipt_input(&payload)).await?);
        let out = Outgoing {
            kind: Kind::Case,
            sender: keys.sender(),
            recipient: colleague.device,
            recipient_key: colleague.agreement,
            sequence: u64::try_from(now.timestamp_millis()).unwrap_or(1).max(1),
            issued_at: now.timestamp(),
        };
        // Sealing fails only when the package would be larger than a device reads.
        let bytes = seal(&out, &payload, &keys)
            .await
            .ok_or(HandOverRefusal::TooLarge)?;
        Ok(CaseOut {
            bytes,
            fingerprint: device_fingerprint(&keys.sender()).await?,
            receipt,
            visits,
            evaluations,
            unreadable,
            sealed,
        })
    }

    /// Open a colleague's case package and say what it holds; nothing is stored yet. From a
    /// colleague's device not accepted before, the check code must be typed to add it.
    pub async fn receive_case(&self, bytes: &[u8]) -> Result<CaseIn, CaseRefusal> {
        let pinned = self.db().pinned().await?.items;
        // Numbers count per family here (below), not per device: a colleague's case of one
        // family must not shut out the case of another made just before it.
        let peers: Vec<Peer> = pinned
            .iter()
            .filter_map(PinnedProfessional::peer)
            .map(|p| Peer {
                last_sequence: 0,
                ..p
            })
            .collect();
        let keys = self.db().device_keys(self.author().device).await?;
        let expect = Expect {
            me: keys.device,
            kind: Kind::Case,
            peers: &peers,
            first_contact: true,
        };
        let opened = open(bytes, &expect, &keys)
            .await
            .map_err(CaseRefusal::Package)?;
        let (family, file) =
            backup::read_case(&opened.payload).map_err(|_| CaseRefusal::Contents)?;
        // Nothing in it may say it changed after the case was made (a few minutes of clock
        // difference allowed): such stamps would win every merge.
        let made =
            chrono::DateTime::from_timestamp(opened.issued_at, 0).ok_or(CaseRefusal::Contents)?;
        if backup::stamped_after(&file.records, made + chrono::Duration::minutes(10)) {
            return Err(CaseRefusal::Contents);
        }
        let known = pinned.iter().find(|p| p.device == opened.sender.device);
        if known.is_some_and(|p| {
            p.cases
                .iter()
                .any(|(f, n)| *f == family && *n >= opened.sequence)
        }) {
            return Err(CaseRefusal::Package(Refusal::Replayed));
        }
        let fingerprint = if opened.first_contact {
            Some(device_fingerprint(&opened.sender).await?)
        } else {
            None
        };
        let receipt = receipt(&sha256(&receipt_input(&opened.payload)).await?);
        let (visits, evaluations) = backup::made_since(&file.records, None);
        Ok(CaseIn {
            family,
            name: backup::family_name(&file.records).unwrap_or_default(),
            visits,
            evaluations,
            fingerprint,
            known: self.db().case(family).await?.is_some(),
            sender: opened.sender,
            sequence: opened.sequence,
            records: file.records,
            receipt,
        })
    }

    /// Add the colleague's case: merged with what this device holds by the backup's rules
    /// (history from both sides is kept), with the colleague's device remembered with the
    /// package's number for this family (and `name`, when one is typed), all in one
    /// transaction. Returns the receipt to give the colleague.
    pub async fn accept_case(
        &self,
        incoming: &CaseIn,
        typed: &str,
        name: &str,
    ) -> Result<String, CaseRefusal> {
        if let Some(fingerprint) = &incoming.fingerprint {
            if !same_code(typed, fingerprint) {
                return Err(CaseRefusal::Fingerprint);
            }
        }
        let sender = &incoming.sender;
        let before = self.db().pinned_device(sender.device).await?;
        let before_bytes = self.db().pinned_bytes(sender.device).await?;
        if before
            .as_ref()
            .is_some_and(|b| b.sender().as_ref() != Some(sender))
        {
            return Err(CaseRefusal::Package(Refusal::UnknownSender));
        }
        // Checked again as stored now (another tab may have added a newer case meanwhile);
        // the write below compares the pinned record once more inside its transaction.
        if before.as_ref().is_some_and(|b| {
            b.cases
                .iter()
                .any(|(f, n)| *f == incoming.family && *n >= incoming.sequence)
        }) {
            return Err(CaseRefusal::Package(Refusal::Replayed));
        }
        let (stored, _, snapshot) = self.db().backup_snapshot().await?;
        // No one else writes in this device's name: a record that says this device changed
        // it later than the copy this device holds was not written here. (An older copy of
        // a record changed here since, as a case coming back holds, is fine: it loses the
        // merge.)
        let me = self.author().device;
        let forged = incoming.records.iter().any(|r| {
            backup::written_by(&r.json) == Some(me)
                && stored.iter().any(|s| {
                    s.store == r.store
                        && s.key == r.key
                        && s.json != r.json
                        && backup::changed_at(&r.json) >= backup::changed_at(&s.json)
                })
        });
        if forged {
            return Err(CaseRefusal::NotWrittenHere);
        }
        let (_, changes) = backup::merge(&stored, &incoming.records);
        let now = clock::now();
        let mut cases = before.as_ref().map_or_else(Vec::new, |b| b.cases.clone());
        cases.retain(|(family, _)| *family != incoming.family);
        cases.push((incoming.family, incoming.sequence));
        let colleague = PinnedProfessional {
            device: sender.device,
            signing: sender.signing.to_vec(),
            agreement: sender.agreement.to_vec(),
            pinned_at: before.as_ref().map_or(now, |b| b.pinned_at),
            last_received: before.as_ref().map_or(0, |b| b.last_received),
            last_sent: before.as_ref().map_or(0, |b| b.last_sent),
            cases,
            name: match name.trim() {
                "" => before.as_ref().map_or_else(String::new, |b| b.name.clone()),
                typed => typed.to_string(),
            },
        };
        if !self
            .db()
            .apply_case(&changes, &snapshot, &colleague, before_bytes)
            .await?
        {
            return Err(CaseRefusal::ChangedMeanwhile);
        }
        Ok(incoming.receipt.clone())
    }

    /// The colleagues this device accepted cases from: their name, since when, and their
    /// fingerprint.
    pub async fn colleagues(&self) -> Result<Vec<Colleague>, StorageError> {
        let mut out = Vec::new();
        for pinned in self.db().pinned().await?.items {
            let Some(sender) = pinned.sender() else {
                continue;
            };
            if pinned.cases.is_empty() {
                continue;
            }
            out.push(Colleague {
                device: pinned.device,
                name: pinned.name.clone(),
                since: pinned.pinned_at,
                fingerprint: device_fingerprint(&sender).await?,
            });
        }
        Ok(out)
    }

    /// Forget a colleague's device: a case from it needs its fingerprint again.
    pub async fn forget_colleague(&self, device: Id) -> Result<(), StorageError> {
        self.db().remove_pinned(device).await
    }

    /// This device's fingerprint, shown beside its pairing code for a colleague to type.
    pub async fn device_fingerprint(&self) -> Result<String, StorageError> {
        let keys = self.db().device_keys(self.author().device).await?;
        device_fingerprint(&keys.sender()).await
    }

    /// Close this device's copy of the case `out` handed over: every record of the family
    /// goes, in one transaction (a record that cannot be read stays, as always), but only
    /// while the family's records are still those sealed in `out`: something recorded
    /// since (a visit in another tab) was never sent, and is not lost. `Ok(false)` when
    /// anything changed; then nothing went.
    pub async fn close_case(&self, family: Id, out: &CaseOut) -> Result<bool, StorageError> {
        let (stored, _, snapshot) = self.db().backup_snapshot().await?;
        let now = backup::case_records(&stored, family);
        if now != out.sealed {
            return Ok(false);
        }
        let changes = Changes {
            put: Vec::new(),
            delete: stored
                .iter()
                .filter(|r| backup::family_of(r) == Some(family))
                .map(|r| (r.store.clone(), r.key.clone()))
                .collect(),
            kept: 0,
        };
        self.db().apply_backup(&changes, Some(&snapshot)).await
    }
}
