//! The package envelope (issue 13): round trips, and every refusal a receiving device makes
//! (wrong recipient, wrong kind, bad or missing signature, unknown sender, replayed and
//! rolled-back sequence, truncated, oversized, newer format, a flipped bit anywhere).
//!
//! The browser's cryptography is replaced by a stand-in with the same contract: a signature
//! only verifies for the bytes and key it was made with, and a ciphertext only opens for the
//! agreement key it was made for and the header it was bound to. The real WebCrypto side is
//! tested in headless Chromium (`tests/storage.rs`).
#![cfg(not(target_arch = "wasm32"))]

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use proptest::prelude::*;
use veilig::domain::envelope::{
    check_code, check_code_input, open, seal, Envelope, Expect, Kind, Open, Opened, Outgoing, Peer,
    PublicKey, Refusal, Seal, Sender, FORMAT_VERSION, KEY_BYTES, MAX_CASE_PACKAGE_BYTES,
    MAX_PACKAGE_BYTES, NONCE_BYTES, SIGNATURE_BYTES,
};
use veilig::domain::Id;

/// The stand-in's futures are ready at once.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(out) => out,
        Poll::Pending => panic!("the stand-in never waits"),
    }
}

/// FNV-1a, stretched: a stand-in for a hash, enough to tell any two inputs here apart.
fn hash(parts: &[&[u8]], n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    let mut round = 0u64;
    while out.len() < n {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ round;
        for part in parts {
            for byte in part.iter().chain(&(part.len() as u64).to_be_bytes()) {
                h ^= u64::from(*byte);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        out.extend_from_slice(&h.to_be_bytes());
        round += 1;
    }
    out.truncate(n);
    out
}

fn key(seed: u8, purpose: &[u8]) -> PublicKey {
    let mut key = [0u8; KEY_BYTES];
    key[0] = 4;
    key[1..].copy_from_slice(&hash(&[&[seed], purpose], KEY_BYTES - 1));
    key
}

/// A device: its id and (stand-in) keys.
#[derive(Clone)]
struct Device {
    id: Id,
    seed: u8,
}

impl Device {
    fn new(seed: u8) -> Device {
        Device {
            id: Id::from_random_bytes([seed; 16]),
            seed,
        }
    }

    fn sender(&self) -> Sender {
        Sender {
            device: self.id,
            signing: key(self.seed, b"sign"),
            agreement: key(self.seed, b"agree"),
        }
    }

    fn peer(&self, last_sequence: u64) -> Peer {
        Peer {
            sender: self.sender(),
            last_sequence,
        }
    }
}

fn signature(key: &PublicKey, message: &[u8]) -> [u8; SIGNATURE_BYTES] {
    hash(&[b"sig", key, message], SIGNATURE_BYTES)
        .try_into()
        .unwrap()
}

fn stream(shared: &[u8], nonce: &[u8], n: usize) -> Vec<u8> {
    hash(&[b"stream", shared, nonce], n)
}

const TAG: usize = 16;

impl Seal for Device {
    async fn deflate(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        Some([b"Z".as_slice(), bytes].concat())
    }

    async fn encrypt(
        &self,
        recipient: &PublicKey,
        header: &dyn Fn(&PublicKey, &[u8; NONCE_BYTES]) -> Vec<u8>,
        plaintext: &[u8],
    ) -> Option<(PublicKey, [u8; NONCE_BYTES], Vec<u8>)> {
        let ephemeral = key(self.seed.wrapping_add(100), b"ephemeral");
        let nonce: [u8; NONCE_BYTES] = hash(&[b"nonce", &[self.seed]], NONCE_BYTES)
            .try_into()
            .unwrap();
        let shared = hash(&[&ephemeral, recipient], 32);
        let mut ct: Vec<u8> = plaintext
            .iter()
            .zip(stream(&shared, &nonce, plaintext.len()))
            .map(|(a, b)| a ^ b)
            .collect();
        let tag = hash(
            &[b"tag", &shared, &nonce, &header(&ephemeral, &nonce), &ct],
            TAG,
        );
        ct.extend_from_slice(&tag);
        Some((ephemeral, nonce, ct))
    }

    async fn sign(&self, message: &[u8]) -> Option<[u8; SIGNATURE_BYTES]> {
        Some(signature(&key(self.seed, b"sign"), message))
    }
}

impl Open for Device {
    async fn verify(&self, key: &PublicKey, message: &[u8], sig: &[u8; SIGNATURE_BYTES]) -> bool {
        signature(key, message) == *sig
    }

    async fn decrypt(
        &self,
        ephemeral: &PublicKey,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Option<Vec<u8>> {
        let (ct, tag) = ciphertext.split_at(ciphertext.len().checked_sub(TAG)?);
        let shared = hash(&[ephemeral, &key(self.seed, b"agree")], 32);
        if hash(&[b"tag", &shared, nonce, aad, ct], TAG) != tag {
            return None;
        }
        Some(
            ct.iter()
                .zip(stream(&shared, nonce, ct.len()))
                .map(|(a, b)| a ^ b)
                .collect(),
        )
    }

    async fn inflate(&self, bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
        let rest = bytes.strip_prefix(b"Z")?;
        (rest.len() <= limit).then(|| rest.to_vec())
    }
}

const PAYLOAD: &[u8] = br#"{"for":"young_person","name":"Noor"}"#;

fn outgoing(from: &Device, to: &Device, sequence: u64) -> Outgoing {
    Outgoing {
        kind: Kind::Plan,
        sender: from.sender(),
        recipient: to.id,
        recipient_key: to.sender().agreement,
        sequence,
        issued_at: 1_796_000_000,
    }
}

fn package(from: &Device, to: &Device, sequence: u64) -> Vec<u8> {
    block_on(seal(&outgoing(from, to, sequence), PAYLOAD, from)).unwrap()
}

/// What `to` expects of a plan, with these peers, and a first contact allowed or not.
fn plan_for<'a>(to: &Device, peers: &'a [Peer], first_contact: bool) -> Expect<'a> {
    Expect {
        me: to.id,
        kind: Kind::Plan,
        peers,
        first_contact,
    }
}

fn receive(to: &Device, bytes: &[u8], peers: &[Peer]) -> Result<Opened, Refusal> {
    // A family device's default: a first contact only while it has no professional.
    block_on(open(bytes, &plan_for(to, peers, peers.is_empty()), to))
}

fn professional() -> Device {
    Device::new(1)
}

fn child_phone() -> Device {
    Device::new(2)
}

#[test]
fn a_package_opens_for_its_recipient_and_the_first_one_is_a_first_contact() {
    let (pro, phone) = (professional(), child_phone());
    let bytes = package(&pro, &phone, 1);
    let opened = receive(&phone, &bytes, &[]).unwrap();
    assert_eq!(opened.payload, PAYLOAD);
    assert!(opened.first_contact);
    assert_eq!(opened.sender, pro.sender());
    assert_eq!(opened.sequence, 1);
    // Once paired, the next one is not.
    let next = receive(&phone, &package(&pro, &phone, 2), &[pro.peer(1)]).unwrap();
    assert!(!next.first_contact);
    // The bytes parse back to the same envelope.
    assert_eq!(Envelope::parse(&bytes).unwrap().to_bytes(), bytes);
    // The payload is not in the package in the clear.
    assert!(!bytes.windows(4).any(|w| w == b"Noor"));
}

#[test]
fn a_package_for_another_device_is_refused_before_anything_is_decrypted() {
    let (pro, phone, other) = (professional(), child_phone(), Device::new(3));
    let bytes = package(&pro, &phone, 1);
    assert_eq!(
        receive(&other, &bytes, &[]).unwrap_err(),
        Refusal::NotForThisDevice
    );
}

#[test]
fn a_package_encrypted_to_another_key_does_not_open() {
    let (pro, phone) = (professional(), child_phone());
    // Addressed to the phone's id, but encrypted to another device's key.
    let mut out = outgoing(&pro, &phone, 1);
    out.recipient_key = Device::new(3).sender().agreement;
    let bytes = block_on(seal(&out, PAYLOAD, &pro)).unwrap();
    assert_eq!(
        receive(&phone, &bytes, &[pro.peer(0)]).unwrap_err(),
        Refusal::Unreadable
    );
}

#[test]
fn answers_are_not_taken_for_a_plan() {
    let (pro, phone) = (professional(), child_phone());
    let mut out = outgoing(&pro, &phone, 1);
    out.kind = Kind::Answers;
    let bytes = block_on(seal(&out, PAYLOAD, &pro)).unwrap();
    assert_eq!(
        receive(&phone, &bytes, &[]).unwrap_err(),
        Refusal::WrongKind
    );
}

#[test]
fn an_edited_package_is_refused_and_a_missing_signature_too() {
    let (pro, phone) = (professional(), child_phone());
    let bytes = package(&pro, &phone, 1);
    let mut envelope = Envelope::parse(&bytes).unwrap();
    // A parent raises the sequence number to take over every later package.
    envelope.sequence = u64::MAX;
    assert_eq!(
        receive(&phone, &envelope.to_bytes(), &[pro.peer(0)]).unwrap_err(),
        Refusal::BadSignature
    );
    let mut unsigned = Envelope::parse(&bytes).unwrap();
    unsigned.signature = [0; SIGNATURE_BYTES];
    assert_eq!(
        receive(&phone, &unsigned.to_bytes(), &[pro.peer(0)]).unwrap_err(),
        Refusal::BadSignature
    );
    // Cut off the signature: not a package.
    assert_eq!(
        receive(&phone, &bytes[..bytes.len() - SIGNATURE_BYTES], &[]).unwrap_err(),
        Refusal::Malformed
    );
}

#[test]
fn a_package_re_signed_by_another_device_is_refused_once_paired() {
    let (pro, phone, parent) = (professional(), child_phone(), Device::new(4));
    // A parent's device makes its own "plan" for the child's phone, properly signed.
    let forged = package(&parent, &phone, 99);
    assert_eq!(
        receive(&phone, &forged, &[pro.peer(3)]).unwrap_err(),
        Refusal::UnknownSender
    );
    // A device claiming the professional's id with its own key is not the professional.
    let mut out = outgoing(&parent, &phone, 99);
    out.sender.device = pro.id;
    let claimed = block_on(seal(&out, PAYLOAD, &parent)).unwrap();
    assert_eq!(
        receive(&phone, &claimed, &[pro.peer(3)]).unwrap_err(),
        Refusal::UnknownSender
    );
    // And where no first contact is allowed (a professional's device), an unpaired device
    // is unknown even when nothing is paired yet.
    let expect = plan_for(&phone, &[], false);
    assert_eq!(
        block_on(open(&forged, &expect, &phone)).unwrap_err(),
        Refusal::UnknownSender
    );
}

#[test]
fn a_replayed_or_older_package_is_refused() {
    let (pro, phone) = (professional(), child_phone());
    let peers = [pro.peer(5)];
    assert_eq!(
        receive(&phone, &package(&pro, &phone, 5), &peers).unwrap_err(),
        Refusal::Replayed
    );
    assert_eq!(
        receive(&phone, &package(&pro, &phone, 4), &peers).unwrap_err(),
        Refusal::Replayed
    );
    assert!(receive(&phone, &package(&pro, &phone, 6), &peers).is_ok());
}

#[test]
fn a_newer_format_is_named_as_such_and_an_older_or_foreign_one_is_malformed() {
    let (pro, phone) = (professional(), child_phone());
    let mut bytes = package(&pro, &phone, 1);
    bytes[3] = FORMAT_VERSION + 1;
    assert_eq!(
        receive(&phone, &bytes, &[]).unwrap_err(),
        Refusal::NewerFormat
    );
    bytes[3] = 0;
    assert_eq!(
        receive(&phone, &bytes, &[]).unwrap_err(),
        Refusal::Malformed
    );
    assert_eq!(
        receive(&phone, br#"{"format_version":1}"#, &[]).unwrap_err(),
        Refusal::Malformed
    );
    assert_eq!(receive(&phone, b"", &[]).unwrap_err(), Refusal::Malformed);
}

#[test]
fn an_oversized_file_is_refused_without_parsing() {
    let phone = child_phone();
    let mut big = package(&professional(), &phone, 1);
    big.resize(MAX_PACKAGE_BYTES + 1, 0);
    assert_eq!(receive(&phone, &big, &[]).unwrap_err(), Refusal::TooLarge);
    // A colleague's case may be larger; nothing is larger than that, whatever it says.
    big.resize(MAX_CASE_PACKAGE_BYTES + 1, 0);
    assert_eq!(receive(&phone, &big, &[]).unwrap_err(), Refusal::TooLarge);
    assert_eq!(Kind::Case.limit(), MAX_CASE_PACKAGE_BYTES);
    assert_eq!(Kind::Plan.limit(), MAX_PACKAGE_BYTES);
}

#[test]
fn every_truncation_and_every_flipped_bit_is_refused() {
    let (pro, phone) = (professional(), child_phone());
    let bytes = package(&pro, &phone, 2);
    let peers = [pro.peer(1)];
    for len in 0..bytes.len() {
        assert!(
            receive(&phone, &bytes[..len], &peers).is_err(),
            "cut at {len}"
        );
    }
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        assert!(receive(&phone, &flipped, &peers).is_err(), "bit {bit}");
    }
    // Trailing bytes too.
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        receive(&phone, &longer, &peers).unwrap_err(),
        Refusal::Malformed
    );
}

