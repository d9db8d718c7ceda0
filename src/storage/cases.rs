//! Family cases: the family, its people, the plan's working copy and its agreed revisions.
//!
//! A case is written in one transaction over all its stores, so a crash never leaves a
//! family without its people or plan. Agreed revisions are added, never overwritten.

use std::collections::BTreeMap;

#[cfg(feature = "professional")]
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::{
    add_raw, codec, decode_all, get_raw, object_store, raw_entries, Db, Key, Listing, Prefix,
    RawEntry, StorageError, Store,
};
#[cfg(feature = "professional")]
use super::{prefix_range, put_all, put_raw};
use crate::domain::{Case, Family, Id, Person, RecordMeta, SafetyPlan};
use Store::{Families, People, PlanDrafts, PlanRevisions};

/// The family record without its people (they are stored one record each).
#[derive(Serialize, Deserialize)]
struct StoredFamily {
    id: Id,
    name: String,
    meta: RecordMeta,
}

impl StoredFamily {
    /// The family with its people in the order they were entered (keys are random ids).
    fn with_people(self, mut people: Vec<Person>) -> Family {
        people.sort_by_key(|p| p.meta.created_at);
        Family {
            id: self.id,
            name: self.name,
            people,
            meta: self.meta,
        }
    }
}

/// A family and its people, encoded and ready to be written.
struct EncodedFamily {
    key: Key,
    record: JsValue,
    people: Vec<RawEntry>,
}

async fn encode_family(
    cipher: &codec::Cipher,
    family: &Family,
) -> Result<EncodedFamily, StorageError> {
    let key = Key::id(family.id);
    let stored = StoredFamily {
        id: family.id,
        name: family.name.clone(),
        meta: family.meta.clone(),
    };
    let record = codec::encode(cipher, Families, &key, &stored).await?;
    let items: Vec<(Key, &Person)> = family
        .people
        .iter()
        .map(|p| (Key::person(family.id, p.id), p))
        .collect();
    let people = codec::encode_many(cipher, People, &items).await?;
    Ok(EncodedFamily {
        key,
        record,
        people,
    })
}

/// Write a family and replace its people, inside `tx`.
#[cfg(feature = "professional")]
async fn write_family(
    tx: &Transaction<'_>,
    id: Id,
    family: EncodedFamily,
) -> Result<(), StorageError> {
    put_raw(&object_store(tx, Families)?, &family.key, family.record).await?;
    let people = object_store(tx, People)?;
    people
        .delete::<String, _>(prefix_range(&Prefix::family(id)))
        .await?;
    put_all(&people, family.people)
}

/// A family with its plan's working copy: a row of the caseload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSummary {
    pub family: Family,
    pub plan: SafetyPlan,
}

impl Db {
    /// Every family with the working copy of its plan. A family whose records do not all
    /// decode is counted as unreadable and left in place.
    pub async fn cases(&self) -> Result<Listing<CaseSummary>, StorageError> {
        let tx = self.read([Families, People, PlanDrafts])?;
        let families = raw_entries(&object_store(&tx, Families)?, None).await?;
        let people = raw_entries(&object_store(&tx, People)?, None).await?;
        let plans = raw_entries(&object_store(&tx, PlanDrafts)?, None).await?;
        drop(tx);

        // People and plans are keyed by (or under) the family id.
        let mut people_of: BTreeMap<String, Vec<RawEntry>> = BTreeMap::new();
        for (key, value) in people {
            let family = key.as_str().split_once('/').map(|(f, _)| f.to_string());
            people_of
                .entry(family.unwrap_or_default())
                .or_default()
                .push((key, value));
        }
        let mut plan_of: BTreeMap<Key, JsValue> = plans.into_iter().collect();

        let mut listing = Listing {
            items: Vec::with_capacity(families.len()),
            unreadable: 0,
        };
        for (key, raw) in families {
            let stored: Result<StoredFamily, _> =
                codec::decode(&self.cipher, Families, &key, raw).await;
            let plan = match plan_of.remove(&key) {
                Some(raw) => codec::decode::<SafetyPlan>(&self.cipher, PlanDrafts, &key, raw)
                    .await
                    .ok(),
                None => None,
            };
            let people: Listing<Person> = decode_all(
                &self.cipher,
                People,
                people_of.remove(key.as_str()).unwrap_or_default(),
            )
            .await;
            match (stored, plan) {
                (Ok(stored), Some(plan)) if people.unreadable == 0 => {
                    listing.items.push(CaseSummary {
                        family: stored.with_people(people.items),
                        plan,
                    })
                }
                _ => listing.unreadable += 1,
            }
        }
        Ok(listing)
    }

