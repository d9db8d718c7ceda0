//! Native tests of monitoring and evaluation: a visit started from the plan and the earlier
//! visits, its validation and versions, the trend of safety scores, open next steps, the
//! look back of an evaluation, when the next evaluation is due, and the caseload's
//! reminders. Every date is fixed.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use veilig::domain::demo::demo_case;
use veilig::domain::evaluation::{
    evaluation_due, look_back, low_adult_scores, AgreementTally, Conclusion, Evaluation,
    EvaluationProblem, GoalChange, ScoreChange,
};
use veilig::domain::monitoring::{closed, reminders, safety_alerts, Reminder};
use veilig::domain::plan::{Approval, GoalStatus};
use veilig::domain::visit::{
    in_time_order, open_steps, revision_marks, scorers, trend, AgreementOutcome, InterventionState,
    NextStep, Scorer, StepOutcome, Visit, VisitProblem,
};
use veilig::domain::{
    Author, Family, Id, Language, PersonKind, RecordMeta, Role, SafetyPlan, SafetyScore,
};

fn s(n: u8) -> SafetyScore {
    SafetyScore::new(n).unwrap()
}

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([3; 16]),
        role: Role::Professional,
    }
}

fn other_author() -> Author {
    Author {
        device: Id::from_random_bytes([4; 16]),
        role: Role::Professional,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// 14:00 local on a day of November 2026.
fn at(d: u32) -> NaiveDateTime {
    day(d).and_hms_opt(14, 0, 0).unwrap()
}

fn utc(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, d, 15, 0, 0).unwrap()
}

fn demo() -> (Family, SafetyPlan) {
    let mut n = 0u8;
    demo_case(
        move || {
            n += 1;
            Id::from_random_bytes([n; 16])
        },
        Language::Nl,
        author(),
        utc(1),
        day(1),
    )
}

fn carer(family: &Family) -> Id {
    family.of_kind(PersonKind::Carer).next().unwrap().id
}

fn child(family: &Family) -> Id {
    family.children().next().unwrap().id
}

/// A recorded visit on day `d` with these scores, started after `earlier`.
fn visit(
    family: &Family,
    plan: &SafetyPlan,
    earlier: &[Visit],
    d: u32,
    scores: &[(Scorer, u8)],
) -> Visit {
    let mut v = Visit::start(
        Id::from_random_bytes([d as u8 + 100; 16]),
        plan,
        earlier,
        at(d),
        RecordMeta::new(author(), utc(d)),
    );
    for (by, score) in scores {
        v.set_score(*by, SafetyScore::new(*score));
    }
    v.record(family, author(), utc(d), today()).unwrap()
}

fn step(n: u8, what: &str, by: Option<NaiveDate>) -> NextStep {
    NextStep {
        id: Id::from_random_bytes([n; 16]),
        what: what.into(),
        who: vec![],
        by,
    }
}

#[test]
fn a_visit_starts_with_the_plans_agreements_goals_and_interventions_to_check() {
    let (_, plan) = demo();
    let v = Visit::start(
        Id::from_random_bytes([9; 16]),
        &plan,
        &[],
        at(10),
        RecordMeta::new(author(), utc(10)),
    );
    assert_eq!(v.family, plan.family);
    assert_eq!(v.version, 0);
    assert!(!v.is_recorded());
    assert_eq!(v.plan_revision, plan.revision);
    assert_eq!(v.checks.len(), plan.agreements.len());
    assert!(v
        .checks
        .iter()
        .all(|c| c.outcome == AgreementOutcome::NotChecked));
    // The words are copied, so the visit still reads well after the plan changes.
    assert_eq!(v.checks[2].what, plan.agreements[2].what);
    assert_eq!(v.goals.len(), plan.goals.len());
    assert_eq!(v.goals[0].status, plan.goals[0].status);
    assert_eq!(
        v.interventions.len(),
        plan.interventions.len() + plan.treatments.len()
    );
    assert!(v.step_checks.is_empty());
    assert_eq!(v.validate(today()), vec![]);
}

#[test]
fn the_next_visit_carries_goal_and_intervention_progress_and_the_open_steps() {
    let (family, plan) = demo();
    let mut first = Visit::start(
        Id::from_random_bytes([1; 16]),
        &plan,
        &[],
        at(3),
        RecordMeta::new(author(), utc(3)),
    );
    first.goals[1].status = GoalStatus::InProgress;
    first.interventions[0].state = InterventionState::Running;
    first.next_steps = vec![step(7, "Mark belt de verslavingszorg", Some(day(10)))];
    let first = first.record(&family, author(), utc(3), today()).unwrap();

    let second = Visit::start(
        Id::from_random_bytes([2; 16]),
        &plan,
        std::slice::from_ref(&first),
        at(17),
        RecordMeta::new(author(), utc(17)),
    );
    assert_eq!(second.goals[1].status, GoalStatus::InProgress);
    assert_eq!(second.interventions[0].state, InterventionState::Running);
    assert_eq!(second.step_checks.len(), 1);
    assert_eq!(second.step_checks[0].what, "Mark belt de verslavingszorg");
    assert_eq!(second.step_checks[0].by, Some(day(10)));
    assert_eq!(second.step_checks[0].outcome, StepOutcome::NotChecked);
}

#[test]
fn every_problem_of_a_visit_is_reported_at_once() {
    let (family, plan) = demo();
    let sanne = carer(&family);
    let mut v = Visit::start(
        Id::from_random_bytes([9; 16]),
        &plan,
        &[],
        at(25),
        RecordMeta::new(author(), utc(10)),
    );
    // A score above 10 cannot be made at all, nor read back.
    assert!(SafetyScore::new(11).is_none());
    assert!(serde_json::from_str::<veilig::domain::visit::GivenScore>(
        r#"{"by":"professional","score":11}"#
    )
    .is_err());
    v.scores.push(veilig::domain::visit::GivenScore {
        by: Scorer::Person(sanne),
        score: SafetyScore::new(2).unwrap(),
    });
    v.scores.push(veilig::domain::visit::GivenScore {
        by: Scorer::Person(sanne),
        score: SafetyScore::new(4).unwrap(),
    });
    v.next_steps.push(step(9, "  ", None));
    assert_eq!(
        v.validate(today()),
        vec![
            VisitProblem::InFuture,
            VisitProblem::ScoredTwice(Scorer::Person(sanne)),
            VisitProblem::EmptyStep,
        ]
    );
    assert!(v.record(&family, author(), utc(10), today()).is_err());
}

#[test]
fn setting_a_score_replaces_it_and_none_takes_it_away() {
    let (family, plan) = demo();
    let noor = child(&family);
    let mut v = visit(&family, &plan, &[], 10, &[]);
    v.set_score(Scorer::Person(noor), SafetyScore::new(3));
    v.set_score(Scorer::Person(noor), SafetyScore::new(6));
    assert_eq!(v.score_of(Scorer::Person(noor)), SafetyScore::new(6));
    assert_eq!(v.scores.len(), 1);
    v.set_score(Scorer::Person(noor), None);
    assert_eq!(v.score_of(Scorer::Person(noor)), None);
}

#[test]
fn recording_makes_version_1_and_a_correction_the_next_with_who_and_when() {
    let (family, plan) = demo();
    let first = visit(&family, &plan, &[], 10, &[]);
    assert_eq!(first.version, 1);
    assert_eq!(first.meta.created_at, utc(10));
    assert_eq!(first.meta.revision, 1);
    // The people are kept with the record.
    assert_eq!(first.people, family.people);

    let mut working = first.clone();
    working.worries = "Verbeterd".into();
    let corrected = working
        .record(&family, other_author(), utc(12), today())
        .unwrap();
    assert_eq!(corrected.version, 2);
    assert_eq!(corrected.meta.created_at, utc(10));
    assert_eq!(corrected.meta.created_by, author());
    assert_eq!(corrected.meta.updated_at, utc(12));
    assert_eq!(corrected.meta.updated_by, other_author());
    // The first version is unchanged.
    assert_eq!(first.worries, "");
}

#[test]
fn the_trend_follows_each_scorer_in_time_order_professional_first() {
    let (family, plan) = demo();
    let sanne = carer(&family);
    let noor = child(&family);
    // Recorded out of order, put in time order as storage does; Noor only on the second.
    let mut visits = vec![
        visit(
            &family,
            &plan,
            &[],
            20,
            &[
                (Scorer::Person(sanne), 6),
                (Scorer::Professional, 5),
                (Scorer::Person(noor), 7),
            ],
        ),
        visit(
            &family,
            &plan,
            &[],
            6,
            &[(Scorer::Person(sanne), 4), (Scorer::Professional, 3)],
        ),
    ];
    in_time_order(&mut visits);
    assert_eq!(visits[0].at, at(6));
    let series = trend(&visits);
    assert_eq!(series.len(), 3);
    assert_eq!(series[0].by, Scorer::Professional);
    assert_eq!(series[0].points, vec![(at(6), s(3)), (at(20), s(5))]);
    assert_eq!(series[1].by, Scorer::Person(sanne));
    assert_eq!(series[1].points, vec![(at(6), s(4)), (at(20), s(6))]);
    assert_eq!(series[2].points, vec![(at(20), s(7))]);
    assert!(trend(&[]).is_empty());
}

#[test]
fn revisions_are_marked_on_the_day_they_were_agreed() {
    let (family, plan) = demo();
    let v1 = plan
        .agree(
            &family,
            Approval {
                on: day(2),
                by: vec![carer(&family)],
            },
            author(),
            utc(2),
        )
        .unwrap();
    let v2 = v1
        .clone()
        .touched(author(), utc(15))
        .agree(
            &family,
            Approval {
                on: day(15),
                by: vec![carer(&family)],
            },
            author(),
            utc(15),
        )
        .unwrap();
    assert_eq!(revision_marks(&[v1, v2]), vec![(day(2), 1), (day(15), 2)]);
}

#[test]
fn scorers_come_in_the_monitoring_order_parents_children_network() {
    let (family, _) = demo();
    let kinds: Vec<PersonKind> = scorers(&family).iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        vec![
            PersonKind::Carer,
            PersonKind::Carer,
            PersonKind::Child,
            PersonKind::Child,
            PersonKind::Network,
            PersonKind::Network,
            PersonKind::Network,
        ]
    );
}

