//! The database schema: store names, versions, and the one upgrade path through them.
//!
//! Every version is a step in [`open_and_upgrade`]; opening an old database runs every step
//! from its version to [`Version::CURRENT`] in order, inside the browser's upgrade
//! transaction, so an upgrade either completes as a whole or leaves the old database as it
//! was. A step is never changed once released: a new schema is a new step.
//!
//! Stores (all keys are out-of-line strings; all values are [`codec`](super::codec) output):
//!
//! | store | since | key | value | indexes |
//! |---|---|---|---|---|
//! | `meta` | v1 | a fixed name, e.g. `"device"` | app-level records such as the device profile | none |
//! | `safe_people` | v1 | the person's id (UUID) | a `SafePerson` (the young person's own list) | none |
//! | `families` | v2 | the family id | the family without its people | none |
//! | `people` | v2 | `{family id}/{person id}` | a `Person` | none |
//! | `plan_drafts` | v2 | the family id | the working copy of the `SafetyPlan` | none |
//! | `plan_revisions` | v2 | `{family id}/{revision, 10 digits}` | an agreed `SafetyPlan`, never changed | none |
//! | `check_ins` | v3 | `{milliseconds since 1970, 15 digits}/{id}` | a young person's `CheckIn` | none |
//! | `acknowledgements` | v3 | `{family id}/{revision, 10 digits}/{parent id or device id}` | an `Acknowledgement` | none |
//! | `visits` | v4 | `{family id}/{visit id}/{version, 10 digits}` | one recorded version of a `Visit`, never changed | none |
//! | `evaluations` | v4 | `{family id}/{evaluation id}` | a recorded `Evaluation`, never changed | none |
//! | `monitoring_drafts` | v4 | `{family id}/{visit or evaluation id}` | the working copy of a visit or evaluation being typed | none |
//! | `deletions` | v4 | `{family id}/{visit id}` | a `Tombstone`: the visit was deleted, by whom and when | none |
//!
//! Keys that start with the family id let one key range read everything of one family.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

use super::StorageError;

/// App-level records, keyed by a fixed name.
pub const META: &str = "meta";
/// The young person's safe people, keyed by id.
pub const SAFE_PEOPLE: &str = "safe_people";
/// Family cases (without their people), keyed by family id.
pub const FAMILIES: &str = "families";
/// Everyone in a family's case, keyed `{family}/{person}`.
pub const PEOPLE: &str = "people";
/// The working copy of each family's plan, keyed by family id.
pub const PLAN_DRAFTS: &str = "plan_drafts";
/// Agreed plan revisions, keyed `{family}/{revision:010}`; written once, never changed.
pub const PLAN_REVISIONS: &str = "plan_revisions";
/// The key of the device profile in [`META`].
pub const DEVICE_KEY: &str = "device";
/// The key of the device's [`DeviceSetup`](crate::domain::DeviceSetup) in [`META`].
pub const SETUP_KEY: &str = "setup";
/// A young person's check-ins: "Hoe veilig voel ik me?".
pub const CHECK_INS: &str = "check_ins";
/// Parents' acknowledgements of agreed revisions.
pub const ACKNOWLEDGEMENTS: &str = "acknowledgements";
/// Recorded versions of home visits, keyed `{family}/{visit}/{version:010}`; written once.
pub const VISITS: &str = "visits";
/// Recorded evaluations, keyed `{family}/{evaluation}`; written once.
pub const EVALUATIONS: &str = "evaluations";
/// Working copies of visits and evaluations while they are typed, keyed `{family}/{id}`.
pub const MONITORING_DRAFTS: &str = "monitoring_drafts";
/// Deleted visits, keyed `{family}/{visit}`: a tombstone so a merge cannot bring them back.
pub const DELETIONS: &str = "deletions";

/// Every store, each of whose values passes the codec (the lock record in `meta` aside).
/// Setting or changing the secret re-encrypts all of them: a new store must be listed here.
pub const DATA_STORES: [&str; 12] = [
    META,
    SAFE_PEOPLE,
    FAMILIES,
    PEOPLE,
    PLAN_DRAFTS,
    PLAN_REVISIONS,
    CHECK_INS,
    ACKNOWLEDGEMENTS,
    VISITS,
    EVALUATIONS,
    MONITORING_DRAFTS,
    DELETIONS,
];

/// The name of the app's database in the browser.
pub const DB_NAME: &str = "veilig";

/// The schema versions, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Version {
    /// The walking skeleton: device profile and a young person's safe people.
    V1 = 1,
    /// The whole plan: families, their people, plan drafts and agreed revisions. The v1
    /// stores are kept as they are, so no record moves.
    V2 = 2,
    /// The family's side: a young person's check-ins and parents' acknowledgements. The
    /// device setup lives in `meta`, which needs no new store.
    V3 = 3,
    /// Monitoring: recorded visits (every version), evaluations, their working copies, and
    /// tombstones of deleted visits. Earlier stores untouched.
    V4 = 4,
}

impl Version {
    /// The version this build writes.
    pub const CURRENT: Version = Version::V4;

    fn from_number(n: u32) -> Option<Version> {
        match n {
            1 => Some(Version::V1),
            2 => Some(Version::V2),
            3 => Some(Version::V3),
            4 => Some(Version::V4),
            _ => None,
        }
    }
}

/// Open `name`, running every upgrade step from its stored version up to `target`
/// (the app always asks for [`Version::CURRENT`]; tests ask for older versions to build the
/// databases that earlier releases left behind).
pub async fn open_and_upgrade(
    name: &str,
    target: Version,
    on_blocked: impl FnOnce() + 'static,
) -> Result<Database, StorageError> {
    let db = Database::open(name)
        .with_version(target as u32)
        .with_on_blocked(move |_| {
            on_blocked();
            Ok(())
        })
        .with_on_upgrade_needed(move |event, db| {
            let old = event.old_version() as u32;
            for n in (old + 1)..=(target as u32) {
                match Version::from_number(n) {
                    Some(Version::V1) => upgrade_to_v1(&db)?,
                    Some(Version::V2) => upgrade_to_v2(&db)?,
                    Some(Version::V3) => upgrade_to_v3(&db)?,
                    Some(Version::V4) => upgrade_to_v4(&db)?,
                    // Every number up to the target is a version; nothing to do otherwise.
                    None => {}
                }
            }
            Ok(())
        })
        .await?;
    Ok(db)
}

fn upgrade_to_v1(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(META).build()?;
    db.create_object_store(SAFE_PEOPLE).build()?;
    Ok(())
}

fn upgrade_to_v2(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(FAMILIES).build()?;
    db.create_object_store(PEOPLE).build()?;
    db.create_object_store(PLAN_DRAFTS).build()?;
    db.create_object_store(PLAN_REVISIONS).build()?;
    Ok(())
}

fn upgrade_to_v3(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(CHECK_INS).build()?;
    db.create_object_store(ACKNOWLEDGEMENTS).build()?;
    Ok(())
}

fn upgrade_to_v4(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(VISITS).build()?;
    db.create_object_store(EVALUATIONS).build()?;
    db.create_object_store(MONITORING_DRAFTS).build()?;
    db.create_object_store(DELETIONS).build()?;
    Ok(())
}
