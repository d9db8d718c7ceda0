//! Evaluating the help: a look back over the visits since the previous evaluation, then the
//! conclusion. Saved while typing; "adjust the plan" opens a new revision of the plan.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::evaluation::{
    look_back, low_adult_scores, Conclusion, Evaluation, EvaluationProblem,
};
use crate::domain::plan::toggle;
use crate::domain::{Case, Id, RecordMeta};
use crate::i18n::plan::goal_status;
use crate::i18n::professional::{self as texts, Removal};
use crate::i18n::{L, T};
use crate::service::Monitoring;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::editor::{use_editor, Editor, EditorAction};
use crate::ui::kit::load::use_load;
use crate::ui::professional::components::confirm_button::ConfirmButton;
use crate::ui::professional::components::people_picker::PeoplePicker;
use crate::ui::professional::monitoring::{scorer_name, News};

/// Props of [`EvaluationPage`].
#[derive(Properties, PartialEq)]
pub struct EvaluationPageProps {
    pub session: Session,
    pub family: Id,
    pub on_back: Callback<()>,
    /// Recorded (not adjusting the plan), or thrown away.
    pub on_done: Callback<News>,
    /// Recorded with "adjust the plan": open the plan.
    pub on_adjust: Callback<()>,
}

type Loaded = Result<Option<(Case, Monitoring, Evaluation)>, StorageError>;

/// Puts a typed value into the evaluation.
type Field = Rc<dyn Fn(&mut Evaluation, String)>;

/// The case, its monitoring, and the evaluation being written or a new one (made once, so
/// it keeps its id while the screen is open).
async fn load(session: &Session, family: Id) -> Loaded {
    session.evaluation(family).await
}

