//! Native tests of the whole plan: validation, agreeing, dates, the demo case, and the
//! export format (with property tests for round trips and hostile input).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use veilig::domain::demo::demo_case;
use veilig::domain::export::{export, import, ImportError, FORMAT_VERSION};
use veilig::domain::Language;
use veilig::domain::{
    AgeBand, Agreement, Approval, Author, CaseStatus, ChildProblem, Coordinator, DangerStatement,
    Development, Explanation, Factor, FactorArea, Family, GoalArea, GoalStatus, HelpGoal, Id,
    Intervention, NetworkRole, Period, Person, PersonKind, PhoneNumber, PlanPart, PlanProblem,
    PlanStatus, Recognition, RecordMeta, Role, SafePeopleOf, SafetyGoal, SafetyPlan, Situation,
};

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([9; 16]),
        role: Role::Professional,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
}

fn ids() -> impl FnMut() -> Id {
    let mut n = 0u8;
    move || {
        n += 1;
        Id::from_random_bytes([n; 16])
    }
}

/// The plan's fields issue 18 added: a plan or file written before it has none of them.
const ISSUE_18_PLAN_FIELDS: [&str; 6] = [
    "dangers",
    "safety_goals",
    "factors",
    "child_problems",
    "neglect",
    "coordinator_person",
];

fn demo() -> (Family, SafetyPlan) {
    demo_case(ids(), Language::Nl, author(), now(), today())
}

fn approval(family: &Family) -> Approval {
    Approval {
        on: today(),
        by: family.of_kind(PersonKind::Carer).map(|p| p.id).collect(),
    }
}

#[test]
fn the_demo_case_is_complete_and_can_be_agreed() {
    for language in [Language::Nl, Language::En] {
        let (family, plan) = demo_case(ids(), language, author(), now(), today());
        assert_eq!(plan.validate(&family, today()), vec![]);
        let agreed = plan
            .agree(&family, approval(&family), author(), now())
            .unwrap();
        assert_eq!(agreed.revision, 1);
        assert_eq!(agreed.status, PlanStatus::Agreed);
        assert_eq!(agreed.people, family.people);
        assert_eq!(agreed.case_status(today()), CaseStatus::Agreed);
    }
}

#[test]
fn an_empty_plan_reports_every_problem_at_once() {
    let (family, _) = demo();
    let plan = SafetyPlan::new(family.id, author(), now());
    let problems = plan.validate(&family, today());
    let children: Vec<Id> = family.children().map(|c| c.id).collect();
    for child in &children {
        assert!(problems.contains(&PlanProblem::NoSafePeople { child: *child }));
        // Noor is 7 and Daan 10: both need someone who explains the plan.
        assert!(problems.contains(&PlanProblem::NoExplanation { child: *child }));
    }
    let expected = [
        PlanProblem::NoDanger,
        PlanProblem::NoSafetyGoal,
        PlanProblem::NoWatcher,
        PlanProblem::NoStandIn,
        PlanProblem::StartMissing,
        PlanProblem::EndMissing,
        PlanProblem::EvaluationMissing,
        PlanProblem::CoordinatorMissing,
        PlanProblem::CoordinatorOrganisationMissing,
    ];
    for problem in &expected {
        assert!(problems.contains(problem), "{problem:?} in {problems:?}");
    }
    assert_eq!(problems.len(), 2 * children.len() + expected.len());
    let agreed = plan.agree(
        &family,
        Approval {
            on: today(),
            by: vec![],
        },
        author(),
        now(),
    );
    let refused = agreed.unwrap_err();
    assert!(refused.contains(&PlanProblem::NobodyAgreed));
    assert_eq!(refused.len(), problems.len() + 1, "every reason at once");
}

#[test]
fn worries_and_safety_goals_must_be_whole() {
    let (family, mut plan) = demo();
    plan.dangers[0].if_nothing_changes = " ".into();
    plan.safety_goals[0].how_long = String::new();
    plan.factors[0].what = String::new();
    let (danger, goal, factor) = (
        plan.dangers[0].id,
        plan.safety_goals[0].id,
        plan.factors[0].id,
    );
    let problems = plan.validate(&family, today());
    assert_eq!(
        problems,
        vec![
            PlanProblem::DangerIncomplete { id: danger },
            PlanProblem::SafetyGoalIncomplete { id: goal },
            PlanProblem::FactorEmpty { id: factor },
        ]
    );
    assert_eq!(
        problems.iter().map(PlanProblem::part).collect::<Vec<_>>(),
        vec![PlanPart::Dangers, PlanPart::SafetyGoals, PlanPart::Factors]
    );
}

