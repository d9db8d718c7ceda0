//! Storage tests in headless Chromium against real IndexedDB. Every test opens its own
//! randomly named database and deletes it at the end.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use chrono::{TimeZone, Utc};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use veilig::domain::{Author, DeviceProfile, Id, Role, SafePerson, SafePersonDraft};
use veilig::storage::schema::Version;
use veilig::storage::Db;
use veilig::storage::Store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    for b in bytes.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    bytes
}

fn fresh_name() -> String {
    format!("veilig-test-{}", Id::from_random_bytes(random_bytes()))
}

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([7; 16]),
        role: Role::YoungPerson,
    }
}

fn person(name: &str, phone: &str) -> SafePerson {
    let fields = SafePersonDraft {
        name: name.into(),
        relation: "oma".into(),
        phone: phone.into(),
        note: "bel na 5 uur".into(),
    }
    .validate()
    .unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    SafePerson::create(Id::from_random_bytes(random_bytes()), fields, author(), t)
}

async fn open(name: &str) -> Db {
    Db::open(name, || panic!("nothing else holds this database open"))
        .await
        .unwrap()
}

async fn finish(db: Db, name: &str) {
    db.close();
    Db::delete_database(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_new_database_has_the_current_schema_and_no_people() {
    let name = fresh_name();
    let db = open(&name).await;
    assert_eq!(db.version(), Version::CURRENT as u32);
    let listing = db.safe_people().await.unwrap();
    assert!(listing.items.is_empty());
    assert_eq!(listing.unreadable, 0);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn add_then_list_and_get_return_the_same_people() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    let fatima = person("juf Fatima", "010-1234567");
    db.put_safe_person(&els).await.unwrap();
    db.put_safe_person(&fatima).await.unwrap();

    let mut listed = db.safe_people().await.unwrap().items;
    listed.sort_by_key(|p| p.name.clone());
    let mut expected = vec![els.clone(), fatima.clone()];
    expected.sort_by_key(|p| p.name.clone());
    assert_eq!(listed, expected);
    assert_eq!(db.safe_person(els.id).await.unwrap(), Some(els));
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn data_survives_closing_and_reopening() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.close();

    let db = open(&name).await;
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn an_update_replaces_the_record_instead_of_adding_one() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    let fields = SafePersonDraft {
        name: "Oma Els".into(),
        relation: "oma".into(),
        phone: "06 87654321".into(),
        note: String::new(),
    }
    .validate()
    .unwrap();
    let later = Utc.with_ymd_and_hms(2026, 11, 2, 12, 0, 0).unwrap();
    let edited = els.edited(fields, author(), later);
    db.put_safe_person(&edited).await.unwrap();

    let listed = db.safe_people().await.unwrap().items;
    assert_eq!(listed, vec![edited.clone()]);
    assert_eq!(listed[0].meta.revision, 2);
    assert_eq!(listed[0].phone.canonical(), "+31687654321");
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn delete_removes_only_that_person() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    let fatima = person("juf Fatima", "010-1234567");
    db.put_safe_person(&els).await.unwrap();
    db.put_safe_person(&fatima).await.unwrap();

    db.delete_safe_person(els.id).await.unwrap();
    assert_eq!(db.safe_people().await.unwrap().items, vec![fatima.clone()]);
    assert_eq!(db.safe_person(els.id).await.unwrap(), None);
    // Deleting what is not there is not an error and changes nothing.
    db.delete_safe_person(els.id).await.unwrap();
    assert_eq!(db.safe_people().await.unwrap().items, vec![fatima]);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn the_device_profile_is_made_once() {
    let name = fresh_name();
    let db = open(&name).await;
    let t = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    let first = DeviceProfile {
        device: Id::from_random_bytes([1; 16]),
        created_at: t,
    };
    let second = DeviceProfile {
        device: Id::from_random_bytes([2; 16]),
        created_at: t,
    };
    assert_eq!(db.device_profile_or(first.clone()).await.unwrap(), first);
    assert_eq!(db.device_profile_or(second).await.unwrap(), first);
    db.close();
    let db = open(&name).await;
    let third = DeviceProfile {
        device: Id::from_random_bytes([3; 16]),
        created_at: t,
    };
    assert_eq!(db.device_profile_or(third).await.unwrap(), first);
    finish(db, &name).await;
}

/// A record that cannot be decoded is counted, left in place, and does not hide the others.
#[wasm_bindgen_test]
async fn an_unreadable_record_is_counted_and_kept() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.close();

    // Write a broken value behind the app's back.
    write_behind_the_apps_back(&name, Store::SafePeople, "broken", "{ not json").await;

    let db = open(&name).await;
    let listing = db.safe_people().await.unwrap();
    assert_eq!(listing.items, vec![els]);
    assert_eq!(listing.unreadable, 1);
    // Listing again still finds it: nothing was deleted.
    assert_eq!(db.safe_people().await.unwrap().unreadable, 1);
    finish(db, &name).await;
}

/// When another tab upgrades the database, this connection closes itself and says so,
/// so the upgrade is not blocked.
#[wasm_bindgen_test]
async fn a_newer_tab_upgrading_closes_this_connection() {
    let name = fresh_name();
    let db = open(&name).await;
    let notified = Rc::new(Cell::new(false));
    let flag = notified.clone();
    db.on_version_change(move || flag.set(true));

    let newer = Database::open(name.as_str())
        .with_version(Version::CURRENT as u32 + 1)
        .with_on_blocked(|_| panic!("the old connection should have closed itself"))
        .await
        .unwrap();
    assert!(notified.get());
    assert_eq!(newer.version() as u32, Version::CURRENT as u32 + 1);
    newer.close();
    Db::delete_database(&name).await.unwrap();
}

/// Opening a database written by a newer version fails with a clear error, not a crash.
#[wasm_bindgen_test]
async fn a_database_from_a_newer_version_is_reported() {
    let name = fresh_name();
    let newer = Database::open(name.as_str())
        .with_version(Version::CURRENT as u32 + 1)
        .await
        .unwrap();
    newer.close();
    let result = Db::open(&name, || {}).await;
    assert_eq!(
        result.err(),
        Some(veilig::storage::StorageError::VersionTooNew)
    );
    Db::delete_database(&name).await.unwrap();
}

// --- the whole plan (schema v2) ----------------------------------------------------------

use veilig::domain::demo::demo_case;
use veilig::domain::export::import;
use veilig::domain::merge;
use veilig::domain::Language;
use veilig::domain::{Approval, PersonKind};

fn demo() -> (veilig::domain::Family, veilig::domain::SafetyPlan) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
    demo_case(
        || Id::from_random_bytes(random_bytes()),
        Language::Nl,
        author(),
        now,
        today,
    )
}

fn approval(family: &veilig::domain::Family) -> Approval {
    Approval {
        on: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        by: family.of_kind(PersonKind::Carer).map(|p| p.id).collect(),
    }
}

#[wasm_bindgen_test]
async fn a_complete_case_round_trips() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();

    // The people come back in the order they were entered, not in (random) key order.
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.family.people, family.people);
    assert_eq!(case.family.name, family.name);
    assert_eq!(case.plan, plan);
    assert!(case.revisions.is_empty());

    let listing = db.cases().await.unwrap();
    assert_eq!(listing.unreadable, 0);
    assert_eq!(listing.items.len(), 1);
    assert_eq!(listing.items[0].plan, plan);
    assert_eq!(listing.items[0].family.people.len(), family.people.len());

    // Removing a person from the family removes their record too.
    let mut smaller = family.clone();
    smaller.people.pop();
    db.save_case(&smaller, &plan).await.unwrap();
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.family.people.len(), family.people.len() - 1);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn agreeing_adds_revisions_and_old_ones_stay_readable() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 11, 0, 0).unwrap();
    let first = plan
        .agree(&family, approval(&family), author(), now)
        .unwrap();
    db.record_agreement(&first).await.unwrap();

    let mut changed = first.clone().touched(author(), now);
    changed.monitoring = "Elke week een huisbezoek.".into();
    db.save_plan(&changed).await.unwrap();
    let second = changed
        .agree(&family, approval(&family), author(), now)
        .unwrap();
    db.record_agreement(&second).await.unwrap();

    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.revisions, vec![first.clone(), second.clone()]);
    assert_eq!(case.plan, second);
    assert_ne!(case.revisions[0].monitoring, case.revisions[1].monitoring);
    finish(db, &name).await;
}

