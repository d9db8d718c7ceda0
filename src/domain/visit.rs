//! Monitoring on home visits: what was said and seen, safety scores, the three questions,
//! and what the caseload should remind the professional of.
//!
//! The domain half of the monitoring issue: the model, the trend of scores over visits and
//! the reminders, tested natively. Storage and screens come with the rest of that issue.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::plan::{GoalStatus, SafetyPlan};
use super::{Id, RecordMeta};

/// How an agreement of the plan went since the last visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementOutcome {
    Kept,
    Partly,
    NotKept,
    NotChecked,
}

/// One agreement checked on a visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementCheck {
    pub agreement: Id,
    pub outcome: AgreementOutcome,
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

/// A score on the safety scale: 0 = nothing keeps the child safe, 10 = safe enough to
/// close the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyScore {
    pub by: Scorer,
    pub score: u8,
}

/// What needs to happen next: checked again on the next visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub id: Id,
    pub what: String,
    pub who: Vec<Id>,
    pub by: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
}

/// Where an intervention stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionState {
    NotStarted,
    Running,
    Stopped,
}

/// Progress on a help goal, seen on a visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalProgress {
    pub goal: Id,
    pub status: GoalStatus,
    #[serde(default)]
    pub note: String,
}

/// An intervention's state and the effect seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterventionProgress {
    pub intervention: Id,
    pub state: InterventionState,
    #[serde(default)]
    pub effect: String,
}

/// One home visit, in the recommended order: parents, children, network, agreements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: Id,
    pub family: Id,
    pub at: DateTime<Utc>,
    pub present: Vec<Id>,
    pub parents_say: String,
    pub children_say: String,
    pub network_say: String,
    pub checks: Vec<AgreementCheck>,
    pub scores: Vec<SafetyScore>,
    /// What are we worried about?
    pub worries: String,
    /// What is working well?
    pub working_well: String,
    /// What needs to happen next?
    pub next_steps: Vec<NextStep>,
    pub goals: Vec<GoalProgress>,
    pub interventions: Vec<InterventionProgress>,
    pub meta: RecordMeta,
}

/// Something wrong with a visit record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitProblem {
    /// A score above 10.
    ScoreOutOfRange(Scorer),
    /// Two scores from the same person on one visit.
    ScoredTwice(Scorer),
    /// A next step without words.
    EmptyStep,
}

impl Visit {
    /// A new visit to `family` at `at`, with every agreement of `plan` listed as not yet
    /// checked and every goal and intervention at its current state.
    pub fn start(id: Id, plan: &SafetyPlan, at: DateTime<Utc>, meta: RecordMeta) -> Visit {
        Visit {
            id,
            family: plan.family,
            at,
            present: Vec::new(),
            parents_say: String::new(),
            children_say: String::new(),
            network_say: String::new(),
            checks: plan
                .agreements
                .iter()
                .map(|a| AgreementCheck {
                    agreement: a.id,
                    outcome: AgreementOutcome::NotChecked,
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
                .map(|g| GoalProgress {
                    goal: g.id,
                    status: g.status,
                    note: String::new(),
                })
                .collect(),
            interventions: plan
                .interventions
                .iter()
                .chain(&plan.treatments)
                .map(|i| InterventionProgress {
                    intervention: i.id,
                    state: InterventionState::NotStarted,
                    effect: String::new(),
                })
                .collect(),
            meta,
        }
    }

    /// Every problem at once.
    pub fn validate(&self) -> Vec<VisitProblem> {
        let mut problems = Vec::new();
        for (i, s) in self.scores.iter().enumerate() {
            if s.score > 10 {
                problems.push(VisitProblem::ScoreOutOfRange(s.by));
            }
            if self.scores[..i].iter().any(|earlier| earlier.by == s.by) {
                problems.push(VisitProblem::ScoredTwice(s.by));
            }
        }
        if self.next_steps.iter().any(|s| s.what.trim().is_empty()) {
            problems.push(VisitProblem::EmptyStep);
        }
        problems
    }
}

/// The scores of one person over time, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub by: Scorer,
    pub points: Vec<(DateTime<Utc>, u8)>,
}

/// The trend: every scorer's scores over the visits, in time order; scorers in the order
/// they first scored (the professional first when they scored).
pub fn trend(visits: &[Visit]) -> Vec<Series> {
    let mut ordered: Vec<&Visit> = visits.iter().collect();
    ordered.sort_by_key(|v| v.at);
    let mut series: Vec<Series> = Vec::new();
    for visit in ordered {
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
    series.sort_by_key(|s| s.by != Scorer::Professional);
    series
}

/// The next steps of the latest visit that are not done: checked on the next one.
pub fn open_steps(visits: &[Visit]) -> Vec<&NextStep> {
    visits
        .iter()
        .max_by_key(|v| v.at)
        .map(|v| v.next_steps.iter().filter(|s| !s.done).collect())
        .unwrap_or_default()
}

/// What the caseload reminds the professional of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reminder {
    /// The evaluation is within two weeks (days left).
    EvaluationDue(i64),
    EvaluationOverdue,
    /// The plan ends within 30 days (days left).
    PlanEnding(i64),
    PlanEnded,
    /// No visit for this many whole weeks (or never, when there are no visits).
    NoVisitFor(Option<i64>),
    /// A next step past its date.
    StepOverdue {
        what: String,
        by: NaiveDate,
    },
}

/// The reminders for a family on `today`; `visit_weeks` is how many weeks may pass without
/// a visit.
pub fn reminders(
    plan: &SafetyPlan,
    visits: &[Visit],
    today: NaiveDate,
    visit_weeks: i64,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    if let Some(next) = plan.period.next_evaluation {
        let days = (next - today).num_days();
        if days < 0 {
            out.push(Reminder::EvaluationOverdue);
        } else if days <= 14 {
            out.push(Reminder::EvaluationDue(days));
        }
    }
    if let Some(days) = plan.days_until_end(today) {
        if days < 0 {
            out.push(Reminder::PlanEnded);
        } else if days <= 30 {
            out.push(Reminder::PlanEnding(days));
        }
    }
    match visits.iter().map(|v| v.at.date_naive()).max() {
        None => out.push(Reminder::NoVisitFor(None)),
        Some(last) => {
            let weeks = (today - last).num_days() / 7;
            if weeks >= visit_weeks {
                out.push(Reminder::NoVisitFor(Some(weeks)));
            }
        }
    }
    for step in open_steps(visits) {
        if let Some(by) = step.by.filter(|by| *by < today) {
            out.push(Reminder::StepOverdue {
                what: step.what.clone(),
                by,
            });
        }
    }
    out
}