#[test]
fn help_goals_need_a_success_criterion_and_a_date() {
    let (family, mut plan) = demo();
    plan.goals[0].success = "  ".into();
    plan.goals[1].by = None;
    assert_eq!(
        plan.validate(&family, today()),
        vec![
            PlanProblem::GoalWithoutSuccess {
                id: plan.goals[0].id
            },
            PlanProblem::GoalWithoutDate {
                id: plan.goals[1].id
            },
        ]
    );
}

#[test]
fn neglect_needs_the_three_forms_of_help_at_once() {
    let (family, mut plan) = demo();
    plan.neglect = true;
    // The demo has goals for parenting skills and the parents' own problems only.
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::NeglectHelpMissing {
            missing: vec![GoalArea::BasicNeeds]
        }]
    );
    plan.goals.retain(|g| g.area != GoalArea::OwnProblems);
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::NeglectHelpMissing {
            missing: vec![GoalArea::BasicNeeds, GoalArea::OwnProblems]
        }]
    );
    let mut basic = plan.goals[0].clone();
    basic.id = Id::from_random_bytes([210; 16]);
    basic.area = GoalArea::BasicNeeds;
    let mut own = basic.clone();
    own.id = Id::from_random_bytes([211; 16]);
    own.area = GoalArea::OwnProblems;
    plan.goals.extend([basic, own]);
    assert_eq!(plan.validate(&family, today()), vec![]);
}

#[test]
fn a_child_who_witnessed_violence_needs_a_targeted_intervention() {
    let (family, mut plan) = demo();
    let daan = family.children().nth(1).unwrap().id;
    let noor = family.children().next().unwrap().id;
    assert_eq!(plan.witnessed_violence, vec![daan]);
    plan.witnessed_violence.push(noor);
    // Trauma treatment is given when needed: the plan shows it, agreeing does not demand it.
    plan.treatments.clear();
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::WitnessedHelpMissing { child: noor }]
    );
    plan.interventions.retain(|i| !i.for_whom.contains(&daan));
    let problems = plan.validate(&family, today());
    assert_eq!(
        problems,
        vec![
            PlanProblem::WitnessedHelpMissing { child: daan },
            PlanProblem::WitnessedHelpMissing { child: noor },
        ]
    );
    assert!(problems.iter().all(|p| p.part() == PlanPart::Harm));
}

#[test]
fn every_child_of_four_or_older_has_the_plan_explained() {
    let (mut family, mut plan) = demo();
    let noor = family.children().next().unwrap().id;
    plan.explanations.retain(|e| e.child != noor);
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::NoExplanation { child: noor }]
    );
    // A child of three needs none yet; a child without a known age does.
    let person = family.people.iter_mut().find(|p| p.id == noor).unwrap();
    person.birth_date = Some(today() - Duration::days(3 * 365));
    assert_eq!(plan.validate(&family, today()), vec![]);
    let person = family.people.iter_mut().find(|p| p.id == noor).unwrap();
    person.birth_date = None;
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::NoExplanation { child: noor }]
    );
    // An explanation without who explains it is not one.
    plan.explanations.push(Explanation {
        child: noor,
        at_age: Some(5),
        by: None,
        how: String::new(),
    });
    assert_eq!(
        plan.validate(&family, today()),
        vec![PlanProblem::NoExplanation { child: noor }]
    );
}

#[test]
fn the_coordinator_is_a_person_of_the_network_with_an_organisation_and_a_way_to_reach_them() {
    let (mut family, mut plan) = demo();
    let regie = plan.coordinator_person.unwrap();
    let contact = plan.coordinator_contact(&family);
    assert_eq!(contact.name, "Jeugdprofessional (voorbeeld)");
    assert_eq!(contact.organisation, "Wijkteam Voorbeeldstad");
    assert_eq!(contact.phone, "06 00000009");
    assert_eq!(contact.email, "regie@voorbeeld.invalid");

    let person = family.people.iter_mut().find(|p| p.id == regie).unwrap();
    person.phone = None;
    person.email = None;
    plan.coordinator.organisation = " ".into();
    let problems = plan.validate(&family, today());
    assert_eq!(
        problems,
        vec![
            PlanProblem::CoordinatorUnreachable,
            PlanProblem::CoordinatorOrganisationMissing
        ]
    );
    assert!(problems.iter().all(|p| p.part() == PlanPart::Coordinator));
    // A name typed in an older plan is shown, but does not make a coordinator.
    plan.coordinator_person = None;
    plan.coordinator.name = "Regie van vroeger".into();
    plan.coordinator.phone = "010 1234567".into();
    assert_eq!(plan.coordinator_contact(&family).name, "Regie van vroeger");
    assert!(plan
        .validate(&family, today())
        .contains(&PlanProblem::CoordinatorMissing));
    // Whoever leaves the family's list stops coordinating.
    plan.coordinator_person = Some(regie);
    plan.forget_person(regie);
    assert_eq!(plan.coordinator_person, None);
}

