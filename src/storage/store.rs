//! The object stores, as one typed list.
//!
//! Every store is named once, in [`stores!`] below, with the schema version that created
//! it. [`Store::ALL`], the stores each upgrade step creates, and the stores a new secret
//! re-encrypts are all derived from that one list, so a store can never be left out of any
//! of them. All keys are out-of-line strings made by [`Key`](super::key::Key); all values
//! are [`codec`](super::codec) output.
//!
//! | store | since | key | value |
//! |---|---|---|---|
//! | `meta` | v1 | a fixed name ([`MetaKey`](super::key::MetaKey)) | app-level records: the device profile, who uses the device, the lock record, the device's hand-over keys |
//! | `safe_people` | v1 | the person's id | a `SafePerson` (the young person's own list) |
//! | `families` | v2 | the family id | the family without its people |
//! | `people` | v2 | `{family}/{person}` | a `Person` |
//! | `plan_drafts` | v2 | the family id | the working copy of the `SafetyPlan` |
//! | `plan_revisions` | v2 | `{family}/{revision:010}` | an agreed `SafetyPlan`, never changed |
//! | `check_ins` | v3 | `{ms since 1970:015}/{id}` | a young person's `CheckIn` |
//! | `acknowledgements` | v3 | `{family}/{revision:010}/{parent or device}` | an `Acknowledgement` |
//! | `visits` | v4 | `{family}/{visit}/{version:010}` | one recorded version of a `Visit`, never changed |
//! | `evaluations` | v4 | `{family}/{evaluation}` | a recorded `Evaluation`, never changed |
//! | `monitoring_drafts` | v4 | `{family}/{visit or evaluation}` | the working copy being typed |
//! | `deletions` | v4 | `{family}/{visit}` | a `Tombstone` |
//! | `paired_devices` | v5 | `{family}/{device}` | a `PairedDevice`: a family member's phone |
//! | `plan_views` | v6 | `{family}/{person}` | a `ReceivedView`: a family member's part of the plan |
//! | `pinned` | v6 | the professional's device id | a `PinnedProfessional` a family phone accepts plans from |
//! | `shared_check_ins` | v6 | `{family}/{person}/{ms since 1970:015}` | a `ReceivedCheckIn` a young person shared |
//! | `kept_copies` | v7 | `{store}/{key}/{ms:015}-{hash}` | a working copy a backup's merge set aside (the JSON of the record of `store` under `key`) |
//!
//! No store has an index: an index would expose what it indexes.

use super::schema::Version;

/// Declares [`Store`] and its one list. A store's name and `since` never change once
/// released: the name is in every device's database and in every value's associated data.
macro_rules! stores {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, since $since:ident; )*) => {
        /// An object store of the app's database.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Store {
            $( $(#[$doc])* $variant, )*
        }

        impl Store {
            /// Every store, in the order they were created.
            pub const ALL: &'static [Store] = &[ $( Store::$variant, )* ];

            /// The store's name in IndexedDB.
            pub const fn name(self) -> &'static str {
                match self { $( Store::$variant => $name, )* }
            }

            /// The schema version that created the store.
            pub const fn since(self) -> Version {
                match self { $( Store::$variant => Version::$since, )* }
            }
        }
    };
}

stores! {
    /// App-level records under fixed names.
    Meta = "meta", since V1;
    /// The young person's own safe people.
    SafePeople = "safe_people", since V1;
    /// Family cases without their people.
    Families = "families", since V2;
    /// Everyone in a family's case.
    People = "people", since V2;
    /// The working copy of each family's plan.
    PlanDrafts = "plan_drafts", since V2;
    /// Agreed plan revisions; written once, never changed.
    PlanRevisions = "plan_revisions", since V2;
    /// A young person's check-ins.
    CheckIns = "check_ins", since V3;
    /// Parents' acknowledgements of agreed revisions.
    Acknowledgements = "acknowledgements", since V3;
    /// Recorded versions of home visits; written once.
    Visits = "visits", since V4;
    /// Recorded evaluations; written once.
    Evaluations = "evaluations", since V4;
    /// Working copies of visits and evaluations while they are typed.
    MonitoringDrafts = "monitoring_drafts", since V4;
    /// Tombstones of deleted visits, so a merge cannot bring them back.
    Deletions = "deletions", since V4;
    /// The family members' phones this (professional's) device paired with.
    PairedDevices = "paired_devices", since V5;
    /// A family member's view of the plan, received from their professional.
    PlanViews = "plan_views", since V6;
    /// The professionals' devices a family member's phone accepts plans from.
    Pinned = "pinned", since V6;
    /// Check-ins young people shared with this (professional's) device.
    SharedCheckIns = "shared_check_ins", since V6;
    /// Working copies a backup's merge set aside because both were changed elsewhere.
    KeptCopies = "kept_copies", since V7;
}

impl Store {
    /// The stores created by the upgrade to `version`.
    pub fn created_in(version: Version) -> impl Iterator<Item = Store> {
        Store::ALL
            .iter()
            .copied()
            .filter(move |s| s.since() == version)
    }
}

impl AsRef<str> for Store {
    fn as_ref(&self) -> &str {
        self.name()
    }
}

impl std::fmt::Display for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_every_store_is_created_once() {
        let mut names: Vec<&str> = Store::ALL.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Store::ALL.len());
        let created: usize = Version::ALL
            .iter()
            .map(|v| Store::created_in(*v).count())
            .sum();
        assert_eq!(created, Store::ALL.len());
    }
}
