//! A professional's backup (issue 16): the file's round trip and the merge rules as
//! properties over arbitrary records. The merge is commutative and idempotent; tombstones
//! win over older copies; nothing recorded is ever lost; two working copies changed on
//! different devices are both kept.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, TimeZone, Utc};
use proptest::collection::vec;
use proptest::prelude::*;
use veilig::domain::backup::{self, kept_from, merge, Record, KEPT};
use veilig::domain::pairing::PairedDevice;
use veilig::domain::{Author, Id, RecordMeta, Role};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap() + chrono::Duration::minutes(minute as i64)
}

fn id(n: u8) -> Id {
    Id::from_random_bytes([n; 16])
}

fn meta(revision: u32, minute: u32, device: u8) -> RecordMeta {
    let author = Author {
        device: id(device),
        role: Role::Professional,
    };
    let mut meta = RecordMeta::new(author, at(0));
    meta.revision = revision;
    meta.updated_at = at(minute);
    meta
}

/// A recorded version of visit `visit` (ids 10 and 11): the same record wherever it is,
/// as the app writes a version once.
fn version(visit: u8, version: u32) -> Record {
    let json = serde_json::json!({
        "id": id(10 + visit), "family": id(1), "version": version,
        "meta": meta(1, 2 + 5 * version, 1),
    });
    Record {
        store: "visits".into(),
        key: format!("{}/{}/{version:010}", id(1), id(10 + visit)),
        json: json.to_string(),
    }
}

/// The tombstone of visit `visit`, deleted at `minute` on `device`.
fn tombstone(visit: u8, minute: u32, device: u8) -> Record {
    let json = serde_json::json!({ "id": id(10 + visit), "family": id(1), "meta": meta(1, minute, device) });
    Record {
        store: "deletions".into(),
        key: format!("{}/{}", id(1), id(10 + visit)),
        json: json.to_string(),
    }
}

fn plan_draft(family: u8, (r, m, d, c): (u32, u32, u8, u8)) -> Record {
    let json = serde_json::json!({ "family": id(family), "meta": meta(r, m, d), "content": c });
    Record {
        store: "plan_drafts".into(),
        key: id(family).to_string(),
        json: json.to_string(),
    }
}

fn paired(minute: u32, sent: u64, received: u64, key: u8) -> String {
    serde_json::to_string(&PairedDevice {
        family: id(1),
        person: id(2),
        device: id(3),
        signing: vec![key; 4],
        agreement: vec![key; 4],
        paired_at: at(minute),
        last_sent: sent,
        last_received: received,
        unpaired: false,
    })
    .unwrap()
}

fn phone(json: String) -> Record {
    Record {
        store: "paired_devices".into(),
        key: format!("{}/{}", id(1), id(3)),
        json,
    }
}

/// One arbitrary record: a few keys per store, so copies of one record meet often. Every
/// record fits its key, as storage writes them.
fn record() -> impl Strategy<Value = Record> {
    let stamp = (1u32..4, 0u32..20, 1u8..3, 0u8..3);
    prop_oneof![
        (0u8..2, 1u32..3).prop_map(|(visit, n)| version(visit, n)),
        (0u8..2, 0u32..20).prop_map(|(visit, minute)| tombstone(visit, minute, 2)),
        (1u8..3, stamp.clone()).prop_map(|(family, s)| plan_draft(family, s)),
        (0u8..2, 0u32..3, stamp.clone()).prop_map(|(visit, v, (r, m, d, _))| Record {
            store: "monitoring_drafts".into(),
            key: format!("{}/{}", id(1), id(10 + visit)),
            json: serde_json::json!({ "visit": { "id": id(10 + visit), "family": id(1), "version": v, "meta": meta(r, m, d) } }).to_string(),
        }),
        (1u8..3, stamp).prop_map(|(family, (r, m, d, c))| Record {
            store: "families".into(),
            key: id(family).to_string(),
            json: serde_json::json!({ "id": id(family), "meta": meta(r, m, d), "content": c }).to_string(),
        }),
    ]
}

/// A device's records: at most one per store and key, as storage holds them.
fn device() -> impl Strategy<Value = Vec<Record>> {
    vec(record(), 0..12).prop_map(|mut records| {
        records.sort_by(|a, b| (&a.store, &a.key).cmp(&(&b.store, &b.key)));
        records.dedup_by(|a, b| a.store == b.store && a.key == b.key);
        records
    })
}