/// An aborted transaction writes nothing: recording a revision number twice fails, and the
/// working copy written in the same transaction stays as it was.
#[wasm_bindgen_test]
async fn an_aborted_transaction_leaves_earlier_data_intact() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 11, 0, 0).unwrap();
    let first = plan
        .agree(&family, approval(&family), author(), now)
        .unwrap();
    db.record_agreement(&first).await.unwrap();

    let mut clash = first.clone();
    clash.monitoring = "dit mag nergens terechtkomen".into();
    assert!(db.record_agreement(&clash).await.is_err());

    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.plan, first);
    assert_eq!(case.revisions, vec![first]);
    finish(db, &name).await;
}

/// A database written by the walking skeleton (schema v1) opens at the current version
/// with every record still there.
#[wasm_bindgen_test]
async fn upgrading_from_v1_keeps_every_record() {
    let name = fresh_name();
    let v1 = Db::open_at(&name, Version::V1, || {}).await.unwrap();
    assert_eq!(v1.version(), 1);
    let els = person("Oma Els", "06 12345678");
    let fatima = person("juf Fatima", "010-1234567");
    v1.put_safe_person(&els).await.unwrap();
    v1.put_safe_person(&fatima).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    let profile = DeviceProfile {
        device: Id::from_random_bytes([5; 16]),
        created_at: t,
    };
    v1.device_profile_or(profile.clone()).await.unwrap();
    v1.close();

    let db = open(&name).await;
    assert_eq!(db.version(), Version::CURRENT as u32);
    let mut people = db.safe_people().await.unwrap().items;
    people.sort_by_key(|p| p.name.clone());
    let mut expected = vec![els, fatima];
    expected.sort_by_key(|p| p.name.clone());
    assert_eq!(people, expected);
    let other = DeviceProfile {
        device: Id::from_random_bytes([6; 16]),
        created_at: t,
    };
    assert_eq!(db.device_profile_or(other).await.unwrap(), profile);
    // The new stores work.
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    assert_eq!(db.cases().await.unwrap().items.len(), 1);
    finish(db, &name).await;
}

/// An old tab that does not let go blocks the upgrade: the app is told, and the upgrade
/// goes ahead as soon as that connection closes.
#[wasm_bindgen_test]
async fn a_blocked_upgrade_is_reported_and_then_completes() {
    let name = fresh_name();
    let old = Db::open_at(&name, Version::V1, || {}).await.unwrap();
    let blocked = Rc::new(Cell::new(false));
    let flag = blocked.clone();
    let old_tab = old.clone();
    let db = Db::open(&name, move || {
        flag.set(true);
        old_tab.close();
    })
    .await
    .unwrap();
    assert!(blocked.get());
    assert_eq!(db.version(), Version::CURRENT as u32);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn an_imported_case_merges_with_the_stored_one() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 11, 0, 0).unwrap();
    let first = plan
        .agree(&family, approval(&family), author(), now)
        .unwrap();
    db.save_case(&family, &plan).await.unwrap();
    db.record_agreement(&first).await.unwrap();

    // Another device agreed revision 2 and exported the case.
    let later = Utc.with_ymd_and_hms(2026, 11, 25, 11, 0, 0).unwrap();
    let second = first
        .clone()
        .touched(author(), later)
        .agree(&family, approval(&family), author(), later)
        .unwrap();
    let text =
        veilig::domain::export::export(&family, &second, &[first.clone(), second.clone()], later);
    let incoming = import(text.as_bytes()).unwrap();

    let stored = db.case(family.id).await.unwrap();
    let merged = merge(stored, incoming.into());
    db.put_case(&merged).await.unwrap();
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.revisions, vec![first, second.clone()]);
    assert_eq!(case.plan, second);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn an_unreadable_family_is_counted_and_the_others_listed() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    db.close();

    write_behind_the_apps_back(&name, Store::Families, "broken", "{ broken").await;

    let db = open(&name).await;
    let listing = db.cases().await.unwrap();
    assert_eq!(listing.unreadable, 1);
    assert_eq!(listing.items.len(), 1);
    assert_eq!(listing.items[0].family.name, family.name);
    finish(db, &name).await;
}

