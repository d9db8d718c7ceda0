//! Veilig: an offline-first companion app for a child-safety plan (veiligheidsplan).
//!
//! Layers, arrows pointing down only:
//! - [`ui`]: Yew components; calls [`storage`] from effects and [`domain`] from reducers.
//! - [`i18n`]: every user-facing text, in Dutch and English.
//! - [`storage`]: the only code that touches IndexedDB.
//! - [`domain`]: pure Rust (serde + chrono), no browser APIs; tested natively.

pub mod domain;
pub mod i18n;
pub mod service;
pub mod storage;
pub mod ui;