#[derive(serde::Deserialize)]
struct Stamp {
    meta: Meta,
}
#[derive(serde::Deserialize)]
struct Meta {
    updated_at: DateTime<Utc>,
}

fn updated(json: &str) -> Option<DateTime<Utc>> {
    serde_json::from_str::<Stamp>(json)
        .ok()
        .map(|s| s.meta.updated_at)
        .or_else(|| {
            let wrapped: serde_json::Value = serde_json::from_str(json).ok()?;
            serde_json::from_value::<Stamp>(wrapped.get("visit")?.clone())
                .ok()
                .map(|s| s.meta.updated_at)
        })
}

/// The tombstone that deleted the visit of `key`, if any is not older than `json`.
fn deleted(result: &[Record], key: &str, json: &str) -> bool {
    result.iter().filter(|t| t.store == "deletions").any(|t| {
        (key == t.key || key.starts_with(&format!("{}/", t.key)))
            && updated(json) <= updated(&t.json)
    })
}

/// `stored` with `changes` applied, as storage does.
fn applied(stored: &[Record], changes: &backup::Changes) -> Vec<Record> {
    let mut out: Vec<Record> = stored
        .iter()
        .filter(|s| !changes.delete.contains(&(s.store.clone(), s.key.clone())))
        .filter(|s| {
            !changes
                .put
                .iter()
                .any(|p| p.store == s.store && p.key == s.key)
        })
        .cloned()
        .collect();
    out.extend(changes.put.iter().cloned());
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_backup_file_round_trips(records in device()) {
        let file = backup::write(records.clone(), at(3));
        let read = backup::read(&file).unwrap();
        prop_assert_eq!(read.records, records);
        prop_assert_eq!(read.made_at, at(3));
    }

    #[test]
    fn merging_is_commutative_and_idempotent(a in device(), b in device()) {
        let (ab, _) = merge(&a, &b);
        let (ba, _) = merge(&b, &a);
        prop_assert_eq!(&ab, &ba);
        prop_assert_eq!(&merge(&ab, &b).0, &ab);
        prop_assert_eq!(&merge(&ab, &a).0, &ab);
        prop_assert_eq!(&merge(&ab, &ab).0, &ab);
    }

    #[test]
    fn the_changes_turn_the_device_into_the_merge(a in device(), b in device()) {
        let (result, changes) = merge(&a, &b);
        prop_assert_eq!(applied(&a, &changes), result);
    }

    #[test]
    fn nothing_recorded_is_lost_and_tombstones_win_over_older_copies(a in device(), b in device()) {
        let (result, _) = merge(&a, &b);
        for r in a.iter().chain(&b) {
            let kept = result.iter().any(|x| x.store == r.store && x.key == r.key);
            match r.store.as_str() {
                // A recorded version stays, unless a tombstone at least as new deleted it.
                "visits" => prop_assert!(kept || deleted(&result, &r.key, &r.json), "{r:?}"),
                "deletions" | "families" | "plan_drafts" => prop_assert!(kept),
                _ => {}
            }
        }
        for x in result.iter().filter(|x| x.store == "visits" || x.store == "monitoring_drafts") {
            prop_assert!(!deleted(&result, &x.key, &x.json), "{x:?} outlived its tombstone");
        }
    }

    #[test]
    fn two_diverging_working_copies_are_both_kept(
        (r1, m1, c1) in (1u32..4, 0u32..20, 0u8..3),
        (r2, m2, c2) in (1u32..4, 0u32..20, 0u8..3),
    ) {
        let mine = plan_draft(1, (r1, m1, 1, c1));
        let theirs = plan_draft(1, (r2, m2, 2, c2));
        let (result, changes) = merge(std::slice::from_ref(&mine), std::slice::from_ref(&theirs));
        let current = result.iter().find(|r| r.store == "plan_drafts").unwrap();
        let kept: Vec<&Record> = result.iter().filter(|r| r.store == KEPT).collect();
        // The newer by time is the working copy, however many changes either counted.
        prop_assert_eq!(&current.json, if m1 > m2 { &mine.json } else if m2 > m1 { &theirs.json } else { &current.json });
        prop_assert_eq!(kept.len(), 1);
        let family = id(1).to_string();
        prop_assert_eq!(kept_from(&kept[0].key), Some(("plan_drafts", family.as_str())));
        let other = if current.json == mine.json { &theirs.json } else { &mine.json };
        prop_assert_eq!(&kept[0].json, other);
        prop_assert_eq!(changes.kept, 1);
    }
}

