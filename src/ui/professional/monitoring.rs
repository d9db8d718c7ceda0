//! A family's visits and evaluations: what needs attention, the way into a new visit or
//! evaluation, the trend of the safety scores, every visit and evaluation, and what was
//! deleted in this session (with undo).

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::evaluation::Evaluation;
use crate::domain::monitoring::{closed, reminders, safety_alerts};
use crate::domain::visit::{revision_marks, trend, Scorer, Visit};
use crate::domain::{Case, Family, Id};
use crate::i18n::plan::{date, next_evaluation};
use crate::i18n::professional::{self as texts, Removal};
use crate::i18n::{Language, L, T};
use crate::service::Monitoring;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;
use crate::ui::professional::components::family_tabs::{family_tabs, FamilyTab};
use crate::ui::professional::components::kept_copies::KeptCopies;
use crate::ui::professional::components::trend_chart::{trend_chart, TrendLine, TrendPart};

/// What the family's monitoring screen announces after an action elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum News {
    VisitRecorded(NaiveDate),
    EvaluationRecorded(NaiveDate),
    Removed(Removal, NaiveDate),
}

impl News {
    /// The announcement in `lang`.
    pub fn text(self, lang: Language) -> String {
        match self {
            News::VisitRecorded(on) => texts::visit_recorded(lang, on),
            News::EvaluationRecorded(on) => texts::evaluation_recorded(lang, on),
            News::Removed(what, on) => texts::removed(lang, what, on),
        }
    }
}

/// The name of whoever gave a score: the professional, or a person of the family as the
/// latest visit that names them knew them.
pub fn scorer_name(lang: Language, by: Scorer, family: &Family, visits: &[Visit]) -> String {
    match by {
        Scorer::Professional => T::ScorerProfessional.get(lang).to_string(),
        Scorer::Person(id) => visits
            .iter()
            .rev()
            .find_map(|v| v.person(family, id))
            .or_else(|| family.person(id))
            .map_or_else(|| "?".to_string(), |p| p.name.clone()),
    }
}

/// Props of [`MonitoringPage`].
#[derive(Properties, PartialEq)]
pub struct MonitoringPageProps {
    pub session: Session,
    pub family: Id,
    #[prop_or_default]
    pub news: Option<News>,
    pub on_back: Callback<()>,
    /// Go to the plan.
    pub on_plan: Callback<()>,
    /// Open a visit (a working copy or a recorded one).
    pub on_open_visit: Callback<Id>,
    /// Open the evaluation being written, or a new one.
    pub on_evaluate: Callback<()>,
}

type Loaded = Result<Option<(Case, Monitoring)>, StorageError>;

async fn load(session: &Session, family: Id) -> Loaded {
    session.case_with_monitoring(family).await
}

