//! What every stored record carries so that copies on different devices can be merged.
//!
//! A record knows when it was created and last changed (UTC), by which device and role,
//! and how many times it was changed. Two copies of one record merge without asking anyone:
//! the higher revision wins, and on a tie the later change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Id;

/// Who uses a device. Each role sees only what it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A young person (jeugdige) with their own safe people.
    YoungPerson,
    /// A parent or carer (ouder/verzorger).
    Parent,
    /// A professional (jeugdprofessional) drawing up and monitoring plans.
    Professional,
}

/// The device and role that made a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    /// The id this device gave itself on first use.
    pub device: Id,
    /// The role the device was used in.
    pub role: Role,
}

/// Creation and change stamps of a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordMeta {
    pub created_at: DateTime<Utc>,
    pub created_by: Author,
    pub updated_at: DateTime<Utc>,
    pub updated_by: Author,
    /// 1 for a new record, one more for every change.
    pub revision: u32,
}

impl RecordMeta {
    /// Stamps for a record made now.
    pub fn new(author: Author, now: DateTime<Utc>) -> Self {
        RecordMeta {
            created_at: now,
            created_by: author,
            updated_at: now,
            updated_by: author,
            revision: 1,
        }
    }

    /// The stamps after one more change.
    pub fn touched(&self, author: Author, now: DateTime<Utc>) -> Self {
        RecordMeta {
            updated_at: now.max(self.updated_at),
            updated_by: author,
            revision: self.revision.saturating_add(1),
            ..self.clone()
        }
    }

    /// Does this copy win over `other` when two copies of one record meet?
    pub fn supersedes(&self, other: &RecordMeta) -> bool {
        (self.revision, self.updated_at) > (other.revision, other.updated_at)
    }
}

/// A record that was deleted on purpose: kept (without any of its content) so that a copy
/// from another device or an older file cannot bring it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: Id,
    pub family: Id,
    /// Who deleted it, and when.
    pub meta: RecordMeta,
}

/// What a device knows about itself: made once, on first use, and never changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceProfile {
    /// Stamped on every change this device makes.
    pub device: Id,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn author(n: u8) -> Author {
        Author {
            device: Id::from_random_bytes([n; 16]),
            role: Role::YoungPerson,
        }
    }

    #[test]
    fn a_change_bumps_revision_and_keeps_creation() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
        let t1 = Utc.with_ymd_and_hms(2026, 1, 2, 9, 0, 0).unwrap();
        let meta = RecordMeta::new(author(1), t0);
        let changed = meta.touched(author(2), t1);
        assert_eq!(changed.revision, 2);
        assert_eq!(changed.created_at, t0);
        assert_eq!(changed.created_by, author(1));
        assert_eq!(changed.updated_at, t1);
        assert_eq!(changed.updated_by, author(2));
        assert!(changed.supersedes(&meta));
        assert!(!meta.supersedes(&changed));
    }

    #[test]
    fn a_clock_set_back_never_moves_updated_at_backwards() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 2, 9, 0, 0).unwrap();
        let earlier = Utc.with_ymd_and_hms(2025, 1, 1, 9, 0, 0).unwrap();
        let changed = RecordMeta::new(author(1), t0).touched(author(1), earlier);
        assert_eq!(changed.updated_at, t0);
    }
}
