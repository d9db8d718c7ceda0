//! Monitoring: home visits in every recorded version, evaluations, the working copies being
//! typed, and tombstones of deleted visits.
//!
//! Recorded versions and evaluations are written with `add`, never `put`: history only
//! grows. Recording moves a working copy into history in one transaction. Deleting a visit
//! removes all its versions and its working copy and leaves a tombstone, in one transaction;
//! what it removed comes back as [`Removed`], still sealed, so that it can be put back
//! while the app stays open.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::{
    add_raw, codec, decode_all, delete_raw, get_raw, object_store, prefix_range, put_raw,
    raw_entries, Db, Key, Listing, Prefix, RawEntry, StorageError, Store,
};
use crate::domain::evaluation::Evaluation;
use crate::domain::visit::{in_time_order, Visit};
#[cfg(feature = "professional")]
use crate::domain::SafetyPlan;
use crate::domain::{Id, Tombstone};
#[cfg(feature = "professional")]
use Store::PlanDrafts;
use Store::{Deletions, Evaluations, MonitoringDrafts, Visits};

/// A working copy as stored, saying which kind of record it is.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WorkingCopy {
    Visit(Box<Visit>),
    Evaluation(Evaluation),
}

/// Only the entry of the highest version of each visit. Keys sort by visit, then by the
/// zero-padded version, so the last entry of each visit is its latest.
fn latest_entries(entries: Vec<RawEntry>) -> Vec<RawEntry> {
    let visit_of = |key: &Key| {
        key.as_str()
            .rsplit_once('/')
            .map(|(visit, _)| visit.to_string())
    };
    let mut latest: Vec<RawEntry> = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        match latest.last_mut() {
            Some(last) if visit_of(&last.0) == visit_of(&key) => *last = (key, value),
            _ => latest.push((key, value)),
        }
    }
    latest
}

/// The stamps of every recorded visit (its latest version) and evaluation of these
/// families: what the backup's reminder and the erase warning count.
pub fn recorded_stamps(
    by_family: &BTreeMap<crate::domain::Id, Monitoring>,
) -> (
    Vec<crate::domain::RecordMeta>,
    Vec<crate::domain::RecordMeta>,
) {
    let visits = by_family
        .values()
        .flat_map(|m| m.visits.iter().map(|v| v.meta.clone()))
        .collect();
    let evaluations = by_family
        .values()
        .flat_map(|m| m.evaluations.iter().map(|e| e.meta.clone()))
        .collect();
    (visits, evaluations)
}

/// What is recorded about monitoring one family.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Monitoring {
    /// The latest version of every recorded visit, in time order (oldest first).
    pub visits: Vec<Visit>,
    /// Working copies: new visits being written, and corrections (by visit id).
    pub visit_drafts: Vec<Visit>,
    /// Recorded evaluations, oldest first.
    pub evaluations: Vec<Evaluation>,
    /// Evaluations being written.
    pub evaluation_drafts: Vec<Evaluation>,
    /// Records that could not be read; they stay stored.
    pub unreadable: usize,
}

impl Monitoring {
    /// The working copy of visit `id`, if one is being typed.
    pub fn draft_of(&self, id: Id) -> Option<&Visit> {
        self.visit_drafts.iter().find(|v| v.id == id)
    }

    /// The newest visit that is being written and was never recorded.
    pub fn new_visit(&self) -> Option<&Visit> {
        self.visit_drafts
            .iter()
            .filter(|v| !v.is_recorded())
            .max_by_key(|v| v.meta.created_at)
    }

    /// The newest evaluation being written.
    pub fn evaluation_draft(&self) -> Option<&Evaluation> {
        self.evaluation_drafts
            .iter()
            .max_by_key(|e| e.meta.created_at)
    }
}

/// What a deletion took away, exactly as it was stored (still sealed), so that it can be
/// put back in this session. It is never written anywhere and leaves memory with the page.
#[derive(Debug, Clone)]
pub struct Removed {
    entries: Vec<(Store, Key, JsValue)>,
    tombstone: Option<Key>,
}

impl Db {
    /// Raw entries of the monitoring stores (all, or one family's), the visits reduced to
    /// their latest versions.
    async fn monitoring_entries(
        &self,
        family: Option<&Prefix>,
    ) -> Result<[Vec<RawEntry>; 3], StorageError> {
        let tx = self.read([Visits, Evaluations, MonitoringDrafts])?;
        let visits = raw_entries(&object_store(&tx, Visits)?, family).await?;
        let evaluations = raw_entries(&object_store(&tx, Evaluations)?, family).await?;
        let drafts = raw_entries(&object_store(&tx, MonitoringDrafts)?, family).await?;
        drop(tx);
        Ok([latest_entries(visits), evaluations, drafts])
    }

