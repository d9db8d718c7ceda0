//! The root component: opens storage, holds the app state, and switches screens.
//!
//! Screens are app state, not URLs: nothing about a person ever appears in the address bar.
//! Opening a form pushes one history entry with the same URL, so a phone's back button
//! closes the form instead of leaving the app.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::domain::home::{current_plan, safe_people, unsafe_steps};
use crate::domain::safe_person::{sort_for_display, upsert};
use crate::domain::{Author, Case, DeviceProfile, DeviceSetup, Id, Role, SafePerson, Step, Topic};
use crate::i18n::{removed, saved, Lang, T};
use crate::storage::schema::DB_NAME;
use crate::storage::{Db, Listing, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::LangHandle;
use crate::ui::hooks::use_service_worker::use_service_worker_update;
use crate::ui::pages::caseload::CaseloadPage;
use crate::ui::pages::check_in::CheckInPage;
use crate::ui::pages::contact_form::ContactForm;
use crate::ui::pages::contacts::ContactsPage;
use crate::ui::pages::learn::{LearnPage, LessonPage};
use crate::ui::pages::new_family::NewFamilyPage;
use crate::ui::pages::parent_plan::ParentPlanPage;
use crate::ui::pages::plan_editor::PlanEditor;
use crate::ui::pages::plan_view::PlanView;
use crate::ui::pages::settings::SettingsPage;
use crate::ui::pages::setup::SetupPage;
use crate::ui::session::Session;

/// Where the app is in opening its storage.
#[derive(Clone, PartialEq)]
enum Phase {
    Opening,
    /// Another tab holds an older connection open.
    Blocked,
    Ready(Session),
    Failed(StorageError),
}

#[derive(Clone, Copy, PartialEq)]
enum Screen {
    /// First use, or after "Ander gebruik kiezen": who uses this device.
    Setup,
    Settings,
    /// The young person's safe people.
    List,
    /// The young person's psycho-education: the topics, and one topic.
    Learn,
    Lesson(Topic),
    /// "Hoe veilig voel ik me?".
    CheckIn,
    /// The parent's plan.
    ParentPlan,
    Add,
    Edit(Id),
    /// The professional's families.
    Caseload,
    NewFamily,
    Family(Id),
    /// A family's plan, read-only: the working copy or an agreed revision.
    PlanView(Id, Option<u32>),
}

impl Screen {
    /// Where the back button goes from here.
    fn parent(self) -> Screen {
        match self {
            Screen::List | Screen::Add | Screen::Edit(_) => Screen::List,
            Screen::Learn | Screen::Lesson(_) => Screen::Learn,
            // The settings' parent depends on the role: see `home`.
            Screen::Setup | Screen::Settings | Screen::CheckIn | Screen::ParentPlan => self,
            Screen::Caseload | Screen::NewFamily | Screen::Family(_) => Screen::Caseload,
            Screen::PlanView(family, _) => Screen::Family(family),
        }
    }

    /// The first screen of a role.
    fn home(role: Role) -> Screen {
        match role {
            Role::YoungPerson => Screen::List,
            Role::Parent => Screen::ParentPlan,
            Role::Professional => Screen::Caseload,
        }
    }

    /// The top-level screen this one belongs to, for the navigation.
    fn top(self) -> Screen {
        match self.parent() {
            Screen::Family(_) => Screen::Caseload,
            top => top,
        }
    }
}

#[derive(Clone, PartialEq)]
enum Announcement {
    Saved(String),
    Removed(String),
}

#[derive(Clone, PartialEq)]
struct AppState {
    phase: Phase,
    people: Vec<SafePerson>,
    unreadable: usize,
    /// Who uses this device; `None` until chosen.
    setup: Option<DeviceSetup>,
    /// The family case the setup points at (young person and parent).
    case: Option<Case>,
    screen: Screen,
    announcement: Option<Announcement>,
    /// Another tab upgraded the database; this one must reload.
    version_changed: bool,
}

enum Action {
    Blocked,
    Opened(
        Session,
        Listing<SafePerson>,
        Option<DeviceSetup>,
        Option<Case>,
    ),
    /// Who uses the device was chosen (and stored).
    SetupDone(Session, DeviceSetup, Option<Case>),
    /// "Ander gebruik kiezen", confirmed.
    ChangeUse,
    Failed(StorageError),
    Show(Screen),
    /// The browser's back button: one level up.
    Back,
    Saved(SafePerson),
    Removed(SafePerson),
    VersionChanged,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            phase: Phase::Opening,
            people: Vec::new(),
            unreadable: 0,
            setup: None,
            case: None,
            screen: Screen::List,
            announcement: None,
            version_changed: false,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Blocked => next.phase = Phase::Blocked,
            Action::Opened(session, listing, setup, case) => {
                next.phase = Phase::Ready(session);
                next.people = listing.items;
                next.unreadable = listing.unreadable;
                sort_for_display(&mut next.people);
                next.screen = setup
                    .as_ref()
                    .map_or(Screen::Setup, |s| Screen::home(s.role));
                next.setup = setup;
                next.case = case;
            }
            Action::SetupDone(session, setup, case) => {
                next.phase = Phase::Ready(session);
                next.screen = Screen::home(setup.role);
                next.setup = Some(setup);
                next.case = case;
            }
            Action::ChangeUse => next.screen = Screen::Setup,
            Action::Failed(error) => next.phase = Phase::Failed(error),
            Action::Show(screen) => {
                if screen == next.screen {
                    return self;
                }
                if screen != Screen::List {
                    next.announcement = None;
                }
                next.screen = screen;
            }
            Action::Back => {
                let parent = match (next.screen, &next.setup) {
                    (Screen::Settings, Some(setup)) => Screen::home(setup.role),
                    (screen, _) => screen.parent(),
                };
                if parent == next.screen {
                    return self;
                }
                next.screen = parent;
            }
            Action::Saved(person) => {
                next.announcement = Some(Announcement::Saved(person.name.clone()));
                upsert(&mut next.people, person);
                next.screen = Screen::List;
            }
            Action::Removed(person) => {
                next.people.retain(|p| p.id != person.id);
                next.announcement = Some(Announcement::Removed(person.name));
                next.screen = Screen::List;
            }
            Action::VersionChanged => next.version_changed = true,
        }
        Rc::new(next)
    }
}

