//! The family's use cases: who uses the device, a young person's own safe people and
//! check-ins, and a parent's acknowledgements.

use crate::domain::{Acknowledgement, CheckIn, DeviceSetup, Id, SafePerson};
use crate::storage::{Listing, StorageError};

use super::Session;

impl Session {
    /// The young person's own safe people (in no particular order).
    pub async fn safe_people(&self) -> Result<Listing<SafePerson>, StorageError> {
        self.db().safe_people().await
    }

    /// Store a new or changed safe person.
    pub async fn put_safe_person(&self, person: &SafePerson) -> Result<(), StorageError> {
        self.db().put_safe_person(person).await
    }

    /// Remove a safe person.
    pub async fn delete_safe_person(&self, id: Id) -> Result<(), StorageError> {
        self.db().delete_safe_person(id).await
    }

    /// Every check-in, oldest first.
    pub async fn check_ins(&self) -> Result<Listing<CheckIn>, StorageError> {
        self.db().check_ins().await
    }

    /// Keep a check-in.
    pub async fn add_check_in(&self, check_in: &CheckIn) -> Result<(), StorageError> {
        self.db().add_check_in(check_in).await
    }

    /// The acknowledgements of one family's plan.
    pub async fn acknowledgements(
        &self,
        family: Id,
    ) -> Result<Listing<Acknowledgement>, StorageError> {
        self.db().acknowledgements(family).await
    }

    /// Record a parent's acknowledgement of an agreed revision.
    pub async fn acknowledge(&self, ack: &Acknowledgement) -> Result<(), StorageError> {
        self.db().acknowledge(ack).await
    }

    /// Remember who uses this device, and return the case the setup follows (if any).
    pub async fn save_setup(
        &self,
        setup: &DeviceSetup,
    ) -> Result<Option<crate::domain::Case>, StorageError> {
        let case = match setup.family {
            Some(id) => self.db().case(id).await?,
            None => None,
        };
        self.db().save_setup(setup).await?;
        Ok(case)
    }
}
