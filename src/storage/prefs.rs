//! The device's small preferences in `localStorage` and `sessionStorage`: every key the app
//! uses there, in one place.
//!
//! Nothing here says anything about a person: a language code, counters, a few numbers and
//! which app the device starts. Everything personal lives in IndexedDB, sealed. Storage may
//! be unavailable (some private modes): reads then give the default and writes are dropped,
//! so a choice lasts for the visit only.

use gloo::storage::{LocalStorage, SessionStorage, Storage};

/// A key in `localStorage` (kept across visits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pref {
    /// "nl" or "en".
    Language,
    /// Wrong unlock tries and when the last was: `[count, ms since 1970]`.
    FailedUnlocks,
    /// Minutes without use before the app locks itself.
    IdleMinutes,
    /// Weeks without a visit before the caseload marks a family.
    VisitWeeks,
    /// Which app the device starts: "professional" or absent. Read by `static/start.js`
    /// before any wasm runs, so its name and value are shared with that file.
    App,
}

impl Pref {
    /// The key as stored.
    pub const fn key(self) -> &'static str {
        match self {
            Pref::Language => "veilig-lang",
            Pref::FailedUnlocks => "veilig-failed-unlocks",
            Pref::IdleMinutes => "veilig-idle-minutes",
            Pref::VisitWeeks => "veilig-visit-weeks",
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
}

impl TabFlag {
    /// The key as stored.
    pub const fn key(self) -> &'static str {
        match self {
            TabFlag::ProfessionalAppFailed => "veilig-professional-app-failed",
            TabFlag::Switched => "veilig-switched",
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

/// Remember a number.
pub fn set_number<T: serde::Serialize>(pref: Pref, value: T) {
    let _ = LocalStorage::set(pref.key(), value);
}

/// How many wrong tries there were, and when the last was (ms since 1970).
pub fn failed_unlocks() -> (u32, f64) {
    LocalStorage::get::<(u32, f64)>(Pref::FailedUnlocks.key()).unwrap_or((0, 0.0))
}

/// Count one more wrong try at `now` (ms since 1970); returns the count.
pub fn record_failed_unlock(now: f64) -> u32 {
    let (n, _) = failed_unlocks();
    let _ = LocalStorage::set(Pref::FailedUnlocks.key(), (n + 1, now));
    n + 1
}

/// The right secret was given.
pub fn clear_failed_unlocks() {
    LocalStorage::delete(Pref::FailedUnlocks.key());
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