use veilig::domain::{Acknowledgement, AgeBand, CheckIn, DeviceSetup, RecordMeta};

/// A database written with schema v2 (families and plans) opens at the current version
/// with its case, revisions, safe people and device profile all still there.
#[wasm_bindgen_test]
async fn upgrading_from_v2_keeps_every_record() {
    let name = fresh_name();
    let v2 = Db::open_at(&name, Version::V2, || {}).await.unwrap();
    let els = person("Oma Els", "06 12345678");
    v2.put_safe_person(&els).await.unwrap();
    let (family, plan) = demo();
    v2.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let agreed = plan
        .clone()
        .agree(&family, approval(&family), author(), t)
        .unwrap();
    v2.record_agreement(&agreed).await.unwrap();
    v2.close();

    let db = open(&name).await;
    assert_eq!(db.version(), Version::CURRENT as u32);
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.family.people, family.people);
    assert_eq!(case.revisions, vec![agreed.clone()]);
    assert_eq!(case.plan, agreed);
    // The v3 stores work.
    assert!(db.setup().await.unwrap().is_none());
    assert!(db.check_ins().await.unwrap().items.is_empty());
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn the_device_setup_is_remembered_and_can_change() {
    let name = fresh_name();
    let db = open(&name).await;
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let young = DeviceSetup {
        role: Role::YoungPerson,
        family: None,
        person: None,
        band: Some(AgeBand::From12To15),
        chosen_at: t,
    };
    db.save_setup(&young).await.unwrap();
    db.close();
    let db = open(&name).await;
    assert_eq!(db.setup().await.unwrap(), Some(young));
    let parent = DeviceSetup {
        role: Role::Parent,
        family: Some(Id::from_random_bytes([3; 16])),
        person: None,
        band: None,
        chosen_at: t,
    };
    db.save_setup(&parent).await.unwrap();
    assert_eq!(db.setup().await.unwrap(), Some(parent));
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn check_ins_come_back_oldest_first() {
    let name = fresh_name();
    let db = open(&name).await;
    let mut made = Vec::new();
    // Written newest first; read back in time order (keys start with the time).
    for (hour, score) in [(15, 2u8), (9, 7), (12, 10)] {
        let t = Utc.with_ymd_and_hms(2026, 11, 24, hour, 0, 0).unwrap();
        let meta = RecordMeta::new(author(), t);
        let check_in = CheckIn::create(
            Id::from_random_bytes(random_bytes()),
            veilig::domain::SafetyScore::new(score),
            "",
            meta,
        )
        .unwrap();
        db.add_check_in(&check_in).await.unwrap();
        made.push(check_in);
    }
    made.sort_by_key(|c| c.at);
    assert_eq!(db.check_ins().await.unwrap().items, made);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn acknowledgements_are_kept_per_family_and_revision() {
    let name = fresh_name();
    let db = open(&name).await;
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let (family, _) = demo();
    let sanne = family.of_kind(PersonKind::Carer).next().unwrap().id;
    let ack = |family: Id, revision: u32, by: Option<Id>| Acknowledgement {
        family,
        revision,
        by,
        on,
        answer: Default::default(),
        words: String::new(),
        meta: RecordMeta::new(author(), t),
    };
    let mine = [ack(family.id, 1, Some(sanne)), ack(family.id, 2, None)];
    for a in &mine {
        db.acknowledge(a).await.unwrap();
    }
    // Acknowledging again replaces, not duplicates; another family stays apart.
    db.acknowledge(&mine[0]).await.unwrap();
    db.acknowledge(&ack(Id::from_random_bytes([4; 16]), 1, None))
        .await
        .unwrap();
    assert_eq!(
        db.acknowledgements(family.id).await.unwrap().items,
        mine.to_vec()
    );
    finish(db, &name).await;
}

/// Every raw value of every store, as stored (for looking for plaintext).
async fn raw_values(name: &str) -> Vec<(String, String, wasm_bindgen::JsValue)> {
    let db = Database::open(name).await.unwrap();
    let stores: Vec<String> = db.object_store_names().collect();
    let mut out = Vec::new();
    for store in stores {
        let tx = db.transaction(store.as_str()).build().unwrap();
        let os = tx.object_store(&store).unwrap();
        let keys: Vec<String> = os
            .get_all_keys::<String>()
            .primitive()
            .unwrap()
            .await
            .unwrap()
            .map(|k| k.unwrap())
            .collect();
        for key in keys {
            let value: Option<wasm_bindgen::JsValue> =
                os.get(key.clone()).primitive().unwrap().await.unwrap();
            out.push((store.clone(), key, value.unwrap()));
        }
    }
    db.close();
    out
}

/// A value holds `canary` if its text (or its bytes read as text) contains it.
fn holds(value: &wasm_bindgen::JsValue, canary: &str) -> bool {
    if let Some(text) = value.as_string() {
        return text.contains(canary);
    }
    let bytes = js_sys::Uint8Array::new(value).to_vec();
    String::from_utf8_lossy(&bytes).contains(canary)
}

/// A database written before the lock (v3, plaintext) gets its first secret: every record
/// is encrypted, still readable with the key, and nothing is left in plaintext.
#[wasm_bindgen_test]
async fn the_first_secret_encrypts_every_record_written_before() {
    let name = fresh_name();
    let db = open(&name).await;
    let canary = person("Kanarie Zonnebloem", "06 98765432");
    db.put_safe_person(&canary).await.unwrap();
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    db.device_profile_or(DeviceProfile {
        device: Id::from_random_bytes([5; 16]),
        created_at: t,
    })
    .await
    .unwrap();
    // Monitoring too: a recorded visit, one being typed, an evaluation and a tombstone.
    let mut recorded = new_visit(&plan, 20);
    recorded.worries = "Kanarie maakt zich zorgen".into();
    let recorded = recorded.record(&family, author(), t, today()).unwrap();
    db.record_visit(&recorded).await.unwrap();
    let mut typing = new_visit(&plan, 21);
    typing.children_say = "Zonnebloem".into();
    db.save_visit_draft(&typing).await.unwrap();
    let mut evaluation = new_evaluation(&plan);
    evaluation.reasons = "Kanarie".into();
    db.record_evaluation(&evaluation, None).await.unwrap();
    let gone = new_visit(&plan, 22)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&gone).await.unwrap();
    db.delete_visit(&tombstone(&gone)).await.unwrap();
    assert!(raw_values(&name)
        .await
        .iter()
        .any(|(_, _, v)| holds(v, "Kanarie")));

    assert!(!db.has_secret().await.unwrap());
    db.set_secret("246810").await.unwrap();
    assert!(db.is_unlocked());
    // Everything still reads back the same.
    assert_eq!(db.safe_people().await.unwrap().items, vec![canary.clone()]);
    assert_eq!(db.case(family.id).await.unwrap().unwrap().plan, plan);
    let monitoring = db.monitoring(family.id).await.unwrap();
    assert_eq!(monitoring.visits, vec![recorded]);
    assert_eq!(monitoring.visit_drafts, vec![typing]);
    assert_eq!(monitoring.evaluations, vec![evaluation]);
    assert_eq!(db.deletions(family.id).await.unwrap().items.len(), 1);
    // And nothing is stored as text any more, except the lock record itself.
    for (store, key, value) in raw_values(&name).await {
        if store == "meta" && key == "lock" {
            continue;
        }
        assert!(
            wasm_bindgen::JsCast::is_instance_of::<js_sys::Uint8Array>(&value),
            "{store}/{key} is not sealed"
        );
        for needle in ["Kanarie", "Zonnebloem", "98765432", "Bakker", "Oma Els"] {
            assert!(!holds(&value, needle), "{store}/{key} shows {needle}");
        }
    }
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn a_new_connection_starts_locked_and_only_the_right_secret_opens_it() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.set_secret("246810").await.unwrap();
    db.close();

    let db = open(&name).await;
    assert!(db.has_secret().await.unwrap());
    assert!(!db.is_unlocked());
    assert_eq!(db.safe_people().await.unwrap().items, vec![]);
    assert_eq!(db.safe_people().await.unwrap().unreadable, 1);
    // Locked: nothing can be written, not even in plaintext.
    let fatima = person("juf Fatima", "010-1234567");
    assert_eq!(
        db.put_safe_person(&fatima).await,
        Err(veilig::storage::StorageError::Locked)
    );
    assert!(!db.unlock("135790").await.unwrap());
    assert!(!db.is_unlocked());
    assert!(db.unlock("246810").await.unwrap());
    assert_eq!(db.safe_people().await.unwrap().items, vec![els.clone()]);
    db.lock();
    assert!(!db.is_unlocked());
    assert_eq!(db.safe_people().await.unwrap().items, vec![]);
    finish(db, &name).await;
}

/// The family's door hands its key to the home (`ui::shell::part`): the home's connection
/// opens with it only if it opens this device's check value.
#[wasm_bindgen_test]
async fn a_handed_over_key_opens_only_the_device_it_was_made_on() {
    let (name, other_name) = (fresh_name(), fresh_name());
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.set_secret("246810").await.unwrap();
    db.close();
    // Another device with the same code: its key is made with another salt.
    let other = open(&other_name).await;
    other.set_secret("246810").await.unwrap();
    let (other_key, _) = other.unlocked_key().unwrap();

    let door = open(&name).await;
    assert!(door.unlocked_key().is_none());
    assert!(door.unlock("246810").await.unwrap());
    let (key, factor) = door.unlocked_key().unwrap();
    assert_eq!(factor, None);

    let home = open(&name).await;
    assert!(!home.adopt_key(other_key, None).await.unwrap());
    assert!(!home.is_unlocked());
    assert_eq!(home.safe_people().await.unwrap().items, vec![]);
    assert!(home.adopt_key(key, None).await.unwrap());
    assert_eq!(home.safe_people().await.unwrap().items, vec![els]);
    door.close();
    finish(home, &name).await;
    finish(other, &other_name).await;
}

#[wasm_bindgen_test]
async fn changing_the_secret_re_encrypts_everything() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.set_secret("246810").await.unwrap();
    let before = raw_values(&name).await;
    assert!(db.check_secret("246810").await.unwrap());
    db.set_secret("een lange zin als code").await.unwrap();
    let after = raw_values(&name).await;
    // Every sealed value changed (a new key and new nonces).
    for ((store, key, old), (_, _, new)) in before.iter().zip(after.iter()) {
        if let (Some(old), Some(new)) = (old.as_string(), new.as_string()) {
            // The lock record: a new salt and check.
            assert_ne!(old, new);
            continue;
        }
        let old = js_sys::Uint8Array::new(old).to_vec();
        let new = js_sys::Uint8Array::new(new).to_vec();
        assert_ne!(old, new, "{store}/{key}");
    }
    db.close();
    let db = open(&name).await;
    assert!(db.has_secret().await.unwrap());
    assert!(!db.unlock("246810").await.unwrap());
    assert!(db.unlock("een lange zin als code").await.unwrap());
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn a_locked_device_cannot_get_a_new_secret_without_the_old_one() {
    let name = fresh_name();
    let db = open(&name).await;
    db.set_secret("246810").await.unwrap();
    db.close();
    let db = open(&name).await;
    assert_eq!(
        db.set_secret("999999").await,
        Err(veilig::storage::StorageError::Locked)
    );
    assert!(db.unlock("246810").await.unwrap());
    finish(db, &name).await;
}

// Monitoring: visits in versions, their working copies, evaluations, deletion and undo.

use veilig::domain::evaluation::{Conclusion, Evaluation};
use veilig::domain::visit::{Scorer, Visit};
use veilig::domain::Tombstone;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// A visit being typed, on day `day` of November 2026.
fn new_visit(plan: &veilig::domain::SafetyPlan, day: u32) -> Visit {
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(14, 0, 0)
        .unwrap();
    Visit::start(
        Id::from_random_bytes(random_bytes()),
        plan,
        &[],
        at,
        RecordMeta::new(
            author(),
            Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        ),
    )
}

fn new_evaluation(plan: &veilig::domain::SafetyPlan) -> Evaluation {
    let mut e = Evaluation::start(
        Id::from_random_bytes(random_bytes()),
        plan,
        today(),
        RecordMeta::new(
            author(),
            Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        ),
    );
    e.conclusion = Some(Conclusion::Continue);
    e.next_evaluation = chrono::NaiveDate::from_ymd_opt(2027, 2, 24);
    e
}

fn tombstone(visit: &Visit) -> Tombstone {
    Tombstone {
        id: visit.id,
        family: visit.family,
        meta: RecordMeta::new(
            author(),
            Utc.with_ymd_and_hms(2026, 11, 24, 16, 0, 0).unwrap(),
        ),
    }
}

/// A database of schema v3 (with the family's side) opens at v4 with everything kept, and
/// the new stores work.
#[wasm_bindgen_test]
async fn upgrading_from_v3_keeps_every_record() {
    let name = fresh_name();
    let v3 = Db::open_at(&name, Version::V3, || {}).await.unwrap();
    let els = person("Oma Els", "06 12345678");
    v3.put_safe_person(&els).await.unwrap();
    let (family, plan) = demo();
    v3.save_case(&family, &plan).await.unwrap();
    let check_in = CheckIn::create(
        Id::from_random_bytes(random_bytes()),
        veilig::domain::SafetyScore::new(7),
        "goed",
        RecordMeta::new(
            author(),
            Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        ),
    )
    .unwrap();
    v3.add_check_in(&check_in).await.unwrap();
    v3.close();

    let db = open(&name).await;
    assert_eq!(db.version(), Version::CURRENT as u32);
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    assert_eq!(db.case(family.id).await.unwrap().unwrap().plan, plan);
    assert_eq!(db.check_ins().await.unwrap().items, vec![check_in]);
    assert_eq!(
        db.monitoring(family.id).await.unwrap(),
        veilig::storage::monitoring::Monitoring::default()
    );
    finish(db, &name).await;
}

/// A database of schema v4 (with monitoring) opens at v5 with everything kept, and the
/// paired phones' store works.
#[wasm_bindgen_test]
async fn upgrading_from_v4_keeps_every_record() {
    let name = fresh_name();
    let v4 = Db::open_at(&name, Version::V4, || {}).await.unwrap();
    let els = person("Oma Els", "06 12345678");
    v4.put_safe_person(&els).await.unwrap();
    let (family, plan) = demo();
    v4.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let recorded = new_visit(&plan, 20)
        .record(&family, author(), t, today())
        .unwrap();
    v4.record_visit(&recorded).await.unwrap();
    v4.close();

    let db = open(&name).await;
    // Through v5 to v8: the hand-over's stores and the backup's are there, and empty; v8
    // (issue 18) creates nothing and keeps every record.
    assert_eq!(db.version(), Version::CURRENT as u32);
    assert_eq!(Version::CURRENT as u32, 8);
    assert!(db.kept_copies().await.unwrap().is_empty());
    assert!(db.pinned().await.unwrap().items.is_empty());
    assert!(db.plan_views().await.unwrap().items.is_empty());
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    assert_eq!(db.case(family.id).await.unwrap().unwrap().plan, plan);
    assert_eq!(
        db.monitoring(family.id).await.unwrap().visits,
        vec![recorded]
    );
    assert!(db.paired_devices(family.id).await.unwrap().items.is_empty());
    finish(db, &name).await;
}

/// A visit is kept while typed, recorded as version 1, corrected as version 2; both
/// versions stay readable and a version is never written twice.
#[wasm_bindgen_test]
async fn a_visit_is_kept_while_typed_and_recorded_in_versions() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();

    let mut visit = new_visit(&plan, 20);
    visit.parents_say = "Het gaat beter".into();
    visit.set_score(Scorer::Professional, veilig::domain::SafetyScore::new(5));
    db.save_visit_draft(&visit).await.unwrap();
    let m = db.monitoring(family.id).await.unwrap();
    assert!(m.visits.is_empty());
    assert_eq!(m.new_visit(), Some(&visit));

    let v1 = visit.record(&family, author(), t, today()).unwrap();
    db.record_visit(&v1).await.unwrap();
    let m = db.monitoring(family.id).await.unwrap();
    assert_eq!(m.visits, vec![v1.clone()]);
    assert!(
        m.visit_drafts.is_empty(),
        "recording lets go of the working copy"
    );

    // A correction: typed on a copy of version 1, recorded as version 2.
    let mut correction = v1.clone();
    correction.parents_say = "Het gaat veel beter".into();
    db.save_visit_draft(&correction).await.unwrap();
    assert_eq!(
        db.monitoring(family.id).await.unwrap().draft_of(v1.id),
        Some(&correction)
    );
    let v2 = correction
        .record(&family, author(), t + chrono::Duration::hours(1), today())
        .unwrap();
    db.record_visit(&v2).await.unwrap();
    let m = db.monitoring(family.id).await.unwrap();
    assert_eq!(m.visits, vec![v2.clone()]);
    let versions = db.visit_versions(family.id, v1.id).await.unwrap().items;
    assert_eq!(versions, vec![v1.clone(), v2.clone()]);
    assert_eq!(versions[0].parents_say, "Het gaat beter");

    // Recording version 2 again fails, and changes nothing.
    let mut again = v2.clone();
    again.parents_say = "overschreven".into();
    assert!(db.record_visit(&again).await.is_err());
    assert_eq!(
        db.visit_versions(family.id, v1.id).await.unwrap().items,
        vec![v1, v2]
    );
    finish(db, &name).await;
}

