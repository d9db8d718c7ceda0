//! Monitoring's use cases: starting a visit, its working copy and recording, corrections,
//! evaluations, and deleting with undo while the app is open.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};

use crate::domain::evaluation::Evaluation;
use crate::domain::home::current_plan;
use crate::domain::monitoring::Removal;
use crate::domain::visit::Visit;
#[cfg(feature = "professional")]
use crate::domain::SafetyPlan;
use crate::domain::{Case, Id, RecordMeta, Tombstone};
use crate::storage::monitoring::Monitoring;
use crate::storage::StorageError;

use super::{clock, Session};

/// A visit as its screen shows it.
#[derive(Clone, PartialEq)]
pub struct VisitRecord {
    pub case: Case,
    /// The working copy, while the visit is written or corrected.
    pub draft: Option<Visit>,
    /// Every recorded version, oldest first.
    pub versions: Vec<Visit>,
}

impl Session {
    /// How many visits are recorded on this device.
    pub fn recorded_visits(
        &self,
    ) -> impl std::future::Future<Output = Result<usize, StorageError>> + '_ {
        self.db().recorded_visits()
    }

    /// Everything recorded about monitoring `family`.
    pub fn monitoring<'a>(
        &'a self,
        family: Id,
    ) -> impl std::future::Future<Output = Result<Monitoring, StorageError>> + 'a {
        self.db().monitoring(family)
    }

    /// A family's case with its monitoring, if the family exists.
    pub async fn case_with_monitoring(
        &self,
        family: Id,
    ) -> Result<Option<(Case, Monitoring)>, StorageError> {
        let Some(case) = self.db().case(family).await? else {
            return Ok(None);
        };
        Ok(Some((case, self.db().monitoring(family).await?)))
    }

    /// Monitoring of every family, and how many records could not be read.
    pub fn all_monitoring<'a>(
        &'a self,
    ) -> impl std::future::Future<Output = Result<(BTreeMap<Id, Monitoring>, usize), StorageError>> + 'a
    {
        self.db().all_monitoring()
    }

    /// Open the new visit being written for `family`, or start one from the plan the
    /// family lives by and the visits before it, stored at once as a working copy. Returns
    /// the visit's id; `None` when the family is not there.
    pub async fn start_visit(&self, family: Id) -> Result<Option<Id>, StorageError> {
        let monitoring = self.db().monitoring(family).await?;
        if let Some(visit) = monitoring.new_visit() {
            return Ok(Some(visit.id));
        }
        let Some(case) = self.db().case(family).await? else {
            return Ok(None);
        };
        let visit = Visit::start(
            clock::new_id(),
            current_plan(&case.plan, &case.revisions),
            &monitoring.visits,
            clock::local_now(),
            RecordMeta::new(self.author(), clock::now()),
        );
        self.db().save_visit_draft(&visit).await?;
        Ok(Some(visit.id))
    }

    /// One visit of a family: its case, working copy and recorded versions.
    pub async fn visit(&self, family: Id, visit: Id) -> Result<Option<VisitRecord>, StorageError> {
        let Some((case, monitoring)) = self.case_with_monitoring(family).await? else {
            return Ok(None);
        };
        let versions = self.db().visit_versions(family, visit).await?.items;
        Ok(Some(VisitRecord {
            case,
            draft: monitoring.draft_of(visit).cloned(),
            versions,
        }))
    }

    /// Keep the working copy of a visit (the autosave while typing, or a correction
    /// starting from the latest version).
    pub fn save_visit_draft<'a>(
        &'a self,
        visit: &'a Visit,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().save_visit_draft(visit)
    }

    /// Record a version of a visit and let go of its working copy.
    pub fn record_visit<'a>(
        &'a self,
        visit: &'a Visit,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().record_visit(visit)
    }

    /// The case, its monitoring, and the evaluation being written or a new one.
    pub async fn evaluation(
        &self,
        family: Id,
    ) -> Result<Option<(Case, Monitoring, Evaluation)>, StorageError> {
        let Some((case, monitoring)) = self.case_with_monitoring(family).await? else {
            return Ok(None);
        };
        let draft = monitoring.evaluation_draft().cloned().unwrap_or_else(|| {
            let today = clock::today();
            let mut new = Evaluation::start(
                clock::new_id(),
                &case.plan,
                today,
                RecordMeta::new(self.author(), clock::now()),
            );
            new.next_evaluation = today.checked_add_months(Months::new(3));
            new
        });
        Ok(Some((case, monitoring, draft)))
    }

    /// Keep the working copy of an evaluation.
    pub fn save_evaluation_draft<'a>(
        &'a self,
        evaluation: &'a Evaluation,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().save_evaluation_draft(evaluation)
    }

    /// Record an evaluation; with "adjust the plan", the plan's new working copy too.
    #[cfg(feature = "professional")]
    pub fn record_evaluation<'a>(
        &'a self,
        evaluation: &'a Evaluation,
        adjusted_plan: Option<&'a SafetyPlan>,
    ) -> impl std::future::Future<Output = Result<(), StorageError>> + 'a {
        self.db().record_evaluation(evaluation, adjusted_plan)
    }

    /// Throw away a working copy (a new visit, a correction or an evaluation); it can be
    /// put back with [`Session::restore`] while the app is open.
    pub async fn discard_draft(
        &self,
        family: Id,
        id: Id,
        what: Removal,
        on: NaiveDate,
    ) -> Result<(), StorageError> {
        let removed = self.db().discard_draft(family, id).await?;
        self.trash(family, what, on, removed);
        Ok(())
    }

    /// Delete a recorded visit with every version, leaving a tombstone; it can be put back
    /// while the app is open.
    pub async fn delete_visit(&self, visit: &Visit) -> Result<(), StorageError> {
        let tombstone = Tombstone {
            id: visit.id,
            family: visit.family,
            meta: RecordMeta::new(self.author(), clock::now()),
        };
        let removed = self.db().delete_visit(&tombstone).await?;
        self.trash(visit.family, Removal::Visit, visit.at.date(), removed);
        Ok(())
    }
}
