//! The few facts the UI takes from the browser: the time, randomness, the stored language,
//! and marks for the benchmark. Small wrappers, so the rest of the UI stays plain Yew.

use chrono::{DateTime, Utc};
use gloo::storage::{LocalStorage, Storage};

use crate::domain::Id;
use crate::i18n::Lang;

/// The local-storage key of the language choice. Not sensitive: it is only "nl" or "en".
const LANG_KEY: &str = "veilig.lang";

/// The current time, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
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

/// The language chosen earlier on this device, or Dutch.
pub fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .map(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Remember the language choice and set the page's `lang` attribute.
pub fn apply_lang(lang: Lang) {
    // Storage may be unavailable (private mode); the choice then lasts for this visit.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Set a `performance.mark`, read by the benchmark.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Move keyboard and screen-reader focus to the element with this id.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
