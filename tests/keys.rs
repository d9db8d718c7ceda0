//! The hand-over's keys and cryptography in headless Chromium (issue 13): the device's keys
//! are sealed at rest and cannot be exported, are gone from memory after the lock and the
//! same after a reload; a package made with WebCrypto opens on its recipient only, and a
//! changed bit, another recipient or a decompression bomb is refused.
#![cfg(target_arch = "wasm32")]

use veilig::domain::envelope::{
    open, seal, Envelope, Expect, Kind, Open, Outgoing, Peer, Refusal, Seal,
};
use veilig::domain::Id;
use veilig::storage::keys::{check_code, DeviceKeys};
use veilig::storage::{Db, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn random_id() -> Id {
    let mut bytes = [0u8; 16];
    for b in bytes.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    Id::from_random_bytes(bytes)
}

async fn unlocked() -> (Db, String) {
    let name = format!("veilig-keys-{}", random_id());
    let db = Db::open(&name, || panic!("nothing else holds this database open"))
        .await
        .unwrap();
    db.set_secret("246810").await.unwrap();
    (db, name)
}

async fn finish(db: Db, name: &str) {
    db.close();
    Db::delete_database(name).await.unwrap();
}

/// Every raw value in the `meta` store, as IndexedDB holds it.
async fn raw_meta(name: &str) -> Vec<(String, wasm_bindgen::JsValue)> {
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    let db = Database::open(name).await.unwrap();
    let tx = db.transaction("meta").build().unwrap();
    let store = tx.object_store("meta").unwrap();
    let keys: Vec<String> = store
        .get_all_keys::<String>()
        .primitive()
        .unwrap()
        .await
        .unwrap()
        .map(|k| k.unwrap())
        .collect();
    let mut out = Vec::new();
    for key in keys {
        let value: Option<wasm_bindgen::JsValue> =
            store.get(key.clone()).primitive().unwrap().await.unwrap();
        out.push((key, value.unwrap()));
    }
    drop(store);
    drop(tx);
    db.close();
    out
}

#[wasm_bindgen_test]
async fn the_keys_are_sealed_at_rest_cannot_be_exported_and_go_with_the_lock() {
    let (db, name) = unlocked().await;
    let device = random_id();
    let keys = db.device_keys(device).await.unwrap();
    assert_eq!(keys.device, device);
    assert!(!keys.extractable());
    // Asked again: the same keys, from memory.
    assert_eq!(
        db.device_keys(device).await.unwrap().signing_public,
        keys.signing_public
    );

    let stored = raw_meta(&name).await;
    let (_, record) = stored
        .iter()
        .find(|(k, _)| k == "keys")
        .expect("a keys record");
    assert!(
        wasm_bindgen::JsCast::is_instance_of::<js_sys::Uint8Array>(record),
        "the keys record is sealed"
    );
    let raw = String::from_utf8_lossy(&js_sys::Uint8Array::new(record).to_vec()).to_string();
    assert!(!raw.contains("private") && !raw.contains("signing"));
    // The public key's bytes are not there either: the whole record is sealed.
    let public = &keys.signing_public[1..17];
    assert!(!js_sys::Uint8Array::new(record)
        .to_vec()
        .windows(public.len())
        .any(|w| w == public));

    // The lock drops them; nothing new can be made while locked.
    db.lock();
    assert_eq!(
        db.device_keys(device).await.unwrap_err(),
        StorageError::Locked
    );
    // After a reload and the right secret, the same keys come back.
    db.close();
    let db = Db::open(&name, || panic!("closed")).await.unwrap();
    assert_eq!(
        db.device_keys(device).await.unwrap_err(),
        StorageError::Locked
    );
    assert!(db.unlock("246810").await.unwrap());
    let again = db.device_keys(random_id()).await.unwrap();
    assert_eq!(again.signing_public, keys.signing_public);
    assert_eq!(again.agreement_public, keys.agreement_public);
    assert_eq!(again.device, device);
    finish(db, &name).await;
}

async fn two_devices() -> ((Db, String, DeviceKeys), (Db, String, DeviceKeys)) {
    let (a, a_name) = unlocked().await;
    let (b, b_name) = unlocked().await;
    let a_keys = a.device_keys(random_id()).await.unwrap();
    let b_keys = b.device_keys(random_id()).await.unwrap();
    ((a, a_name, a_keys), (b, b_name, b_keys))
}

#[wasm_bindgen_test]
async fn a_package_made_with_webcrypto_opens_on_its_recipient_only() {
    let ((a, a_name, pro), (b, b_name, phone)) = two_devices().await;
    let payload = "Oma Els 0612345678 ".repeat(40);
    let out = Outgoing {
        kind: Kind::Plan,
        sender: pro.sender(),
        recipient: phone.device,
        recipient_key: phone.agreement_public,
        sequence: 1,
        issued_at: 1_796_000_000,
    };
    let bytes = seal(&out, payload.as_bytes(), &pro).await.unwrap();
    // Compressed: far smaller than the payload, and nothing of it readable.
    assert!(bytes.len() < payload.len() / 2, "{} bytes", bytes.len());
    assert!(!String::from_utf8_lossy(&bytes).contains("Oma Els"));

    let expect = Expect {
        me: phone.device,
        kind: Kind::Plan,
        peers: &[],
        first_contact: true,
    };
    let opened = open(&bytes, &expect, &phone).await.unwrap();
    assert_eq!(opened.payload, payload.as_bytes());
    assert!(opened.first_contact);
    assert_eq!(opened.sender, pro.sender());

    // Both phones show the same check code.
    assert_eq!(
        check_code(&pro.signing_public, &phone.signing_public)
            .await
            .unwrap(),
        check_code(&phone.signing_public, &pro.signing_public)
            .await
            .unwrap()
    );

    // Once paired: the same package again is a replay.
    let peers = [Peer {
        sender: pro.sender(),
        last_sequence: 1,
    }];
    let paired = Expect {
        peers: &peers,
        first_contact: false,
        ..expect.clone()
    };
    assert_eq!(
        open(&bytes, &paired, &phone).await.unwrap_err(),
        Refusal::Replayed
    );

    // Flipped bits in the sequence number, the ciphertext and the signature.
    let envelope = Envelope::parse(&bytes).unwrap();
    let header = envelope.header().len();
    for at in [header - 30, header + 10, bytes.len() - 1] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x01;
        assert!(open(&flipped, &expect, &phone).await.is_err(), "byte {at}");
    }
    // The sender's own key does not open what it sent to the phone.
    assert!(pro
        .decrypt(
            &envelope.ephemeral,
            &envelope.nonce,
            &envelope.header(),
            &envelope.ciphertext
        )
        .await
        .is_none());
    // Signed by the phone instead: a valid signature by a device that is not paired.
    let forged = seal(
        &Outgoing {
            sender: phone.sender(),
            sequence: 9,
            ..out.clone()
        },
        b"{}",
        &phone,
    )
    .await
    .unwrap();
    assert_eq!(
        open(&forged, &paired, &phone).await.unwrap_err(),
        Refusal::UnknownSender
    );

    finish(a, &a_name).await;
    finish(b, &b_name).await;
}

