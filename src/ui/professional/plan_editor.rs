//! The professional's plan editor: every part of the plan, one section open at a time,
//! autosaved while typing, agreed in an explicit step that makes a new revision.

mod agree;
mod concerns;
mod parts;
mod people;

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::domain::{Author, Case, Family, Id, Person, PlanPart, PlanProblem, SafetyPlan};
use crate::i18n::plan as texts;
use crate::i18n::{Language, L, T};
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_autosave::use_autosave;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::professional::components::family_tabs::{family_tabs, FamilyTab};
use crate::ui::professional::components::kept_copies::KeptCopies;
use crate::ui::professional::export::ExportCase;
use crate::ui::professional::phones::Phones;

/// A change to the plan, applied by the reducer.
pub type PlanEdit = Rc<dyn Fn(&mut SafetyPlan)>;

/// Props of [`PlanEditor`].
#[derive(Properties, PartialEq)]
pub struct PlanEditorProps {
    pub session: Session,
    pub family: Id,
    pub on_back: Callback<()>,
    /// Open the read-only view of the current plan (`None`) or of a revision.
    pub on_view: Callback<Option<u32>>,
    /// Go to the family's visits and evaluations.
    pub on_visits: Callback<()>,
    /// "Op een telefoon zetten".
    pub on_pair: Callback<()>,
    /// "Overdragen aan collega".
    pub on_hand_over: Callback<()>,
}

#[derive(Clone, Default)]
struct EditorState {
    case: Option<Case>,
    /// Loading failed, or the family is not there.
    load_error: Option<Option<StorageError>>,
    open: Option<PlanPart>,
    /// Counts edits, for the autosave.
    version: u64,
    problems: Vec<PlanProblem>,
    agreed: Option<u32>,
}

enum Action {
    Loaded(Result<Option<Case>, StorageError>),
    Edit(PlanEdit, Author, DateTime<Utc>),
    UpsertPerson(Person, Author, DateTime<Utc>),
    RemovePerson(Id, Author, DateTime<Utc>),
    Toggle(PlanPart),
    AgreeRefused(Vec<PlanProblem>),
    Agreed(SafetyPlan),
}

impl Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(Ok(Some(case))) => next.case = Some(case),
            Action::Loaded(Ok(None)) => next.load_error = Some(None),
            Action::Loaded(Err(e)) => next.load_error = Some(Some(e)),
            Action::Edit(edit, author, now) => {
                if let Some(case) = &mut next.case {
                    let mut plan = case.plan.clone();
                    edit(&mut plan);
                    if plan != case.plan {
                        case.plan = plan.touched(author, now);
                        next.version += 1;
                        next.agreed = None;
                    }
                }
            }
            Action::UpsertPerson(person, author, now) => {
                if let Some(case) = &mut next.case {
                    case.family.upsert_person(person);
                    case.family.meta = case.family.meta.touched(author, now);
                    next.version += 1;
                }
            }
            Action::RemovePerson(id, author, now) => {
                if let Some(case) = &mut next.case {
                    case.family.people.retain(|p| p.id != id);
                    case.family.meta = case.family.meta.touched(author, now);
                    let mut plan = case.plan.clone();
                    plan.forget_person(id);
                    if plan != case.plan {
                        case.plan = plan.touched(author, now);
                    }
                    next.version += 1;
                }
            }
            Action::Toggle(part) => {
                next.open = if next.open == Some(part) {
                    None
                } else {
                    Some(part)
                };
            }
            Action::AgreeRefused(problems) => {
                next.problems = problems;
                next.agreed = None;
            }
            Action::Agreed(plan) => {
                // A new version replaces any autosave still waiting with the older draft.
                next.version += 1;
                if let Some(case) = &mut next.case {
                    next.agreed = Some(plan.revision);
                    case.revisions.push(plan.clone());
                    case.plan = plan;
                }
                next.problems.clear();
            }
        }
        Rc::new(next)
    }
}

/// What every section needs: the case, the language, and ways to change things.
#[derive(Clone)]
pub struct Ctx {
    pub lang: Language,
    pub family: Family,
    pub plan: SafetyPlan,
    pub session: Session,
    dispatch: UseReducerDispatcher<EditorState>,
}

