//! Storage benchmark, run in the browser by `scripts/bench.mjs`: the operations people wait
//! for, against real IndexedDB, each the median of several runs. Not part of the app.
//!
//! Built with `cargo build --release --target wasm32-unknown-unknown --example storage_bench`
//! and `wasm-bindgen --target web`; the page calls `run(repeats)` and gets JSON back.

use chrono::{Duration, Utc};
use veilig::domain::demo::demo_case;
use veilig::domain::visit::{AgreementOutcome, Scorer, Visit};
use veilig::domain::{Author, CheckIn, Family, Id, Language, RecordMeta, Role, SafetyPlan};
use veilig::service::Session;
use veilig::storage::Db;
use wasm_bindgen::prelude::*;

fn main() {}

fn random_id() -> Id {
    let mut bytes = [0u8; 16];
    for b in bytes.iter_mut() {
        *b = (js_sys::Math::random() * 256.0) as u8;
    }
    Id::from_random_bytes(bytes)
}

/// The wall clock (chrono's `clock` feature is off in this crate).
fn now() -> chrono::DateTime<Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn author() -> Author {
    Author {
        device: random_id(),
        role: Role::Professional,
    }
}

fn check_ins(n: usize) -> Vec<CheckIn> {
    let start = now();
    (0..n)
        .map(|i| {
            let meta = RecordMeta::new(author(), start + Duration::seconds(i as i64));
            CheckIn::create(
                random_id(),
                veilig::domain::SafetyScore::new((i % 11) as u8),
                "Een paar woorden.",
                meta,
            )
            .expect("a valid check-in")
        })
        .collect()
}

/// A home visit as a professional fills it in: text in every part, every agreement checked,
/// a score from everyone. `days_ago` sets its day.
fn filled_visit(family: &Family, plan: &SafetyPlan, days_ago: i64) -> Visit {
    let at = (now() - Duration::days(days_ago)).naive_utc();
    let mut visit = Visit::start(random_id(), plan, &[], at, RecordMeta::new(author(), now()));
    visit.present = family.people.iter().map(|p| p.id).collect();
    let words = "Het gaat rustiger thuis. De afspraken helpen, maar avonden blijven lastig.";
    visit.parents_say = words.into();
    visit.children_say = words.into();
    visit.network_say = words.into();
    visit.worries = words.into();
    visit.working_well = words.into();
    for check in &mut visit.checks {
        check.outcome = AgreementOutcome::Kept;
        check.note = words.into();
    }
    visit.set_score(Scorer::Professional, veilig::domain::SafetyScore::new(6));
    for person in &family.people {
        visit.set_score(
            Scorer::Person(person.id),
            veilig::domain::SafetyScore::new(5),
        );
    }
    visit
}

/// Store `families` copies of the example family, each with `visits` recorded home visits
/// two weeks apart.
async fn fill_caseload(db: &Db, families: usize, visits: i64) -> Result<(), JsValue> {
    let err = |e: veilig::storage::StorageError| JsValue::from_str(&e.to_string());
    for _ in 0..families {
        let (family, plan) =
            demo_case(random_id, Language::Nl, author(), now(), now().date_naive());
        db.save_case(&family, &plan).await.map_err(err)?;
        for n in 0..visits {
            let visit = filled_visit(&family, &plan, n * 14)
                .record(&family, author(), now(), now().date_naive())
                .map_err(|_| JsValue::from_str("a valid visit"))?;
            db.record_visit(&visit).await.map_err(err)?;
        }
    }
    Ok(())
}

/// A new database with a secret set, as in the app: every value is encrypted.
async fn fresh() -> (Db, String) {
    let name = format!("veilig-bench-{}", random_id());
    let db = Db::open(&name, || {}).await.expect("open");
    db.set_secret("246810").await.expect("a secret");
    (db, name)
}

async fn done(db: Db, name: &str) {
    db.close();
    let _ = Db::delete_database(name).await;
}

