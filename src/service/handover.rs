//! The hand-over's use cases (issue 13): this device's pairing code; pairing a family
//! member's phone on the professional's device (and forgetting it again); the plan package
//! for a paired phone, opened, shown and applied on that phone; and the answers that travel
//! back, kept on the professional's device.

use crate::domain::envelope::{open, seal, Expect, Kind, Outgoing, Peer, Refusal, Sender};
use crate::domain::home::MAX_WORDS_CHARS;
use crate::domain::package::{
    changes, local_view, view_for, Answers, Change, RevisionAnswer, SharedCheckIn, View,
    ViewProblem, MAX_ANSWER_CHARS,
};
use crate::domain::pairing::{
    pairing_code, read_pairing_code, PairedDevice, PairingProblem, PinnedProfessional,
    ReceivedCheckIn, ReceivedView,
};
use crate::domain::{Acknowledgement, Author, Case, DeviceSetup, Id, RecordMeta, Role};
use crate::storage::keys::{check_code, DeviceKeys};
use crate::storage::pairing::ApplyError;
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
            .is_some_and(|d| !d.unpaired && (d.person != person || d.device != phone.device))
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
            unpaired: false,
        };
        let check_code = check_code(&keys.signing_public, &phone.signing).await?;
        self.db().put_paired_device(&device).await?;
        Ok(Paired { device, check_code })
    }

    /// The phones paired for one family (not those unpaired).
    pub async fn paired_devices(&self, family: Id) -> Result<Listing<PairedDevice>, StorageError> {
        let mut listing = self.db().paired_devices(family).await?;
        listing.items.retain(|d| !d.unpaired);
        Ok(listing)
    }

    /// Unpair a phone (a lost phone): nothing more goes to it or is taken from it. Its
    /// record stays, marked, with its sequence numbers.
    pub async fn unpair(&self, family: Id, device: Id) -> Result<(), StorageError> {
        let phone = self
            .db()
            .paired_devices(family)
            .await?
            .items
            .into_iter()
            .find(|d| d.device == device);
        match phone {
            Some(phone) => {
                self.db()
                    .put_paired_device(&PairedDevice {
                        unpaired: true,
                        ..phone
                    })
                    .await
            }
            None => Ok(()),
        }
    }
}

/// Why no package was made.
#[derive(Debug, Clone, PartialEq)]
pub enum SendRefusal {
    /// The family or the phone is not (or no longer) on this device.
    NotPaired,
    /// No view for that person: nothing agreed yet, or not a child or parent.
    NoView(ViewProblem),
    /// A family member's phone with no professional to send answers to.
    NoProfessional,
    /// Nothing to send back yet.
    NothingToSend,
    /// The browser's cryptography failed.
    Crypto,
    Storage(StorageError),
}

impl From<StorageError> for SendRefusal {
    fn from(e: StorageError) -> Self {
        SendRefusal::Storage(e)
    }
}

/// Why a received package was not applied. Nothing changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ReceiveRefusal {
    Package(Refusal),
    /// Opened, but the contents are not what this kind of package holds.
    Contents,
    /// For another person than the one this phone holds the plan of (or, on the
    /// professional's device, from a phone paired for someone else).
    OtherPerson,
    /// A plan for a professional's device: plans go to family members' phones.
    ProfessionalDevice,
    /// A plain plan file of an older release: no longer opened on a family member's phone.
    PlainFile,
    /// The check code typed does not match: the sender is not pinned.
    CheckCode,
    Storage(StorageError),
}

impl From<StorageError> for ReceiveRefusal {
    fn from(e: StorageError) -> Self {
        ReceiveRefusal::Storage(e)
    }
}

impl From<ApplyError> for ReceiveRefusal {
    fn from(e: ApplyError) -> Self {
        match e {
            // Another tab applied a package from the same sender meanwhile.
            ApplyError::Raced => ReceiveRefusal::Package(Refusal::Replayed),
            ApplyError::Storage(e) => ReceiveRefusal::Storage(e),
        }
    }
}

/// A plan package opened and checked, waiting for the person to accept it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub received: ReceivedView,
    sender: Sender,
    /// From a professional not yet pinned: the check code to compare first.
    pub check_code: Option<String>,
    /// What it changes against what the phone shows now.
    pub changes: Vec<Change>,
    /// Who uses the phone once it is accepted.
    pub setup: DeviceSetup,
}

/// What came back from a family member's phone.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedAnswers {
    pub person: Id,
    pub answers: usize,
    pub check_ins: usize,
}

/// Everything a package is made of except its payload.
fn outgoing(kind: Kind, keys: &DeviceKeys, recipient: Sender, sequence: u64) -> Outgoing {
    Outgoing {
        kind,
        sender: keys.sender(),
        recipient: recipient.device,
        recipient_key: recipient.agreement,
        sequence,
        issued_at: clock::now().timestamp(),
    }
}

