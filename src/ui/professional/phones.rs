//! A family's phones on the professional's device: which family members' phones are paired,
//! pairing one ("Op een telefoon zetten": whose phone, then the camera scans its code), and
//! forgetting one (a lost phone).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::package::ViewProblem;
use crate::domain::pairing::{PairedDevice, PairingProblem, ReceivedCheckIn};
use crate::domain::{Family, Id, PersonKind};
use crate::i18n::professional as texts;
use crate::i18n::{Key, L, T};
use crate::service::{PairRefusal, Paired, ReceivedAnswers, SendRefusal, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{self as package, PackageIn, PackageOut};
use crate::ui::components::scanner::Scanner;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;
use crate::ui::professional::components::confirm_button::ConfirmButton;

/// Props of [`Phones`].
#[derive(Properties, PartialEq)]
pub struct PhonesProps {
    pub session: Session,
    pub family: Family,
    /// Pair a phone.
    pub on_pair: Callback<()>,
    /// Answers came back from a phone.
    #[prop_or_default]
    pub on_answers: Callback<()>,
}

/// The family's paired phones, on the family's page.
#[function_component]
pub fn Phones(props: &PhonesProps) -> Html {
    let lang = use_lang();
    let generation = use_state(|| 0u32);
    let problem = use_state(|| None::<Key>);
    let session = props.session.clone();
    let family = props.family.id;
    let loaded = use_load((family, *generation), move |(family, _)| async move {
        session.paired_devices(family).await
    });
    let devices: Vec<PairedDevice> = match &*loaded {
        Some(Ok(listing)) => listing.items.clone(),
        _ => Vec::new(),
    };
    let sending = use_state(|| None::<(Id, Result<(Rc<Vec<u8>>, String), Key>)>);
    let receiving = use_state(|| false);
    let refusal = use_state(|| None::<Key>);
    let received = use_state(|| None::<ReceivedAnswers>);
    let session = props.session.clone();
    let shared = use_load((family, *generation), move |(family, _)| async move {
        session.shared_check_ins(family).await
    });
    let send = |device: Id| {
        let session = props.session.clone();
        let sending = sending.clone();
        Callback::from(move |_| {
            let (session, sending) = (session.clone(), sending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let made = session.plan_package(family, device).await;
                sending.set(Some((
                    device,
                    made.map(|(bytes, code)| (Rc::new(bytes), code))
                        .map_err(|e| match e {
                            SendRefusal::NoView(ViewProblem::NotAgreed) => T::SendNotAgreed.into(),
                            SendRefusal::NoView(_) => T::SendNoView.into(),
                            SendRefusal::NotPaired => T::SendNotPaired.into(),
                            SendRefusal::Storage(e) => storage_text(&e).into(),
                            _ => T::SendFailed.into(),
                        }),
                )));
            });
        })
    };
    let on_bytes = {
        let session = props.session.clone();
        let (refusal, received, generation) =
            (refusal.clone(), received.clone(), generation.clone());
        let receiving = receiving.clone();
        let on_answers = props.on_answers.clone();
        Callback::from(move |bytes: Vec<u8>| {
            let on_answers = on_answers.clone();
            let (session, refusal, received) = (session.clone(), refusal.clone(), received.clone());
            let (generation, receiving) = (generation.clone(), receiving.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.receive_answers(family, &bytes).await {
                    Ok(answers) => {
                        refusal.set(None);
                        received.set(Some(answers));
                        receiving.set(false);
                        generation.set(*generation + 1);
                        on_answers.emit(());
                    }
                    Err(e) => refusal.set(Some(package::refusal_text(&e))),
                }
            });
        })
    };
    let shared: Vec<ReceivedCheckIn> = match &*shared {
        Some(Ok(listing)) => listing.items.clone(),
        _ => Vec::new(),
    };
    let unpair = |device: Id| {
        let session = props.session.clone();
        let generation = generation.clone();
        let problem = problem.clone();
        Callback::from(move |_| {
            let session = session.clone();
            let generation = generation.clone();
            let problem = problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.unpair(family, device).await {
                    Ok(()) => {
                        problem.set(None);
                        generation.set(*generation + 1);
                    }
                    Err(e) => problem.set(Some(storage_text(&e).into())),
                }
            });
        })
    };
    html! {
        <section class="phones" aria-labelledby="phones-title">
            <h2 id="phones-title">{ lang.t(T::PhonesTitle) }</h2>
            if let Some(Err(e)) = &*loaded {
                <Notice message={lang.t(storage_text(e))} />
            }
            if let Some(problem) = *problem {
                <Notice message={lang.t(problem)} />
            }
            if devices.is_empty() {
                <p class="empty">{ lang.t(T::NoPhonesYet) }</p>
            } else {
                <ul class="plain phone-list">
                    { for devices.iter().map(|d| {
                        let name = props.family.name_of(d.person).to_string();
                        let label = texts::phone_of(lang.lang, &name);
                        html! {
                            <li class="phone">
                                <p><strong>{ &label }</strong><br />
                                    { texts::paired_on(lang.lang, d.paired_at) }</p>
                                <button type="button" class="button primary wide" onclick={send(d.device)}>
                                    { texts::send_plan_to(lang.lang, &name) }
                                </button>
                                { match &*sending {
                                    Some((device, Ok((bytes, code)))) if *device == d.device => html! {
                                        <>
                                            <p>{ lang.t(T::SendPlanIntro) }</p>
                                            <PackageOut bytes={bytes.clone()} />
                                            <p>{ lang.t(T::SendCheckCode) }</p>
                                            <p class="check-code" aria-label={texts::check_code_label(lang.lang, code)}>
                                                { code }
                                            </p>
                                        </>
                                    },
                                    Some((device, Err(text))) if *device == d.device => html! {
                                        <Notice message={lang.t(*text)} />
                                    },
                                    _ => html! {},
                                } }
                                <ConfirmButton id={format!("unpair-{}", d.device)}
                                    label={texts::unpair(lang.lang, &name)}
                                    question={lang.t(T::UnpairQuestion)} yes={lang.t(T::UnpairYes)}
                                    on_confirm={unpair(d.device)} />
                            </li>
                        }
                    }) }
                </ul>
            }
            <button type="button" class="button primary wide" onclick={props.on_pair.reform(|_| ())}>
                { lang.t(T::PairPhone) }
            </button>
            if !devices.is_empty() {
                if let Some(answers) = &*received {
                    <p role="status">{ texts::answers_received(lang.lang,
                        props.family.name_of(answers.person), answers.answers, answers.check_ins) }</p>
                }
                if *receiving {
                    <h3>{ lang.t(T::ReceiveAnswersTitle) }</h3>
                    <p>{ lang.t(T::ReceiveAnswersIntro) }</p>
                    <PackageIn {on_bytes} refusal={*refusal} />
                } else {
                    <button type="button" class="button wide"
                        onclick={{ let r = receiving.clone(); Callback::from(move |_| r.set(true)) }}>
                        { lang.t(T::ReceiveAnswersTitle) }
                    </button>
                }
            }
            if !shared.is_empty() {
                <h3>{ lang.t(T::SharedCheckInsTitle) }</h3>
                <ul class="shared-check-ins">
                    { for shared.iter().rev().map(|c| html! {
                        <li>{ texts::shared_check_in(lang.lang, props.family.name_of(c.person),
                            &texts::date_time(lang.lang, crate::service::clock::local_date_time(c.check_in.at)),
                            c.check_in.score.value(), &c.check_in.words) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// Props of [`PairPage`].
#[derive(Properties, PartialEq)]
pub struct PairPageProps {
    pub session: Session,
    pub family: Id,
    pub on_back: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Step {
    /// Whose phone is it?
    Choose,
    /// The camera, for this person's phone.
    Scan(Id),
    Done(Paired),
    Refused(Id, Key),
}

fn refusal_text(refusal: &PairRefusal) -> Key {
    match refusal {
        PairRefusal::Code(PairingProblem::NotAPairingCode) => T::NotAPairingCode.into(),
        PairRefusal::Code(PairingProblem::NewerFormat) => T::PairingCodeNewer.into(),
        PairRefusal::OwnCode => T::OwnPairingCode.into(),
        PairRefusal::PairedElsewhere => T::PairedForSomeoneElse.into(),
        PairRefusal::Storage(e) => storage_text(e).into(),
    }
}

/// "Op een telefoon zetten": choose whose phone, scan its code, compare the check code.
#[function_component]
pub fn PairPage(props: &PairPageProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Choose);
    let session = props.session.clone();
    let case = use_load(props.family, move |family| async move {
        session.case(family).await
    });
    let back = html! {
        <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
            { lang.t(T::BackToPlan) }
        </button>
    };
    let case = match &*case {
        None => return html! { <>{ back }<p role="status">{ lang.t(L::Loading) }</p></> },
        Some(Err(e)) => return html! { <>{ back }<Notice message={lang.t(storage_text(e))} /></> },
        Some(Ok(None)) => return html! { <>{ back }<p>{ lang.t(T::FamilyNotFound) }</p></> },
        Some(Ok(Some(case))) => case.clone(),
    };
    let name_of = |id: Id| case.family.name_of(id).to_string();
    let body = match &*step {
        Step::Choose => {
            let people: Vec<_> = case
                .family
                .people
                .iter()
                .filter(|p| matches!(p.kind, PersonKind::Child | PersonKind::Carer))
                .collect();
            html! {
                <>
                    <p>{ lang.t(T::PairWhoseIntro) }</p>
                    if people.is_empty() {
                        <p class="empty">{ lang.t(T::PairNobody) }</p>
                    }
                    <ul class="plain choices">
                        { for people.into_iter().map(|p| {
                            let id = p.id;
                            let step = step.clone();
                            html! {
                                <li>
                                    <button type="button" class="button wide"
                                        onclick={Callback::from(move |_| step.set(Step::Scan(id)))}>
                                        { texts::phone_of(lang.lang, &p.name) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
        Step::Scan(person) => {
            let person = *person;
            let on_read = {
                let session = props.session.clone();
                let step = step.clone();
                let family = props.family;
                Callback::from(move |bytes: Vec<u8>| {
                    let session = session.clone();
                    let step = step.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        step.set(match session.pair(family, person, &bytes).await {
                            Ok(paired) => Step::Done(paired),
                            Err(refusal) => Step::Refused(person, refusal_text(&refusal)),
                        });
                    });
                })
            };
            html! {
                <>
                    <h2>{ texts::phone_of(lang.lang, &name_of(person)) }</h2>
                    <p>{ lang.t(T::PairScanIntro) }</p>
                    <Scanner {on_read} />
                </>
            }
        }
        Step::Refused(person, text) => {
            let person = *person;
            let again = {
                let step = step.clone();
                Callback::from(move |_| step.set(Step::Scan(person)))
            };
            html! {
                <>
                    <Notice message={lang.t(*text)} />
                    <button type="button" class="button primary wide" onclick={again}>
                        { lang.t(T::ScanAgain) }
                    </button>
                </>
            }
        }
        Step::Done(paired) => html! {
            <>
                <p role="status">{ texts::paired(lang.lang, &name_of(paired.device.person)) }</p>
                <p>{ lang.t(T::CheckCodeIntro) }</p>
                <p class="check-code" aria-label={texts::check_code_label(lang.lang, &paired.check_code)}>
                    { &paired.check_code }
                </p>
                <p>{ lang.t(T::CheckCodeLater) }</p>
                <button type="button" class="button primary wide" onclick={props.on_back.reform(|_| ())}>
                    { lang.t(T::PairDone) }
                </button>
            </>
        },
    };
    html! {
        <>
            { back }
            <h1 id="page-title" tabindex="-1">{ lang.t(T::PairPhone) }</h1>
            <p class="hint">{ &case.family.name }</p>
            { body }
        </>
    }
}
