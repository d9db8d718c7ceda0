//! The device's clock and randomness: the time, the local calendar, and new ids. The domain
//! never asks the browser for either; services and screens pass them in.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::domain::Id;

/// The current time, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Milliseconds on the page's own clock, which only goes forward and does not follow the
/// phone's clock setting (for waits that moving the clock must not shorten).
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// A fresh random id from the browser's cryptographic random source.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // Every browser the app supports has crypto.getRandomValues; this is a last resort.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random_bytes(bytes)
}

/// Today's date on this device's calendar (not UTC: a plan ends at local midnight).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now().date_naive())
}

/// The date on this device's calendar of a moment.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    local_date_time(at).date()
}

/// The wall-clock time on this device of a moment, to the minute.
pub fn local_date_time(at: DateTime<Utc>) -> NaiveDateTime {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), 0))
        .unwrap_or_else(|| at.naive_utc())
}

/// The wall-clock time on this device now, to the minute.
pub fn local_now() -> NaiveDateTime {
    local_date_time(now())
}
