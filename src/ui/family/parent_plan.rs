//! What a parent or carer sees: the agreements by situation, who watches over safety and who
//! steps in (one tap to call), the coordinator, how long the plan applies, the help goals
//! for the parents, and "Ik heb dit gelezen en ik sta erachter".

use yew::prelude::*;

use crate::domain::home::{
    agreements_by_situation, current_plan, date_notices, goals_for_parents, roles_with_people,
};
use crate::domain::{
    Acknowledgement, Case, Family, Id, NetworkRole, PhoneNumber, RecordMeta, Situation,
};
use crate::i18n::home as texts;
use crate::i18n::plan::{date, situation};
use crate::i18n::{call_name, T};
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::help_lines::HelpLines;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::{use_lang, LangHandle};

/// Props of [`ParentPlanPage`].
#[derive(Properties, PartialEq)]
pub struct ParentPlanPageProps {
    pub session: Session,
    pub case: Case,
    /// The parent using this device, when they said who they are.
    #[prop_or_default]
    pub person: Option<Id>,
}

fn call_link(lang: &LangHandle, name: &str, phone: &PhoneNumber) -> Html {
    html! {
        <a class="button call" href={phone.tel_uri()}>{ call_name(lang.lang, name) }</a>
    }
}

fn people_with_tasks(lang: &LangHandle, roles: &[NetworkRole], family: &Family) -> Html {
    let list = roles_with_people(roles, family);
    if list.is_empty() {
        return html! { <p class="empty">{ lang.t(T::NoneYet) }</p> };
    }
    html! {
        <ul class="plain people-cards">
            { for list.into_iter().map(|(role, person)| html! {
                <li class="contact">
                    <h3 class="contact-name">{ &person.name }</h3>
                    if !role.task.is_empty() {
                        <p>{ &role.task }</p>
                    }
                    if let Some(phone) = &person.phone {
                        <p class="contact-phone">{ phone.display() }</p>
                        <div class="contact-actions">{ call_link(lang, &person.name, phone) }</div>
                    }
                </li>
            }) }
        </ul>
    }
}

/// The parent's plan.
#[function_component]
pub fn ParentPlanPage(props: &ParentPlanPageProps) -> Html {
    let lang = use_lang();
    let acks = use_state(Vec::<Acknowledgement>::new);
    let failure = use_state(|| None::<StorageError>);
    let generation = use_state(|| 0u32);
    let family = &props.case.family;
    {
        let acks = acks.clone();
        let failure = failure.clone();
        let session = props.session.clone();
        let id = family.id;
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
    let plan = current_plan(&props.case.plan, &props.case.revisions);
    let agreed = plan.approval.as_ref().map(|a| a.on);
    let device = props.session.author().device;
    let mine = acks.iter().find(|a| {
        a.revision == plan.revision
            && match props.person {
                Some(id) => a.by == Some(id),
                None => a.meta.created_by.device == device,
            }
    });
    let acknowledge = {
        let session = props.session.clone();
        let failure = failure.clone();
        let generation = generation.clone();
        let (family_id, revision, by) = (family.id, plan.revision, props.person);
        Callback::from(move |_| {
            let ack = Acknowledgement {
                family: family_id,
                revision,
                by,
                on: env::today(),
                meta: RecordMeta::new(session.author(), env::now()),
            };
            let session = session.clone();
            let failure = failure.clone();
            let generation = generation.clone();
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
    let names = |ids: &[Id]| -> Vec<String> {
        ids.iter()
            .filter_map(|id| family.person(*id))
            .map(|p| p.name.clone())
            .collect()
    };
    let groups = agreements_by_situation(plan);
    let goals = goals_for_parents(plan, family);
    let coordinator = &plan.coordinator;
    let coordinator_phone = PhoneNumber::parse(&coordinator.phone).ok();
    let show_date = |d: Option<chrono::NaiveDate>| match d {
        Some(d) => date(lang.lang, d),
        None => lang.t(T::NotSet).to_string(),
    };

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ParentTitle) }</h1>
            <p>{ lang.t(T::ParentIntro) }</p>
            if let Some(on) = agreed {
                <p class="plan-state">{ texts::agreed_on(lang.lang, on, plan.revision) }</p>
            } else {
                <p class="notice-soft">{ lang.t(T::PlanNotAgreedYet) }</p>
            }
            { for date_notices(plan, today).into_iter().map(|n| html! {
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
                            { for list.into_iter().map(|a| {
                                let who = names(&a.who);
                                html! {
                                    <li>
                                        if s == Situation::Own && !a.own_situation.is_empty() {
                                            <strong>{ format!("{}: ", a.own_situation) }</strong>
                                        }
                                        { &a.what }
                                        if !who.is_empty() {
                                            <span class="who">{ texts::who(lang.lang, who.iter().map(String::as_str).collect()) }</span>
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </>
                }) }
            </section>

            <section aria-labelledby="watchers-title">
                <h2 id="watchers-title">{ lang.t(T::WatchersTitle) }</h2>
                { people_with_tasks(&lang, &plan.watchers, family) }
            </section>

            <section aria-labelledby="stand-ins-title">
                <h2 id="stand-ins-title">{ lang.t(T::StandInsTitle) }</h2>
                <p>{ lang.t(T::StandInsIntro) }</p>
                { people_with_tasks(&lang, &plan.stand_ins, family) }
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
                    <dt>{ lang.t(T::PlanFrom) }</dt><dd>{ show_date(plan.period.start) }</dd>
                    <dt>{ lang.t(T::PlanUntil) }</dt><dd>{ show_date(plan.period.end) }</dd>
                    <dt>{ lang.t(T::NextEvaluationLabel) }</dt><dd>{ show_date(plan.period.next_evaluation) }</dd>
                </dl>
            </section>

            <section aria-labelledby="goals-title">
                <h2 id="goals-title">{ lang.t(T::ParentGoalsTitle) }</h2>
                if goals.is_empty() {
                    <p class="empty">{ lang.t(T::NoneYet) }</p>
                } else {
                    <ul>{ for goals.into_iter().map(|g| html! { <li>{ &g.goal }</li> }) }</ul>
                }
            </section>

            if agreed.is_some() {
                <section class="acknowledge" aria-labelledby="ack-title">
                    <h2 id="ack-title">{ lang.t(T::Acknowledge) }</h2>
                    if let Some(ack) = mine {
                        <p role="status">{ texts::acknowledged(lang.lang, ack.on) }</p>
                    } else {
                        <p role="status">{ lang.t(T::AcknowledgeIntro) }</p>
                        <button type="button" class="button primary wide" onclick={acknowledge}>
                            { lang.t(T::Acknowledge) }
                        </button>
                    }
                </section>
            }
            <HelpLines band={None} />
        </>
    }
}
