//! The guards around every screen: the back button, locking after a while without use or
//! hidden, locking when the page comes back from the browser's history, and "Snel weg" from
//! the keyboard.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::ui::env;
use crate::ui::hooks::use_autosave::flush_pending;

/// How long the app may be hidden (another app, the home screen) before it locks.
const HIDDEN_LOCK_MS: u32 = 30_000;

/// Lock now: first what was just typed is saved (the autosave may still be waiting), then
/// the key leaves memory, and the reload takes everything that was on screen with it. The
/// app opens again at the lock screen.
pub fn lock_now() {
    crate::ui::speech::stop();
    wasm_bindgen_futures::spawn_local(async {
        flush_pending().await;
        crate::service::lock_current();
        env::reload();
    });
}

/// Hide (or show again) everything on the page, without touching the app's state.
fn veil(on: bool) {
    if on {
        // Nothing of the app is heard out of sight either.
        crate::ui::speech::stop();
    }
    if let Some(body) = gloo::utils::document().body() {
        let _ = body.class_list().toggle_with_force("veiled", on);
    }
}

/// Save what was typed at once: the app is going out of sight (another app, the home
/// screen, a closed tab), where a phone may end it without warning.
fn save_now() {
    wasm_bindgen_futures::spawn_local(flush_pending());
}

/// "Snel weg": drop the key, blank the page and leave for the neutral page.
pub fn quick_exit() {
    crate::service::lock_current();
    env::quick_exit();
}

/// Install the guards. `on_back` is called for the browser's back button; the locks that
/// follow use apply once the app is `ready` (unlocked).
#[hook]
pub fn use_guards(ready: bool, on_back: Callback<()>) {
    use_effect_with((), move |_| {
        let back = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            on_back.emit(())
        });
        // Coming back to this page from the browser's history (the back button after
        // "Snel weg") must not bring back what was on screen: start again, locked.
        let restored = EventListener::new(&gloo::utils::window(), "pageshow", |event| {
            let persisted = js_sys::Reflect::get(event, &JsValue::from_str("persisted"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if persisted {
                lock_now();
            }
        });
        // "Snel weg" from the keyboard: Shift pressed three times within 1.5 seconds.
        let presses = RefCell::new(Vec::<f64>::new());
        let keys = EventListener::new(&gloo::utils::window(), "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.key() != "Shift" || key.repeat() {
                return;
            }
            let now = js_sys::Date::now();
            let mut presses = presses.borrow_mut();
            presses.retain(|t| now - t < 1500.0);
            presses.push(now);
            if presses.len() >= 3 {
                quick_exit();
            }
        });
        let leaving = EventListener::new(&gloo::utils::window(), "pagehide", |_| save_now());
        // The secret changed in another tab: this tab's key is the old one. Lock at once,
        // without saving (a save now would be sealed with the old key and unreadable).
        let other_tab = crate::service::session::on_secret_changed_elsewhere(|| {
            crate::service::lock_current();
            env::reload();
        });
        move || drop((back, restored, keys, leaving, other_tab))
    });
    // Lock after a while without use, and when the app has been hidden for a while.
    use_effect_with(ready, |ready| {
        let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
        if *ready {
            let last = Rc::new(Cell::new(js_sys::Date::now()));
            for kind in ["pointerdown", "keydown", "input", "scroll"] {
                let last = last.clone();
                keep.push(Box::new(EventListener::new(
                    &gloo::utils::window(),
                    kind,
                    move |_| last.set(js_sys::Date::now()),
                )));
            }
            keep.push(Box::new(Interval::new(10_000, move || {
                let idle = js_sys::Date::now() - last.get();
                if idle >= f64::from(env::idle_minutes()) * 60_000.0 {
                    lock_now();
                }
            })));
            let hidden_at = Rc::new(Cell::new(None::<f64>));
            let timer = Rc::new(RefCell::new(None::<Timeout>));
            keep.push(Box::new(EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                move |_| {
                    let hidden = gloo::utils::document().visibility_state()
                        == web_sys::VisibilityState::Hidden;
                    // Blank the page the moment it goes out of sight, so the phone's app
                    // switcher keeps no picture of the plan; show it again on return.
                    veil(hidden);
                    if hidden {
                        save_now();
                        hidden_at.set(Some(js_sys::Date::now()));
                        *timer.borrow_mut() = Some(Timeout::new(HIDDEN_LOCK_MS, lock_now));
                    } else {
                        timer.borrow_mut().take();
                        if hidden_at
                            .take()
                            .is_some_and(|t| js_sys::Date::now() - t >= f64::from(HIDDEN_LOCK_MS))
                        {
                            lock_now();
                        }
                    }
                },
            )));
        }
        move || drop(keep)
    });
}
