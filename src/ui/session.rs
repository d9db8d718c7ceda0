//! The open database and who is writing, handed to the screens that save.

use std::rc::Rc;

use crate::domain::Author;
use crate::storage::Db;

/// An open database and the author stamped on every change made through it.
#[derive(Clone, Debug)]
pub struct Session(Rc<SessionInner>);

#[derive(Debug)]
struct SessionInner {
    db: Db,
    author: Author,
}

impl Session {
    /// A session over `db`, writing as `author`.
    pub fn new(db: Db, author: Author) -> Self {
        Session(Rc::new(SessionInner { db, author }))
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

/// Two handles are equal when they share the same connection.
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
