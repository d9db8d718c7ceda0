//! The app's state and its reducer: which phase the app is in (opening, locked, ready),
//! who uses the device, the young person's own list, and the screen. The reducer does no
//! I/O: storage work happens in effects and event handlers, through the services.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::package::View;
use crate::domain::safe_person::{sort_for_display, upsert};
use crate::domain::{Case, DeviceSetup, SafePerson};
use crate::service::{Gate, Opened, Session, Started, StorageError};

use super::screen::Screen;

/// Where the app is in opening its storage.
#[derive(Clone, PartialEq)]
pub enum Phase {
    Opening,
    /// Another tab holds an older connection open.
    Blocked,
    /// No secret on this device yet: choose one (this encrypts anything stored before).
    NeedsSecret(Gate),
    /// A secret is set; nothing is read until it is given.
    Locked(Gate),
    Ready(Session),
    Failed(StorageError),
    /// "Alles wissen" from the settings: nothing of Veilig is left on the device.
    Erased,
}

/// What the list screen says happened, once.
#[derive(Clone, PartialEq)]
pub enum Announcement {
    Saved(String),
    Removed(String),
}

/// The whole state of the shell.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub phase: Phase,
    pub people: Vec<SafePerson>,
    pub unreadable: usize,
    /// Who uses the device, the case or the plan could not be read (see
    /// [`Started::damaged`]).
    pub damaged: bool,
    /// Who uses this device; `None` until chosen.
    pub setup: Option<DeviceSetup>,
    /// The family case the setup points at, where this device holds it (the professional's
    /// own device, or a plan from an older plain file).
    pub case: Option<Case>,
    /// What the family member's screens show of the plan.
    pub view: Option<View>,
    pub screen: Screen,
    pub announcement: Option<Announcement>,
    /// Another tab upgraded the database; this one must reload.
    pub version_changed: bool,
}

/// What can happen to the state.
pub enum Action {
    Blocked,
    Gate(Opened),
    /// The family's door handed the key to the home, which is loading.
    HandedOver,
    Opened(Started),
    /// Who uses the device was chosen (and stored).
    SetupDone(Session, DeviceSetup, Option<Case>, Option<View>),
    /// A plan from the professional was saved on this phone.
    PlanAccepted(Session, DeviceSetup, View),
    /// "Ander gebruik kiezen", confirmed.
    ChangeUse,
    Failed(StorageError),
    Show(Screen),
    /// The browser's back button: one level up.
    Back,
    Saved(SafePerson),
    Removed(SafePerson),
    VersionChanged,
    /// Everything of Veilig was erased from the device.
    Erased,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            phase: Phase::Opening,
            people: Vec::new(),
            unreadable: 0,
            damaged: false,
            setup: None,
            case: None,
            view: None,
            screen: Screen::List,
            announcement: None,
            version_changed: false,
        }
    }
}

impl AppState {
    /// Apply `action`: the reducer's logic, as a plain function that native tests can call.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Blocked => self.phase = Phase::Blocked,
            Action::Erased => {
                *self = AppState {
                    phase: Phase::Erased,
                    ..AppState::default()
                }
            }
            Action::Gate(opened) => {
                self.phase = match opened {
                    Opened::Locked(gate) => Phase::Locked(gate),
                    Opened::NeedsSecret(gate) => Phase::NeedsSecret(gate),
                }
            }
            Action::HandedOver => self.phase = Phase::Opening,
            Action::Opened(Started {
                session,
                people,
                setup,
                case,
                view,
                damaged,
            }) => {
                self.phase = Phase::Ready(session);
                self.damaged = damaged;
                self.people = people.items;
                self.unreadable = people.unreadable;
                sort_for_display(&mut self.people);
                self.screen = setup
                    .as_ref()
                    .map_or(Screen::Setup, |s| Screen::home(s.role));
                self.setup = setup;
                self.case = case;
                self.view = view;
            }
            Action::SetupDone(session, setup, case, view) => {
                self.phase = Phase::Ready(session);
                self.screen = Screen::home(setup.role);
                self.setup = Some(setup);
                self.case = case;
                self.view = view;
            }
            Action::PlanAccepted(session, setup, view) => {
                self.phase = Phase::Ready(session);
                self.screen = Screen::home(setup.role);
                // The received view replaces one made from a stored case.
                if self.case.as_ref().map(|c| c.family.id) != Some(view.family()) {
                    self.case = None;
                }
                self.setup = Some(setup);
                self.view = Some(view);
            }
            Action::ChangeUse => self.screen = Screen::Setup,
            Action::Failed(error) => self.phase = Phase::Failed(error),
            Action::Show(screen) => {
                if screen != Screen::List {
                    self.announcement = None;
                }
                self.screen = screen;
            }
            Action::Back => {
                self.screen = self.screen.parent(self.setup.as_ref().map(|s| s.role));
            }
            Action::Saved(person) => {
                self.announcement = Some(Announcement::Saved(person.name.clone()));
                upsert(&mut self.people, person);
                self.screen = Screen::List;
            }
            Action::Removed(person) => {
                self.people.retain(|p| p.id != person.id);
                self.announcement = Some(Announcement::Removed(person.name));
                self.screen = Screen::List;
            }
            Action::VersionChanged => self.version_changed = true,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, Role};
    use crate::ui::shell::screen::ProScreen;

    fn setup(role: Role) -> DeviceSetup {
        DeviceSetup {
            role,
            family: None,
            person: None,
            band: None,
            chosen_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn back_from_settings_goes_to_the_roles_home_and_nowhere_from_a_home() {
        let mut state = AppState {
            setup: Some(setup(Role::Parent)),
            screen: Screen::Settings,
            ..AppState::default()
        };
        state.apply(Action::Back);
        assert_eq!(state.screen, Screen::ParentPlan);
        state.apply(Action::Back);
        assert_eq!(state.screen, Screen::ParentPlan);
    }

    #[test]
    fn an_announcement_stays_on_the_list_and_goes_elsewhere() {
        let mut state = AppState {
            announcement: Some(Announcement::Saved("Oma".into())),
            ..AppState::default()
        };
        state.apply(Action::Show(Screen::List));
        assert!(state.announcement.is_some());
        state.apply(Action::Show(Screen::Pro(ProScreen::Monitoring(
            Id::from_random_bytes([1; 16]),
        ))));
        assert!(state.announcement.is_none());
        state.apply(Action::ChangeUse);
        assert_eq!(state.screen, Screen::Setup);
    }

    #[test]
    fn the_door_waits_for_the_home_after_handing_over() {
        let mut state = AppState {
            phase: Phase::Blocked,
            ..AppState::default()
        };
        state.apply(Action::HandedOver);
        assert!(state.phase == Phase::Opening);
        // Erasing still says so.
        state.apply(Action::Erased);
        assert!(state.phase == Phase::Erased);
    }
}
