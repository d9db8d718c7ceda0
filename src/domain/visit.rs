//! Home visits: what was said and seen, safety scores, the three questions, and the trend
//! of the scores. What the caseload reminds of lives in [`monitoring`](super::monitoring).
//!
//! A visit is recorded in versions. While the professional types it is a working copy
//! (version 0 for a new visit, or the version a correction is based on); recording it makes
//! version 1, and every correction one more. Versions are never changed afterwards, so an
//! earlier text stays readable with who changed it and when.
//!
//! A visit copies what it checks (the agreements, the open steps, the goals and
//! interventions, and the people) so that it stays a complete account after the plan or the
//! family's list changes.
//!
//! The time of a visit is the local wall-clock time it happened, as on a calendar: the
//! professional types it, and every date rule compares it with the local `today`.
//!
//! Functions that take a list of visits expect them in time order, oldest first, as
//! storage hands them out ([`in_time_order`]). Sorting once there, instead of in every
//! rule, keeps the WebAssembly small: each sort is compiled anew for every type and key.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::plan::{GoalStatus, SafetyPlan};
use super::{Author, Family, Id, Person, PersonKind, RecordMeta, SafetyScore};

/// How an agreement of the plan went since the last visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementOutcome {
    Kept,
    Partly,
    NotKept,
    NotChecked,
}

impl AgreementOutcome {
    /// Every outcome, in the order the form offers them.
    pub const ALL: [AgreementOutcome; 4] = [
        AgreementOutcome::Kept,
        AgreementOutcome::Partly,
        AgreementOutcome::NotKept,
        AgreementOutcome::NotChecked,
    ];
}

/// One agreement checked on a visit, with its words as they were then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementCheck {
    pub agreement: Id,
    pub what: String,
    pub outcome: AgreementOutcome,
    #[serde(default)]
    pub note: String,
}

/// What became of a next step from an earlier visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepOutcome {
    Done,
    NotYet,
    NoLongerNeeded,
    NotChecked,
}

impl StepOutcome {
    /// Every outcome, in the order the form offers them.
    pub const ALL: [StepOutcome; 4] = [
        StepOutcome::Done,
        StepOutcome::NotYet,
        StepOutcome::NoLongerNeeded,
        StepOutcome::NotChecked,
    ];

    /// Does this outcome close the step?
    pub fn closes(self) -> bool {
        matches!(self, StepOutcome::Done | StepOutcome::NoLongerNeeded)
    }
}

/// An open next step checked on a later visit, with its words and date as they were set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepCheck {
    pub step: Id,
    pub what: String,
    pub who: Vec<Id>,
    pub by: Option<NaiveDate>,
    pub outcome: StepOutcome,
    #[serde(default)]
    pub note: String,
}

/// Who gave a safety score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scorer {
    /// The professional's own judgement.
    Professional,
    /// A parent, a child or someone of the network.
    Person(Id),
}

/// A score on the safety scale and who gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenScore {
    pub by: Scorer,
    pub score: SafetyScore,
}

/// What needs to happen next: checked again on the next visit, until done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub id: Id,
    pub what: String,
    pub who: Vec<Id>,
    pub by: Option<NaiveDate>,
}

/// Where an intervention or treatment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionState {
    NotStarted,
    Started,
    Running,
    Completed,
    Stopped,
}

impl InterventionState {
    /// Every state, in order.
    pub const ALL: [InterventionState; 5] = [
        InterventionState::NotStarted,
        InterventionState::Started,
        InterventionState::Running,
        InterventionState::Completed,
        InterventionState::Stopped,
    ];
}

/// Progress on a help goal, seen on a visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalProgress {
    pub goal: Id,
    /// The goal's words as they were.
    pub name: String,
    pub status: GoalStatus,
    #[serde(default)]
    pub note: String,
}

/// An intervention's (or treatment's) state and the effect seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterventionProgress {
    pub intervention: Id,
    /// Its name as it was.
    pub name: String,
    pub state: InterventionState,
    #[serde(default)]
    pub effect: String,
}

/// One child heard on a visit: whether they were seen alone (and why not), and their own
/// words. Their own felt safety is their score in [`Visit::scores`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildVoice {
    pub child: Id,
    /// `None` until the professional says.
    #[serde(default)]
    pub seen_alone: Option<bool>,
    /// Why the child was not seen alone.
    #[serde(default)]
    pub why_not: String,
    /// What the child says, in their own words.
    #[serde(default)]
    pub words: String,
}

