//! The envelope a package travels in between two paired devices (issue 13): a small binary
//! format, the same bytes in a file and in QR codes, signed by the sender's device and
//! encrypted to the recipient's, and the order in which a receiving device refuses one.
//!
//! ```text
//! magic "VLG" | format u8 | kind u8 | sender id 16 | sender signing key 65 | sender
//! agreement key 65 | recipient id 16 | sequence u64 | issued at i64 (Unix seconds) |
//! ephemeral key 65 | nonce 12 | ciphertext length u32 | ciphertext | signature 64
//! ```
//!
//! Numbers are big-endian; keys are uncompressed P-256 points as WebCrypto's `raw` export
//! gives them, the signature is ECDSA P-256 with SHA-256 in WebCrypto's `r || s` form, over
//! every byte before it. The header (everything before the ciphertext's length) is also the
//! associated data of the AES-256-GCM encryption, whose key comes from ECDH between the
//! ephemeral key and the recipient's agreement key, through HKDF-SHA-256.
//!
//! The cryptography itself is the browser's (WebCrypto and `CompressionStream` cost no
//! wasm); here it is a trait, so the rules are tested natively with a stand-in.

use super::Id;

/// The first bytes of every package.
pub const MAGIC: [u8; 3] = *b"VLG";
/// The format this code writes and reads.
pub const FORMAT_VERSION: u8 = 1;
/// The largest package a device reads (checked before reading a file into memory).
pub const MAX_PACKAGE_BYTES: usize = 64 * 1024;
/// The largest case package (a family's whole case, with its visits, for a colleague): read
/// from a file, or as a long loop of codes.
pub const MAX_CASE_PACKAGE_BYTES: usize = 1024 * 1024;
/// The largest package shown as one QR code: version 25 at error correction M holds 997
/// bytes, about what a phone camera reads reliably across a table. Larger packages go by
/// file (or, later, as animated codes).
pub const ONE_QR_CODE_BYTES: usize = 997;
/// An uncompressed P-256 public key.
pub const KEY_BYTES: usize = 65;
pub const NONCE_BYTES: usize = 12;
pub const SIGNATURE_BYTES: usize = 64;

const HEADER_BYTES: usize =
    3 + 1 + 1 + 16 + KEY_BYTES + KEY_BYTES + 16 + 8 + 8 + KEY_BYTES + NONCE_BYTES;

/// A public key, as raw bytes.
pub type PublicKey = [u8; KEY_BYTES];

/// What a package carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A view of the plan, from a professional to a family member's device.
    Plan,
    /// Answers, from a family member's device back to the professional.
    Answers,
    /// A family's whole case, from a professional's device to a colleague's (issue 16).
    Case,
}

impl Kind {
    fn byte(self) -> u8 {
        match self {
            Kind::Plan => 1,
            Kind::Answers => 2,
            Kind::Case => 3,
        }
    }

    /// The largest package of this kind a device reads.
    pub fn limit(self) -> usize {
        match self {
            Kind::Case => MAX_CASE_PACKAGE_BYTES,
            Kind::Plan | Kind::Answers => MAX_PACKAGE_BYTES,
        }
    }

    fn from_byte(byte: u8) -> Option<Kind> {
        match byte {
            1 => Some(Kind::Plan),
            2 => Some(Kind::Answers),
            3 => Some(Kind::Case),
            _ => None,
        }
    }
}

/// Who sent a package: their device id and public keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    pub device: Id,
    pub signing: PublicKey,
    pub agreement: PublicKey,
}

/// A parsed package (not yet trusted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub format_version: u8,
    pub kind: Kind,
    pub sender: Sender,
    pub recipient: Id,
    pub sequence: u64,
    /// Unix seconds.
    pub issued_at: i64,
    pub ephemeral: PublicKey,
    pub nonce: [u8; NONCE_BYTES],
    pub ciphertext: Vec<u8>,
    pub signature: [u8; SIGNATURE_BYTES],
}

/// Why a device refuses a package. Nothing is changed when it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than any package this app makes.
    TooLarge,
    /// Not a package, or cut short, or damaged.
    Malformed,
    /// Made by a newer version of the app.
    NewerFormat,
    /// Meant for another device.
    NotForThisDevice,
    /// Not the kind this screen receives (answers where a plan was expected).
    WrongKind,
    /// The signature does not match: changed after it was signed, or forged.
    BadSignature,
    /// Signed by a device this one has not paired with.
    UnknownSender,
    /// Already applied, or older than what is here (no replay, no rollback).
    Replayed,
    /// The contents cannot be opened with this device's key.
    Unreadable,
}