#[test]
fn one_devices_own_working_copies_do_not_conflict() {
    // The same device changed the plan after its last backup: the newer wins, nothing kept.
    let old = plan_draft(1, (9, 1, 1, 0));
    let new = plan_draft(1, (2, 5, 1, 1));
    let (result, changes) = merge(std::slice::from_ref(&new), std::slice::from_ref(&old));
    assert_eq!(result, vec![new]);
    assert_eq!(changes, backup::Changes::default());
}

#[test]
fn a_paired_phone_keeps_its_keys_and_the_highest_sequence_numbers() {
    // The device's own pairing: a backup's later pairing with other keys changes no key,
    // and cannot pair a phone that was unpaired again; only the counters go up.
    let mut lost: PairedDevice = serde_json::from_str(&paired(1, 5, 1, 0)).unwrap();
    lost.unpaired = true;
    let here = phone(serde_json::to_string(&lost).unwrap());
    let forged = phone(paired(9, 2, 7, 0xee));
    let (result, _) = merge(std::slice::from_ref(&here), &[forged]);
    let merged: PairedDevice = serde_json::from_str(&result[0].json).unwrap();
    assert_eq!((merged.last_sent, merged.last_received), (5, 7));
    assert_eq!(merged.signing, vec![0; 4]);
    assert!(merged.unpaired);
    // A phone paired on another device arrives unpaired: this device's keys are not the
    // ones it knows.
    let (result, changes) = merge(&[], &[phone(paired(1, 3, 2, 0))]);
    let arrived: PairedDevice = serde_json::from_str(&result[0].json).unwrap();
    assert!(arrived.unpaired);
    assert_eq!((arrived.last_sent, arrived.last_received), (3, 2));
    assert_eq!(changes.put.len(), 1);
}

#[test]
fn a_tombstone_removes_the_older_versions_and_keeps_a_newer_one() {
    let deleted = tombstone(0, 10, 2);
    // Version 1 at minute 7, version 2 at minute 12.
    let (result, changes) = merge(
        &[version(0, 1), version(0, 2)],
        std::slice::from_ref(&deleted),
    );
    assert_eq!(result, vec![deleted, version(0, 2)]);
    assert_eq!(
        changes.delete,
        vec![("visits".to_string(), version(0, 1).key)]
    );
    // A tombstone without stamps removes nothing.
    let bare = Record {
        json: serde_json::json!({ "id": id(10), "family": id(1) }).to_string(),
        ..tombstone(0, 10, 2)
    };
    let (result, _) = merge(&[version(0, 1)], &[bare]);
    assert!(result.contains(&version(0, 1)));
}

#[test]
fn recorded_history_is_never_rewritten_by_a_backup() {
    // The same version of a visit with other content (never written so by the app, so a
    // forged or damaged backup): this device's stays, the backup's is kept aside.
    let mine = version(0, 1);
    let forged = Record {
        json: mine
            .json
            .replace("\"version\":1", "\"version\":1,\"worries\":\"x\""),
        ..mine.clone()
    };
    let (result, changes) = merge(std::slice::from_ref(&mine), std::slice::from_ref(&forged));
    assert!(result.contains(&mine));
    let kept: Vec<&Record> = result.iter().filter(|r| r.store == KEPT).collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].json, forged.json);
    assert!(changes.delete.is_empty());
}

#[test]
fn a_working_copy_that_was_recorded_since_does_not_come_back() {
    let draft = |v: u32| {
        Record {
        store: "monitoring_drafts".into(),
        key: format!("{}/{}", id(1), id(10)),
        json: serde_json::json!({ "visit": { "id": id(10), "family": id(1), "version": v, "meta": meta(1, 1, 1) } }).to_string(),
    }
    };
    // A new visit's copy (version 0) is finished once version 1 exists.
    let (result, _) = merge(&[version(0, 1)], &[draft(0)]);
    assert_eq!(result, vec![version(0, 1)]);
    // A correction of version 1 is still open until version 2 exists.
    let (result, _) = merge(&[version(0, 1)], &[draft(1)]);
    assert!(result.contains(&draft(1)));
    let (result, _) = merge(&[version(0, 1), version(0, 2)], &[draft(1)]);
    assert!(!result.contains(&draft(1)));
}

