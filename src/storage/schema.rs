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
//! | `safe_people` | v1 | the person's id (UUID) | a `SafePerson` | none |

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

use super::StorageError;

/// App-level records, keyed by a fixed name.
pub const META: &str = "meta";
/// The young person's safe people, keyed by id.
pub const SAFE_PEOPLE: &str = "safe_people";
/// The key of the device profile in [`META`].
pub const DEVICE_KEY: &str = "device";

/// The name of the app's database in the browser.
pub const DB_NAME: &str = "veilig";

/// The schema versions, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Version {
    /// The walking skeleton: device profile and a young person's safe people.
    V1 = 1,
}

impl Version {
    /// The version this build writes.
    pub const CURRENT: Version = Version::V1;

    fn from_number(n: u32) -> Option<Version> {
        match n {
            1 => Some(Version::V1),
            _ => None,
        }
    }
}

/// Open `name`, running every upgrade step from its stored version up to
/// [`Version::CURRENT`].
pub async fn open_and_upgrade(
    name: &str,
    on_blocked: impl FnOnce() + 'static,
) -> Result<Database, StorageError> {
    let db = Database::open(name)
        .with_version(Version::CURRENT as u32)
        .with_on_blocked(move |_| {
            on_blocked();
            Ok(())
        })
        .with_on_upgrade_needed(|event, db| {
            let old = event.old_version() as u32;
            for n in (old + 1)..=(Version::CURRENT as u32) {
                match Version::from_number(n) {
                    Some(Version::V1) => upgrade_to_v1(&db)?,
                    // Every number up to CURRENT is a version; nothing to do otherwise.
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