/// The family's monitoring screen.
#[function_component]
pub fn MonitoringPage(props: &MonitoringPageProps) -> Html {
    let lang = use_lang();
    let generation = use_state(|| 0u32);
    let restored = use_state(|| None::<NaiveDate>);
    let failure = use_state(|| None::<StorageError>);
    let starting = use_state(|| false);
    let loaded = {
        let session = props.session.clone();
        use_load((props.family, *generation), move |(family, _)| async move {
            load(&session, family).await
        })
    };
    let back = html! {
        <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
            { lang.t(T::BackToFamilies) }
        </button>
    };
    let (case, monitoring) = match &*loaded {
        None => return html! { <p class="loading">{ lang.t(L::Loading) }</p> },
        Some(Err(e)) => return html! { <>{ back }<Notice message={lang.t(storage_text(e))} /></> },
        Some(Ok(None)) => {
            return html! { <>{ back }<Notice message={lang.t(T::FamilyNotFound)} /></> }
        }
        Some(Ok(Some(found))) => found,
    };
    let today = env::today();
    let family = &case.family;
    let visits = &monitoring.visits;

    let start_visit = {
        let (session, family, on_open, failure, starting, generation) = (
            props.session.clone(),
            props.family,
            props.on_open_visit.clone(),
            failure.clone(),
            starting.clone(),
            generation.clone(),
        );
        Callback::from(move |_| {
            if *starting {
                return;
            }
            starting.set(true);
            let (session, on_open, failure, starting, generation) = (
                session.clone(),
                on_open.clone(),
                failure.clone(),
                starting.clone(),
                generation.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let started = session.start_visit(family).await;
                starting.set(false);
                match started {
                    Ok(Some(id)) => on_open.emit(id),
                    // The family is gone (erased in another tab): read again, which says so.
                    Ok(None) => generation.set(*generation + 1),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let undo = |trashed_id: Id, on: NaiveDate| {
        let (session, generation, restored, failure) = (
            props.session.clone(),
            generation.clone(),
            restored.clone(),
            failure.clone(),
        );
        Callback::from(move |_| {
            let (session, generation, restored, failure) = (
                session.clone(),
                generation.clone(),
                restored.clone(),
                failure.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match session.restore(trashed_id).await {
                    Ok(()) => {
                        restored.set(Some(on));
                        failure.set(None);
                        generation.set(*generation + 1);
                    }
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };

    let mut found = reminders(
        &case.plan,
        visits,
        &monitoring.evaluations,
        today,
        env::visit_weeks(),
    );
    found.extend(safety_alerts(&case.plan, family, visits, today));
    // The adults' judgement and the children's own felt safety, apart (issue 18).
    let is_child = |by: Scorer| match by {
        Scorer::Professional => false,
        Scorer::Person(id) => family
            .person(id)
            .or_else(|| visits.iter().flat_map(|v| &v.people).find(|p| p.id == id))
            .is_some_and(|p| p.kind == crate::domain::PersonKind::Child),
    };
    let mut adult_lines: Vec<TrendLine> = Vec::new();
    let mut children_lines: Vec<TrendLine> = Vec::new();
    for series in trend(visits) {
        let line = TrendLine {
            label: scorer_name(lang.lang, series.by, family, visits).into(),
            points: series.points,
        };
        if is_child(series.by) {
            children_lines.push(line);
        } else {
            adult_lines.push(line);
        }
    }
    // The visits with a score, in time order: the rows of the chart's table.
    let scored_at: Vec<chrono::NaiveDateTime> = visits
        .iter()
        .filter(|v| !v.scores.is_empty())
        .map(|v| v.at)
        .collect();
    let announcement = match (*restored, props.news) {
        (Some(on), _) => texts::restored(lang.lang, on),
        (None, Some(news)) => news.text(lang.lang),
        (None, None) => String::new(),
    };
    let trashed = props.session.trashed(props.family);
    let new_visit = monitoring.new_visit();
    html! {
        <>
            { back }
            <h1 id="page-title" tabindex="-1">{ &family.name }</h1>
            { family_tabs(lang.lang, FamilyTab::Visits, props.on_plan.clone()) }
            <p class="case-detail">{ crate::i18n::professional::coordinator_line(lang.lang, &case.plan.coordinator_contact(family)) }</p>
            <p class="status" role="status">{ announcement }</p>
            <KeptCopies session={props.session.clone()} family={props.family} store="monitoring_drafts"
                notice={T::KeptVisitNotice}
                on_used={{ let generation = generation.clone(); Callback::from(move |_| generation.set(*generation + 1)) }} />
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            if monitoring.unreadable > 0 {
                <p class="notice">{ lang.t(T::MonitoringUnreadable) }</p>
            }
            if !trashed.is_empty() {
                <ul class="plain trashed">
                    { for trashed.iter().map(|t| html! {
                        <li key={t.id.to_string()}>
                            <p>{ texts::removed(lang.lang, t.what, t.on) }</p>
                            <button type="button" class="button"
                                aria-label={texts::undo(lang.lang, t.what, t.on)}
                                onclick={undo(t.id, t.on)}>
                                { lang.t(T::Undo) }
                            </button>
                        </li>
                    }) }
                </ul>
            }
            <section aria-labelledby="reminders-title">
                <h2 id="reminders-title">{ lang.t(T::RemindersTitle) }</h2>
                if let Some(on) = closed(visits, &monitoring.evaluations) {
                    <p><span class="badge badge-agreed">{ lang.t(T::CaseClosed) }</span>{ format!(" {}", date(lang.lang, on)) }</p>
                } else if found.is_empty() {
                    <p>{ lang.t(T::NoReminders) }</p>
                } else {
                    <ul class="reminders">
                        { for found.iter().map(|r| html! { <li>{ texts::reminder(lang.lang, r) }</li> }) }
                    </ul>
                }
            </section>
            <div class="form-actions">
                <button type="button" class="button primary wide" onclick={start_visit} disabled={*starting}>
                    { lang.t(if new_visit.is_some() { T::ContinueVisit } else { T::StartVisit }) }
                </button>
                <button type="button" class="button wide" onclick={props.on_evaluate.reform(|_| ())}>
                    { lang.t(if monitoring.evaluation_draft().is_some() { T::ContinueEvaluation } else { T::StartEvaluation }) }
                </button>
            </div>
            <section aria-labelledby="trend-title">
                <h2 id="trend-title">{ lang.t(T::TrendTitle) }</h2>
                <h3>{ lang.t(T::TrendAdults) }</h3>
                <p class="hint">{ lang.t(T::TrendAdultsHint) }</p>
                { trend_chart(lang.lang, TrendPart::Adults, &adult_lines, &scored_at, &revision_marks(&case.revisions)) }
                <h3>{ lang.t(T::TrendChildren) }</h3>
                <p class="hint">{ lang.t(T::TrendChildrenHint) }</p>
                { trend_chart(lang.lang, TrendPart::Children, &children_lines, &scored_at, &revision_marks(&case.revisions)) }
            </section>
            <section aria-labelledby="visits-title">
                <h2 id="visits-title">{ lang.t(T::VisitsTitle) }</h2>
                if visits.is_empty() && monitoring.visit_drafts.is_empty() {
                    <p class="empty">{ lang.t(T::NoVisits) }</p>
                }
                <ul class="plain visits">
                    { for monitoring.visit_drafts.iter().filter(|v| !v.is_recorded())
                        .map(|v| visit_item(lang.lang, v, true, &props.on_open_visit)) }
                    { for visits.iter().rev()
                        .map(|v| visit_item(lang.lang, v, monitoring.draft_of(v.id).is_some(), &props.on_open_visit)) }
                </ul>
            </section>
            <section aria-labelledby="evaluations-title">
                <h2 id="evaluations-title">{ lang.t(T::EvaluationsTitle) }</h2>
                if monitoring.evaluations.is_empty() {
                    <p class="empty">{ lang.t(T::NoEvaluations) }</p>
                }
                <ul class="plain evaluations">
                    { for monitoring.evaluations.iter().rev().map(|e| evaluation_item(lang.lang, family, e)) }
                </ul>
            </section>
        </>
    }
}

/// A visit in the list: a button with its time, how many scores, its version, and whether
/// it (or a correction of it) is still being written.
fn visit_item(lang: Language, visit: &Visit, being_written: bool, on_open: &Callback<Id>) -> Html {
    let id = visit.id;
    let mut details = vec![texts::scores_count(lang, visit.scores.len())];
    if visit.version > 1 {
        details.push(texts::version(lang, visit.version));
    }
    html! {
        <li key={format!("{id}-{}", visit.version)}>
            <button type="button" class="case" onclick={on_open.reform(move |_| id)}>
                <span class="case-name">{ texts::visit_title(lang, visit.at) }</span>
                <span class="case-detail">{ details.join(" · ") }</span>
                if being_written {
                    <span class="badge badge-draft">{ T::get(if visit.is_recorded() { T::CorrectionInProgress } else { T::NotRecordedYet }, lang) }</span>
                }
            </button>
        </li>
    }
}

fn evaluation_item(lang: Language, family: &Family, evaluation: &Evaluation) -> Html {
    html! {
        <li key={evaluation.id.to_string()} class="evaluation">
            <h3>{ texts::evaluation_line(lang, evaluation.on, evaluation.conclusion) }</h3>
            if !evaluation.took_part.is_empty() {
                <p>{ format!("{}: {}", T::TookPart.get(lang), crate::i18n::plan::list(lang,
                    evaluation.took_part.iter().map(|id| family.name_of(*id)).collect())) }</p>
            }
            if !evaluation.looking_back.trim().is_empty() {
                <p class="prose">{ &evaluation.looking_back }</p>
            }
            if !evaluation.reasons.trim().is_empty() {
                <p class="prose">{ &evaluation.reasons }</p>
            }
            if let Some(next) = evaluation.next_evaluation {
                <p class="hint">{ next_evaluation(lang, next) }</p>
            }
        </li>
    }
}
