//! Evaluating the help: a look back over the visits since the last evaluation, and a
//! conclusion about how the help goes on.
//!
//! An evaluation is recorded once and never changed; a later evaluation supersedes it. Its
//! date for the next evaluation takes over from the plan's until the plan is agreed again
//! (see [`evaluation_due`]). "Adjust the plan" opens a new revision of the plan.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::plan::{GoalStatus, SafetyPlan};
use super::visit::{
    open_steps, professional_first, AgreementOutcome, InterventionState, NextStep, Scorer, Visit,
};
use super::{Family, Id, PersonKind, RecordMeta, SafetyScore};

/// What the evaluation concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Conclusion {
    /// Go on as planned.
    Continue,
    /// Change the plan: a new revision.
    AdjustPlan,
    /// Less help is needed (afschalen).
    ScaleDown,
    /// Safe enough to close the case.
    Close,
    /// More or other help is needed (opschalen).
    Escalate,
}

impl Conclusion {
    /// Every conclusion, in the order the form offers them.
    pub const ALL: [Conclusion; 5] = [
        Conclusion::Continue,
        Conclusion::AdjustPlan,
        Conclusion::ScaleDown,
        Conclusion::Escalate,
        Conclusion::Close,
    ];
}

/// One evaluation of the help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: Id,
    pub family: Id,
    /// The day of the evaluation (local).
    pub on: NaiveDate,
    /// The plan revision in force when it was held.
    pub plan_revision: u32,
    /// What the look back shows, in the professional's words.
    pub looking_back: String,
    /// `None` while the evaluation is being written.
    pub conclusion: Option<Conclusion>,
    /// Why this conclusion.
    pub reasons: String,
    /// When to evaluate again (none when the case is closed).
    pub next_evaluation: Option<NaiveDate>,
    /// Who took part in the evaluation (issue 18; empty in older records).
    #[serde(default)]
    pub took_part: Vec<Id>,
    /// "Safe enough to close" was chosen while adults still scored below
    /// [`SAFE_ENOUGH`], and the professional confirmed it after thinking again.
    #[serde(default)]
    pub reconsidered: bool,
    pub meta: RecordMeta,
}

/// Below this score an adult does not find it safe enough to close the case.
pub const SAFE_ENOUGH: u8 = 7;

/// Something that stops an evaluation from being recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvaluationProblem {
    InFuture,
    NoConclusion,
    /// A next evaluation date is needed unless the case is closed.
    NextMissing,
    NextNotAfter,
    /// Closing while the latest adult scores are below [`SAFE_ENOUGH`], not yet reconsidered.
    ReconsiderClose,
    /// Reconsidered, but without writing why it is safe enough all the same.
    ReconsiderReasons,
}

impl Evaluation {
    /// A new evaluation on `on`, of the plan as it is now.
    pub fn start(id: Id, plan: &SafetyPlan, on: NaiveDate, meta: RecordMeta) -> Evaluation {
        Evaluation {
            id,
            family: plan.family,
            on,
            plan_revision: plan.revision,
            looking_back: String::new(),
            conclusion: None,
            reasons: String::new(),
            next_evaluation: None,
            took_part: Vec::new(),
            reconsidered: false,
            meta,
        }
    }

    /// Every problem at once; `today` is the local date; `low` the latest adult scores
    /// below [`SAFE_ENOUGH`] ([`low_adult_scores`]).
    pub fn validate(&self, today: NaiveDate, low: &[ScoreChange]) -> Vec<EvaluationProblem> {
        let mut problems = Vec::new();
        if self.on > today {
            problems.push(EvaluationProblem::InFuture);
        }
        match self.conclusion {
            None => problems.push(EvaluationProblem::NoConclusion),
            Some(Conclusion::Close) => {}
            Some(_) if self.next_evaluation.is_none() => {
                problems.push(EvaluationProblem::NextMissing)
            }
            Some(_) => {}
        }
        if self.next_evaluation.is_some_and(|next| next <= self.on) {
            problems.push(EvaluationProblem::NextNotAfter);
        }
        if self.conclusion == Some(Conclusion::Close) && !low.is_empty() {
            if !self.reconsidered {
                problems.push(EvaluationProblem::ReconsiderClose);
            } else if self.reasons.trim().is_empty() {
                problems.push(EvaluationProblem::ReconsiderReasons);
            }
        }
        problems
    }