    async fn decode_monitoring(&self, entries: [Vec<RawEntry>; 3]) -> Monitoring {
        let [visits, evaluations, drafts] = entries;
        let visits: Listing<Visit> = decode_all(&self.cipher, Visits, visits).await;
        let evaluations: Listing<Evaluation> =
            decode_all(&self.cipher, Evaluations, evaluations).await;
        let drafts: Listing<WorkingCopy> = decode_all(&self.cipher, MonitoringDrafts, drafts).await;
        let mut monitoring = Monitoring {
            visits: visits.items,
            evaluations: evaluations.items,
            unreadable: visits.unreadable + evaluations.unreadable + drafts.unreadable,
            ..Monitoring::default()
        };
        for draft in drafts.items {
            match draft {
                WorkingCopy::Visit(v) => monitoring.visit_drafts.push(*v),
                WorkingCopy::Evaluation(e) => monitoring.evaluation_drafts.push(e),
            }
        }
        in_time_order(&mut monitoring.visits);
        monitoring
            .evaluations
            .sort_by_key(|e| (e.on, e.meta.created_at));
        monitoring
    }

    /// How many visits are recorded on this device (each visit once, whatever its
    /// versions): read from the keys alone, so it can be counted while locked.
    pub async fn recorded_visits(&self) -> Result<usize, StorageError> {
        use indexed_db_futures::prelude::*;
        let tx = self.read([Visits])?;
        let keys: Vec<String> = object_store(&tx, Visits)?
            .get_all_keys::<String>()
            .primitive()?
            .await?
            .collect::<Result<_, _>>()?;
        let mut visits: Vec<&str> = keys
            .iter()
            .filter_map(|k| k.rsplit_once('/').map(|(visit, _)| visit))
            .collect();
        visits.dedup();
        Ok(visits.len())
    }

    /// Everything recorded about monitoring `family`.
    pub async fn monitoring(&self, family: Id) -> Result<Monitoring, StorageError> {
        let entries = self
            .monitoring_entries(Some(&Prefix::family(family)))
            .await?;
        Ok(self.decode_monitoring(entries).await)
    }

    /// Monitoring of every family (for the caseload's reminders), and how many records
    /// could not be read.
    pub async fn all_monitoring(&self) -> Result<(BTreeMap<Id, Monitoring>, usize), StorageError> {
        let all = self
            .decode_monitoring(self.monitoring_entries(None).await?)
            .await;
        let mut by_family: BTreeMap<Id, Monitoring> = BTreeMap::new();
        for v in all.visits {
            by_family.entry(v.family).or_default().visits.push(v);
        }
        for v in all.visit_drafts {
            by_family.entry(v.family).or_default().visit_drafts.push(v);
        }
        for e in all.evaluations {
            by_family.entry(e.family).or_default().evaluations.push(e);
        }
        for e in all.evaluation_drafts {
            by_family
                .entry(e.family)
                .or_default()
                .evaluation_drafts
                .push(e);
        }
        Ok((by_family, all.unreadable))
    }

    /// Every recorded version of one visit, oldest first.
    pub async fn visit_versions(
        &self,
        family: Id,
        visit: Id,
    ) -> Result<Listing<Visit>, StorageError> {
        self.list_prefixed(Visits, &Prefix::visit(family, visit))
            .await
    }

    /// Keep the working copy of a visit (the autosave while typing).
    pub async fn save_visit_draft(&self, visit: &Visit) -> Result<(), StorageError> {
        let key = Key::record(visit.family, visit.id);
        self.put_record(
            MonitoringDrafts,
            &key,
            &WorkingCopy::Visit(Box::new(visit.clone())),
        )
        .await
    }

    /// Keep the working copy of an evaluation.
    pub async fn save_evaluation_draft(&self, evaluation: &Evaluation) -> Result<(), StorageError> {
        let key = Key::record(evaluation.family, evaluation.id);
        self.put_record(
            MonitoringDrafts,
            &key,
            &WorkingCopy::Evaluation(evaluation.clone()),
        )
        .await
    }

