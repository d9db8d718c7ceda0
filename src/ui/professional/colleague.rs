//! A case to a colleague (issue 16): "Overdragen aan collega" on a family's plan, and
//! "Dossier van een collega ontvangen" on the caseload. The receiving device shows its
//! pairing code (or gives it as a file when the colleague is elsewhere); the sending device
//! reads it and shows the sealed case as codes or a file, with the check code the receiving
//! professional types; the sender then keeps or closes their copy.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::envelope::MAX_CASE_PACKAGE_BYTES;
use crate::domain::pairing::{same_code, PairingProblem};
use crate::domain::Id;
use crate::i18n::professional as texts;
use crate::i18n::{Key, L, T};
use crate::service::{CaseIn, CaseOut, CaseRefusal, HandOverRefusal, ReceiveRefusal, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{refusal_text, PackageIn, PackageOut, SaveFile};
use crate::ui::components::qr_code::QrCode;
use crate::ui::components::text_field::TextField;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;
use crate::ui::professional::components::confirm_button::ConfirmButton;

fn hand_over_refusal(refusal: &HandOverRefusal) -> Key {
    match refusal {
        HandOverRefusal::Code(PairingProblem::NotAPairingCode) => T::NotAPairingCode.into(),
        HandOverRefusal::Code(PairingProblem::NewerFormat) => T::PairingCodeNewer.into(),
        HandOverRefusal::OwnCode => T::OwnPairingCode.into(),
        HandOverRefusal::Fingerprint => T::ColleagueFingerprintWrong.into(),
        HandOverRefusal::NotFound => T::FamilyNotFound.into(),
        HandOverRefusal::TooLarge => T::CaseTooLarge.into(),
        HandOverRefusal::Storage(e) => storage_text(e).into(),
    }
}

fn case_refusal(refusal: &CaseRefusal) -> Key {
    match refusal {
        CaseRefusal::Package(r) => refusal_text(&ReceiveRefusal::Package(*r)),
        CaseRefusal::Contents => T::RefusedMalformed.into(),
        CaseRefusal::Fingerprint => T::SenderFingerprintWrong.into(),
        CaseRefusal::ChangedMeanwhile => T::CaseChangedMeanwhile.into(),
        CaseRefusal::NotWrittenHere => T::CaseNotWrittenHere.into(),
        CaseRefusal::Storage(e) => storage_text(e).into(),
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

/// A code spelled for a screen reader, one sign at a time: "Vingerafdruk: 7 K Q 2, X M 9 D".
fn spelled(label: &str, code: &str) -> String {
    let groups: Vec<String> = code
        .split_whitespace()
        .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect();
    format!("{label}: {}", groups.join(", "))
}

/// "Overdragen aan collega": read the colleague's pairing code, check its fingerprint with
/// the colleague, show the sealed case with this device's fingerprint; then keep this
/// device's copy, or close it once the colleague's receipt is typed.
#[function_component]
pub fn HandOverPage(props: &HandOverPageProps) -> Html {
    let lang = use_lang();
    let code = use_state(|| None::<Rc<Vec<u8>>>);
    let made = use_state(|| None::<Rc<CaseOut>>);
    let refusal = use_state(|| None::<Key>);
    let typed = use_state(String::new);
    let receipt = use_state(String::new);
    let session = props.session.clone();
    let case = use_load(props.family, move |family| async move {
        session.case(family).await
    });
    let name = match &*case {
        Some(Ok(Some(case))) => case.family.name.clone(),
        _ => String::new(),
    };
    let on_bytes = {
        let session = props.session.clone();
        let (code, refusal) = (code.clone(), refusal.clone());
        Callback::from(move |bytes: Vec<u8>| {
            let (session, code, refusal) = (session.clone(), code.clone(), refusal.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.read_colleague_code(&bytes).await {
                    Ok(()) => {
                        refusal.set(None);
                        code.set(Some(Rc::new(bytes)));
                    }
                    Err(e) => refusal.set(Some(hand_over_refusal(&e))),
                }
            });
        })
    };
    let prepare = {
        let (session, family) = (props.session.clone(), props.family);
        let (code, made, refusal, typed) =
            (code.clone(), made.clone(), refusal.clone(), typed.clone());
        Callback::from(move |_| {
            let Some(bytes) = (*code).clone() else { return };
            let (session, made, refusal, code) =
                (session.clone(), made.clone(), refusal.clone(), code.clone());
            let typed = (*typed).clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.case_package(family, &bytes, &typed).await {
                    Ok(out) => {
                        refusal.set(None);
                        made.set(Some(Rc::new(out)));
                    }
                    Err(HandOverRefusal::Fingerprint) => {
                        refusal.set(Some(T::ColleagueFingerprintWrong.into()))
                    }
                    Err(e) => {
                        // Not a code this device can use: read another one.
                        refusal.set(Some(hand_over_refusal(&e)));
                        code.set(None);
                    }
                }
            });
        })
    };
    let close = {
        let (session, family) = (props.session.clone(), props.family);
        let (refusal, on_closed, made) = (refusal.clone(), props.on_closed.clone(), made.clone());
        Callback::from(move |()| {
            let Some(out) = (*made).clone() else { return };
            let (session, refusal, on_closed) =
                (session.clone(), refusal.clone(), on_closed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.close_case(family, &out).await {
                    Ok(true) => on_closed.emit(()),
                    Ok(false) => refusal.set(Some(T::CloseCopyChanged.into())),
                    Err(e) => refusal.set(Some(storage_text(&e).into())),
                }
            });
        })
    };
    let field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let body = match (&*made, &*code) {
        (None, None) => html! {
            <>
                <p>{ lang.t(T::HandOverIntro) }</p>
                <h2>{ lang.t(T::HandOverCodeTitle) }</h2>
                <p>{ lang.t(T::HandOverCodeIntro) }</p>
                <PackageIn {on_bytes} refusal={*refusal} file_hint={T::HandOverCodeFileHint} />
            </>
        },
        (None, Some(_)) => html! {
            <>
                <p>{ lang.t(T::HandOverFingerprintIntro) }</p>
                <TextField id="colleague-fingerprint" label={lang.t(T::FieldColleagueFingerprint)}
                    hint={Some(AttrValue::from(lang.t(T::FieldFingerprintHint)))}
                    value={(*typed).clone()} oninput={field(&typed)}
                    error={refusal.map(|t| AttrValue::from(lang.t(t)))} />
                <button type="button" class="button primary wide" onclick={prepare}>
                    { lang.t(T::PrepareCase) }
                </button>
            </>
        },
        (Some(out), _) => {
            let received = same_code(&receipt, &out.receipt);
            let wrong = !receipt.trim().is_empty()
                && !received
                && crate::domain::coded_file::canonical(&receipt).len() >= 8;
            html! {
                <>
                    <p aria-live="polite">{ texts::case_ready(lang.lang, out.visits, out.evaluations) }</p>
                    if out.unreadable > 0 {
                        <p class="notice">{ texts::case_unreadable(lang.lang, out.unreadable) }</p>
                    }
                    <p>{ lang.t(T::OwnFingerprintIntro) }</p>
                    <p class="check-code" aria-label={spelled(lang.t(T::FingerprintLabel), &out.fingerprint)}>
                        { &out.fingerprint }
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
                    <TextField id="case-receipt" label={lang.t(T::FieldReceipt)}
                        hint={Some(AttrValue::from(lang.t(T::FieldReceiptHint)))}
                        value={(*receipt).clone()} oninput={field(&receipt)}
                        error={wrong.then(|| AttrValue::from(lang.t(T::ReceiptWrong)))} />
                    if received {
                        <ConfirmButton id="close-copy" label={lang.t(T::CloseCopy)}
                            question={lang.t(T::CloseCopyConfirm)} yes={lang.t(T::CloseCopyYes)} on_confirm={close} />
                    }
                </>
            }
        }
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
    /// Added: the family, its name and the receipt for the colleague.
    Done(Id, String, String),
}