impl Envelope {
    /// The header: every byte before the ciphertext, and the encryption's associated data.
    pub fn header(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_BYTES);
        out.extend_from_slice(&MAGIC);
        out.push(self.format_version);
        out.push(self.kind.byte());
        out.extend_from_slice(self.sender.device.as_bytes());
        out.extend_from_slice(&self.sender.signing);
        out.extend_from_slice(&self.sender.agreement);
        out.extend_from_slice(self.recipient.as_bytes());
        out.extend_from_slice(&self.sequence.to_be_bytes());
        out.extend_from_slice(&self.issued_at.to_be_bytes());
        out.extend_from_slice(&self.ephemeral);
        out.extend_from_slice(&self.nonce);
        out
    }

    /// What the signature covers: the header, the ciphertext's length and the ciphertext.
    pub fn signed(&self) -> Vec<u8> {
        let mut out = self.header();
        out.extend_from_slice(&(self.ciphertext.len() as u32).to_be_bytes());
        out.extend_from_slice(&self.ciphertext);
        out
    }

    /// The package's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.signed();
        out.extend_from_slice(&self.signature);
        out
    }

    /// Read a package, checking only its shape.
    pub fn parse(bytes: &[u8]) -> Result<Envelope, Refusal> {
        if bytes.len() > MAX_CASE_PACKAGE_BYTES {
            return Err(Refusal::TooLarge);
        }
        let mut r = Reader(bytes);
        if r.take(3)? != MAGIC {
            return Err(Refusal::Malformed);
        }
        let format_version = r.byte()?;
        if format_version > FORMAT_VERSION {
            return Err(Refusal::NewerFormat);
        }
        if format_version != FORMAT_VERSION {
            return Err(Refusal::Malformed);
        }
        let kind = Kind::from_byte(r.byte()?).ok_or(Refusal::Malformed)?;
        if bytes.len() > kind.limit() {
            return Err(Refusal::TooLarge);
        }
        let sender = Sender {
            device: r.id()?,
            signing: r.array()?,
            agreement: r.array()?,
        };
        let recipient = r.id()?;
        let sequence = u64::from_be_bytes(r.array()?);
        let issued_at = i64::from_be_bytes(r.array()?);
        let ephemeral = r.array()?;
        let nonce = r.array()?;
        let length = u32::from_be_bytes(r.array()?) as usize;
        let ciphertext = r.take(length)?.to_vec();
        let signature = r.array()?;
        if !r.0.is_empty() {
            return Err(Refusal::Malformed);
        }
        Ok(Envelope {
            format_version,
            kind,
            sender,
            recipient,
            sequence,
            issued_at,
            ephemeral,
            nonce,
            ciphertext,
            signature,
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Refusal> {
        if self.0.len() < n {
            return Err(Refusal::Malformed);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, Refusal> {
        Ok(self.take(1)?[0])
    }

    /// A version 4 id, exactly as written (no bits changed).
    fn id(&mut self) -> Result<Id, Refusal> {
        let bytes: [u8; 16] = self.array()?;
        let id = Id::from_random_bytes(bytes);
        if *id.as_bytes() == bytes {
            Ok(id)
        } else {
            Err(Refusal::Malformed)
        }
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Refusal> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

/// A device this one has paired with and accepts packages from, and the last sequence
/// number applied from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub sender: Sender,
    pub last_sequence: u64,
}

/// What a receiving device knows when a package arrives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect<'a> {
    /// This device's id.
    pub me: Id,
    pub kind: Kind,
    /// The devices it accepts packages from.
    pub peers: &'a [Peer],
    /// Whether a package from a device not yet paired may be opened, to be shown with the
    /// check code and pinned only if the person accepts: a family device that has no
    /// professional yet, or whose person chose to pair with another one. Never on the
    /// professional's device, which pairs by scanning.
    pub first_contact: bool,
}

/// The browser's cryptography, as the envelope needs it.
#[allow(async_fn_in_trait)]
pub trait Open {
    /// Whether `signature` is the ECDSA P-256 / SHA-256 signature of `message` by `key`.
    async fn verify(
        &self,
        key: &PublicKey,
        message: &[u8],
        signature: &[u8; SIGNATURE_BYTES],
    ) -> bool;
    /// Decrypt with this device's agreement key and `ephemeral`; `None` if it does not open.
    async fn decrypt(
        &self,
        ephemeral: &PublicKey,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Option<Vec<u8>>;
    /// Undo the compression; `None` if the bytes are not compressed data, or would grow
    /// past `limit`.
    async fn inflate(&self, bytes: &[u8], limit: usize) -> Option<Vec<u8>>;
}

/// What an opened package holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub sender: Sender,
    pub sequence: u64,
    pub issued_at: i64,
    /// From a device not yet paired: show the check code, pin only if the person accepts.
    pub first_contact: bool,
    /// The payload (JSON), decrypted and inflated.
    pub payload: Vec<u8>,
}

/// The largest payload a package may inflate to.
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;

/// Open a package: shape, recipient, kind, signature, sender, sequence, then decryption, in
/// that order, so nothing is decrypted that is not for this device and signed by a device it
/// trusts. Nothing is stored here: the caller applies the payload and records the sequence.
pub async fn open(
    bytes: &[u8],
    expect: &Expect<'_>,
    crypto: &impl Open,
) -> Result<Opened, Refusal> {
    let envelope = Envelope::parse(bytes)?;
    if envelope.recipient != expect.me {
        return Err(Refusal::NotForThisDevice);
    }
    if envelope.kind != expect.kind {
        return Err(Refusal::WrongKind);
    }
    let signed = envelope.signed();
    if !crypto
        .verify(&envelope.sender.signing, &signed, &envelope.signature)
        .await
    {
        return Err(Refusal::BadSignature);
    }
    let peer = expect
        .peers
        .iter()
        .find(|p| p.sender.signing == envelope.sender.signing);
    // A paired device's id with another key is someone claiming to be it: never a first
    // contact, whatever the screen allows.
    let claims_a_peer = expect
        .peers
        .iter()
        .any(|p| p.sender.device == envelope.sender.device);
    let first_contact = match peer {
        // The same signing key must come with the same id and agreement key.
        Some(peer) if peer.sender != envelope.sender => return Err(Refusal::UnknownSender),
        Some(peer) if envelope.sequence <= peer.last_sequence => return Err(Refusal::Replayed),
        Some(_) => false,
        None if expect.first_contact && !claims_a_peer => true,
        None => return Err(Refusal::UnknownSender),
    };
    let compressed = crypto
        .decrypt(
            &envelope.ephemeral,
            &envelope.nonce,
            &envelope.header(),
            &envelope.ciphertext,
        )
        .await
        .ok_or(Refusal::Unreadable)?;
    let payload = crypto
        .inflate(&compressed, MAX_PAYLOAD_BYTES)
        .await
        .ok_or(Refusal::Malformed)?;
    Ok(Opened {
        sender: envelope.sender,
        sequence: envelope.sequence,
        issued_at: envelope.issued_at,
        first_contact,
        payload,
    })
}

/// The browser's cryptography, as making a package needs it.
#[allow(async_fn_in_trait)]
pub trait Seal {
    /// Compress.
    async fn deflate(&self, bytes: &[u8]) -> Option<Vec<u8>>;
    /// Encrypt to `recipient` (an agreement key) with a fresh ephemeral key and nonce:
    /// `header` gives the associated data for them. Returns the ephemeral public key, the
    /// nonce and the ciphertext.
    async fn encrypt(
        &self,
        recipient: &PublicKey,
        header: &dyn Fn(&PublicKey, &[u8; NONCE_BYTES]) -> Vec<u8>,
        plaintext: &[u8],
    ) -> Option<(PublicKey, [u8; NONCE_BYTES], Vec<u8>)>;
    /// Sign with this device's signing key.
    async fn sign(&self, message: &[u8]) -> Option<[u8; SIGNATURE_BYTES]>;
}

/// Where a package goes and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub kind: Kind,
    /// This device.
    pub sender: Sender,
    pub recipient: Id,
    /// The recipient's agreement key.
    pub recipient_key: PublicKey,
    /// One more than the last sent to this recipient.
    pub sequence: u64,
    /// Unix seconds.
    pub issued_at: i64,
}

/// Make a package: compress the payload, encrypt it to the recipient with the header as
/// associated data, sign everything. `None` when the browser's cryptography fails.
pub async fn seal(out: &Outgoing, payload: &[u8], crypto: &impl Seal) -> Option<Vec<u8>> {
    // What the receiver would refuse is never made: sequence numbers start at 1, and a
    // payload larger than a receiver inflates.
    if out.sequence == 0 || payload.len() > MAX_PAYLOAD_BYTES {
        return None;
    }
    let compressed = crypto.deflate(payload).await?;
    let draft = |ephemeral: &PublicKey, nonce: &[u8; NONCE_BYTES]| Envelope {
        format_version: FORMAT_VERSION,
        kind: out.kind,
        sender: out.sender.clone(),
        recipient: out.recipient,
        sequence: out.sequence,
        issued_at: out.issued_at,
        ephemeral: *ephemeral,
        nonce: *nonce,
        ciphertext: Vec::new(),
        signature: [0; SIGNATURE_BYTES],
    };
    let header =
        |ephemeral: &PublicKey, nonce: &[u8; NONCE_BYTES]| draft(ephemeral, nonce).header();
    let (ephemeral, nonce, ciphertext) = crypto
        .encrypt(&out.recipient_key, &header, &compressed)
        .await?;
    let mut envelope = Envelope {
        ciphertext,
        ..draft(&ephemeral, &nonce)
    };
    envelope.signature = crypto.sign(&envelope.signed()).await?;
    let bytes = envelope.to_bytes();
    (bytes.len() <= out.kind.limit()).then_some(bytes)
}

/// The check code two people compare when their phones pair, from a SHA-256 digest of both
/// devices' signing keys (see [`check_code_input`]): six digits in two groups, "482 913".
pub fn check_code(digest: &[u8]) -> String {
    let mut n = 0u64;
    for byte in digest.iter().take(8) {
        n = (n << 8) | u64::from(*byte);
    }
    let code = n % 1_000_000;
    format!("{:03} {:03}", code / 1000, code % 1000)
}

/// What the check code's digest is taken of: both signing keys, in byte order, so both
/// phones compute the same bytes whichever of them sent.
pub fn check_code_input(a: &PublicKey, b: &PublicKey) -> Vec<u8> {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(2 * KEY_BYTES + 11);
    out.extend_from_slice(b"veilig-pair");
    out.extend_from_slice(first);
    out.extend_from_slice(second);
    out
}
