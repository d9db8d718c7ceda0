//! The device's small preferences in `localStorage` and `sessionStorage`: every key the app
//! uses there, in one place.
//!
//! Nothing here says anything about a person: a language code, counters, a few numbers and
//! which app the device starts. Everything personal lives in IndexedDB, sealed. Storage may
//! be unavailable (some private modes): reads then give the default and writes are dropped,
//! so a choice lasts for the visit only.

use gloo::storage::{LocalStorage, SessionStorage, Storage};

use crate::domain::secret::Backoff;

/// A key in `localStorage` (kept across visits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pref {
    /// "nl" or "en".
    Language,
    /// Wrong unlock tries and the wait still left: `[count, ms]` (a [`Backoff`]).
    UnlockWait,
    /// Minutes without use before the app locks itself.
    IdleMinutes,
    /// Weeks without a visit before the caseload marks a family.
    VisitWeeks,
    /// Days a record may be in no backup before the caseload asks for one.
    BackupDays,
    /// When the last backup was made (ms since 1970): said on the lock screen before erasing,
    /// where the sealed record of it cannot be read. A time, nothing about a person.
    LastBackup,
    /// Which app the device starts: "professional" or absent. Read by `static/start.js`
    /// before any wasm runs, so its name and value are shared with that file.
    App,
}

impl Pref {
    /// The key as stored.
    pub const fn key(self) -> &'static str {
        match self {
            Pref::Language => "veilig-lang",
            Pref::UnlockWait => "veilig-unlock-wait",
            Pref::IdleMinutes => "veilig-idle-minutes",
            Pref::VisitWeeks => "veilig-visit-weeks",
            Pref::BackupDays => "veilig-backup-days",
            Pref::LastBackup => "veilig-last-backup",
            Pref::App => "veilig-app",
        }
    }
}

/// A key in `sessionStorage` (this tab only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabFlag {
    /// Set by `static/start.js` when the professional's app could not be loaded.
    ProfessionalAppFailed,
    /// Set just before the family's app hands over to the professional's.
    Switched,
    /// Set by `static/start.js` when the family's home could not be loaded after the door
    /// opened the data (never downloaded, and no connection).
    HomeFailed,
}

impl TabFlag {
    /// The key as stored.
    pub const fn key(self) -> &'static str {
        match self {
            TabFlag::ProfessionalAppFailed => "veilig-professional-app-failed",
            TabFlag::Switched => "veilig-switched",
            TabFlag::HomeFailed => "veilig-home-failed",
        }
    }
}

/// The language key of releases before 2026-11-30, read once and moved.
const OLD_LANG_KEY: &str = "veilig.lang";

/// The stored language code, if any.
pub fn lang() -> Option<String> {
    if let Ok(code) = LocalStorage::get::<String>(Pref::Language.key()) {
        return Some(code);
    }
    let old = LocalStorage::get::<String>(OLD_LANG_KEY).ok()?;
    LocalStorage::delete(OLD_LANG_KEY);
    let _ = LocalStorage::set(Pref::Language.key(), &old);
    Some(old)
}

/// Remember the language code.
pub fn set_lang(code: &str) {
    let _ = LocalStorage::set(Pref::Language.key(), code);
}

/// A stored number, if it is one of `choices`.
pub fn choice<T>(pref: Pref, choices: &[T]) -> Option<T>
where
    T: serde::de::DeserializeOwned + PartialEq,
{
    LocalStorage::get::<T>(pref.key())
        .ok()
        .filter(|v| choices.contains(v))
}

/// When the last backup was made, as remembered outside the database.
pub fn last_backup() -> Option<chrono::DateTime<chrono::Utc>> {
    LocalStorage::get::<i64>(Pref::LastBackup.key())
        .ok()
        .and_then(chrono::DateTime::from_timestamp_millis)
}

pub fn set_last_backup(at: chrono::DateTime<chrono::Utc>) {
    let _ = LocalStorage::set(Pref::LastBackup.key(), at.timestamp_millis());
}

/// Remember a number.
pub fn set_number<T: serde::Serialize>(pref: Pref, value: T) {
    let _ = LocalStorage::set(pref.key(), value);
}

/// The key of releases before 2026-12-01: `[count, ms since 1970]`, a wait that followed
/// the wall clock (moving the phone's clock skipped it).
const OLD_FAILED_UNLOCKS_KEY: &str = "veilig-failed-unlocks";

/// The wrong tries and the wait still left; a value that is not two whole numbers counts
/// as none. An older release's count is taken over once, with its whole wait to go (an
/// update in the middle of someone's guessing gives them no fresh tries).
pub fn unlock_wait() -> Backoff {
    if let Ok((failures, left_ms)) = LocalStorage::get::<(u32, u32)>(Pref::UnlockWait.key()) {
        return Backoff::new(failures, left_ms);
    }
    let storage = LocalStorage::raw();
    let Ok(Some(old)) = storage.get_item(OLD_FAILED_UNLOCKS_KEY) else {
        return Backoff::default();
    };
    let _ = storage.remove_item(OLD_FAILED_UNLOCKS_KEY);
    // Only the count: read by hand, as the time is a fraction.
    let failures = old
        .trim_start_matches('[')
        .split(',')
        .next()
        .and_then(|n| n.trim().parse::<u32>().ok())
        .unwrap_or(0);
    let wait = Backoff::full(failures);
    set_unlock_wait(wait);
    wait
}

/// Write the wrong tries and the wait still left down.
pub fn set_unlock_wait(wait: Backoff) {
    let _ = LocalStorage::set(Pref::UnlockWait.key(), (wait.failures, wait.left_ms));
}

/// The right secret was given.
pub fn clear_unlock_wait() {
    LocalStorage::delete(Pref::UnlockWait.key());
    LocalStorage::delete(OLD_FAILED_UNLOCKS_KEY);
}

/// The value `static/start.js` looks for under [`Pref::App`].
const PROFESSIONAL: &str = "professional";

/// Start the professional's app from now on (`true`), or the family's (`false`).
pub fn set_professional_app(professional: bool) {
    let storage = LocalStorage::raw();
    let _ = if professional {
        storage.set_item(Pref::App.key(), PROFESSIONAL)
    } else {
        storage.remove_item(Pref::App.key())
    };
}

/// Whether a flag is set in this tab.
pub fn tab_flag(flag: TabFlag) -> bool {
    SessionStorage::raw()
        .get_item(flag.key())
        .ok()
        .flatten()
        .is_some()
}

/// Set (`true`) or clear a flag in this tab.
pub fn set_tab_flag(flag: TabFlag, on: bool) {
    let session = SessionStorage::raw();
    let _ = if on {
        session.set_item(flag.key(), "1")
    } else {
        session.remove_item(flag.key())
    };
}

/// Forget every preference of this device and every flag of this tab (erasing the device).
pub fn clear_all() {
    LocalStorage::clear();
    SessionStorage::clear();
}