#[test]
fn a_plan_agreed_under_the_old_rules_stays_as_it_was() {
    // A revision written before issue 18: no worries, safety goals or coordinator person,
    // goals without a success criterion. It reads, and stays agreed.
    let (family, plan) = demo();
    let agreed = plan
        .agree(&family, approval(&family), author(), now())
        .unwrap();
    let mut json: serde_json::Value = serde_json::to_value(&agreed).unwrap();
    let object = json.as_object_mut().unwrap();
    for field in ISSUE_18_PLAN_FIELDS {
        assert!(object.remove(field).is_some(), "{field}");
    }
    for goal in object["goals"].as_array_mut().unwrap() {
        let goal = goal.as_object_mut().unwrap();
        goal.remove("success");
        goal.remove("by");
    }
    for item in object["interventions"].as_array_mut().unwrap() {
        item.as_object_mut().unwrap().remove("recognition");
    }
    object.insert(
        "coordinator".into(),
        serde_json::json!({"name": "Regie oud", "organisation": "Wijkteam", "phone": "010 1234567", "email": ""}),
    );
    let old: SafetyPlan = serde_json::from_value(json).unwrap();
    assert_eq!(old.case_status(today()), CaseStatus::Agreed);
    assert!(old.dangers.is_empty() && old.coordinator_person.is_none());
    assert_eq!(old.goals[0].success, "");
    assert_eq!(old.interventions[0].recognition, None);
    assert_eq!(old.coordinator_contact(&family).name, "Regie oud");
    // The next revision follows the new rules.
    let draft = old.touched(author(), now());
    let refused = draft
        .agree(&family, approval(&family), author(), now())
        .unwrap_err();
    for problem in [
        PlanProblem::NoDanger,
        PlanProblem::NoSafetyGoal,
        PlanProblem::CoordinatorMissing,
    ] {
        assert!(refused.contains(&problem), "{problem:?}");
    }
}

#[test]
fn dates_must_make_sense() {
    let (family, mut plan) = demo();
    plan.period = Period {
        start: Some(today()),
        end: Some(today() - Duration::days(1)),
        next_evaluation: Some(today() + Duration::days(400)),
    };
    assert_eq!(
        plan.validate(&family, today()),
        vec![
            PlanProblem::EndBeforeStart,
            PlanProblem::EvaluationOutsidePeriod
        ]
    );
    plan.interventions[0].end = Some(today() - Duration::days(10));
    assert!(plan
        .validate(&family, today())
        .contains(&PlanProblem::InterventionEndsBeforeStart {
            part: PlanPart::Interventions,
            id: plan.interventions[0].id
        }));
}

#[test]
fn agreements_say_who_does_what() {
    let (family, mut plan) = demo();
    let id = Id::from_random_bytes([200; 16]);
    plan.agreements.push(Agreement {
        id,
        situation: Situation::Own,
        own_situation: " ".into(),
        what: "".into(),
        who: vec![],
        only_for: None,
    });
    assert_eq!(
        plan.validate(&family, today()),
        vec![
            PlanProblem::AgreementEmpty { id },
            PlanProblem::AgreementWithoutWho { id },
            PlanProblem::OwnSituationUnnamed { id },
        ]
    );
}

#[test]
fn references_to_unknown_people_and_duplicates_are_caught() {
    let (mut family, mut plan) = demo();
    let stranger = Id::from_random_bytes([201; 16]);
    plan.watchers.push(NetworkRole {
        person: stranger,
        task: "kijkt mee".into(),
    });
    let mut twin = family.people[4].clone();
    twin.id = Id::from_random_bytes([202; 16]);
    twin.name = "  oma els ".into();
    family.people.push(twin);
    assert_eq!(
        plan.validate(&family, today()),
        vec![
            PlanProblem::DuplicatePerson {
                name: "  oma els ".into()
            },
            PlanProblem::UnknownPerson {
                part: PlanPart::Watchers
            },
        ]
    );
}

