//! The visit being written (or corrected): one part open at a time, in the recommended
//! order, saved on this device while typing; recorded in an explicit step.

use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime};
use yew::prelude::*;

use crate::domain::plan::{toggle, GoalStatus};
use crate::domain::visit::{
    AgreementOutcome, InterventionState, NextStep, Scorer, StepOutcome, Visit, VisitProblem,
};
use crate::domain::{AgeBand, Case, Family, Id, PersonKind};
use crate::i18n::plan::goal_status;
use crate::i18n::professional::{self as texts, Removal};
use crate::i18n::{Language, T};
use crate::service::Session;
use crate::ui::components::notice::Notice;
use crate::ui::components::score_scale::{score_scale, Scale};
use crate::ui::components::select_field::SelectField;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::editor::{use_editor, Editor, EditorAction, EditorState};
use crate::ui::professional::components::confirm_button::ConfirmButton;
use crate::ui::professional::components::people_picker::PeoplePicker;
use crate::ui::professional::components::plan_section::PlanSection;
use crate::ui::professional::monitoring::News;

/// The parts of the form, in the order of a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    WhenWho,
    Parents,
    Children,
    Network,
    Checks,
    Steps,
    Questions,
    Progress,
}

/// The id of a part's heading button.
fn part_id(part: Part) -> String {
    format!("visit-{part:?}").to_lowercase()
}

/// The part of the form where a problem is fixed, and its title.
fn part_of(problem: VisitProblem) -> (Part, T) {
    match problem {
        VisitProblem::InFuture => (Part::WhenWho, T::SectionWhenWho),
        VisitProblem::WhyNotAlone(_) => (Part::Children, T::SectionChildrenSay),
        VisitProblem::ScoredTwice(_) | VisitProblem::EmptyStep => {
            (Part::Questions, T::SectionQuestions)
        }
    }
}

/// The value of a `datetime-local` input: "2026-11-24T14:05".
fn input_value(at: NaiveDateTime) -> String {
    format!("{}T{}", at.date(), texts::time(at))
}

/// What a `datetime-local` input gives back, if it is a whole moment.
fn parse_input(value: &str) -> Option<NaiveDateTime> {
    let (day, time) = value.split_once('T')?;
    let (hour, minute) = time.split_once(':')?;
    // Some browsers add seconds.
    let minute = minute.split(':').next()?;
    day.parse::<NaiveDate>()
        .ok()?
        .and_hms_opt(hour.parse().ok()?, minute.parse().ok()?, 0)
}

/// What every part needs: the visit, the family and a way to change the visit.
#[derive(Clone)]
struct Form {
    lang: Language,
    family: Family,
    visit: Visit,
    dispatch: UseReducerDispatcher<EditorState<Visit, VisitProblem>>,
}

impl Form {
    fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    fn edit(&self, change: impl Fn(&mut Visit) + 'static) {
        self.dispatch.dispatch(EditorAction::Edit(Rc::new(change)));
    }

    /// A callback for a field whose value `apply` puts into the visit.
    fn text(&self, apply: impl Fn(&mut Visit, String) + 'static) -> Callback<String> {
        self.with(apply)
    }