/// Deleting a visit removes every version and its working copy and leaves a tombstone; the
/// undo puts back exactly what was there.
#[wasm_bindgen_test]
async fn deleting_a_visit_leaves_a_tombstone_and_can_be_undone() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();
    let kept = new_visit(&plan, 10)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&kept).await.unwrap();
    let v1 = new_visit(&plan, 20)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&v1).await.unwrap();
    let v2 = v1.record(&family, author(), t, today()).unwrap();
    db.record_visit(&v2).await.unwrap();
    let mut typing = v2.clone();
    typing.worries = "nog bezig".into();
    db.save_visit_draft(&typing).await.unwrap();

    let removed = db.delete_visit(&tombstone(&v1)).await.unwrap();
    let m = db.monitoring(family.id).await.unwrap();
    assert_eq!(m.visits, vec![kept.clone()]);
    assert!(m.visit_drafts.is_empty());
    assert!(db
        .visit_versions(family.id, v1.id)
        .await
        .unwrap()
        .items
        .is_empty());
    assert_eq!(
        db.deletions(family.id).await.unwrap().items,
        vec![tombstone(&v1)]
    );

    db.restore(&removed).await.unwrap();
    let m = db.monitoring(family.id).await.unwrap();
    assert_eq!(m.visits, vec![kept, v2.clone()]);
    assert_eq!(m.visit_drafts, vec![typing]);
    assert_eq!(
        db.visit_versions(family.id, v1.id).await.unwrap().items,
        vec![v1, v2]
    );
    assert!(db.deletions(family.id).await.unwrap().items.is_empty());
    finish(db, &name).await;
}

