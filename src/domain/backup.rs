//! A professional's backup (issue 16): every record of the professional's stores, as the
//! JSON text storage keeps under its encryption, in one file locked with a recovery code
//! ([`super::coded_file`], kind `Backup`); and how a backup merges with what a device holds.
//!
//! Records travel as text, exactly as stored: a record restored into a fresh database
//! decrypts to the same bytes it had. The merge works on those records by store, with one
//! rule per store ([`Rule`]), and never asks anyone:
//! - logs (agreed revisions, visit versions, evaluations, check-ins received): the union;
//!   history is never rewritten: of two different records under one key (which the app never
//!   writes), the device's stays and the backup's is kept aside;
//! - tombstones: the union (the later of two deletions of one visit); a tombstone removes
//!   the versions and the working copy of its visit that are not newer than it;
//! - stamped records (family, people, acknowledgements): the copy whose stamps win
//!   ([`super::RecordMeta::supersedes`]);
//! - working copies (the plan's, and visits and evaluations being written): the newest by
//!   time, not by the count of changes; two copies that were both changed on different
//!   devices are both kept: the older of them as a kept copy that the app shows;
//! - paired phones: the device's own record keeps its keys and its "unpaired", with the
//!   highest sequence numbers of both, so that no old package ever counts again; a phone
//!   paired on another device arrives unpaired (pair it again from this one);
//! - working copies recorded since (on either side) take no part;
//! - a record whose key is not the one its content makes is refused with the whole file.
//!
//! Ties (the same key with other content and the same stamps, which the app never writes)
//! go to the larger text, so that the merge gives the same result in either order.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::pairing::PairedDevice;
use super::Id;

/// The version this release writes. Version 2 (issue 18) only added fields with defaults
/// to the records (a plan's worries and safety goals, a visit's children, ...): a version 1
/// backup reads as it is. The number went up so that an older release refuses a newer
/// backup instead of dropping what it does not know.
pub const FORMAT_VERSION: u64 = 2;
/// Marks a file as a Veilig backup.
pub const APP: &str = "veilig-backup";
/// The most a backup may hold once opened (a caseload of 30 families is a few MB).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// The store that keeps copies set aside by a merge.
pub const KEPT: &str = "kept_copies";

/// How the records of one store merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Log,
    /// Tombstones: of two deletions of one visit, the later.
    Tombstone,
    Stamped,
    WorkingCopy,
    Paired,
    /// Copies kept by an earlier merge: kept, like a log.
    Kept,
}

/// The stores a backup carries, with their rule. Everything a professional's device holds
/// about its families; not the device's own keys, lock or setup, and none of a family
/// phone's stores.
pub const STORES: [(&str, Rule); 12] = [
    ("families", Rule::Stamped),
    ("people", Rule::Stamped),
    ("plan_drafts", Rule::WorkingCopy),
    ("plan_revisions", Rule::Log),
    ("acknowledgements", Rule::Stamped),
    ("visits", Rule::Log),
    ("evaluations", Rule::Log),
    ("monitoring_drafts", Rule::WorkingCopy),
    ("deletions", Rule::Tombstone),
    ("paired_devices", Rule::Paired),
    ("shared_check_ins", Rule::Log),
    (KEPT, Rule::Kept),
];

fn rule_of(store: &str) -> Option<Rule> {
    STORES
        .iter()
        .find(|(name, _)| *name == store)
        .map(|(_, r)| *r)
}

/// One stored record: its store, its key and its JSON text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Record {
    pub store: String,
    pub key: String,
    pub json: String,
}

/// The contents of a backup file, before it is locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupFile {
    pub format_version: u64,
    pub app: String,
    pub made_at: DateTime<Utc>,
    pub records: Vec<Record>,
}

/// Why the contents of a backup were refused. Nothing is stored when any is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Not a backup (another file locked with a code, or damaged inside).
    NotABackup,
    /// Written by a newer release of the app.
    FromNewerVersion(u64),
    /// A record of a store a backup does not carry, or a key given twice.
    Damaged(String),
}