    /// One family's case with its agreed revisions (oldest first), if it exists.
    pub async fn case(&self, family: Id) -> Result<Option<Case>, StorageError> {
        let key = Key::id(family);
        let prefix = Prefix::family(family);
        let tx = self.read([Families, People, PlanDrafts, PlanRevisions])?;
        let stored = get_raw(&object_store(&tx, Families)?, &key).await?;
        let people = raw_entries(&object_store(&tx, People)?, Some(&prefix)).await?;
        let plan = get_raw(&object_store(&tx, PlanDrafts)?, &key).await?;
        let revisions = raw_entries(&object_store(&tx, PlanRevisions)?, Some(&prefix)).await?;
        drop(tx);
        let (Some(stored), Some(plan)) = (stored, plan) else {
            return Ok(None);
        };
        let stored: StoredFamily = codec::decode(&self.cipher, Families, &key, stored).await?;
        let plan: SafetyPlan = codec::decode(&self.cipher, PlanDrafts, &key, plan).await?;
        let people: Listing<Person> = decode_all(&self.cipher, People, people).await;
        let revisions: Listing<SafetyPlan> =
            decode_all(&self.cipher, PlanRevisions, revisions).await;
        if people.unreadable + revisions.unreadable > 0 {
            return Err(StorageError::Corrupt(format!(
                "{key}: {} people and {} revisions unreadable",
                people.unreadable, revisions.unreadable
            )));
        }
        Ok(Some(Case {
            family: stored.with_people(people.items),
            plan,
            revisions: revisions.items,
        }))
    }

    /// Store a family (with its people) and its plan's working copy, in one transaction.
    /// People no longer in the family are removed; agreed revisions are not touched.
    #[cfg(feature = "professional")]
    pub async fn save_case(&self, family: &Family, plan: &SafetyPlan) -> Result<(), StorageError> {
        let encoded = encode_family(&self.cipher, family).await?;
        let plan_value = codec::encode(&self.cipher, PlanDrafts, &encoded.key, plan).await?;
        let key = encoded.key.clone();
        let tx = self.write([Families, People, PlanDrafts])?;
        write_family(&tx, family.id, encoded).await?;
        put_raw(&object_store(&tx, PlanDrafts)?, &key, plan_value).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Store a new family (with its people) and its plan's working copy, in one transaction.
    /// Refuses, changing nothing, when the family is already stored: the one way the
    /// family's app writes a plan (the example family), so it can never overwrite one.
    pub async fn add_case(&self, family: &Family, plan: &SafetyPlan) -> Result<(), StorageError> {
        let encoded = encode_family(&self.cipher, family).await?;
        let plan_value = codec::encode(&self.cipher, PlanDrafts, &encoded.key, plan).await?;
        let tx = self.write([Families, People, PlanDrafts])?;
        add_raw(&object_store(&tx, Families)?, &encoded.key, encoded.record).await?;
        add_raw(&object_store(&tx, PlanDrafts)?, &encoded.key, plan_value).await?;
        let people = object_store(&tx, People)?;
        for (key, value) in encoded.people {
            add_raw(&people, &key, value).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Store only the plan's working copy (the autosave while typing).
    #[cfg(feature = "professional")]
    pub async fn save_plan(&self, plan: &SafetyPlan) -> Result<(), StorageError> {
        self.put_record(PlanDrafts, &Key::id(plan.family), plan)
            .await
    }

    /// Record an agreed revision: add it to the history and make it the working copy, in
    /// one transaction. A revision number that already exists is never overwritten.
    #[cfg(feature = "professional")]
    pub async fn record_agreement(&self, agreed: &SafetyPlan) -> Result<(), StorageError> {
        let key = Key::id(agreed.family);
        let revision_key = Key::revision(agreed.family, agreed.revision);
        let revision = codec::encode(&self.cipher, PlanRevisions, &revision_key, agreed).await?;
        let draft = codec::encode(&self.cipher, PlanDrafts, &key, agreed).await?;
        let tx = self.write([PlanDrafts, PlanRevisions])?;
        add_raw(&object_store(&tx, PlanRevisions)?, &revision_key, revision).await?;
        put_raw(&object_store(&tx, PlanDrafts)?, &key, draft).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Store a whole case as it is: family, people, working copy and every revision, in
    /// one transaction (import uses this after merging with what was stored).
    #[cfg(feature = "professional")]
    pub async fn put_case(&self, case: &Case) -> Result<(), StorageError> {
        let encoded = encode_family(&self.cipher, &case.family).await?;
        let key = encoded.key.clone();
        let plan_value = codec::encode(&self.cipher, PlanDrafts, &key, &case.plan).await?;
        let mut revisions = Vec::with_capacity(case.revisions.len());
        for revision in &case.revisions {
            let revision_key = Key::revision(case.family.id, revision.revision);
            let value = codec::encode(&self.cipher, PlanRevisions, &revision_key, revision).await?;
            revisions.push((revision_key, value));
        }
        let tx = self.write([Families, People, PlanDrafts, PlanRevisions])?;
        write_family(&tx, case.family.id, encoded).await?;
        put_raw(&object_store(&tx, PlanDrafts)?, &key, plan_value).await?;
        put_all(&object_store(&tx, PlanRevisions)?, revisions)?;
        tx.commit().await?;
        Ok(())
    }
}