/// Time each operation `repeats` times; JSON with the median milliseconds of each.
#[wasm_bindgen]
pub async fn run(repeats: u32) -> Result<String, JsValue> {
    let err = |e: veilig::storage::StorageError| JsValue::from_str(&e.to_string());
    let mut save_plan = Vec::new();
    let mut write_1000 = Vec::new();
    let mut caseload_200 = Vec::new();
    let mut read_3000 = Vec::new();
    let mut save_visit = Vec::new();
    let mut caseload_visits = Vec::new();

    let (db, name) = fresh().await;
    for _ in 0..repeats {
        let (family, plan) =
            demo_case(random_id, Language::Nl, author(), now(), now().date_naive());
        let t = now_ms();
        db.save_case(&family, &plan).await.map_err(err)?;
        save_plan.push(now_ms() - t);

        let batch = check_ins(1000);
        let t = now_ms();
        db.add_check_ins(&batch).await.map_err(err)?;
        write_1000.push(now_ms() - t);

        // The autosave of a filled-in visit: what every pause in typing writes.
        let visit = filled_visit(&family, &plan, 0);
        let t = now_ms();
        db.save_visit_draft(&visit).await.map_err(err)?;
        save_visit.push(now_ms() - t);
    }
    done(db, &name).await;

    // The caseload as its screen loads it: 200 families with 5 recorded visits each, and
    // the monitoring of all of them for the reminders.
    let (db, name) = fresh().await;
    fill_caseload(&db, 200, 5).await?;
    for _ in 0..repeats {
        let t = now_ms();
        let listing = db.cases().await.map_err(err)?;
        let (monitoring, _) = db.all_monitoring().await.map_err(err)?;
        caseload_visits.push(now_ms() - t);
        assert_eq!(listing.items.len(), 200);
        assert_eq!(
            monitoring.values().map(|m| m.visits.len()).sum::<usize>(),
            1000
        );
    }
    done(db, &name).await;

    // 200 families with their plans, then 3,000 records.
    let (db, name) = fresh().await;
    fill_caseload(&db, 200, 0).await?;
    db.add_check_ins(&check_ins(3000)).await.map_err(err)?;
    for _ in 0..repeats {
        let t = now_ms();
        let listing = db.cases().await.map_err(err)?;
        caseload_200.push(now_ms() - t);
        assert_eq!(listing.items.len(), 200);

        let t = now_ms();
        let listing = db.check_ins().await.map_err(err)?;
        read_3000.push(now_ms() - t);
        assert_eq!(listing.items.len(), 3000);
    }
    done(db, &name).await;

    // Unlocking: deriving the key from the secret (PBKDF2, 600,000 iterations) and checking it.
    let mut unlock = Vec::new();
    let (db, name) = fresh().await;
    for _ in 0..repeats {
        db.lock();
        let t = now_ms();
        let opened = db.unlock("246810").await.map_err(err)?;
        unlock.push(now_ms() - t);
        assert!(opened);
    }
    done(db, &name).await;

    // A professional's backup (issue 16): 30 families with 10 recorded visits each, made,
    // then restored into a new, empty database (both sealed under their own secret).
    let mut make = Vec::new();
    let mut restore = Vec::new();
    let mut bytes = 0;
    let (db, name) = fresh().await;
    fill_caseload(&db, 30, 10).await?;
    let session = Session::new(db.clone(), author());
    let code = session.confirm_recovery_code().await.map_err(err)?.code;
    for _ in 0..repeats {
        let t = now_ms();
        let made = session.make_backup().await.map_err(err)?;
        make.push(now_ms() - t);
        bytes = made.bytes.len();
        assert_eq!(made.visits, 300);
        let (target, target_name) = fresh().await;
        let empty = Session::new(target.clone(), author());
        let t = now_ms();
        let restored = empty
            .restore_backup(&made.bytes, &code)
            .await
            .map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        restore.push(now_ms() - t);
        assert_eq!((restored.families, restored.visits), (30, 300));
        done(target, &target_name).await;
    }
    done(db, &name).await;

    Ok(format!(
        "{{\"backup_make\":{:.2},\"backup_restore\":{:.2},\"backup_bytes\":{},\"save_plan\":{:.2},\"write_1000\":{:.2},\"caseload_200\":{:.2},\"read_3000\":{:.2},\"unlock\":{:.2},\"save_visit\":{:.2},\"caseload_visits\":{:.2}}}",
        median(make),
        median(restore),
        bytes,
        median(save_plan),
        median(write_1000),
        median(caseload_200),
        median(read_3000),
        median(unlock),
        median(save_visit),
        median(caseload_visits)
    ))
}
