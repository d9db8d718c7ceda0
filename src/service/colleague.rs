//! A whole case to a colleague's device (issue 16, "Overdragen aan collega"): every record
//! of one family (the plan and its history, visits with every version, evaluations, working
//! copies, answers received), sealed to the colleague's device and signed by this one like
//! the family hand-over, received with the check code, and merged there by the backup's
//! rules. The sender then keeps their copy or closes it.

use crate::domain::backup::{self, Changes, Record};
use crate::domain::envelope::{
    open, seal, Expect, Kind, Outgoing, Peer, Refusal, Sender, MAX_PAYLOAD_BYTES,
};
use crate::domain::pairing::{read_pairing_code, PairingProblem, PinnedProfessional};
use crate::domain::Id;
use crate::storage::keys::check_code;
use crate::storage::StorageError;

use super::{clock, Session};

/// A case sealed for a colleague's device, and the check code both screens show.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseOut {
    pub bytes: Vec<u8>,
    pub check_code: String,
    pub visits: usize,
    pub evaluations: usize,
}

/// Why no package was made for the colleague.
#[derive(Debug, Clone, PartialEq)]
pub enum HandOverRefusal {
    /// Not a device's pairing code (or a newer app's).
    Code(PairingProblem),
    /// The code of this very device.
    OwnCode,
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

/// A colleague's case, opened and checked, waiting for the professional to add it.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseIn {
    pub family: Id,
    pub name: String,
    pub visits: usize,
    pub evaluations: usize,
    /// From a device not accepted before: the check code to type first.
    pub check_code: Option<String>,
    /// The family is on this device already: what arrives is merged with it.
    pub known: bool,
    sender: Sender,
    sequence: u64,
    records: Vec<Record>,
}

/// Why a colleague's case was not added. Nothing changed.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRefusal {
    Package(Refusal),
    /// Opened, but not one family's case.
    Contents,
    /// The check code typed is not the one the colleague's screen shows.
    CheckCode,
    /// Something on this device changed while it was being added: try again.
    ChangedMeanwhile,
    Storage(StorageError),
}

impl From<StorageError> for CaseRefusal {
    fn from(e: StorageError) -> Self {
        CaseRefusal::Storage(e)
    }
}

impl Session {
    /// The whole case of `family`, sealed to the colleague's device whose pairing code was
    /// read. Its sequence number is the time in milliseconds, so a later package from this
    /// device always counts as newer and an old one is refused there.
    pub async fn case_package(
        &self,
        family: Id,
        pairing: &[u8],
    ) -> Result<CaseOut, HandOverRefusal> {
        let colleague = read_pairing_code(pairing).map_err(HandOverRefusal::Code)?;
        let keys = self.db().device_keys(self.author().device).await?;
        if colleague.device == keys.device || colleague.signing == keys.signing_public {
            return Err(HandOverRefusal::OwnCode);
        }
        let (records, _) = self.db().backup_records().await?;
        let records = backup::case_records(&records, family);
        if !records.iter().any(|r| r.store == "families") {
            return Err(HandOverRefusal::NotFound);
        }
        let (visits, evaluations) = backup::made_since(&records, None);
        let now = clock::now();
        let payload = backup::write(records, now);
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(HandOverRefusal::TooLarge);
        }
        let code = check_code(&keys.signing_public, &colleague.signing).await?;
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
            check_code: code,
            visits,
            evaluations,
        })
    }

    /// Open a colleague's case package and say what it holds; nothing is stored yet. From a
    /// colleague's device not accepted before, the check code must be typed to add it.
    pub async fn receive_case(&self, bytes: &[u8]) -> Result<CaseIn, CaseRefusal> {
        let pinned = self.db().pinned().await?.items;
        let peers: Vec<Peer> = pinned.iter().filter_map(PinnedProfessional::peer).collect();
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
        let check_code = if opened.first_contact {
            Some(check_code(&keys.signing_public, &opened.sender.signing).await?)
        } else {
            None
        };
        let (visits, evaluations) = backup::made_since(&file.records, None);
        Ok(CaseIn {
            family,
            name: backup::family_name(&file.records).unwrap_or_default(),
            visits,
            evaluations,
            check_code,
            known: self.db().case(family).await?.is_some(),
            sender: opened.sender,
            sequence: opened.sequence,
            records: file.records,
        })
    }

    /// Add the colleague's case: merged with what this device holds by the backup's rules
    /// (nothing here is lost, history from both sides is kept) in one transaction, then the
    /// colleague's device remembered with the package's number, so it cannot be added again.
    pub async fn accept_case(&self, incoming: &CaseIn, typed: &str) -> Result<(), CaseRefusal> {
        if let Some(code) = &incoming.check_code {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            if digits(typed) != digits(code) {
                return Err(CaseRefusal::CheckCode);
            }
        }
        let sender = &incoming.sender;
        let before = self.db().pinned_device(sender.device).await?;
        if before.as_ref().is_some_and(|b| {
            b.last_received >= incoming.sequence || b.sender().as_ref() != Some(sender)
        }) {
            return Err(CaseRefusal::Package(Refusal::Replayed));
        }
        let (stored, _, snapshot) = self.db().backup_snapshot().await?;
        let (_, changes) = backup::merge(&stored, &incoming.records);
        if !self.db().apply_backup(&changes, Some(&snapshot)).await? {
            return Err(CaseRefusal::ChangedMeanwhile);
        }
        let now = clock::now();
        self.db()
            .put_pinned(&PinnedProfessional {
                device: sender.device,
                signing: sender.signing.to_vec(),
                agreement: sender.agreement.to_vec(),
                pinned_at: before.as_ref().map_or(now, |b| b.pinned_at),
                last_received: incoming.sequence,
                last_sent: before.as_ref().map_or(0, |b| b.last_sent),
            })
            .await?;
        Ok(())
    }

    /// Close this device's copy of a case handed to a colleague: every record of the family
    /// goes, in one transaction (a record that cannot be read stays, as always). `Ok(false)`
    /// when something changed meanwhile; then nothing went.
    pub async fn close_case(&self, family: Id) -> Result<bool, StorageError> {
        let (stored, _, snapshot) = self.db().backup_snapshot().await?;
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
