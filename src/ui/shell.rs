//! The shell both apps share: the phase gate (lock, then who uses the device, then a
//! role's home), the state and its screens, the header and navigation, and the guards that
//! lock the app and leave it quickly.

pub mod app;
pub mod chrome;
pub mod guards;
pub mod lock;
pub mod part;
pub mod routes;
pub mod screen;
pub mod settings;
pub mod setup;
pub mod slots;
pub mod state;
pub mod switch_app;