impl Session {
    /// The plan package for a paired phone: the view of the latest agreed revision for the
    /// person it belongs to, sealed to it. The sequence number is stored before the package
    /// is made, so a number is never used twice.
    pub async fn plan_package(
        &self,
        family: Id,
        device: Id,
    ) -> Result<(Vec<u8>, String), SendRefusal> {
        let phone = self
            .paired_devices(family)
            .await?
            .items
            .into_iter()
            .find(|d| d.device == device)
            .ok_or(SendRefusal::NotPaired)?;
        let recipient = phone.sender().ok_or(SendRefusal::NotPaired)?;
        let case = self
            .db()
            .case(family)
            .await?
            .ok_or(SendRefusal::NotPaired)?;
        let view = view_for(&case, phone.person, clock::today()).map_err(SendRefusal::NoView)?;
        let payload = serde_json::to_vec(&view).map_err(|_| SendRefusal::Crypto)?;
        let keys = self.db().device_keys(self.author().device).await?;
        let sequence = phone.last_sent + 1;
        self.db()
            .put_paired_device(&PairedDevice {
                last_sent: sequence,
                ..phone
            })
            .await?;
        let code = check_code(&keys.signing_public, &recipient.signing).await?;
        let bytes = seal(
            &outgoing(Kind::Plan, &keys, recipient, sequence),
            &payload,
            &keys,
        )
        .await
        .ok_or(SendRefusal::Crypto)?;
        Ok((bytes, code))
    }

    /// The view of the plan this phone holds for who uses it: the received one, else (a
    /// plan from an older plain file, or the professional's own device) one made from the
    /// case stored here.
    pub async fn current_view(
        &self,
        setup: Option<&DeviceSetup>,
        case: Option<&Case>,
    ) -> Result<Option<View>, StorageError> {
        let Some(setup) = setup else { return Ok(None) };
        let received = self.db().plan_views().await?.items;
        let mine = received.into_iter().find(|r| {
            Some(r.view.family()) == setup.family
                && r.view.person() == setup.person
                && r.view.role() == setup.role
        });
        Ok(match mine {
            Some(r) => Some(r.view),
            None => case.and_then(|c| local_view(c, setup.role, setup.person, clock::today())),
        })
    }

    /// Open a plan package and say what it would change; nothing is stored yet. A package
    /// from a professional not pinned here is opened only when none is pinned yet, or when
    /// the person said it comes from a new professional (`new_professional`).
    pub async fn receive_plan(
        &self,
        bytes: &[u8],
        new_professional: bool,
    ) -> Result<Incoming, ReceiveRefusal> {
        if bytes.first() == Some(&b'{') {
            return Err(ReceiveRefusal::PlainFile);
        }
        let setup = self.db().setup().await?;
        if setup.as_ref().is_some_and(|s| s.role == Role::Professional) {
            return Err(ReceiveRefusal::ProfessionalDevice);
        }
        let pinned = self.db().pinned().await?.items;
        let peers: Vec<Peer> = pinned.iter().filter_map(PinnedProfessional::peer).collect();
        let keys = self.db().device_keys(self.author().device).await?;
        let expect = Expect {
            me: keys.device,
            kind: Kind::Plan,
            peers: &peers,
            first_contact: peers.is_empty() || new_professional,
        };
        let opened = open(bytes, &expect, &keys)
            .await
            .map_err(ReceiveRefusal::Package)?;
        let view: View =
            serde_json::from_slice(&opened.payload).map_err(|_| ReceiveRefusal::Contents)?;
        // What the phone shows now, and whether the new view is for the same person.
        let case = match setup.as_ref().and_then(|s| s.family) {
            Some(family) => self.db().case(family).await?,
            None => None,
        };
        let before = self.current_view(setup.as_ref(), case.as_ref()).await?;
        let held = self.db().plan_views().await?.items;
        let other_person = held
            .iter()
            .any(|r| r.view.family() != view.family() || r.view.person() != view.person())
            || setup.as_ref().is_some_and(|s| {
                s.role != view.role() || s.person.is_some_and(|p| Some(p) != view.person())
            });
        if other_person {
            return Err(ReceiveRefusal::OtherPerson);
        }
        // Never back to an older agreed revision (from another professional's device, or a
        // package kept back).
        if held.iter().any(|r| r.view.revision() > view.revision()) {
            return Err(ReceiveRefusal::Package(Refusal::Replayed));
        }
        let check_code = if opened.first_contact {
            Some(check_code(&keys.signing_public, &opened.sender.signing).await?)
        } else {
            None
        };
        let changes = changes(before.as_ref(), &view);
        let now = clock::now();
        let setup = DeviceSetup {
            role: view.role(),
            family: Some(view.family()),
            person: view.person(),
            band: setup.as_ref().and_then(|s| s.band),
            chosen_at: setup.as_ref().map_or(now, |s| s.chosen_at),
        };
        Ok(Incoming {
            received: ReceivedView {
                view,
                from: opened.sender.device,
                sequence: opened.sequence,
                received_at: now,
            },
            sender: opened.sender,
            check_code,
            changes,
            setup,
        })
    }