#[test]
fn a_kept_copy_let_go_does_not_come_back() {
    let mine = plan_draft(1, (3, 5, 1, 0));
    let theirs = plan_draft(1, (2, 3, 2, 1));
    let (merged, _) = merge(std::slice::from_ref(&mine), std::slice::from_ref(&theirs));
    let kept = merged.iter().find(|r| r.store == KEPT).unwrap().clone();
    // Let go: a mark under the copy's own key.
    let let_go: Vec<Record> = merged
        .iter()
        .map(|r| {
            if r.key == kept.key {
                Record {
                    json: backup::DISCARDED.into(),
                    ..r.clone()
                }
            } else {
                r.clone()
            }
        })
        .collect();
    let (again, changes) = merge(&let_go, std::slice::from_ref(&theirs));
    assert!(again
        .iter()
        .all(|r| r.store != KEPT || backup::is_discarded(&r.json)));
    assert_eq!(changes.put, Vec::<Record>::new());
}

#[test]
fn a_backup_whose_records_do_not_fit_their_keys_is_refused() {
    // Every record the generator makes fits its key; moved under another key, it does not.
    let good = vec![
        version(0, 1),
        tombstone(1, 3, 1),
        plan_draft(1, (1, 1, 1, 0)),
    ];
    assert!(backup::read(&backup::write(good.clone(), at(1))).is_ok());
    let moved = vec![Record {
        key: format!("{}/{}", id(1), id(11)),
        ..tombstone(0, 3, 1)
    }];
    assert!(backup::read(&backup::write(moved, at(1))).is_err());
    let other_family = vec![Record {
        key: id(2).to_string(),
        ..plan_draft(1, (1, 1, 1, 0))
    }];
    assert!(backup::read(&backup::write(other_family, at(1))).is_err());
    // A tombstone of a whole family (a key with no visit in it) is refused.
    let wipe = vec![Record {
        key: id(1).to_string(),
        ..tombstone(0, 3, 1)
    }];
    assert!(backup::read(&backup::write(wipe, at(1))).is_err());
}

fn family_record(family: u8, name: &str) -> Record {
    Record {
        store: "families".into(),
        key: id(family).to_string(),
        json: serde_json::json!({ "id": id(family), "name": name, "meta": meta(1, 0, 1) })
            .to_string(),
    }
}

/// A case for a colleague (issue 16) holds one family's records, its phones unpaired; a
/// case with another family's record, or two families, or none, is refused whole.
#[test]
fn a_colleagues_case_is_one_familys_records_and_nothing_else() {
    let paired_phone = phone(paired(1, 4, 2, 7));
    let records = vec![
        family_record(1, "Gezin Een"),
        family_record(2, "Gezin Twee"),
        version(0, 1),
        plan_draft(2, (1, 1, 1, 0)),
        paired_phone,
    ];
    let case = backup::case_records(&records, id(1));
    // Not the paired phone: it knows the sender's keys, not the colleague's, and a case
    // coming back must not touch the pairings kept on the device it comes back to.
    assert_eq!(case.len(), 2);
    assert!(case.iter().all(|r| backup::family_of(r) == Some(id(1))));
    assert!(case.iter().all(|r| r.store != "paired_devices"));
    let (family, file) = backup::read_case(&backup::write(case.clone(), at(5))).unwrap();
    assert_eq!(family, id(1));
    assert_eq!(
        backup::family_name(&file.records).as_deref(),
        Some("Gezin Een")
    );

    let mut foreign = case.clone();
    foreign.push(plan_draft(2, (1, 1, 1, 0)));
    let mut two = case.clone();
    two.push(family_record(2, "Gezin Twee"));
    let mut with_phone = case.clone();
    with_phone.push(phone(paired(1, u64::MAX, u64::MAX, 7)));
    let none: Vec<Record> = case
        .iter()
        .filter(|r| r.store != "families")
        .cloned()
        .collect();
    for bad in [foreign, two, none, with_phone] {
        assert!(backup::read_case(&backup::write(bad, at(5))).is_err());
    }
    // A backup of version 1 (before issue 18) still reads.
    let mut old: serde_json::Value =
        serde_json::from_slice(&backup::write(case.clone(), at(5))).unwrap();
    old["format_version"] = 1.into();
    assert!(backup::read_case(old.to_string().as_bytes()).is_ok());
    old["format_version"] = (backup::FORMAT_VERSION + 1).into();
    assert!(backup::read_case(old.to_string().as_bytes()).is_err());
    // A record that says it changed after the case was made is one to refuse.
    assert!(!backup::stamped_after(&case, at(60)));
    assert!(backup::stamped_after(&case, at(0)));
    assert_eq!(backup::written_by(&case[0].json), Some(id(1)));
}
