//! What a family member's device receives and sends back (issue 13): a view of the latest
//! agreed plan built for one person, holding only what that person's screens show, and the
//! answers that travel back to the professional.
//!
//! The rules, which the property tests in `tests/package.rs` hold for arbitrary plans:
//! - only an agreed revision travels: never the working copy, visits, evaluations, scores or
//!   notes (none of them is an input here);
//! - a young person's view holds their own safe people (name, relation, number), the
//!   agreements they have a part in, whether the lesson on witnessed violence applies, their
//!   content band, who explains the plan to them and the coordinator's name; never a help
//!   goal, nor another child's details unless that child is one of their safe people;
//! - a parent's or carer's view holds the agreements, who watches and who steps in, the
//!   coordinator, the plan's dates and the parents' goals;
//! - what the professional marked "alleen voor deze ouder" reaches that parent only.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::home::goals_for_parents;
use super::plan::{Coordinator, GoalArea, GoalStatus, NetworkRole, Period, Situation};
use super::{AgeBand, Case, Family, Id, PersonKind, PhoneNumber, SafetyPlan, SafetyScore};

/// A person to call: a safe person, someone who watches or steps in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub phone: Option<PhoneNumber>,
}

/// A young person's part of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YoungPersonView {
    pub family: Id,
    pub person: Id,
    /// Their own name, as the plan writes it.
    pub name: String,
    pub revision: u32,
    pub agreed_on: Option<NaiveDate>,
    /// Their content band on the day the view was made.
    pub band: AgeBand,
    pub safe_people: Vec<Contact>,
    /// What the agreements they have a part in say (their steps when they do not feel safe).
    pub agreements: Vec<String>,
    /// Whether the lesson on seeing or hearing violence at home is for them.
    pub witnessed_violence: bool,
    /// Who explains the plan to them.
    pub explained_by: Option<String>,
    /// The name of the professional who coordinates the help.
    pub coordinator: String,
}

/// One agreement as a parent reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementView {
    pub situation: Situation,
    #[serde(default)]
    pub own_situation: String,
    pub what: String,
    /// The names of who does it.
    pub who: Vec<String>,
}

/// A network role as a parent reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleView {
    pub person: Contact,
    pub task: String,
}

/// A help goal as a parent reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalView {
    pub goal: String,
    pub area: GoalArea,
    pub status: GoalStatus,
}

/// A parent's or carer's part of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarerView {
    pub family: Id,
    pub person: Id,
    pub name: String,
    pub revision: u32,
    pub agreed_on: Option<NaiveDate>,
    pub period: Period,
    pub agreements: Vec<AgreementView>,
    pub watchers: Vec<RoleView>,
    pub stand_ins: Vec<RoleView>,
    pub coordinator: Coordinator,
    pub goals: Vec<GoalView>,
}

/// What a family member's device holds of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "for", rename_all = "snake_case")]
pub enum View {
    YoungPerson(YoungPersonView),
    Carer(CarerView),
}

impl View {
    pub fn family(&self) -> Id {
        match self {
            View::YoungPerson(v) => v.family,
            View::Carer(v) => v.family,
        }
    }

    pub fn person(&self) -> Id {
        match self {
            View::YoungPerson(v) => v.person,
            View::Carer(v) => v.person,
        }
    }

    pub fn revision(&self) -> u32 {
        match self {
            View::YoungPerson(v) => v.revision,
            View::Carer(v) => v.revision,
        }
    }
}

/// Why no view can be made for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewProblem {
    /// Nothing of the plan is agreed yet: only agreed revisions travel.
    NotAgreed,
    /// The person is not in the family (as the agreed revision knew it).
    NotInFamily,
    /// Only a child, a parent or a carer gets a view.
    NoViewForThisPerson,
}

/// The view of the latest agreed revision of `case` for `person`, on `today` (for the band).
pub fn view_for(case: &Case, person: Id, today: NaiveDate) -> Result<View, ViewProblem> {
    let plan = case
        .revisions
        .iter()
        .filter(|r| r.status == super::PlanStatus::Agreed)
        .max_by_key(|r| r.revision)
        .ok_or(ViewProblem::NotAgreed)?;
    // The people as they were when the plan was agreed, falling back to today's list for
    // revisions saved before revisions kept them.
    let family = if plan.people.is_empty() {
        case.family.clone()
    } else {
        Family {
            people: plan.people.clone(),
            ..case.family.clone()
        }
    };
    let who = family.person(person).ok_or(ViewProblem::NotInFamily)?;
    match who.kind {
        PersonKind::Child => Ok(View::YoungPerson(young_person(
            plan, &family, person, today,
        ))),
        PersonKind::Carer => Ok(View::Carer(carer(plan, &family, person))),
        PersonKind::Network | PersonKind::Professional => Err(ViewProblem::NoViewForThisPerson),
    }
}