    /// A callback that gets a value (an id, a choice) and applies it with `apply`. It keeps
    /// only the dispatcher, not a copy of the visit and the family.
    fn with<V: Clone + 'static>(&self, apply: impl Fn(&mut Visit, V) + 'static) -> Callback<V> {
        let (apply, dispatch) = (Rc::new(apply), self.dispatch.clone());
        Callback::from(move |value: V| {
            let apply = apply.clone();
            dispatch.dispatch(EditorAction::Edit(Rc::new(move |v| {
                apply(v, value.clone())
            })));
        })
    }

    fn name(&self, id: Id) -> String {
        self.visit
            .person(&self.family, id)
            .map_or_else(|| "?".to_string(), |p| p.name.clone())
    }

    fn everyone(&self) -> Vec<(Id, AttrValue)> {
        self.family
            .people
            .iter()
            .map(|p| (p.id, AttrValue::from(p.name.clone())))
            .collect()
    }

    /// The safety scale of `by`.
    fn scale(&self, by: Scorer) -> Html {
        let (legend, faces, child) = match by {
            Scorer::Professional => (texts::how_safe(self.lang, None, false), false, false),
            Scorer::Person(id) => {
                let person = self.family.person(id);
                let child = person.is_some_and(|p| p.kind == PersonKind::Child);
                let young =
                    person.and_then(|p| p.age_band(self.visit.at.date())) == Some(AgeBand::UpTo7);
                (
                    texts::how_safe(self.lang, Some(&self.name(id)), child),
                    child && young,
                    child,
                )
            }
        };
        let id = match by {
            Scorer::Professional => "score-professional".to_string(),
            Scorer::Person(id) => format!("score-{id}"),
        };
        // A child says how safe they feel; an adult judges whether it is safe enough, with
        // what 0 and 10 mean written on the scale.
        let anchors_id = format!("{id}-anchors");
        let anchors = (!child).then(|| {
            let (low, high) = texts::judgement_anchors(self.lang);
            let shown = html! {
                <p class="hint scale-anchors" id={anchors_id.clone()}>
                    { format!("0: {low}") }<br />{ format!("10: {high}") }
                </p>
            };
            (anchors_id, shown)
        });
        let label = if child {
            crate::i18n::home::score
        } else {
            texts::judgement_score
        };
        score_scale(
            self.lang,
            Scale {
                id,
                legend,
                value: self.visit.score_of(by),
                faces,
                error: None,
                clearable: true,
                anchors,
                label,
                on_change: self.with(move |v, score: Option<crate::domain::SafetyScore>| {
                    v.set_score(by, score)
                }),
            },
        )
    }

    /// What the people of `kind` say, and their scores.
    fn said(
        &self,
        id: &str,
        label: T,
        get: fn(&Visit) -> &String,
        set: fn(&mut Visit) -> &mut String,
        kind: PersonKind,
    ) -> Html {
        html! {
            <>
                <TextField id={id.to_string()} label={self.t(label)} multiline=true value={get(&self.visit).clone()}
                    oninput={self.text(move |v, s| *set(v) = s)} />
                { for self.family.of_kind(kind).map(|p| self.scale(Scorer::Person(p.id))) }
            </>
        }
    }
}

/// Each child on their own: seen alone or why not, their own words, their own scale. What
/// an older visit noted for all children together stays, to read and correct.
fn children(form: &Form) -> Html {
    let yes_no = |o: Option<bool>| {
        if o == Some(true) {
            T::SeenAloneYes
        } else {
            T::SeenAloneNo
        }
    };
    html! {
        <>
            // What an older visit noted for all children together: shown while it has text,
            // and on a correction of such a visit even once emptied.
            if !form.visit.children_say.is_empty() || (form.visit.is_recorded() && form.visit.children.is_empty()) {
                <TextField id="children-say" label={form.t(T::ChildrenSayOld)} multiline=true
                    value={form.visit.children_say.clone()} oninput={form.text(|v, s| v.children_say = s)} />
            }
            if form.family.children().next().is_some() {
                <p class="hint">{ form.t(T::ChildrenScaleHint) }</p>
            }
            { for form.family.children().map(|child| {
                let id = child.id;
                let voice = form.visit.voice_of(id).cloned();
                let seen = voice.as_ref().and_then(|v| v.seen_alone);
                html! {
                    <fieldset class="item child-voice" key={id.to_string()}>
                        <legend>{ &child.name }</legend>
                        { choice(form.lang, format!("alone-{id}"), html! { form.t(T::SeenAloneQuestion) },
                            &[Some(true), Some(false)], yes_no, seen,
                            form.with(move |v, o: Option<bool>| v.voice_mut(id).seen_alone = o)) }
                        if seen == Some(false) {
                            <TextField id={format!("why-not-{id}")} label={form.t(T::FieldWhyNotAlone)} multiline=true
                                value={voice.as_ref().map(|v| v.why_not.clone()).unwrap_or_default()}
                                oninput={form.text(move |v, s| v.voice_mut(id).why_not = s)} />
                        }
                        <TextField id={format!("words-{id}")} label={form.t(T::FieldChildWords)} multiline=true
                            value={voice.map(|v| v.words).unwrap_or_default()}
                            oninput={form.text(move |v, s| v.voice_mut(id).words = s)} />
                        { form.scale(Scorer::Person(id)) }
                    </fieldset>
                }
            }) }
        </>
    }
}