    /// The person accepted: the view replaces the old one, the professional is pinned with
    /// the package's sequence number, and who uses the phone follows the view, in one
    /// transaction. A package older than one applied meanwhile is refused. From a
    /// professional not pinned yet, `typed` must be the check code the professional's phone
    /// shows: a tap alone never pins a new sender.
    pub async fn accept_plan(
        &self,
        incoming: &Incoming,
        typed: &str,
    ) -> Result<(), ReceiveRefusal> {
        if let Some(code) = &incoming.check_code {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            if digits(typed) != digits(code) {
                return Err(ReceiveRefusal::CheckCode);
            }
        }
        let sender = incoming.sender.clone();
        let sequence = incoming.received.sequence;
        let now = clock::now();
        let pin = move |before: Option<&PinnedProfessional>| match before {
            Some(b) if b.last_received >= sequence || b.sender().as_ref() != Some(&sender) => None,
            _ => Some(PinnedProfessional {
                device: sender.device,
                signing: sender.signing.to_vec(),
                agreement: sender.agreement.to_vec(),
                pinned_at: before.map_or(now, |b| b.pinned_at),
                last_received: sequence,
                last_sent: before.map_or(0, |b| b.last_sent),
                #[cfg(feature = "professional")]
                cases: before.map_or_else(Vec::new, |b| b.cases.clone()),
                #[cfg(feature = "professional")]
                name: before.map_or_else(String::new, |b| b.name.clone()),
            }),
        };
        let retire = self
            .plain_copy_only(incoming.received.view.family())
            .await?;
        match self
            .db()
            .accept_view(&incoming.received, pin, &incoming.setup, retire)
            .await?
        {
            Some(_) => Ok(()),
            None => Err(ReceiveRefusal::Package(Refusal::Replayed)),
        }
    }

    /// Whether the case of `family` stored here is only a copy from a plain file, which a
    /// received view replaces: nothing on this device was written about the family (no
    /// change to its plan by this device, no visit, evaluation or working copy, no paired
    /// phone). A professional's records are never retired.
    async fn plain_copy_only(&self, family: Id) -> Result<bool, StorageError> {
        let Some(case) = self.db().case(family).await? else {
            return Ok(false);
        };
        let me = self.author().device;
        let written_here = std::iter::once(&case.plan)
            .chain(&case.revisions)
            .any(|p| p.meta.created_by.device == me || p.meta.updated_by.device == me);
        Ok(!written_here && !self.db().keeps_records_of(family).await?)
    }

    /// The answers package for the professional this phone's plan came from: a parent's
    /// answers to agreed revisions, a young person's shared check-ins.
    pub async fn answers_package(&self) -> Result<Vec<u8>, SendRefusal> {
        let setup = self
            .db()
            .setup()
            .await?
            .ok_or(SendRefusal::NoProfessional)?;
        let received = self
            .db()
            .plan_views()
            .await?
            .items
            .into_iter()
            .find(|r| Some(r.view.family()) == setup.family && r.view.person() == setup.person)
            .ok_or(SendRefusal::NoProfessional)?;
        let pinned = self
            .db()
            .pinned_device(received.from)
            .await?
            .ok_or(SendRefusal::NoProfessional)?;
        let recipient = pinned.sender().ok_or(SendRefusal::NoProfessional)?;
        let (family, person) = (
            received.view.family(),
            received.view.person().ok_or(SendRefusal::NoProfessional)?,
        );
        let revisions: Vec<RevisionAnswer> = self
            .db()
            .acknowledgements(family)
            .await?
            .items
            .into_iter()
            .filter(|a| a.by == Some(person))
            .map(|a| RevisionAnswer {
                revision: a.revision,
                answer: a.answer,
                words: a.words,
                at: a.meta.updated_at,
            })
            .collect();
        let check_ins: Vec<SharedCheckIn> = match received.view {
            View::YoungPerson(_) => self
                .db()
                .check_ins()
                .await?
                .items
                .into_iter()
                .filter(|c| c.shared)
                .map(|c| SharedCheckIn {
                    at: c.at,
                    score: c.score,
                    words: c.words,
                })
                .collect(),
            View::Carer(_) => Vec::new(),
        };
        if revisions.is_empty() && check_ins.is_empty() {
            return Err(SendRefusal::NothingToSend);
        }
        let answers = Answers {
            family,
            person,
            revisions,
            check_ins,
        };
        let payload = serde_json::to_vec(&answers).map_err(|_| SendRefusal::Crypto)?;
        let keys = self.db().device_keys(self.author().device).await?;
        let sequence = pinned.last_sent + 1;
        self.db()
            .put_pinned(&PinnedProfessional {
                last_sent: sequence,
                ..pinned
            })
            .await?;
        seal(
            &outgoing(Kind::Answers, &keys, recipient, sequence),
            &payload,
            &keys,
        )
        .await
        .ok_or(SendRefusal::Crypto)
    }

