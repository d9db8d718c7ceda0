//! Every part of the plan after the people: each a section of fields that edit the plan.

use chrono::NaiveDate;
use yew::prelude::*;

use super::{concerns, section_id, Ctx};
use crate::domain::plan::toggle;
use crate::domain::{
    Agreement, Development, Explanation, GoalArea, GoalStatus, HelpGoal, Id, Intervention,
    NetworkRole, PersonKind, PlanPart, Recognition, SafetyPlan, Situation,
};
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::professional::components::people_picker::PeoplePicker;
use crate::ui::professional::components::plan_section::PlanSection;

/// The sections this module draws, in the order of the plan.
pub const SECTIONS: [PlanPart; 18] = [
    PlanPart::Dangers,
    PlanPart::SafetyGoals,
    PlanPart::SafePeople,
    PlanPart::Watchers,
    PlanPart::StandIns,
    PlanPart::Agreements,
    PlanPart::Explanations,
    PlanPart::Development,
    PlanPart::Period,
    PlanPart::Factors,
    PlanPart::ChildProblems,
    PlanPart::Goals,
    PlanPart::Strengths,
    PlanPart::Interventions,
    PlanPart::Treatments,
    PlanPart::Harm,
    PlanPart::Coordinator,
    PlanPart::Monitoring,
];

fn help(part: PlanPart) -> Option<T> {
    match part {
        PlanPart::Dangers => Some(T::SectionDangersHelp),
        PlanPart::SafetyGoals => Some(T::SectionSafetyGoalsHelp),
        PlanPart::Factors => Some(T::SectionFactorsHelp),
        PlanPart::ChildProblems => Some(T::SectionChildProblemsHelp),
        PlanPart::Harm => Some(T::SectionHarmHelp),
        PlanPart::SafePeople => Some(T::SectionSafePeopleHelp),
        PlanPart::Watchers => Some(T::SectionWatchersHelp),
        PlanPart::StandIns => Some(T::SectionStandInsHelp),
        PlanPart::Agreements => Some(T::SectionAgreementsHelp),
        PlanPart::Explanations => Some(T::SectionExplanationsHelp),
        PlanPart::Development => Some(T::SectionDevelopmentHelp),
        PlanPart::Coordinator => Some(T::SectionCoordinatorHelp),
        _ => None,
    }
}

/// One section of the plan.
pub fn section(ctx: &Ctx, part: PlanPart, open: bool, on_toggle: Callback<()>) -> Html {
    let body = if open {
        match part {
            PlanPart::Dangers => concerns::dangers(ctx),
            PlanPart::SafetyGoals => concerns::safety_goals(ctx),
            PlanPart::Factors => concerns::factors(ctx),
            PlanPart::ChildProblems => concerns::child_problems(ctx),
            PlanPart::Harm => concerns::harm(ctx),
            PlanPart::SafePeople => safe_people(ctx),
            PlanPart::Watchers => roles(ctx, part, |p| &p.watchers, |p| &mut p.watchers),
            PlanPart::StandIns => roles(ctx, part, |p| &p.stand_ins, |p| &mut p.stand_ins),
            PlanPart::Agreements => agreements(ctx),
            PlanPart::Explanations => explanations(ctx),
            PlanPart::Development => development(ctx),
            PlanPart::Period => period(ctx),
            PlanPart::Goals => goals(ctx),
            PlanPart::Strengths => html! {
                <TextField id="plan-strengths" label={ctx.t(T::FieldStrengths)} multiline=true
                    value={ctx.plan.strengths.clone()} oninput={ctx.text(|p, v| p.strengths = v)} />
            },
            PlanPart::Interventions => interventions(ctx, part),
            PlanPart::Treatments => interventions(ctx, part),
            PlanPart::Coordinator => coordinator(ctx),
            PlanPart::Monitoring => monitoring(ctx),
            PlanPart::People => Html::default(),
        }
    } else {
        // Closed sections are not drawn: a long plan stays fast on a slow phone.
        Html::default()
    };
    html! {
        <PlanSection id={section_id(part)} title={ctx.t(texts::part(part))}
            help={help(part).map(|h| AttrValue::from(ctx.t(h)))} {open} {on_toggle}>
            { body }
        </PlanSection>
    }
}

fn date_value(date: Option<NaiveDate>) -> AttrValue {
    date.map(|d| AttrValue::from(d.to_string()))
        .unwrap_or_default()
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    value.parse().ok()
}

