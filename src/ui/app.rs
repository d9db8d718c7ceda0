//! The root component: opens storage, holds the app state, and switches screens.
//!
//! Screens are app state, not URLs: nothing about a person ever appears in the address bar.
//! Opening a form pushes one history entry with the same URL, so a phone's back button
//! closes the form instead of leaving the app.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::domain::home::{current_plan, safe_people, unsafe_steps};
use crate::domain::safe_person::{sort_for_display, upsert};
use crate::domain::{Author, Case, DeviceSetup, Id, Role, SafePerson, Step, Topic};
use crate::i18n::{removed, saved, Lang, T};
use crate::service::start::{self, Gate, Opened, Started};
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::LangHandle;
use crate::ui::hooks::use_service_worker::use_service_worker_update;
#[cfg(feature = "professional")]
use crate::ui::pages::caseload::CaseloadPage;
use crate::ui::pages::check_in::CheckInPage;
use crate::ui::pages::contact_form::ContactForm;
use crate::ui::pages::contacts::ContactsPage;
#[cfg(feature = "professional")]
use crate::ui::pages::evaluation::EvaluationPage;
use crate::ui::pages::learn::{LearnPage, LessonPage};
use crate::ui::pages::lock::{SetSecretPage, UnlockPage};
#[cfg(feature = "professional")]
use crate::ui::pages::monitoring::MonitoringPage;
use crate::ui::pages::monitoring::News;
#[cfg(feature = "professional")]
use crate::ui::pages::new_family::NewFamilyPage;
use crate::ui::pages::parent_plan::ParentPlanPage;
#[cfg(feature = "professional")]
use crate::ui::pages::plan_editor::PlanEditor;
#[cfg(feature = "professional")]
use crate::ui::pages::plan_view::PlanView;
use crate::ui::pages::settings::{SafeUsePage, SettingsPage};
use crate::ui::pages::setup::SetupPage;
#[cfg(not(feature = "professional"))]
use crate::ui::pages::switch_app::SwitchAppPage;
#[cfg(feature = "professional")]
use crate::ui::pages::visit::VisitPage;

/// Where the app is in opening its storage.
#[derive(Clone, PartialEq)]
enum Phase {
    Opening,
    /// Another tab holds an older connection open.
    Blocked,
    /// No secret on this device yet: choose one (this encrypts anything stored before).
    NeedsSecret(Gate),
    /// A secret is set; nothing is read until it is given.
    Locked(Gate),
    Ready(Session),
    Failed(StorageError),
}

// The family's app has the professional's screens as states only (it hands over on
// reaching one), so some of these are never made there.
#[cfg_attr(not(feature = "professional"), allow(dead_code))]
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    /// First use, or after "Ander gebruik kiezen": who uses this device.
    Setup,
    Settings,
    /// "Veilig gebruik": what the app does and does not hide.
    SafeUse,
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
    /// A family's visits, trend and evaluations.
    Monitoring(Id),
    /// One visit of a family: its form while written, else the recorded visit.
    Visit(Id, Id),
    /// The evaluation of a family's help.
    Evaluation(Id),
}

impl Screen {
    /// Where the back button goes from here.
    fn parent(self) -> Screen {
        match self {
            Screen::List | Screen::Add | Screen::Edit(_) => Screen::List,
            Screen::Learn | Screen::Lesson(_) => Screen::Learn,
            // The settings' parent depends on the role: see `home`.
            Screen::SafeUse => Screen::Settings,
            Screen::Setup | Screen::Settings | Screen::CheckIn | Screen::ParentPlan => self,
            Screen::Caseload | Screen::NewFamily | Screen::Family(_) | Screen::Monitoring(_) => {
                Screen::Caseload
            }
            Screen::PlanView(family, _) => Screen::Family(family),
            Screen::Visit(family, _) | Screen::Evaluation(family) => Screen::Monitoring(family),
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
            Screen::Family(_) | Screen::Monitoring(_) => Screen::Caseload,
            top => top,
        }
    }
}

