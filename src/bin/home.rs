//! The family's home: everything behind the lock, a module of its own that the start script
//! (`static/start.js`) loads once the family's door has opened the data, and starts with the
//! door's key (see `veilig::ui::shell::part`).

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Start the home with the key the door handed over (and the phone's lock's secret, where
/// that lock is on).
#[wasm_bindgen]
pub fn open(key: web_sys::CryptoKey, factor: Option<Vec<u8>>) {
    veilig::ui::shell::part::open_home(key, factor);
}