/// The evaluation screen: loads the case, then the form on the evaluation being written or
/// a new one.
#[function_component]
pub fn EvaluationPage(props: &EvaluationPageProps) -> Html {
    let lang = use_lang();
    let session = props.session.clone();
    let loaded = use_load(props.family, move |family| async move {
        load(&session, family).await
    });
    let back = html! {
        <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
            { lang.t(T::BackToVisits) }
        </button>
    };
    match &*loaded {
        None => html! { <p class="loading">{ lang.t(L::Loading) }</p> },
        Some(Err(e)) => html! { <>{ back }<Notice message={lang.t(storage_text(e))} /></> },
        Some(Ok(None)) => html! { <>{ back }<Notice message={lang.t(T::FamilyNotFound)} /></> },
        Some(Ok(Some((case, monitoring, draft)))) => html! {
            <EvaluationForm key={draft.id.to_string()} session={props.session.clone()}
                case={case.clone()} monitoring={monitoring.clone()} draft={draft.clone()}
                on_back={props.on_back.clone()} on_done={props.on_done.clone()}
                on_adjust={props.on_adjust.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct EvaluationFormProps {
    session: Session,
    case: Case,
    monitoring: Monitoring,
    draft: Evaluation,
    on_back: Callback<()>,
    on_done: Callback<News>,
    on_adjust: Callback<()>,
}

fn date_value(date: Option<NaiveDate>) -> AttrValue {
    date.map(|d| AttrValue::from(d.to_string()))
        .unwrap_or_default()
}

#[function_component]
fn EvaluationForm(props: &EvaluationFormProps) -> Html {
    let lang = use_lang();
    let Editor { state, autosave } = {
        let session = props.session.clone();
        use_editor::<_, EvaluationProblem, _>(props.draft.clone(), move |evaluation: Evaluation| {
            let session = session.clone();
            Box::pin(async move { session.save_evaluation_draft(&evaluation).await })
        })
    };
    let edit = {
        let dispatch = state.dispatcher();
        move |apply: Field| {
            let dispatch = dispatch.clone();
            Callback::from(move |value: String| {
                let apply = apply.clone();
                dispatch.dispatch(EditorAction::Edit(Rc::new(move |e| {
                    apply(e, value.clone())
                })));
            })
        }
    };
    let evaluation = &state.value;
    let family = &props.case.family;
    let visits = &props.monitoring.visits;
    let back = look_back(visits, &props.monitoring.evaluations, evaluation.on);
    let low = low_adult_scores(visits, family, evaluation.on);

    let record = {
        let (session, evaluation, plan, autosave, dispatch, low) = (
            props.session.clone(),
            evaluation.clone(),
            props.case.plan.clone(),
            autosave.clone(),
            state.dispatcher(),
            low.clone(),
        );
        let (on_done, on_adjust, busy) =
            (props.on_done.clone(), props.on_adjust.clone(), state.busy);
        Callback::from(move |_| {
            if busy {
                return;
            }
            let meta = RecordMeta::new(session.author(), env::now());
            match evaluation.record(&plan, meta, env::today(), &low) {
                Err(problems) => {
                    dispatch.dispatch(EditorAction::Refused(problems));
                    env::focus_id("evaluation-problems");
                }
                Ok(recorded) => {
                    dispatch.dispatch(EditorAction::Refused(Vec::new()));
                    dispatch.dispatch(EditorAction::Busy);
                    autosave.hold();
                    let adjusted = recorded.adjusted_plan(&plan, session.author(), env::now());
                    let (session, autosave, dispatch, on_done, on_adjust) = (
                        session.clone(),
                        autosave.clone(),
                        dispatch.clone(),
                        on_done.clone(),
                        on_adjust.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match session
                            .record_evaluation(&recorded, adjusted.as_ref())
                            .await
                        {
                            Ok(()) if adjusted.is_some() => on_adjust.emit(()),
                            Ok(()) => on_done.emit(News::EvaluationRecorded(recorded.on)),
                            Err(e) => {
                                autosave.resume();
                                dispatch.dispatch(EditorAction::Failed(e));
                            }
                        }
                    });
                }
            }
        })
    };
    let discard = {
        let (session, evaluation, autosave, on_done, dispatch) = (
            props.session.clone(),
            evaluation.clone(),
            autosave.clone(),
            props.on_done.clone(),
            state.dispatcher(),
        );
        Callback::from(move |_| {
            dispatch.dispatch(EditorAction::Busy);
            autosave.hold();
            let (session, autosave, on_done, dispatch) = (
                session.clone(),
                autosave.clone(),
                on_done.clone(),
                dispatch.clone(),
            );
            let (family, id, on) = (evaluation.family, evaluation.id, evaluation.on);
            wasm_bindgen_futures::spawn_local(async move {
                match session
                    .discard_draft(family, id, Removal::Evaluation, on)
                    .await
                {
                    Ok(()) => on_done.emit(News::Removed(Removal::Evaluation, on)),
                    Err(e) => {
                        autosave.resume();
                        dispatch.dispatch(EditorAction::Failed(e));
                    }
                }
            });
        })
    };

    let closing = evaluation.conclusion == Some(Conclusion::Close);
    html! {
        <>
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToVisits) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::EvaluationTitle) }</h1>
            <p class="case-status">{ &family.name }</p>
            <p class="case-detail">{ crate::i18n::professional::coordinator_line(lang.lang, &props.case.plan.coordinator_contact(&props.case.family)) }</p>
            <p class="hint">{ lang.t(T::EvaluationIntro) }</p>
            <p class="autosave" role="status">
                { lang.t(if autosave.busy { T::AutosaveBusy } else { T::AutosaveDone }) }
            </p>
            if let Some(error) = &autosave.error {
                <Notice message={lang.t(storage_text(error))} />
            }
            <TextField id="evaluation-on" label={lang.t(T::FieldEvaluationOn)} input_type="date"
                value={evaluation.on.to_string()}
                oninput={edit(Rc::new(|e, v| if let Ok(on) = v.parse() { e.on = on }))} />
            <section class="look-back" aria-labelledby="look-back-title">
                <h2 id="look-back-title">{ lang.t(T::LookBackTitle) }</h2>
                <p>{ texts::looked_back(lang.lang, back.visits.len(), back.since) }</p>
                if back.visits.is_empty() {
                    <p class="hint">{ lang.t(T::LookBackNoVisits) }</p>
                }
                if !back.scores.is_empty() {
                    <h3>{ lang.t(T::LookBackScores) }</h3>
                    <ul>
                        { for back.scores.iter().map(|c| html! {
                            <li>{ texts::score_change(lang.lang, &scorer_name(lang.lang, c.by, family, visits), c) }</li>
                        }) }
                    </ul>
                }
                if !back.agreements.is_empty() {
                    <h3>{ lang.t(T::SectionAgreements) }</h3>
                    <ul>
                        { for back.agreements.iter().map(|a| html! {
                            <li>{ &a.what }<br /><span class="hint">{ texts::tally(lang.lang, a) }</span></li>
                        }) }
                    </ul>
                }
                if !back.goals.is_empty() {
                    <h3>{ lang.t(T::LookBackGoals) }</h3>
                    <ul>
                        { for back.goals.iter().map(|g| html! {
                            <li>{ &g.name }<br /><span class="hint">{ texts::from_to(lang.lang, goal_status(g.first), goal_status(g.last)) }</span></li>
                        }) }
                    </ul>
                }
                if !back.interventions.is_empty() {
                    <h3>{ lang.t(T::LookBackInterventions) }</h3>
                    <ul>
                        { for back.interventions.iter().map(|i| html! {
                            <li>
                                { &i.name }<br />
                                <span class="hint">{ texts::from_to(lang.lang, texts::intervention_state(i.first), texts::intervention_state(i.last)) }</span>
                                if !i.effect.trim().is_empty() {
                                    <br /><span class="hint">{ format!("{}: {}", lang.t(T::LookBackEffect), i.effect.trim()) }</span>
                                }
                            </li>
                        }) }
                    </ul>
                }
                if !back.open_steps.is_empty() {
                    <h3>{ lang.t(T::LookBackOpenSteps) }</h3>
                    <ul>
                        { for back.open_steps.iter().map(|s| html! {
                            <li>{ texts::step_line(lang.lang, &s.what,
                                s.who.iter().map(|id| family.name_of(*id)).collect(), s.by) }</li>
                        }) }
                    </ul>
                }
            </section>
            <PeoplePicker id="evaluation-took-part" legend={lang.t(T::FieldTookPart)}
                people={family.people.iter().map(|p| (p.id, AttrValue::from(p.name.clone()))).collect::<Vec<_>>()}
                selected={evaluation.took_part.clone()}
                on_toggle={{
                    let dispatch = state.dispatcher();
                    Callback::from(move |person: Id| dispatch.dispatch(EditorAction::Edit(
                        Rc::new(move |e: &mut Evaluation| toggle(&mut e.took_part, person)))))
                }} />
            <TextField id="evaluation-looking-back" label={lang.t(T::FieldLookingBack)} multiline=true
                value={evaluation.looking_back.clone()}
                oninput={edit(Rc::new(|e, v| e.looking_back = v))} />
            <fieldset class="picker conclusions">
                <legend>{ lang.t(T::FieldConclusion) }</legend>
                { for Conclusion::ALL.iter().map(|c| {
                    let c = *c;
                    let (label, hint) = texts::conclusion(c);
                    let input_id = format!("conclusion-{c:?}").to_lowercase();
                    let dispatch = state.dispatcher();
                    html! {
                        <label class="check" for={input_id.clone()}>
                            <input type="radio" id={input_id} name="conclusion"
                                checked={evaluation.conclusion == Some(c)}
                                onchange={Callback::from(move |_| dispatch.dispatch(EditorAction::Edit(
                                    Rc::new(move |e: &mut Evaluation| e.conclusion = Some(c)))))} />
                            <span><strong>{ lang.t(label) }</strong><br />
                                <span class="choice-hint">{ lang.t(hint) }</span></span>
                        </label>
                    }
                }) }
            </fieldset>
            <TextField id="evaluation-reasons" label={lang.t(T::FieldReasons)} multiline=true
                value={evaluation.reasons.clone()}
                oninput={edit(Rc::new(|e, v| e.reasons = v))} />
            if closing && !low.is_empty() {
                <div class="notice-soft reconsider">
                    <p>{ texts::reconsider(lang.lang, &low.iter()
                        .map(|c| (scorer_name(lang.lang, c.by, family, visits), c.last.value()))
                        .collect::<Vec<_>>()) }</p>
                    <label class="check" for="evaluation-reconsidered">
                        <input type="checkbox" id="evaluation-reconsidered" checked={evaluation.reconsidered}
                            onchange={{
                                let dispatch = state.dispatcher();
                                Callback::from(move |_| dispatch.dispatch(EditorAction::Edit(
                                    Rc::new(|e: &mut Evaluation| e.reconsidered = !e.reconsidered))))
                            }} />
                        <span>{ lang.t(T::ReconsiderConfirm) }</span>
                    </label>
                </div>
            }
            if !closing {
                <TextField id="evaluation-next" label={lang.t(T::FieldNextEvaluation)} input_type="date"
                    value={date_value(evaluation.next_evaluation)}
                    oninput={edit(Rc::new(|e, v| e.next_evaluation = v.parse().ok()))} />
            }
            <section class="agree" aria-labelledby="record-evaluation-title">
                <h2 id="record-evaluation-title" class="visually-hidden">{ lang.t(T::RecordEvaluation) }</h2>
                if !state.problems.is_empty() {
                    <div class="form-problems" id="evaluation-problems" tabindex="-1" role="alert">
                        <p>{ lang.t(T::EvaluationProblems) }</p>
                        <ul>
                            { for state.problems.iter().map(|p| html! { <li>{ lang.t(texts::evaluation_problem(*p)) }</li> }) }
                        </ul>
                    </div>
                }
                if let Some(e) = &state.failure {
                    <Notice message={lang.t(storage_text(e))} />
                }
                <button type="button" class="button primary wide" onclick={record} disabled={state.busy}>
                    { lang.t(T::RecordEvaluation) }
                </button>
                <ConfirmButton id="discard-evaluation" label={lang.t(T::DiscardEvaluation)}
                    question={lang.t(T::DiscardEvaluationConfirm)} yes={lang.t(T::DiscardYes)}
                    on_confirm={discard} />
            </section>
        </>
    }
}