/// The file for `records`, made at `now`, as JSON (to be locked with the recovery code).
pub fn write(records: Vec<Record>, now: DateTime<Utc>) -> Vec<u8> {
    let file = BackupFile {
        format_version: FORMAT_VERSION,
        app: APP.to_string(),
        made_at: now,
        records,
    };
    serde_json::to_vec(&file).unwrap_or_default()
}

/// Read the contents of a backup, checking that every record belongs in one.
pub fn read(bytes: &[u8]) -> Result<BackupFile, BackupError> {
    #[derive(Deserialize)]
    struct Envelope {
        app: Option<String>,
        format_version: Option<u64>,
    }
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|_| BackupError::NotABackup)?;
    match (envelope.app.as_deref(), envelope.format_version) {
        (Some(APP), Some(1..=FORMAT_VERSION)) => {}
        (Some(APP), Some(v)) if v > FORMAT_VERSION => return Err(BackupError::FromNewerVersion(v)),
        _ => return Err(BackupError::NotABackup),
    }
    let file: BackupFile =
        serde_json::from_slice(bytes).map_err(|e| BackupError::Damaged(e.to_string()))?;
    let mut keys: Vec<(&str, &str)> = file
        .records
        .iter()
        .map(|r| (r.store.as_str(), r.key.as_str()))
        .collect();
    if let Some(r) = file.records.iter().find(|r| rule_of(&r.store).is_none()) {
        return Err(BackupError::Damaged(format!("store {}", r.store)));
    }
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return Err(BackupError::Damaged("a key twice".into()));
    }
    // Every record's key must be the one its own content makes: no record lands under
    // another family's or another visit's key.
    if let Some(r) = file
        .records
        .iter()
        .find(|r| !fits(&r.store, &r.key, &r.json))
    {
        return Err(BackupError::Damaged(format!(
            "{}/{} does not fit",
            r.store, r.key
        )));
    }
    Ok(file)
}

/// The ids a record's key is made of.
#[derive(Deserialize)]
struct Ids {
    id: Option<Id>,
    family: Option<Id>,
    version: Option<u32>,
    revision: Option<u32>,
    device: Option<Id>,
    person: Option<Id>,
    meta: Option<Stamps>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum WrappedIds {
    Visit(Ids),
    Evaluation(Ids),
}

/// Is `key` the key that a record of `store` with this JSON is stored under?
fn fits(store: &str, key: &str, json: &str) -> bool {
    if store == KEPT && is_discarded(json) {
        return kept_from(key).is_some();
    }
    if store == KEPT {
        return kept_from(key)
            .is_some_and(|(inner, inner_key)| inner != KEPT && fits(inner, inner_key, json));
    }
    let ids = if store == "monitoring_drafts" {
        match serde_json::from_str::<WrappedIds>(json) {
            Ok(WrappedIds::Visit(ids)) | Ok(WrappedIds::Evaluation(ids)) => ids,
            Err(_) => return false,
        }
    } else {
        match serde_json::from_str::<Ids>(json) {
            Ok(ids) => ids,
            Err(_) => return false,
        }
    };
    let made = |parts: &[Option<String>]| -> Option<String> {
        parts
            .iter()
            .cloned()
            .collect::<Option<Vec<String>>>()
            .map(|p| p.join("/"))
    };
    let id = |i: Option<Id>| i.map(|i| i.to_string());
    let padded = |n: Option<u32>| n.map(|n| format!("{n:010}"));
    let expected = match store {
        "families" => id(ids.id),
        "plan_drafts" => id(ids.family),
        "plan_revisions" => made(&[id(ids.family), padded(ids.revision)]),
        "visits" => made(&[id(ids.family), id(ids.id), padded(ids.version)]),
        "evaluations" | "monitoring_drafts" => made(&[id(ids.family), id(ids.id)]),
        // A tombstone must say who deleted it and when: it is compared by that time.
        "deletions" if ids.meta.is_some() => made(&[id(ids.family), id(ids.id)]),
        "paired_devices" => made(&[id(ids.family), id(ids.device)]),
        // Keys with a part the content does not hold: their start must match.
        "people" => {
            return id(ids.id).is_some_and(|person| {
                key.split('/').count() == 2 && key.ends_with(&format!("/{person}"))
            })
        }
        "acknowledgements" => {
            return made(&[id(ids.family), padded(ids.revision)])
                .is_some_and(|start| key.starts_with(&format!("{start}/")))
        }
        "shared_check_ins" => {
            return made(&[id(ids.family), id(ids.person)])
                .is_some_and(|start| key.starts_with(&format!("{start}/")))
        }
        _ => None,
    };
    expected.is_some_and(|expected| expected == key)
}

/// The stamps the merge reads from a record's JSON.
#[derive(Deserialize)]
struct Stamps {
    revision: u32,
    updated_at: DateTime<Utc>,
    updated_by: super::Author,
}

#[derive(Deserialize)]
struct WithMeta {
    meta: Stamps,
}

/// A working copy of monitoring is stored as `{"visit": {..}}` or `{"evaluation": {..}}`.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Wrapped {
    Visit(WithMeta),
    Evaluation(WithMeta),
}

