//! Entry point of the web app: the professional's complete app, or (built without the
//! "professional" feature) the family's door, the lock that hands over to the family's home
//! (`src/bin/home.rs`; see `veilig::ui::shell::part`).

fn main() {
    #[cfg(feature = "professional")]
    veilig::ui::start();
    #[cfg(not(feature = "professional"))]
    veilig::ui::shell::part::start_door();
}

/// For the start script: a promise of the key once the code has opened the data.
#[cfg(not(feature = "professional"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unlocked() -> js_sys::Promise {
    veilig::ui::shell::part::unlocked()
}

/// For the start script: the home has loaded, the door leaves the page.
#[cfg(not(feature = "professional"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn close() {
    veilig::ui::shell::part::close()
}
