//! The device's own choices, kept outside the sealed database: the language, the lock's
//! wait after wrong tries, the idle time, the visit reminder, and which app the device
//! starts. None of them says anything about a person.

use crate::domain::secret::Backoff;
use crate::storage::prefs::{self, Pref, TabFlag};

/// The language code chosen earlier on this device, if any.
pub fn stored_lang_code() -> Option<String> {
    prefs::lang()
}

/// Remember the language code.
pub fn remember_lang_code(code: &str) {
    prefs::set_lang(code);
}

/// The idle times offered, in minutes.
pub const IDLE_CHOICES: [u32; 4] = [1, 2, 5, 15];
const DEFAULT_IDLE: u32 = 5;

/// The wrong tries and the wait still left before the next.
pub fn unlock_wait() -> Backoff {
    prefs::unlock_wait()
}

/// Write down the wrong tries and the wait still left.
pub fn set_unlock_wait(wait: Backoff) {
    prefs::set_unlock_wait(wait);
}

/// The right secret was given.
pub fn clear_unlock_wait() {
    prefs::clear_unlock_wait();
}

/// Remember which app this device needs from the next start: the professional's for a
/// professional, otherwise the family's.
pub fn remember_app(role: crate::domain::Role) {
    prefs::set_professional_app(role == crate::domain::Role::Professional);
}

/// Hand over to the professional's app: remember it and reload; the start script loads it,
/// and it starts locked like every start.
pub fn switch_to_professional_app() {
    remember_app(crate::domain::Role::Professional);
    prefs::set_tab_flag(TabFlag::ProfessionalAppFailed, false);
    prefs::set_tab_flag(TabFlag::Switched, true);
    let _ = gloo::utils::window().location().reload();
}

/// Did the professional's app fail to load in this tab (offline before it was ever
/// downloaded, say)?
pub fn professional_app_failed() -> bool {
    prefs::tab_flag(TabFlag::ProfessionalAppFailed)
}

/// Could the family's home not be loaded in this tab? Says so once, then forgets it.
pub fn take_home_failed() -> bool {
    let failed = prefs::tab_flag(TabFlag::HomeFailed);
    prefs::set_tab_flag(TabFlag::HomeFailed, false);
    failed
}

/// Was this page just handed over from the family's app? Says so once, then forgets it.
pub fn take_switched() -> bool {
    let switched = prefs::tab_flag(TabFlag::Switched);
    prefs::set_tab_flag(TabFlag::Switched, false);
    switched
}

/// The numbers of weeks offered.
pub const VISIT_WEEKS_CHOICES: [i64; 6] = [1, 2, 3, 4, 6, 8];
const DEFAULT_VISIT_WEEKS: i64 = 4;

/// Weeks without a visit before a family is marked on the caseload.
pub fn visit_weeks() -> i64 {
    prefs::choice(Pref::VisitWeeks, &VISIT_WEEKS_CHOICES).unwrap_or(DEFAULT_VISIT_WEEKS)
}

/// Remember the number of weeks.
pub fn set_visit_weeks(weeks: i64) {
    prefs::set_number(Pref::VisitWeeks, weeks);
}

/// The numbers of days offered before the caseload asks for a backup.
pub const BACKUP_DAYS_CHOICES: [i64; 5] = [1, 3, 7, 14, 30];
const DEFAULT_BACKUP_DAYS: i64 = 7;

/// Days a visit or evaluation may be in no backup before the caseload asks for one.
pub fn backup_days() -> i64 {
    prefs::choice(Pref::BackupDays, &BACKUP_DAYS_CHOICES).unwrap_or(DEFAULT_BACKUP_DAYS)
}

/// Remember the number of days.
pub fn set_backup_days(days: i64) {
    prefs::set_number(Pref::BackupDays, days);
}

/// Minutes without use before the app locks itself.
pub fn idle_minutes() -> u32 {
    prefs::choice(Pref::IdleMinutes, &IDLE_CHOICES).unwrap_or(DEFAULT_IDLE)
}

/// Remember the idle time.
pub fn set_idle_minutes(minutes: u32) {
    prefs::set_number(Pref::IdleMinutes, minutes);
}