fn stamps(json: &str) -> Option<Stamps> {
    if let Ok(with) = serde_json::from_str::<WithMeta>(json) {
        return Some(with.meta);
    }
    match serde_json::from_str::<Wrapped>(json).ok()? {
        Wrapped::Visit(w) | Wrapped::Evaluation(w) => Some(w.meta),
    }
}

/// What a merge changes on the device: records to write (new or replacing) and keys to
/// delete (versions and working copies a tombstone removes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub put: Vec<Record>,
    pub delete: Vec<(String, String)>,
    /// How many working copies were set aside as kept copies (both changed elsewhere).
    pub kept: usize,
}

/// The key under which a copy set aside from `store`/`key` is kept.
pub fn kept_key(store: &str, key: &str, json: &str) -> String {
    // The time of its last change, so two kept copies of one record do not collide.
    let at = stamps(json)
        .map(|s| s.updated_at.timestamp_millis())
        .unwrap_or_default();
    // And a hash of its text (FNV-1a), for two copies changed in the same millisecond.
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{store}/{key}/{at:015}-{hash:016x}")
}

/// The store and key a kept copy was set aside from.
pub fn kept_from(kept_key: &str) -> Option<(&str, &str)> {
    let (rest, _) = kept_key.rsplit_once('/')?;
    rest.split_once('/')
}

/// Which of two copies of one record wins, by `rule`. Copies are ranked by their stamps:
/// a log's or a working copy's by the time of its last change (a log's record is written
/// once, so two copies of one key are the same record; if they ever differ, the newer),
/// a stamped record's by its revision, then that time. A copy with stamps beats one
/// without; equal ranks go to the larger text.
fn winner<'a>(rule: Rule, a: &'a Record, b: &'a Record) -> &'a Record {
    let rank = |record: &Record| {
        stamps(&record.json).map(|s| match rule {
            Rule::Stamped => (s.revision, s.updated_at),
            _ => (0, s.updated_at),
        })
    };
    let (ra, rb) = match rule {
        Rule::Kept | Rule::Paired => (None, None),
        _ => (rank(a), rank(b)),
    };
    if (&ra, &a.json) >= (&rb, &b.json) {
        a
    } else {
        b
    }
}

/// Two paired-phone records of one phone. The device's own record keeps its keys and its
/// "unpaired" (a backup never swaps a phone's keys or pairs a lost phone again); only the
/// highest sequence numbers of both are taken, so no old package ever counts again.
fn merge_paired(a: &Record, b: &Record, stored: &[Record]) -> Record {
    let (here, there) = if stored.contains(a) {
        (a, b)
    } else if stored.contains(b) {
        (b, a)
    } else {
        return merge_paired_equal(a, b);
    };
    let (Ok(mut mine), Ok(theirs)) = (
        serde_json::from_str::<PairedDevice>(&here.json),
        serde_json::from_str::<PairedDevice>(&there.json),
    ) else {
        return here.clone();
    };
    mine.last_sent = mine.last_sent.max(theirs.last_sent);
    mine.last_received = mine.last_received.max(theirs.last_received);
    mine.unpaired |= theirs.unpaired;
    Record {
        json: serde_json::to_string(&mine).unwrap_or_else(|_| here.json.clone()),
        ..here.clone()
    }
}

