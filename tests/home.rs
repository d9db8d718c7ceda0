//! Native tests of the family's side: who uses the device and which content band follows,
//! the young person's steps, what the parent sees, date notices, and check-ins.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use veilig::domain::demo::demo_case;
use veilig::domain::home::{
    agreements_by_situation, current_plan, date_notices, goals_for_parents, safe_people,
    unsafe_steps, MAX_WORDS_CHARS,
};
use veilig::domain::{
    AgeBand, Approval, Author, CheckIn, CheckInProblem, DateNotice, DeviceSetup, Family, Id,
    Language, PersonKind, RecordMeta, Role, SafetyPlan, SafetyScore, Situation, Step,
};

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([7; 16]),
        role: Role::YoungPerson,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
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
        now(),
        today(),
    )
}

fn child(family: &Family, name: &str) -> Id {
    family
        .of_kind(PersonKind::Child)
        .find(|p| p.name == name)
        .unwrap()
        .id
}

fn setup(family: Option<Id>, person: Option<Id>, band: Option<AgeBand>) -> DeviceSetup {
    DeviceSetup {
        role: Role::YoungPerson,
        family,
        person,
        band,
        chosen_at: now(),
    }
}

#[test]
fn the_band_follows_the_birth_date_then_the_developmental_age() {
    let (mut family, _) = demo();
    let noor = child(&family, "Noor");
    let daan = child(&family, "Daan");
    assert_eq!(
        setup(Some(family.id), Some(noor), None).band(Some(&family), today()),
        AgeBand::UpTo7
    );
    assert_eq!(
        setup(Some(family.id), Some(daan), None).band(Some(&family), today()),
        AgeBand::From8To11
    );
    // The professional's developmental age wins over the calendar.
    family
        .people
        .iter_mut()
        .find(|p| p.id == daan)
        .unwrap()
        .developmental_age = Some(6);
    assert_eq!(
        setup(Some(family.id), Some(daan), None).band(Some(&family), today()),
        AgeBand::UpTo7
    );
}

#[test]
fn without_a_plan_the_chosen_band_counts_and_otherwise_8_to_11() {
    assert_eq!(
        setup(None, None, Some(AgeBand::From16)).band(None, today()),
        AgeBand::From16
    );
    assert_eq!(
        setup(None, None, None).band(None, today()),
        AgeBand::From8To11
    );
    // A person id that is not in the family falls back to the chosen band.
    let (family, _) = demo();
    assert_eq!(
        setup(
            Some(family.id),
            Some(Id::from_random_bytes([99; 16])),
            Some(AgeBand::From12To15)
        )
        .band(Some(&family), today()),
        AgeBand::From12To15
    );
}

#[test]
fn the_steps_start_safe_name_the_safe_people_and_end_with_112() {
    let (family, mut plan) = demo();
    let noor = child(&family, "Noor");
    let steps = unsafe_steps(&plan, &family, noor);
    assert_eq!(steps.first(), Some(&Step::SafePlace));
    assert_eq!(steps.last(), Some(&Step::Emergency));
    let names: Vec<String> = safe_people(&plan, &family, noor)
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert!(!names.is_empty());
    assert!(steps.contains(&Step::CallSafePerson(names)));

    // An agreement the child has a part in becomes a step; others do not.
    plan.agreements[0].who.push(noor);
    let what = plan.agreements[0].what.clone();
    let steps = unsafe_steps(&plan, &family, noor);
    assert!(steps.contains(&Step::Agreement(what)));
    assert_eq!(steps.len(), 4);
}

#[test]
fn a_child_without_safe_people_still_gets_a_safe_place_and_112() {
    let (family, mut plan) = demo();
    let daan = child(&family, "Daan");
    plan.safe_people.retain(|s| s.child != daan);
    assert_eq!(
        unsafe_steps(&plan, &family, daan),
        vec![Step::SafePlace, Step::Emergency]
    );
}

