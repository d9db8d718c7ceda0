//! The database schema: versions, and the one upgrade path through them.
//!
//! Every version is a step in [`open_and_upgrade`]; opening an old database runs every step
//! from its version to [`Version::CURRENT`] in order, inside the browser's upgrade
//! transaction, so an upgrade either completes as a whole or leaves the old database as it
//! was. A step is never changed once released: a new schema is a new step. The stores, with
//! their keys and values, are listed in [`store`](super::store).

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

use super::store::Store;
use super::StorageError;

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
    /// The hand-over: the family members' phones a professional's device paired with.
    V5 = 5,
    /// The hand-over's family side and way back: the view a family member's phone received,
    /// the professionals it accepts plans from, and the check-ins shared with a professional.
    V6 = 6,
    /// A professional's backup (issue 16): the copies a merge kept aside.
    V7 = 7,
    /// No new store: records gained fields with defaults (issue 18: a plan's worries and
    /// safety goals, a visit's children, an evaluation's who took part, ...). The step is
    /// there so that a tab still running an older release, which would write those records
    /// without the new fields, is told to close (`versionchange`) before this one writes.
    V8 = 8,
}

impl Version {
    /// The version this build writes.
    pub const CURRENT: Version = Version::V8;

    /// Every version, oldest first.
    pub const ALL: [Version; 8] = [
        Version::V1,
        Version::V2,
        Version::V3,
        Version::V4,
        Version::V5,
        Version::V6,
        Version::V7,
        Version::V8,
    ];

    fn from_number(n: u32) -> Option<Version> {
        match n {
            1 => Some(Version::V1),
            2 => Some(Version::V2),
            3 => Some(Version::V3),
            4 => Some(Version::V4),
            5 => Some(Version::V5),
            6 => Some(Version::V6),
            7 => Some(Version::V7),
            8 => Some(Version::V8),
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
                // Steps so far only create stores; a step that moves data gets its own arm.
                if let Some(version) = Version::from_number(n) {
                    create_stores(&db, version)?;
                }
            }
            Ok(())
        })
        .await?;
    Ok(db)
}

/// Create the stores that `version` brought (see [`Store::since`]).
fn create_stores(db: &Database, version: Version) -> indexed_db_futures::Result<()> {
    for store in Store::created_in(version) {
        db.create_object_store(store.name()).build()?;
    }
    Ok(())
}
