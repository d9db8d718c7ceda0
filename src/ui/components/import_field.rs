//! Open a family's file (made with "Exporteren naar bestand") and merge it into this device.
//! A file that is refused changes nothing; the reason is said right here.

use yew::prelude::*;

use crate::domain::Case;
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::service::Session;
use crate::service::{ImportRefusal, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ImportField`].
#[derive(Properties, PartialEq)]
pub struct ImportFieldProps {
    pub session: Session,
    pub label: AttrValue,
    pub hint: AttrValue,
    /// The case as stored after the import.
    pub on_imported: Callback<Case>,
}

#[derive(Clone, PartialEq)]
enum Refusal {
    File(T),
    Storage(StorageError),
}

/// A file chooser that imports a family's case.
#[function_component]
pub fn ImportField(props: &ImportFieldProps) -> Html {
    let lang = use_lang();
    let refusal = use_state(|| None::<Refusal>);
    let onchange = {
        let session = props.session.clone();
        let refusal = refusal.clone();
        let on_imported = props.on_imported.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let session = session.clone();
            let refusal = refusal.clone();
            let on_imported = on_imported.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = env::read_chosen_file(&input).await.unwrap_or_default();
                // Let the same file be chosen again after a refusal.
                input.set_value("");
                match session.import_case(&bytes).await {
                    Ok(case) => {
                        refusal.set(None);
                        on_imported.emit(case);
                    }
                    Err(ImportRefusal::File(error)) => {
                        refusal.set(Some(Refusal::File(texts::import_error(&error))))
                    }
                    Err(ImportRefusal::Storage(e)) => refusal.set(Some(Refusal::Storage(e))),
                }
            });
        })
    };
    html! {
        <div class="field file-field">
            if let Some(refusal) = &*refusal {
                <Notice message={match refusal {
                    Refusal::File(text) => lang.t(*text),
                    Refusal::Storage(error) => lang.t(storage_text(error)),
                }} />
            }
            <label for="import-file" class="button wide">{ props.label.clone() }</label>
            <input id="import-file" class="visually-hidden-file" type="file"
                accept=".json,application/json" {onchange} aria-describedby="import-hint" />
            <p class="hint" id="import-hint">{ props.hint.clone() }</p>
        </div>
    }
}
