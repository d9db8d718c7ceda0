//! What the caseload and a family's page remind the professional of, and when a case is
//! closed: rules over the visits and evaluations of one family.

use chrono::NaiveDate;

use super::evaluation::{evaluation_due, latest, Conclusion, Evaluation};
use super::plan::SafetyPlan;
use super::visit::{open_steps, Visit};

/// What was taken away and can be put back while the app stays open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// A recorded visit, with all its versions.
    Visit,
    /// A new visit that was never recorded.
    NewVisit,
    /// A correction not yet recorded.
    Correction,
    /// An evaluation not yet recorded.
    Evaluation,
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

/// How many days ahead an evaluation is reminded of.
pub const EVALUATION_SOON_DAYS: i64 = 14;
/// How many days ahead the end of a plan is reminded of.
pub const PLAN_ENDING_DAYS: i64 = 30;

/// Is the case closed: did the latest evaluation close it, with no visit since?
pub fn closed(visits: &[Visit], evaluations: &[Evaluation]) -> Option<NaiveDate> {
    let last = latest(evaluations)?;
    let visited_since = visits
        .iter()
        .filter(|v| v.is_recorded())
        .any(|v| v.at.date() > last.on);
    (last.conclusion == Some(Conclusion::Close) && !visited_since).then_some(last.on)
}

/// The reminders for a family on `today`; `visit_weeks` is how many weeks may pass without
/// a visit. A closed case has none.
pub fn reminders(
    plan: &SafetyPlan,
    visits: &[Visit],
    evaluations: &[Evaluation],
    today: NaiveDate,
    visit_weeks: i64,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    if closed(visits, evaluations).is_some() {
        return out;
    }
    if let Some(next) = evaluation_due(plan, evaluations) {
        let days = (next - today).num_days();
        if days < 0 {
            out.push(Reminder::EvaluationOverdue);
        } else if days <= EVALUATION_SOON_DAYS {
            out.push(Reminder::EvaluationDue(days));
        }
    }
    if let Some(days) = plan.days_until_end(today) {
        if days < 0 {
            out.push(Reminder::PlanEnded);
        } else if days <= PLAN_ENDING_DAYS {
            out.push(Reminder::PlanEnding(days));
        }
    }
    let recorded = visits.iter().filter(|v| v.is_recorded());
    match recorded.map(|v| v.at.date()).max() {
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