#[test]
fn a_step_stays_open_until_a_later_visit_marks_it_done_or_no_longer_needed() {
    let (family, plan) = demo();
    let mut first = visit(&family, &plan, &[], 3, &[]);
    first.next_steps = vec![
        step(1, "Mark belt de verslavingszorg", Some(day(10))),
        step(2, "Sanne maakt een afspraak bij de huisarts", None),
        step(3, "Oma Els komt op woensdag", None),
    ];
    let visits = vec![first.clone()];
    assert_eq!(open_steps(&visits).len(), 3);

    let mut second = Visit::start(
        Id::from_random_bytes([50; 16]),
        &plan,
        &visits,
        at(17),
        RecordMeta::new(author(), utc(17)),
    );
    second.step_checks[0].outcome = StepOutcome::NotYet;
    second.step_checks[1].outcome = StepOutcome::Done;
    second.step_checks[2].outcome = StepOutcome::NoLongerNeeded;
    second.next_steps = vec![step(4, "Daan gaat naar de schoolarts", None)];
    // A working copy does not count until it is recorded.
    let both = [first.clone(), second.clone()];
    let open: Vec<&str> = open_steps(&both).iter().map(|s| s.what.as_str()).collect();
    assert_eq!(open.len(), 3);

    let second = second.record(&family, author(), utc(17), today()).unwrap();
    let recorded = [first, second];
    let open: Vec<&str> = open_steps(&recorded)
        .iter()
        .map(|s| s.what.as_str())
        .collect();
    assert_eq!(
        open,
        vec![
            "Mark belt de verslavingszorg",
            "Daan gaat naar de schoolarts"
        ]
    );
    assert!(open_steps(&[]).is_empty());
}

