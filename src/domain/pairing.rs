//! Pairing a family member's phone with the professional's (issue 13): the code the family's
//! phone shows (its id and public keys, one small QR code), and what the professional's
//! device keeps of each phone it paired.
//!
//! ```text
//! magic "VLP" | format u8 | device id 16 | signing key 65 | agreement key 65
//! ```

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::envelope::{Peer, PublicKey, Sender, KEY_BYTES};
use super::Id;

const MAGIC: [u8; 3] = *b"VLP";
const FORMAT: u8 = 1;
/// The length of a pairing code.
pub const CODE_BYTES: usize = 3 + 1 + 16 + 2 * KEY_BYTES;

/// Why a scanned code is not a phone's pairing code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairingProblem {
    /// Another kind of code (a web address, a package, something else).
    NotAPairingCode,
    /// Made by a newer version of the app.
    NewerFormat,
}

/// How many symbols a device's fingerprint has: 80 bits, too many to make a key that shows
/// the same one.
pub const FINGERPRINT_SYMBOLS: usize = 16;

/// What a device's fingerprint is the SHA-256 digest of: its id and both public keys.
pub fn fingerprint_input(device: &Sender) -> Vec<u8> {
    let mut out = b"veilig-device".to_vec();
    out.extend_from_slice(device.device.as_bytes());
    out.extend_from_slice(&device.signing);
    out.extend_from_slice(&device.agreement);
    out
}

/// A device's fingerprint from its digest, as shown: "7KQ2 XM9D 4HBT 0QWE". Two
/// professionals read it to each other before a case goes to a colleague.
pub fn fingerprint(digest: &[u8]) -> String {
    super::coded_file::grouped(&super::coded_file::symbols(digest, FINGERPRINT_SYMBOLS))
}

/// Whether a typed fingerprint (or receipt) is the one shown, read as a code is read.
pub fn same_code(typed: &str, shown: &str) -> bool {
    let typed = super::coded_file::canonical(typed);
    !typed.is_empty() && typed == super::coded_file::canonical(shown)
}

/// What a receipt is the SHA-256 digest of: the case as opened. Only the device it was
/// sealed to can open it, so its receipt shows that the case arrived.
pub fn receipt_input(payload: &[u8]) -> Vec<u8> {
    let mut out = b"veilig-receipt".to_vec();
    out.extend_from_slice(payload);
    out
}

/// A receipt from its digest: eight symbols, "7KQ2 XM9D".
pub fn receipt(digest: &[u8]) -> String {
    super::coded_file::grouped(&super::coded_file::symbols(digest, 8))
}

/// The bytes of this device's pairing code.
pub fn pairing_code(me: &Sender) -> Vec<u8> {
    let mut out = Vec::with_capacity(CODE_BYTES);
    out.extend_from_slice(&MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(me.device.as_bytes());
    out.extend_from_slice(&me.signing);
    out.extend_from_slice(&me.agreement);
    out
}

/// Read a pairing code.
pub fn read_pairing_code(bytes: &[u8]) -> Result<Sender, PairingProblem> {
    if bytes.len() < 4 || bytes[..3] != MAGIC {
        return Err(PairingProblem::NotAPairingCode);
    }
    if bytes[3] > FORMAT {
        return Err(PairingProblem::NewerFormat);
    }
    if bytes[3] != FORMAT || bytes.len() != CODE_BYTES {
        return Err(PairingProblem::NotAPairingCode);
    }
    let id: [u8; 16] = bytes[4..20].try_into().expect("16 bytes");
    let device = Id::from_random_bytes(id);
    if *device.as_bytes() != id {
        return Err(PairingProblem::NotAPairingCode);
    }
    let key = |at: usize| -> Result<PublicKey, PairingProblem> {
        let key: PublicKey = bytes[at..at + KEY_BYTES].try_into().expect("65 bytes");
        // An uncompressed P-256 point starts with 4; WebCrypto checks the rest on import.
        if key[0] == 4 {
            Ok(key)
        } else {
            Err(PairingProblem::NotAPairingCode)
        }
    };
    Ok(Sender {
        device,
        signing: key(20)?,
        agreement: key(20 + KEY_BYTES)?,
    })
}

/// A family member's phone, as the professional's device keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairedDevice {
    pub family: Id,
    /// Whose phone it is.
    pub person: Id,
    pub device: Id,
    pub signing: Vec<u8>,
    pub agreement: Vec<u8>,
    pub paired_at: DateTime<Utc>,
    /// The last sequence number sent to it (0: nothing yet).
    #[serde(default)]
    pub last_sent: u64,
    /// The last sequence number received from it and applied.
    #[serde(default)]
    pub last_received: u64,
    /// Unpaired (a lost phone): nothing goes to it or is taken from it, but its sequence
    /// numbers are kept, so pairing it again never lets an old package count.
    #[serde(default)]
    pub unpaired: bool,
}

