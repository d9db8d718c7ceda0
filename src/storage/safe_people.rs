//! The young person's safe people.

use super::schema::SAFE_PEOPLE;
use super::{Db, Listing, StorageError};
use crate::domain::{Id, SafePerson};

impl Db {
    /// Every stored safe person, in no particular order.
    pub async fn safe_people(&self) -> Result<Listing<SafePerson>, StorageError> {
        self.list_records(SAFE_PEOPLE).await
    }

    /// One safe person by id.
    pub async fn safe_person(&self, id: Id) -> Result<Option<SafePerson>, StorageError> {
        self.get_record(SAFE_PEOPLE, &id.to_string()).await
    }

    /// Store a new or changed safe person.
    pub async fn put_safe_person(&self, person: &SafePerson) -> Result<(), StorageError> {
        self.put_record(SAFE_PEOPLE, &person.id.to_string(), person)
            .await
    }

    /// Remove a safe person. Removing one that is not there is not an error.
    pub async fn delete_safe_person(&self, id: Id) -> Result<(), StorageError> {
        self.delete_record(SAFE_PEOPLE, &id.to_string()).await
    }
}
