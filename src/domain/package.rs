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
//!   coordinator, the plan's dates, the parents' goals, the strengths, the interventions and
//!   treatments (not those for another adult only), and for each child their safe people and
//!   who explains the plan to them (not how: that stays with the professional);
//! - what the professional marked "alleen voor deze ouder" reaches that parent only.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::home::goals_for_parents;
use super::plan::{
    Coordinator, GoalArea, GoalStatus, Intervention, NetworkRole, Period, Situation,
};
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
    /// The parent or carer; `None` on a device whose parent did not say who they are.
    pub person: Option<Id>,
    pub name: String,
    pub revision: u32,
    pub agreed_on: Option<NaiveDate>,
    pub period: Period,
    pub agreements: Vec<AgreementView>,
    pub watchers: Vec<RoleView>,
    pub stand_ins: Vec<RoleView>,
    pub coordinator: Coordinator,
    pub goals: Vec<GoalView>,
    /// What goes well in the family (issue 17; a view made before it has none).
    #[serde(default)]
    pub strengths: String,
    /// The help the plan offers, for the children and the parents; the treatment of another
    /// adult only is that adult's own.
    #[serde(default)]
    pub interventions: Vec<HelpView>,
    #[serde(default)]
    pub treatments: Vec<HelpView>,
    /// Each child: their safe people and who explains the plan to them.
    #[serde(default)]
    pub children: Vec<ChildView>,
}

/// An intervention or a treatment as a parent reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpView {
    pub name: String,
    #[serde(default)]
    pub provider: String,
    /// The names of who it is for.
    #[serde(default)]
    pub for_whom: Vec<String>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub end: Option<NaiveDate>,
}