/// A paired phone that comes only from a backup: this device's keys are not the ones the
/// phone knows (a new device has keys of its own), so it arrives unpaired, its sequence
/// numbers kept; the professional pairs the phone again.
pub fn arrives_unpaired(record: &Record) -> Record {
    match serde_json::from_str::<PairedDevice>(&record.json) {
        Ok(mut device) if !device.unpaired => {
            device.unpaired = true;
            Record {
                json: serde_json::to_string(&device).unwrap_or_else(|_| record.json.clone()),
                ..record.clone()
            }
        }
        _ => record.clone(),
    }
}

/// Two records of one phone that both come from elsewhere (two backups merged on paper):
/// the later pairing, with the highest sequence numbers of both.
fn merge_paired_equal(a: &Record, b: &Record) -> Record {
    let (Ok(pa), Ok(pb)) = (
        serde_json::from_str::<PairedDevice>(&a.json),
        serde_json::from_str::<PairedDevice>(&b.json),
    ) else {
        return winner(Rule::Log, a, b).clone();
    };
    // The later pairing; for the same moment, the one with the larger keys. Never the
    // counters, so merging again gives the same record.
    let rank = |p: &PairedDevice| {
        (
            p.paired_at,
            p.signing.clone(),
            p.agreement.clone(),
            p.unpaired,
            p.person,
        )
    };
    let later = if rank(&pa) >= rank(&pb) { &pa } else { &pb };
    let merged = PairedDevice {
        last_sent: pa.last_sent.max(pb.last_sent),
        last_received: pa.last_received.max(pb.last_received),
        ..later.clone()
    };
    Record {
        json: serde_json::to_string(&merged).unwrap_or_else(|_| a.json.clone()),
        ..a.clone()
    }
}

/// Were both copies changed on devices of their own (so neither holds the other's
/// changes)? Then the merge keeps both.
fn diverged(a: &Record, b: &Record) -> bool {
    match (stamps(&a.json), stamps(&b.json)) {
        (Some(sa), Some(sb)) => sa.updated_by.device != sb.updated_by.device,
        _ => false,
    }
}

/// Whether a tombstone `{family}/{visit}` removes the record `key` of `store` whose JSON
/// is `json`: a version of that visit not newer than the deletion, or its working copy.
fn removed_by(tombstones: &[&Record], store: &str, key: &str, json: &str) -> bool {
    if store != "visits" && store != "monitoring_drafts" {
        return false;
    }
    tombstones.iter().any(|t| {
        let of_visit = key == t.key || key.starts_with(&format!("{}/", t.key));
        // A working copy of a deleted visit can never be recorded: it goes with the visit.
        if store == "monitoring_drafts" {
            return of_visit && stamps(&t.json).is_some();
        }
        let not_newer = match (stamps(json), stamps(&t.json)) {
            (Some(record), Some(deleted)) => record.updated_at <= deleted.updated_at,
            // A record without stamps is removed by its visit's tombstone; a tombstone
            // without stamps removes nothing.
            (None, Some(_)) => true,
            (_, None) => false,
        };
        of_visit && not_newer
    })
}

