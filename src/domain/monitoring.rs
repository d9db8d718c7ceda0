//! What the caseload and a family's page remind the professional of, and when a case is
//! closed: rules over the visits and evaluations of one family.

use chrono::{Datelike, NaiveDate};

use super::evaluation::{evaluation_due, latest, Conclusion, Evaluation};
use super::plan::SafetyPlan;
use super::visit::{open_steps, AgreementOutcome, Scorer, Visit};
use super::{Family, Id, PersonKind};

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
    /// A score two or more lower than the same person gave at the visit before (issue 18).
    ScoreFell {
        /// Whose score (`None`: the professional's own).
        who: Option<String>,
        from: u8,
        to: u8,
    },
    /// At the latest visit, a parent and the professional three or more apart.
    ScoresApart {
        parent: String,
        parents: u8,
        professionals: u8,
    },
    /// An agreement not kept at the last two visits that checked it.
    NotKeptTwice {
        what: String,
    },
    /// A child reaches this year the age at which the plan is to be explained to them.
    ExplainPlan {
        child: String,
        age: u8,
    },
    /// No child was seen alone on the last this many visits.
    NoChildSeenAlone(usize),
    /// The day to look again at a child's development in the plan has passed.
    DevelopmentReview {
        child: String,
        on: NaiveDate,
    },
}

/// How far a score must fall from one visit to the next to be said.
pub const SCORE_FALL: u8 = 2;
/// After how many visits in a row without any child seen alone that is said.
pub const NOT_SEEN_ALONE_VISITS: usize = 3;
/// How far a parent's and the professional's scores at one visit must be apart to be said.
pub const SCORES_APART: u8 = 3;

/// What the visits and the plan say about safety, beyond dates (issue 18): a falling score,
/// a parent and the professional far apart, an agreement not kept twice in a row, no child
/// seen alone on the last visits, a child reaching the age to have the plan explained, a
/// development review passed. `visits` in
/// time order, as storage hands them out.
pub fn safety_alerts(
    plan: &SafetyPlan,
    family: &Family,
    visits: &[Visit],
    today: NaiveDate,
) -> Vec<Reminder> {
    let mut out = Vec::new();
    let recorded: Vec<&Visit> = visits.iter().filter(|v| v.is_recorded()).collect();
    let name = |id: Id| {
        recorded
            .iter()
            .rev()
            .find_map(|v| v.person(family, id))
            .or_else(|| family.person(id))
            .map_or_else(|| "?".to_string(), |p| p.name.clone())
    };
    // Each scorer's last two scores.
    let mut scorers: Vec<Scorer> = Vec::new();
    for v in &recorded {
        for s in &v.scores {
            if !scorers.contains(&s.by) {
                scorers.push(s.by);
            }
        }
    }
    for by in scorers {
        let mut scores = recorded.iter().rev().filter_map(|v| v.score_of(by));
        if let (Some(last), Some(before)) = (scores.next(), scores.next()) {
            if before.value() >= last.value() + SCORE_FALL {
                out.push(Reminder::ScoreFell {
                    who: match by {
                        Scorer::Professional => None,
                        Scorer::Person(id) => Some(name(id)),
                    },
                    from: before.value(),
                    to: last.value(),
                });
            }
        }
    }
    if let Some(latest) = recorded.last() {
        if let Some(pro) = latest.score_of(Scorer::Professional) {
            for s in &latest.scores {
                let Scorer::Person(id) = s.by else { continue };
                let carer = latest
                    .person(family, id)
                    .or_else(|| family.person(id))
                    .is_some_and(|p| p.kind == PersonKind::Carer);
                if carer && pro.value().abs_diff(s.score.value()) >= SCORES_APART {
                    out.push(Reminder::ScoresApart {
                        parent: name(id),
                        parents: s.score.value(),
                        professionals: pro.value(),
                    });
                }
            }
        }
    }
    for agreement in &plan.agreements {
        let mut outcomes = recorded.iter().rev().filter_map(|v| {
            v.checks
                .iter()
                .find(|c| c.agreement == agreement.id && c.outcome != AgreementOutcome::NotChecked)
        });
        if let (Some(last), Some(before)) = (outcomes.next(), outcomes.next()) {
            if last.outcome == AgreementOutcome::NotKept
                && before.outcome == AgreementOutcome::NotKept
            {
                out.push(Reminder::NotKeptTwice {
                    what: last.what.clone(),
                });
            }
        }
    }
    // Visits that say of a child whether they were seen alone: older visits (which could
    // not say) and visits that did not hear the children do not count either way.
    let with_children: Vec<&&Visit> = recorded
        .iter()
        .filter(|v| v.children.iter().any(|c| c.seen_alone.is_some()))
        .collect();
    if with_children.len() >= NOT_SEEN_ALONE_VISITS {
        let last = &with_children[with_children.len() - NOT_SEEN_ALONE_VISITS..];
        if !last.iter().any(|v| v.saw_a_child_alone()) {
            out.push(Reminder::NoChildSeenAlone(NOT_SEEN_ALONE_VISITS));
        }
    }
    for explanation in &plan.explanations {
        let Some(at_age) = explanation.at_age else {
            continue;
        };
        let Some(child) = family.person(explanation.child) else {
            continue;
        };
        let turns = child
            .birth_date
            .and_then(|b| b.with_year(today.year()))
            .and_then(|birthday| age_on_birthday(child.birth_date?, birthday));
        if turns == Some(u32::from(at_age)) {
            out.push(Reminder::ExplainPlan {
                child: child.name.clone(),
                age: at_age,
            });
        }
    }
    for development in &plan.development {
        if let Some(on) = development.review_on.filter(|on| *on < today) {
            out.push(Reminder::DevelopmentReview {
                child: name(development.child),
                on,
            });
        }
    }
    out
}

/// The age someone born on `birth` turns on `birthday` (their birthday in some year).
fn age_on_birthday(birth: NaiveDate, birthday: NaiveDate) -> Option<u32> {
    super::family::age_on(birth, birthday)
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
