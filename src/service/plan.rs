//! The plan's use cases: the caseload, a family's case, saving and agreeing the plan,
//! importing a family's file, and the fictional example family.

use crate::domain::coded_file::{self, CodeProblem};
use crate::domain::demo::demo_case;
use crate::domain::export::ImportError;
use crate::domain::{Case, Id, Language};
use crate::storage::cases::CaseSummary;
use crate::storage::{Listing, StorageError};
#[cfg(feature = "professional")]
use crate::{
    domain::coded_file::Kind,
    domain::export::{export, import, MAX_BYTES},
    domain::{merge, Family, SafetyPlan},
    storage::coded::{self, OpenProblem},
};

use super::{clock, Session};

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportRefusal {
    /// The file itself: not a plan file, from a newer release, inconsistent.
    File(ImportError),
    /// The file is locked with a code and none was given yet.
    NeedsCode,
    /// What was typed cannot be a code.
    Code(CodeProblem),
    /// The code does not open the file (or the file was changed).
    WrongCode,
    /// A locked file this release cannot read (newer, damaged).
    Coded(coded_file::FileProblem),
    /// Storing it failed; nothing changed.
    Storage(StorageError),
    /// The file is a professional's backup: it is restored elsewhere ("Back-up terugzetten").
    IsBackup,
}

/// A case locked for export, and the code that opens it (canonical symbols).
#[derive(Debug, Clone, PartialEq)]
pub struct CodedExport {
    pub bytes: Vec<u8>,
    pub code: String,
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
    #[cfg(feature = "professional")]
    pub fn save_case<'a>(
        &'a self,
        family: &'a Family,
        plan: &'a SafetyPlan,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().save_case(family, plan)
    }

    /// Store the working copy, then add the agreed revision to the history.
    #[cfg(feature = "professional")]
    pub async fn agree(
        &self,
        family: &Family,
        plan: &SafetyPlan,
        agreed: &SafetyPlan,
    ) -> Result<(), StorageError> {
        self.db().save_case(family, plan).await?;
        self.db().record_agreement(agreed).await
    }

    /// A family's case as a file locked with a new code (issue 13): never plain, never the
    /// device secret. Each export has its own code.
    #[cfg(feature = "professional")]
    pub async fn export_case(&self, case: &Case) -> Result<CodedExport, StorageError> {
        let code = coded::new_code()?;
        let text = export(&case.family, &case.plan, &case.revisions, clock::now());
        let bytes = coded::lock(Kind::Case, &code, text.as_bytes(), MAX_BYTES).await?;
        Ok(CodedExport { bytes, code })
    }

    /// Read a family's file and merge it with what is stored, in one transaction; a
    /// refused file changes nothing. A locked file needs its code; a plain file from an
    /// earlier release opens without one.
    #[cfg(feature = "professional")]
    pub async fn import_case(
        &self,
        bytes: &[u8],
        typed_code: Option<&str>,
    ) -> Result<Case, ImportRefusal> {
        let opened;
        let bytes = if coded_file::is_coded(bytes) {
            // A newer or damaged file is said so before a code is asked for.
            let (header, _) = coded_file::parse(bytes).map_err(ImportRefusal::Coded)?;
            if header.kind == Kind::Backup {
                return Err(ImportRefusal::IsBackup);
            }
            let code = coded_file::read_code(typed_code.ok_or(ImportRefusal::NeedsCode)?)
                .map_err(ImportRefusal::Code)?;
            opened = match coded::open(bytes, &code, MAX_BYTES).await {
                Ok((Kind::Case, plain)) => plain,
                Ok((Kind::Backup, _)) => return Err(ImportRefusal::IsBackup),
                Err(OpenProblem::File(problem)) => return Err(ImportRefusal::Coded(problem)),
                Err(OpenProblem::WrongCode) => return Err(ImportRefusal::WrongCode),
                Err(OpenProblem::Contents) => {
                    return Err(ImportRefusal::Coded(coded_file::FileProblem::Damaged))
                }
                Err(OpenProblem::Storage(e)) => return Err(ImportRefusal::Storage(e)),
            };
            &opened[..]
        } else {
            bytes
        };
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
        self.db().add_case(&family, &plan).await.map(|()| family.id)
    }
}
