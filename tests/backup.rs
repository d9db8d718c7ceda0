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

/// The JSON of a record stamped `revision` at `minute` by `device`, holding `content`.
fn stamped(revision: u32, minute: u32, device: u8, content: u8) -> String {
    let author = Author {
        device: Id::from_random_bytes([device; 16]),
        role: Role::Professional,
    };
    let mut meta = RecordMeta::new(author, at(0));
    meta.revision = revision;
    meta.updated_at = at(minute);
    serde_json::json!({ "meta": meta, "content": content }).to_string()
}

fn paired(minute: u32, sent: u64, received: u64, key: u8) -> String {
    serde_json::to_string(&PairedDevice {
        family: Id::from_random_bytes([1; 16]),
        person: Id::from_random_bytes([2; 16]),
        device: Id::from_random_bytes([3; 16]),
        signing: vec![key; 4],
        agreement: vec![key; 4],
        paired_at: at(minute),
        last_sent: sent,
        last_received: received,
        unpaired: false,
    })
    .unwrap()
}

/// One arbitrary record: a few keys per store, so copies of one record meet often.
fn record() -> impl Strategy<Value = Record> {
    let stamp = (1u32..4, 0u32..20, 1u8..3, 0u8..3);
    prop_oneof![
        // Visit versions `{family}/{visit}/{version}` of two visits.
        (0u8..2, 1u8..3, stamp.clone()).prop_map(|(visit, version, (r, m, d, c))| Record {
            store: "visits".into(),
            key: format!("f/v{visit}/{version:010}"),
            json: stamped(r, m, d, c),
        }),
        (0u8..2, stamp.clone()).prop_map(|(visit, (r, m, d, c))| Record {
            store: "deletions".into(),
            key: format!("f/v{visit}"),
            json: stamped(r, m, d, c),
        }),
        (0u8..2, stamp.clone()).prop_map(|(n, (r, m, d, c))| Record {
            store: "plan_drafts".into(),
            key: format!("f{n}"),
            json: stamped(r, m, d, c),
        }),
        (0u8..2, stamp.clone()).prop_map(|(visit, (r, m, d, c))| Record {
            store: "monitoring_drafts".into(),
            key: format!("f/v{visit}"),
            json: serde_json::json!({ "visit": serde_json::from_str::<serde_json::Value>(&stamped(r, m, d, c)).unwrap() }).to_string(),
        }),
        (0u8..2, stamp).prop_map(|(n, (r, m, d, c))| Record {
            store: "families".into(),
            key: format!("f{n}"),
            json: stamped(r, m, d, c),
        }),
        (0u32..5, 0u64..4, 0u64..4, 0u8..2).prop_map(|(m, s, r, k)| Record {
            store: "paired_devices".into(),
            key: "f/phone".into(),
            json: paired(m, s, r, k),
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
                "deletions" | "families" | "plan_drafts" | "paired_devices" => prop_assert!(kept),
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
        let mine = Record { store: "plan_drafts".into(), key: "f".into(), json: stamped(r1, m1, 1, c1) };
        let theirs = Record { store: "plan_drafts".into(), key: "f".into(), json: stamped(r2, m2, 2, c2) };
        let (result, changes) = merge(std::slice::from_ref(&mine), std::slice::from_ref(&theirs));
        let current = result.iter().find(|r| r.store == "plan_drafts").unwrap();
        let kept: Vec<&Record> = result.iter().filter(|r| r.store == KEPT).collect();
        // The newer by time is the working copy, however many changes either counted.
        prop_assert_eq!(&current.json, if m1 > m2 { &mine.json } else if m2 > m1 { &theirs.json } else { &current.json });
        prop_assert_eq!(kept.len(), 1);
        prop_assert_eq!(kept_from(&kept[0].key), Some(("plan_drafts", "f")));
        let other = if current.json == mine.json { &theirs.json } else { &mine.json };
        prop_assert_eq!(&kept[0].json, other);
        prop_assert_eq!(changes.kept, 1);
    }
}

#[test]
fn one_devices_own_working_copies_do_not_conflict() {
    // The same device changed the plan after its last backup: the newer wins, nothing kept.
    let old = Record {
        store: "plan_drafts".into(),
        key: "f".into(),
        json: stamped(9, 1, 1, 0),
    };
    let new = Record {
        store: "plan_drafts".into(),
        key: "f".into(),
        json: stamped(2, 5, 1, 1),
    };
    let (result, changes) = merge(std::slice::from_ref(&new), std::slice::from_ref(&old));
    assert_eq!(result, vec![new]);
    assert_eq!(changes, backup::Changes::default());
}

#[test]
fn paired_phones_keep_the_highest_sequence_numbers() {
    let here = Record {
        store: "paired_devices".into(),
        key: "f/phone".into(),
        json: paired(1, 5, 1, 0),
    };
    let backup = Record {
        store: "paired_devices".into(),
        key: "f/phone".into(),
        json: paired(1, 2, 7, 0),
    };
    let (result, _) = merge(&[here], &[backup]);
    let merged: PairedDevice = serde_json::from_str(&result[0].json).unwrap();
    assert_eq!((merged.last_sent, merged.last_received), (5, 7));
}

#[test]
fn a_tombstone_removes_the_older_versions_and_keeps_a_newer_one() {
    let version = |n: u32, minute: u32| Record {
        store: "visits".into(),
        key: format!("f/v/{n:010}"),
        json: stamped(1, minute, 1, 0),
    };
    let tombstone = Record {
        store: "deletions".into(),
        key: "f/v".into(),
        json: stamped(1, 10, 2, 0),
    };
    let (result, changes) = merge(
        &[version(1, 2), version(2, 12)],
        std::slice::from_ref(&tombstone),
    );
    assert_eq!(result, vec![tombstone, version(2, 12)]);
    assert_eq!(
        changes.delete,
        vec![("visits".to_string(), "f/v/0000000001".to_string())]
    );
}
