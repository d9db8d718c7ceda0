//! "Plan ontvangen": this phone's pairing code (its id and public keys, nothing about the
//! person) for the professional's phone to scan; then the plan package, by the camera or a
//! file, shown as what it changes before the person saves it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::package::View;
use crate::domain::DeviceSetup;
use crate::i18n::home as texts;
use crate::i18n::{Key, L, T};
use crate::service::{Incoming, ReceiveRefusal, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{refusal_text, PackageIn};
use crate::ui::components::qr_code::QrCode;
use crate::ui::components::text_field::TextField;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;

/// Props of [`ReceivePage`].
#[derive(Properties, PartialEq)]
pub struct ReceivePageProps {
    pub session: Session,
    pub on_back: Callback<()>,
    /// The plan was saved: who uses the phone now, and its view.
    pub on_accepted: Callback<(DeviceSetup, View)>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Ready,
    Preview(Rc<Incoming>),
    Done(Rc<Incoming>),
}

/// The pairing code, large enough to scan across a table, and the way in for the plan.
#[function_component]
pub fn ReceivePage(props: &ReceivePageProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Ready);
    let refusal = use_state(|| None::<Key>);
    let new_professional = use_state(|| false);
    let typed = use_state(String::new);
    let session = props.session.clone();
    let code = use_load((), move |_| async move {
        let code = session.pairing_code().await?;
        let pinned = session.has_professional().await?;
        Ok::<_, crate::service::StorageError>((Rc::new(code), pinned))
    });
    let on_bytes = {
        let session = props.session.clone();
        let step = step.clone();
        let refusal = refusal.clone();
        let new_professional = new_professional.clone();
        Callback::from(move |bytes: Vec<u8>| {
            let (session, step, refusal) = (session.clone(), step.clone(), refusal.clone());
            let new_professional = *new_professional;
            wasm_bindgen_futures::spawn_local(async move {
                match session.receive_plan(&bytes, new_professional).await {
                    Ok(incoming) => {
                        refusal.set(None);
                        step.set(Step::Preview(Rc::new(incoming)));
                    }
                    Err(e) => refusal.set(Some(refusal_text(&e))),
                }
            });
        })
    };
    let body = match &*step {
        Step::Ready => {
            let pinned = matches!(&*code, Some(Ok((_, true))));
            let toggle = {
                let new_professional = new_professional.clone();
                Callback::from(move |_| new_professional.set(!*new_professional))
            };
            html! {
                <>
                    { match &*code {
                        None => html! { <p role="status">{ lang.t(L::Loading) }</p> },
                        Some(Err(e)) => html! { <Notice message={lang.t(storage_text(e))} /> },
                        Some(Ok((bytes, _))) => html! {
                            <QrCode data={bytes.clone()} label={lang.t(T::ReceiveCodeLabel)} />
                        },
                    } }
                    // Below the code, so the code stays clear of the "Snel weg" button.
                    <p>{ lang.t(T::ReceiveIntro) }</p>
                    <h2>{ lang.t(T::ReceivePlanTitle) }</h2>
                    <p>{ lang.t(T::ReceivePlanIntro) }</p>
                    if pinned {
                        <div class="field check">
                            <input id="new-professional" type="checkbox"
                                checked={*new_professional} onchange={toggle} />
                            <label for="new-professional">{ lang.t(T::NewProfessional) }</label>
                        </div>
                    }
                    <PackageIn {on_bytes} refusal={*refusal} />
                    <button type="button" class="button wide" onclick={props.on_back.reform(|_| ())}>
                        { lang.t(T::BackOneStep) }
                    </button>
                </>
            }
        }
        Step::Preview(incoming) => {
            let accept = {
                let session = props.session.clone();
                let step = step.clone();
                let refusal = refusal.clone();
                let incoming = incoming.clone();
                let typed = typed.clone();
                Callback::from(move |_| {
                    let (session, step, refusal) = (session.clone(), step.clone(), refusal.clone());
                    let incoming = incoming.clone();
                    let typed = (*typed).clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.accept_plan(&incoming, &typed).await {
                            Ok(()) => step.set(Step::Done(incoming)),
                            // A wrong check code: say so here, and let them try again.
                            Err(ReceiveRefusal::CheckCode) => {
                                refusal.set(Some(T::CheckCodeWrong.into()))
                            }
                            Err(e) => {
                                refusal.set(Some(refusal_text(&e)));
                                step.set(Step::Ready);
                            }
                        }
                    });
                })
            };
            let reject = {
                let step = step.clone();
                Callback::from(move |_| step.set(Step::Ready))
            };
            html! {
                <>
                    <h2>{ lang.t(T::PreviewTitle) }</h2>
                    // The code is typed from the professional's phone, never shown here: a
                    // package from anyone else cannot be pinned with a tap.
                    if incoming.check_code.is_some() {
                        <p>{ lang.t(T::PreviewCheckCode) }</p>
                        <TextField id="check-code" label={lang.t(T::CheckCodeField)}
                            value={AttrValue::from((*typed).clone())} inputmode={Some(AttrValue::from("numeric"))}
                            autocomplete="off"
                            error={(*refusal == Some(T::CheckCodeWrong.into())).then(|| AttrValue::from(lang.t(T::CheckCodeWrong)))}
                            oninput={{
                                let (typed, refusal) = (typed.clone(), refusal.clone());
                                Callback::from(move |v: String| {
                                    refusal.set(None);
                                    typed.set(v);
                                })
                            }} />
                    }
                    if incoming.changes.is_empty() {
                        <p>{ lang.t(T::PreviewNothing) }</p>
                    } else {
                        <ul class="changes">
                            { for incoming.changes.iter().map(|c| html! {
                                <li>{ texts::change_line(lang.lang, c) }</li>
                            }) }
                        </ul>
                    }
                    <button type="button" class="button primary wide" onclick={accept}>
                        { lang.t(T::PreviewAccept) }
                    </button>
                    <button type="button" class="button wide" onclick={reject}>
                        { lang.t(T::PreviewReject) }
                    </button>
                </>
            }
        }
        Step::Done(incoming) => {
            let done = {
                let on_accepted = props.on_accepted.clone();
                let incoming = incoming.clone();
                Callback::from(move |_| {
                    on_accepted.emit((incoming.setup.clone(), incoming.received.view.clone()))
                })
            };
            html! {
                <>
                    <p role="status">{ lang.t(T::PlanSavedHere) }</p>
                    <p>{ lang.t(T::DeleteFileReminder) }</p>
                    <button type="button" class="button primary wide" onclick={done}>
                        { lang.t(T::ToMyPlan) }
                    </button>
                </>
            }
        }
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ReceiveTitle) }</h1>
            { body }
        </>
    }
}