fn evaluation(
    plan: &SafetyPlan,
    on: NaiveDate,
    conclusion: Conclusion,
    next: Option<NaiveDate>,
) -> Evaluation {
    let mut e = Evaluation::start(
        Id::from_random_bytes([on.format("%d").to_string().parse::<u8>().unwrap(); 16]),
        plan,
        on,
        RecordMeta::new(author(), utc(1)),
    );
    e.conclusion = Some(conclusion);
    e.next_evaluation = next;
    e.record(plan, RecordMeta::new(author(), utc(1)), today(), &[])
        .unwrap()
}

#[test]
fn an_evaluation_needs_a_conclusion_and_a_later_next_date_unless_it_closes_the_case() {
    let (_, plan) = demo();
    let mut e = Evaluation::start(
        Id::from_random_bytes([1; 16]),
        &plan,
        day(25),
        RecordMeta::new(author(), utc(1)),
    );
    assert_eq!(
        e.validate(today(), &[]),
        vec![EvaluationProblem::InFuture, EvaluationProblem::NoConclusion]
    );
    e.on = day(20);
    e.conclusion = Some(Conclusion::Continue);
    assert_eq!(
        e.validate(today(), &[]),
        vec![EvaluationProblem::NextMissing]
    );
    e.next_evaluation = Some(day(20));
    assert_eq!(
        e.validate(today(), &[]),
        vec![EvaluationProblem::NextNotAfter]
    );
    e.next_evaluation = Some(day(28));
    assert_eq!(e.validate(today(), &[]), vec![]);
    // Closing needs no next date, and keeps none.
    e.conclusion = Some(Conclusion::Close);
    let recorded = e
        .record(&plan, RecordMeta::new(author(), utc(20)), today(), &[])
        .unwrap();
    assert_eq!(recorded.next_evaluation, None);
}

