//! The whole plan, read-only and printable: the current working copy or an agreed revision
//! exactly as it was agreed (with the people as they were then).

use yew::prelude::*;

use crate::domain::{Family, Id, NetworkRole, Person, PlanPart, SafetyPlan, Situation};
use crate::i18n::plan as texts;
use crate::i18n::{Language, L, T};
use crate::service::Session;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;

/// Props of [`PlanView`].
#[derive(Properties, PartialEq)]
pub struct PlanViewProps {
    pub session: Session,
    pub family: Id,
    /// An agreed revision, or `None` for the working copy.
    pub revision: Option<u32>,
    pub on_back: Callback<()>,
}

/// The read-only plan.
#[function_component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let lang = use_lang();
    let case = {
        let session = props.session.clone();
        use_load(props.family, move |family| async move {
            session.case(family).await
        })
    };
    let back = html! {
        <div class="form-actions no-print">
            <button type="button" class="button primary wide" onclick={Callback::from(|_| env::print())}>
                { lang.t(T::Print) }
            </button>
            <button type="button" class="button wide" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToPlan) }
            </button>
        </div>
    };
    let loaded = match &*case {
        None => return html! { <p class="loading">{ lang.t(L::Loading) }</p> },
        Some(Err(e)) => return html! { <><Notice message={lang.t(storage_text(e))} />{ back }</> },
        Some(Ok(None)) => {
            return html! { <><Notice message={lang.t(T::FamilyNotFound)} />{ back }</> }
        }
        Some(Ok(Some(case))) => case,
    };
    let plan = match props.revision {
        Some(n) => loaded.revisions.iter().find(|r| r.revision == n),
        None => Some(&loaded.plan),
    };
    let Some(plan) = plan else {
        return html! { <><Notice message={lang.t(L::StorageFailed)} />{ back }</> };
    };
    // An agreed revision shows the people as they were when it was agreed.
    let family = Family {
        people: if plan.people.is_empty() {
            loaded.family.people.clone()
        } else {
            plan.people.clone()
        },
        ..loaded.family.clone()
    };
    let status = match props.revision {
        Some(_) => texts::revision_line(lang.lang, plan, &family),
        None => texts::case_status(lang.lang, plan, env::today()),
    };
    html! {
        <article class="plan-view">
            <h1 id="page-title" tabindex="-1">{ texts::plan_title(lang.lang, &family.name) }</h1>
            <p class="case-status">{ status }</p>
            { back.clone() }
            { body(lang.lang, &family, plan) }
            { back }
        </article>
    }
}

fn heading(lang: Language, part: PlanPart) -> Html {
    html! { <h2>{ texts::part(part).get(lang) }</h2> }
}

fn empty(lang: Language) -> Html {
    html! { <p class="hint">{ T::NotFilledIn.get(lang) }</p> }
}

fn names(lang: Language, family: &Family, ids: &[Id]) -> String {
    texts::list(lang, ids.iter().map(|id| family.name_of(*id)).collect())
}

fn text_or_empty(lang: Language, text: &str) -> Html {
    if text.trim().is_empty() {
        empty(lang)
    } else {
        html! { <p class="prose">{ text }</p> }
    }
}

fn person_line(lang: Language, person: &Person) -> Html {
    let mut details = vec![T::get(texts::kind(person.kind), lang).to_string()];
    if !person.relation.is_empty() {
        details.push(person.relation.clone());
    }
    if let Some(age) = person.age_on(env::today()) {
        details.push(texts::years(lang, age));
    }
    html! {
        <li>
            <strong>{ &person.name }</strong>{ format!(" ({})", details.join(", ")) }
            if let Some(phone) = &person.phone {
                { format!(" · {} ", T::PhoneLabel.get(lang)) }
                <a class="tel-link" href={phone.tel_uri()}>{ phone.display() }</a>
            }
        </li>
    }
}

fn roles(lang: Language, family: &Family, roles: &[NetworkRole]) -> Html {
    if roles.is_empty() {
        return empty(lang);
    }
    html! {
        <ul>
            { for roles.iter().map(|r| html! {
                <li><strong>{ family.name_of(r.person) }</strong>{ ": " }{ &r.task }</li>
            }) }
        </ul>
    }
}

fn date_or_dash(lang: Language, date: Option<chrono::NaiveDate>) -> String {
    date.map(|d| texts::date(lang, d))
        .unwrap_or_else(|| "–".to_string())
}