    /// Record a version of a visit and let go of its working copy, in one transaction. A
    /// version that already exists is never overwritten: the write fails and the working
    /// copy stays.
    pub async fn record_visit(&self, visit: &Visit) -> Result<(), StorageError> {
        let key = Key::visit_version(visit.family, visit.id, visit.version);
        let value = codec::encode(&self.cipher, Visits, &key, visit).await?;
        let tx = self.write([Visits, MonitoringDrafts])?;
        add_raw(&object_store(&tx, Visits)?, &key, value).await?;
        delete_raw(
            &object_store(&tx, MonitoringDrafts)?,
            &Key::record(visit.family, visit.id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Record an evaluation and let go of its working copy; with "adjust the plan", store
    /// the plan's new working copy too. One transaction.
    #[cfg(feature = "professional")]
    pub async fn record_evaluation(
        &self,
        evaluation: &Evaluation,
        adjusted_plan: Option<&SafetyPlan>,
    ) -> Result<(), StorageError> {
        let key = Key::record(evaluation.family, evaluation.id);
        let value = codec::encode(&self.cipher, Evaluations, &key, evaluation).await?;
        let family = Key::id(evaluation.family);
        let plan = match adjusted_plan {
            Some(plan) => Some(codec::encode(&self.cipher, PlanDrafts, &family, plan).await?),
            None => None,
        };
        let tx = self.write([Evaluations, MonitoringDrafts, PlanDrafts])?;
        add_raw(&object_store(&tx, Evaluations)?, &key, value).await?;
        delete_raw(&object_store(&tx, MonitoringDrafts)?, &key).await?;
        if let Some(plan) = plan {
            put_raw(&object_store(&tx, PlanDrafts)?, &family, plan).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Throw away the working copy of a visit or evaluation (what was typed can be put back
    /// with [`Db::restore`] while the app is open).
    pub async fn discard_draft(&self, family: Id, id: Id) -> Result<Removed, StorageError> {
        let key = Key::record(family, id);
        let tx = self.write([MonitoringDrafts])?;
        let drafts = object_store(&tx, MonitoringDrafts)?;
        let raw = get_raw(&drafts, &key).await?;
        delete_raw(&drafts, &key).await?;
        tx.commit().await?;
        Ok(Removed {
            entries: raw
                .map(|raw| (MonitoringDrafts, key, raw))
                .into_iter()
                .collect(),
            tombstone: None,
        })
    }

    /// Delete a visit: every version and any working copy go, and `tombstone` says who
    /// deleted it and when. One transaction.
    pub async fn delete_visit(&self, tombstone: &Tombstone) -> Result<Removed, StorageError> {
        let key = Key::record(tombstone.family, tombstone.id);
        let prefix = Prefix::visit(tombstone.family, tombstone.id);
        let stone = codec::encode(&self.cipher, Deletions, &key, tombstone).await?;
        let tx = self.write([Visits, MonitoringDrafts, Deletions])?;
        let versions = object_store(&tx, Visits)?;
        let mut entries: Vec<(Store, Key, JsValue)> = raw_entries(&versions, Some(&prefix))
            .await?
            .into_iter()
            .map(|(k, v)| (Visits, k, v))
            .collect();
        versions.delete::<String, _>(prefix_range(&prefix)).await?;
        let drafts = object_store(&tx, MonitoringDrafts)?;
        if let Some(raw) = get_raw(&drafts, &key).await? {
            entries.push((MonitoringDrafts, key.clone(), raw));
            delete_raw(&drafts, &key).await?;
        }
        put_raw(&object_store(&tx, Deletions)?, &key, stone).await?;
        tx.commit().await?;
        Ok(Removed {
            entries,
            tombstone: Some(key),
        })
    }

    /// Put back what a deletion removed, exactly as it was, in one transaction. Versions
    /// are added, so a version written since then is never overwritten.
    pub async fn restore(&self, removed: &Removed) -> Result<(), StorageError> {
        let tx = self.write([Visits, MonitoringDrafts, Deletions])?;
        for (store, key, value) in &removed.entries {
            let store_handle = object_store(&tx, *store)?;
            if *store == Visits {
                add_raw(&store_handle, key, value.clone()).await?;
            } else {
                put_raw(&store_handle, key, value.clone()).await?;
            }
        }
        if let Some(key) = &removed.tombstone {
            delete_raw(&object_store(&tx, Deletions)?, key).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The tombstones of one family's deleted visits.
    pub async fn deletions(&self, family: Id) -> Result<Listing<Tombstone>, StorageError> {
        self.list_prefixed(Deletions, &Prefix::family(family)).await
    }
}
