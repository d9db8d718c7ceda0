//! The root component: opens storage through the services, gates on the lock and on who
//! uses the device, and shows a role's screens.
//!
//! Screens are app state, not URLs: nothing about a person ever appears in the address bar.
//! In the professional's app, opening a deeper screen pushes one history entry with the same
//! URL, so a phone's back button closes it instead of leaving the app. The family's app adds
//! no history entries at all (issue 15): its phone may be picked up by the person a child
//! needs protection from, and after "Snel weg" the back button must not walk back through
//! the app's screens. Its own back buttons go up a screen without the browser's history.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::domain::Role;
use crate::i18n::{Language, L, T};
use crate::service::{start, Gate, Opened};
use crate::ui::components::notice::Notice;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::LangHandle;
use crate::ui::hooks::use_service_worker::use_service_worker_update;

use super::chrome::{quick_exit_button, tabs, top_bar};
use super::guards::use_guards;
use super::lock::{SetSecretPage, UnlockPage};
use super::part::{self, Part};
use super::routes;
use super::screen::Screen;
use super::slots;
use super::state::{Action, AppState, Phase};

/// Open the database and find out whether it is locked. The family's home does not ask:
/// it unlocks with the key the door handed over, or goes back to the door.
async fn open_storage<P: Part>(dispatcher: UseReducerDispatcher<AppState>) {
    let (on_blocked, on_change) = (dispatcher.clone(), dispatcher.clone());
    match start::open(
        move || on_blocked.dispatch(Action::Blocked),
        move || on_change.dispatch(Action::VersionChanged),
    )
    .await
    {
        Ok(opened) if P::LOCK => dispatcher.dispatch(Action::Gate(opened)),
        // Spawned, not awaited, so that a module without the screens holds none of this.
        Ok(opened) => wasm_bindgen_futures::spawn_local(adopt(opened, dispatcher)),
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
}

/// The family's home: unlock with the door's key and load the first screen, or go back to
/// the door (a reload) when there is no key or it does not open the data.
async fn adopt(opened: Opened, dispatcher: UseReducerDispatcher<AppState>) {
    let (Opened::Locked(gate), Some((key, factor))) = (opened, part::take_handed()) else {
        return env::reload();
    };
    match gate.adopt_key(key, factor).await {
        Ok(true) => begin(gate, dispatcher).await,
        Ok(false) => env::reload(),
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
}

/// The code opened the data: the screens behind the lock, here or (the family's door) in
/// the home, which the start script loads with the key.
fn unlocked<P: Part>(gate: Gate, dispatcher: UseReducerDispatcher<AppState>) {
    if P::SCREENS {
        wasm_bindgen_futures::spawn_local(begin(gate, dispatcher));
    } else if let Some((key, factor)) = gate.unlocked_key() {
        // The door keeps nothing of it: the home checks the key against the data itself,
        // over its own connection.
        gate.lock();
        gate.close();
        dispatcher.dispatch(Action::HandedOver);
        part::hand_over(key, factor);
    }
}

/// Unlocked: load what the first screen shows.
async fn begin(gate: Gate, dispatcher: UseReducerDispatcher<AppState>) {
    match gate.start().await {
        Ok(started) => dispatcher.dispatch(Action::Opened(started)),
        Err(error) => dispatcher.dispatch(Action::Failed(error)),
    }
}

/// Whether deeper screens get a history entry: the professional's app only.
pub(super) const SCREENS_IN_HISTORY: bool = slots::PROFESSIONAL_APP;

fn push_history() {
    if SCREENS_IN_HISTORY {
        let _ = gloo::utils::window()
            .history()
            .and_then(|h| h.push_state(&JsValue::NULL, ""));
    }
}

/// Up one screen: through the browser's history where deeper screens have an entry (its
/// `popstate` then dispatches [`Action::Back`]), else at once.
pub(super) fn up(dispatcher: &UseReducerDispatcher<AppState>) {
    if SCREENS_IN_HISTORY {
        let _ = gloo::utils::window().history().and_then(|h| h.back());
    } else {
        dispatcher.dispatch(Action::Back);
    }
}

/// The app, or the part of it `P` says (see [`part`]).
#[function_component]
pub fn App<P: Part>() -> Html {
    let lang = use_state(env::stored_lang);
    let state = use_reducer(AppState::default);

    use_effect_with(*lang, |lang| env::apply_lang(*lang));
    {
        let dispatcher = state.dispatcher();
        // Installed on the home screen: the moment to ask again that the data is kept.
        use_effect_with((), |_| env::ask_persistence_when_installed());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(open_storage::<P>(dispatcher));
        });
    }
    let ready = matches!(state.phase, Phase::Ready(_));
    {
        let dispatcher = state.dispatcher();
        use_guards(
            ready,
            Callback::from(move |_| dispatcher.dispatch(Action::Back)),
        );
    }
    // The first screen drawn from storage (the lock, or the app itself): the benchmark's
    // "interactive", and the moment to offer a waiting update.
    let shown = matches!(
        state.phase,
        Phase::Ready(_) | Phase::NeedsSecret(_) | Phase::Locked(_)
    );
    let update = use_service_worker_update(shown);
    use_effect_with(shown, |shown| {
        if *shown {
            env::mark("veilig-ready");
        }
    });
    // Which app this device starts next time follows who uses it: the family's app for
    // young people and parents, the professional's (the complete one) for professionals.
    // The page's title is neutral ("Start", as in index.html) so that a family member's
    // phone shows nothing of Veilig in its tabs and history; a professional's names the app.
    use_effect_with(state.setup.as_ref().map(|s| s.role), |role| {
        if let Some(role) = role {
            env::remember_app(*role);
        }
        let professional = *role == Some(Role::Professional);
        gloo::utils::document().set_title(if professional { "Veilig" } else { "Start" });
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

    let lang_handle = {
        let lang = lang.clone();
        LangHandle::new(*lang, Callback::from(move |l: Language| lang.set(l)))
    };
    // Into a deeper screen: one history entry (same URL), so "back" comes out again.
    let show = {
        let dispatcher = state.dispatcher();
        Callback::from(move |screen: Screen| {
            push_history();
            dispatcher.dispatch(Action::Show(screen));
        })
    };
    // Sideways, without a history entry: the navigation, or a screen replacing another.
    let go = {
        let dispatcher = state.dispatcher();
        Callback::from(move |screen: Screen| dispatcher.dispatch(Action::Show(screen)))
    };
    let back = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: ()| up(&dispatcher))
    };

    let content = match &state.phase {
        Phase::Opening => html! { <p class="loading">{ lang_handle.t(L::Loading) }</p> },
        Phase::Blocked => html! { <Notice message={lang_handle.t(L::StorageBlocked)} /> },
        Phase::NeedsSecret(gate) if P::LOCK => {
            let (gate2, dispatcher) = (gate.clone(), state.dispatcher());
            let on_done = Callback::from(move |_| unlocked::<P>(gate2.clone(), dispatcher.clone()));
            html! { <SetSecretPage gate={gate.clone()} {on_done} /> }
        }
        Phase::Locked(gate) if P::LOCK => {
            let (gate2, dispatcher) = (gate.clone(), state.dispatcher());
            let on_unlocked =
                Callback::from(move |_| unlocked::<P>(gate2.clone(), dispatcher.clone()));
            html! { <UnlockPage gate={gate.clone()} {on_unlocked} /> }
        }
        // Never in the home: it opens with the door's key or goes back to the door.
        Phase::NeedsSecret(_) | Phase::Locked(_) => Html::default(),
        Phase::Failed(error) => html! {
            <Notice message={lang_handle.t(storage_text(error))}
                action={(AttrValue::from(lang_handle.t(L::Reload)), Callback::from(|_| env::reload()))} />
        },
        Phase::Ready(session) if P::SCREENS => {
            routes::screen(&state, session, &lang_handle, &show, &go, &back)
        }
        // Never in the door: it hands over before anything is read.
        Phase::Ready(_) => Html::default(),
        Phase::Erased => html! {
            <>
                <h1 id="page-title" tabindex="-1">{ lang_handle.t(L::ErasedTitle) }</h1>
                <p role="status">{ lang_handle.t(L::ErasedText) }</p>
            </>
        },
    };

    // "Snel weg" on every screen of the family's app, whatever its phase (the lock, set-code,
    // loading, failed and erased screens too), and in the professional's app for a young
    // person or a parent, while choosing and while receiving.
    let show_quick_exit = !slots::PROFESSIONAL_APP
        || matches!(state.screen, Screen::Setup | Screen::Receive)
        || state
            .setup
            .as_ref()
            .is_some_and(|s| s.role != Role::Professional);
    // Each role sees only its own screens; the young person has three, a parent two.
    let role_tabs: Vec<(Screen, T)> = match (&state.setup, state.screen) {
        (_, Screen::Setup) => Vec::new(),
        (Some(setup), _) if setup.role == Role::YoungPerson => vec![
            (Screen::List, T::NavSafePeople),
            (Screen::Learn, T::NavLearn),
            (Screen::CheckIn, T::NavFeeling),
        ],
        (Some(setup), _) if setup.role == Role::Parent => vec![
            (Screen::ParentPlan, T::NavParentPlan),
            (Screen::Support, T::NavSupport),
        ],
        _ => Vec::new(),
    };
    let settings = (state.setup.is_some() && state.screen != Screen::Setup).then(|| {
        (
            state.screen == Screen::Settings,
            show.reform(|_| Screen::Settings),
        )
    });
    html! {
        <ContextProvider<LangHandle> context={lang_handle.clone()}>
            { top_bar(&lang_handle, ready || slots::PROFESSIONAL_APP, ready, settings) }
            // The door has no role's screens: it draws no tabs (and holds none of `T`).
            if P::SCREENS {
                { tabs(&lang_handle, role_tabs, state.screen, &go) }
            }
            if let Some(on_update) = update {
                <UpdateBanner {on_update} />
            }
            if state.version_changed {
                <Notice message={lang_handle.t(L::StorageVersionChanged)}
                    action={(AttrValue::from(lang_handle.t(L::Reload)), Callback::from(|_| env::reload()))} />
            }
            <main id="main">
                if ready && state.damaged {
                    <Notice message={lang_handle.t(L::StartDamaged)} />
                }
                { content }
            </main>
            if show_quick_exit {
                { quick_exit_button(&lang_handle) }
            }
        </ContextProvider<LangHandle>>
    }
}