/// Who coordinates the help and how to reach them: the chosen person, or the contact an
/// older plan typed.
pub fn coordinator(lang: Language, family: &Family, plan: &SafetyPlan) -> Html {
    let c = plan.coordinator_contact(family);
    if c.name.trim().is_empty() {
        return empty(lang);
    }
    html! {
        <>
            <p>
                <strong>{ &c.name }</strong>
                if !c.organisation.trim().is_empty() { { format!(", {}", c.organisation.trim()) } }
            </p>
            if !c.phone.trim().is_empty() {
                <p>{ format!("{}: {}", T::PhoneLabel.get(lang), c.phone.trim()) }</p>
            }
            if !c.email.trim().is_empty() {
                <p>{ format!("{}: {}", T::EmailLabel.get(lang), c.email.trim()) }</p>
            }
        </>
    }
}

fn body(lang: Language, family: &Family, plan: &SafetyPlan) -> Html {
    let t = |key: T| key.get(lang);
    let children: Vec<&Person> = family.children().collect();
    html! {
        <>
            <section>
                { heading(lang, PlanPart::Dangers) }
                if plan.dangers.is_empty() { { empty(lang) } }
                <ul>
                    { for plan.dangers.iter().map(|d| html! {
                        <li>
                            <p><strong>{ t(T::FieldWhoWorried) }</strong>{ " " }{ &d.who_worried }</p>
                            <p><strong>{ t(T::FieldWorriedAbout) }</strong>{ " " }{ &d.about }</p>
                            <p><strong>{ t(T::FieldIfNothingChanges) }</strong>{ " " }{ &d.if_nothing_changes }</p>
                        </li>
                    }) }
                </ul>
            </section>
            <section>
                { heading(lang, PlanPart::SafetyGoals) }
                if plan.safety_goals.is_empty() { { empty(lang) } }
                <ul>
                    { for plan.safety_goals.iter().map(|g| html! {
                        <li>{ &g.what_seen }<span class="who">{ format!(" ({} {})", t(T::FieldHowLong), g.how_long) }</span></li>
                    }) }
                </ul>
            </section>
            <section>
                { heading(lang, PlanPart::Coordinator) }
                { coordinator(lang, family, plan) }
            </section>
            <section>
                { heading(lang, PlanPart::People) }
                if family.people.is_empty() { { empty(lang) } }
                <ul>{ for family.people.iter().map(|p| person_line(lang, p)) }</ul>
            </section>
            <section>
                { heading(lang, PlanPart::SafePeople) }
                if children.is_empty() { { empty(lang) } }
                <ul>
                    { for children.iter().map(|child| html! {
                        <li>
                            <strong>{ &child.name }</strong>{ ": " }
                            { match plan.safe_people_of(child.id) {
                                [] => t(T::NotFilledIn).to_string(),
                                people => names(lang, family, people),
                            } }
                        </li>
                    }) }
                </ul>
            </section>
            <section>{ heading(lang, PlanPart::Watchers) }{ roles(lang, family, &plan.watchers) }</section>
            <section>{ heading(lang, PlanPart::StandIns) }{ roles(lang, family, &plan.stand_ins) }</section>
            <section>
                { heading(lang, PlanPart::Agreements) }
                if plan.agreements.is_empty() { { empty(lang) } }
                { for Situation::ALL.iter().map(|situation| {
                    let in_situation: Vec<_> = plan.agreements.iter().filter(|a| a.situation == *situation).collect();
                    if in_situation.is_empty() {
                        return Html::default();
                    }
                    html! {
                        <>
                            <h3>{ t(texts::situation(*situation)) }</h3>
                            <ul>
                                { for in_situation.into_iter().map(|a| html! {
                                    <li>
                                        if a.situation == Situation::Own && !a.own_situation.is_empty() {
                                            <strong>{ format!("{}: ", a.own_situation) }</strong>
                                        }
                                        { &a.what }
                                        if !a.who.is_empty() {
                                            <span class="who">{ format!(" ({})", names(lang, family, &a.who)) }</span>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </>
                    }
                }) }
            </section>
            <section>
                { heading(lang, PlanPart::Explanations) }
                if plan.explanations.is_empty() { { empty(lang) } }
                <ul>
                    { for plan.explanations.iter().map(|e| html! {
                        <li>
                            <strong>{ family.name_of(e.child) }</strong>
                            { format!(": {} {}", t(T::FieldAtAge),
                                e.at_age.map(|a| texts::years(lang, a.into())).unwrap_or_else(|| "–".into())) }
                            { format!("; {} {}", t(T::FieldExplainedBy),
                                e.by.map(|b| family.name_of(b).to_string()).unwrap_or_else(|| "–".into())) }
                            if !e.how.is_empty() { <p class="prose">{ &e.how }</p> }
                        </li>
                    }) }
                </ul>
            </section>
            <section>
                { heading(lang, PlanPart::Development) }
                if plan.development.is_empty() { { empty(lang) } }
                { for plan.development.iter().map(|d| html! {
                    <>
                        <h3>{ family.name_of(d.child) }</h3>
                        <p class="prose">{ &d.description }</p>
                        <p class="prose">{ &d.adaptation }</p>
                        <p>{ format!("{} {}", t(T::FieldReviewOn), date_or_dash(lang, d.review_on)) }</p>
                    </>
                }) }
            </section>
            <section>
                { heading(lang, PlanPart::Period) }
                <p>{ format!("{}: {}", t(T::FieldStart), date_or_dash(lang, plan.period.start)) }</p>
                <p>{ format!("{}: {}", t(T::FieldEndDate), date_or_dash(lang, plan.period.end)) }</p>
                <p>{ format!("{}: {}", t(T::FieldNextEvaluation), date_or_dash(lang, plan.period.next_evaluation)) }</p>
            </section>
            if !plan.factors.is_empty() {
                <section>
                    { heading(lang, PlanPart::Factors) }
                    <ul>
                        { for plan.factors.iter().map(|f| html! {
                            <li><strong>{ t(texts::factor_area(f.area)) }</strong>{ ": " }{ &f.what }</li>
                        }) }
                    </ul>
                </section>
            }
            if plan.child_problems.iter().any(|c| !c.what.trim().is_empty()) {
                <section>
                    { heading(lang, PlanPart::ChildProblems) }
                    <ul>
                        { for plan.child_problems.iter().filter(|c| !c.what.trim().is_empty()).map(|c| html! {
                            <li><strong>{ family.name_of(c.child) }</strong>{ ": " }{ &c.what }</li>
                        }) }
                    </ul>
                </section>
            }
            <section>
                { heading(lang, PlanPart::Goals) }
                if plan.goals.is_empty() { { empty(lang) } }
                <ul>
                    { for plan.goals.iter().map(|g| html! {
                        <li>
                            { &g.goal }
                            { format!(" ({}; {}", t(texts::area(g.area)), t(texts::goal_status(g.status))) }
                            if !g.for_whom.is_empty() { { format!("; {}", names(lang, family, &g.for_whom)) } }
                            { ")" }
                            if !g.success.trim().is_empty() || g.by.is_some() {
                                <p class="prose">{ format!("{} {} · {} {}", t(T::FieldSuccess), g.success.trim(), t(T::FieldGoalBy), date_or_dash(lang, g.by)) }</p>
                            }
                        </li>
                    }) }
                </ul>
            </section>
            <section>{ heading(lang, PlanPart::Strengths) }{ text_or_empty(lang, &plan.strengths) }</section>
            { for [(PlanPart::Interventions, &plan.interventions), (PlanPart::Treatments, &plan.treatments)].into_iter().map(|(part, items)| html! {
                <section>
                    { heading(lang, part) }
                    if items.is_empty() { { empty(lang) } }
                    <ul>
                        { for items.iter().map(|i| html! {
                            <li>
                                <strong>{ &i.name }</strong>
                                if !i.provider.is_empty() { { format!(", {}", i.provider) } }
                                if !i.for_whom.is_empty() { { format!(" ({})", names(lang, family, &i.for_whom)) } }
                                { format!(" · {} – {} · {}", date_or_dash(lang, i.start), date_or_dash(lang, i.end), t(texts::recognition(i.recognition))) }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
            if plan.neglect || !plan.witnessed_violence.is_empty() {
                <section>
                    { heading(lang, PlanPart::Harm) }
                    if plan.neglect { <p>{ t(T::FieldNeglect) }</p> }
                    if !plan.witnessed_violence.is_empty() {
                        <p>{ format!("{}: {}", t(T::WitnessedViolence), names(lang, family, &plan.witnessed_violence)) }</p>
                    }
                </section>
            }
            <section>
                { heading(lang, PlanPart::Monitoring) }
                { text_or_empty(lang, &plan.monitoring) }
            </section>
        </>
    }
}