#[test]
fn the_check_code_is_the_same_on_both_phones() {
    let (a, b) = (key(1, b"sign"), key(2, b"sign"));
    let digest = |input: Vec<u8>| hash(&[&input], 32);
    let code = check_code(&digest(check_code_input(&a, &b)));
    assert_eq!(code, check_code(&digest(check_code_input(&b, &a))));
    assert_eq!(code.len(), 7);
    assert!(code.chars().enumerate().all(|(i, c)| if i == 3 {
        c == ' '
    } else {
        c.is_ascii_digit()
    }));
    assert_ne!(
        code,
        check_code(&digest(check_code_input(&a, &key(3, b"sign"))))
    );
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_open(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let phone = child_phone();
        prop_assert!(receive(&phone, &bytes, &[professional().peer(0)]).is_err());
    }

    #[test]
    fn any_payload_round_trips(payload in proptest::collection::vec(any::<u8>(), 0..2000), seq in 1u64..u64::MAX) {
        let (pro, phone) = (professional(), child_phone());
        let bytes = block_on(seal(&outgoing(&pro, &phone, seq), &payload, &pro)).unwrap();
        let opened = receive(&phone, &bytes, &[pro.peer(seq - 1)]).unwrap();
        prop_assert_eq!(opened.payload, payload);
    }
}

