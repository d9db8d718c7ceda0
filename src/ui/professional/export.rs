//! "Exporteren naar bestand": a family's whole case for the professional's own devices,
//! locked with a code the app makes (issue 13). The code is shown in groups; the file is
//! offered only after the last group was typed back, so no file leaves without its code
//! written down.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::coded_file::{grouped, read_code};
use crate::domain::Case;
use crate::i18n::professional as pro_texts;
use crate::i18n::T;
use crate::service::{CodedExport, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::SaveFile;
use crate::ui::components::text_field::TextField;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ExportCase`].
#[derive(Properties, PartialEq)]
pub struct ExportCaseProps {
    pub session: Session,
    pub case: Case,
}

#[derive(Clone, PartialEq)]
enum Step {
    Closed,
    Busy,
    Failed,
    Ready {
        bytes: Rc<Vec<u8>>,
        code: Rc<String>,
    },
}

/// The export button, and the code and file it makes.
#[function_component]
pub fn ExportCase(props: &ExportCaseProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Closed);
    let typed = use_state(String::new);
    let start = {
        let (step, typed) = (step.clone(), typed.clone());
        let (session, case) = (props.session.clone(), props.case.clone());
        Callback::from(move |_: MouseEvent| {
            let (step, session, case) = (step.clone(), session.clone(), case.clone());
            typed.set(String::new());
            step.set(Step::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                step.set(match session.export_case(&case).await {
                    Ok(CodedExport { bytes, code }) => Step::Ready {
                        bytes: Rc::new(bytes),
                        code: Rc::new(code),
                    },
                    Err(_) => Step::Failed,
                });
            });
        })
    };
    let close = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Closed))
    };
    let button = html! {
        <button type="button" class="button wide" onclick={start}
            disabled={*step == Step::Busy}>
            { lang.t(T::ExportFamily) }
        </button>
    };
    match &*step {
        Step::Closed | Step::Busy => button,
        Step::Failed => html! {
            <>
                <Notice message={lang.t(T::ExportFailed)} />
                { button }
            </>
        },
        Step::Ready { bytes, code } => {
            let shown = grouped(code);
            let last = shown.rsplit(' ').next().unwrap_or_default().to_string();
            // The last group, read the way a typed code is read (case, O for 0...).
            let checked = read_code(&format!("{}{}", &code[..code.len() - last.len()], *typed))
                .is_ok_and(|c| c == **code);
            let wrong = !checked
                && typed.trim().chars().filter(|c| !c.is_whitespace()).count() >= last.len();
            html! {
                <section class="export-case" aria-labelledby="export-title">
                    <h2 id="export-title">{ lang.t(T::ExportCodeTitle) }</h2>
                    <p>{ lang.t(T::ExportCodeIntro) }</p>
                    <p class="check-code coded" aria-label={pro_texts::code_label(lang.lang, code)}>
                        { shown.clone() }
                    </p>
                    <TextField id="export-check" label={lang.t(T::ExportCodeCheck)}
                        value={AttrValue::from((*typed).clone())}
                        error={wrong.then(|| AttrValue::from(lang.t(T::ExportCodeCheckWrong)))}
                        oninput={{ let typed = typed.clone(); Callback::from(move |v: String| typed.set(v)) }} />
                    if checked {
                        <SaveFile bytes={bytes.clone()} />
                        <p class="hint">{ lang.t(T::ExportFileHint) }</p>
                    }
                    <button type="button" class="button quiet wide" onclick={close}>
                        { lang.t(if checked { T::ExportDone } else { T::Cancel }) }
                    </button>
                </section>
            }
        }
    }
}