/// A group of radio buttons, one an option, each a large row.
fn choice<E: Copy + PartialEq + 'static>(
    lang: Language,
    name: String,
    legend: Html,
    options: &[E],
    label: fn(E) -> T,
    value: E,
    on_change: Callback<E>,
) -> Html {
    html! {
        <fieldset class="picker">
            <legend>{ legend }</legend>
            { for options.iter().enumerate().map(|(i, option)| {
                let option = *option;
                let input_id = format!("{name}-{i}");
                html! {
                    <label class="check" for={input_id.clone()}>
                        <input type="radio" id={input_id} name={name.clone()} checked={option == value}
                            onchange={on_change.reform(move |_| option)} />
                        <span>{ label(option).get(lang) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

fn date_value(date: Option<NaiveDate>) -> AttrValue {
    date.map(|d| AttrValue::from(d.to_string()))
        .unwrap_or_default()
}

fn when_who(form: &Form) -> Html {
    html! {
        <>
            <TextField id="visit-at" label={form.t(T::FieldVisitAt)} input_type="datetime-local"
                value={input_value(form.visit.at)}
                oninput={form.text(|v, s| {
                    if let Some(at) = parse_input(&s) {
                        v.at = at;
                    }
                })} />
            <PeoplePicker id="visit-present" legend={form.t(T::FieldPresent)} people={form.everyone()}
                selected={form.visit.present.clone()}
                on_toggle={form.with(|v, id: Id| toggle(&mut v.present, id))} />
        </>
    }
}

fn checks(form: &Form) -> Html {
    if form.visit.checks.is_empty() {
        return html! { <p class="empty">{ form.t(T::NoAgreementsToCheck) }</p> };
    }
    html! {
        <ol class="items">
            { for form.visit.checks.iter().map(|c| {
                let id = c.agreement;
                html! {
                    <li class="item" key={id.to_string()}>
                        { choice(form.lang, format!("check-{id}"), html! { { &c.what } }, &AgreementOutcome::ALL,
                            texts::agreement_outcome, c.outcome,
                            form.with(move |v, outcome: AgreementOutcome| {
                                if let Some(c) = v.checks.iter_mut().find(|c| c.agreement == id) {
                                    c.outcome = outcome;
                                }
                            })) }
                        <TextField id={format!("check-note-{id}")} label={form.t(T::FieldCheckNote)} multiline=true
                            value={c.note.clone()}
                            oninput={form.text(move |v, s| {
                                if let Some(c) = v.checks.iter_mut().find(|c| c.agreement == id) {
                                    c.note = s;
                                }
                            })} />
                    </li>
                }
            }) }
        </ol>
    }
}

fn open_steps(form: &Form) -> Html {
    html! {
        <ol class="items">
            { for form.visit.step_checks.iter().map(|c| {
                let id = c.step;
                let who: Vec<String> = c.who.iter().map(|p| form.name(*p)).collect();
                let line = texts::step_line(form.lang, &c.what, who.iter().map(String::as_str).collect(), c.by);
                html! {
                    <li class="item" key={id.to_string()}>
                        { choice(form.lang, format!("step-{id}"), html! { { line } }, &StepOutcome::ALL,
                            texts::step_outcome, c.outcome,
                            form.with(move |v, outcome: StepOutcome| {
                                if let Some(c) = v.step_checks.iter_mut().find(|c| c.step == id) {
                                    c.outcome = outcome;
                                }
                            })) }
                        <TextField id={format!("step-note-{id}")} label={form.t(T::FieldCheckNote)} multiline=true
                            value={c.note.clone()}
                            oninput={form.text(move |v, s| {
                                if let Some(c) = v.step_checks.iter_mut().find(|c| c.step == id) {
                                    c.note = s;
                                }
                            })} />
                    </li>
                }
            }) }
        </ol>
    }
}

/// The button that removes a next step: at once while the step is empty, after a question
/// once anything was filled in, so a mis-tap loses nothing.
fn remove_step(form: &Form, step: &NextStep) -> Html {
    let id = step.id;
    let remove = {
        let form = form.clone();
        Callback::from(move |()| form.edit(move |v| v.next_steps.retain(|s| s.id != id)))
    };
    let empty = step.what.trim().is_empty() && step.who.is_empty() && step.by.is_none();
    if empty {
        html! {
            <button type="button" class="button danger-outline" onclick={remove.reform(|_| ())}>
                { form.t(T::RemoveStep) }
            </button>
        }
    } else {
        html! {
            <ConfirmButton id={format!("remove-step-{id}")} label={form.t(T::RemoveStep)}
                question={form.t(T::RemoveStepConfirm)} yes={form.t(T::DeleteYes)} on_confirm={remove} />
        }
    }
}

fn questions(form: &Form) -> Html {
    let add = {
        let form = form.clone();
        Callback::from(move |_| {
            let id = env::new_id();
            form.edit(move |v| {
                v.next_steps.push(NextStep {
                    id,
                    what: String::new(),
                    who: Vec::new(),
                    by: None,
                })
            });
        })
    };
    html! {
        <>
            <TextField id="visit-worries" label={form.t(T::FieldWorries)} multiline=true
                value={form.visit.worries.clone()} oninput={form.text(|v, s| v.worries = s)} />
            <TextField id="visit-working-well" label={form.t(T::FieldWorkingWell)} multiline=true
                value={form.visit.working_well.clone()} oninput={form.text(|v, s| v.working_well = s)} />
            <h3>{ form.t(T::NextStepsTitle) }</h3>
            <p class="hint">{ form.t(T::NextStepsHint) }</p>
            <ol class="items">
                { for form.visit.next_steps.iter().map(|s| {
                    let id = s.id;
                    let step = move |v: &mut Visit, f: &dyn Fn(&mut NextStep)| {
                        if let Some(s) = v.next_steps.iter_mut().find(|s| s.id == id) {
                            f(s);
                        }
                    };
                    html! {
                        <li class="item" key={id.to_string()}>
                            <TextField id={format!("step-what-{id}")} label={form.t(T::FieldStepWhat)} multiline=true
                                value={s.what.clone()} oninput={form.text(move |v, text| step(v, &|s| s.what = text.clone()))} />
                            <PeoplePicker id={format!("step-who-{id}")} legend={form.t(T::FieldWho)}
                                people={form.everyone()} selected={s.who.clone()}
                                on_toggle={form.with(move |v, person: Id| step(v, &|s| toggle(&mut s.who, person)))} />
                            <TextField id={format!("step-by-{id}")} label={form.t(T::FieldStepBy)} input_type="date"
                                value={date_value(s.by)}
                                oninput={form.text(move |v, text| step(v, &|s| s.by = text.parse().ok()))} />
                            { remove_step(form, s) }
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button wide" onclick={add}>{ form.t(T::AddStep) }</button>
            { form.scale(Scorer::Professional) }
        </>
    }
}

fn progress(form: &Form) -> Html {
    let goal_options: Vec<(AttrValue, AttrValue)> = GoalStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| (i.to_string().into(), form.t(goal_status(*s)).into()))
        .collect();
    let state_options: Vec<(AttrValue, AttrValue)> = InterventionState::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i.to_string().into(),
                form.t(texts::intervention_state(*s)).into(),
            )
        })
        .collect();
    if form.visit.goals.is_empty() && form.visit.interventions.is_empty() {
        return html! { <p class="empty">{ form.t(T::NothingToShow) }</p> };
    }
    html! {
        <>
        if !form.visit.goals.is_empty() {
            <h3>{ form.t(T::SectionGoals) }</h3>
        }
        <ol class="items">
            { for form.visit.goals.iter().map(|g| progress_item(form, ProgressItem {
                id: g.goal,
                kind: "goal-status",
                note_kind: "goal-note",
                name: &g.name,
                options: &goal_options,
                at: GoalStatus::ALL.iter().position(|s| *s == g.status).unwrap_or_default(),
                note_label: T::FieldProgressNote,
                note: &g.note,
                set_status: |v, id, n| {
                    if let (Some(g), Some(s)) = (v.goals.iter_mut().find(|g| g.goal == id), GoalStatus::ALL.get(n)) {
                        g.status = *s;
                    }
                },
                set_note: |v, id, text| {
                    if let Some(g) = v.goals.iter_mut().find(|g| g.goal == id) {
                        g.note = text;
                    }
                },
            })) }
        </ol>
        if !form.visit.interventions.is_empty() {
            <h3>{ form.t(T::InterventionsAndTreatment) }</h3>
        }
        <ol class="items">
            { for form.visit.interventions.iter().map(|i| progress_item(form, ProgressItem {
                id: i.intervention,
                kind: "intervention-state",
                note_kind: "intervention-effect",
                name: &i.name,
                options: &state_options,
                at: InterventionState::ALL.iter().position(|s| *s == i.state).unwrap_or_default(),
                note_label: T::FieldEffect,
                note: &i.effect,
                set_status: |v, id, n| {
                    if let (Some(i), Some(s)) = (
                        v.interventions.iter_mut().find(|i| i.intervention == id),
                        InterventionState::ALL.get(n),
                    ) {
                        i.state = *s;
                    }
                },
                set_note: |v, id, text| {
                    if let Some(i) = v.interventions.iter_mut().find(|i| i.intervention == id) {
                        i.effect = text;
                    }
                },
            })) }
        </ol>
        </>
    }
}

/// One help goal or intervention on the form: where it stands (a choice) and a note.
struct ProgressItem<'a> {
    id: Id,
    /// Prefixes of the fields' ids.
    kind: &'static str,
    note_kind: &'static str,
    name: &'a str,
    options: &'a [(AttrValue, AttrValue)],
    /// The index of its state in `options`.
    at: usize,
    note_label: T,
    note: &'a str,
    set_status: fn(&mut Visit, Id, usize),
    set_note: fn(&mut Visit, Id, String),
}

/// A goal's or intervention's row. Plain `fn` setters, not generic closures, so this is
/// compiled once for both.
fn progress_item(form: &Form, item: ProgressItem) -> Html {
    let ProgressItem {
        id,
        kind,
        note_kind,
        name,
        options,
        at,
        note_label,
        note,
        set_status,
        set_note,
    } = item;
    html! {
        <li class="item" key={id.to_string()}>
            <h4>{ name }</h4>
            <SelectField id={format!("{kind}-{id}")} label={form.t(T::FieldGoalStatus)}
                options={options.to_vec()} value={at.to_string()}
                onchange={form.text(move |v, value| {
                    if let Ok(n) = value.parse::<usize>() {
                        set_status(v, id, n);
                    }
                })} />
            <TextField id={format!("{note_kind}-{id}")} label={form.t(note_label)} multiline=true
                value={note.to_string()}
                oninput={form.text(move |v, text| set_note(v, id, text))} />
        </li>
    }
}

/// Props of [`VisitForm`].
#[derive(Properties, PartialEq)]
pub struct VisitFormProps {
    pub session: Session,
    pub case: Case,
    /// The working copy as stored.
    pub draft: Visit,
    /// A correction of a recorded visit (not a new visit).
    pub correcting: bool,
    pub on_back: Callback<()>,
    pub on_done: Callback<News>,
}

/// The visit form.
#[function_component]
pub fn VisitForm(props: &VisitFormProps) -> Html {
    let lang = use_lang();
    let Editor { state, autosave } = {
        let session = props.session.clone();
        use_editor::<_, VisitProblem, _>(props.draft.clone(), move |visit: Visit| {
            let session = session.clone();
            Box::pin(async move { session.save_visit_draft(&visit).await })
        })
    };
    // The one part of the form that is open.
    let open = use_state(|| Some(Part::WhenWho));
    let form = Form {
        lang: lang.lang,
        family: props.case.family.clone(),
        visit: state.value.clone(),
        dispatch: state.dispatcher(),
    };
    let family = props.case.family.id;
    let removal = if props.correcting {
        Removal::Correction
    } else {
        Removal::NewVisit
    };

    let record = {
        let (session, visit, family, autosave, on_done, dispatch) = (
            props.session.clone(),
            state.value.clone(),
            props.case.family.clone(),
            autosave.clone(),
            props.on_done.clone(),
            state.dispatcher(),
        );
        let busy = state.busy;
        Callback::from(move |_| {
            if busy {
                return;
            }
            match visit.record(&family, session.author(), env::now(), env::today()) {
                Err(problems) => {
                    dispatch.dispatch(EditorAction::Refused(problems));
                    env::focus_id("visit-problems");
                }
                Ok(recorded) => {
                    dispatch.dispatch(EditorAction::Refused(Vec::new()));
                    dispatch.dispatch(EditorAction::Busy);
                    autosave.hold();
                    let (session, autosave, on_done, dispatch) = (
                        session.clone(),
                        autosave.clone(),
                        on_done.clone(),
                        dispatch.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.record_visit(&recorded).await {
                            Ok(()) => {
                                // The first visit recorded on this device: now it matters that
                                // the browser keeps the data, so ask it again.
                                if recorded.version == 1
                                    && session.recorded_visits().await.unwrap_or_default() == 1
                                {
                                    env::ask_persistent_storage().await;
                                }
                                on_done.emit(News::VisitRecorded(recorded.at.date()))
                            }
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
        let (session, visit, autosave, on_done, dispatch) = (
            props.session.clone(),
            state.value.clone(),
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
            let (id, on) = (visit.id, visit.at.date());
            wasm_bindgen_futures::spawn_local(async move {
                match session.discard_draft(family, id, removal, on).await {
                    Ok(()) => on_done.emit(News::Removed(removal, on)),
                    Err(e) => {
                        autosave.resume();
                        dispatch.dispatch(EditorAction::Failed(e));
                    }
                }
            });
        })
    };

    let section = |part: Part, title: T, body: fn(&Form) -> Html| {
        let is_open = *open == Some(part);
        let open = open.clone();
        html! {
            <PlanSection id={part_id(part)} title={lang.t(title)} open={is_open}
                on_toggle={Callback::from(move |_| open.set((!is_open).then_some(part)))}>
                // Closed parts are not drawn: a long visit stays fast on a slow phone.
                { if is_open { body(&form) } else { Html::default() } }
            </PlanSection>
        }
    };
    html! {
        <>
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToVisits) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::VisitTitle) }</h1>
            <p class="case-status">
                { if props.correcting {
                    texts::correcting(lang.lang, props.case.family.name.as_str(), state.value.version)
                } else {
                    props.case.family.name.clone()
                } }
            </p>
            <p class="case-detail">{ crate::i18n::professional::coordinator_line(lang.lang, &props.case.plan.coordinator_contact(&props.case.family)) }</p>
            <p class="hint">{ lang.t(T::VisitIntro) }</p>
            <p class="autosave" role="status">
                { lang.t(if autosave.busy { T::AutosaveBusy } else { T::AutosaveDone }) }
            </p>
            if let Some(error) = &autosave.error {
                <Notice message={lang.t(storage_text(error))} />
            }
            { section(Part::WhenWho, T::SectionWhenWho, when_who) }
            { section(Part::Parents, T::SectionParentsSay, |f| f.said("parents-say", T::FieldParentsSay,
                |v| &v.parents_say, |v| &mut v.parents_say, PersonKind::Carer)) }
            { section(Part::Children, T::SectionChildrenSay, children) }
            { section(Part::Network, T::SectionNetworkSay, |f| f.said("network-say", T::FieldNetworkSay,
                |v| &v.network_say, |v| &mut v.network_say, PersonKind::Network)) }
            { section(Part::Checks, T::SectionChecks, checks) }
            if !state.value.step_checks.is_empty() {
                { section(Part::Steps, T::SectionOpenSteps, open_steps) }
            }
            { section(Part::Questions, T::SectionQuestions, questions) }
            { section(Part::Progress, T::SectionProgress, progress) }
            <section class="agree" aria-labelledby="record-title">
                <h2 id="record-title" class="visually-hidden">{ lang.t(if props.correcting { T::RecordCorrection } else { T::RecordVisit }) }</h2>
                if !state.problems.is_empty() {
                    <div class="form-problems" id="visit-problems" tabindex="-1" role="alert">
                        <p>{ lang.t(T::VisitProblems) }</p>
                        <ul>
                            { for state.problems.iter().map(|p| {
                                let (part, title) = part_of(*p);
                                let open = open.clone();
                                html! {
                                    <li>
                                        { match p {
                                            // Which child: the form may hold several.
                                            VisitProblem::WhyNotAlone(child) => texts::why_not_alone(
                                                lang.lang,
                                                props.case.family.name_of(*child),
                                            ),
                                            _ => lang.t(texts::visit_problem(*p)).to_string(),
                                        } }{ " " }
                                        <a href={format!("#{}", part_id(part))} class="inline-link"
                                            aria-label={format!("{}: {}", lang.t(T::GoToSection), lang.t(title))}
                                            onclick={Callback::from(move |e: MouseEvent| {
                                                e.prevent_default();
                                                open.set(Some(part));
                                                env::focus_id(&part_id(part));
                                            })}>
                                            { lang.t(T::GoToSection) }
                                        </a>
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
                if let Some(e) = &state.failure {
                    <Notice message={lang.t(storage_text(e))} />
                }
                <button type="button" class="button primary wide" onclick={record} disabled={state.busy}>
                    { lang.t(if props.correcting { T::RecordCorrection } else { T::RecordVisit }) }
                </button>
                <ConfirmButton id="discard-visit"
                    label={lang.t(if props.correcting { T::DiscardCorrection } else { T::DiscardVisit })}
                    question={lang.t(if props.correcting { T::DiscardCorrectionConfirm } else { T::DiscardVisitConfirm })}
                    yes={lang.t(T::DiscardYes)} on_confirm={discard} />
            </section>
        </>
    }
}
