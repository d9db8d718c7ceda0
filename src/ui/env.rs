//! The few facts the UI takes from the browser: the time, randomness, the stored language,
//! and marks for the benchmark. Small wrappers, so the rest of the UI stays plain Yew.

use crate::i18n::Language;
pub use crate::service::clock::{
    local_date, local_date_time, local_now, monotonic_ms, new_id, now, today,
};
use crate::service::device;
pub use crate::service::device::{
    backup_days, clear_unlock_wait, idle_minutes, professional_app_failed, remember_app,
    set_backup_days, set_idle_minutes, set_unlock_wait, set_visit_weeks,
    switch_to_professional_app, take_home_failed, take_switched, unlock_wait, visit_weeks,
    BACKUP_DAYS_CHOICES, IDLE_CHOICES, VISIT_WEEKS_CHOICES,
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

/// A blob of `bytes` of type `mime`.
fn blob(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// Offer `bytes` as a file download named `file_name`, all in the browser; the link stays
/// valid for [`DOWNLOAD_URL_MS`].
pub fn download_bytes(
    file_name: &str,
    bytes: &[u8],
    mime: &str,
) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let blob = blob(bytes, mime)?;
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

/// Hand `bytes` as a file to the phone's share sheet (`navigator.share` with files), where
/// the browser says it can; `false` where it cannot (then offer a download instead).
pub fn can_share_files() -> bool {
    share_data(&[0], "x.bin").is_some()
}

fn share_data(bytes: &[u8], file_name: &str) -> Option<js_sys::Object> {
    use js_sys::Reflect;
    let navigator = gloo::utils::window().navigator();
    let can_share = Reflect::get(&navigator, &"canShare".into()).ok()?;
    let can_share: &js_sys::Function = wasm_bindgen::JsCast::dyn_ref(&can_share)?;
    let blob = blob(bytes, "application/octet-stream").ok()?;
    let file = web_sys::File::new_with_blob_sequence(&js_sys::Array::of1(&blob), file_name).ok()?;
    let data = js_sys::Object::new();
    Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    can_share
        .call1(&navigator, &data)
        .ok()?
        .as_bool()
        .unwrap_or(false)
        .then_some(data)
}

/// Share `bytes` as a file called `file_name`: `None` if the sheet could not open,
/// `Some(true)` when it was shared, `Some(false)` when the person closed the sheet (not a
/// failure).
pub async fn share_file(file_name: &str, bytes: &[u8]) -> Option<bool> {
    use js_sys::Reflect;
    let data = share_data(bytes, file_name)?;
    let navigator = gloo::utils::window().navigator();
    let share = Reflect::get(&navigator, &"share".into()).ok()?;
    let share = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&share)?;
    let promise = share.call1(&navigator, &data).ok()?;
    Some(
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .is_ok(),
    )
}

/// Why a chosen file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Larger than `limit`: not read into memory at all.
    TooLarge,
    Unreadable,
}

/// The bytes of the first file chosen in a file input, if it is at most `limit` bytes (the
/// size is checked before anything is read). `Ok(None)` when no file was chosen.
pub async fn read_chosen_file_limited(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> Result<Option<Vec<u8>>, FileProblem> {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(None);
    };
    if file.size() > limit as f64 {
        return Err(FileProblem::TooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileProblem::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    // A file that grew between the check and the read.
    if bytes.len() > limit {
        return Err(FileProblem::TooLarge);
    }
    Ok(Some(bytes))
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
    crate::ui::speech::stop();
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

/// How much this site stores and how much more the browser allows it, in bytes
/// (`navigator.storage.estimate()`); `None` where the browser does not say.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    use js_sys::Reflect;
    let storage = gloo::utils::window().navigator().storage();
    let estimate = Reflect::get(&storage, &"estimate".into()).ok()?;
    let estimate = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&estimate)?;
    let promise = estimate.call0(&storage).ok()?;
    let result = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .ok()?;
    let usage = Reflect::get(&result, &"usage".into()).ok()?.as_f64()?;
    let quota = Reflect::get(&result, &"quota".into()).ok()?.as_f64()?;
    Some((usage, quota))
}

/// Ask the browser again to keep the data once the app is installed (the moment it is most
/// likely to say yes). Registered once, at start.
pub fn ask_persistence_when_installed() {
    thread_local! {
        static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    gloo::events::EventListener::new(&gloo::utils::window(), "appinstalled", |_| {
        wasm_bindgen_futures::spawn_local(async {
            ask_persistent_storage().await;
        });
    })
    .forget();
}

/// Reload the page: after locking, everything that was on screen leaves memory with it.
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}