#[test]
fn adjusting_the_plan_opens_a_new_draft_based_on_the_agreed_revision() {
    let (family, plan) = demo();
    let agreed = plan
        .agree(
            &family,
            Approval {
                on: day(2),
                by: vec![carer(&family)],
            },
            author(),
            utc(2),
        )
        .unwrap();
    let adjust = evaluation(
        &agreed,
        day(20),
        Conclusion::AdjustPlan,
        NaiveDate::from_ymd_opt(2027, 2, 20),
    );
    let draft = adjust.adjusted_plan(&agreed, author(), utc(20)).unwrap();
    assert_eq!(draft.status, veilig::domain::PlanStatus::Draft);
    assert_eq!(draft.revision, 1);
    assert_eq!(
        draft.period.next_evaluation,
        NaiveDate::from_ymd_opt(2027, 2, 20)
    );
    assert_eq!(draft.agreements, agreed.agreements);
    let go_on = evaluation(&agreed, day(20), Conclusion::Continue, Some(day(30)));
    assert_eq!(go_on.adjusted_plan(&agreed, author(), utc(20)), None);
}

#[test]
fn the_next_evaluation_is_the_plans_until_an_evaluation_sets_it_and_again_after_agreeing() {
    let (family, plan) = demo();
    let mut agreed = plan
        .agree(
            &family,
            Approval {
                on: day(2),
                by: vec![carer(&family)],
            },
            author(),
            utc(2),
        )
        .unwrap();
    agreed.period.next_evaluation = Some(day(20));
    assert_eq!(evaluation_due(&agreed, &[]), Some(day(20)));

    let held = evaluation(
        &agreed,
        day(18),
        Conclusion::Continue,
        NaiveDate::from_ymd_opt(2027, 2, 18),
    );
    let evaluations = vec![held];
    assert_eq!(
        evaluation_due(&agreed, &evaluations),
        NaiveDate::from_ymd_opt(2027, 2, 18)
    );
    // A typo fixed in the plan (a draft on revision 1) keeps the evaluation's date.
    let draft = agreed.clone().touched(author(), utc(21));
    assert_eq!(
        evaluation_due(&draft, &evaluations),
        NaiveDate::from_ymd_opt(2027, 2, 18)
    );
    // Once agreed again, the plan's own date counts.
    let mut next = draft;
    next.period.next_evaluation = NaiveDate::from_ymd_opt(2027, 1, 5);
    let v2 = next
        .agree(
            &family,
            Approval {
                on: day(22),
                by: vec![carer(&family)],
            },
            author(),
            utc(22),
        )
        .unwrap();
    assert_eq!(
        evaluation_due(&v2, &evaluations),
        NaiveDate::from_ymd_opt(2027, 1, 5)
    );
}

