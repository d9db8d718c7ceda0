//! Whether the browser promised to keep Veilig's data, how to make it keep it when it did
//! not (install on the home screen, Android and iPhone), and how much space is used and
//! free (issue 16). In the settings of every device and on a professional's caseload.

use yew::prelude::*;

use crate::i18n::home::storage_space;
use crate::i18n::T;
use crate::ui::env;
use crate::ui::hooks::use_lang::use_lang;

/// What the browser says about keeping the data.
#[function_component]
pub fn StorageFacts() -> Html {
    let lang = use_lang();
    // `None` while asking; then what the browser said (each `None` if it does not say).
    let facts = use_state(|| None::<(Option<bool>, Option<(f64, f64)>)>);
    {
        let facts = facts.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                facts.set(Some((
                    env::storage_persisted().await,
                    env::storage_estimate().await,
                )));
            });
        });
    }
    let Some((kept, space)) = *facts else {
        return html! {};
    };
    html! {
        <div class="storage-facts">
            <p>{ lang.t(match kept {
                Some(true) => T::StorageKept,
                Some(false) => T::StorageMayBeCleared,
                // WebKitGTK, for one, has no navigator.storage: say that it does not tell.
                None => T::StorageUnknown,
            }) }</p>
            if kept != Some(true) {
                <ul class="install-how">
                    <li>{ lang.t(T::InstallAndroid) }</li>
                    <li>{ lang.t(T::InstallIphone) }</li>
                </ul>
            }
            if let Some((used, quota)) = space {
                <p class="hint">{ storage_space(lang.lang, used, quota) }</p>
            }
        </div>
    }
}