#[wasm_bindgen_test]
async fn a_decompression_bomb_is_stopped_at_the_limit() {
    let (db, name) = unlocked().await;
    let keys = db.device_keys(random_id()).await.unwrap();
    let zeros = vec![0u8; 200_000];
    let small = keys.deflate(&zeros).await.unwrap();
    assert!(small.len() < 1_000, "{} bytes", small.len());
    assert_eq!(keys.inflate(&small, 300_000).await.unwrap(), zeros);
    assert!(keys.inflate(&small, 100_000).await.is_none());
    assert!(keys
        .inflate(b"not deflate data at all", 1_000)
        .await
        .is_none());
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn paired_phones_are_kept_per_family_sealed_and_can_be_forgotten() {
    use veilig::domain::pairing::PairedDevice;
    let (db, name) = unlocked().await;
    let (family, other) = (random_id(), random_id());
    let phone = |family, device| PairedDevice {
        family,
        person: random_id(),
        device,
        signing: vec![4; 65],
        agreement: vec![4; 65],
        paired_at: veilig::service::clock::now(),
        last_sent: 0,
        last_received: 0,
        unpaired: false,
    };
    let noor = phone(family, random_id());
    let daan = phone(family, random_id());
    db.put_paired_device(&noor).await.unwrap();
    db.put_paired_device(&daan).await.unwrap();
    db.put_paired_device(&phone(other, random_id()))
        .await
        .unwrap();
    let listed = db.paired_devices(family).await.unwrap();
    assert_eq!(listed.items.len(), 2);
    assert!(listed.items.contains(&noor) && listed.items.contains(&daan));
    db.remove_paired_device(family, noor.device).await.unwrap();
    assert_eq!(
        db.paired_devices(family).await.unwrap().items,
        vec![daan.clone()]
    );
    assert_eq!(db.paired_devices(other).await.unwrap().items.len(), 1);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn pairing_a_phone_again_keeps_its_sequence_numbers_and_one_phone_is_one_persons() {
    use veilig::domain::pairing::pairing_code;
    use veilig::domain::{Author, Role};
    use veilig::service::{PairRefusal, Session};
    let (pro_db, pro_name) = unlocked().await;
    let (phone_db, phone_name) = unlocked().await;
    let phone = phone_db.device_keys(random_id()).await.unwrap();
    let code = pairing_code(&phone.sender());
    let author = Author {
        device: random_id(),
        role: Role::Professional,
    };
    let session = Session::new(pro_db.clone(), author);
    let (family, noor, daan) = (random_id(), random_id(), random_id());
    let first = session.pair(family, noor, &code).await.unwrap();
    assert_eq!(first.check_code.len(), 7);
    // Packages went both ways since.
    let mut used = first.device.clone();
    used.last_sent = 4;
    used.last_received = 2;
    pro_db.put_paired_device(&used).await.unwrap();
    // Paired again (a new check at the kitchen table): the counters stay, so nothing old
    // can be replayed and the next plan is not refused as old.
    let again = session.pair(family, noor, &code).await.unwrap();
    assert_eq!((again.device.last_sent, again.device.last_received), (4, 2));
    assert_eq!(again.check_code, first.check_code);
    // Unpaired (a lost phone, found again) and paired again: still the same counters.
    session.unpair(family, first.device.device).await.unwrap();
    assert!(session
        .paired_devices(family)
        .await
        .unwrap()
        .items
        .is_empty());
    let back = session.pair(family, noor, &code).await.unwrap();
    assert_eq!((back.device.last_sent, back.device.last_received), (4, 2));
    // The same phone for another child of the family: refused.
    assert_eq!(
        session.pair(family, daan, &code).await.unwrap_err(),
        PairRefusal::PairedElsewhere
    );
    // Its own code: refused.
    let own = pairing_code(&pro_db.device_keys(author.device).await.unwrap().sender());
    assert_eq!(
        session.pair(family, noor, &own).await.unwrap_err(),
        PairRefusal::OwnCode
    );
    assert_eq!(pro_db.paired_devices(family).await.unwrap().items.len(), 1);
    finish(pro_db, &pro_name).await;
    finish(phone_db, &phone_name).await;
}

/// A professional's session with the example family agreed (revision 1), and its id.
async fn professional_with_agreed_example(
    db: &Db,
) -> (veilig::service::Session, veilig::domain::Family) {
    use veilig::domain::plan::Approval;
    use veilig::domain::{Author, Language, PersonKind, Role};
    use veilig::service::Session;
    let author = Author {
        device: random_id(),
        role: Role::Professional,
    };
    let session = Session::new(db.clone(), author);
    let id = session.store_demo(Language::Nl).await.unwrap();
    let case = session.case(id).await.unwrap().unwrap();
    let by: Vec<Id> = case
        .family
        .of_kind(PersonKind::Carer)
        .map(|p| p.id)
        .collect();
    let agreed = case
        .plan
        .agree(
            &case.family,
            Approval {
                on: veilig::service::clock::today(),
                by,
            },
            author,
            veilig::service::clock::now(),
        )
        .unwrap();
    session
        .agree(&case.family, &case.plan, &agreed)
        .await
        .unwrap();
    (session, case.family)
}

#[wasm_bindgen_test]
async fn a_plan_goes_to_a_paired_phone_is_pinned_there_across_a_reload_and_the_answer_comes_back() {
    use veilig::domain::package::{Answer, View};
    use veilig::domain::{Acknowledgement, Author, PersonKind, RecordMeta, Role};
    use veilig::service::{ReceiveRefusal, Session};
    let (pro_db, pro_name) = unlocked().await;
    let (phone_db, phone_name) = unlocked().await;
    let (pro, family) = professional_with_agreed_example(&pro_db).await;
    let sanne = family.of_kind(PersonKind::Carer).next().unwrap().id;
    let phone_author = Author {
        device: random_id(),
        role: Role::Parent,
    };
    let phone = Session::new(phone_db.clone(), phone_author);
    let code = phone.pairing_code().await.unwrap();
    let paired = pro.pair(family.id, sanne, &code).await.unwrap();
    let device = paired.device.device;
    assert_eq!(device, phone_author.device);

    // The phone once got the whole case as a plain file (before packages existed).
    let case = pro.case(family.id).await.unwrap().unwrap();
    let plain = veilig::domain::export::export(
        &case.family,
        &case.plan,
        &case.revisions,
        veilig::service::clock::now(),
    );
    phone.import_case(plain.as_bytes(), None).await.unwrap();

    let (first, shown) = pro.plan_package(family.id, device).await.unwrap();
    assert_eq!(shown, paired.check_code);
    let (second, _) = pro.plan_package(family.id, device).await.unwrap();
    // Opened on the phone: its first professional, so the check code is shown, the same
    // one the professional saw.
    let incoming = phone.receive_plan(&first, false).await.unwrap();
    assert_eq!(
        incoming.check_code.as_deref(),
        Some(paired.check_code.as_str())
    );
    let View::Carer(view) = &incoming.received.view else {
        panic!("a parent gets a parent's view")
    };
    assert_eq!(view.person, Some(sanne));
    assert!(!incoming.changes.is_empty());
    // Not accepted yet: nothing stored.
    assert!(phone_db.pinned().await.unwrap().items.is_empty());
    // A first professional is pinned only with the check code typed from their phone.
    assert_eq!(
        phone.accept_plan(&incoming, "").await.unwrap_err(),
        ReceiveRefusal::CheckCode
    );
    assert!(phone_db.pinned().await.unwrap().items.is_empty());
    assert!(phone_db.plan_views().await.unwrap().items.is_empty());
    assert!(phone.case(family.id).await.unwrap().is_some());
    phone.accept_plan(&incoming, &shown).await.unwrap();
    assert_eq!(phone_db.pinned().await.unwrap().items.len(), 1);
    // The view replaced the plain copy: the whole case is gone from the phone, in the same
    // transaction; the professional's own case is untouched.
    assert_eq!(phone.case(family.id).await.unwrap(), None);
    assert!(phone.cases().await.unwrap().items.is_empty());
    assert_eq!(pro.case(family.id).await.unwrap(), Some(case));
    // Accepting the same package again (a second tab): refused.
    assert_eq!(
        phone.accept_plan(&incoming, &shown).await.unwrap_err(),
        ReceiveRefusal::Package(Refusal::Replayed)
    );

    // After a reload (a new connection, unlocked again): the professional is still pinned,
    // so the first package is a replay and the second applies without a check code.
    phone_db.close();
    let reopened = Db::open(&phone_name, || panic!("nothing else holds it open"))
        .await
        .unwrap();
    assert!(reopened.unlock("246810").await.unwrap());
    let phone = Session::new(reopened.clone(), phone_author);
    assert_eq!(
        phone.receive_plan(&first, false).await.unwrap_err(),
        ReceiveRefusal::Package(Refusal::Replayed)
    );
    let next = phone.receive_plan(&second, false).await.unwrap();
    assert_eq!(next.check_code, None);
    assert!(
        next.changes.is_empty(),
        "the same plan again changes nothing"
    );
    phone.accept_plan(&next, "").await.unwrap();

    // An updated plan: the professional agrees version 2 with one agreement more. The phone
    // says what it changes before anything is stored, and shows it once accepted.
    {
        use veilig::domain::package::ChangeKind;
        use veilig::domain::plan::Approval;
        let case = pro.case(family.id).await.unwrap().unwrap();
        let mut plan = case.plan.clone();
        let mut added = plan.agreements[0].clone();
        added.id = random_id();
        added.what = "Sanne belt oma Els als het thuis onrustig wordt.".into();
        added.only_for = None;
        plan.agreements.push(added);
        let agreed = plan
            .agree(
                &case.family,
                Approval {
                    on: veilig::service::clock::today(),
                    by: vec![sanne],
                },
                Author {
                    device: random_id(),
                    role: Role::Professional,
                },
                veilig::service::clock::now(),
            )
            .unwrap();
        pro.agree(&case.family, &plan, &agreed).await.unwrap();
        let (third, _) = pro.plan_package(family.id, device).await.unwrap();
        let update = phone.receive_plan(&third, false).await.unwrap();
        assert!(
            update
                .changes
                .iter()
                .any(|c| c.kind == ChangeKind::New && c.what.contains("onrustig")),
            "the new agreement is said before it is stored"
        );
        let shows = |views: &[veilig::domain::pairing::ReceivedView]| {
            views.iter().any(|v| {
                let veilig::domain::package::View::Carer(view) = &v.view else {
                    return false;
                };
                view.agreements.iter().any(|a| a.what.contains("onrustig"))
            })
        };
        assert!(!shows(&reopened.plan_views().await.unwrap().items));
        phone.accept_plan(&update, "").await.unwrap();
        assert!(shows(&reopened.plan_views().await.unwrap().items));
    }

    // A package from another professional's device, not pinned: refused unless the person
    // says it comes from a new professional.
    let (other_db, other_name) = unlocked().await;
    let (other, other_family) = professional_with_agreed_example(&other_db).await;
    let other_sanne = other_family.of_kind(PersonKind::Carer).next().unwrap().id;
    other
        .pair(other_family.id, other_sanne, &code)
        .await
        .unwrap();
    let (foreign, _) = other.plan_package(other_family.id, device).await.unwrap();
    assert_eq!(
        phone.receive_plan(&foreign, false).await.unwrap_err(),
        ReceiveRefusal::Package(Refusal::UnknownSender)
    );
    // ... and even then, a plan of another family is for someone else.
    assert_eq!(
        phone.receive_plan(&foreign, true).await.unwrap_err(),
        ReceiveRefusal::OtherPerson
    );

    // The way back: Sanne has a question.
    let ack = Acknowledgement {
        family: family.id,
        revision: 1,
        by: Some(sanne),
        on: veilig::service::clock::today(),
        answer: Answer::Question,
        words: "Mag oma ook 's nachts bellen?".into(),
        meta: RecordMeta::new(phone_author, veilig::service::clock::now()),
    };
    phone.acknowledge(&ack).await.unwrap();
    let answers = phone.answers_package().await.unwrap();
    let got = pro.receive_answers(family.id, &answers).await.unwrap();
    assert_eq!((got.person, got.answers, got.check_ins), (sanne, 1, 0));
    let kept = pro.acknowledgements(family.id).await.unwrap().items;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].answer, Answer::Question);
    assert_eq!(kept[0].words, "Mag oma ook 's nachts bellen?");
    // The same answers again: a replay.
    assert_eq!(
        pro.receive_answers(family.id, &answers).await.unwrap_err(),
        ReceiveRefusal::Package(Refusal::Replayed)
    );
    // An older answer sent again after a newer one was kept does not replace it.
    let newer = Acknowledgement {
        answer: Answer::Agree,
        words: String::new(),
        meta: RecordMeta::new(phone_author, veilig::service::clock::now()),
        ..ack.clone()
    };
    pro_db
        .acknowledge(&Acknowledgement {
            meta: RecordMeta::new(
                phone_author,
                veilig::service::clock::now() + chrono::Duration::hours(1),
            ),
            ..newer
        })
        .await
        .unwrap();
    let again = phone.answers_package().await.unwrap();
    pro.receive_answers(family.id, &again).await.unwrap();
    let kept = pro.acknowledgements(family.id).await.unwrap().items;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].answer, Answer::Agree, "the newer answer stays");
    // A plan package is not answers.
    assert_eq!(
        pro.receive_answers(family.id, &second).await.unwrap_err(),
        ReceiveRefusal::Package(Refusal::NotForThisDevice)
    );
    finish(pro_db, &pro_name).await;
    finish(reopened, &phone_name).await;
    finish(other_db, &other_name).await;
}