fn reload_page() {
    let _ = gloo::utils::window().location().reload();
}

/// Open the database and load what the first screen shows.
async fn open_storage(dispatcher: UseReducerDispatcher<AppState>) {
    let on_blocked = dispatcher.clone();
    let db = match Db::open(DB_NAME, move || on_blocked.dispatch(Action::Blocked)).await {
        Ok(db) => db,
        Err(error) => return dispatcher.dispatch(Action::Failed(error)),
    };
    let on_change = dispatcher.clone();
    db.on_version_change(move || on_change.dispatch(Action::VersionChanged));
    let candidate = DeviceProfile {
        device: env::new_id(),
        created_at: env::now(),
    };
    match load_start(&db, candidate).await {
        Ok((profile, listing, setup, case)) => {
            let author = Author {
                device: profile.device,
                role: setup.as_ref().map_or(Role::YoungPerson, |s| s.role),
            };
            dispatcher.dispatch(Action::Opened(
                Session::new(db, author),
                listing,
                setup,
                case,
            ));
        }
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
}

/// What the first screen needs: the device, the young person's own list, who uses the
/// device and the family case it follows.
async fn load_start(
    db: &Db,
    candidate: DeviceProfile,
) -> Result<
    (
        DeviceProfile,
        Listing<SafePerson>,
        Option<DeviceSetup>,
        Option<Case>,
    ),
    StorageError,
> {
    let profile = db.device_profile_or(candidate).await?;
    let listing = db.safe_people().await?;
    let setup = db.setup().await?;
    let case = match setup.as_ref().and_then(|s| s.family) {
        Some(family) => db.case(family).await?,
        None => None,
    };
    Ok((profile, listing, setup, case))
}

/// The app.
#[function_component]
pub fn App() -> Html {
    let lang = use_state(env::stored_lang);
    let state = use_reducer(AppState::default);

    use_effect_with(*lang, |lang| env::apply_lang(*lang));
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(open_storage(dispatcher));
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                dispatcher.dispatch(Action::Back)
            });
            move || drop(listener)
        });
    }
    // The first screen with data from storage is on the page: the benchmark's "interactive".
    let ready = matches!(state.phase, Phase::Ready(_));
    let update = use_service_worker_update(ready);
    use_effect_with(ready, |ready| {
        if *ready {
            env::mark("veilig-ready");
        }
    });
    // After a change of screen, move focus to its heading (not on the first render).
    {
        let first = use_mut_ref(|| true);
        use_effect_with((state.screen, ready), move |_| {
            if ready && !std::mem::replace(&mut *first.borrow_mut(), false) {
                env::focus_id("page-title");
            }
        });
    }

    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let lang_handle = LangHandle::new(*lang, set_lang);
    let switch_lang = {
        let handle = lang_handle.clone();
        Callback::from(move |_| handle.switch())
    };

    // Into a deeper screen: one history entry (same URL), so "back" comes out again.
    let show = {
        let dispatcher = state.dispatcher();
        Callback::from(move |screen: Screen| {
            let _ = gloo::utils::window()
                .history()
                .and_then(|h| h.push_state(&JsValue::NULL, ""));
            dispatcher.dispatch(Action::Show(screen));
        })
    };
    // Sideways, without a history entry: the navigation, or a screen replacing another.
    let go = {
        let dispatcher = state.dispatcher();
        Callback::from(move |screen: Screen| dispatcher.dispatch(Action::Show(screen)))
    };
    let back = Callback::from(|_: ()| {
        let _ = gloo::utils::window().history().and_then(|h| h.back());
    });
    let leave_form = |make: fn(SafePerson) -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |person: SafePerson| {
            dispatcher.dispatch(make(person));
            let _ = gloo::utils::window().history().and_then(|h| h.back());
        })
    };

    let content = match &state.phase {
        Phase::Opening => html! { <p class="loading">{ lang_handle.t(T::Loading) }</p> },
        Phase::Blocked => html! { <Notice message={lang_handle.t(T::StorageBlocked)} /> },
        Phase::Failed(error) => html! {
            <Notice message={lang_handle.t(storage_text(error))}
                action={(AttrValue::from(lang_handle.t(T::Reload)), Callback::from(|_| reload_page()))} />
        },
        Phase::Ready(session) => {
            let existing = match &state.screen {
                Screen::Edit(id) => state.people.iter().find(|p| p.id == *id).cloned(),
                _ => None,
            };
            let young = young_person_view(&state);
            match (&state.screen, existing) {
                (Screen::Setup, _) => {
                    let dispatcher = state.dispatcher();
                    let current = session.clone();
                    let on_done =
                        Callback::from(move |(setup, case): (DeviceSetup, Option<Case>)| {
                            let author = Author {
                                role: setup.role,
                                ..current.author()
                            };
                            dispatcher.dispatch(Action::SetupDone(
                                current.with_author(author),
                                setup,
                                case,
                            ));
                        });
                    html! { <SetupPage session={session.clone()} {on_done} /> }
                }
                (Screen::Settings, _) => {
                    let role = state.setup.as_ref().map_or(Role::YoungPerson, |s| s.role);
                    let name = state.setup.as_ref().and_then(|s| s.person).and_then(|id| {
                        state
                            .case
                            .as_ref()
                            .and_then(|c| c.family.person(id))
                            .map(|p| AttrValue::from(p.name.clone()))
                    });
                    let dispatcher = state.dispatcher();
                    html! {
                        <SettingsPage {role} {name}
                            on_change_use={Callback::from(move |_| dispatcher.dispatch(Action::ChangeUse))} />
                    }
                }
                (Screen::Learn, _) => html! {
                    <LearnPage topics={young.topics.clone()} band={young.band}
                        on_open={show.reform(Screen::Lesson)} />
                },
                (Screen::Lesson(topic), _) => html! {
                    <LessonPage key={topic.slug()} topic={*topic} band={young.band}
                        safe_people={young.plan_people.iter().map(|p| AttrValue::from(p.name.clone())).collect::<Vec<_>>()}
                        on_back={back.clone()} />
                },
                (Screen::CheckIn, _) => html! {
                    <CheckInPage session={session.clone()} band={young.band} />
                },
                (Screen::ParentPlan, _) => match &state.case {
                    Some(case) => html! {
                        <ParentPlanPage session={session.clone()} case={case.clone()}
                            person={state.setup.as_ref().and_then(|s| s.person)} />
                    },
                    None => html! {
                        <>
                            <h1 id="page-title" tabindex="-1">{ lang_handle.t(T::ParentTitle) }</h1>
                            <p>{ lang_handle.t(T::NoPlanForParent) }</p>
                            <button type="button" class="button primary wide"
                                onclick={go.reform(|_| Screen::Setup)}>
                                { lang_handle.t(T::OpenPlanFile) }
                            </button>
                        </>
                    },
                },
                (Screen::Add, _) => html! {
                    <ContactForm session={session.clone()} on_saved={leave_form(Action::Saved)}
                        on_removed={leave_form(Action::Removed)} on_cancel={back.clone()} />
                },
                (Screen::Caseload, _) => html! {
                    <CaseloadPage session={session.clone()}
                        on_open={show.reform(Screen::Family)}
                        on_new={show.reform(|_| Screen::NewFamily)} />
                },
                (Screen::NewFamily, _) => html! {
                    <NewFamilyPage session={session.clone()}
                        on_created={go.reform(Screen::Family)} on_cancel={back.clone()} />
                },
                (Screen::Family(id), _) => html! {
                    <PlanEditor key={id.to_string()} session={session.clone()} family={*id}
                        on_back={back.clone()}
                        on_view={show.reform({ let id = *id; move |revision| Screen::PlanView(id, revision) })} />
                },
                (Screen::PlanView(id, revision), _) => html! {
                    <PlanView key={format!("{id}-{revision:?}")} session={session.clone()} family={*id}
                        revision={*revision} on_back={back.clone()} />
                },
                (Screen::Edit(id), Some(existing)) => html! {
                    <ContactForm key={id.to_string()} session={session.clone()}
                        existing={Some(existing)} on_saved={leave_form(Action::Saved)}
                        on_removed={leave_form(Action::Removed)} on_cancel={back.clone()} />
                },
                // The list, also when the person to edit is no longer there.
                _ => {
                    let announcement = state.announcement.as_ref().map(|a| {
                        AttrValue::from(match a {
                            Announcement::Saved(name) => saved(*lang, name),
                            Announcement::Removed(name) => removed(*lang, name),
                        })
                    });
                    html! {
                        <ContactsPage people={state.people.clone()} unreadable={state.unreadable}
                            {announcement} on_add={show.reform(|_| Screen::Add)}
                            on_edit={show.reform(|p: SafePerson| Screen::Edit(p.id))}
                            plan_people={young.plan_people.clone()} steps={young.steps.clone()} />
                    }
                }
            }
        }
    };

    // Each role sees only its own screens; the young person has three.
    let tabs: Vec<(Screen, T)> = match (&state.setup, state.screen) {
        (_, Screen::Setup) => Vec::new(),
        (Some(setup), _) if setup.role == Role::YoungPerson => vec![
            (Screen::List, T::NavSafePeople),
            (Screen::Learn, T::NavLearn),
            (Screen::CheckIn, T::NavFeeling),
        ],
        _ => Vec::new(),
    };
    html! {
        <ContextProvider<LangHandle> context={lang_handle.clone()}>
            <header class="top-bar">
                <span class="app-name">{ lang_handle.t(T::AppName) }</span>
                if state.setup.is_some() && state.screen != Screen::Setup {
                    <button type="button" class="button quiet settings-button"
                        aria-label={lang_handle.t(T::SettingsTitle)}
                        aria-current={(state.screen == Screen::Settings).then_some("page")}
                        onclick={show.reform(|_| Screen::Settings)}>
                        { gear() }
                    </button>
                }
                <button type="button" class="button quiet lang-switch" lang={lang.other().code()}
                    onclick={switch_lang}>
                    { lang_handle.t(T::SwitchLanguage) }
                </button>
            </header>
            if !tabs.is_empty() {
            <nav class="tabs" aria-label={lang_handle.t(T::NavMenu)}>
                { for tabs.into_iter().map(|(top, label)| {
                    let current = state.screen.top() == top;
                    html! {
                        <button type="button" class={classes!("tab", current.then_some("current"))}
                            aria-current={current.then_some("page")}
                            onclick={go.reform(move |_| top)}>
                            { lang_handle.t(label) }
                        </button>
                    }
                }) }
            </nav>
            }
            if let Some(on_update) = update {
                <UpdateBanner {on_update} />
            }
            if state.version_changed {
                <Notice message={lang_handle.t(T::StorageVersionChanged)}
                    action={(AttrValue::from(lang_handle.t(T::Reload)), Callback::from(|_| reload_page()))} />
            }
            <main id="main">{ content }</main>
        </ContextProvider<LangHandle>>
    }
}