pub(super) fn need_children(ctx: &Ctx) -> Option<Html> {
    ctx.children()
        .is_empty()
        .then(|| html! { <p class="empty">{ ctx.t(T::NoChildrenYet) }</p> })
}

fn need_people(ctx: &Ctx) -> Option<Html> {
    ctx.adults()
        .is_empty()
        .then(|| html! { <p class="empty">{ ctx.t(T::NoPeopleYet) }</p> })
}

fn safe_people(ctx: &Ctx) -> Html {
    if let Some(message) = need_children(ctx).or_else(|| need_people(ctx)) {
        return message;
    }
    html! {
        { for ctx.children().into_iter().map(|(child, name)| html! {
            <PeoplePicker id={format!("safe-{child}")}
                legend={texts::safe_people_of(ctx.lang, &name)}
                people={ctx.adults()} selected={ctx.plan.safe_people_of(child).to_vec()}
                on_toggle={ctx.toggle(move |p, person| p.toggle_safe_person(child, person))} />
        }) }
    }
}

fn roles(
    ctx: &Ctx,
    part: PlanPart,
    get: fn(&SafetyPlan) -> &Vec<NetworkRole>,
    get_mut: fn(&mut SafetyPlan) -> &mut Vec<NetworkRole>,
) -> Html {
    if let Some(message) = need_people(ctx) {
        return message;
    }
    let chosen: Vec<Id> = get(&ctx.plan).iter().map(|r| r.person).collect();
    let on_toggle = ctx.toggle(move |p, person| {
        let list = get_mut(p);
        match list.iter().position(|r| r.person == person) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(NetworkRole {
                person,
                task: String::new(),
            }),
        }
    });
    html! {
        <>
            <PeoplePicker id={format!("{}-pick", section_id(part))}
                legend={ctx.t(T::ChooseSomeone)} people={ctx.adults()} selected={chosen} {on_toggle} />
            { for get(&ctx.plan).iter().map(|role| {
                let person = role.person;
                html! {
                    <TextField id={format!("{}-task-{person}", section_id(part))}
                        label={texts::task_of(ctx.lang, ctx.family.name_of(person))} multiline=true
                        value={role.task.clone()}
                        oninput={ctx.text(move |p, v| {
                            if let Some(r) = get_mut(p).iter_mut().find(|r| r.person == person) {
                                r.task = v;
                            }
                        })} />
                }
            }) }
        </>
    }
}

/// The options of a select: each value's stable form name and its label.
pub(super) fn choices<E: Copy>(
    ctx: &Ctx,
    all: &[E],
    value: fn(E) -> &'static str,
    label: fn(E) -> T,
) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|e| {
            (
                AttrValue::from(value(*e)),
                AttrValue::from(ctx.t(label(*e))),
            )
        })
        .collect()
}

fn situation_value(s: Situation) -> &'static str {
    match s {
        Situation::DailyLife => "daily",
        Situation::BirthdaysAndParties => "birthdays",
        Situation::AlcoholAndDrugs => "alcohol",
        Situation::VisitorsAndBabysitting => "visitors",
        Situation::Own => "own",
    }
}