/// The records after merging `incoming` into `stored`: the whole result, sorted, and what
/// changes on the device to get there.
pub fn merge(stored: &[Record], incoming: &[Record]) -> (Vec<Record>, Changes) {
    let mut result: Vec<Record> = Vec::with_capacity(stored.len() + incoming.len());
    let mut kept: Vec<Record> = Vec::new();
    let mut all: Vec<&Record> = stored.iter().chain(incoming).collect();
    // A working copy whose record was recorded since (an evaluation, or a later version of
    // the visit), on either side, is finished: it takes no part and does not come back.
    let recorded: Vec<(String, String)> = all
        .iter()
        .filter(|r| r.store == "visits" || r.store == "evaluations")
        .map(|r| (r.store.clone(), r.key.clone()))
        .collect();
    all.retain(|r| r.store != "monitoring_drafts" || !finished(&recorded, &r.key, &r.json));
    all.sort_by(|a, b| (&a.store, &a.key).cmp(&(&b.store, &b.key)));
    for record in all {
        let Some(rule) = rule_of(&record.store) else {
            continue;
        };
        match result.last_mut() {
            Some(last) if last.store == record.store && last.key == record.key => {
                if *last == *record {
                    continue;
                }
                // History is never rewritten: of two different records under one log key
                // (never written so by the app), the device's stays and the other is kept.
                if rule == Rule::Log {
                    let (here, other) = if stored.contains(last) {
                        (last.clone(), record)
                    } else {
                        (record.clone(), &*last)
                    };
                    kept.push(Record {
                        store: KEPT.to_string(),
                        key: kept_key(&other.store, &other.key, &other.json),
                        json: other.json.clone(),
                    });
                    *last = here;
                    continue;
                }
                let merged = match rule {
                    Rule::Paired => merge_paired(last, record, stored),
                    Rule::Kept if is_discarded(&last.json) => last.clone(),
                    Rule::Kept if is_discarded(&record.json) => record.clone(),
                    _ => winner(rule, last, record).clone(),
                };
                if rule == Rule::WorkingCopy && diverged(last, record) {
                    let other = if merged == *last { record } else { &*last };
                    kept.push(Record {
                        store: KEPT.to_string(),
                        key: kept_key(&other.store, &other.key, &other.json),
                        json: other.json.clone(),
                    });
                }
                *last = merged;
            }
            _ => result.push(record.clone()),
        }
    }
    // A copy that was let go on this device (or the other) stays let go.
    kept.retain(|k| {
        !result
            .iter()
            .any(|r| r.store == KEPT && r.key == k.key && is_discarded(&r.json))
    });
    result.extend(kept);
    // Tombstones remove what they deleted.
    let tombstones: Vec<Record> = result
        .iter()
        .filter(|r| r.store == "deletions")
        .cloned()
        .collect();
    let tombstones: Vec<&Record> = tombstones.iter().collect();
    result.retain(|r| !removed_by(&tombstones, &r.store, &r.key, &r.json));
    // A phone paired on another device arrives unpaired (see `arrives_unpaired`).
    for r in result.iter_mut().filter(|r| r.store == "paired_devices") {
        if !stored.iter().any(|s| s.store == r.store && s.key == r.key) {
            *r = arrives_unpaired(r);
        }
    }
    result.sort();
    result.dedup_by(|a, b| a.store == b.store && a.key == b.key);
    let changes = changes(stored, &result);
    (result, changes)
}

/// Was the working copy under `key` recorded since? An evaluation's is, once the
/// evaluation exists; a visit's, once a version after the one it corrects (or the first,
/// for a new visit) exists.
fn finished(recorded: &[(String, String)], key: &str, json: &str) -> bool {
    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Draft {
        Visit { version: u32 },
        Evaluation {},
    }
    match serde_json::from_str::<Draft>(json) {
        Ok(Draft::Evaluation {}) => recorded
            .iter()
            .any(|(store, k)| store == "evaluations" && k == key),
        Ok(Draft::Visit { version }) => recorded.iter().any(|(store, k)| {
            store == "visits"
                && k.strip_prefix(key)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .and_then(|v| v.parse::<u32>().ok())
                    .is_some_and(|v| v > version)
        }),
        Err(_) => false,
    }
}

/// The text that marks a kept copy as let go: kept under the copy's own key, so the same
/// copy from a backup never comes back.
pub const DISCARDED: &str = "{\"discarded\":true}";

