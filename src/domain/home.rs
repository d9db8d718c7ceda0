//! What the family lives with: who uses this device, the young person's steps and check-ins,
//! and what the parents see of the plan and acknowledge.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::package::{Answer, YoungPersonView};
use super::plan::{Agreement, GoalArea, HelpGoal, NetworkRole, Period, SafetyPlan, Situation};
use super::{AgeBand, Family, Id, Person, PersonKind, RecordMeta, Role, SafetyScore};

/// Who uses this device, chosen on first use and changeable behind a confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSetup {
    pub role: Role,
    /// The family this device follows (young person and parent).
    #[serde(default)]
    pub family: Option<Id>,
    /// Who in that family uses it: the young person, or the parent.
    #[serde(default)]
    pub person: Option<Id>,
    /// For a young person without a plan on this device: the age band they chose.
    #[serde(default)]
    pub band: Option<AgeBand>,
    pub chosen_at: DateTime<Utc>,
}

impl DeviceSetup {
    /// The band a young person's content is chosen by: from their birth date or the
    /// developmental age in the plan, else the band they chose themselves, else 8-11.
    pub fn band(&self, family: Option<&Family>, today: NaiveDate) -> AgeBand {
        self.person
            .zip(family)
            .and_then(|(id, family)| family.person(id))
            .and_then(|p| p.age_band(today))
            .or(self.band)
            .unwrap_or(AgeBand::From8To11)
    }
}

/// One step of "Als je je niet veilig voelt", taken from the young person's own plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Go to a safe place.
    SafePlace,
    /// Call or text one of these safe people (names from the plan).
    CallSafePerson(Vec<String>),
    /// An agreement of the plan in which the young person has a part.
    Agreement(String),
    /// Danger now: 112.
    Emergency,
}

/// The steps for `child` when they do not feel safe.
pub fn unsafe_steps(plan: &SafetyPlan, family: &Family, child: Id) -> Vec<Step> {
    // The date only chooses the band, which the steps do not use.
    steps_of(&super::package::young_person(
        plan,
        family,
        child,
        NaiveDate::MIN,
    ))
}

/// The steps of a young person's view: a safe place, their safe people, the agreements they
/// have a part in, and 112.
pub fn steps_of(view: &YoungPersonView) -> Vec<Step> {
    let mut steps = vec![Step::SafePlace];
    let names: Vec<String> = view.safe_people.iter().map(|p| p.name.clone()).collect();
    if !names.is_empty() {
        steps.push(Step::CallSafePerson(names));
    }
    steps.extend(view.agreements.iter().cloned().map(Step::Agreement));
    steps.push(Step::Emergency);
    steps
}

/// The safe people the plan names for `child`, as people of the family.
pub fn safe_people<'a>(plan: &SafetyPlan, family: &'a Family, child: Id) -> Vec<&'a Person> {
    plan.safe_people_of(child)
        .iter()
        .filter_map(|id| family.person(*id))
        .collect()
}

/// The agreements grouped by situation, in the order of [`Situation::ALL`]; empty
/// situations left out.
pub fn agreements_by_situation(plan: &SafetyPlan) -> Vec<(Situation, Vec<&Agreement>)> {
    Situation::ALL
        .into_iter()
        .map(|s| {
            (
                s,
                plan.agreements
                    .iter()
                    .filter(|a| a.situation == s && !a.what.trim().is_empty())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The help goals that concern the parents: for a parent or carer, or about parenting,
/// basic care or the parents' own problems.
pub fn goals_for_parents<'a>(plan: &'a SafetyPlan, family: &Family) -> Vec<&'a HelpGoal> {
    plan.goals
        .iter()
        .filter(|g| !g.goal.trim().is_empty())
        .filter(|g| {
            g.for_whom.iter().any(|id| {
                family
                    .person(*id)
                    .is_some_and(|p| p.kind == PersonKind::Carer)
            }) || matches!(
                g.area,
                GoalArea::ParentingSkills | GoalArea::BasicNeeds | GoalArea::OwnProblems
            )
        })
        .collect()
}

/// The network roles whose person is known in the family.
pub fn roles_with_people<'a>(
    roles: &'a [NetworkRole],
    family: &'a Family,
) -> Vec<(&'a NetworkRole, &'a Person)> {
    roles
        .iter()
        .filter_map(|r| family.person(r.person).map(|p| (r, p)))
        .collect()
}

/// How many days before a date a notice starts to show.
pub const SOON_DAYS: i64 = 14;

/// What a parent should be told about the plan's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateNotice {
    /// The end date has passed.
    Ended,
    /// The plan ends within [`SOON_DAYS`].
    EndsSoon(i64),
    /// The evaluation date has passed.
    EvaluationOverdue,
    /// The evaluation is within [`SOON_DAYS`].
    EvaluationSoon(i64),
}

