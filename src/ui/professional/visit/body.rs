//! A recorded visit, read-only, in the order it was held.

use yew::prelude::*;

use crate::domain::visit::{Scorer, Visit};
use crate::domain::{Family, Id, PersonKind};
use crate::i18n::plan::{goal_status, list};
use crate::i18n::professional::{
    agreement_outcome, how_safe, intervention_state, step_line, step_outcome,
};
use crate::i18n::{Language, T};

/// The names of `ids`, as the visit knew them.
pub fn names(lang: Language, family: &Family, visit: &Visit, ids: &[Id]) -> String {
    list(lang, who(family, visit, ids))
}

fn text(lang: Language, text: &str) -> Html {
    if text.trim().is_empty() {
        html! { <p class="hint">{ T::NothingToShow.get(lang) }</p> }
    } else {
        html! { <p class="prose">{ text }</p> }
    }
}

/// The scores of the people of `kind` (or the professional's, with `None`).
fn scores(lang: Language, family: &Family, visit: &Visit, kind: Option<PersonKind>) -> Html {
    let lines: Vec<(String, crate::domain::SafetyScore)> = visit
        .scores
        .iter()
        .filter_map(|s| match (s.by, kind) {
            (Scorer::Professional, None) => Some((how_safe(lang, None, false), s.score)),
            (Scorer::Person(id), Some(kind)) => visit
                .person(family, id)
                .filter(|p| p.kind == kind)
                .map(|p| {
                    let child = kind == PersonKind::Child;
                    (how_safe(lang, Some(&p.name), child), s.score)
                }),
            _ => None,
        })
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="scores">
            { for lines.into_iter().map(|(question, score)| html! {
                <li>{ question }{ " " }<strong>{ score.value() }</strong></li>
            }) }
        </ul>
    }
}

/// The whole visit.
pub fn visit_body(lang: Language, family: &Family, visit: &Visit) -> Html {
    let t = |key: T| key.get(lang);
    html! {
        <div class="visit-body">
            <section>
                <h2>{ t(T::SectionWhenWho) }</h2>
                <p>{ format!("{}: ", t(T::FieldPresent)) }
                    { if visit.present.is_empty() { t(T::NothingToShow).to_string() } else { names(lang, family, visit, &visit.present) } }
                </p>
            </section>
            <section>
                <h2>{ t(T::SectionParentsSay) }</h2>
                { text(lang, &visit.parents_say) }
                { scores(lang, family, visit, Some(PersonKind::Carer)) }
            </section>
            <section>
                <h2>{ t(T::SectionChildrenSay) }</h2>
                if !visit.children_say.trim().is_empty() || visit.children.is_empty() {
                    { text(lang, &visit.children_say) }
                }
                { for visit.children.iter().map(|c| html! {
                    <div class="child-voice">
                        <h3>{ visit.person(family, c.child).map_or("?", |p| p.name.as_str()) }</h3>
                        { match c.seen_alone {
                            Some(true) => html! { <p>{ t(T::SeenAloneLine) }</p> },
                            Some(false) => html! { <p>{ format!("{}: {}", t(T::NotSeenAloneLine), c.why_not.trim()) }</p> },
                            None => Html::default(),
                        } }
                        if !c.words.trim().is_empty() { <p class="prose">{ &c.words }</p> }
                    </div>
                }) }
                { scores(lang, family, visit, Some(PersonKind::Child)) }
            </section>
            <section>
                <h2>{ t(T::SectionNetworkSay) }</h2>
                { text(lang, &visit.network_say) }
                { scores(lang, family, visit, Some(PersonKind::Network)) }
            </section>
            <section>
                <h2>{ t(T::SectionChecks) }</h2>
                if visit.checks.is_empty() { { text(lang, "") } }
                <ul>
                    { for visit.checks.iter().map(|c| html! {
                        <li>
                            { &c.what }{ " " }<strong>{ t(agreement_outcome(c.outcome)) }</strong>
                            if !c.note.trim().is_empty() { <p class="prose">{ &c.note }</p> }
                        </li>
                    }) }
                </ul>
            </section>
            if !visit.step_checks.is_empty() {
                <section>
                    <h2>{ t(T::SectionOpenSteps) }</h2>
                    <ul>
                        { for visit.step_checks.iter().map(|c| html! {
                            <li>
                                { step_line(lang, &c.what, who(family, visit, &c.who), c.by) }{ " " }
                                <strong>{ t(step_outcome(c.outcome)) }</strong>
                                if !c.note.trim().is_empty() { <p class="prose">{ &c.note }</p> }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section>
                <h2>{ t(T::SectionQuestions) }</h2>
                <h3>{ t(T::FieldWorries) }</h3>
                { text(lang, &visit.worries) }
                <h3>{ t(T::FieldWorkingWell) }</h3>
                { text(lang, &visit.working_well) }
                <h3>{ t(T::NextStepsTitle) }</h3>
                if visit.next_steps.is_empty() { { text(lang, "") } }
                <ul>
                    { for visit.next_steps.iter().map(|s| html! {
                        <li>{ step_line(lang, &s.what, who(family, visit, &s.who), s.by) }</li>
                    }) }
                </ul>
                { scores(lang, family, visit, None) }
            </section>
            <section>
                <h2>{ t(T::SectionProgress) }</h2>
                if visit.goals.is_empty() && visit.interventions.is_empty() { { text(lang, "") } }
                if !visit.goals.is_empty() { <h3>{ t(T::SectionGoals) }</h3> }
                <ul>
                    { for visit.goals.iter().map(|g| html! {
                        <li>
                            { &g.name }{ " " }<strong>{ t(goal_status(g.status)) }</strong>
                            if !g.note.trim().is_empty() { <p class="prose">{ &g.note }</p> }
                        </li>
                    }) }
                </ul>
                if !visit.interventions.is_empty() { <h3>{ t(T::InterventionsAndTreatment) }</h3> }
                <ul>
                    { for visit.interventions.iter().map(|i| html! {
                        <li>
                            { &i.name }{ " " }<strong>{ t(intervention_state(i.state)) }</strong>
                            if !i.effect.trim().is_empty() { <p class="prose">{ &i.effect }</p> }
                        </li>
                    }) }
                </ul>
            </section>
        </div>
    }
}

/// The names of `ids` as the visit knew them, for a step line.
fn who<'a>(family: &'a Family, visit: &'a Visit, ids: &[Id]) -> Vec<&'a str> {
    ids.iter()
        .map(|id| visit.person(family, *id).map_or("?", |p| p.name.as_str()))
        .collect()
}
