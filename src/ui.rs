//! The user interface: Yew function components, one per file.
//!
//! - `shell/`: the app's frame, state, screens, lock, setup and settings (both apps), and
//!   which part of the app a module draws (`shell::part`: the family's app is two modules,
//!   the door with the lock and the home behind it);
//! - `family/`: a young person's and a parent's screens (both apps);
//! - `professional/`: the professional's screens, only in the professional's app;
//! - `components/`: pieces the screens share; `hooks/`: the `use_*` handles.
//!
//! Screens call [`crate::service`] for every storage task, from effects and event
//! handlers, never while rendering, and [`crate::domain`] for every rule.

pub mod components;
pub mod env;
pub mod errors;
pub mod family;
pub mod hooks;
pub mod kit;
#[cfg(feature = "professional")]
pub mod professional;
pub mod qr;
pub mod shell;
pub mod speech;

/// Mount the professional's app, the complete one, on the page body.
pub fn start() {
    yew::Renderer::<shell::app::App<shell::part::Complete>>::new().render();
}