/// "Dossier van een collega ontvangen": this device's pairing code, then the case.
#[function_component]
pub fn ReceiveCasePage(props: &ReceiveCasePageProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Ready);
    let refusal = use_state(|| None::<Key>);
    let typed = use_state(String::new);
    let colleague_name = use_state(String::new);
    // Counts forgotten colleagues, to read the list again.
    let forgotten = use_state(|| 0u32);
    let session = props.session.clone();
    let colleagues = use_load(
        *forgotten,
        move |_| async move { session.colleagues().await },
    );
    let session = props.session.clone();
    let code = use_load((), move |_| async move {
        let code = session.pairing_code().await?;
        let fingerprint = session.device_fingerprint().await?;
        Ok::<_, crate::service::StorageError>((Rc::new(code), fingerprint))
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
                    None => html! { <p>{ lang.t(L::Loading) }</p> },
                    Some(Err(e)) => html! { <Notice message={lang.t(storage_text(e))} /> },
                    Some(Ok((bytes, fingerprint))) => html! {
                        <>
                            <QrCode data={bytes.clone()} label={lang.t(T::DeviceCodeLabel)} />
                            <p>{ lang.t(T::DeviceFingerprintIntro) }</p>
                            <p class="check-code" aria-label={spelled(lang.t(T::FingerprintLabel), fingerprint)}>
                                { fingerprint }
                            </p>
                            <p class="hint">{ lang.t(T::DeviceCodeFileHint) }</p>
                            <SaveFile bytes={bytes.clone()} />
                        </>
                    },
                } }
                <h2>{ lang.t(T::ReceiveCaseStep) }</h2>
                <PackageIn {on_bytes} refusal={*refusal} limit={MAX_CASE_PACKAGE_BYTES} />
                if let Some(Ok(list)) = &*colleagues {
                    if !list.is_empty() {
                        <section aria-labelledby="colleagues-title">
                            <h2 id="colleagues-title">{ lang.t(T::ColleaguesTitle) }</h2>
                            <p class="hint">{ lang.t(T::ColleaguesIntro) }</p>
                            <ul class="plain">
                                { for list.iter().map(|c| {
                                    let (session, forgotten, device) = (props.session.clone(), forgotten.clone(), c.device);
                                    let forget = Callback::from(move |()| {
                                        let (session, forgotten) = (session.clone(), forgotten.clone());
                                        wasm_bindgen_futures::spawn_local(async move {
                                            if session.forget_colleague(device).await.is_ok() {
                                                forgotten.set(*forgotten + 1);
                                            }
                                        });
                                    });
                                    let name = if c.name.is_empty() { lang.t(T::ColleagueUnnamed).to_string() } else { c.name.clone() };
                                    html! {
                                        <li class="item" key={c.device.to_string()}>
                                            <p><strong>{ &name }</strong></p>
                                            <p class="hint">{ texts::colleague_since(lang.lang, c.since.date_naive(), &c.fingerprint) }</p>
                                            <ConfirmButton id={format!("forget-{}", c.device)}
                                                label={texts::forget_colleague(lang.lang, &name)}
                                                question={lang.t(T::ForgetColleagueConfirm)} yes={lang.t(T::ForgetColleagueYes)}
                                                on_confirm={forget} />
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                }
            </>
        },
        Step::Preview(incoming) => {
            let accept = {
                let session = props.session.clone();
                let (step, refusal, typed) = (step.clone(), refusal.clone(), typed.clone());
                let (incoming, colleague_name) = (incoming.clone(), colleague_name.clone());
                Callback::from(move |_| {
                    let (session, step, refusal) = (session.clone(), step.clone(), refusal.clone());
                    let (incoming, typed) = (incoming.clone(), (*typed).clone());
                    let name = (*colleague_name).clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.accept_case(&incoming, &typed, &name).await {
                            Ok(receipt) => {
                                refusal.set(None);
                                step.set(Step::Done(
                                    incoming.family,
                                    incoming.name.clone(),
                                    receipt,
                                ));
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
                    if incoming.fingerprint.is_some() {
                        <TextField id="colleague-fingerprint" label={lang.t(T::FieldColleagueFingerprint)}
                            hint={Some(AttrValue::from(lang.t(T::FieldSenderFingerprintHint)))}
                            value={(*typed).clone()}
                            oninput={{ let typed = typed.clone(); Callback::from(move |v: String| typed.set(v)) }} />
                        <TextField id="colleague-name" label={lang.t(T::FieldColleagueName)}
                            value={(*colleague_name).clone()}
                            oninput={{ let colleague_name = colleague_name.clone(); Callback::from(move |v: String| colleague_name.set(v)) }} />
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
        Step::Done(family, name, receipt) => {
            let family = *family;
            html! {
                <>
                    <p role="status">{ texts::case_added(lang.lang, name) }</p>
                    <p>{ lang.t(T::ReceiptIntro) }</p>
                    <p class="check-code" aria-label={spelled(lang.t(T::ReceiptLabel), receipt)}>{ receipt }</p>
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
