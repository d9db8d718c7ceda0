//! Typed keys: every key the app writes is made here, from ids, never spelled by hand.
//!
//! Keys that start with the family id let one key range ([`Prefix`]) read everything of one
//! family. Numbers are zero-padded so that keys sort as text in number order. A key is also
//! part of each value's associated data (`{store}/{key}`), so a key's shape never changes
//! once released.

use crate::domain::{Acknowledgement, CheckIn, Id};

/// A record's key in its store.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(String);

/// The fixed names of the records in `meta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaKey {
    /// The `DeviceProfile`.
    Device,
    /// The `DeviceSetup`: who uses the device.
    Setup,
    /// The lock record (salt, iterations, check): the one value that is not sealed.
    Lock,
    /// This device's hand-over key pairs (private keys as PKCS #8), sealed.
    Keys,
    /// A professional's recovery code and when the last backup was made, sealed.
    Backup,
}

impl MetaKey {
    /// The name as stored.
    pub const fn name(self) -> &'static str {
        match self {
            MetaKey::Device => "device",
            MetaKey::Setup => "setup",
            MetaKey::Lock => "lock",
            MetaKey::Keys => "keys",
            MetaKey::Backup => "backup",
        }
    }
}

impl Key {
    /// A record in `meta`.
    pub fn meta(name: MetaKey) -> Key {
        Key(name.name().to_string())
    }

    /// A record keyed by its own id: a safe person, a family, a plan's working copy.
    pub fn id(id: Id) -> Key {
        Key(id.to_string())
    }

    /// A person of a family: `{family}/{person}`.
    pub fn person(family: Id, person: Id) -> Key {
        Key(format!("{family}/{person}"))
    }

    /// An agreed revision: `{family}/{revision:010}`.
    pub fn revision(family: Id, revision: u32) -> Key {
        Key(format!("{family}/{revision:010}"))
    }

    /// A check-in: `{ms since 1970:015}/{id}`, so keys sort in time order.
    pub fn check_in(check_in: &CheckIn) -> Key {
        Key(format!(
            "{:015}/{}",
            check_in.at.timestamp_millis().max(0),
            check_in.id
        ))
    }

    /// An acknowledgement: `{family}/{revision:010}/{parent, or the device without one}`.
    pub fn acknowledgement(ack: &Acknowledgement) -> Key {
        let by = ack.by.unwrap_or(ack.meta.created_by.device);
        Key(format!("{}/{:010}/{by}", ack.family, ack.revision))
    }

    /// A record of a family under its own id: an evaluation, a working copy, a tombstone.
    pub fn record(family: Id, id: Id) -> Key {
        Key(format!("{family}/{id}"))
    }

    /// One recorded version of a visit: `{family}/{visit}/{version:010}`.
    pub fn visit_version(family: Id, visit: Id, version: u32) -> Key {
        Key(format!("{family}/{visit}/{version:010}"))
    }

    /// A check-in a young person shared: `{family}/{person}/{ms since 1970:015}`.
    pub fn shared_check_in(family: Id, person: Id, at: chrono::DateTime<chrono::Utc>) -> Key {
        Key(format!(
            "{family}/{person}/{:015}",
            at.timestamp_millis().max(0)
        ))
    }

    /// A key as read back from a store (to rewrite or restore that very record).
    pub(super) fn stored(key: String) -> Key {
        Key(key)
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(super) fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The start of a group of keys: everything of one family, or every version of one visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefix(String);

impl Prefix {
    /// Every record of a family (keys `{family}/...`).
    pub fn family(family: Id) -> Prefix {
        Prefix(family.to_string())
    }

    /// Every version of one visit (keys `{family}/{visit}/...`).
    pub fn visit(family: Id, visit: Id) -> Prefix {
        Prefix(format!("{family}/{visit}"))
    }

    /// The prefix as stored, without its trailing `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Id {
        Id::from_random_bytes([n; 16])
    }

    #[test]
    fn keys_keep_their_released_shapes() {
        let (f, p) = (id(1), id(2));
        assert_eq!(Key::person(f, p).as_str(), format!("{f}/{p}"));
        assert_eq!(Key::revision(f, 7).as_str(), format!("{f}/0000000007"));
        assert_eq!(
            Key::visit_version(f, p, 2).as_str(),
            format!("{f}/{p}/0000000002")
        );
        assert_eq!(Key::meta(MetaKey::Lock).as_str(), "lock");
        assert!(Key::visit_version(f, p, 2)
            .as_str()
            .starts_with(&format!("{}/", Prefix::visit(f, p).as_str())));
    }
}