/// A child, as the plan speaks of them to a parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildView {
    pub name: String,
    /// Their safe people (name and relation; a parent calls them from the people above).
    #[serde(default)]
    pub safe_people: Vec<String>,
    /// Who explains the plan to the child, and from what age.
    #[serde(default)]
    pub explained_by: Option<String>,
    #[serde(default)]
    pub at_age: Option<u8>,
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

    pub fn person(&self) -> Option<Id> {
        match self {
            View::YoungPerson(v) => Some(v.person),
            View::Carer(v) => v.person,
        }
    }

    /// The role of the device that holds this view.
    pub fn role(&self) -> super::Role {
        match self {
            View::YoungPerson(_) => super::Role::YoungPerson,
            View::Carer(_) => super::Role::Parent,
        }
    }

    /// When the revision was agreed (`None` for a working copy seen on the professional's
    /// own device).
    pub fn agreed_on(&self) -> Option<NaiveDate> {
        match self {
            View::YoungPerson(v) => v.agreed_on,
            View::Carer(v) => v.agreed_on,
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
        PersonKind::Carer => Ok(View::Carer(carer(plan, &family, Some(person)))),
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

/// The view of the plan on the device where the case itself is stored (the professional's
/// own device used by a family member, or a plan from an older plain file): the latest
/// agreed revision, else the working copy (then `agreed_on` is `None`).
pub fn local_view(
    case: &Case,
    role: super::Role,
    person: Option<Id>,
    today: NaiveDate,
) -> Option<View> {
    let plan = super::home::current_plan(&case.plan, &case.revisions);
    match role {
        super::Role::YoungPerson => {
            let child = person?;
            case.family.person(child)?;
            Some(View::YoungPerson(young_person(
                plan,
                &case.family,
                child,
                today,
            )))
        }
        super::Role::Parent => Some(View::Carer(carer(plan, &case.family, person))),
        super::Role::Professional => None,
    }
}

/// Only for everyone, or for this person (a parent who did not say who they are sees what is
/// for everyone).
fn reaches(only_for: Option<Id>, person: Option<Id>) -> bool {
    only_for.is_none_or(|one| Some(one) == person)
}

/// A young person's view of `plan` (any revision: the professional's own device shows the
/// working copy of a plan not yet agreed; packages carry only agreed ones, see [`view_for`]).
pub fn young_person(
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
        coordinator: plan.coordinator_contact(family).name,
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

/// A parent's or carer's view of `plan` (any revision, as [`young_person`]).
pub fn carer(plan: &SafetyPlan, family: &Family, person: Option<Id>) -> CarerView {
    CarerView {
        family: plan.family,
        person,
        name: person
            .map(|p| family.name_of(p).to_string())
            .unwrap_or_default(),
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
        coordinator: plan.coordinator_contact(family),
        goals: goals_for_parents(plan, family)
            .into_iter()
            .filter(|g| reaches(g.only_for, person))
            .map(|g| GoalView {
                goal: g.goal.clone(),
                area: g.area,
                status: g.status,
            })
            .collect(),
        strengths: plan.strengths.trim().to_string(),
        interventions: help_for_parent(&plan.interventions, family, person),
        treatments: help_for_parent(&plan.treatments, family, person),
        children: family
            .children()
            .map(|child| {
                let explanation = plan.explanations.iter().find(|e| e.child == child.id);
                ChildView {
                    name: child.name.clone(),
                    safe_people: plan
                        .safe_people_of(child.id)
                        .iter()
                        .filter_map(|id| family.person(*id))
                        .map(|p| p.name.clone())
                        .collect(),
                    explained_by: explanation
                        .and_then(|e| e.by)
                        .and_then(|id| family.person(id))
                        .map(|p| p.name.clone()),
                    at_age: explanation.and_then(|e| e.at_age),
                }
            })
            .collect(),
    }
}

/// The interventions or treatments a parent sees: those for the children, for everyone (no
/// one named) or for this parent; the help of another adult only is not theirs to read.
fn help_for_parent(list: &[Intervention], family: &Family, person: Option<Id>) -> Vec<HelpView> {
    list.iter()
        .filter(|h| !h.name.trim().is_empty())
        .filter(|h| {
            h.for_whom.is_empty()
                || h.for_whom.iter().any(|id| {
                    Some(*id) == person
                        || family
                            .person(*id)
                            .is_some_and(|p| p.kind == PersonKind::Child)
                })
        })
        .map(|h| HelpView {
            name: h.name.trim().to_string(),
            provider: h.provider.trim().to_string(),
            for_whom: h
                .for_whom
                .iter()
                .map(|id| family.name_of(*id).to_string())
                .collect(),
            start: h.start,
            end: h.end,
        })
        .collect()
}

/// A parent's answer to one agreed revision.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// "Klopt, ik sta erachter."
    #[default]
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

/// A part of the plan a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    SafePerson,
    /// A young person's step (an agreement they have a part in).
    Step,
    Agreement,
    Watcher,
    StandIn,
    Goal,
    Coordinator,
    /// The plan's dates.
    Period,
    /// The lesson on seeing or hearing violence at home.
    Lesson,
    /// Who explains the plan to the young person.
    ExplainedBy,
    /// The young person's lessons are now for another age.
    Band,
}

/// How a part changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    New,
    Changed,
    Gone,
}

/// One thing a new view changes, shown before the person accepts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub part: Part,
    pub kind: ChangeKind,
    /// The name or text it is about.
    pub what: String,
}

/// Items keyed by `key`: new, changed (same key, other contents) and gone, in the new
/// list's order and then the old one's. Items with the same key (two people both called
/// "Oma") are matched in order, the first with the first.
fn diff<T: PartialEq>(part: Part, old: &[T], new: &[T], key: fn(&T) -> &str) -> Vec<Change> {
    // The `n`-th item with key `k` in `list`.
    fn nth<'a, T>(list: &'a [T], key: fn(&T) -> &str, k: &str, n: usize) -> Option<&'a T> {
        list.iter().filter(|x| key(x) == k).nth(n)
    }
    let rank = |list: &[T], i: usize| list[..i].iter().filter(|x| key(x) == key(&list[i])).count();
    let mut out = Vec::new();
    for (i, item) in new.iter().enumerate() {
        match nth(old, key, key(item), rank(new, i)) {
            None => out.push((ChangeKind::New, key(item))),
            Some(before) if before != item => out.push((ChangeKind::Changed, key(item))),
            Some(_) => {}
        }
    }
    for (i, item) in old.iter().enumerate() {
        if nth(new, key, key(item), rank(old, i)).is_none() {
            out.push((ChangeKind::Gone, key(item)));
        }
    }
    out.into_iter()
        .map(|(kind, what)| Change {
            part,
            kind,
            what: what.to_string(),
        })
        .collect()
}

