//! What a parent or carer sees: the agreements by situation, who watches over safety and who
//! steps in (one tap to call), the coordinator, how long the plan applies, the help goals
//! for the parents, what goes well, the interventions and treatment, each child's safe
//! people and who explains the plan to them, and their answer to the plan ("Klopt", a question, "niet eens"), which
//! goes back to the professional only when they send it.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::home::period_notices;
use crate::domain::package::{Answer, CarerView, HelpView, RoleView, MAX_ANSWER_CHARS};
use crate::domain::{Acknowledgement, PhoneNumber, RecordMeta, Situation};
use crate::i18n::home as texts;
use crate::i18n::plan::{date, list, situation};
use crate::i18n::{call_name, Key, T};
use crate::service::{Session, StorageError};
use crate::ui::components::help_lines::HelpLines;
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{send_refusal_text, PackageOut};
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::{use_lang, LangHandle};

/// Props of [`ParentPlanPage`].
#[derive(Properties, PartialEq)]
pub struct ParentPlanPageProps {
    pub session: Session,
    /// The parent's view of the plan.
    pub view: CarerView,
    /// "Plan ontvangen" (a newer plan from the professional).
    pub on_receive: Callback<()>,
}

fn call_link(lang: &LangHandle, name: &str, phone: &PhoneNumber) -> Html {
    html! {
        <a class="button call" href={phone.tel_uri()}>{ call_name(lang.lang, name) }</a>
    }
}

fn people_with_tasks(lang: &LangHandle, roles: &[RoleView]) -> Html {
    if roles.is_empty() {
        return html! { <p class="empty">{ lang.t(T::NoneYet) }</p> };
    }
    html! {
        <ul class="plain people-cards">
            { for roles.iter().map(|role| html! {
                <li class="contact">
                    <h3 class="contact-name">{ &role.person.name }</h3>
                    if !role.task.is_empty() {
                        <p>{ &role.task }</p>
                    }
                    if let Some(phone) = &role.person.phone {
                        <p class="contact-phone">{ phone.display() }</p>
                        <div class="contact-actions">{ call_link(lang, &role.person.name, phone) }</div>
                    }
                </li>
            }) }
        </ul>
    }
}