#[test]
fn a_stranger_claiming_a_paired_devices_id_is_refused_even_while_pairing_is_open() {
    let (pro, phone, stranger) = (professional(), child_phone(), Device::new(5));
    let mut out = outgoing(&stranger, &phone, 9);
    out.sender.device = pro.id;
    let claimed = block_on(seal(&out, PAYLOAD, &stranger)).unwrap();
    let peers = [pro.peer(3)];
    // The person chose to pair with another professional: first contacts are allowed.
    let open_to_new = plan_for(&phone, &peers, true);
    assert_eq!(
        block_on(open(&claimed, &open_to_new, &phone)).unwrap_err(),
        Refusal::UnknownSender
    );
    // The professional's signing key with another agreement key is not the professional.
    let mut swapped = outgoing(&pro, &phone, 4);
    swapped.sender.agreement = stranger.sender().agreement;
    let swapped = block_on(seal(&swapped, PAYLOAD, &pro)).unwrap();
    assert_eq!(
        block_on(open(&swapped, &open_to_new, &phone)).unwrap_err(),
        Refusal::UnknownSender
    );
    // A genuinely new professional still pairs.
    assert!(
        block_on(open(&package(&stranger, &phone, 1), &open_to_new, &phone))
            .unwrap()
            .first_contact
    );
}

