//! The family's screens: a young person's safe people, lessons and check-in, and a
//! parent's plan. Both apps contain them.

pub mod check_in;
pub mod contact_form;
pub mod contacts;
pub mod learn;
pub mod parent_plan;
pub mod receive;

use crate::domain::home::{current_plan, safe_people, unsafe_steps};
use crate::domain::{AgeBand, Case, DeviceSetup, Person, SafePerson, Step, Topic};

/// What the young person's screens show, from their setup and plan.
pub struct YoungPersonView {
    pub band: AgeBand,
    pub topics: Vec<Topic>,
    /// Their safe people from the plan.
    pub plan_people: Vec<Person>,
    pub steps: Vec<Step>,
}

impl YoungPersonView {
    /// The view of the young person of `setup`, with their own list `own` (`today` is
    /// the local date, for the age band).
    pub fn new(
        setup: Option<&DeviceSetup>,
        case: Option<&Case>,
        own: &[SafePerson],
        today: chrono::NaiveDate,
    ) -> YoungPersonView {
        let family = case.map(|c| &c.family);
        let band = setup.map_or(AgeBand::From8To11, |s| s.band(family, today));
        match (case, setup.and_then(|s| s.person)) {
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
                let names: Vec<String> = own.iter().map(|p| p.name.clone()).collect();
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
}