/// One home visit, in the recommended order: parents, children, network, agreements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: Id,
    pub family: Id,
    /// 0 while a new visit is being written; 1 once recorded; one more per correction. A
    /// working copy of a correction keeps the number of the version it corrects.
    pub version: u32,
    /// The plan revision whose agreements were checked.
    pub plan_revision: u32,
    /// When the visit was, in local time.
    pub at: NaiveDateTime,
    pub present: Vec<Id>,
    pub parents_say: String,
    /// What the children said, in one field: visits before issue 18. Newer visits hear each
    /// child in [`Visit::children`].
    pub children_say: String,
    /// Each child, heard on their own (issue 18; empty in older visits).
    #[serde(default)]
    pub children: Vec<ChildVoice>,
    pub network_say: String,
    pub checks: Vec<AgreementCheck>,
    /// The open steps of earlier visits, checked on this one.
    pub step_checks: Vec<StepCheck>,
    pub scores: Vec<GivenScore>,
    /// What are we worried about?
    pub worries: String,
    /// What is working well?
    pub working_well: String,
    /// What needs to happen next?
    pub next_steps: Vec<NextStep>,
    pub goals: Vec<GoalProgress>,
    pub interventions: Vec<InterventionProgress>,
    /// The family's people when the visit was recorded, so names stay readable.
    #[serde(default)]
    pub people: Vec<Person>,
    pub meta: RecordMeta,
}

/// Something that stops a visit from being recorded. Validation returns all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitProblem {
    /// The date is after today.
    InFuture,
    /// Two scores from the same person on one visit.
    ScoredTwice(Scorer),
    /// A next step without words.
    EmptyStep,
    /// A child not seen alone, without why not.
    WhyNotAlone(Id),
}

impl Visit {
    /// A new visit at `at`, with every agreement of `plan` to check, the open steps of the
    /// earlier (recorded) `visits` to check, and every goal and intervention as the latest
    /// visit left it (or as the plan has it).
    pub fn start(
        id: Id,
        plan: &SafetyPlan,
        visits: &[Visit],
        at: NaiveDateTime,
        meta: RecordMeta,
    ) -> Visit {
        let latest = visits.iter().max_by_key(|v| v.at);
        let goal_status = |goal: Id, planned: GoalStatus| {
            latest
                .and_then(|v| v.goals.iter().find(|g| g.goal == goal))
                .map_or(planned, |g| g.status)
        };
        let intervention_state = |intervention: Id| {
            latest
                .and_then(|v| {
                    v.interventions
                        .iter()
                        .find(|i| i.intervention == intervention)
                })
                .map_or(InterventionState::NotStarted, |i| i.state)
        };
        Visit {
            id,
            family: plan.family,
            version: 0,
            plan_revision: plan.revision,
            at,
            present: Vec::new(),
            parents_say: String::new(),
            children_say: String::new(),
            children: Vec::new(),
            network_say: String::new(),
            checks: plan
                .agreements
                .iter()
                .filter(|a| !a.what.trim().is_empty())
                .map(|a| AgreementCheck {
                    agreement: a.id,
                    what: a.what.clone(),
                    outcome: AgreementOutcome::NotChecked,
                    note: String::new(),
                })
                .collect(),
            step_checks: open_steps(visits)
                .into_iter()
                .map(|s| StepCheck {
                    step: s.id,
                    what: s.what.clone(),
                    who: s.who.clone(),
                    by: s.by,
                    outcome: StepOutcome::NotChecked,
                    note: String::new(),
                })
                .collect(),
            scores: Vec::new(),
            worries: String::new(),
            working_well: String::new(),
            next_steps: Vec::new(),
            goals: plan
                .goals
                .iter()
                .filter(|g| !g.goal.trim().is_empty())
                .map(|g| GoalProgress {
                    goal: g.id,
                    name: g.goal.clone(),
                    status: goal_status(g.id, g.status),
                    note: String::new(),
                })
                .collect(),
            interventions: plan
                .interventions
                .iter()
                .chain(&plan.treatments)
                .filter(|i| !i.name.trim().is_empty())
                .map(|i| InterventionProgress {
                    intervention: i.id,
                    name: i.name.clone(),
                    state: intervention_state(i.id),
                    effect: String::new(),
                })
                .collect(),
            people: Vec::new(),
            meta,
        }
    }

    /// The score `by` gave on this visit.
    pub fn score_of(&self, by: Scorer) -> Option<SafetyScore> {
        self.scores.iter().find(|s| s.by == by).map(|s| s.score)
    }

    /// Give (or, with `None`, take away) the score of `by`.
    pub fn set_score(&mut self, by: Scorer, score: Option<SafetyScore>) {
        self.scores.retain(|s| s.by != by);
        if let Some(score) = score {
            self.scores.push(GivenScore { by, score });
        }
    }

    /// The person with this id, as they were when the visit was recorded, or as `family`
    /// has them now.
    pub fn person<'a>(&'a self, family: &'a Family, id: Id) -> Option<&'a Person> {
        self.people
            .iter()
            .find(|p| p.id == id)
            .or_else(|| family.person(id))
    }

    /// What was recorded of `child` on this visit.
    pub fn voice_of(&self, child: Id) -> Option<&ChildVoice> {
        self.children.iter().find(|c| c.child == child)
    }