    /// The evaluation as recorded: validated and stamped. Closing a case keeps no next
    /// date.
    pub fn record(
        &self,
        plan: &SafetyPlan,
        meta: RecordMeta,
        today: NaiveDate,
        low: &[ScoreChange],
    ) -> Result<Evaluation, Vec<EvaluationProblem>> {
        let problems = self.validate(today, low);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut recorded = self.clone();
        recorded.plan_revision = plan.revision;
        if recorded.conclusion == Some(Conclusion::Close) {
            recorded.next_evaluation = None;
        } else {
            recorded.reconsidered = false;
        }
        recorded.meta = meta;
        Ok(recorded)
    }

    /// The plan's working copy after "adjust the plan": a draft again, based on the revision
    /// in force, with this evaluation's next date. `None` for other conclusions.
    pub fn adjusted_plan(
        &self,
        plan: &SafetyPlan,
        author: super::Author,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Option<SafetyPlan> {
        (self.conclusion == Some(Conclusion::AdjustPlan)).then(|| {
            let mut draft = plan.clone().touched(author, now);
            if self.next_evaluation.is_some() {
                draft.period.next_evaluation = self.next_evaluation;
            }
            draft
        })
    }
}

/// The most recent evaluation (by its date, then when it was recorded).
pub fn latest(evaluations: &[Evaluation]) -> Option<&Evaluation> {
    latest_of(evaluations.iter())
}

fn latest_of<'a>(evaluations: impl Iterator<Item = &'a Evaluation>) -> Option<&'a Evaluation> {
    evaluations
        .filter(|e| e.conclusion.is_some())
        .max_by_key(|e| (e.on, e.meta.created_at))
}

/// When the next evaluation is due. An evaluation held under the plan's current revision
/// set the next date itself; once the plan is agreed again, its own date counts.
pub fn evaluation_due(plan: &SafetyPlan, evaluations: &[Evaluation]) -> Option<NaiveDate> {
    match latest_of(
        evaluations
            .iter()
            .filter(|e| e.plan_revision == plan.revision),
    ) {
        Some(e) => e.next_evaluation,
        None => plan.period.next_evaluation,
    }
}

/// How one person's score went over the visits looked back on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreChange {
    pub by: Scorer,
    pub first: SafetyScore,
    pub last: SafetyScore,
    /// On how many visits they gave a score.
    pub count: usize,
}

/// How often one agreement was kept on the visits looked back on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementTally {
    pub agreement: Id,
    pub what: String,
    pub kept: usize,
    pub partly: usize,
    pub not_kept: usize,
}

/// How a help goal went over the visits looked back on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalChange {
    pub goal: Id,
    pub name: String,
    pub first: GoalStatus,
    pub last: GoalStatus,
}

/// How an intervention or treatment went over the visits looked back on, with the latest
/// effect written down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterventionChange {
    pub intervention: Id,
    pub name: String,
    pub first: InterventionState,
    pub last: InterventionState,
    pub effect: String,
}

/// What an evaluation looks back on: the visits since the previous evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookBack<'a> {
    /// The date of the previous evaluation, if there was one.
    pub since: Option<NaiveDate>,
    /// The visits after `since` up to the evaluation day, oldest first.
    pub visits: Vec<&'a Visit>,
    pub scores: Vec<ScoreChange>,
    pub agreements: Vec<AgreementTally>,
    /// The results: goals and interventions, from the first visit to the last.
    pub goals: Vec<GoalChange>,
    pub interventions: Vec<InterventionChange>,
    /// Next steps still open.
    pub open_steps: Vec<&'a NextStep>,
}