/// Is this kept copy one that was let go?
pub fn is_discarded(json: &str) -> bool {
    json == DISCARDED
}

/// What turns `stored` into `result`.
fn changes(stored: &[Record], result: &[Record]) -> Changes {
    let find = |list: &[Record], r: &Record| {
        list.iter()
            .find(|s| s.store == r.store && s.key == r.key)
            .cloned()
    };
    let put: Vec<Record> = result
        .iter()
        .filter(|r| find(stored, r).as_ref() != Some(*r))
        .cloned()
        .collect();
    let delete = stored
        .iter()
        .filter(|s| find(result, s).is_none())
        .map(|s| (s.store.clone(), s.key.clone()))
        .collect();
    let kept = put.iter().filter(|r| r.store == KEPT).count();
    Changes { put, delete, kept }
}

/// How many recorded visits (distinct visits, any version) and evaluations `records` hold
/// that were made after `since` (all of them when there was no backup yet).
pub fn made_since(records: &[Record], since: Option<DateTime<Utc>>) -> (usize, usize) {
    #[derive(Deserialize)]
    struct Created {
        meta: CreatedAt,
    }
    #[derive(Deserialize)]
    struct CreatedAt {
        updated_at: DateTime<Utc>,
    }
    let newer = |json: &str| match since {
        None => true,
        Some(since) => serde_json::from_str::<Created>(json)
            .map(|c| c.meta.updated_at > since)
            .unwrap_or(true),
    };
    let mut visits: Vec<&str> = records
        .iter()
        .filter(|r| r.store == "visits" && newer(&r.json))
        .filter_map(|r| r.key.rsplit_once('/').map(|(visit, _)| visit))
        .collect();
    visits.sort_unstable();
    visits.dedup();
    let evaluations = records
        .iter()
        .filter(|r| r.store == "evaluations" && newer(&r.json))
        .count();
    (visits.len(), evaluations)
}

/// When a record (a kept copy's text) was last changed.
pub fn changed_at(json: &str) -> Option<DateTime<Utc>> {
    stamps(json).map(|s| s.updated_at)
}

/// What turns a kept copy into the working copy again: the kept one back in its place, and
/// the one that was there kept in its turn, so neither is lost.
pub fn use_kept(records: &[Record], kept: &str) -> Option<Changes> {
    let copy = records.iter().find(|r| r.store == KEPT && r.key == kept)?;
    let (store, key) = kept_from(kept)?;
    let mut changes = Changes::default();
    match records.iter().find(|r| r.store == store && r.key == key) {
        Some(current) if current.json == copy.json => {}
        Some(current) => {
            changes.put.push(Record {
                store: KEPT.to_string(),
                key: kept_key(store, key, &current.json),
                json: current.json.clone(),
            });
            changes.put.push(Record {
                store: store.to_string(),
                key: key.to_string(),
                json: copy.json.clone(),
            });
        }
        None => changes.put.push(Record {
            store: store.to_string(),
            key: key.to_string(),
            json: copy.json.clone(),
        }),
    }
    changes.delete.push((KEPT.to_string(), kept.to_string()));
    changes.kept = changes.put.iter().filter(|r| r.store == KEPT).count();
    Some(changes)
}

/// The records of one family, to hand its whole case to a colleague's device: every
/// carried store's records of it but its paired phones. Those know this device's keys, not
/// the colleague's, who pairs them again; and a case coming back must not touch the
/// pairings kept here.
pub fn case_records(records: &[Record], family: Id) -> Vec<Record> {
    records
        .iter()
        .filter(|r| family_of(r) == Some(family) && r.store != "paired_devices")
        .cloned()
        .collect()
}

/// Whether any record says it was changed after `limit`: a case from a colleague made at
/// one time cannot hold changes from later (such stamps would win every merge).
pub fn stamped_after(records: &[Record], limit: DateTime<Utc>) -> bool {
    records
        .iter()
        .any(|r| stamps(&r.json).is_some_and(|s| s.updated_at > limit))
}

