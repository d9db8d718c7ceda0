//! A case to a colleague (issue 16): "Overdragen aan collega" on a family's plan, and
//! "Dossier van een collega ontvangen" on the caseload. The receiving device shows its
//! pairing code (or gives it as a file when the colleague is elsewhere); the sending device
//! reads it and shows the sealed case as codes or a file, with the check code the receiving
//! professional types; the sender then keeps or closes their copy.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::envelope::MAX_CASE_PACKAGE_BYTES;
use crate::domain::pairing::PairingProblem;
use crate::domain::Id;
use crate::i18n::professional as texts;
use crate::i18n::T;
use crate::service::{CaseIn, CaseOut, CaseRefusal, HandOverRefusal, ReceiveRefusal, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{refusal_text, PackageIn, PackageOut, SaveFile};
use crate::ui::components::qr_code::QrCode;
use crate::ui::components::text_field::TextField;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;
use crate::ui::professional::components::confirm_button::ConfirmButton;

fn hand_over_refusal(refusal: &HandOverRefusal) -> T {
    match refusal {
        HandOverRefusal::Code(PairingProblem::NotAPairingCode) => T::NotAPairingCode,
        HandOverRefusal::Code(PairingProblem::NewerFormat) => T::PairingCodeNewer,
        HandOverRefusal::OwnCode => T::OwnPairingCode,
        HandOverRefusal::NotFound => T::FamilyNotFound,
        HandOverRefusal::TooLarge => T::CaseTooLarge,
        HandOverRefusal::Storage(e) => storage_text(e),
    }
}

fn case_refusal(refusal: &CaseRefusal) -> T {
    match refusal {
        CaseRefusal::Package(r) => refusal_text(&ReceiveRefusal::Package(*r)),
        CaseRefusal::Contents => T::RefusedMalformed,
        CaseRefusal::CheckCode => T::ColleagueCheckCodeWrong,
        CaseRefusal::ChangedMeanwhile => T::CaseChangedMeanwhile,
        CaseRefusal::Storage(e) => storage_text(e),
    }
}

/// Props of [`HandOverPage`].
#[derive(Properties, PartialEq)]
pub struct HandOverPageProps {
    pub session: Session,
    pub family: Id,
    pub on_back: Callback<()>,
    /// This device's copy was closed: the family is gone from it.
    pub on_closed: Callback<()>,
}

/// "Overdragen aan collega": read the colleague's pairing code, show the sealed case, then
/// keep or close this device's copy.
#[function_component]
pub fn HandOverPage(props: &HandOverPageProps) -> Html {
    let lang = use_lang();
    let made = use_state(|| None::<Rc<CaseOut>>);
    let refusal = use_state(|| None::<T>);
    let session = props.session.clone();
    let case = use_load(props.family, move |family| async move {
        session.case(family).await
    });
    let name = match &*case {
        Some(Ok(Some(case))) => case.family.name.clone(),
        _ => String::new(),
    };
    let on_bytes = {
        let (session, family) = (props.session.clone(), props.family);
        let (made, refusal) = (made.clone(), refusal.clone());
        Callback::from(move |bytes: Vec<u8>| {
            let (session, made, refusal) = (session.clone(), made.clone(), refusal.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.case_package(family, &bytes).await {
                    Ok(out) => {
                        refusal.set(None);
                        made.set(Some(Rc::new(out)));
                    }
                    Err(e) => refusal.set(Some(hand_over_refusal(&e))),
                }
            });
        })
    };
    let close = {
        let (session, family) = (props.session.clone(), props.family);
        let (refusal, on_closed) = (refusal.clone(), props.on_closed.clone());
        Callback::from(move |()| {
            let (session, refusal, on_closed) =
                (session.clone(), refusal.clone(), on_closed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.close_case(family).await {
                    Ok(true) => on_closed.emit(()),
                    Ok(false) => refusal.set(Some(T::CloseCopyChanged)),
                    Err(e) => refusal.set(Some(storage_text(&e))),
                }
            });
        })
    };
    let body = match &*made {
        None => html! {
            <>
                <p>{ lang.t(T::HandOverIntro) }</p>
                <h2>{ lang.t(T::HandOverCodeTitle) }</h2>
                <p>{ lang.t(T::HandOverCodeIntro) }</p>
                <PackageIn {on_bytes} refusal={*refusal} file_hint={T::HandOverCodeFileHint} />
            </>
        },
        Some(out) => html! {
            <>
                <p aria-live="polite">{ texts::case_ready(lang.lang, out.visits, out.evaluations) }</p>
                <p>{ lang.t(T::HandOverCheckCode) }</p>
                <p class="check-code" aria-label={texts::check_code_label(lang.lang, &out.check_code)}>
                    { &out.check_code }
                </p>
                <PackageOut bytes={Rc::new(out.bytes.clone())} />
                <h2>{ lang.t(T::YourCopyTitle) }</h2>
                <p>{ lang.t(T::YourCopyIntro) }</p>
                if let Some(text) = *refusal {
                    <Notice message={lang.t(text)} />
                }
                <button type="button" class="button primary wide" onclick={props.on_back.reform(|_| ())}>
                    { lang.t(T::KeepCopy) }
                </button>
                <ConfirmButton id="close-copy" label={lang.t(T::CloseCopy)}
                    question={lang.t(T::CloseCopyConfirm)} yes={lang.t(T::CloseCopyYes)} on_confirm={close} />
            </>
        },
    };
    html! {
        <>
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToPlan) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::HandOverTitle) }</h1>
            <p class="hint">{ name }</p>
            { body }
        </>
    }
}

