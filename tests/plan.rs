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
    AgeBand, Agreement, Approval, Author, CaseStatus, Coordinator, Development, Explanation,
    Family, GoalArea, GoalStatus, HelpGoal, Id, Intervention, NetworkRole, Period, Person,
    PersonKind, PhoneError, PhoneNumber, PlanPart, PlanProblem, PlanStatus, RecordMeta, Role,
    SafePeopleOf, SafetyPlan, Situation,
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
        assert_eq!(plan.validate(&family), vec![]);
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
    let problems = plan.validate(&family);
    let children: Vec<Id> = family.children().map(|c| c.id).collect();
    for child in &children {
        assert!(problems.contains(&PlanProblem::NoSafePeople { child: *child }));
    }
    for expected in [
        PlanProblem::StartMissing,
        PlanProblem::EvaluationMissing,
        PlanProblem::CoordinatorMissing,
        PlanProblem::CoordinatorUnreachable,
    ] {
        assert!(problems.contains(&expected), "{expected:?} in {problems:?}");
    }
    assert_eq!(problems.len(), children.len() + 4);
    let agreed = plan.agree(
        &family,
        Approval {
            on: today(),
            by: vec![],
        },
        author(),
        now(),
    );
    assert!(agreed.unwrap_err().contains(&PlanProblem::NobodyAgreed));
}

#[test]
fn the_coordinator_is_required_and_must_be_reachable() {
    let (family, mut plan) = demo();
    plan.coordinator = Coordinator {
        name: "Regie".into(),
        organisation: String::new(),
        phone: "06-12".into(),
        email: "niet-een-adres".into(),
    };
    let problems = plan.validate(&family);
    assert_eq!(
        problems,
        vec![
            PlanProblem::CoordinatorPhone(PhoneError::WrongLengthDutch { digits: 4 }),
            PlanProblem::CoordinatorEmail
        ]
    );
    assert!(problems.iter().all(|p| p.part() == PlanPart::Coordinator));
    plan.coordinator.phone = "010 1234567".into();
    plan.coordinator.email = String::new();
    assert_eq!(plan.validate(&family), vec![]);
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
        plan.validate(&family),
        vec![
            PlanProblem::EndBeforeStart,
            PlanProblem::EvaluationOutsidePeriod
        ]
    );
    plan.interventions[0].end = Some(today() - Duration::days(10));
    assert!(plan
        .validate(&family)
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
        plan.validate(&family),
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
        plan.validate(&family),
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
    assert!(text.contains("\"format_version\":1"));
    let file = import(text.as_bytes()).unwrap();
    assert_eq!(file.family, family);
    assert_eq!(file.plan, agreed);
    assert_eq!(file.revisions, vec![agreed]);
    assert_eq!(file.format_version, FORMAT_VERSION);
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
    )
        .prop_map(|(id, name, provider, for_whom, start, end)| Intervention {
            id,
            name,
            provider,
            for_whom,
            start,
            end,
        })
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
    (people_parts, other_parts).prop_map(move |(p, o)| {
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
                .map(|(id, goal, area, for_whom, status)| HelpGoal {
                    id,
                    goal,
                    area,
                    for_whom,
                    status,
                    only_for: None,
                })
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