/// A working copy thrown away comes back with the undo.
#[wasm_bindgen_test]
async fn a_discarded_working_copy_can_be_put_back() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let mut visit = new_visit(&plan, 20);
    visit.network_say = "Oma Els komt elke woensdag".into();
    db.save_visit_draft(&visit).await.unwrap();
    let removed = db.discard_draft(family.id, visit.id).await.unwrap();
    assert!(db
        .monitoring(family.id)
        .await
        .unwrap()
        .visit_drafts
        .is_empty());
    db.restore(&removed).await.unwrap();
    assert_eq!(
        db.monitoring(family.id).await.unwrap().visit_drafts,
        vec![visit]
    );
    finish(db, &name).await;
}

/// An evaluation is kept while typed; recording it with "adjust the plan" writes the new
/// working copy of the plan in the same transaction. Monitoring of all families is grouped
/// by family.
#[wasm_bindgen_test]
async fn an_evaluation_that_adjusts_the_plan_opens_a_new_draft() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let agreed = plan.agree(&family, approval(&family), author(), t).unwrap();
    db.record_agreement(&agreed).await.unwrap();
    let (other_family, other_plan) = demo();
    db.save_case(&other_family, &other_plan).await.unwrap();
    let other_visit = new_visit(&other_plan, 3)
        .record(&other_family, author(), t, today())
        .unwrap();
    db.record_visit(&other_visit).await.unwrap();

    let mut evaluation = new_evaluation(&agreed);
    evaluation.conclusion = None;
    db.save_evaluation_draft(&evaluation).await.unwrap();
    assert_eq!(
        db.monitoring(family.id).await.unwrap().evaluation_draft(),
        Some(&evaluation)
    );
    evaluation.conclusion = Some(Conclusion::AdjustPlan);
    let recorded = evaluation
        .record(&agreed, RecordMeta::new(author(), t), today(), &[])
        .unwrap();
    let adjusted = recorded.adjusted_plan(&agreed, author(), t).unwrap();
    db.record_evaluation(&recorded, Some(&adjusted))
        .await
        .unwrap();

    let m = db.monitoring(family.id).await.unwrap();
    assert_eq!(m.evaluations, vec![recorded.clone()]);
    assert!(m.evaluation_drafts.is_empty());
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.plan.status, veilig::domain::PlanStatus::Draft);
    assert_eq!(case.plan.revision, 1);
    assert_eq!(case.plan.period.next_evaluation, recorded.next_evaluation);
    assert_eq!(case.revisions, vec![agreed]);
    // An evaluation is recorded once.
    assert!(db.record_evaluation(&recorded, None).await.is_err());

    let (all, unreadable) = db.all_monitoring().await.unwrap();
    assert_eq!(unreadable, 0);
    assert_eq!(all[&family.id].evaluations, vec![recorded]);
    assert!(all[&family.id].visits.is_empty());
    assert_eq!(all[&other_family.id].visits, vec![other_visit]);
    finish(db, &name).await;
}

