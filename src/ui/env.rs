//! The few facts the UI takes from the browser: the time, randomness, the stored language,
//! and marks for the benchmark. Small wrappers, so the rest of the UI stays plain Yew.

use crate::i18n::Language;
pub use crate::service::clock::{local_date, local_date_time, local_now, new_id, now, today};
use crate::service::device;
pub use crate::service::device::{
    clear_failed_unlocks, failed_unlocks, idle_minutes, professional_app_failed,
    record_failed_unlock, remember_app, set_idle_minutes, set_visit_weeks,
    switch_to_professional_app, take_switched, visit_weeks, IDLE_CHOICES, VISIT_WEEKS_CHOICES,
};

/// The language chosen earlier on this device, or Dutch.
pub fn stored_lang() -> Language {
    device::stored_lang_code()
        .map(|code| Language::from_code(&code))
        .unwrap_or_default()
}

/// Remember the language choice and set the page's `lang` attribute.
pub fn apply_lang(lang: Language) {
    device::remember_lang_code(lang.code());
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

/// How long a download's object URL stays valid: revoked at once, a slow phone may not
/// have started the download yet.
const DOWNLOAD_URL_MS: u32 = 60_000;

/// Offer `text` as a file download called `file_name`. The name must not say whose data
/// it is: downloads lists are seen by others. `Err` when the browser could not make it.
pub fn download(file_name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    gloo::timers::callback::Timeout::new(DOWNLOAD_URL_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The bytes of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Vec<u8>> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Open the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// "Snel weg": blank the page at once, then replace this page in the history with the
/// neutral page the app ships (`static/weer.html`, precached, so it works offline too).
pub fn quick_exit() {
    let document = gloo::utils::document();
    if let Some(body) = document.body() {
        let _ = body.style().set_property("display", "none");
        body.set_inner_html("");
    }
    document.set_title("Weetjes over het weer");
    // Once: the start script's fallback leaves only when the app has not.
    if let Some(root) = document.document_element() {
        if root.has_attribute("data-leaving") {
            return;
        }
        let _ = root.set_attribute("data-leaving", "true");
    }
    let _ = gloo::utils::window().location().replace("/weer.html");
}

/// Ask the browser to keep this site's data when the device runs low on space. `None`
/// where the browser has no say in it.
pub async fn ask_persistent_storage() -> Option<bool> {
    let storage = gloo::utils::window().navigator().storage();
    let promise = storage.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser keeps this site's data when space runs low.
pub async fn storage_persisted() -> Option<bool> {
    let storage = gloo::utils::window().navigator().storage();
    let promise = storage.persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Reload the page: after locking, everything that was on screen leaves memory with it.
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}