#[test]
fn editing_an_agreed_plan_makes_a_draft_based_on_it() {
    let (family, plan) = demo();
    let agreed = plan
        .agree(&family, approval(&family), author(), now())
        .unwrap();
    let later = now() + Duration::hours(1);
    let mut edited = agreed.clone().touched(author(), later);
    edited.monitoring = "Elke week".into();
    assert_eq!(edited.status, PlanStatus::Draft);
    assert_eq!(edited.revision, 1);
    assert_eq!(edited.approval, None);
    assert!(edited.people.is_empty());
    assert_eq!(edited.case_status(today()), CaseStatus::Draft);
    let second = edited
        .agree(&family, approval(&family), author(), later)
        .unwrap();
    assert_eq!(second.revision, 2);
}

#[test]
fn expiry_and_overdue_evaluation() {
    let (family, plan) = demo();
    let agreed = plan
        .agree(&family, approval(&family), author(), now())
        .unwrap();
    let end = agreed.period.end.unwrap();
    assert_eq!(agreed.days_until_end(end - Duration::days(5)), Some(5));
    assert_eq!(agreed.case_status(end), CaseStatus::Agreed);
    assert_eq!(
        agreed.case_status(end + Duration::days(1)),
        CaseStatus::Expired
    );
    let evaluation = agreed.period.next_evaluation.unwrap();
    assert!(!agreed.evaluation_overdue(evaluation));
    assert!(agreed.evaluation_overdue(evaluation + Duration::days(1)));
}

#[test]
fn age_bands_follow_the_developmental_age_when_set() {
    let (family, _) = demo();
    let noor = family.children().find(|c| c.name == "Noor").unwrap();
    assert_eq!(noor.age_on(today()), Some(7));
    assert_eq!(noor.age_band(today()), Some(AgeBand::UpTo7));
    let mut older = noor.clone();
    older.developmental_age = Some(12);
    assert_eq!(older.age_band(today()), Some(AgeBand::From12To15));
    let mut unknown = noor.clone();
    unknown.birth_date = None;
    assert_eq!(unknown.age_band(today()), None);
}

#[test]
fn a_case_survives_export_and_import() {
    let (family, plan) = demo();
    let agreed = plan
        .agree(&family, approval(&family), author(), now())
        .unwrap();
    let text = export(&family, &agreed, std::slice::from_ref(&agreed), now());
    assert!(text.contains("\"format_version\":2"));
    let file = import(text.as_bytes()).unwrap();
    assert_eq!(file.family, family);
    assert_eq!(file.plan, agreed);
    assert_eq!(file.revisions, vec![agreed.clone()]);
    assert_eq!(file.format_version, FORMAT_VERSION);
    // A format 1 file (before issue 18: none of its new fields) still imports, read with
    // their defaults.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    old["format_version"] = 1.into();
    let strip = |plan: &mut serde_json::Value| {
        let plan = plan.as_object_mut().unwrap();
        for field in ISSUE_18_PLAN_FIELDS {
            plan.remove(field);
        }
    };
    strip(&mut old["plan"]);
    for revision in old["revisions"].as_array_mut().unwrap() {
        strip(revision);
    }
    let file = import(old.to_string().as_bytes()).unwrap();
    assert!(file.plan.dangers.is_empty() && file.plan.coordinator_person.is_none());
    assert_eq!(file.plan.agreements, agreed.agreements);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    assert_eq!(import(b""), Err(ImportError::Empty));
    assert_eq!(import(b"  \n"), Err(ImportError::Empty));
    assert_eq!(import(b"\x89PNG\r\n"), Err(ImportError::NotJson));
    assert_eq!(import(b"{\"name\": 1}"), Err(ImportError::NotACaseFile));
    assert_eq!(
        import(b"{\"app\": \"veilig\", \"format_version\": 0}"),
        Err(ImportError::NotACaseFile)
    );
    assert_eq!(
        import(b"{\"app\": \"veilig\", \"format_version\": 99}"),
        Err(ImportError::FromNewerVersion { version: 99 })
    );
    assert!(matches!(
        import(b"{\"app\": \"veilig\", \"format_version\": 1, \"family\": 3}"),
        Err(ImportError::Damaged(_))
    ));
    let big = vec![b' '; 6 * 1024 * 1024 + 1];
    let mut big = big;
    big[0] = b'{';
    assert_eq!(import(&big), Err(ImportError::TooLarge));

    // A plan that belongs to another family.
    let (family, mut plan) = demo();
    plan.family = Id::from_random_bytes([250; 16]);
    let text = export(&family, &plan, &[], now());
    assert_eq!(import(text.as_bytes()), Err(ImportError::Inconsistent));
}