/// While locked, nothing of a visit can be written, and what was kept stays.
#[wasm_bindgen_test]
async fn a_locked_device_keeps_visits_and_refuses_to_write_them() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    db.set_secret("246810").await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 15, 0, 0).unwrap();
    let v1 = new_visit(&plan, 20)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&v1).await.unwrap();
    db.lock();
    assert_eq!(
        db.save_visit_draft(&new_visit(&plan, 21)).await,
        Err(veilig::storage::StorageError::Locked)
    );
    assert_eq!(
        db.record_visit(&v1.record(&family, author(), t, today()).unwrap())
            .await,
        Err(veilig::storage::StorageError::Locked)
    );
    assert!(db.unlock("246810").await.unwrap());
    assert_eq!(db.monitoring(family.id).await.unwrap().visits, vec![v1]);
    finish(db, &name).await;
}

/// Write `value` into `store` under `key` behind the app's back, as someone with the
/// browser's developer tools could.
async fn write_behind_the_apps_back(name: &str, store: Store, key: &str, value: &str) {
    let raw = Database::open(name).await.unwrap();
    let tx = raw
        .transaction(store.name())
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store(store.name())
        .unwrap()
        .put(value)
        .with_key(key.to_string())
        .primitive()
        .unwrap()
        .await
        .unwrap();
    tx.commit().await.unwrap();
    raw.close();
}

