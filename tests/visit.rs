//! Native tests of monitoring: a visit started from the plan, its validation, the trend of
//! safety scores, open next steps, and the caseload's reminders (fixed dates).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use veilig::domain::demo::demo_case;
use veilig::domain::visit::{
    open_steps, reminders, trend, AgreementOutcome, NextStep, Reminder, SafetyScore, Scorer, Visit,
    VisitProblem,
};
use veilig::domain::{Author, Family, Id, Language, PersonKind, RecordMeta, Role, SafetyPlan};

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([3; 16]),
        role: Role::Professional,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 14, 0, 0).unwrap()
}

fn demo() -> (Family, SafetyPlan) {
    let mut n = 0u8;
    demo_case(
        move || {
            n += 1;
            Id::from_random_bytes([n; 16])
        },
        Language::Dutch,
        author(),
        at(1),
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    )
}

fn visit(plan: &SafetyPlan, day: u32, scores: &[(Scorer, u8)]) -> Visit {
    let mut v = Visit::start(
        Id::from_random_bytes([day as u8 + 100; 16]),
        plan,
        at(day),
        RecordMeta::new(author(), at(day)),
    );
    v.scores = scores
        .iter()
        .map(|(by, score)| SafetyScore {
            by: *by,
            score: *score,
        })
        .collect();
    v
}

#[test]
fn a_visit_starts_with_every_agreement_unchecked_and_every_goal_as_it_stands() {
    let (_, plan) = demo();
    let v = visit(&plan, 10, &[]);
    assert_eq!(v.family, plan.family);
    assert_eq!(v.checks.len(), plan.agreements.len());
    assert!(v
        .checks
        .iter()
        .all(|c| c.outcome == AgreementOutcome::NotChecked));
    assert_eq!(v.goals.len(), plan.goals.len());
    assert_eq!(
        v.interventions.len(),
        plan.interventions.len() + plan.treatments.len()
    );
    assert_eq!(v.validate(), vec![]);
}

#[test]
fn scores_above_10_twice_from_one_person_and_empty_steps_are_all_reported() {
    let (family, plan) = demo();
    let sanne = family.of_kind(PersonKind::Carer).next().unwrap().id;
    let mut v = visit(
        &plan,
        10,
        &[(Scorer::Person(sanne), 11), (Scorer::Person(sanne), 4)],
    );
    v.next_steps.push(NextStep {
        id: Id::from_random_bytes([9; 16]),
        what: "  ".into(),
        who: vec![],
        by: None,
        done: false,
    });
    assert_eq!(
        v.validate(),
        vec![
            VisitProblem::ScoreOutOfRange(Scorer::Person(sanne)),
            VisitProblem::ScoredTwice(Scorer::Person(sanne)),
            VisitProblem::EmptyStep,
        ]
    );
}

#[test]
fn the_trend_follows_each_scorer_in_time_order_professional_first() {
    let (family, plan) = demo();
    let sanne = family.of_kind(PersonKind::Carer).next().unwrap().id;
    let noor = family.of_kind(PersonKind::Child).next().unwrap().id;
    // Recorded out of order; Noor only on the second visit.
    let visits = vec![
        visit(
            &plan,
            20,
            &[
                (Scorer::Person(sanne), 6),
                (Scorer::Professional, 5),
                (Scorer::Person(noor), 7),
            ],
        ),
        visit(
            &plan,
            6,
            &[(Scorer::Person(sanne), 4), (Scorer::Professional, 3)],
        ),
    ];
    let series = trend(&visits);
    assert_eq!(series.len(), 3);
    assert_eq!(series[0].by, Scorer::Professional);
    assert_eq!(series[0].points, vec![(at(6), 3), (at(20), 5)]);
    assert_eq!(series[1].by, Scorer::Person(sanne));
    assert_eq!(series[1].points, vec![(at(6), 4), (at(20), 6)]);
    assert_eq!(series[2].points, vec![(at(20), 7)]);
    assert!(trend(&[]).is_empty());
}

fn step(what: &str, by: Option<NaiveDate>, done: bool) -> NextStep {
    NextStep {
        id: Id::from_random_bytes([what.len() as u8; 16]),
        what: what.into(),
        who: vec![],
        by,
        done,
    }
}

#[test]
fn open_steps_come_from_the_latest_visit_only() {
    let (_, plan) = demo();
    let mut old = visit(&plan, 6, &[]);
    old.next_steps = vec![step("oud", None, false)];
    let mut new = visit(&plan, 20, &[]);
    new.next_steps = vec![step("gedaan", None, true), step("open", None, false)];
    let visits = vec![new, old];
    let open: Vec<&str> = open_steps(&visits)
        .iter()
        .map(|s| s.what.as_str())
        .collect();
    assert_eq!(open, vec!["open"]);
    assert!(open_steps(&[]).is_empty());
}

#[test]
fn reminders_for_evaluation_end_date_visits_and_late_steps() {
    let (_, mut plan) = demo();
    plan.period.next_evaluation = Some(today() + Duration::days(30));
    plan.period.end = Some(today() + Duration::days(200));
    let mut recent = visit(&plan, 20, &[]);
    // Nothing due: a visit 4 days ago, evaluation in a month, end far away.
    assert_eq!(
        reminders(&plan, std::slice::from_ref(&recent), today(), 3),
        vec![]
    );
    // Never visited.
    assert_eq!(
        reminders(&plan, &[], today(), 3),
        vec![Reminder::NoVisitFor(None)]
    );
    // Everything at once.
    plan.period.next_evaluation = Some(today() - Duration::days(1));
    plan.period.end = Some(today() + Duration::days(10));
    let late = today() - Duration::days(2);
    recent.next_steps = vec![step("Mark belt de verslavingszorg", Some(late), false)];
    recent.at = at(1);
    assert_eq!(
        reminders(&plan, &[recent], today(), 3),
        vec![
            Reminder::EvaluationOverdue,
            Reminder::PlanEnding(10),
            Reminder::NoVisitFor(Some(3)),
            Reminder::StepOverdue {
                what: "Mark belt de verslavingszorg".into(),
                by: late
            },
        ]
    );
    plan.period.next_evaluation = Some(today() + Duration::days(14));
    plan.period.end = Some(today() - Duration::days(1));
    let r = reminders(&plan, &[], today(), 3);
    assert_eq!(r[0], Reminder::EvaluationDue(14));
    assert_eq!(r[1], Reminder::PlanEnded);
}