#[test]
fn agreements_are_grouped_in_the_fixed_order_of_situations() {
    let (_, mut plan) = demo();
    plan.agreements.reverse();
    plan.agreements[0].what = "  ".into();
    let groups = agreements_by_situation(&plan);
    let order: Vec<Situation> = groups.iter().map(|(s, _)| *s).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|s| Situation::ALL.iter().position(|x| x == s));
    assert_eq!(order, sorted);
    assert!(groups.iter().all(|(_, list)| !list.is_empty()));
    assert!(groups
        .iter()
        .flat_map(|(_, l)| l)
        .all(|a| !a.what.trim().is_empty()));
}

#[test]
fn the_parents_see_the_goals_that_concern_them() {
    let (family, mut plan) = demo();
    let daan = child(&family, "Daan");
    assert_eq!(goals_for_parents(&plan, &family).len(), 2);
    plan.goals[0].for_whom = vec![daan];
    plan.goals[0].area = veilig::domain::GoalArea::ChildRecovery;
    assert_eq!(goals_for_parents(&plan, &family).len(), 1);
}

#[test]
fn date_notices_warn_two_weeks_ahead_and_after_the_date() {
    let (_, mut plan) = demo();
    plan.period.end = Some(today() + chrono::Duration::days(30));
    plan.period.next_evaluation = Some(today() + chrono::Duration::days(20));
    assert_eq!(date_notices(&plan, today()), vec![]);
    plan.period.next_evaluation = Some(today() + chrono::Duration::days(3));
    assert_eq!(
        date_notices(&plan, today()),
        vec![DateNotice::EvaluationSoon(3)]
    );
    plan.period.next_evaluation = Some(today() - chrono::Duration::days(1));
    plan.period.end = Some(today() + chrono::Duration::days(14));
    assert_eq!(
        date_notices(&plan, today()),
        vec![DateNotice::EndsSoon(14), DateNotice::EvaluationOverdue]
    );
    plan.period.end = Some(today() - chrono::Duration::days(1));
    assert_eq!(date_notices(&plan, today())[0], DateNotice::Ended);
}

#[test]
fn the_family_lives_by_the_latest_agreed_revision() {
    let (family, plan) = demo();
    assert_eq!(current_plan(&plan, &[]).revision, plan.revision);
    let approval = Approval {
        on: today(),
        by: family.of_kind(PersonKind::Carer).map(|p| p.id).collect(),
    };
    let first = plan
        .clone()
        .agree(&family, approval.clone(), author(), now())
        .unwrap();
    let second = first
        .clone()
        .agree(&family, approval, author(), now())
        .unwrap();
    let mut draft = second.clone();
    draft.monitoring = "changed, not agreed".into();
    let revisions = vec![second.clone(), first];
    assert_eq!(current_plan(&draft, &revisions), &second);
}

#[test]
fn a_check_in_needs_a_score_from_0_to_10_and_keeps_words_trimmed() {
    let meta = RecordMeta::new(author(), now());
    let id = Id::from_random_bytes([1; 16]);
    assert_eq!(
        CheckIn::create(id, None, "", meta.clone()),
        Err(vec![CheckInProblem::NoScore])
    );
    assert_eq!(
        CheckIn::create(id, SafetyScore::new(11), "", meta.clone()),
        Err(vec![CheckInProblem::NoScore])
    );
    let long = "a".repeat(MAX_WORDS_CHARS + 1);
    assert_eq!(
        CheckIn::create(id, None, &long, meta.clone()),
        Err(vec![CheckInProblem::NoScore, CheckInProblem::TooLong])
    );
    let ok = CheckIn::create(id, Some(SafetyScore::MIN), "  bang  ", meta.clone()).unwrap();
    assert_eq!(
        (ok.score, ok.words.as_str(), ok.at),
        (SafetyScore::MIN, "bang", now())
    );
    assert!(CheckIn::create(id, Some(SafetyScore::MAX), "", meta).is_ok());
}