impl Ctx {
    /// A fixed text.
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    /// Apply a change to the plan.
    pub fn edit(&self, change: impl Fn(&mut SafetyPlan) + 'static) {
        self.dispatch.dispatch(Action::Edit(
            Rc::new(change),
            self.session.author(),
            env::now(),
        ));
    }

    /// A callback for a text input whose value `apply` puts into the plan.
    pub fn text(&self, apply: impl Fn(&mut SafetyPlan, String) + 'static) -> Callback<String> {
        self.with(apply)
    }

    /// A callback for a checkbox list that toggles ids with `apply`.
    pub fn toggle(&self, apply: impl Fn(&mut SafetyPlan, Id) + 'static) -> Callback<Id> {
        self.with(apply)
    }

    /// A callback that applies its value with `apply`. It keeps only the dispatcher and
    /// who edits, not a copy of the plan and the family.
    fn with<V: Clone + 'static>(
        &self,
        apply: impl Fn(&mut SafetyPlan, V) + 'static,
    ) -> Callback<V> {
        let (apply, dispatch, author) =
            (Rc::new(apply), self.dispatch.clone(), self.session.author());
        Callback::from(move |value: V| {
            let apply = apply.clone();
            dispatch.dispatch(Action::Edit(
                Rc::new(move |plan| apply(plan, value.clone())),
                author,
                env::now(),
            ));
        })
    }

    /// Add or change a person of the family.
    pub fn upsert_person(&self, person: Person) {
        self.dispatch.dispatch(Action::UpsertPerson(
            person,
            self.session.author(),
            env::now(),
        ));
    }

    /// Remove a person, and every reference to them in the plan.
    pub fn remove_person(&self, id: Id) {
        self.dispatch
            .dispatch(Action::RemovePerson(id, self.session.author(), env::now()));
    }

    /// `(id, name)` of the children.
    pub fn children(&self) -> Vec<(Id, AttrValue)> {
        self.family
            .children()
            .map(|p| (p.id, AttrValue::from(p.name.clone())))
            .collect()
    }

    /// `(id, name)` of everyone who is not a child: the people who can be chosen for tasks.
    pub fn adults(&self) -> Vec<(Id, AttrValue)> {
        self.family
            .people
            .iter()
            .filter(|p| p.kind != crate::domain::PersonKind::Child)
            .map(|p| (p.id, AttrValue::from(p.name.clone())))
            .collect()
    }

    /// `(id, name)` of everyone.
    pub fn everyone(&self) -> Vec<(Id, AttrValue)> {
        self.family
            .people
            .iter()
            .map(|p| (p.id, AttrValue::from(p.name.clone())))
            .collect()
    }
}

