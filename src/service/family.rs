//! The family's use cases: who uses the device, a young person's own safe people and
//! check-ins, and a parent's acknowledgements.

use crate::domain::{Acknowledgement, CheckIn, DeviceSetup, Id, SafePerson};
use crate::storage::{Listing, StorageError};

use super::Session;

impl Session {
    /// The young person's own safe people (in no particular order).
    pub fn safe_people<'a>(
        &'a self,
    ) -> impl std::future::Future<Output = Result<Listing<SafePerson>, StorageError>> + 'a {
        self.db().safe_people()
    }

    /// Store a new or changed safe person.
    pub fn put_safe_person<'a>(
        &'a self,
        person: &'a SafePerson,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().put_safe_person(person)
    }

    /// Remove a safe person.
    pub fn delete_safe_person<'a>(
        &'a self,
        id: Id,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().delete_safe_person(id)
    }

    /// Every check-in, oldest first.
    pub fn check_ins<'a>(
        &'a self,
    ) -> impl std::future::Future<Output = Result<Listing<CheckIn>, StorageError>> + 'a {
        self.db().check_ins()
    }

    /// Keep a check-in.
    pub fn add_check_in<'a>(
        &'a self,
        check_in: &'a CheckIn,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().add_check_in(check_in)
    }

    /// The acknowledgements of one family's plan.
    pub fn acknowledgements<'a>(
        &'a self,
        family: Id,
    ) -> impl std::future::Future<Output = Result<Listing<Acknowledgement>, StorageError>> + 'a
    {
        self.db().acknowledgements(family)
    }

    /// Record a parent's acknowledgement of an agreed revision.
    pub fn acknowledge<'a>(
        &'a self,
        ack: &'a Acknowledgement,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().acknowledge(ack)
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