/// Look back from `on` over the recorded `visits` (in time order) since the latest of the
/// recorded `evaluations` before `on`.
pub fn look_back<'a>(
    visits: &'a [Visit],
    evaluations: &[Evaluation],
    on: NaiveDate,
) -> LookBack<'a> {
    let since = latest_of(evaluations.iter().filter(|e| e.on <= on)).map(|e| e.on);
    let window: Vec<&Visit> = visits
        .iter()
        .filter(|v| v.is_recorded())
        .filter(|v| v.at.date() <= on && since.is_none_or(|s| v.at.date() > s))
        .collect();

    let mut scores: Vec<ScoreChange> = Vec::new();
    let mut agreements: Vec<AgreementTally> = Vec::new();
    let mut goals: Vec<GoalChange> = Vec::new();
    let mut interventions: Vec<InterventionChange> = Vec::new();
    // Where each goal and intervention stood before the period: at the last visit before it.
    let before = visits
        .iter()
        .rfind(|v| v.is_recorded() && since.is_some_and(|s| v.at.date() <= s));
    for (n, visit) in before.iter().chain(&window).enumerate() {
        // The visit before the period gives the starting point, not an effect seen in it.
        let in_period = before.is_none() || n > 0;
        for g in &visit.goals {
            match goals.iter_mut().find(|c| c.goal == g.goal) {
                Some(change) => {
                    change.last = g.status;
                    change.name.clone_from(&g.name);
                }
                None => goals.push(GoalChange {
                    goal: g.goal,
                    name: g.name.clone(),
                    first: g.status,
                    last: g.status,
                }),
            }
        }
        for i in &visit.interventions {
            let at = match interventions
                .iter()
                .position(|c| c.intervention == i.intervention)
            {
                Some(at) => at,
                None => {
                    interventions.push(InterventionChange {
                        intervention: i.intervention,
                        name: i.name.clone(),
                        first: i.state,
                        last: i.state,
                        effect: String::new(),
                    });
                    interventions.len() - 1
                }
            };
            let change = &mut interventions[at];
            change.last = i.state;
            change.name.clone_from(&i.name);
            if in_period && !i.effect.trim().is_empty() {
                change.effect.clone_from(&i.effect);
            }
        }
    }
    for visit in &window {
        for s in &visit.scores {
            match scores.iter_mut().find(|c| c.by == s.by) {
                Some(change) => {
                    change.last = s.score;
                    change.count += 1;
                }
                None => scores.push(ScoreChange {
                    by: s.by,
                    first: s.score,
                    last: s.score,
                    count: 1,
                }),
            }
        }
        for check in &visit.checks {
            let at = match agreements
                .iter()
                .position(|t| t.agreement == check.agreement)
            {
                Some(at) => at,
                None => {
                    agreements.push(AgreementTally {
                        agreement: check.agreement,
                        what: check.what.clone(),
                        kept: 0,
                        partly: 0,
                        not_kept: 0,
                    });
                    agreements.len() - 1
                }
            };
            let tally = &mut agreements[at];
            // The latest words of the agreement name it.
            tally.what.clone_from(&check.what);
            match check.outcome {
                AgreementOutcome::Kept => tally.kept += 1,
                AgreementOutcome::Partly => tally.partly += 1,
                AgreementOutcome::NotKept => tally.not_kept += 1,
                AgreementOutcome::NotChecked => {}
            }
        }
    }
    professional_first(&mut scores, |c| c.by);
    // Only what the period's visits looked at: the starting point alone is not a result.
    goals.retain(|g| {
        window
            .iter()
            .any(|v| v.goals.iter().any(|p| p.goal == g.goal))
    });
    interventions.retain(|i| {
        window.iter().any(|v| {
            v.interventions
                .iter()
                .any(|p| p.intervention == i.intervention)
        })
    });
    LookBack {
        since,
        visits: window,
        scores,
        agreements,
        goals,
        interventions,
        open_steps: open_steps(visits),
    }
}

/// The adults (the professional, the parents, the network) whose latest recorded score on
/// or before `on` is below [`SAFE_ENOUGH`]: the reason to think again before closing, also
/// when no visit came after the previous evaluation. A child's felt safety is not a
/// judgement of whether the case can close, and is left out. `visits` in time order.
pub fn low_adult_scores(visits: &[Visit], family: &Family, on: NaiveDate) -> Vec<ScoreChange> {
    let mut latest: Vec<ScoreChange> = Vec::new();
    for visit in visits
        .iter()
        .filter(|v| v.is_recorded() && v.at.date() <= on)
    {
        for s in &visit.scores {
            let adult = match s.by {
                Scorer::Professional => true,
                Scorer::Person(id) => visit
                    .person(family, id)
                    .is_some_and(|p| p.kind != PersonKind::Child),
            };
            if !adult {
                continue;
            }
            latest.retain(|c| c.by != s.by);
            latest.push(ScoreChange {
                by: s.by,
                first: s.score,
                last: s.score,
                count: 1,
            });
        }
    }
    latest.retain(|c| c.last.value() < SAFE_ENOUGH);
    professional_first(&mut latest, |c| c.by);
    latest
}