fn contact(family: &Family, id: Id) -> Option<Contact> {
    family.person(id).map(|p| Contact {
        name: p.name.clone(),
        relation: p.relation.clone(),
        phone: p.phone.clone(),
    })
}

/// Only for everyone, or for this person.
fn reaches(only_for: Option<Id>, person: Id) -> bool {
    only_for.is_none_or(|one| one == person)
}

fn young_person(
    plan: &SafetyPlan,
    family: &Family,
    child: Id,
    today: NaiveDate,
) -> YoungPersonView {
    let me = family.person(child);
    YoungPersonView {
        family: plan.family,
        person: child,
        name: me.map(|p| p.name.clone()).unwrap_or_default(),
        revision: plan.revision,
        agreed_on: plan.approval.as_ref().map(|a| a.on),
        band: me
            .and_then(|p| p.age_band(today))
            .unwrap_or(AgeBand::From8To11),
        safe_people: plan
            .safe_people_of(child)
            .iter()
            .filter_map(|id| contact(family, *id))
            .collect(),
        agreements: plan
            .agreements
            .iter()
            // An agreement for one parent only never reaches a child.
            .filter(|a| a.only_for.is_none() && a.who.contains(&child))
            .filter(|a| !a.what.trim().is_empty())
            .map(|a| a.what.clone())
            .collect(),
        witnessed_violence: plan.witnessed_violence.contains(&child),
        explained_by: plan
            .explanations
            .iter()
            .find(|e| e.child == child)
            .and_then(|e| e.by)
            .and_then(|id| family.person(id))
            .map(|p| p.name.clone()),
        coordinator: plan.coordinator.name.clone(),
    }
}

fn roles(list: &[NetworkRole], family: &Family) -> Vec<RoleView> {
    list.iter()
        .filter_map(|r| {
            contact(family, r.person).map(|person| RoleView {
                person,
                task: r.task.clone(),
            })
        })
        .collect()
}

fn carer(plan: &SafetyPlan, family: &Family, person: Id) -> CarerView {
    CarerView {
        family: plan.family,
        person,
        name: family.name_of(person).to_string(),
        revision: plan.revision,
        agreed_on: plan.approval.as_ref().map(|a| a.on),
        period: plan.period.clone(),
        agreements: plan
            .agreements
            .iter()
            .filter(|a| reaches(a.only_for, person) && !a.what.trim().is_empty())
            .map(|a| AgreementView {
                situation: a.situation,
                own_situation: a.own_situation.clone(),
                what: a.what.clone(),
                who: a
                    .who
                    .iter()
                    .map(|id| family.name_of(*id).to_string())
                    .collect(),
            })
            .collect(),
        watchers: roles(&plan.watchers, family),
        stand_ins: roles(&plan.stand_ins, family),
        coordinator: plan.coordinator.clone(),
        goals: goals_for_parents(plan, family)
            .into_iter()
            .filter(|g| reaches(g.only_for, person))
            .map(|g| GoalView {
                goal: g.goal.clone(),
                area: g.area,
                status: g.status,
            })
            .collect(),
    }
}

/// A parent's answer to one agreed revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// "Klopt, ik sta erachter."
    Agree,
    /// "Ik heb een vraag."
    Question,
    /// "Ik ben het hier niet mee eens."
    Disagree,
}

/// The longest sentence an answer carries.
pub const MAX_ANSWER_CHARS: usize = 500;

/// A parent's answer, as it travels back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionAnswer {
    pub revision: u32,
    pub answer: Answer,
    #[serde(default)]
    pub words: String,
    pub at: DateTime<Utc>,
}

/// A check-in the young person chose to share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCheckIn {
    pub at: DateTime<Utc>,
    pub score: SafetyScore,
    #[serde(default)]
    pub words: String,
}

/// What travels back from a family member's device to the professional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub family: Id,
    pub person: Id,
    #[serde(default)]
    pub revisions: Vec<RevisionAnswer>,
    #[serde(default)]
    pub check_ins: Vec<SharedCheckIn>,
}