#[wasm_bindgen_test]
async fn plaintext_written_behind_the_apps_back_is_refused_once_a_secret_exists() {
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.set_secret("246810").await.unwrap();
    db.close();

    // Someone with the phone and devtools adds "a safe person" without knowing the code.
    let forged = person("Iemand anders", "06 99999999");
    let json = serde_json::to_string(&forged).unwrap();
    write_behind_the_apps_back(&name, Store::SafePeople, &forged.id.to_string(), &json).await;

    let db = open(&name).await;
    assert!(db.has_secret().await.unwrap());
    assert!(db.unlock("246810").await.unwrap());
    let listing = db.safe_people().await.unwrap();
    assert_eq!(listing.items, vec![els.clone()]);
    assert_eq!(listing.unreadable, 1);
    // A new code must not seal it as if it were real: it stays refused.
    db.set_secret("135790").await.unwrap();
    db.close();
    let db = open(&name).await;
    assert!(db.has_secret().await.unwrap());
    assert!(db.unlock("135790").await.unwrap());
    let listing = db.safe_people().await.unwrap();
    assert_eq!(listing.items, vec![els]);
    assert_eq!(listing.unreadable, 1);
    finish(db, &name).await;
}

#[wasm_bindgen_test]
async fn with_the_phones_lock_on_the_code_alone_opens_nothing_and_a_new_code_keeps_it() {
    use veilig::storage::lock::Passkey;
    let name = fresh_name();
    let db = open(&name).await;
    let els = person("Oma Els", "06 12345678");
    db.put_safe_person(&els).await.unwrap();
    db.set_secret("246810").await.unwrap();
    let phone = [7u8; 32];
    let key = Passkey {
        credential: vec![1, 2, 3],
        salt: vec![9; 32],
    };
    db.set_passkey("246810", Some((key.clone(), phone.to_vec())))
        .await
        .unwrap();
    db.close();

    let db = open(&name).await;
    assert_eq!(db.passkey().await.unwrap(), Some(key.clone()));
    // Someone with a copy of the data and the code, but not the phone's secret.
    assert!(!db.unlock("246810").await.unwrap());
    assert!(!db.unlock_with("246810", Some(&[8u8; 32])).await.unwrap());
    assert!(!db.unlock_with("135790", Some(&phone)).await.unwrap());
    assert_eq!(db.safe_people().await.unwrap().items, vec![]);
    assert!(db.unlock_with("246810", Some(&phone)).await.unwrap());
    assert_eq!(db.safe_people().await.unwrap().items, vec![els.clone()]);
    // A new code keeps the phone's lock on (its secret from this session).
    assert!(db.check_secret("246810").await.unwrap());
    db.set_secret("975318642").await.unwrap();
    db.lock();
    assert!(!db.unlock("975318642").await.unwrap());
    assert!(db.unlock_with("975318642", Some(&phone)).await.unwrap());
    // Turned off, the code alone opens it again.
    db.set_passkey("975318642", None).await.unwrap();
    assert_eq!(db.passkey().await.unwrap(), None);
    db.lock();
    assert!(db.unlock("975318642").await.unwrap());
    assert_eq!(db.safe_people().await.unwrap().items, vec![els]);
    finish(db, &name).await;
}

/// A professional's device with a family, three recorded visits (one corrected), a visit
/// being typed, an evaluation and a tombstone, all sealed under a secret.
async fn professional_device(name: &str) -> (Db, veilig::service::Session, Id) {
    let db = open(name).await;
    db.set_secret("246810").await.unwrap();
    let (family, plan) = demo();
    db.save_case(&family, &plan).await.unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    for day in [10, 17] {
        let visit = new_visit(&plan, day)
            .record(&family, author(), t, today())
            .unwrap();
        db.record_visit(&visit).await.unwrap();
    }
    let mut third = new_visit(&plan, 20)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&third).await.unwrap();
    third.worries = "Gecorrigeerd".into();
    third.version = 2;
    db.record_visit(&third).await.unwrap();
    db.save_visit_draft(&new_visit(&plan, 21)).await.unwrap();
    db.record_evaluation(&new_evaluation(&plan), None)
        .await
        .unwrap();
    let gone = new_visit(&plan, 22)
        .record(&family, author(), t, today())
        .unwrap();
    db.record_visit(&gone).await.unwrap();
    db.delete_visit(&tombstone(&gone)).await.unwrap();
    let session = veilig::service::Session::new(
        db.clone(),
        Author {
            device: Id::from_random_bytes([9; 16]),
            role: Role::Professional,
        },
    );
    (db, session, family.id)
}

