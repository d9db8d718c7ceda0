//! Which part of the app a module is: the professional's complete app, or one of the two
//! modules of the family's app (issue 12).
//!
//! A family's phone downloads and compiles only the **door** before its first screen: it
//! opens storage and shows the lock (or, on a new phone, asks for the first code). Once the
//! code opens the data, the door hands the key to the page's start script
//! (`static/start.js`, [`unlocked`]) and goes ([`close`]); the start script starts the
//! **home** ([`open_home`]), the second module, with everything after the lock. The home
//! unlocks with that key only if it opens this device's check value, and never shows a lock
//! of its own: locking reloads the page, which starts at the door again.
//!
//! Both are the same crate without its "professional" feature; [`Part`] decides at compile
//! time which phases a module draws, so that the door holds none of the screens and the
//! home none of the lock.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::CryptoKey;

/// What a module of the app draws.
pub trait Part: 'static {
    /// The lock and the first code.
    const LOCK: bool;
    /// The screens behind the lock.
    const SCREENS: bool;
}

/// The professional's app: everything in one module.
pub struct Complete;
/// The family's door: the lock.
pub struct Door;
/// The family's home: the screens behind the lock.
pub struct Home;

impl Part for Complete {
    const LOCK: bool = true;
    const SCREENS: bool = true;
}

impl Part for Door {
    const LOCK: bool = true;
    const SCREENS: bool = false;
}

impl Part for Home {
    const LOCK: bool = false;
    const SCREENS: bool = true;
}

thread_local! {
    /// The door: the mounted app (to take off the page when the home takes over) and the
    /// start script's promise of the key, resolved once.
    static DOOR: RefCell<DoorState> = const {
        RefCell::new(DoorState { app: None, asked: false, resolve: None, handed: None })
    };
    /// The home: whether it was started, and the key the door handed over, taken once when
    /// storage is open.
    static HOME: RefCell<HomeState> = const { RefCell::new(HomeState { started: false, handed: None }) };
}

/// The key and the phone's lock's secret it was made with, where that lock is on.
type Handed = (CryptoKey, Option<Vec<u8>>);

struct HomeState {
    started: bool,
    handed: Option<Handed>,
}

struct DoorState {
    app: Option<yew::AppHandle<super::app::App<Door>>>,
    /// The start script asked for the key (it asks once, before anyone can type a code).
    asked: bool,
    resolve: Option<js_sys::Function>,
    /// Unlocked before the start script asked.
    handed: Option<JsValue>,
}

/// Mount the door on the page body.
pub fn start_door() {
    let app = yew::Renderer::<super::app::App<Door>>::new().render();
    DOOR.with(|d| d.borrow_mut().app = Some(app));
}

/// The start script's question: a promise of `{ key, factor }` once the code has opened the
/// data. Only the first question gets an answer: the start script asks as soon as the door
/// has started, so anything asking later (a script importing the module again) never gets
/// the key.
pub fn unlocked() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        DOOR.with(|d| {
            let mut door = d.borrow_mut();
            if std::mem::replace(&mut door.asked, true) {
                let _ = reject.call0(&JsValue::NULL);
                return;
            }
            match door.handed.take() {
                Some(handed) => {
                    let _ = resolve.call1(&JsValue::NULL, &handed);
                }
                None => door.resolve = Some(resolve),
            }
        })
    })
}

/// The door's answer: the key (and the phone's lock's secret, where that lock is on).
pub(super) fn hand_over(key: CryptoKey, factor: Option<Vec<u8>>) {
    let handed = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&handed, &"key".into(), &key);
    if let Some(mut factor) = factor {
        let bytes = js_sys::Uint8Array::from(factor.as_slice());
        let _ = js_sys::Reflect::set(&handed, &"factor".into(), &bytes);
        factor.fill(0);
    }
    let handed: JsValue = handed.into();
    DOOR.with(|d| {
        let mut door = d.borrow_mut();
        match door.resolve.take() {
            Some(resolve) => {
                let _ = resolve.call1(&JsValue::NULL, &handed);
            }
            None => door.handed = Some(handed),
        }
    });
}

/// The home has loaded: take the door off the page (its listeners and timers go with it).
pub fn close() {
    if let Some(app) = DOOR.with(|d| d.borrow_mut().app.take()) {
        app.destroy();
    }
}

/// Mount the home on the page body, with the key the door handed over; once.
pub fn open_home(key: CryptoKey, factor: Option<Vec<u8>>) {
    let first = HOME.with(|h| {
        let mut home = h.borrow_mut();
        if std::mem::replace(&mut home.started, true) {
            return false;
        }
        home.handed = Some((key, factor));
        true
    });
    if first {
        yew::Renderer::<super::app::App<Home>>::new().render();
    }
}

/// The key the door handed over, once.
pub(super) fn take_handed() -> Option<Handed> {
    HOME.with(|h| h.borrow_mut().handed.take())
}