#[test]
fn the_look_back_covers_the_visits_since_the_previous_evaluation() {
    let (family, plan) = demo();
    let sanne = carer(&family);
    let mut old = visit(&family, &plan, &[], 2, &[(Scorer::Professional, 2)]);
    old.checks[0].outcome = AgreementOutcome::NotKept;
    let previous = evaluation(&plan, day(4), Conclusion::Continue, Some(day(30)));

    let mut first = visit(
        &family,
        &plan,
        std::slice::from_ref(&old),
        6,
        &[(Scorer::Professional, 3), (Scorer::Person(sanne), 5)],
    );
    first.checks[0].outcome = AgreementOutcome::Kept;
    first.checks[1].outcome = AgreementOutcome::Partly;
    first.next_steps = vec![step(5, "Sanne belt de school", Some(day(10)))];
    let first = first.clone();
    let mut second = visit(&family, &plan, &[], 13, &[(Scorer::Professional, 4)]);
    second.checks[0].outcome = AgreementOutcome::Kept;
    second.checks[1].outcome = AgreementOutcome::NotKept;
    let third = visit(&family, &plan, &[], 20, &[(Scorer::Professional, 6)]);
    let mut visits = vec![third.clone(), old, first.clone(), second.clone()];
    in_time_order(&mut visits);

    let back = look_back(&visits, std::slice::from_ref(&previous), day(20));
    assert_eq!(back.since, Some(day(4)));
    assert_eq!(
        back.visits.iter().map(|v| v.at).collect::<Vec<_>>(),
        vec![at(6), at(13), at(20)]
    );
    assert_eq!(
        back.scores,
        vec![
            ScoreChange {
                by: Scorer::Professional,
                first: s(3),
                last: s(6),
                count: 3
            },
            ScoreChange {
                by: Scorer::Person(sanne),
                first: s(5),
                last: s(5),
                count: 1
            },
        ]
    );
    assert_eq!(
        back.agreements[0],
        AgreementTally {
            agreement: plan.agreements[0].id,
            what: plan.agreements[0].what.clone(),
            kept: 2,
            partly: 0,
            not_kept: 0,
        }
    );
    assert_eq!(
        (
            back.agreements[1].kept,
            back.agreements[1].partly,
            back.agreements[1].not_kept
        ),
        (0, 1, 1)
    );
    assert_eq!(back.open_steps.len(), 1);

    // The results: each goal and intervention from the first visit looked back on to the
    // last, with the latest effect written down.
    let goal = &plan.goals[0];
    assert_eq!(
        back.goals[0],
        GoalChange {
            goal: goal.id,
            name: goal.goal.clone(),
            first: GoalStatus::InProgress,
            last: GoalStatus::InProgress,
        }
    );
    assert_eq!(back.interventions.len(), 3);
    assert_eq!(back.interventions[0].first, InterventionState::NotStarted);

    // Without an earlier evaluation, everything up to the day counts.
    let all = look_back(&visits, &[], day(13));
    assert_eq!(all.since, None);
    assert_eq!(all.visits.len(), 3);
}

