//! Starting the app: open the database, find out whether it is locked, unlock it, and load
//! what the first screen shows.

use crate::domain::package::View;
use crate::domain::{Author, Case, DeviceProfile, DeviceSetup, Role, SafePerson};
use crate::storage::schema::DB_NAME;
use crate::storage::{Db, Listing, StorageError};

use super::{clock, Session};

/// The database before a secret is given: all that can be done is set the first secret,
/// unlock, or erase everything.
#[derive(Debug, Clone, PartialEq)]
pub struct Gate(Db);

/// What opening found.
pub enum Opened {
    /// No secret on this device yet: one must be chosen (it encrypts anything stored).
    NeedsSecret(Gate),
    /// A secret is set; nothing is read until it is given.
    Locked(Gate),
}

/// Open the app's database. `on_blocked` is called while another tab holds an older
/// connection; `on_version_change` when another tab upgrades it (this one must reload).
pub async fn open(
    on_blocked: impl FnOnce() + 'static,
    on_version_change: impl FnOnce() + 'static,
) -> Result<Opened, StorageError> {
    let db = Db::open(DB_NAME, on_blocked).await?;
    db.on_version_change(on_version_change);
    Ok(if db.has_secret().await? {
        Opened::Locked(Gate(db))
    } else {
        Opened::NeedsSecret(Gate(db))
    })
}

impl Gate {
    /// A gate over a database opened elsewhere (tests).
    pub fn new(db: Db) -> Gate {
        Gate(db)
    }

    /// Set the first secret: everything stored so far is encrypted with it.
    pub fn set_secret<'a>(
        &'a self,
        secret: &'a str,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.0.set_secret(secret)
    }

    /// Try `secret`: `Ok(true)` unlocks, `Ok(false)` is a wrong secret.
    pub fn unlock<'a>(
        &'a self,
        secret: &'a str,
    ) -> impl std::future::Future<Output = Result<bool, StorageError>> + 'a {
        self.0.unlock(secret)
    }

    /// The phone's lock, if it is on: its secret must be asked before the code is tried.
    pub async fn passkey(&self) -> Result<Option<crate::storage::lock::Passkey>, StorageError> {
        self.0.passkey().await
    }

    /// Try `secret` with the phone's lock's secret (where that lock is on).
    pub fn unlock_with<'a>(
        &'a self,
        secret: &'a str,
        factor: Option<&'a [u8]>,
    ) -> impl std::future::Future<Output = Result<bool, StorageError>> + 'a {
        self.0.unlock_with(secret, factor)
    }

    /// Once unlocked: the key and the phone's lock's secret, for the family's home.
    pub fn unlocked_key(&self) -> Option<(web_sys::CryptoKey, Option<Vec<u8>>)> {
        self.0.unlocked_key()
    }

    /// Drop the key from this gate's memory (the family's door, once it handed it over).
    pub fn lock(&self) {
        self.0.lock();
    }

    /// Close this gate's connection to the database (the family's door, once it handed
    /// over: the home opens its own).
    pub fn close(&self) {
        self.0.clone().close();
    }

    /// Unlock with a key the lock screen of this page handed over: `Ok(false)` if it does
    /// not open this device's data.
    pub async fn adopt_key(
        &self,
        key: web_sys::CryptoKey,
        factor: Option<Vec<u8>>,
    ) -> Result<bool, StorageError> {
        self.0.adopt_key(key, factor).await
    }

    /// Right after unlocking, change the secret (a professional's too-short code):
    /// `Ok(false)` when `current` is not the secret (nothing changes).
    pub async fn change_secret(&self, current: &str, new: &str) -> Result<bool, StorageError> {
        super::session::change_secret(&self.0, current, new).await
    }

    /// Unlocked: the session and what the first screen needs.
    pub async fn start(&self) -> Result<Started, StorageError> {
        start(self.0.clone()).await
    }

    /// What erasing would lose, as far as it can be known while locked: the number of
    /// recorded visits, and when the last backup was made (0 and `None` on a family's phone).
    pub async fn at_stake(&self) -> (usize, Option<chrono::DateTime<chrono::Utc>>) {
        (
            self.0.recorded_visits().await.unwrap_or_default(),
            crate::storage::prefs::last_backup(),
        )
    }

    /// Erase everything of Veilig on this device (the database and the remembered
    /// choices), then start again.
    pub async fn erase(&self) {
        crate::storage::wipe::data(self.0.clone()).await;
        let _ = gloo::utils::window().location().reload();
    }
}

/// What the first screen needs: the session, the young person's own list, who uses the
/// device and the family case it follows.
#[derive(Clone, PartialEq)]
pub struct Started {
    pub session: Session,
    pub people: Listing<SafePerson>,
    pub setup: Option<DeviceSetup>,
    pub case: Option<Case>,
    /// What the family member's screens show of the plan.
    pub view: Option<View>,
    /// Who uses the device, the case or the plan could not be read (a record damaged or
    /// written behind the app's back): the app starts with what it can read and says so.
    pub damaged: bool,
}

/// A record that cannot be decoded counts as missing (and `damaged` says so); any other
/// storage error stops the start.
fn readable<T>(
    read: Result<Option<T>, StorageError>,
    damaged: &mut bool,
) -> Result<Option<T>, StorageError> {
    match read {
        Err(StorageError::Corrupt(_)) => {
            *damaged = true;
            Ok(None)
        }
        other => other,
    }
}

/// Start with what can be read: one damaged record must not lock a family out of its help
/// lines and own safe people (issue 15). The damaged record stays where it is.
async fn start(db: Db) -> Result<Started, StorageError> {
    let candidate = DeviceProfile {
        device: clock::new_id(),
        created_at: clock::now(),
    };
    let profile = db.device_profile_or(candidate).await?;
    let people = db.safe_people().await?;
    let mut damaged = false;
    let setup = readable(db.setup().await, &mut damaged)?;
    let case = match setup.as_ref().and_then(|s| s.family) {
        Some(family) => readable(db.case(family).await, &mut damaged)?,
        None => None,
    };
    let author = Author {
        device: profile.device,
        role: setup.as_ref().map_or(Role::YoungPerson, |s| s.role),
    };
    let session = Session::new(db, author);
    let view = readable(
        session.current_view(setup.as_ref(), case.as_ref()).await,
        &mut damaged,
    )?;
    Ok(Started {
        session,
        people,
        setup,
        case,
        view,
        damaged,
    })
}
