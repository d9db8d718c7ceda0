//! Storage benchmark, run in the browser by `scripts/bench.mjs`: the operations people wait
//! for, against real IndexedDB, each the median of several runs. Not part of the app.
//!
//! Built with `cargo build --release --target wasm32-unknown-unknown --example storage_bench`
//! and `wasm-bindgen --target web`; the page calls `run(repeats)` and gets JSON back.

use chrono::{Duration, Utc};
use veilig::domain::demo::demo_case;
use veilig::domain::{Author, CheckIn, Id, Language, RecordMeta, Role};
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
            CheckIn::create(random_id(), Some((i % 11) as u8), "Een paar woorden.", meta)
                .expect("a valid check-in")
        })
        .collect()
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

    let (db, name) = fresh().await;
    for _ in 0..repeats {
        let (family, plan) = demo_case(
            random_id,
            Language::Dutch,
            author(),
            now(),
            now().date_naive(),
        );
        let t = now_ms();
        db.save_case(&family, &plan).await.map_err(err)?;
        save_plan.push(now_ms() - t);

        let batch = check_ins(1000);
        let t = now_ms();
        db.add_check_ins(&batch).await.map_err(err)?;
        write_1000.push(now_ms() - t);
    }
    done(db, &name).await;

    // 200 families with their plans, then 3,000 records.
    let (db, name) = fresh().await;
    for _ in 0..200 {
        let (family, plan) = demo_case(
            random_id,
            Language::Dutch,
            author(),
            now(),
            now().date_naive(),
        );
        db.save_case(&family, &plan).await.map_err(err)?;
    }
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

    Ok(format!(
        "{{\"save_plan\":{:.2},\"write_1000\":{:.2},\"caseload_200\":{:.2},\"read_3000\":{:.2},\"unlock\":{:.2}}}",
        median(save_plan),
        median(write_1000),
        median(caseload_200),
        median(read_3000),
        median(unlock)
    ))
}