fn role_name(r: &RoleView) -> &str {
    r.person.name.as_str()
}

/// One value that may have changed.
fn diff_one<T: PartialEq>(part: Part, old: Option<&T>, new: &T, what: &str) -> Vec<Change> {
    let kind = match old {
        None => ChangeKind::New,
        Some(old) if old != new => ChangeKind::Changed,
        Some(_) => return Vec::new(),
    };
    vec![Change {
        part,
        kind,
        what: what.to_string(),
    }]
}

/// What `new` changes against the view the device holds now (`old`; `None` when there is
/// none, or it is another kind of view: then everything is new).
pub fn changes(old: Option<&View>, new: &View) -> Vec<Change> {
    match new {
        View::YoungPerson(new) => {
            let old = match old {
                Some(View::YoungPerson(old)) => Some(old),
                _ => None,
            };
            let empty = Vec::new();
            let mut out = diff(
                Part::SafePerson,
                old.map_or(&empty, |o| &o.safe_people),
                &new.safe_people,
                |c: &Contact| c.name.as_str(),
            );
            out.extend(diff(
                Part::Step,
                old.map_or(&Vec::new(), |o| &o.agreements),
                &new.agreements,
                String::as_str,
            ));
            if old.map_or(new.witnessed_violence, |o| {
                o.witnessed_violence != new.witnessed_violence
            }) {
                out.push(Change {
                    part: Part::Lesson,
                    kind: if new.witnessed_violence {
                        ChangeKind::New
                    } else {
                        ChangeKind::Gone
                    },
                    what: String::new(),
                });
            }
            let before = old.and_then(|o| o.explained_by.as_ref());
            let kind = match (before, new.explained_by.as_ref()) {
                (None, Some(_)) => Some(ChangeKind::New),
                (Some(_), None) => Some(ChangeKind::Gone),
                (Some(a), Some(b)) if a != b => Some(ChangeKind::Changed),
                _ => None,
            };
            if let Some(kind) = kind {
                out.push(Change {
                    part: Part::ExplainedBy,
                    kind,
                    what: new
                        .explained_by
                        .clone()
                        .or(before.cloned())
                        .unwrap_or_default(),
                });
            }
            if old.is_some_and(|o| o.band != new.band) {
                out.push(Change {
                    part: Part::Band,
                    kind: ChangeKind::Changed,
                    what: String::new(),
                });
            }
            if !new.coordinator.trim().is_empty() || old.is_some() {
                out.extend(diff_one(
                    Part::Coordinator,
                    old.map(|o| &o.coordinator),
                    &new.coordinator,
                    &new.coordinator,
                ));
            }
            out
        }
        View::Carer(new) => {
            let old = match old {
                Some(View::Carer(old)) => Some(old),
                _ => None,
            };
            let mut out = diff(
                Part::Agreement,
                old.map_or(&[][..], |o| &o.agreements),
                &new.agreements,
                |a: &AgreementView| a.what.as_str(),
            );
            out.extend(diff(
                Part::Watcher,
                old.map_or(&[][..], |o| &o.watchers),
                &new.watchers,
                role_name,
            ));
            out.extend(diff(
                Part::StandIn,
                old.map_or(&[][..], |o| &o.stand_ins),
                &new.stand_ins,
                role_name,
            ));
            out.extend(diff(
                Part::Goal,
                old.map_or(&[][..], |o| &o.goals),
                &new.goals,
                |g: &GoalView| g.goal.as_str(),
            ));
            out.extend(diff_one(
                Part::Coordinator,
                old.map(|o| &o.coordinator),
                &new.coordinator,
                &new.coordinator.name,
            ));
            out.extend(diff_one(
                Part::Period,
                old.map(|o| &o.period),
                &new.period,
                "",
            ));
            out
        }
    }
}
