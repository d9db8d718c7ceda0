//! The plan's use cases: the caseload, a family's case, saving and agreeing the plan,
//! importing a family's file, and the fictional example family.

use crate::domain::demo::demo_case;
use crate::domain::export::{import, ImportError};
use crate::domain::{merge, Case, Family, Id, Language, SafetyPlan};
use crate::storage::cases::CaseSummary;
use crate::storage::{Listing, StorageError};

use super::{clock, Session};

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportRefusal {
    /// The file itself: not a plan file, from a newer release, inconsistent.
    File(ImportError),
    /// Storing it failed; nothing changed.
    Storage(StorageError),
}

impl Session {
    /// Every family with the working copy of its plan.
    pub fn cases<'a>(
        &'a self,
    ) -> impl std::future::Future<Output = Result<Listing<CaseSummary>, StorageError>> + 'a {
        self.db().cases()
    }

    /// One family's case with its agreed revisions, if it exists.
    pub fn case<'a>(
        &'a self,
        family: Id,
    ) -> impl std::future::Future<Output = Result<Option<Case>, StorageError>> + 'a {
        self.db().case(family)
    }

    /// Store a family (with its people) and its plan's working copy.
    pub fn save_case<'a>(
        &'a self,
        family: &'a Family,
        plan: &'a SafetyPlan,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().save_case(family, plan)
    }

    /// Store the working copy, then add the agreed revision to the history.
    pub async fn agree(
        &self,
        family: &Family,
        plan: &SafetyPlan,
        agreed: &SafetyPlan,
    ) -> Result<(), StorageError> {
        self.db().save_case(family, plan).await?;
        self.db().record_agreement(agreed).await
    }

    /// Read a family's file and merge it with what is stored, in one transaction; a
    /// refused file changes nothing.
    pub async fn import_case(&self, bytes: &[u8]) -> Result<Case, ImportRefusal> {
        let file = import(bytes).map_err(ImportRefusal::File)?;
        let stored = self
            .db()
            .case(file.family.id)
            .await
            .map_err(ImportRefusal::Storage)?;
        let case = merge(stored, file.into());
        self.db()
            .put_case(&case)
            .await
            .map_err(ImportRefusal::Storage)?;
        Ok(case)
    }

    /// Store the fictional example family, written in `language`, and return its id.
    pub async fn store_demo(&self, language: Language) -> Result<Id, StorageError> {
        let (family, plan) = demo_case(
            clock::new_id,
            language,
            self.author(),
            clock::now(),
            clock::today(),
        );
        self.save_case(&family, &plan).await.map(|()| family.id)
    }
}
