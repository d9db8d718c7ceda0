//! Where the app is: the screens as app state, never as URLs (nothing about a person may
//! appear in the address bar), and where the back button goes from each.

use crate::domain::education::ParentTopic;
use crate::domain::{Id, Role, Topic};

/// A screen of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// First use, or after "Ander gebruik kiezen": who uses this device.
    Setup,
    Settings,
    /// "Veilig gebruik": what the app does and does not hide.
    SafeUse,
    /// "Plan ontvangen": this phone's pairing code, for the professional to scan.
    Receive,
    /// The young person's safe people.
    List,
    /// The young person's psycho-education: the topics, and one topic.
    Learn,
    Lesson(Topic),
    /// "Hoe veilig voel ik me?".
    CheckIn,
    /// The parent's plan.
    ParentPlan,
    /// Support for parents: their texts and help lines, and one text.
    Support,
    ParentText(ParentTopic),
    Add,
    Edit(Id),
    /// A professional's screen. The family's app has none of them: reaching one hands over
    /// to the professional's app.
    Pro(ProScreen),
}

/// The professional's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProScreen {
    /// The professional's families.
    Caseload,
    NewFamily,
    /// A family's plan in the editor.
    Family(Id),
    /// A family's plan, read-only: the working copy or an agreed revision.
    PlanView(Id, Option<u32>),
    /// A family's visits, trend and evaluations.
    Monitoring(Id),
    /// One visit of a family: its form while written, else the recorded visit.
    Visit(Id, Id),
    /// The evaluation of a family's help.
    Evaluation(Id),
    /// "Op een telefoon zetten": pair a family member's phone.
    Pair(Id),
    /// "Overdragen aan collega": a family's whole case to a colleague's device.
    HandOver(Id),
    /// "Dossier van een collega ontvangen".
    ReceiveCase,
}

impl ProScreen {
    /// Where the back button goes from here.
    pub fn parent(self) -> ProScreen {
        match self {
            ProScreen::Caseload
            | ProScreen::NewFamily
            | ProScreen::ReceiveCase
            | ProScreen::Family(_)
            | ProScreen::Monitoring(_) => ProScreen::Caseload,
            ProScreen::PlanView(family, _)
            | ProScreen::Pair(family)
            | ProScreen::HandOver(family) => ProScreen::Family(family),
            ProScreen::Visit(family, _) | ProScreen::Evaluation(family) => {
                ProScreen::Monitoring(family)
            }
        }
    }
}

impl Screen {
    /// Where the back button goes from here; the settings go to the home of `role`.
    pub fn parent(self, role: Option<Role>) -> Screen {
        match self {
            Screen::List | Screen::Add | Screen::Edit(_) => Screen::List,
            Screen::Learn | Screen::Lesson(_) => Screen::Learn,
            Screen::Support | Screen::ParentText(_) => Screen::Support,
            Screen::SafeUse => Screen::Settings,
            // Opened from the settings, or from the setup before any role is chosen.
            Screen::Receive if role.is_none() => Screen::Setup,
            Screen::Receive => Screen::Settings,
            Screen::Settings => role.map_or(self, Screen::home),
            Screen::Setup | Screen::CheckIn | Screen::ParentPlan => self,
            Screen::Pro(pro) => Screen::Pro(pro.parent()),
        }
    }

    /// The first screen of a role.
    pub fn home(role: Role) -> Screen {
        match role {
            Role::YoungPerson => Screen::List,
            Role::Parent => Screen::ParentPlan,
            Role::Professional => Screen::Pro(ProScreen::Caseload),
        }
    }

    /// The top-level screen this one belongs to, for the navigation tabs.
    pub fn top(self) -> Screen {
        match self {
            Screen::Pro(_) => Screen::Pro(ProScreen::Caseload),
            Screen::Settings => Screen::Settings,
            other => other.parent(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Id {
        Id::from_random_bytes([n; 16])
    }

    #[test]
    fn back_goes_one_level_up() {
        let (family, visit) = (id(1), id(2));
        assert_eq!(Screen::Edit(family).parent(None), Screen::List);
        assert_eq!(Screen::Lesson(Topic::ALL[0]).parent(None), Screen::Learn);
        assert_eq!(
            Screen::ParentText(ParentTopic::ALL[0]).parent(None),
            Screen::Support
        );
        assert_eq!(
            Screen::ParentText(ParentTopic::ALL[1]).top(),
            Screen::Support
        );
        assert_eq!(Screen::SafeUse.parent(None), Screen::Settings);
        assert_eq!(Screen::Receive.parent(None), Screen::Setup);
        assert_eq!(Screen::Receive.parent(Some(Role::Parent)), Screen::Settings);
        assert_eq!(
            Screen::Pro(ProScreen::Pair(family)).parent(None),
            Screen::Pro(ProScreen::Family(family))
        );
        assert_eq!(
            Screen::Settings.parent(Some(Role::Parent)),
            Screen::ParentPlan
        );
        assert_eq!(Screen::CheckIn.parent(None), Screen::CheckIn);
        assert_eq!(
            Screen::Pro(ProScreen::Visit(family, visit)).parent(None),
            Screen::Pro(ProScreen::Monitoring(family))
        );
        assert_eq!(
            Screen::Pro(ProScreen::PlanView(family, Some(2))).parent(None),
            Screen::Pro(ProScreen::Family(family))
        );
        assert_eq!(
            Screen::Pro(ProScreen::Monitoring(family)).parent(None),
            Screen::Pro(ProScreen::Caseload)
        );
    }

    #[test]
    fn each_role_has_its_home_and_tabs_follow_their_screens() {
        assert_eq!(Screen::home(Role::YoungPerson), Screen::List);
        assert_eq!(Screen::home(Role::Parent), Screen::ParentPlan);
        assert_eq!(
            Screen::home(Role::Professional),
            Screen::Pro(ProScreen::Caseload)
        );
        assert_eq!(Screen::Lesson(Topic::ALL[0]).top(), Screen::Learn);
        assert_eq!(Screen::Add.top(), Screen::List);
        assert_eq!(
            Screen::Pro(ProScreen::Visit(id(1), id(2))).top(),
            Screen::Pro(ProScreen::Caseload)
        );
    }
}
