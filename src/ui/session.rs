//! The open database and who is writing, handed to the screens that save.

use std::rc::Rc;

use crate::domain::demo::demo_case;
use crate::domain::{Author, Id, Language};
use crate::storage::{Db, StorageError};
use crate::ui::env;

thread_local! {
    /// The open database, so that "Snel weg" and the lock can drop its key from anywhere.
    static CURRENT: std::cell::RefCell<Option<Db>> = const { std::cell::RefCell::new(None) };
}

/// Drop the key of the open database from memory (locking it).
pub fn lock_current() {
    CURRENT.with(|c| {
        if let Some(db) = c.borrow().as_ref() {
            db.lock();
        }
    });
}

/// An open database and the author stamped on every change made through it.
#[derive(Clone, Debug)]
pub struct Session(Rc<SessionInner>);

#[derive(Debug)]
struct SessionInner {
    db: Rc<Db>,
    author: Author,
}

impl Session {
    /// A session over `db`, writing as `author`.
    pub fn new(db: Db, author: Author) -> Self {
        CURRENT.with(|c| *c.borrow_mut() = Some(db.clone()));
        Session(Rc::new(SessionInner {
            db: Rc::new(db),
            author,
        }))
    }

    /// The same database, writing as `author` (after the device's role changed).
    pub fn with_author(&self, author: Author) -> Self {
        Session(Rc::new(SessionInner {
            db: self.0.db.clone(),
            author,
        }))
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.0.db
    }

    /// Who changes are stamped with.
    pub fn author(&self) -> Author {
        self.0.author
    }
}

impl Session {
    /// Store the fictional example family, written in `language`, and return its id.
    pub async fn store_demo(&self, language: Language) -> Result<Id, StorageError> {
        let (family, plan) = demo_case(
            env::new_id,
            language,
            self.author(),
            env::now(),
            env::today(),
        );
        self.db()
            .save_case(&family, &plan)
            .await
            .map(|()| family.id)
    }
}

/// Two handles are equal when they share the same connection.
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