fn agreements(ctx: &Ctx) -> Html {
    let options = choices(ctx, &Situation::ALL, situation_value, texts::situation);
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let id = env::new_id();
            ctx.edit(move |p| {
                p.agreements.push(Agreement {
                    id,
                    situation: Situation::DailyLife,
                    own_situation: String::new(),
                    what: String::new(),
                    who: Vec::new(),
                    only_for: None,
                })
            });
        })
    };
    html! {
        <>
            <ol class="items">
                { for ctx.plan.agreements.iter().map(|a| {
                    let id = a.id;
                    let with = move |p: &mut SafetyPlan, f: &dyn Fn(&mut Agreement)| {
                        if let Some(a) = p.agreements.iter_mut().find(|a| a.id == id) {
                            f(a);
                        }
                    };
                    html! {
                        <li class="item" key={id.to_string()}>
                            <SelectField id={format!("agreement-situation-{id}")} label={ctx.t(T::FieldSituation)}
                                options={options.clone()} value={situation_value(a.situation)}
                                onchange={ctx.text(move |p, v| with(p, &|a| {
                                    a.situation = Situation::ALL.into_iter()
                                        .find(|s| situation_value(*s) == v).unwrap_or(Situation::Own);
                                }))} />
                            if a.situation == Situation::Own {
                                <TextField id={format!("agreement-own-{id}")} label={ctx.t(T::FieldOwnSituation)}
                                    value={a.own_situation.clone()}
                                    oninput={ctx.text(move |p, v| with(p, &|a| a.own_situation = v.clone()))} />
                            }
                            <TextField id={format!("agreement-what-{id}")} label={ctx.t(T::FieldAgreementWhat)}
                                hint={Some(AttrValue::from(ctx.t(T::FieldAgreementWhatHint)))} multiline=true
                                value={a.what.clone()}
                                oninput={ctx.text(move |p, v| with(p, &|a| a.what = v.clone()))} />
                            <PeoplePicker id={format!("agreement-who-{id}")} legend={ctx.t(T::FieldWho)}
                                people={ctx.everyone()} selected={a.who.clone()}
                                on_toggle={ctx.toggle(move |p, person| with(p, &|a| toggle(&mut a.who, person)))} />
                            <button type="button" class="button danger-outline"
                                onclick={{ let ctx = ctx.clone(); Callback::from(move |_| ctx.edit(move |p| p.agreements.retain(|a| a.id != id))) }}>
                                { ctx.t(T::RemoveAgreement) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button primary wide" onclick={add}>{ ctx.t(T::AddAgreement) }</button>
        </>
    }
}

fn explanations(ctx: &Ctx) -> Html {
    if let Some(message) = need_children(ctx) {
        return message;
    }
    let mut by_options = vec![(
        AttrValue::from(""),
        AttrValue::from(ctx.t(T::ChooseSomeone)),
    )];
    by_options.extend(
        ctx.adults()
            .into_iter()
            .map(|(id, name)| (AttrValue::from(id.to_string()), name)),
    );
    html! {
        { for ctx.children().into_iter().map(|(child, name)| {
            let current = ctx.plan.explanations.iter().find(|e| e.child == child).cloned();
            let with = move |p: &mut SafetyPlan, f: &dyn Fn(&mut Explanation)| {
                if !p.explanations.iter().any(|e| e.child == child) {
                    p.explanations.push(Explanation { child, at_age: None, by: None, how: String::new() });
                }
                if let Some(e) = p.explanations.iter_mut().find(|e| e.child == child) {
                    f(e);
                }
            };
            html! {
                <fieldset class="item">
                    <legend>{ name.clone() }</legend>
                    <TextField id={format!("explain-age-{child}")} label={ctx.t(T::FieldAtAge)}
                        inputmode={Some(AttrValue::from("numeric"))}
                        value={current.as_ref().and_then(|e| e.at_age).map(|a| a.to_string()).unwrap_or_default()}
                        oninput={ctx.text(move |p, v| with(p, &|e| e.at_age = v.trim().parse().ok()))} />
                    <SelectField id={format!("explain-by-{child}")} label={ctx.t(T::FieldExplainedBy)}
                        options={by_options.clone()}
                        value={current.as_ref().and_then(|e| e.by).map(|id| id.to_string()).unwrap_or_default()}
                        onchange={ctx.text(move |p, v| with(p, &|e| e.by = v.parse::<Id>().ok()))} />
                    <TextField id={format!("explain-how-{child}")} label={ctx.t(T::FieldExplainedHow)} multiline=true
                        value={current.map(|e| e.how).unwrap_or_default()}
                        oninput={ctx.text(move |p, v| with(p, &|e| e.how = v.clone()))} />
                </fieldset>
            }
        }) }
    }
}

fn development(ctx: &Ctx) -> Html {
    if let Some(message) = need_children(ctx) {
        return message;
    }
    html! {
        { for ctx.children().into_iter().map(|(child, name)| {
            let current = ctx.plan.development.iter().find(|d| d.child == child).cloned();
            let with = move |p: &mut SafetyPlan, f: &dyn Fn(&mut Development)| {
                if !p.development.iter().any(|d| d.child == child) {
                    p.development.push(Development {
                        child, description: String::new(), adaptation: String::new(), review_on: None,
                    });
                }
                if let Some(d) = p.development.iter_mut().find(|d| d.child == child) {
                    f(d);
                }
            };
            html! {
                <fieldset class="item">
                    <legend>{ name.clone() }</legend>
                    <TextField id={format!("dev-description-{child}")} label={ctx.t(T::FieldDevelopment)} multiline=true
                        value={current.as_ref().map(|d| d.description.clone()).unwrap_or_default()}
                        oninput={ctx.text(move |p, v| with(p, &|d| d.description = v.clone()))} />
                    <TextField id={format!("dev-adaptation-{child}")} label={ctx.t(T::FieldAdaptation)} multiline=true
                        value={current.as_ref().map(|d| d.adaptation.clone()).unwrap_or_default()}
                        oninput={ctx.text(move |p, v| with(p, &|d| d.adaptation = v.clone()))} />
                    <TextField id={format!("dev-review-{child}")} label={ctx.t(T::FieldReviewOn)} input_type="date"
                        value={date_value(current.and_then(|d| d.review_on))}
                        oninput={ctx.text(move |p, v| with(p, &|d| d.review_on = parse_date(&v)))} />
                </fieldset>
            }
        }) }
    }
}

fn period(ctx: &Ctx) -> Html {
    let period = &ctx.plan.period;
    html! {
        <>
            <TextField id="plan-start" label={ctx.t(T::FieldStart)} input_type="date"
                value={date_value(period.start)}
                oninput={ctx.text(|p, v| p.period.start = parse_date(&v))} />
            <TextField id="plan-end" label={ctx.t(T::FieldEnd)} input_type="date"
                value={date_value(period.end)}
                oninput={ctx.text(|p, v| p.period.end = parse_date(&v))} />
            <TextField id="plan-evaluation" label={ctx.t(T::FieldNextEvaluation)} input_type="date"
                value={date_value(period.next_evaluation)}
                oninput={ctx.text(|p, v| p.period.next_evaluation = parse_date(&v))} />
        </>
    }
}

fn area_value(a: GoalArea) -> &'static str {
    match a {
        GoalArea::Safety => "safety",
        GoalArea::ParentingSkills => "parenting",
        GoalArea::BasicNeeds => "basic-needs",
        GoalArea::OwnProblems => "own-problems",
        GoalArea::ChildRecovery => "recovery",
        GoalArea::Other => "other",
    }
}

fn status_value(s: GoalStatus) -> &'static str {
    match s {
        GoalStatus::NotStarted => "not-started",
        GoalStatus::InProgress => "in-progress",
        GoalStatus::Achieved => "achieved",
        GoalStatus::Stopped => "stopped",
    }
}

fn goals(ctx: &Ctx) -> Html {
    let areas = choices(ctx, &GoalArea::ALL, area_value, texts::area);
    let statuses = choices(ctx, &GoalStatus::ALL, status_value, texts::goal_status);
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let id = env::new_id();
            ctx.edit(move |p| {
                p.goals.push(HelpGoal {
                    id,
                    goal: String::new(),
                    area: GoalArea::Safety,
                    for_whom: Vec::new(),
                    status: GoalStatus::NotStarted,
                    only_for: None,
                    success: String::new(),
                    by: None,
                })
            });
        })
    };
    html! {
        <>
            <ol class="items">
                { for ctx.plan.goals.iter().map(|g| {
                    let id = g.id;
                    let with = move |p: &mut SafetyPlan, f: &dyn Fn(&mut HelpGoal)| {
                        if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                            f(g);
                        }
                    };
                    html! {
                        <li class="item" key={id.to_string()}>
                            <TextField id={format!("goal-{id}")} label={ctx.t(T::FieldGoal)} multiline=true
                                value={g.goal.clone()} oninput={ctx.text(move |p, v| with(p, &|g| g.goal = v.clone()))} />
                            <SelectField id={format!("goal-area-{id}")} label={ctx.t(T::FieldGoalArea)}
                                options={areas.clone()} value={area_value(g.area)}
                                onchange={ctx.text(move |p, v| with(p, &|g| {
                                    g.area = GoalArea::ALL.into_iter().find(|a| area_value(*a) == v).unwrap_or(GoalArea::Other);
                                }))} />
                            <TextField id={format!("goal-success-{id}")} label={ctx.t(T::FieldSuccess)} multiline=true
                                value={g.success.clone()} oninput={ctx.text(move |p, v| with(p, &|g| g.success = v.clone()))} />
                            <TextField id={format!("goal-by-{id}")} label={ctx.t(T::FieldGoalBy)} input_type="date"
                                value={date_value(g.by)} oninput={ctx.text(move |p, v| with(p, &|g| g.by = parse_date(&v)))} />
                            <PeoplePicker id={format!("goal-for-{id}")} legend={ctx.t(T::FieldForWhom)}
                                people={ctx.everyone()} selected={g.for_whom.clone()}
                                on_toggle={ctx.toggle(move |p, person| with(p, &|g| toggle(&mut g.for_whom, person)))} />
                            <SelectField id={format!("goal-status-{id}")} label={ctx.t(T::FieldGoalStatus)}
                                options={statuses.clone()} value={status_value(g.status)}
                                onchange={ctx.text(move |p, v| with(p, &|g| {
                                    g.status = GoalStatus::ALL.into_iter().find(|s| status_value(*s) == v).unwrap_or(GoalStatus::NotStarted);
                                }))} />
                            <button type="button" class="button danger-outline"
                                onclick={{ let ctx = ctx.clone(); Callback::from(move |_| ctx.edit(move |p| p.goals.retain(|g| g.id != id))) }}>
                                { ctx.t(T::RemoveGoal) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button primary wide" onclick={add}>{ ctx.t(T::AddGoal) }</button>
        </>
    }
}

fn interventions(ctx: &Ctx, part: PlanPart) -> Html {
    let list: fn(&mut SafetyPlan) -> &mut Vec<Intervention> = match part {
        PlanPart::Treatments => |p| &mut p.treatments,
        _ => |p| &mut p.interventions,
    };
    let items = match part {
        PlanPart::Treatments => &ctx.plan.treatments,
        _ => &ctx.plan.interventions,
    };
    let prefix = section_id(part);
    let recognition_options = choices(
        ctx,
        &Recognition::CHOICES,
        recognition_value,
        texts::recognition,
    );
    let add_label = match part {
        PlanPart::Treatments => T::AddTreatment,
        _ => T::AddIntervention,
    };
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let id = env::new_id();
            ctx.edit(move |p| {
                list(p).push(Intervention {
                    id,
                    name: String::new(),
                    provider: String::new(),
                    for_whom: Vec::new(),
                    start: None,
                    end: None,
                    recognition: None,
                })
            });
        })
    };
    html! {
        <>
            <ol class="items">
                { for items.iter().map(|item| {
                    let id = item.id;
                    let with = move |p: &mut SafetyPlan, f: &dyn Fn(&mut Intervention)| {
                        if let Some(i) = list(p).iter_mut().find(|i| i.id == id) {
                            f(i);
                        }
                    };
                    html! {
                        <li class="item" key={id.to_string()}>
                            <TextField id={format!("{prefix}-name-{id}")} label={ctx.t(T::FieldInterventionName)}
                                value={item.name.clone()} oninput={ctx.text(move |p, v| with(p, &|i| i.name = v.clone()))} />
                            <TextField id={format!("{prefix}-provider-{id}")} label={ctx.t(T::FieldProvider)}
                                value={item.provider.clone()} oninput={ctx.text(move |p, v| with(p, &|i| i.provider = v.clone()))} />
                            <PeoplePicker id={format!("{prefix}-for-{id}")} legend={ctx.t(T::FieldForWhom)}
                                people={ctx.everyone()} selected={item.for_whom.clone()}
                                on_toggle={ctx.toggle(move |p, person| with(p, &|i| toggle(&mut i.for_whom, person)))} />
                            <SelectField id={format!("{prefix}-recognition-{id}")} label={ctx.t(T::FieldRecognition)}
                                options={recognition_options.clone()} value={recognition_value(item.recognition)}
                                onchange={ctx.text(move |p, v| with(p, &|i| i.recognition = Recognition::CHOICES.into_iter()
                                    .find(|r| recognition_value(*r) == v).flatten()))} />
                            <TextField id={format!("{prefix}-start-{id}")} label={ctx.t(T::FieldStartDate)} input_type="date"
                                value={date_value(item.start)} oninput={ctx.text(move |p, v| with(p, &|i| i.start = parse_date(&v)))} />
                            <TextField id={format!("{prefix}-end-{id}")} label={ctx.t(T::FieldEndDate)} input_type="date"
                                value={date_value(item.end)} oninput={ctx.text(move |p, v| with(p, &|i| i.end = parse_date(&v)))} />
                            <button type="button" class="button danger-outline"
                                onclick={{ let ctx = ctx.clone(); Callback::from(move |_| ctx.edit(move |p| list(p).retain(|i| i.id != id))) }}>
                                { ctx.t(T::RemoveItem) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button primary wide" onclick={add}>{ ctx.t(add_label) }</button>
        </>
    }
}

fn recognition_value(recognition: Option<Recognition>) -> &'static str {
    match recognition {
        None => "unknown",
        Some(Recognition::Effective) => "effective",
        Some(Recognition::WellFounded) => "well-founded",
        Some(Recognition::NotRecognised) => "not-recognised",
    }
}

/// Who coordinates: a person of the family's list, and their organisation. A contact typed
/// in an older plan is shown, with a button that makes it a person.
fn coordinator(ctx: &Ctx) -> Html {
    let c = &ctx.plan.coordinator;
    // A professional or someone of the network: not a child, not a parent.
    let can_coordinate = |id: Id| {
        ctx.family
            .person(id)
            .is_some_and(|p| matches!(p.kind, PersonKind::Network | PersonKind::Professional))
    };
    let mut options = vec![(
        AttrValue::from(""),
        AttrValue::from(ctx.t(T::ChooseSomeone)),
    )];
    options.extend(
        ctx.adults()
            .into_iter()
            .filter(|(id, _)| can_coordinate(*id))
            .map(|(id, name)| (AttrValue::from(id.to_string()), name)),
    );
    let chosen = ctx.plan.coordinator_person.filter(|id| can_coordinate(*id));
    let old = (chosen.is_none() && !c.name.trim().is_empty()).then(|| c.clone());
    let adopt = old.clone().map(|old| {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let mut person = crate::domain::Person {
                id: env::new_id(),
                kind: crate::domain::PersonKind::Professional,
                name: old.name.trim().to_string(),
                relation: String::new(),
                phone: crate::domain::PhoneNumber::parse(old.phone.trim()).ok(),
                email: Some(old.email.trim().to_string())
                    .filter(|e| crate::domain::plan::plausible_email(e)),
                birth_date: None,
                developmental_age: None,
                meta: crate::domain::RecordMeta::new(ctx.session.author(), env::now()),
            };
            person.relation = ctx.t(T::CoordinatorRelation).to_string();
            let (id, carried_phone, carried_email) =
                (person.id, person.phone.is_some(), person.email.is_some());
            ctx.upsert_person(person);
            // The typed contact is a person now: what was carried over is not shown again
            // should they leave; a number or address that could not be carried over stays.
            let (phone_taken, email_taken) = (carried_phone, carried_email);
            ctx.edit(move |p| {
                p.coordinator_person = Some(id);
                p.coordinator.name.clear();
                if phone_taken {
                    p.coordinator.phone.clear();
                }
                if email_taken {
                    p.coordinator.email.clear();
                }
            });
        })
    });
    html! {
        <>
            <SelectField id="coordinator-person" label={ctx.t(T::FieldCoordinatorPerson)}
                options={options} value={chosen.map(|id| id.to_string()).unwrap_or_default()}
                onchange={ctx.text(|p, v| p.coordinator_person = v.parse::<Id>().ok())} />
            <p class="hint">{ ctx.t(T::CoordinatorPersonHint) }</p>
            if let (Some(old), Some(adopt)) = (old, adopt) {
                <div class="notice-soft">
                    <p>{ ctx.t(T::CoordinatorOld) }{ " " }<strong>{ old.name.clone() }</strong>
                        { [old.phone.trim(), old.email.trim()].iter().filter(|s| !s.is_empty()).map(|s| format!(", {s}")).collect::<String>() }</p>
                    <button type="button" class="button" onclick={adopt}>{ ctx.t(T::CoordinatorAddOld) }</button>
                </div>
            }
            <TextField id="coordinator-organisation" label={ctx.t(T::FieldOrganisation)}
                value={c.organisation.clone()} oninput={ctx.text(|p, v| p.coordinator.organisation = v)} />
        </>
    }
}

fn monitoring(ctx: &Ctx) -> Html {
    html! {
        <TextField id="plan-monitoring" label={ctx.t(T::FieldMonitoring)} multiline=true
            value={ctx.plan.monitoring.clone()} oninput={ctx.text(|p, v| p.monitoring = v)} />
    }
}
