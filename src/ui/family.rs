//! The family's screens: a young person's safe people, lessons and check-in, and a
//! parent's plan. Both apps contain them.

pub mod check_in;
pub mod contact_form;
pub mod contacts;
pub mod learn;
pub mod parent_plan;
pub mod pictures;
pub mod read_aloud;
pub mod receive;
pub mod support;
pub mod texts;

use crate::domain::home::steps_of;
use crate::domain::package::{Contact, View};
use crate::domain::{AgeBand, DeviceSetup, SafePerson, Step, Topic};

/// What the young person's screens show, from their setup and their view of the plan.
pub struct YoungPersonScreens {
    pub band: AgeBand,
    pub topics: Vec<Topic>,
    /// Their safe people from the plan.
    pub plan_people: Vec<Contact>,
    pub steps: Vec<Step>,
}

impl YoungPersonScreens {
    /// The screens of the young person of `setup`, with their view of the plan and their own
    /// list `own`.
    pub fn new(
        setup: Option<&DeviceSetup>,
        view: Option<&View>,
        own: &[SafePerson],
    ) -> YoungPersonScreens {
        match view {
            Some(View::YoungPerson(view)) => YoungPersonScreens {
                band: view.band,
                topics: Topic::for_young_person(view.witnessed_violence, view.band),
                plan_people: view.safe_people.clone(),
                steps: steps_of(view),
            },
            _ => {
                // No plan on this device: the steps name the people they added themselves.
                let names: Vec<String> = own.iter().map(|p| p.name.clone()).collect();
                let mut steps = vec![Step::SafePlace];
                if !names.is_empty() {
                    steps.push(Step::CallSafePerson(names));
                }
                steps.push(Step::Emergency);
                let band = setup.and_then(|s| s.band).unwrap_or(AgeBand::From8To11);
                YoungPersonScreens {
                    band,
                    topics: Topic::for_young_person(false, band),
                    plan_people: Vec::new(),
                    steps,
                }
            }
        }
    }
}
