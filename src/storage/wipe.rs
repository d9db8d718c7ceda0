//! Erasing Veilig from the device: the database, local and session storage, the service
//! worker's caches and the worker itself. After this, nothing of Veilig is left on the phone
//! but the browser's own history; the app opens again only with a connection.

use js_sys::{Array, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::schema::DB_NAME;
use super::{prefs, Db};

async fn settle(promise: Result<Promise, wasm_bindgen::JsValue>) -> Option<wasm_bindgen::JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Erase what Veilig keeps of a person on this device: the database and local and session
/// storage. The app itself (caches, service worker) stays, so it starts again offline.
pub async fn data(db: Db) {
    db.close();
    let _ = Db::delete_database(DB_NAME).await;
    prefs::clear_all();
}

/// Erase everything of Veilig on this device: [`data`], then the caches and the service
/// worker. Best effort past the database: every part is tried even when an earlier one
/// fails.
pub async fn everything(db: Db) {
    data(db).await;
    let window = gloo::utils::window();
    if let Ok(caches) = window.caches() {
        if let Some(names) = settle(Ok(caches.keys())).await {
            for name in Array::from(&names).iter() {
                if let Some(name) = name.as_string() {
                    let _ = settle(Ok(caches.delete(&name))).await;
                }
            }
        }
    }
    let workers = window.navigator().service_worker();
    if let Some(list) = settle(Ok(workers.get_registrations())).await {
        for registration in Array::from(&list).iter() {
            if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>()
            {
                let _ = settle(registration.unregister()).await;
            }
        }
    }
}