// The family's app has the professional's screens as states only (it hands over on
// reaching one), so some of these are never made there.
#[cfg_attr(not(feature = "professional"), allow(dead_code))]
#[derive(Clone, PartialEq)]
enum Announcement {
    Saved(String),
    Removed(String),
    /// On a family's monitoring screen.
    Monitoring(News),
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

// The family's app has the professional's screens as states only (it hands over on
// reaching one), so some of these are never made there.
#[cfg_attr(not(feature = "professional"), allow(dead_code))]
enum Action {
    Blocked,
    Gate(Opened),
    Opened(Started),
    /// Who uses the device was chosen (and stored).
    SetupDone(Session, DeviceSetup, Option<Case>),
    /// "Ander gebruik kiezen", confirmed.
    ChangeUse,
    Failed(StorageError),
    Show(Screen),
    /// Replace the screen and say what just happened there.
    Announce(Screen, Announcement),
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
            Action::Gate(opened) => {
                next.phase = match opened {
                    Opened::Locked(gate) => Phase::Locked(gate),
                    Opened::NeedsSecret(gate) => Phase::NeedsSecret(gate),
                }
            }
            Action::Opened(Started {
                session,
                people,
                setup,
                case,
            }) => {
                next.phase = Phase::Ready(session);
                next.people = people.items;
                next.unreadable = people.unreadable;
                sort_for_display(&mut next.people);
                next.screen = setup
                    .as_ref()
                    .map_or(Screen::Setup, |s| Screen::home(s.role));
                next.setup = setup;
                next.case = case;
            }
            Action::SetupDone(session, setup, case) => {
                // The first save on this device: ask the browser to keep the data.
                wasm_bindgen_futures::spawn_local(async {
                    env::ask_persistent_storage().await;
                });
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
            Action::Announce(screen, announcement) => {
                next.screen = screen;
                next.announcement = Some(announcement);
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

/// Open the database and find out whether it is locked.
async fn open_storage(dispatcher: UseReducerDispatcher<AppState>) {
    let (on_blocked, on_change) = (dispatcher.clone(), dispatcher.clone());
    match start::open(
        move || on_blocked.dispatch(Action::Blocked),
        move || on_change.dispatch(Action::VersionChanged),
    )
    .await
    {
        Ok(opened) => dispatcher.dispatch(Action::Gate(opened)),
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
}

/// Unlocked: load what the first screen shows.
async fn begin(gate: Gate, dispatcher: UseReducerDispatcher<AppState>) {
    match gate.start().await {
        Ok(started) => dispatcher.dispatch(Action::Opened(started)),
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
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
    // Coming back to this page from the browser's history (the back button after "Snel
    // weg") must not bring back what was on screen: start again, locked.
    use_effect_with((), |_| {
        let listener = EventListener::new(&gloo::utils::window(), "pageshow", |event| {
            let persisted = js_sys::Reflect::get(event, &JsValue::from_str("persisted"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if persisted {
                lock_now();
            }
        });
        move || drop(listener)
    });
    // "Snel weg" from the keyboard: Shift pressed three times within 1.5 seconds.
    use_effect_with((), |_| {
        let presses = std::cell::RefCell::new(Vec::<f64>::new());
        let listener = EventListener::new(&gloo::utils::window(), "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.key() != "Shift" || key.repeat() {
                return;
            }
            let now = js_sys::Date::now();
            let mut presses = presses.borrow_mut();
            presses.retain(|t| now - t < 1500.0);
            presses.push(now);
            if presses.len() >= 3 {
                crate::service::lock_current();
                env::quick_exit();
            }
        });
        move || drop(listener)
    });
    // The first screen with data from storage is on the page: the benchmark's "interactive".
    let ready = matches!(state.phase, Phase::Ready(_));
    // The first screen drawn from storage: the lock, or the app itself.
    let shown = matches!(
        state.phase,
        Phase::Ready(_) | Phase::NeedsSecret(_) | Phase::Locked(_)
    );
    let update = use_service_worker_update(shown);
    // Lock after a while without use, and when the app has been hidden for a while.
    use_effect_with(ready, |ready| {
        let mut keep: Vec<Box<dyn std::any::Any>> = Vec::new();
        if *ready {
            let last = std::rc::Rc::new(std::cell::Cell::new(js_sys::Date::now()));
            for kind in ["pointerdown", "keydown", "input", "scroll"] {
                let last = last.clone();
                keep.push(Box::new(EventListener::new(
                    &gloo::utils::window(),
                    kind,
                    move |_| last.set(js_sys::Date::now()),
                )));
            }
            keep.push(Box::new(gloo::timers::callback::Interval::new(
                10_000,
                move || {
                    let idle = js_sys::Date::now() - last.get();
                    if idle >= f64::from(env::idle_minutes()) * 60_000.0 {
                        lock_now();
                    }
                },
            )));
            let hidden_at = std::rc::Rc::new(std::cell::Cell::new(None::<f64>));
            let timer = std::rc::Rc::new(std::cell::RefCell::new(
                None::<gloo::timers::callback::Timeout>,
            ));
            keep.push(Box::new(EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                move |_| {
                    let hidden = gloo::utils::document().visibility_state()
                        == web_sys::VisibilityState::Hidden;
                    if hidden {
                        hidden_at.set(Some(js_sys::Date::now()));
                        *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                            HIDDEN_LOCK_MS,
                            lock_now,
                        ));
                    } else {
                        timer.borrow_mut().take();
                        if hidden_at
                            .take()
                            .is_some_and(|t| js_sys::Date::now() - t >= f64::from(HIDDEN_LOCK_MS))
                        {
                            lock_now();
                        }
                    }
                },
            )));
        }
        move || drop(keep)
    });
    use_effect_with(shown, |shown| {
        if *shown {
            env::mark("veilig-ready");
        }
    });
    // Which app this device starts next time follows who uses it: the family's app for
    // young people and parents, the professional's (the complete one) for professionals.
    use_effect_with(state.setup.as_ref().map(|s| s.role), |role| {
        if let Some(role) = role {
            env::remember_app(*role);
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
    // Back to a family's monitoring screen, saying what happened (no history entry: the
    // form it leaves is replaced).
    #[cfg(feature = "professional")]
    let announce = |family: Id| {
        let dispatcher = state.dispatcher();
        Callback::from(move |news: News| {
            dispatcher.dispatch(Action::Announce(
                Screen::Monitoring(family),
                Announcement::Monitoring(news),
            ))
        })
    };
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
        Phase::NeedsSecret(gate) => {
            let (gate2, dispatcher) = (gate.clone(), state.dispatcher());
            let on_done = Callback::from(move |_| {
                wasm_bindgen_futures::spawn_local(begin(gate2.clone(), dispatcher.clone()))
            });
            html! { <SetSecretPage gate={gate.clone()} {on_done} /> }
        }
        Phase::Locked(gate) => {
            let (gate2, dispatcher) = (gate.clone(), state.dispatcher());
            let on_unlocked = Callback::from(move |_| {
                wasm_bindgen_futures::spawn_local(begin(gate2.clone(), dispatcher.clone()))
            });
            html! { <UnlockPage gate={gate.clone()} {on_unlocked} /> }
        }
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
                        <SettingsPage session={session.clone()} {role} {name}
                            on_change_use={Callback::from(move |_| dispatcher.dispatch(Action::ChangeUse))}
                            on_safe_use={show.reform(|_| Screen::SafeUse)} />
                    }
                }
                (Screen::SafeUse, _) => html! { <SafeUsePage on_back={back.clone()} /> },
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
                // The family's app has none of the professional's screens: it hands over.
                #[cfg(not(feature = "professional"))]
                (
                    Screen::Caseload
                    | Screen::NewFamily
                    | Screen::Monitoring(_)
                    | Screen::Visit(..)
                    | Screen::Evaluation(_)
                    | Screen::Family(_)
                    | Screen::PlanView(..),
                    _,
                ) => html! {
                    <SwitchAppPage />
                },
                #[cfg(feature = "professional")]
                (Screen::Caseload, _) => html! {
                    <CaseloadPage session={session.clone()}
                        on_open={show.reform(Screen::Family)}
                        on_visit={show.reform(|(family, visit)| Screen::Visit(family, visit))}
                        on_new={show.reform(|_| Screen::NewFamily)} />
                },
                #[cfg(feature = "professional")]
                (Screen::NewFamily, _) => html! {
                    <NewFamilyPage session={session.clone()}
                        on_created={go.reform(Screen::Family)} on_cancel={back.clone()} />
                },
                #[cfg(feature = "professional")]
                (Screen::Monitoring(id), _) => {
                    let id = *id;
                    let news = match &state.announcement {
                        Some(Announcement::Monitoring(news)) => Some(*news),
                        _ => None,
                    };
                    html! {
                        <MonitoringPage key={id.to_string()} session={session.clone()} family={id} {news}
                            on_back={back.clone()} on_plan={go.reform(move |_| Screen::Family(id))}
                            on_open_visit={show.reform(move |visit| Screen::Visit(id, visit))}
                            on_evaluate={show.reform(move |_| Screen::Evaluation(id))} />
                    }
                }
                #[cfg(feature = "professional")]
                (Screen::Visit(family, visit), _) => html! {
                    <VisitPage key={format!("{family}-{visit}")} session={session.clone()} family={*family}
                        visit={*visit} on_back={back.clone()} on_done={announce(*family)} />
                },
                #[cfg(feature = "professional")]
                (Screen::Evaluation(family), _) => {
                    let family = *family;
                    html! {
                        <EvaluationPage key={family.to_string()} session={session.clone()} {family}
                            on_back={back.clone()} on_done={announce(family)}
                            on_adjust={go.reform(move |_| Screen::Family(family))} />
                    }
                }
                #[cfg(feature = "professional")]
                (Screen::Family(id), _) => html! {
                    <PlanEditor key={id.to_string()} session={session.clone()} family={*id}
                        on_back={back.clone()}
                        on_visits={go.reform({ let id = *id; move |_| Screen::Monitoring(id) })}
                        on_view={show.reform({ let id = *id; move |revision| Screen::PlanView(id, revision) })} />
                },
                #[cfg(feature = "professional")]
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
                            Announcement::Monitoring(news) => news.text(*lang),
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

    // "Snel weg" on every screen of a young person or a parent, and while choosing.
    let show_quick_exit = state.screen == Screen::Setup
        || state
            .setup
            .as_ref()
            .is_some_and(|s| s.role != Role::Professional);
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
                if ready {
                    <button type="button" class="button quiet settings-button"
                        aria-label={lang_handle.t(T::LockNow)} onclick={Callback::from(|_| lock_now())}>
                        { padlock() }
                    </button>
                }
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
            if show_quick_exit {
                <button type="button" class="quick-exit" onclick={Callback::from(|_| {
                    crate::service::lock_current();
                    env::quick_exit();
                })}>
                    { lang_handle.t(T::QuickExit) }
                </button>
            }
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

/// How long the app may be hidden (another app, the home screen) before it locks.
const HIDDEN_LOCK_MS: u32 = 30_000;

/// Lock now: the key leaves memory, and the reload takes everything that was on screen
/// with it. The app opens again at the lock screen.
fn lock_now() {
    crate::service::lock_current();
    env::reload();
}

/// The lock icon.
fn padlock() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </svg>
    }
}
