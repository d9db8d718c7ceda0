//! The domain: what a safety plan is made of, and the rules it keeps.
//!
//! Pure Rust with serde and chrono only. Nothing here knows a browser exists: time and
//! randomness come in as arguments, so every rule can be tested natively and reused by a
//! future sync server or command-line tool.

#[cfg(feature = "professional")]
pub mod backup;
pub mod case;
pub mod coded_file;
pub mod demo;
pub mod education;
pub mod envelope;
pub mod evaluation;
pub mod export;
pub mod family;
pub mod help_line;
pub mod home;
pub mod id;
pub mod language;
pub mod monitoring;
pub mod package;
pub mod pairing;
pub mod phone;
pub mod plan;
pub mod record;
pub mod safe_person;
pub mod score;
pub mod secret;
pub mod visit;

pub use case::{merge, Case};
pub use education::{Lesson, Topic};
pub use family::{
    age_on, AgeBand, Family, Person, PersonDraft, PersonField, PersonKind, PersonProblem,
};
pub use help_line::{help_lines_for, HelpLine, HelpLineKind, HELP_LINES};
pub use home::{Acknowledgement, CheckIn, CheckInProblem, DateNotice, DeviceSetup, Step};
pub use id::Id;
pub use language::Language;
pub use phone::{PhoneError, PhoneNumber};
pub use plan::{
    Agreement, Approval, CaseStatus, ChildProblem, Coordinator, DangerStatement, Development,
    Explanation, Factor, FactorArea, GoalArea, GoalStatus, HelpGoal, Intervention, NetworkRole,
    Period, PlanPart, PlanProblem, PlanStatus, Recognition, SafePeopleOf, SafetyGoal, SafetyPlan,
    Situation,
};
pub use record::{Author, DeviceProfile, RecordMeta, Role, Tombstone};
pub use safe_person::{SafePerson, SafePersonDraft, SafePersonField, SafePersonProblem};
pub use score::SafetyScore;