/// The device a record says last changed it.
pub fn written_by(json: &str) -> Option<Id> {
    stamps(json).map(|s| s.updated_by.device)
}

/// A colleague's case: the contents of a backup holding the records of exactly one family,
/// its family record among them. Anything else is refused whole.
pub fn read_case(bytes: &[u8]) -> Result<(Id, BackupFile), BackupError> {
    let file = read(bytes)?;
    let mut families = file.records.iter().filter(|r| r.store == "families");
    let family = match (families.next().and_then(family_of), families.next()) {
        (Some(family), None) => family,
        _ => return Err(BackupError::Damaged("not one family".into())),
    };
    if let Some(r) = file
        .records
        .iter()
        .find(|r| family_of(r) != Some(family) || r.store == "paired_devices")
    {
        return Err(BackupError::Damaged(format!(
            "{}/{} is not of the family",
            r.store, r.key
        )));
    }
    Ok((family, file))
}

/// The name in a case's family record.
pub fn family_name(records: &[Record]) -> Option<String> {
    #[derive(Deserialize)]
    struct Named {
        name: String,
    }
    let record = records.iter().find(|r| r.store == "families")?;
    serde_json::from_str::<Named>(&record.json)
        .ok()
        .map(|n| n.name)
}

/// The family a record belongs to (every carried store's key starts with its id).
pub fn family_of(record: &Record) -> Option<Id> {
    let first = match record.store.as_str() {
        KEPT => kept_from(&record.key)?.1,
        _ => &record.key,
    };
    first.split('/').next()?.parse().ok()
}

/// What on the device is in no backup yet: recorded visits (their latest version) and
/// evaluations changed after the last backup, and when the oldest of them was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unsaved {
    pub visits: usize,
    pub evaluations: usize,
    pub oldest: Option<DateTime<Utc>>,
}

/// [`Unsaved`] for the stamps of the latest versions of the recorded visits and of the
/// recorded evaluations, after a last backup made at `last`.
pub fn unsaved<'a>(
    visits: impl IntoIterator<Item = &'a super::RecordMeta>,
    evaluations: impl IntoIterator<Item = &'a super::RecordMeta>,
    last: Option<DateTime<Utc>>,
) -> Unsaved {
    let after = |meta: &&super::RecordMeta| last.is_none_or(|last| meta.updated_at > last);
    let visits: Vec<&super::RecordMeta> = visits.into_iter().filter(after).collect();
    let evaluations: Vec<&super::RecordMeta> = evaluations.into_iter().filter(after).collect();
    Unsaved {
        visits: visits.len(),
        evaluations: evaluations.len(),
        oldest: visits
            .iter()
            .chain(&evaluations)
            .map(|m| m.updated_at)
            .min(),
    }
}