/// A device as a sender of packages, if its stored keys are whole.
fn sender_of(device: Id, signing: &[u8], agreement: &[u8]) -> Option<Sender> {
    Some(Sender {
        device,
        signing: signing.try_into().ok()?,
        agreement: agreement.try_into().ok()?,
    })
}

/// A sender packages are accepted from, with the last sequence number applied from it.
fn peer_of(sender: Option<Sender>, last_sequence: u64) -> Option<Peer> {
    Some(Peer {
        sender: sender?,
        last_sequence,
    })
}

impl PairedDevice {
    /// The phone as a sender of packages, if its stored keys are whole.
    pub fn sender(&self) -> Option<Sender> {
        sender_of(self.device, &self.signing, &self.agreement)
    }

    /// The phone as a device packages are accepted from.
    pub fn peer(&self) -> Option<Peer> {
        peer_of(self.sender(), self.last_received)
    }
}

/// A professional's device a family member's phone accepts plans from, pinned when the
/// person accepted its first package (after comparing the check code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinnedProfessional {
    pub device: Id,
    pub signing: Vec<u8>,
    pub agreement: Vec<u8>,
    pub pinned_at: DateTime<Utc>,
    /// The last sequence number applied from it (no replay, no rollback).
    pub last_received: u64,
    /// The last sequence number of the answers sent to it.
    #[serde(default)]
    pub last_sent: u64,
    /// On a professional's device, a colleague's: for each family, the number of the last
    /// case received from it, so an old or replayed case of that family is refused while
    /// another family's case from the same colleague still comes in.
    ///
    /// Not in the family's app: should it rewrite this record (a family member using a
    /// professional's device accepts a plan from a colleague's device), the colleague is
    /// asked for their fingerprint again next time, and an older case of theirs merges
    /// without changing anything newer. Both cheaper than these fields on a child's phone.
    #[cfg(feature = "professional")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<(Id, u64)>,
    /// On a professional's device, the colleague's name as the professional typed it.
    #[cfg(feature = "professional")]
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl PinnedProfessional {
    /// The device as a sender of packages, if its stored keys are whole.
    pub fn sender(&self) -> Option<Sender> {
        sender_of(self.device, &self.signing, &self.agreement)
    }

    /// The device as one packages are accepted from.
    pub fn peer(&self) -> Option<Peer> {
        peer_of(self.sender(), self.last_received)
    }
}

/// The view of the plan a family member's phone holds, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedView {
    pub view: super::package::View,
    /// The professional's device that sent it.
    pub from: Id,
    pub sequence: u64,
    pub received_at: DateTime<Utc>,
}

/// A check-in a young person shared, as the professional's device keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedCheckIn {
    pub family: Id,
    pub person: Id,
    pub check_in: super::package::SharedCheckIn,
    pub received_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> Sender {
        let mut signing = [7u8; KEY_BYTES];
        signing[0] = 4;
        let mut agreement = [9u8; KEY_BYTES];
        agreement[0] = 4;
        Sender {
            device: Id::from_random_bytes([3; 16]),
            signing,
            agreement,
        }
    }

    #[test]
    fn a_pairing_code_round_trips_and_fits_a_small_qr_code() {
        let code = pairing_code(&sender());
        assert_eq!(code.len(), CODE_BYTES);
        assert!(code.len() < 200);
        assert_eq!(read_pairing_code(&code), Ok(sender()));
    }

    #[test]
    fn anything_else_is_not_a_pairing_code() {
        let code = pairing_code(&sender());
        assert_eq!(
            read_pairing_code(b"https://example.org"),
            Err(PairingProblem::NotAPairingCode)
        );
        assert_eq!(read_pairing_code(b""), Err(PairingProblem::NotAPairingCode));
        assert_eq!(
            read_pairing_code(&code[..code.len() - 1]),
            Err(PairingProblem::NotAPairingCode)
        );
        let mut newer = code.clone();
        newer[3] = FORMAT + 1;
        assert_eq!(read_pairing_code(&newer), Err(PairingProblem::NewerFormat));
        let mut not_a_point = code.clone();
        not_a_point[20] = 2;
        assert_eq!(
            read_pairing_code(&not_a_point),
            Err(PairingProblem::NotAPairingCode)
        );
        // A package is not a pairing code.
        assert_eq!(
            read_pairing_code(b"VLG\x01rest"),
            Err(PairingProblem::NotAPairingCode)
        );
    }
}
