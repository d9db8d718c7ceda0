//! The service worker: register it, and offer a new version without ever switching to it
//! silently in the middle of someone's work.
//!
//! A new worker installs in the background and then waits. This hook reports that it is
//! waiting; the app shows "Er is een nieuwe versie" with a button. Only that button tells the
//! worker to take over, and only then does the page reload into the new version.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::prelude::*;

/// The message the service worker answers with `skipWaiting()`.
const SKIP_WAITING: &str = "skip-waiting";

/// `Some(callback)` when a new version is waiting; the callback switches to it.
///
/// The worker is registered once `ready` (the first screen is up): its install downloads the
/// whole build again for the precache, and on a slow line that must not compete with the
/// first load itself.
#[hook]
pub fn use_service_worker_update(ready: bool) -> Option<Callback<()>> {
    let waiting = use_state(|| None::<ServiceWorker>);
    let reload_requested = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let waiting = waiting.clone();
        let reload_requested = (*reload_requested).clone();
        use_effect_with(ready, move |ready| {
            if *ready {
                register(waiting, reload_requested);
            }
        });
    }
    let reload_requested = (*reload_requested).clone();
    (*waiting).clone().map(|worker| {
        Callback::from(move |_| {
            reload_requested.set(true);
            let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
        })
    })
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside secure contexts; web-sys would hand back `undefined` as a container.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    present.then(|| navigator.service_worker())
}

fn register(waiting: UseStateHandle<Option<ServiceWorker>>, reload_requested: Rc<Cell<bool>>) {
    let Some(container) = container() else {
        return;
    };
    EventListener::new(&container, "controllerchange", move |_| {
        if reload_requested.get() {
            let _ = gloo::utils::window().location().reload();
        }
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A worker installed during an earlier visit may already be waiting.
        if let Some(worker) = registration.waiting() {
            if container.controller().is_some() {
                waiting.set(Some(worker));
            }
        }
        let reg = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let container = container.clone();
            let waiting = waiting.clone();
            EventListener::new(&installing, "statechange", move |_| {
                // With no controller this is the first install, which simply takes over.
                if worker.state() == ServiceWorkerState::Installed
                    && container.controller().is_some()
                {
                    waiting.set(Some(worker.clone()));
                }
            })
            .forget();
        })
        .forget();
        // An installed app is resumed more often than reloaded: look for updates then too.
        let document = gloo::utils::document();
        EventListener::new(&document, "visibilitychange", move |_| {
            if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = registration.update();
            }
        })
        .forget();
    });
}