/// Props of [`ReceiveCasePage`].
#[derive(Properties, PartialEq)]
pub struct ReceiveCasePageProps {
    pub session: Session,
    pub on_back: Callback<()>,
    /// Open the family that was added.
    pub on_open: Callback<Id>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Ready,
    Preview(Rc<CaseIn>),
    Done(Id, String),
}

/// "Dossier van een collega ontvangen": this device's pairing code, then the case.
#[function_component]
pub fn ReceiveCasePage(props: &ReceiveCasePageProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Ready);
    let refusal = use_state(|| None::<T>);
    let typed = use_state(String::new);
    let session = props.session.clone();
    let code = use_load((), move |_| async move {
        session.pairing_code().await.map(Rc::new)
    });
    let on_bytes = {
        let session = props.session.clone();
        let (step, refusal) = (step.clone(), refusal.clone());
        Callback::from(move |bytes: Vec<u8>| {
            let (session, step, refusal) = (session.clone(), step.clone(), refusal.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.receive_case(&bytes).await {
                    Ok(incoming) => {
                        refusal.set(None);
                        step.set(Step::Preview(Rc::new(incoming)));
                    }
                    Err(e) => refusal.set(Some(case_refusal(&e))),
                }
            });
        })
    };
    let body = match &*step {
        Step::Ready => html! {
            <>
                <p>{ lang.t(T::ReceiveCaseIntro) }</p>
                { match &*code {
                    None => html! { <p>{ lang.t(T::Loading) }</p> },
                    Some(Err(e)) => html! { <Notice message={lang.t(storage_text(e))} /> },
                    Some(Ok(bytes)) => html! {
                        <>
                            <QrCode data={bytes.clone()} label={lang.t(T::DeviceCodeLabel)} />
                            <p class="hint">{ lang.t(T::DeviceCodeFileHint) }</p>
                            <SaveFile bytes={bytes.clone()} />
                        </>
                    },
                } }
                <h2>{ lang.t(T::ReceiveCaseStep) }</h2>
                <PackageIn {on_bytes} refusal={*refusal} limit={MAX_CASE_PACKAGE_BYTES} />
            </>
        },
        Step::Preview(incoming) => {
            let accept = {
                let session = props.session.clone();
                let (step, refusal, typed) = (step.clone(), refusal.clone(), typed.clone());
                let incoming = incoming.clone();
                Callback::from(move |_| {
                    let (session, step, refusal) = (session.clone(), step.clone(), refusal.clone());
                    let (incoming, typed) = (incoming.clone(), (*typed).clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.accept_case(&incoming, &typed).await {
                            Ok(()) => {
                                refusal.set(None);
                                step.set(Step::Done(incoming.family, incoming.name.clone()));
                            }
                            Err(e) => refusal.set(Some(case_refusal(&e))),
                        }
                    });
                })
            };
            let cancel = {
                let (step, refusal) = (step.clone(), refusal.clone());
                Callback::from(move |_| {
                    refusal.set(None);
                    step.set(Step::Ready);
                })
            };
            html! {
                <>
                    <p>{ texts::case_arrives(lang.lang, &incoming.name, incoming.visits, incoming.evaluations) }</p>
                    if incoming.known {
                        <p class="notice-soft">{ lang.t(T::CaseKnownMerge) }</p>
                    }
                    if incoming.check_code.is_some() {
                        <TextField id="colleague-check-code" label={lang.t(T::FieldColleagueCheckCode)}
                            hint={Some(AttrValue::from(lang.t(T::FieldColleagueCheckCodeHint)))}
                            inputmode={Some(AttrValue::from("numeric"))} value={(*typed).clone()}
                            oninput={{ let typed = typed.clone(); Callback::from(move |v: String| typed.set(v)) }} />
                    }
                    if let Some(text) = *refusal {
                        <Notice message={lang.t(text)} />
                    }
                    <button type="button" class="button primary wide" onclick={accept}>
                        { lang.t(T::AddCase) }
                    </button>
                    <button type="button" class="button wide" onclick={cancel}>
                        { lang.t(T::DontAddCase) }
                    </button>
                </>
            }
        }
        Step::Done(family, name) => {
            let family = *family;
            html! {
                <>
                    <p role="status">{ texts::case_added(lang.lang, name) }</p>
                    <button type="button" class="button primary wide" onclick={props.on_open.reform(move |_| family)}>
                        { lang.t(T::OpenCase) }
                    </button>
                </>
            }
        }
    };
    html! {
        <>
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToFamilies) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ReceiveCaseTitle) }</h1>
            { body }
        </>
    }
}