fn help_list(lang: &LangHandle, title: T, help: &[HelpView]) -> Html {
    if help.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ lang.t(title) }</h3>
            <ul class="plain people-cards">
                { for help.iter().map(|h| {
                    let details = texts::help_details(
                        lang.lang,
                        h.for_whom.iter().map(String::as_str).collect(),
                        h.start,
                        h.end,
                    );
                    html! {
                        <li class="contact">
                            <p class="contact-name">{ &h.name }</p>
                            if !h.provider.is_empty() {
                                <p>{ &h.provider }</p>
                            }
                            if !details.is_empty() {
                                <p class="hint">{ details }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

const ANSWERS: [Answer; 3] = [Answer::Agree, Answer::Question, Answer::Disagree];

fn answer_text(answer: Answer) -> T {
    match answer {
        Answer::Agree => T::AnswerAgree,
        Answer::Question => T::AnswerQuestion,
        Answer::Disagree => T::AnswerDisagree,
    }
}

/// Sending the answers back: the package, or why there is none.
#[derive(Clone, PartialEq)]
enum Sending {
    No,
    Ready(Rc<Vec<u8>>),
    Refused(Key),
}

/// The parent's plan.
#[function_component]
pub fn ParentPlanPage(props: &ParentPlanPageProps) -> Html {
    let lang = use_lang();
    let acks = use_state(Vec::<Acknowledgement>::new);
    let failure = use_state(|| None::<StorageError>);
    let generation = use_state(|| 0u32);
    let chosen = use_state(|| None::<Answer>);
    let words = use_state(String::new);
    let problem = use_state(|| None::<T>);
    let sending = use_state(|| Sending::No);
    let view = &props.view;
    {
        let acks = acks.clone();
        let failure = failure.clone();
        let session = props.session.clone();
        let id = view.family;
        use_effect_with((*generation, id), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match session.acknowledgements(id).await {
                    Ok(listing) => acks.set(listing.items),
                    Err(e) => failure.set(Some(e)),
                }
            });
        });
    }
    let today = env::today();
    let device = props.session.author().device;
    let mine = acks.iter().find(|a| {
        a.revision == view.revision
            && match view.person {
                Some(id) => a.by == Some(id),
                None => a.meta.created_by.device == device,
            }
    });
    let save = {
        let session = props.session.clone();
        let failure = failure.clone();
        let generation = generation.clone();
        let (chosen, words, problem) = (chosen.clone(), words.clone(), problem.clone());
        let (family, revision, by) = (view.family, view.revision, view.person);
        Callback::from(move |_| {
            let Some(answer) = *chosen else {
                problem.set(Some(T::AnswerChoose));
                return;
            };
            let text = words.trim().to_string();
            if text.chars().count() > MAX_ANSWER_CHARS {
                problem.set(Some(T::AnswerTooLong));
                return;
            }
            problem.set(None);
            let ack = Acknowledgement {
                family,
                revision,
                by,
                on: env::today(),
                answer,
                words: text,
                meta: RecordMeta::new(session.author(), env::now()),
            };
            let (session, failure, generation) =
                (session.clone(), failure.clone(), generation.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.acknowledge(&ack).await {
                    Ok(()) => {
                        failure.set(None);
                        generation.set(*generation + 1);
                    }
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let send = {
        let session = props.session.clone();
        let sending = sending.clone();
        Callback::from(move |_| {
            let (session, sending) = (session.clone(), sending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                sending.set(match session.answers_package().await {
                    Ok(bytes) => Sending::Ready(Rc::new(bytes)),
                    Err(e) => Sending::Refused(send_refusal_text(&e)),
                });
            });
        })
    };
    let coordinator = &view.coordinator;
    let coordinator_phone = PhoneNumber::parse(&coordinator.phone).ok();
    let show_date = |d: Option<chrono::NaiveDate>| match d {
        Some(d) => date(lang.lang, d),
        None => lang.t(T::NotSet).to_string(),
    };
    let groups: Vec<(Situation, Vec<_>)> = Situation::ALL
        .iter()
        .map(|s| {
            (
                *s,
                view.agreements
                    .iter()
                    .filter(|a| a.situation == *s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect();

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ParentTitle) }</h1>
            <p>{ lang.t(T::ParentIntro) }</p>
            if let Some(on) = view.agreed_on {
                <p class="plan-state">{ texts::agreed_on(lang.lang, on, view.revision) }</p>
            } else {
                <p class="notice-soft">{ lang.t(T::PlanNotAgreedYet) }</p>
            }
            { for period_notices(&view.period, today).into_iter().map(|n| html! {
                <p class="notice-soft urgent">{ texts::date_notice(lang.lang, n) }</p>
            }) }
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }

            <section aria-labelledby="agreements-title">
                <h2 id="agreements-title">{ lang.t(T::SectionAgreements) }</h2>
                if groups.is_empty() {
                    <p class="empty">{ lang.t(T::NoAgreementsYet) }</p>
                }
                { for groups.into_iter().map(|(s, list)| html! {
                    <>
                        <h3>{ lang.t(situation(s)) }</h3>
                        <ul class="agreements">
                            { for list.into_iter().map(|a| html! {
                                <li>
                                    if s == Situation::Own && !a.own_situation.is_empty() {
                                        <strong>{ format!("{}: ", a.own_situation) }</strong>
                                    }
                                    { &a.what }
                                    if !a.who.is_empty() {
                                        <span class="who">{ texts::who(lang.lang, a.who.iter().map(String::as_str).collect()) }</span>
                                    }
                                </li>
                            }) }
                        </ul>
                    </>
                }) }
            </section>

            <section aria-labelledby="watchers-title">
                <h2 id="watchers-title">{ lang.t(T::WatchersTitle) }</h2>
                { people_with_tasks(&lang, &view.watchers) }
            </section>

            <section aria-labelledby="stand-ins-title">
                <h2 id="stand-ins-title">{ lang.t(T::StandInsTitle) }</h2>
                <p>{ lang.t(T::StandInsIntro) }</p>
                { people_with_tasks(&lang, &view.stand_ins) }
            </section>

            <section aria-labelledby="coordinator-title">
                <h2 id="coordinator-title">{ lang.t(T::CoordinatorTitle) }</h2>
                if coordinator.name.trim().is_empty() {
                    <p class="empty">{ lang.t(T::NoneYet) }</p>
                } else {
                    <div class="contact">
                        <h3 class="contact-name">{ &coordinator.name }</h3>
                        if !coordinator.organisation.is_empty() {
                            <p>{ &coordinator.organisation }</p>
                        }
                        if let Some(phone) = &coordinator_phone {
                            <p class="contact-phone">{ phone.display() }</p>
                        }
                        <div class="contact-actions stacked">
                            if let Some(phone) = &coordinator_phone {
                                { call_link(&lang, &coordinator.name, phone) }
                            }
                            if !coordinator.email.trim().is_empty() {
                                <a class="button message" href={format!("mailto:{}", coordinator.email.trim())}>
                                    { format!("{} {}", lang.t(T::SendEmail), coordinator.name) }
                                </a>
                            }
                        </div>
                    </div>
                }
            </section>

            <section aria-labelledby="period-title">
                <h2 id="period-title">{ lang.t(T::PeriodTitle) }</h2>
                <dl class="facts">
                    <dt>{ lang.t(T::PlanFrom) }</dt><dd>{ show_date(view.period.start) }</dd>
                    <dt>{ lang.t(T::PlanUntil) }</dt><dd>{ show_date(view.period.end) }</dd>
                    <dt>{ lang.t(T::NextEvaluationLabel) }</dt><dd>{ show_date(view.period.next_evaluation) }</dd>
                </dl>
            </section>

            <section aria-labelledby="goals-title">
                <h2 id="goals-title">{ lang.t(T::ParentGoalsTitle) }</h2>
                if view.goals.is_empty() {
                    <p class="empty">{ lang.t(T::NoneYet) }</p>
                } else {
                    <ul>{ for view.goals.iter().map(|g| html! { <li>{ &g.goal }</li> }) }</ul>
                }
            </section>

            if !view.strengths.is_empty() {
                <section aria-labelledby="strengths-title">
                    <h2 id="strengths-title">{ lang.t(T::StrengthsTitle) }</h2>
                    <p class="prose">{ &view.strengths }</p>
                </section>
            }

            if !view.interventions.is_empty() || !view.treatments.is_empty() {
                <section aria-labelledby="family-help-title">
                    <h2 id="family-help-title">{ lang.t(T::FamilyHelpTitle) }</h2>
                    <p>{ lang.t(T::FamilyHelpIntro) }</p>
                    { help_list(&lang, T::InterventionsTitle, &view.interventions) }
                    { help_list(&lang, T::TreatmentsTitle, &view.treatments) }
                </section>
            }

            if !view.children.is_empty() {
                <section aria-labelledby="children-title">
                    <h2 id="children-title">{ lang.t(T::ChildrenTitle) }</h2>
                    { for view.children.iter().map(|child| html! {
                        <div class="contact">
                            <h3 class="contact-name">{ &child.name }</h3>
                            <dl class="facts">
                                <dt>{ lang.t(T::ChildSafePeople) }</dt>
                                <dd>{ if child.safe_people.is_empty() {
                                    lang.t(T::NotSet).to_string()
                                } else {
                                    list(lang.lang, child.safe_people.iter().map(String::as_str).collect())
                                } }</dd>
                                <dt>{ lang.t(T::ExplainsPlan) }</dt>
                                <dd>{ match &child.explained_by {
                                    Some(name) => texts::explained_by(lang.lang, name, child.at_age),
                                    None => lang.t(T::NotSet).to_string(),
                                } }</dd>
                            </dl>
                        </div>
                    }) }
                </section>
            }

            if view.agreed_on.is_some() {
                <section class="acknowledge" aria-labelledby="ack-title">
                    <h2 id="ack-title">{ lang.t(T::AnswerTitle) }</h2>
                    if let Some(ack) = mine {
                        <p role="status">{ texts::my_answer(lang.lang, ack.answer, ack.on) }</p>
                        if !ack.words.is_empty() {
                            <p class="hint">{ &ack.words }</p>
                        }
                        <h3>{ lang.t(T::SendBackTitle) }</h3>
                        <p>{ lang.t(T::SendBackIntro) }</p>
                        { match &*sending {
                            Sending::Ready(bytes) => html! { <PackageOut bytes={bytes.clone()} /> },
                            Sending::Refused(text) => html! { <Notice message={lang.t(*text)} /> },
                            Sending::No => html! {
                                <button type="button" class="button primary wide" onclick={send}>
                                    { lang.t(T::SendBack) }
                                </button>
                            },
                        } }
                    } else {
                        <p>{ lang.t(T::AcknowledgeIntro) }</p>
                        if let Some(text) = *problem {
                            <p class="field-error" role="alert">{ lang.t(text) }</p>
                        }
                        <fieldset class="picker">
                            <legend>{ lang.t(T::AnswerTitle) }</legend>
                            { for ANSWERS.iter().enumerate().map(|(i, answer)| {
                                let answer = *answer;
                                let id = format!("answer-{i}");
                                let chosen2 = chosen.clone();
                                html! {
                                    <label class="check" for={id.clone()}>
                                        <input type="radio" id={id} name="answer"
                                            checked={*chosen == Some(answer)}
                                            onchange={Callback::from(move |_| chosen2.set(Some(answer)))} />
                                        <span>{ lang.t(answer_text(answer)) }</span>
                                    </label>
                                }
                            }) }
                        </fieldset>
                        <TextField id="answer-words" label={lang.t(T::AnswerWords)} multiline={true}
                            value={AttrValue::from((*words).clone())}
                            oninput={{ let words = words.clone(); Callback::from(move |v: String| words.set(v)) }} />
                        <button type="button" class="button primary wide" onclick={save}>
                            { lang.t(T::AnswerSave) }
                        </button>
                    }
                </section>
            }
            <button type="button" class="button wide" onclick={props.on_receive.reform(|_| ())}>
                { lang.t(T::ReceiveTitle) }
            </button>
            <HelpLines band={None} />
        </>
    }
}
