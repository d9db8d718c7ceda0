//! Open a family's file (made with "Exporteren naar bestand") and merge it into this device.
//! A locked file asks for its code first; a plain file from an earlier release opens as it
//! is. A file that is refused changes nothing; the reason is said right here.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::export::MAX_BYTES;
use crate::domain::Case;
use crate::i18n::plan as texts;
use crate::i18n::professional::code_problem;
use crate::i18n::{Language, Text, T};
use crate::service::ImportRefusal;
use crate::service::Session;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env::{self, FileProblem};
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

/// What the person is told about a refused file or code.
fn refusal_text(lang: Language, refusal: &ImportRefusal) -> String {
    use crate::domain::coded_file::FileProblem as Coded;
    match refusal {
        ImportRefusal::File(error) => lang_t(lang, texts::import_error(error)),
        ImportRefusal::NeedsCode => lang_t(lang, T::ImportCodeEmpty),
        ImportRefusal::Code(problem) => code_problem(lang, *problem),
        ImportRefusal::WrongCode => lang_t(lang, T::ImportCodeWrong),
        ImportRefusal::Coded(Coded::NewerFormat) => lang_t(lang, T::ImportNewer),
        ImportRefusal::Coded(_) => lang_t(lang, T::ImportDamaged),
        ImportRefusal::Storage(e) => lang_t(lang, storage_text(e)),
        ImportRefusal::IsBackup => lang_t(lang, T::ImportIsBackup),
    }
}

fn lang_t(lang: Language, text: impl Text) -> String {
    text.text(lang).to_string()
}

/// Whether the refusal is about the typed code (said at the code field).
fn about_code(refusal: &ImportRefusal) -> bool {
    matches!(
        refusal,
        ImportRefusal::NeedsCode | ImportRefusal::Code(_) | ImportRefusal::WrongCode
    )
}

/// A file chooser that imports a family's case.
#[function_component]
pub fn ImportField(props: &ImportFieldProps) -> Html {
    let lang = use_lang();
    let refusal = use_state(|| None::<ImportRefusal>);
    // A locked file waiting for its code.
    let locked = use_state(|| None::<Rc<Vec<u8>>>);
    let code = use_state(String::new);
    let try_import = {
        let session = props.session.clone();
        let (refusal, locked) = (refusal.clone(), locked.clone());
        let on_imported = props.on_imported.clone();
        Callback::from(move |(bytes, typed): (Rc<Vec<u8>>, Option<String>)| {
            let (session, refusal, locked) = (session.clone(), refusal.clone(), locked.clone());
            let on_imported = on_imported.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.import_case(&bytes, typed.as_deref()).await {
                    Ok(case) => {
                        refusal.set(None);
                        locked.set(None);
                        on_imported.emit(case);
                    }
                    Err(ImportRefusal::NeedsCode) => {
                        refusal.set(None);
                        locked.set(Some(bytes));
                    }
                    Err(e) => refusal.set(Some(e)),
                }
            });
        })
    };
    let onchange = {
        let (refusal, locked, code) = (refusal.clone(), locked.clone(), code.clone());
        let try_import = try_import.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (refusal, try_import) = (refusal.clone(), try_import.clone());
            locked.set(None);
            code.set(String::new());
            wasm_bindgen_futures::spawn_local(async move {
                let read = env::read_chosen_file_limited(&input, MAX_BYTES).await;
                // Let the same file be chosen again after a refusal.
                input.set_value("");
                match read {
                    Ok(Some(bytes)) => try_import.emit((Rc::new(bytes), None)),
                    Ok(None) => {}
                    Err(FileProblem::TooLarge) => refusal.set(Some(ImportRefusal::File(
                        crate::domain::export::ImportError::TooLarge,
                    ))),
                    Err(FileProblem::Unreadable) => refusal.set(Some(ImportRefusal::File(
                        crate::domain::export::ImportError::Damaged("unreadable".into()),
                    ))),
                }
            });
        })
    };
    let on_open = {
        let (locked, code, try_import) = (locked.clone(), code.clone(), try_import.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(bytes) = &*locked {
                try_import.emit((bytes.clone(), Some((*code).clone())));
            }
        })
    };
    let cancel = {
        let (locked, refusal) = (locked.clone(), refusal.clone());
        Callback::from(move |_: MouseEvent| {
            locked.set(None);
            refusal.set(None);
        })
    };
    let code_error = refusal
        .as_ref()
        .filter(|r| locked.is_some() && about_code(r))
        .map(|r| AttrValue::from(refusal_text(lang.lang, r)));
    html! {
        <div class="field file-field">
            if let Some(r) = refusal.as_ref().filter(|_| code_error.is_none()) {
                <Notice message={AttrValue::from(refusal_text(lang.lang, r))} />
            }
            if locked.is_some() {
                <form class="import-code" onsubmit={on_open} novalidate=true>
                    <TextField id="import-code" label={lang.t(T::ImportCodeField)}
                        hint={Some(AttrValue::from(lang.t(T::ImportCodeHint)))}
                        value={AttrValue::from((*code).clone())} error={code_error}
                        autocomplete="off"
                        oninput={{
                            let (code, refusal) = (code.clone(), refusal.clone());
                            Callback::from(move |v: String| {
                                refusal.set(None);
                                code.set(v);
                            })
                        }} />
                    <button type="submit" class="button primary wide">{ lang.t(T::ImportCodeOpen) }</button>
                    <button type="button" class="button quiet wide" onclick={cancel}>{ lang.t(T::Cancel) }</button>
                </form>
            } else {
                <label for="import-file" class="button wide">{ props.label.clone() }</label>
                <input id="import-file" class="visually-hidden-file" type="file"
                    {onchange} aria-describedby="import-hint" />
                <p class="hint" id="import-hint">{ props.hint.clone() }</p>
            }
        </div>
    }
}
