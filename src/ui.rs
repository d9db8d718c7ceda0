//! The user interface: Yew function components, one per file.
//!
//! `pages/` holds the screens, `components/` the pieces they share, `hooks/` the `use_*`
//! handles. Components call [`crate::domain`] for every rule and [`crate::storage`] only from
//! effects and event handlers, never while rendering.

pub mod app;
pub mod components;
pub mod env;
pub mod errors;
pub mod hooks;
pub mod pages;

/// Mount the app on the page body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