// --- property tests ---------------------------------------------------------------------

fn id() -> impl Strategy<Value = Id> {
    any::<[u8; 16]>().prop_map(Id::from_random_bytes)
}

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,24}"
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..40_000).prop_map(|d| NaiveDate::from_ymd_opt(1980, 1, 1).unwrap() + Duration::days(d))
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_000_000_000).prop_map(|s| Utc.timestamp_opt(s, 0).unwrap())
}

fn meta() -> impl Strategy<Value = RecordMeta> {
    (id(), instant(), 1u32..50).prop_map(|(device, at, revision)| {
        let author = Author {
            device,
            role: Role::Professional,
        };
        RecordMeta {
            revision,
            ..RecordMeta::new(author, at)
        }
    })
}

fn phone() -> impl Strategy<Value = PhoneNumber> {
    "06[0-9]{8}".prop_map(|p| PhoneNumber::parse(&p).unwrap())
}

fn person() -> impl Strategy<Value = Person> {
    (
        id(),
        prop::sample::select(PersonKind::ALL.to_vec()),
        text(),
        text(),
        option::of(phone()),
        option::of(text()),
        option::of(date()),
        option::of(0u8..20),
        meta(),
    )
        .prop_map(
            |(id, kind, name, relation, phone, email, birth_date, developmental_age, meta)| {
                Person {
                    id,
                    kind,
                    name,
                    relation,
                    phone,
                    email,
                    birth_date,
                    developmental_age,
                    meta,
                }
            },
        )
}

fn family() -> impl Strategy<Value = Family> {
    (id(), text(), vec(person(), 0..6), meta()).prop_map(|(id, name, people, meta)| Family {
        id,
        name,
        people,
        meta,
    })
}

fn intervention() -> impl Strategy<Value = Intervention> {
    (
        id(),
        text(),
        text(),
        vec(id(), 0..3),
        option::of(date()),
        option::of(date()),
        prop::sample::select(Recognition::CHOICES.to_vec()),
    )
        .prop_map(
            |(id, name, provider, for_whom, start, end, recognition)| Intervention {
                id,
                name,
                provider,
                for_whom,
                start,
                end,
                recognition,
            },
        )
}