/// The notices for `plan` on `today`, most urgent first.
pub fn date_notices(plan: &SafetyPlan, today: NaiveDate) -> Vec<DateNotice> {
    period_notices(&plan.period, today)
}

/// The notices for a plan's `period` on `today`, most urgent first.
pub fn period_notices(period: &Period, today: NaiveDate) -> Vec<DateNotice> {
    let mut notices = Vec::new();
    if let Some(days) = period.end.map(|end| (end - today).num_days()) {
        if days < 0 {
            notices.push(DateNotice::Ended);
        } else if days <= SOON_DAYS {
            notices.push(DateNotice::EndsSoon(days));
        }
    }
    if let Some(next) = period.next_evaluation {
        let days = (next - today).num_days();
        if days < 0 {
            notices.push(DateNotice::EvaluationOverdue);
        } else if days <= SOON_DAYS {
            notices.push(DateNotice::EvaluationSoon(days));
        }
    }
    notices
}

/// The plan a family lives by: the latest agreed revision, else the working copy.
pub fn current_plan<'a>(draft: &'a SafetyPlan, revisions: &'a [SafetyPlan]) -> &'a SafetyPlan {
    revisions.iter().max_by_key(|r| r.revision).unwrap_or(draft)
}

/// A parent's "Ik heb dit gelezen en ik sta erachter" for one revision of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledgement {
    pub family: Id,
    pub revision: u32,
    /// The parent, when the device knows who it is.
    pub by: Option<Id>,
    pub on: NaiveDate,
    /// "Klopt", a question, or "niet eens" (acknowledgements before answers were "klopt").
    #[serde(default)]
    pub answer: Answer,
    /// An optional sentence with the answer.
    #[serde(default)]
    pub words: String,
    pub meta: RecordMeta,
}

/// A young person's private "Hoe veilig voel ik me?", kept on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: Id,
    pub at: DateTime<Utc>,
    /// 0 (not safe at all) to 10 (completely safe).
    pub score: SafetyScore,
    /// Optional words of their own.
    #[serde(default)]
    pub words: String,
    /// The young person chose to share it with their professional ("Alleen jij ziet dit"
    /// until then).
    #[serde(default)]
    pub shared: bool,
    pub meta: RecordMeta,
}

/// The longest text a check-in keeps.
pub const MAX_WORDS_CHARS: usize = 1000;

/// Why a check-in cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckInProblem {
    NoScore,
    TooLong,
}

impl CheckIn {
    /// A check-in from what the young person chose and typed.
    pub fn create(
        id: Id,
        score: Option<SafetyScore>,
        words: &str,
        meta: RecordMeta,
    ) -> Result<CheckIn, Vec<CheckInProblem>> {
        let mut problems = Vec::new();
        if score.is_none() {
            problems.push(CheckInProblem::NoScore);
        }
        let words = words.trim();
        if words.chars().count() > MAX_WORDS_CHARS {
            problems.push(CheckInProblem::TooLong);
        }
        match score {
            Some(score) if problems.is_empty() => Ok(CheckIn {
                id,
                at: meta.created_at,
                score,
                words: words.to_string(),
                shared: false,
                meta,
            }),
            _ => Err(problems),
        }
    }
}