/// The plan editor.
#[function_component]
pub fn PlanEditor(props: &PlanEditorProps) -> Html {
    let lang = use_lang();
    let state = use_reducer(EditorState::default);
    {
        let dispatch = state.dispatcher();
        let session = props.session.clone();
        let family = props.family;
        use_effect_with(family, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(Action::Loaded(session.case(family).await));
            });
        });
    }

    // The latest evaluation, when it asked for the plan to be adjusted: (day, revision).
    let adjust = use_state(|| None::<(chrono::NaiveDate, u32)>);
    {
        let adjust = adjust.clone();
        let session = props.session.clone();
        let family = props.family;
        use_effect_with(family, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(monitoring) = session.monitoring(family).await {
                    adjust.set(
                        crate::domain::evaluation::latest(&monitoring.evaluations)
                            .filter(|e| {
                                e.conclusion
                                    == Some(crate::domain::evaluation::Conclusion::AdjustPlan)
                            })
                            .map(|e| (e.on, e.plan_revision)),
                    );
                }
            });
        });
    }

    // Autosave: a pause in typing saves the whole case; leaving the editor saves at once.
    let autosave = {
        let session = props.session.clone();
        use_autosave(
            state.version,
            || {
                state
                    .case
                    .as_ref()
                    .map(|c| (c.family.clone(), c.plan.clone()))
            },
            move |(family, plan): (Family, SafetyPlan)| {
                let session = session.clone();
                Box::pin(async move { session.save_case(&family, &plan).await })
            },
        )
    };

    let case = match (&state.case, &state.load_error) {
        (Some(case), _) => case.clone(),
        (None, Some(error)) => {
            let message = match error {
                Some(e) => lang.t(storage_text(e)),
                None => lang.t(L::StorageFailed),
            };
            return html! {
                <>
                    <Notice message={message} />
                    <button type="button" class="button wide" onclick={props.on_back.reform(|_| ())}>
                        { lang.t(T::BackToFamilies) }
                    </button>
                </>
            };
        }
        (None, None) => return html! { <p class="loading">{ lang.t(L::Loading) }</p> },
    };

    let ctx = Ctx {
        lang: lang.lang,
        family: case.family.clone(),
        plan: case.plan.clone(),
        session: props.session.clone(),
        dispatch: state.dispatcher(),
    };
    let toggle = |part: PlanPart| {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::Toggle(part)))
    };
    let open = state.open;
    let saving = autosave.busy;
    let on_agree_result = {
        let dispatch = state.dispatcher();
        Callback::from(
            move |result: Result<SafetyPlan, Vec<PlanProblem>>| match result {
                Ok(plan) => dispatch.dispatch(Action::Agreed(plan)),
                Err(problems) => dispatch.dispatch(Action::AgreeRefused(problems)),
            },
        )
    };
    let on_go_to = {
        let dispatch = state.dispatcher();
        Callback::from(move |part: PlanPart| {
            dispatch.dispatch(Action::Toggle(part));
            env::focus_id(&section_id(part));
        })
    };
    // Answers that came back from a family member's phone, counted to read them again.
    let answers = use_state(|| 0u32);
    html! {
        <>
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToFamilies) }
            </button>
            <h1 id="page-title" tabindex="-1">{ &case.family.name }</h1>
            { family_tabs(lang.lang, FamilyTab::Plan, props.on_visits.clone()) }
            <KeptCopies session={props.session.clone()} family={props.family} store="plan_drafts"
                notice={T::KeptCopyNotice}
                on_used={{
                    let (dispatch, session, family) = (state.dispatcher(), props.session.clone(), props.family);
                    Callback::from(move |_| {
                        let (dispatch, session) = (dispatch.clone(), session.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            dispatch.dispatch(Action::Loaded(session.case(family).await));
                        });
                    })
                }} />
            if let Some((on, revision)) = *adjust {
                if case.plan.status == crate::domain::PlanStatus::Draft && case.plan.revision == revision {
                    <p class="notice-soft">{ crate::i18n::professional::adjust_plan(lang.lang, on, revision + 1) }</p>
                }
            }
            <p class="case-status">{ texts::case_status(lang.lang, &case.plan, env::today()) }</p>
            <p class="autosave" role="status">
                { if saving { lang.t(T::AutosaveBusy) } else { lang.t(T::AutosaveDone) } }
            </p>
            if let Some(error) = &autosave.error {
                <Notice message={lang.t(storage_text(error))} />
            }
            { people::section(&ctx, open == Some(PlanPart::People), toggle(PlanPart::People)) }
            { for parts::SECTIONS.iter().map(|part| {
                parts::section(&ctx, *part, open == Some(*part), toggle(*part))
            }) }
            <agree::AgreeSection family={case.family.clone()} plan={case.plan.clone()}
                revisions={case.revisions.clone()} problems={state.problems.clone()}
                agreed={state.agreed} session={props.session.clone()}
                on_result={on_agree_result} {on_go_to} on_view={props.on_view.clone()}
                answers={*answers} />
            <Phones session={props.session.clone()} family={case.family.clone()}
                on_pair={props.on_pair.clone()}
                on_answers={{ let answers = answers.clone(); Callback::from(move |_| answers.set(*answers + 1)) }} />
            <section class="plan-actions">
                <button type="button" class="button wide" onclick={props.on_view.reform(|_| None)}>
                    { lang.t(T::ViewPlan) }
                </button>
                <ExportCase session={props.session.clone()} case={case.clone()} />
                <button type="button" class="button wide" onclick={props.on_hand_over.reform(|_| ())}>
                    { lang.t(T::HandOverTitle) }
                </button>
            </section>
        </>
    }
}

/// The id of a section's heading button, for focus and links.
pub fn section_id(part: PlanPart) -> String {
    format!("section-{part:?}").to_lowercase()
}
