//! Which screen an unlocked app shows: the shell's own (setup, settings), the family's, or
//! the professional's, by [`Screen`].

use yew::prelude::*;

use crate::domain::package::{local_view, View};
use crate::domain::{Author, Case, DeviceSetup, Role, SafePerson};
use crate::i18n::{removed, saved, Language, T};
use crate::service::Session;
use crate::ui::env;
use crate::ui::family::check_in::CheckInPage;
use crate::ui::family::contact_form::ContactForm;
use crate::ui::family::contacts::ContactsPage;
use crate::ui::family::learn::{LearnPage, LessonPage};
use crate::ui::family::parent_plan::ParentPlanPage;
use crate::ui::family::receive::ReceivePage;
use crate::ui::family::support::{ParentTextPage, SupportPage};
use crate::ui::family::YoungPersonScreens;
use crate::ui::hooks::use_lang::LangHandle;

use super::app::{up, SCREENS_IN_HISTORY};
use super::screen::Screen;
use super::settings::{SafeUsePage, SettingsPage};
use super::setup::SetupPage;
use super::state::{Action, Announcement, AppState};

/// The screen of an unlocked app.
pub fn screen(
    state: &UseReducerHandle<AppState>,
    session: &Session,
    lang: &LangHandle,
    show: &Callback<Screen>,
    go: &Callback<Screen>,
    back: &Callback<()>,
) -> Html {
    let leave_form = |make: fn(SafePerson) -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |person: SafePerson| {
            dispatcher.dispatch(make(person));
            // Out of the form's history entry, where it has one (back on the list already).
            if SCREENS_IN_HISTORY {
                up(&dispatcher);
            }
        })
    };
    let young =
        || YoungPersonScreens::new(state.setup.as_ref(), state.view.as_ref(), &state.people);
    match state.screen {
        Screen::Setup => {
            let dispatcher = state.dispatcher();
            let current = session.clone();
            let on_done = Callback::from(move |(setup, case): (DeviceSetup, Option<Case>)| {
                // The first save on this device: ask the browser to keep the data.
                wasm_bindgen_futures::spawn_local(async {
                    env::ask_persistent_storage().await;
                });
                let author = Author {
                    role: setup.role,
                    ..current.author()
                };
                let session = current.with_author(author);
                let dispatcher = dispatcher.clone();
                // A view this phone received wins over one made from a stored case.
                wasm_bindgen_futures::spawn_local(async move {
                    let view = match session.current_view(Some(&setup), case.as_ref()).await {
                        Ok(view) => view,
                        Err(_) => case
                            .as_ref()
                            .and_then(|c| local_view(c, setup.role, setup.person, env::today())),
                    };
                    dispatcher.dispatch(Action::SetupDone(session, setup, case, view));
                });
            });
            html! { <SetupPage session={session.clone()} {on_done} on_receive={show.reform(|_| Screen::Receive)} /> }
        }
        Screen::Settings => {
            let role = state.setup.as_ref().map_or(Role::YoungPerson, |s| s.role);
            let birth_dates: Vec<chrono::NaiveDate> = state
                .case
                .iter()
                .flat_map(|c| c.family.people.iter().filter_map(|p| p.birth_date))
                .collect();
            let name = match &state.view {
                Some(View::YoungPerson(v)) => Some(AttrValue::from(v.name.clone())),
                Some(View::Carer(v)) if !v.name.is_empty() => Some(AttrValue::from(v.name.clone())),
                _ => None,
            };
            let dispatcher = state.dispatcher();
            html! {
                <SettingsPage session={session.clone()} {role} {name} {birth_dates}
                    on_change_use={Callback::from(move |_| dispatcher.dispatch(Action::ChangeUse))}
                    on_safe_use={show.reform(|_| Screen::SafeUse)}
                    on_receive={show.reform(|_| Screen::Receive)}
                    on_erased={{ let d = state.dispatcher(); Callback::from(move |_| d.dispatch(Action::Erased)) }}
                    on_back={back.clone()} />
            }
        }
        Screen::SafeUse => html! { <SafeUsePage on_back={back.clone()} /> },
        Screen::Receive => {
            let dispatcher = state.dispatcher();
            let current = session.clone();
            let on_accepted = Callback::from(move |(setup, view): (DeviceSetup, View)| {
                let author = Author {
                    role: setup.role,
                    ..current.author()
                };
                dispatcher.dispatch(Action::PlanAccepted(
                    current.with_author(author),
                    setup,
                    view,
                ));
            });
            html! { <ReceivePage session={session.clone()} on_back={back.clone()} {on_accepted} /> }
        }
        Screen::Learn => {
            let young = young();
            html! {
                <LearnPage topics={young.topics} band={young.band}
                    on_open={show.reform(Screen::Lesson)} />
            }
        }
        Screen::Lesson(topic) => {
            let young = young();
            html! {
                <LessonPage key={topic.slug()} {topic} band={young.band}
                    safe_people={young.plan_people.iter().map(|p| AttrValue::from(p.name.clone())).collect::<Vec<_>>()}
                    on_back={back.clone()} />
            }
        }
        Screen::CheckIn => html! {
            <CheckInPage session={session.clone()} band={young().band} />
        },
        Screen::ParentPlan => match &state.view {
            Some(View::Carer(view)) => html! {
                <ParentPlanPage session={session.clone()} view={view.clone()}
                    on_receive={show.reform(|_| Screen::Receive)} />
            },
            _ => html! {
                <>
                    <h1 id="page-title" tabindex="-1">{ lang.t(T::ParentTitle) }</h1>
                    <p>{ lang.t(T::NoPlanForParent) }</p>
                    <button type="button" class="button primary wide"
                        onclick={show.reform(|_| Screen::Receive)}>
                        { lang.t(T::ReceiveTitle) }
                    </button>
                </>
            },
        },
        Screen::Support => html! { <SupportPage on_open={show.reform(Screen::ParentText)} /> },
        Screen::ParentText(topic) => html! {
            <ParentTextPage key={topic.slug()} {topic} on_back={back.clone()} />
        },
        Screen::Add => html! {
            <ContactForm session={session.clone()} on_saved={leave_form(Action::Saved)}
                on_removed={leave_form(Action::Removed)} on_cancel={back.clone()} />
        },
        Screen::Pro(pro) => super::slots::professional_screen(session, pro, show, go, back),
        Screen::Edit(id) => match state.people.iter().find(|p| p.id == id).cloned() {
            Some(existing) => html! {
                <ContactForm key={id.to_string()} session={session.clone()}
                    existing={Some(existing)} on_saved={leave_form(Action::Saved)}
                    on_removed={leave_form(Action::Removed)} on_cancel={back.clone()} />
            },
            // The person to edit is no longer there: the list.
            None => contacts(state, lang.lang, show, young()),
        },
        Screen::List => contacts(state, lang.lang, show, young()),
    }
}

/// The young person's safe people, with what just happened there.
fn contacts(
    state: &AppState,
    lang: Language,
    show: &Callback<Screen>,
    young: YoungPersonScreens,
) -> Html {
    let announcement = state.announcement.as_ref().map(|a| {
        AttrValue::from(match a {
            Announcement::Saved(name) => saved(lang, name),
            Announcement::Removed(name) => removed(lang, name),
        })
    });
    html! {
        <ContactsPage people={state.people.clone()} unreadable={state.unreadable}
            {announcement} on_add={show.reform(|_| Screen::Add)}
            on_edit={show.reform(|p: SafePerson| Screen::Edit(p.id))}
            plan_people={young.plan_people} steps={young.steps} band={young.band} />
    }
}