/// What the young person's screens show, from their setup and plan.
struct YoungPersonView {
    band: crate::domain::AgeBand,
    topics: Vec<Topic>,
    plan_people: Vec<crate::domain::Person>,
    steps: Vec<Step>,
}

fn young_person_view(state: &AppState) -> YoungPersonView {
    let today = env::today();
    let setup = state.setup.as_ref();
    let family = state.case.as_ref().map(|c| &c.family);
    let band = setup.map_or(crate::domain::AgeBand::From8To11, |s| s.band(family, today));
    let child = setup.and_then(|s| s.person);
    match (state.case.as_ref(), child) {
        (Some(case), Some(child)) => {
            let plan = current_plan(&case.plan, &case.revisions);
            YoungPersonView {
                band,
                topics: Topic::for_young_person(plan.witnessed_violence.contains(&child)),
                plan_people: safe_people(plan, &case.family, child)
                    .into_iter()
                    .cloned()
                    .collect(),
                steps: unsafe_steps(plan, &case.family, child),
            }
        }
        _ => {
            // No plan on this device: the steps name the people they added themselves.
            let names: Vec<String> = state.people.iter().map(|p| p.name.clone()).collect();
            let mut steps = vec![Step::SafePlace];
            if !names.is_empty() {
                steps.push(Step::CallSafePerson(names));
            }
            steps.push(Step::Emergency);
            YoungPersonView {
                band,
                topics: Topic::for_young_person(false),
                plan_people: Vec::new(),
                steps,
            }
        }
    }
}

/// The settings icon: two sliders.
fn gear() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 7h10M19 7h2M3 17h2M11 17h10" />
            <circle cx="16" cy="7" r="2.5" /><circle cx="8" cy="17" r="2.5" />
        </svg>
    }
}