fn plan_for(family: Id) -> impl Strategy<Value = SafetyPlan> {
    let people_parts = (
        vec((id(), vec(id(), 0..3)), 0..3),
        vec((id(), text()), 0..3),
        vec((id(), text()), 0..3),
        vec(
            (
                id(),
                prop::sample::select(Situation::ALL.to_vec()),
                text(),
                text(),
                vec(id(), 0..3),
            ),
            0..4,
        ),
        vec((id(), option::of(0u8..18), option::of(id()), text()), 0..2),
        vec((id(), text(), text(), option::of(date())), 0..2),
    );
    let other_parts = (
        (option::of(date()), option::of(date()), option::of(date())),
        vec(
            (
                id(),
                text(),
                prop::sample::select(GoalArea::ALL.to_vec()),
                vec(id(), 0..3),
                prop::sample::select(GoalStatus::ALL.to_vec()),
            ),
            0..3,
        ),
        text(),
        vec(intervention(), 0..3),
        vec(intervention(), 0..2),
        (text(), text(), text(), text()),
        text(),
        (0u32..20, any::<bool>(), meta(), vec(person(), 0..3)),
    );
    // Issue 18's parts.
    let new_parts = (
        vec((id(), text(), text(), text()), 0..3),
        vec((id(), text(), text()), 0..3),
        vec(
            (id(), prop::sample::select(FactorArea::ALL.to_vec()), text()),
            0..3,
        ),
        vec((id(), text()), 0..3),
        any::<bool>(),
        option::of(id()),
        vec((text(), option::of(date())), 3),
    );
    (people_parts, other_parts, new_parts).prop_map(move |(p, o, n)| {
        let (dangers, safety_goals, factors, child_problems, neglect, coordinator_person, success) =
            n;
        let (safe, watchers, stand_ins, agreements, explanations, development) = p;
        let (period, goals, strengths, interventions, treatments, coordinator, monitoring, rest) =
            o;
        let (revision, agreed, meta, people) = rest;
        let role = |(person, task)| NetworkRole { person, task };
        SafetyPlan {
            family,
            revision,
            status: if agreed {
                PlanStatus::Agreed
            } else {
                PlanStatus::Draft
            },
            approval: None,
            dangers: dangers
                .into_iter()
                .map(
                    |(id, who_worried, about, if_nothing_changes)| DangerStatement {
                        id,
                        who_worried,
                        about,
                        if_nothing_changes,
                    },
                )
                .collect(),
            safety_goals: safety_goals
                .into_iter()
                .map(|(id, what_seen, how_long)| SafetyGoal {
                    id,
                    what_seen,
                    how_long,
                })
                .collect(),
            factors: factors
                .into_iter()
                .map(|(id, area, what)| Factor { id, area, what })
                .collect(),
            child_problems: child_problems
                .into_iter()
                .map(|(child, what)| ChildProblem { child, what })
                .collect(),
            neglect,
            coordinator_person,
            safe_people: safe
                .into_iter()
                .map(|(child, people)| SafePeopleOf { child, people })
                .collect(),
            watchers: watchers.into_iter().map(role).collect(),
            stand_ins: stand_ins.into_iter().map(role).collect(),
            agreements: agreements
                .into_iter()
                .map(|(id, situation, own_situation, what, who)| Agreement {
                    id,
                    situation,
                    own_situation,
                    what,
                    who,
                    only_for: None,
                })
                .collect(),
            explanations: explanations
                .into_iter()
                .map(|(child, at_age, by, how)| Explanation {
                    child,
                    at_age,
                    by,
                    how,
                })
                .collect(),
            development: development
                .into_iter()
                .map(|(child, description, adaptation, review_on)| Development {
                    child,
                    description,
                    adaptation,
                    review_on,
                })
                .collect(),
            period: Period {
                start: period.0,
                end: period.1,
                next_evaluation: period.2,
            },
            goals: goals
                .into_iter()
                .zip(success.iter().cycle())
                .map(
                    |((id, goal, area, for_whom, status), (success, by))| HelpGoal {
                        id,
                        goal,
                        area,
                        for_whom,
                        status,
                        only_for: None,
                        success: success.clone(),
                        by: *by,
                    },
                )
                .collect(),
            strengths,
            interventions,
            treatments,
            coordinator: Coordinator {
                name: coordinator.0,
                organisation: coordinator.1,
                phone: coordinator.2,
                email: coordinator.3,
            },
            monitoring,
            witnessed_violence: vec![],
            people,
            meta,
        }
    })
}

fn case() -> impl Strategy<Value = (Family, SafetyPlan, Vec<SafetyPlan>)> {
    family().prop_flat_map(|family| {
        let id = family.id;
        (
            Just(family),
            plan_for(id),
            vec(plan_for(id), 0..3).prop_map(|mut revisions| {
                for (i, r) in revisions.iter_mut().enumerate() {
                    r.revision = i as u32 + 1;
                }
                revisions
            }),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a case holds, exporting and importing it changes nothing.
    #[test]
    fn any_case_survives_export_and_import((family, plan, revisions) in case(), at in instant()) {
        let text = export(&family, &plan, &revisions, at);
        let file = import(text.as_bytes()).unwrap();
        prop_assert_eq!(file.family, family);
        prop_assert_eq!(file.plan, plan);
        prop_assert_eq!(file.revisions, revisions);
        prop_assert_eq!(file.exported_at, at);
    }
}

proptest! {
    /// Arbitrary bytes never panic the importer.
    #[test]
    fn arbitrary_bytes_never_panic_the_importer(bytes in vec(any::<u8>(), 0..2048)) {
        let _ = import(&bytes);
    }

    /// Nor does arbitrary JSON that claims to be a case file.
    #[test]
    fn arbitrary_json_never_panics_the_importer(body in "\\PC{0,200}", version in 0u64..4) {
        let text = format!("{{\"app\":\"veilig\",\"format_version\":{version},{body}}}");
        let _ = import(text.as_bytes());
    }

    /// Damaging a real file anywhere never panics the importer.
    #[test]
    fn damaged_real_files_never_panic(cut in 0usize..4000, flip in any::<u8>()) {
        let (family, plan) = demo();
        let mut bytes = export(&family, &plan, &[], now()).into_bytes();
        let at = cut % bytes.len();
        bytes[at] ^= flip;
        let _ = import(&bytes);
        bytes.truncate(at);
        let _ = import(&bytes);
    }
}