#[wasm_bindgen_test]
async fn a_whole_case_leaves_locked_with_its_own_code_and_opens_only_with_it() {
    use veilig::domain::coded_file::{grouped, read_code, CodeProblem};
    use veilig::domain::{Author, Role};
    use veilig::service::{ImportRefusal, Session};
    let (db, name) = unlocked().await;
    let (session, family) = professional_with_agreed_example(&db).await;
    let case = session.case(family.id).await.unwrap().unwrap();
    let first = session.export_case(&case).await.unwrap();
    let second = session.export_case(&case).await.unwrap();
    // Every file its own code: 28 symbols, never the device secret.
    assert_ne!(first.code, second.code);
    assert_eq!(first.code.len(), 28);
    assert!(!first.code.contains("246810"));
    // Nothing of the case can be read from the file.
    let text = String::from_utf8_lossy(&first.bytes);
    for person in &case.family.people {
        assert!(!text.contains(&person.name), "{} in the file", person.name);
    }
    assert!(!text.contains(&case.family.name));
    assert!(!text.contains("veilig\""));

    // Another device opens it with the code, typed as a person would, and only then.
    let (other_db, other_name) = unlocked().await;
    let other = Session::new(
        other_db.clone(),
        Author {
            device: random_id(),
            role: Role::Professional,
        },
    );
    assert_eq!(
        other.import_case(&first.bytes, None).await,
        Err(ImportRefusal::NeedsCode)
    );
    assert_eq!(
        other.import_case(&first.bytes, Some("ABCD")).await,
        Err(ImportRefusal::Code(CodeProblem::TooShort))
    );
    assert_eq!(
        other
            .import_case(&first.bytes, Some(&grouped(&second.code)))
            .await,
        Err(ImportRefusal::WrongCode)
    );
    // One flipped bit anywhere (header or ciphertext) and the right code no longer opens it.
    for at in [4usize, 10, 40, first.bytes.len() - 1] {
        let mut changed = first.bytes.clone();
        changed[at] ^= 1;
        assert!(
            other
                .import_case(&changed, Some(&first.code))
                .await
                .is_err(),
            "bit at {at}"
        );
    }
    assert!(other.cases().await.unwrap().items.is_empty());
    let typed = grouped(&first.code).to_lowercase();
    assert_eq!(read_code(&typed).unwrap(), first.code);
    let imported = other.import_case(&first.bytes, Some(&typed)).await.unwrap();
    assert_eq!(imported, case);
    assert_eq!(other.case(family.id).await.unwrap(), Some(case.clone()));
    // A plain file from an earlier release still opens, without a code.
    let plain = veilig::domain::export::export(
        &case.family,
        &case.plan,
        &case.revisions,
        veilig::service::clock::now(),
    );
    assert_eq!(other.import_case(plain.as_bytes(), None).await, Ok(case));
    finish(db, &name).await;
    finish(other_db, &other_name).await;
}
