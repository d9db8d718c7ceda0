//! The young person's safe people.

use super::{Db, Key, Listing, StorageError, Store};
use crate::domain::{Id, SafePerson};

impl Db {
    /// Every stored safe person, in no particular order.
    pub async fn safe_people(&self) -> Result<Listing<SafePerson>, StorageError> {
        self.list_records(Store::SafePeople).await
    }

    /// One safe person by id.
    pub async fn safe_person(&self, id: Id) -> Result<Option<SafePerson>, StorageError> {
        self.get_record(Store::SafePeople, &Key::id(id)).await
    }

    /// Store a new or changed safe person.
    pub async fn put_safe_person(&self, person: &SafePerson) -> Result<(), StorageError> {
        self.put_record(Store::SafePeople, &Key::id(person.id), person)
            .await
    }

    /// Remove a safe person. Removing one that is not there is not an error.
    pub async fn delete_safe_person(&self, id: Id) -> Result<(), StorageError> {
        self.delete_record(Store::SafePeople, &Key::id(id)).await
    }
}
