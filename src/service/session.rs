//! The open database and who writes through it, and this session's trash.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;

use crate::domain::monitoring::Removal;
use crate::domain::{Author, Id};
use crate::storage::monitoring::Removed;
use crate::storage::{Db, StorageError};

use super::clock;

thread_local! {
    /// The open database, so that "Snel weg" and the lock can drop its key from anywhere.
    static CURRENT: RefCell<Option<Db>> = const { RefCell::new(None) };
}

/// Call `on_changed` when another tab of Veilig changes the secret (this tab's key is then
/// the old one). Dropping the listener stops it.
pub fn on_secret_changed_elsewhere(
    on_changed: impl Fn() + 'static,
) -> Option<gloo::events::EventListener> {
    crate::storage::lock::on_secret_changed_elsewhere(on_changed)
}

/// Drop the key of the open database from memory (locking it).
pub fn lock_current() {
    CURRENT.with(|c| {
        if let Some(db) = c.borrow().as_ref() {
            db.lock();
        }
    });
}

/// An open, unlocked database and the author stamped on every change made through it.
#[derive(Clone, Debug)]
pub struct Session(Rc<SessionInner>);

#[derive(Debug)]
struct SessionInner {
    db: Rc<Db>,
    author: Author,
    trash: Rc<RefCell<Vec<Trashed>>>,
}

/// Something deleted or thrown away in this session, which can still be put back. Only in
/// memory: locking reloads the page, and then it is gone for good.
#[derive(Debug, Clone)]
pub struct Trashed {
    /// Tells one trashed thing from another (an id made on the device).
    pub id: Id,
    pub family: Id,
    pub what: Removal,
    /// The day of the visit or evaluation, to name it.
    pub on: NaiveDate,
    pub removed: Rc<Removed>,
}

impl Session {
    /// A session over `db`, writing as `author`.
    pub fn new(db: Db, author: Author) -> Self {
        CURRENT.with(|c| *c.borrow_mut() = Some(db.clone()));
        Session(Rc::new(SessionInner {
            db: Rc::new(db),
            author,
            trash: Rc::default(),
        }))
    }

    /// The same database, writing as `author` (after the device's role changed).
    pub fn with_author(&self, author: Author) -> Self {
        Session(Rc::new(SessionInner {
            db: self.0.db.clone(),
            author,
            trash: self.0.trash.clone(),
        }))
    }

    /// Erase everything of Veilig on this device: the database, local and session storage,
    /// the caches and the service worker. The session is useless afterwards.
    pub async fn erase_everything(&self) {
        crate::storage::wipe::everything(self.0.db.as_ref().clone()).await;
    }

    /// The database, for the services only.
    pub(super) fn db(&self) -> &Db {
        &self.0.db
    }

    /// Who changes are stamped with.
    pub fn author(&self) -> Author {
        self.0.author
    }

    /// Keep what was just deleted, so it can be put back.
    pub(super) fn trash(&self, family: Id, what: Removal, on: NaiveDate, removed: Removed) {
        self.0.trash.borrow_mut().push(Trashed {
            id: clock::new_id(),
            family,
            what,
            on,
            removed: Rc::new(removed),
        });
    }

    /// What was deleted from `family` in this session, newest first.
    pub fn trashed(&self, family: Id) -> Vec<Trashed> {
        let trash = self.0.trash.borrow();
        trash
            .iter()
            .rev()
            .filter(|t| t.family == family)
            .cloned()
            .collect()
    }

    /// Put a trashed thing back in storage, and take it out of the trash.
    pub async fn restore(&self, id: Id) -> Result<(), StorageError> {
        let found = self.0.trash.borrow().iter().find(|t| t.id == id).cloned();
        if let Some(trashed) = found {
            self.db().restore(&trashed.removed).await?;
            self.0.trash.borrow_mut().retain(|t| t.id != id);
        }
        Ok(())
    }

    /// Whether `secret` is this device's secret (the app stays unlocked either way).
    pub fn check_secret<'a>(
        &'a self,
        secret: &'a str,
    ) -> impl std::future::Future<Output = Result<bool, StorageError>> + 'a {
        self.db().check_secret(secret)
    }

    /// Change the secret after checking the current one: `Ok(false)` when `current` is
    /// wrong (nothing changes). Everything is re-encrypted in one transaction.
    pub async fn change_secret(&self, current: &str, new: &str) -> Result<bool, StorageError> {
        change_secret(self.db(), current, new).await
    }
}

/// What turning the phone's lock on or off came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyOutcome {
    Done,
    /// The code given is not this device's code: nothing changed.
    WrongCode,
    /// The phone did not give its secret: nothing changed.
    Phone(super::passkey::PasskeyError),
}

impl Session {
    /// Whether the phone's lock is on for this device.
    pub async fn passkey_on(&self) -> Result<bool, StorageError> {
        Ok(self.db().passkey().await?.is_some())
    }

    /// Turn the phone's lock on: check the code, make a credential on the phone, ask it for
    /// its secret, and re-encrypt everything with the code and that secret. Veilig's other
    /// tabs lock (their key is the old one).
    pub async fn turn_passkey_on(&self, current: &str) -> Result<PasskeyOutcome, StorageError> {
        use super::passkey;
        if !self.db().check_secret(current).await? {
            return Ok(PasskeyOutcome::WrongCode);
        }
        let credential = match passkey::create().await {
            Ok(id) => id,
            Err(e) => return Ok(PasskeyOutcome::Phone(e)),
        };
        let salt = crate::storage::crypto::random_bytes(32)?;
        let factor = match passkey::secret(&credential, &salt).await {
            Ok(secret) => secret,
            Err(e) => return Ok(PasskeyOutcome::Phone(e)),
        };
        let key = crate::storage::lock::Passkey { credential, salt };
        self.db().set_passkey(current, Some((key, factor))).await?;
        crate::storage::lock::tell_other_tabs_secret_changed();
        Ok(PasskeyOutcome::Done)
    }

    /// Turn the phone's lock off: from then on the code alone opens the device.
    pub async fn turn_passkey_off(&self, current: &str) -> Result<PasskeyOutcome, StorageError> {
        if !self.db().check_secret(current).await? {
            return Ok(PasskeyOutcome::WrongCode);
        }
        self.db().set_passkey(current, None).await?;
        crate::storage::lock::tell_other_tabs_secret_changed();
        Ok(PasskeyOutcome::Done)
    }
}

/// Change the secret of an unlocked database after checking the current one (`Ok(false)`
/// when it is wrong), and lock Veilig's other tabs.
pub(super) async fn change_secret(db: &Db, current: &str, new: &str) -> Result<bool, StorageError> {
    if !db.check_secret(current).await? {
        return Ok(false);
    }
    db.set_secret(new).await?;
    // Every other tab still holds the old key: a write from there would be sealed with it
    // and unreadable from now on. They lock at once.
    crate::storage::lock::tell_other_tabs_secret_changed();
    Ok(true)
}

/// Two handles are equal when they share the same connection.
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