/// The phone's cryptography, counting what it decrypts.
struct Counting<'a>(&'a Device, std::cell::Cell<u32>);

impl Open for Counting<'_> {
    async fn verify(&self, key: &PublicKey, message: &[u8], sig: &[u8; SIGNATURE_BYTES]) -> bool {
        self.0.verify(key, message, sig).await
    }

    async fn decrypt(
        &self,
        ephemeral: &PublicKey,
        nonce: &[u8; NONCE_BYTES],
        aad: &[u8],
        ciphertext: &[u8],
    ) -> Option<Vec<u8>> {
        self.1.set(self.1.get() + 1);
        self.0.decrypt(ephemeral, nonce, aad, ciphertext).await
    }

    async fn inflate(&self, bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
        self.1.set(self.1.get() + 1);
        self.0.inflate(bytes, limit).await
    }
}

#[test]
fn nothing_is_decrypted_before_a_package_is_known_to_be_for_this_device_and_trusted() {
    let (pro, phone, other) = (professional(), child_phone(), Device::new(6));
    let peers = [pro.peer(5)];
    let expect = plan_for(&phone, &peers, false);
    let mut edited = Envelope::parse(&package(&pro, &phone, 6)).unwrap();
    edited.sequence = 7;
    let mut answers = outgoing(&pro, &phone, 6);
    answers.kind = Kind::Answers;
    let refused = [
        (package(&pro, &other, 6), Refusal::NotForThisDevice),
        (
            block_on(seal(&answers, PAYLOAD, &pro)).unwrap(),
            Refusal::WrongKind,
        ),
        (edited.to_bytes(), Refusal::BadSignature),
        (package(&other, &phone, 6), Refusal::UnknownSender),
        (package(&pro, &phone, 5), Refusal::Replayed),
    ];
    for (bytes, why) in refused {
        let counting = Counting(&phone, std::cell::Cell::new(0));
        assert_eq!(block_on(open(&bytes, &expect, &counting)).unwrap_err(), why);
        assert_eq!(counting.1.get(), 0, "{why:?}: decrypted before refusing");
    }
}

#[test]
fn a_package_its_receiver_would_refuse_is_never_made() {
    let (pro, phone) = (professional(), child_phone());
    assert!(block_on(seal(&outgoing(&pro, &phone, 0), PAYLOAD, &pro)).is_none());
    let huge = vec![b'a'; veilig::domain::envelope::MAX_PAYLOAD_BYTES + 1];
    assert!(block_on(seal(&outgoing(&pro, &phone, 1), &huge, &pro)).is_none());
}