/// Does the caseload ask for a backup now? When something has been in no backup for
/// `days` days or more, and it did not ask today already.
pub fn reminder_due(
    unsaved: &Unsaved,
    asked_on: Option<chrono::NaiveDate>,
    now: DateTime<Utc>,
    today: chrono::NaiveDate,
    days: i64,
) -> bool {
    let old_enough = unsaved
        .oldest
        .is_some_and(|oldest| now - oldest >= chrono::Duration::days(days));
    old_enough && asked_on != Some(today)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::*;
    use crate::domain::{Author, RecordMeta, Role};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    fn meta(day: u32) -> RecordMeta {
        let author = Author {
            device: Id::from_random_bytes([1; 16]),
            role: Role::Professional,
        };
        RecordMeta::new(author, at(day))
    }

    #[test]
    fn the_reminder_comes_after_the_set_days_and_once_a_day() {
        let visits = [meta(1), meta(20)];
        let evaluations = [meta(25)];
        let none = unsaved(&visits, &evaluations, None);
        assert_eq!(
            (none.visits, none.evaluations, none.oldest),
            (2, 1, Some(at(1)))
        );
        // A backup on the 10th: the visit of the 1st is in it.
        let since = unsaved(&visits, &evaluations, Some(at(10)));
        assert_eq!(
            (since.visits, since.evaluations, since.oldest),
            (1, 1, Some(at(20)))
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        // Six days after the oldest unsaved record: not yet; seven: yes.
        assert!(!reminder_due(&since, None, at(26), today, 7));
        assert!(reminder_due(&since, None, at(27), today, 7));
        // Asked today already: not again today.
        assert!(!reminder_due(&since, Some(today), at(27), today, 7));
        // Nothing unsaved: never.
        let all_saved = unsaved(&visits, &evaluations, Some(at(28)));
        assert_eq!(all_saved, Unsaved::default());
        assert!(!reminder_due(&all_saved, None, at(30), today, 1));
    }

    #[test]
    fn a_file_that_is_not_a_backup_is_refused() {
        assert_eq!(read(b"not json"), Err(BackupError::NotABackup));
        assert_eq!(
            read(br#"{"app":"veilig","format_version":1}"#),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            read(br#"{"app":"veilig-backup","format_version":9,"records":[]}"#),
            Err(BackupError::FromNewerVersion(9))
        );
        let foreign = Record {
            store: "meta".into(),
            key: "lock".into(),
            json: "{}".into(),
        };
        let file = write(vec![foreign], at(1));
        assert!(matches!(read(&file), Err(BackupError::Damaged(_))));
        let twice = Record {
            store: "visits".into(),
            key: "a/b/1".into(),
            json: "{}".into(),
        };
        let file = write(vec![twice.clone(), twice], at(1));
        assert!(matches!(read(&file), Err(BackupError::Damaged(_))));
    }

    #[test]
    fn using_a_kept_copy_keeps_the_one_it_replaces() {
        let author = |d: u8| Author {
            device: Id::from_random_bytes([d; 16]),
            role: Role::Professional,
        };
        let json = |d: u8, day: u32| {
            serde_json::to_string(
                &serde_json::json!({ "meta": RecordMeta::new(author(d), at(day)) }),
            )
            .unwrap()
        };
        let mine = Record {
            store: "plan_drafts".into(),
            key: "f".into(),
            json: json(1, 5),
        };
        let theirs = Record {
            store: "plan_drafts".into(),
            key: "f".into(),
            json: json(2, 3),
        };
        let (merged, _) = merge(std::slice::from_ref(&mine), std::slice::from_ref(&theirs));
        let kept = merged.iter().find(|r| r.store == KEPT).unwrap();
        assert_eq!(kept.json, theirs.json);
        assert_eq!(changed_at(&kept.json), Some(at(3)));
        let changes = use_kept(&merged, &kept.key).unwrap();
        let mut after: Vec<Record> = merged
            .iter()
            .filter(|r| !changes.delete.contains(&(r.store.clone(), r.key.clone())))
            .filter(|r| {
                !changes
                    .put
                    .iter()
                    .any(|p| p.store == r.store && p.key == r.key)
            })
            .cloned()
            .chain(changes.put.iter().cloned())
            .collect();
        after.sort();
        let current = after.iter().find(|r| r.store == "plan_drafts").unwrap();
        assert_eq!(current.json, theirs.json);
        let now_kept: Vec<&Record> = after.iter().filter(|r| r.store == KEPT).collect();
        assert_eq!(now_kept.len(), 1);
        assert_eq!(now_kept[0].json, mine.json);
        assert!(use_kept(&merged, "plan_drafts/f/gone").is_none());
    }

    #[test]
    fn a_kept_copy_names_where_it_came_from() {
        let key = kept_key("plan_drafts", "fam", "{}");
        assert_eq!(kept_from(&key), Some(("plan_drafts", "fam")));
        let family = Id::from_random_bytes([3; 16]);
        let record = Record {
            store: KEPT.into(),
            key: kept_key("plan_drafts", &family.to_string(), "{}"),
            json: "{}".into(),
        };
        assert_eq!(family_of(&record), Some(family));
    }
}