    /// Change what is recorded of `child`, making the record if there is none yet.
    pub fn voice_mut(&mut self, child: Id) -> &mut ChildVoice {
        let at = match self.children.iter().position(|c| c.child == child) {
            Some(at) => at,
            None => {
                self.children.push(ChildVoice {
                    child,
                    seen_alone: None,
                    why_not: String::new(),
                    words: String::new(),
                });
                self.children.len() - 1
            }
        };
        &mut self.children[at]
    }

    /// Was any child seen alone on this visit?
    pub fn saw_a_child_alone(&self) -> bool {
        self.children.iter().any(|c| c.seen_alone == Some(true))
    }

    /// Has this visit been recorded at least once?
    pub fn is_recorded(&self) -> bool {
        self.version > 0
    }

    /// Every problem at once; `today` is the local date.
    pub fn validate(&self, today: NaiveDate) -> Vec<VisitProblem> {
        let mut problems = Vec::new();
        if self.at.date() > today {
            problems.push(VisitProblem::InFuture);
        }
        for (i, s) in self.scores.iter().enumerate() {
            if self.scores[..i].iter().any(|earlier| earlier.by == s.by) {
                problems.push(VisitProblem::ScoredTwice(s.by));
            }
        }
        if self.next_steps.iter().any(|s| s.what.trim().is_empty()) {
            problems.push(VisitProblem::EmptyStep);
        }
        for c in &self.children {
            if c.seen_alone == Some(false) && c.why_not.trim().is_empty() {
                problems.push(VisitProblem::WhyNotAlone(c.child));
            }
        }
        problems
    }

    /// Record this working copy as the next version: validated, stamped with who and when,
    /// and with the family's people as they are now.
    pub fn record(
        &self,
        family: &Family,
        author: Author,
        now: chrono::DateTime<chrono::Utc>,
        today: NaiveDate,
    ) -> Result<Visit, Vec<VisitProblem>> {
        let problems = self.validate(today);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut recorded = self.clone();
        recorded.version = self.version.saturating_add(1);
        recorded.meta = if self.is_recorded() {
            self.meta.touched(author, now)
        } else {
            RecordMeta::new(author, now)
        };
        recorded.people = family.people.clone();
        Ok(recorded)
    }
}

/// Put visits in time order, oldest first (a tie goes to the one recorded first).
pub fn in_time_order(visits: &mut [Visit]) {
    visits.sort_by_key(|v| (v.at, v.meta.created_at));
}

/// Move the professional's entry to the front, keeping the order of the others.
pub(crate) fn professional_first<T>(items: &mut [T], by: impl Fn(&T) -> Scorer) {
    if let Some(at) = items.iter().position(|i| by(i) == Scorer::Professional) {
        items[..=at].rotate_right(1);
    }
}

/// The next steps of recorded visits (in time order) that no visit has yet marked done or
/// no longer needed, oldest first.
pub fn open_steps(visits: &[Visit]) -> Vec<&NextStep> {
    let ordered: Vec<&Visit> = visits.iter().filter(|v| v.is_recorded()).collect();
    let closed = |step: Id| {
        ordered.iter().any(|v| {
            v.step_checks
                .iter()
                .any(|c| c.step == step && c.outcome.closes())
        })
    };
    ordered
        .iter()
        .flat_map(|v| v.next_steps.iter())
        .filter(|s| !s.what.trim().is_empty() && !closed(s.id))
        .collect()
}

/// The scores of one person over time, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub by: Scorer,
    pub points: Vec<(NaiveDateTime, SafetyScore)>,
}

/// The trend over visits in time order: every scorer's scores; the professional first,
/// then everyone in the order they first scored.
pub fn trend(visits: &[Visit]) -> Vec<Series> {
    let mut series: Vec<Series> = Vec::new();
    for visit in visits {
        for score in &visit.scores {
            match series.iter_mut().find(|s| s.by == score.by) {
                Some(s) => s.points.push((visit.at, score.score)),
                None => series.push(Series {
                    by: score.by,
                    points: vec![(visit.at, score.score)],
                }),
            }
        }
    }
    professional_first(&mut series, |s| s.by);
    series
}

/// When each agreed revision of the plan (oldest first, as a case holds them) was agreed,
/// for marks on the trend: `(date, revision)`.
pub fn revision_marks(revisions: &[SafetyPlan]) -> Vec<(NaiveDate, u32)> {
    revisions
        .iter()
        .filter_map(|r| r.approval.as_ref().map(|a| (a.on, r.revision)))
        .collect()
}

/// The people who can give a score, in the monitoring order: parents, children, network.
pub fn scorers(family: &Family) -> Vec<&Person> {
    [PersonKind::Carer, PersonKind::Child, PersonKind::Network]
        .into_iter()
        .flat_map(|kind| family.of_kind(kind))
        .collect()
}
