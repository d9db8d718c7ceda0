//! Load what a screen shows, again whenever what it depends on changes.

use std::future::Future;

use yew::prelude::*;

/// `None` until `load(deps)` has finished, then its result; loaded again when `deps`
/// change (add a generation counter to `deps` to load again on demand).
#[hook]
pub fn use_load<T, D, F, Fut>(deps: D, load: F) -> UseStateHandle<Option<T>>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = T> + 'static,
{
    let loaded = use_state(|| None::<T>);
    {
        let loaded = loaded.clone();
        use_effect_with(deps, move |deps| {
            let deps = deps.clone();
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(load(deps).await));
            });
        });
    }
    loaded
}