    /// Open an answers package from one of `family`'s paired phones and keep what it holds:
    /// each answer as that person's acknowledgement of the revision, each shared check-in.
    pub async fn receive_answers(
        &self,
        family: Id,
        bytes: &[u8],
    ) -> Result<ReceivedAnswers, ReceiveRefusal> {
        let phones = self.paired_devices(family).await?.items;
        let peers: Vec<Peer> = phones.iter().filter_map(PairedDevice::peer).collect();
        let keys = self.db().device_keys(self.author().device).await?;
        let expect = Expect {
            me: keys.device,
            kind: Kind::Answers,
            peers: &peers,
            first_contact: false,
        };
        let opened = open(bytes, &expect, &keys)
            .await
            .map_err(ReceiveRefusal::Package)?;
        let phone = phones
            .into_iter()
            .find(|p| p.device == opened.sender.device)
            .ok_or(ReceiveRefusal::Package(Refusal::UnknownSender))?;
        let answers: Answers =
            serde_json::from_slice(&opened.payload).map_err(|_| ReceiveRefusal::Contents)?;
        // A phone speaks only for the person it was paired for.
        if answers.family != family || answers.person != phone.person {
            return Err(ReceiveRefusal::OtherPerson);
        }
        if answers
            .revisions
            .iter()
            .any(|r| r.words.chars().count() > MAX_ANSWER_CHARS)
            || answers
                .check_ins
                .iter()
                .any(|c| c.words.chars().count() > MAX_WORDS_CHARS)
        {
            return Err(ReceiveRefusal::Contents);
        }
        // A parent answers the plan; a young person shares check-ins: nothing else is kept.
        let kind = self
            .db()
            .case(family)
            .await?
            .and_then(|c| c.family.person(phone.person).map(|p| p.kind));
        let carer = kind == Some(crate::domain::PersonKind::Carer);
        let child = kind == Some(crate::domain::PersonKind::Child);
        if (!answers.revisions.is_empty() && !carer) || (!answers.check_ins.is_empty() && !child) {
            return Err(ReceiveRefusal::Contents);
        }
        // An answer older than the one kept (a file sent again later) does not replace it.
        let kept = self.db().acknowledgements(family).await?.items;
        let now = clock::now();
        let by = Author {
            device: phone.device,
            role: Role::Parent,
        };
        let acks: Vec<Acknowledgement> = answers
            .revisions
            .iter()
            .map(|r| {
                let at = r.at.min(now);
                Acknowledgement {
                    family,
                    revision: r.revision,
                    by: Some(phone.person),
                    on: clock::local_date(at),
                    answer: r.answer,
                    words: r.words.clone(),
                    meta: RecordMeta::new(by, at),
                }
            })
            .filter(|a| {
                !kept.iter().any(|k| {
                    k.revision == a.revision
                        && k.by == a.by
                        && k.meta.updated_at > a.meta.updated_at
                })
            })
            .collect();
        let shared: Vec<ReceivedCheckIn> = answers
            .check_ins
            .iter()
            .map(|c| ReceivedCheckIn {
                family,
                person: phone.person,
                check_in: SharedCheckIn {
                    at: c.at.min(now),
                    ..c.clone()
                },
                received_at: now,
            })
            .collect();
        let updated = PairedDevice {
            last_received: opened.sequence,
            ..phone.clone()
        };
        self.db()
            .keep_answers(&updated, &phone, &acks, &shared)
            .await?;
        Ok(ReceivedAnswers {
            person: phone.person,
            answers: answers.revisions.len(),
            check_ins: shared.len(),
        })
    }

    /// Whether this phone accepts plans from a professional already.
    pub async fn has_professional(&self) -> Result<bool, StorageError> {
        Ok(!self.db().pinned().await?.items.is_empty())
    }

    /// The check-ins young people of `family` shared.
    pub fn shared_check_ins<'a>(
        &'a self,
        family: Id,
    ) -> impl std::future::Future<Output = Result<Listing<ReceivedCheckIn>, StorageError>> + 'a
    {
        self.db().shared_check_ins(family)
    }
}