#[test]
fn reminders_for_evaluation_end_date_visits_and_late_steps() {
    let (family, mut plan) = demo();
    plan.period.next_evaluation = Some(today() + Duration::days(30));
    plan.period.end = Some(today() + Duration::days(200));
    let recent = visit(&family, &plan, &[], 20, &[]);
    // Nothing due: a visit 4 days ago, evaluation in a month, end far away.
    assert_eq!(
        reminders(&plan, std::slice::from_ref(&recent), &[], today(), 3),
        vec![]
    );
    // Never visited; a working copy is not a visit yet.
    let mut working = recent.clone();
    working.version = 0;
    assert_eq!(
        reminders(&plan, &[working], &[], today(), 3),
        vec![Reminder::NoVisitFor(None)]
    );
    // Everything at once.
    plan.period.next_evaluation = Some(today() - Duration::days(1));
    plan.period.end = Some(today() + Duration::days(10));
    let late = today() - Duration::days(2);
    let mut old = visit(&family, &plan, &[], 1, &[]);
    old.next_steps = vec![step(8, "Mark belt de verslavingszorg", Some(late))];
    assert_eq!(
        reminders(&plan, &[old.clone()], &[], today(), 3),
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
    // The number of weeks is the professional's choice.
    assert!(!reminders(&plan, &[old], &[], today(), 4)
        .iter()
        .any(|r| matches!(r, Reminder::NoVisitFor(_))));
    plan.period.next_evaluation = Some(today() + Duration::days(14));
    plan.period.end = Some(today() - Duration::days(1));
    let r = reminders(&plan, &[], &[], today(), 3);
    assert_eq!(r[0], Reminder::EvaluationDue(14));
    assert_eq!(r[1], Reminder::PlanEnded);
}

#[test]
fn a_closed_case_has_no_reminders_until_it_is_visited_again() {
    let (family, mut plan) = demo();
    plan.period.next_evaluation = Some(today() - Duration::days(1));
    let old = visit(&family, &plan, &[], 1, &[]);
    let close = evaluation(&plan, day(5), Conclusion::Close, None);
    let evaluations = vec![close];
    assert_eq!(
        closed(std::slice::from_ref(&old), &evaluations),
        Some(day(5))
    );
    assert_eq!(
        reminders(&plan, std::slice::from_ref(&old), &evaluations, today(), 1),
        vec![]
    );
    let again = visit(&family, &plan, &[], 10, &[]);
    assert_eq!(closed(&[old.clone(), again.clone()], &evaluations), None);
    assert!(!reminders(&plan, &[old, again], &evaluations, today(), 1).is_empty());
}

/// Issue 18: alerts that matter, from fixed visits and dates.
#[test]
fn safety_alerts_follow_the_scores_the_agreements_and_the_childrens_ages() {
    use veilig::domain::monitoring::safety_alerts;
    use veilig::domain::visit::AgreementOutcome;
    let (mut family, mut plan) = demo();
    let parent = carer(&family);
    let parent_name = family.name_of(parent).to_string();
    // Nothing recorded: nothing to say about scores or agreements.
    assert!(safety_alerts(&plan, &family, &[], today())
        .iter()
        .all(|a| matches!(
            a,
            Reminder::ExplainPlan { .. } | Reminder::DevelopmentReview { .. }
        )));

    // Two visits: the professional 7 then 4 (down 3), the parent 6 then 5 (down 1, and 1
    // apart from the professional); then a third visit where they are 8 and 4.
    let first = visit(
        &family,
        &plan,
        &[],
        10,
        &[(Scorer::Professional, 7), (Scorer::Person(parent), 6)],
    );
    let second = visit(
        &family,
        &plan,
        std::slice::from_ref(&first),
        17,
        &[(Scorer::Professional, 4), (Scorer::Person(parent), 5)],
    );
    let alerts = safety_alerts(&plan, &family, &[first.clone(), second.clone()], today());
    assert!(alerts.contains(&Reminder::ScoreFell {
        who: None,
        from: 7,
        to: 4
    }));
    assert!(
        !alerts
            .iter()
            .any(|a| matches!(a, Reminder::ScoreFell { who: Some(_), .. })),
        "down 1 is not said"
    );
    assert!(!alerts
        .iter()
        .any(|a| matches!(a, Reminder::ScoresApart { .. })));
    let third = visit(
        &family,
        &plan,
        &[first.clone(), second.clone()],
        20,
        &[(Scorer::Professional, 4), (Scorer::Person(parent), 8)],
    );
    let alerts = safety_alerts(
        &plan,
        &family,
        &[first.clone(), second.clone(), third.clone()],
        today(),
    );
    assert!(alerts.contains(&Reminder::ScoresApart {
        parent: parent_name.clone(),
        parents: 8,
        professionals: 4
    }));
    assert!(
        !alerts
            .iter()
            .any(|a| matches!(a, Reminder::ScoreFell { who: None, .. })),
        "4 then 4 did not fall"
    );

    // An agreement not kept at two visits in a row; "not checked" in between does not count.
    let check = |v: &Visit, outcome| {
        let mut v = v.clone();
        v.checks[0].outcome = outcome;
        v
    };
    let agreement = first.checks[0].what.clone();
    let a = check(&first, AgreementOutcome::NotKept);
    let b = check(&second, AgreementOutcome::NotChecked);
    let c = check(&third, AgreementOutcome::NotKept);
    assert!(
        safety_alerts(&plan, &family, &[a.clone(), b.clone(), c.clone()], today()).contains(
            &Reminder::NotKeptTwice {
                what: agreement.clone()
            }
        )
    );
    let kept = check(&third, AgreementOutcome::Kept);
    assert!(!safety_alerts(&plan, &family, &[a, b, kept], today())
        .contains(&Reminder::NotKeptTwice { what: agreement }));

    // A child who turns the explanation age this year; a development review passed.
    plan.explanations.truncate(1);
    let child_id = plan.explanations[0].child;
    plan.explanations[0].at_age = Some(7);
    let born = NaiveDate::from_ymd_opt(2019, 12, 30).unwrap();
    family
        .people
        .iter_mut()
        .find(|p| p.id == child_id)
        .unwrap()
        .birth_date = Some(born);
    let name = family.name_of(child_id).to_string();
    assert!(
        safety_alerts(&plan, &family, &[], today()).contains(&Reminder::ExplainPlan {
            child: name.clone(),
            age: 7
        })
    );
    plan.explanations[0].at_age = Some(9);
    assert!(!safety_alerts(&plan, &family, &[], today())
        .iter()
        .any(|a| matches!(a, Reminder::ExplainPlan { .. })));
    plan.development[0].review_on = Some(day(20));
    let reviewed = family.name_of(plan.development[0].child).to_string();
    assert!(
        safety_alerts(&plan, &family, &[], today()).contains(&Reminder::DevelopmentReview {
            child: reviewed,
            on: day(20)
        })
    );
    plan.development[0].review_on = Some(day(30));
    assert!(!safety_alerts(&plan, &family, &[], today())
        .iter()
        .any(|a| matches!(a, Reminder::DevelopmentReview { .. })));
}

#[test]
fn the_look_back_follows_goals_and_interventions_over_the_period() {
    let (family, plan) = demo();
    let mut first = visit(&family, &plan, &[], 6, &[]);
    first.goals[1].status = GoalStatus::InProgress;
    first.interventions[0].state = InterventionState::Started;
    first.interventions[0].effect = "Rustiger bij het naar bed gaan.".into();
    let mut second = visit(&family, &plan, std::slice::from_ref(&first), 13, &[]);
    second.goals[1].status = GoalStatus::Achieved;
    second.interventions[0].state = InterventionState::Running;
    let visits = vec![first, second];
    let back = look_back(&visits, &[], day(20));
    let goal = back
        .goals
        .iter()
        .find(|g| g.goal == plan.goals[1].id)
        .unwrap();
    assert_eq!(
        (goal.first, goal.last),
        (GoalStatus::InProgress, GoalStatus::Achieved)
    );
    let item = &back.interventions[0];
    assert_eq!(item.intervention, plan.interventions[0].id);
    assert_eq!(
        (item.first, item.last),
        (InterventionState::Started, InterventionState::Running)
    );
    // An effect noted once stays the effect seen until a later note replaces it.
    assert_eq!(item.effect, "Rustiger bij het naar bed gaan.");
}

#[test]
fn closing_with_low_adult_scores_asks_to_think_again() {
    let (family, plan) = demo();
    let sanne = carer(&family);
    let noor = child(&family);
    // A child's low felt safety is not a judgement about closing; adults below 7 are.
    let v = visit(
        &family,
        &plan,
        &[],
        20,
        &[
            (Scorer::Professional, 8),
            (Scorer::Person(sanne), 6),
            (Scorer::Person(noor), 3),
        ],
    );
    // The professional's 8 at the last visit does not hide Sanne's 6 at the one before:
    // each adult's latest score in the period counts.
    let last = visit(&family, &plan, &[], 21, &[(Scorer::Professional, 8)]);
    let visits = vec![v, last];
    let low = low_adult_scores(&visits, &family, day(22));
    assert_eq!(low.len(), 1);
    assert_eq!((low[0].by, low[0].last), (Scorer::Person(sanne), s(6)));
    let mut e = Evaluation::start(
        Id::from_random_bytes([1; 16]),
        &plan,
        day(22),
        RecordMeta::new(author(), utc(22)),
    );
    e.conclusion = Some(Conclusion::Close);
    assert_eq!(
        e.validate(today(), &low),
        vec![EvaluationProblem::ReconsiderClose]
    );
    e.reconsidered = true;
    // Reconsidered, the reasons say why it is safe enough all the same.
    assert_eq!(
        e.validate(today(), &low),
        vec![EvaluationProblem::ReconsiderReasons]
    );
    e.reasons = "Iedereen ziet dat de afspraken al een half jaar werken.".into();
    assert_eq!(e.validate(today(), &low), vec![]);
    // Another conclusion needs no second thought, and does not keep the mark.
    e.conclusion = Some(Conclusion::Continue);
    e.next_evaluation = Some(day(30));
    let recorded = e
        .record(&plan, RecordMeta::new(author(), utc(22)), today(), &low)
        .unwrap();
    assert!(!recorded.reconsidered);
    // Scores of 7 and up: nothing to think again about. A visit after the day does not count.
    let fine = visit(
        &family,
        &plan,
        &[],
        21,
        &[(Scorer::Professional, 7), (Scorer::Person(sanne), 9)],
    );
    let later = visit(&family, &plan, &[], 23, &[(Scorer::Professional, 2)]);
    let visits = [fine, later];
    assert!(low_adult_scores(&visits, &family, day(22)).is_empty());
    // An evaluation with no visit since the previous one still sees the last scores.
    let low_then = visit(&family, &plan, &[], 10, &[(Scorer::Person(sanne), 3)]);
    let previous = evaluation(&plan, day(12), Conclusion::Continue, Some(day(30)));
    assert!(
        look_back(std::slice::from_ref(&low_then), &[previous], day(13))
            .visits
            .is_empty()
    );
    assert_eq!(
        low_adult_scores(std::slice::from_ref(&low_then), &family, day(13)).len(),
        1
    );
    // An older evaluation record, without who took part, still reads.
    let mut json = serde_json::to_value(&recorded).unwrap();
    json.as_object_mut().unwrap().remove("took_part");
    json.as_object_mut().unwrap().remove("reconsidered");
    let old: Evaluation = serde_json::from_value(json).unwrap();
    assert!(old.took_part.is_empty() && !old.reconsidered);
}

#[test]
fn each_child_is_heard_on_their_own_and_not_seen_alone_needs_a_reason() {
    let (family, plan) = demo();
    let children: Vec<Id> = family.children().map(|c| c.id).collect();
    let mut v = Visit::start(
        Id::from_random_bytes([60; 16]),
        &plan,
        &[],
        at(20),
        RecordMeta::new(author(), utc(20)),
    );
    v.voice_mut(children[0]).seen_alone = Some(true);
    v.voice_mut(children[0]).words = "Het is rustiger thuis.".into();
    v.voice_mut(children[1]).seen_alone = Some(false);
    assert_eq!(
        v.validate(today()),
        vec![VisitProblem::WhyNotAlone(children[1])]
    );
    v.voice_mut(children[1]).why_not = "Daan wilde niet zonder zijn moeder praten.".into();
    assert_eq!(v.validate(today()), vec![]);
    assert_eq!(v.children.len(), 2, "one record a child, made once");
    assert!(v.saw_a_child_alone());
    // A visit recorded before issue 18 (one field for all children) still reads.
    let recorded = v.record(&family, author(), utc(20), today()).unwrap();
    let mut json = serde_json::to_value(&recorded).unwrap();
    json.as_object_mut().unwrap().remove("children");
    let old: Visit = serde_json::from_value(json).unwrap();
    assert!(old.children.is_empty() && !old.saw_a_child_alone());
}

#[test]
fn an_alert_when_no_child_was_seen_alone_on_the_last_three_visits() {
    let (family, plan) = demo();
    let noor = child(&family);
    let alone = |d: u32, seen: bool| {
        let mut v = visit(&family, &plan, &[], d, &[]);
        v.voice_mut(noor).seen_alone = Some(seen);
        if !seen {
            v.voice_mut(noor).why_not = "Ziek".into();
        }
        v
    };
    let alert = Reminder::NoChildSeenAlone(3);
    let two = vec![alone(2, false), alone(9, false)];
    assert!(!safety_alerts(&plan, &family, &two, today()).contains(&alert));
    // Visits that recorded no child (older visits, or the children were not there) do not
    // count either way.
    let without = vec![
        alone(2, false),
        visit(&family, &plan, &[], 5, &[]),
        alone(9, false),
        visit(&family, &plan, &[], 12, &[]),
    ];
    assert!(!safety_alerts(&plan, &family, &without, today()).contains(&alert));
    let three = vec![
        alone(2, true),
        alone(9, false),
        alone(16, false),
        alone(20, false),
    ];
    assert!(safety_alerts(&plan, &family, &three, today()).contains(&alert));
    let seen = vec![
        alone(2, false),
        alone(9, false),
        alone(16, true),
        alone(20, false),
    ];
    assert!(!safety_alerts(&plan, &family, &seen, today()).contains(&alert));
    // A working copy is not a visit yet.
    let mut working = alone(23, false);
    working.version = 0;
    let mut with_working = two.clone();
    with_working.push(working);
    assert!(!safety_alerts(&plan, &family, &with_working, today()).contains(&alert));
}