/// Issue 16: a backup restored into a fresh database gives every record back, byte for byte
/// once decrypted; a wrong code, a flipped bit or a family's file change nothing.
#[wasm_bindgen_test]
async fn a_backup_restores_every_record_into_a_fresh_database_and_a_bad_one_changes_nothing() {
    let (source_name, target_name) = (fresh_name(), fresh_name());
    let (source, session, family) = professional_device(&source_name).await;
    // No backup without a recovery code written down first.
    assert!(session.make_backup().await.is_err());
    let code = session.confirm_recovery_code().await.unwrap().code;
    let made = session.make_backup().await.unwrap();
    assert_eq!((made.visits, made.evaluations, made.unreadable), (3, 1, 0));
    let (before, _) = source.backup_records().await.unwrap();
    assert!(before.iter().any(|r| r.store == "deletions"));
    assert!(before.iter().any(|r| r.store == "monitoring_drafts"));
    // The file holds nothing readable.
    assert!(!String::from_utf8_lossy(&made.bytes).contains("Gecorrigeerd"));

    let target = open(&target_name).await;
    target.set_secret("135790").await.unwrap();
    let fresh = veilig::service::Session::new(
        target.clone(),
        Author {
            device: Id::from_random_bytes([8; 16]),
            role: Role::Professional,
        },
    );
    // A wrong code, one flipped bit, a damaged file: refused, and the database is unchanged.
    let wrong = veilig::domain::coded_file::grouped(&"0".repeat(28));
    assert_eq!(
        fresh.restore_backup(&made.bytes, &wrong).await,
        Err(veilig::service::RestoreRefusal::WrongCode)
    );
    let mut flipped = made.bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    assert_eq!(
        fresh.restore_backup(&flipped, &code).await,
        Err(veilig::service::RestoreRefusal::WrongCode)
    );
    assert!(fresh
        .restore_backup(&made.bytes[..20], &code)
        .await
        .is_err());
    assert!(target.backup_records().await.unwrap().0.is_empty());

    // The right code: everything comes back, the same text record for record.
    let restored = fresh
        .restore_backup(&made.bytes, &code.to_lowercase())
        .await
        .unwrap();
    assert_eq!(
        (restored.families, restored.visits, restored.evaluations),
        (1, 3, 1)
    );
    let (after, unreadable) = target.backup_records().await.unwrap();
    assert_eq!(unreadable, 0);
    let mut before = before;
    let mut after = after;
    before.sort();
    after.sort();
    assert_eq!(after, before);
    // Sealed under the target's own key, and the visits read back with their versions.
    for (store, key, value) in raw_values(&target_name).await {
        if store == "meta" && key == "lock" {
            continue;
        }
        assert!(!holds(&value, "Gecorrigeerd"), "{store}/{key}");
    }
    let monitoring = target.monitoring(family).await.unwrap();
    assert_eq!(monitoring.visits.len(), 3);
    assert_eq!(monitoring.visit_drafts.len(), 1);
    assert!(monitoring
        .visits
        .iter()
        .any(|v| v.version == 2 && v.worries == "Gecorrigeerd"));
    // Restoring the same file again changes nothing.
    let again = fresh.restore_backup(&made.bytes, &code).await.unwrap();
    assert_eq!(again.written, 0);
    finish(source, &source_name).await;
    finish(target, &target_name).await;
}

/// A restore never overwrites a record it could not read, and writes nothing when a record
/// it is about to change was written by someone else after it read the device (another
/// tab's autosave).
#[wasm_bindgen_test]
async fn a_restore_keeps_unreadable_records_and_writes_nothing_over_a_change_made_meanwhile() {
    use veilig::domain::backup::{Changes, Record};
    let name = fresh_name();
    let (db, _session, family) = professional_device(&name).await;
    let (records, unreadable, snapshot) = db.backup_snapshot().await.unwrap();
    assert_eq!(unreadable, 0);
    let draft = records
        .iter()
        .find(|r| r.store == "monitoring_drafts")
        .unwrap()
        .clone();
    // Another tab saves the working copy after the restore read the device.
    let plan = db.case(family).await.unwrap().unwrap().plan;
    let mut typing = new_visit(&plan, 21);
    typing.children_say = "Getypt in een ander venster".into();
    let draft_id: Id = draft.key.rsplit('/').next().unwrap().parse().unwrap();
    typing.id = draft_id;
    db.save_visit_draft(&typing).await.unwrap();
    let new_family = Record {
        store: "families".into(),
        key: Id::from_random_bytes([42; 16]).to_string(),
        json: "{}".into(),
    };
    let changes = Changes {
        put: vec![
            Record {
                json: draft.json.clone(),
                ..draft.clone()
            },
            new_family.clone(),
        ],
        ..Changes::default()
    };
    assert!(!db.apply_backup(&changes, Some(&snapshot)).await.unwrap());
    let (after, _) = db.backup_records().await.unwrap();
    assert!(
        after.iter().all(|r| r.key != new_family.key),
        "nothing was written"
    );
    assert!(after
        .iter()
        .any(|r| r.json.contains("Getypt in een ander venster")));

    // A record that cannot be read is never overwritten by a restore.
    db.close();
    write_behind_the_apps_back(&name, Store::Families, &new_family.key, "{ broken").await;
    let db = open(&name).await;
    assert!(db.unlock("246810").await.unwrap());
    let (_, unreadable, snapshot) = db.backup_snapshot().await.unwrap();
    assert_eq!(unreadable, 1);
    let changes = Changes {
        put: vec![Record {
            json: "{\"id\":\"x\"}".into(),
            ..new_family.clone()
        }],
        ..Changes::default()
    };
    assert!(db.apply_backup(&changes, Some(&snapshot)).await.unwrap());
    let (_, still, snapshot) = db.backup_snapshot().await.unwrap();
    assert_eq!(still, 1, "the unreadable record is left in place");
    // A case for a colleague says how many of the family's records it leaves out unread.
    let broken: Id = new_family.key.parse().unwrap();
    assert_eq!(snapshot.unreadable_of(broken), 1);
    assert_eq!(snapshot.unreadable_of(family), 0);
    finish(db, &name).await;
}

/// The family's app writes a plan only as a new example family: adding a family that is
/// already stored is refused and changes nothing, so it can never overwrite a plan.
#[wasm_bindgen_test]
async fn adding_a_case_never_overwrites_one() {
    let name = fresh_name();
    let db = open(&name).await;
    let (family, plan) = demo();
    db.add_case(&family, &plan).await.unwrap();
    assert_eq!(db.case(family.id).await.unwrap().unwrap().plan, plan);
    let mut other = plan.clone();
    other.monitoring = "OVERWRITTEN".into();
    let mut renamed = family.clone();
    renamed.name = "OVERWRITTEN".into();
    assert!(db.add_case(&renamed, &other).await.is_err());
    let case = db.case(family.id).await.unwrap().unwrap();
    assert_eq!(case.plan, plan);
    assert_eq!(case.family, family);
    finish(db, &name).await;
}
