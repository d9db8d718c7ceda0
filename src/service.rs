//! Use cases: what the screens ask of the app, without Yew.
//!
//! A screen calls a service; a service combines domain rules with storage and returns a
//! `Result`. Services never dispatch, render or translate: the screen decides what a
//! person sees. No screen touches [`crate::storage`] itself. A use case that is one storage
//! call hands back storage's own future instead of wrapping it in an `async fn`: a wrapper
//! would be a second state machine per call in the WebAssembly.
//!
//! - [`start`]: open the database, the lock gate, unlocking, and what the first screen needs;
//! - [`session`]: the open, unlocked database and who writes through it, with the family's
//!   and the professional's use cases as methods;
//! - the hand-over (`handover`): this device's pairing code, pairing a family member's phone;
//! - the backup (`backup`, the professional's app only): the recovery code, a backup of the
//!   whole device, restoring one by merging;
//! - [`passkey`]: the phone's own lock as a second key (WebAuthn PRF);
//! - [`clock`]: the time, the local calendar and new ids;
//! - [`device`]: the device's own small choices (language, idle lock, which app starts).

#[cfg(feature = "professional")]
mod backup;
pub mod clock;
#[cfg(feature = "professional")]
mod colleague;
pub mod device;
mod family;
mod handover;
mod monitoring;
pub mod passkey;
mod plan;
pub mod session;
pub mod start;

#[cfg(feature = "professional")]
pub use crate::storage::backup::BackupState;
#[cfg(feature = "professional")]
pub use backup::{MadeBackup, RestoreRefusal, Restored};
#[cfg(feature = "professional")]
pub use colleague::{CaseIn, CaseOut, CaseRefusal, Colleague, HandOverRefusal};
pub use handover::{Incoming, PairRefusal, Paired, ReceiveRefusal, ReceivedAnswers, SendRefusal};
pub use monitoring::VisitRecord;
pub use plan::{CodedExport, ImportRefusal};
pub use session::{lock_current, PasskeyOutcome, Session, Trashed};
pub use start::{Gate, Opened, Started};

pub use crate::storage::lock::Passkey;
pub use crate::storage::monitoring::{recorded_stamps, Monitoring};
pub use crate::storage::{cases::CaseSummary, Listing, StorageError};
