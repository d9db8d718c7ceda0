//! The role filters of what a family member's device receives (issue 13), as properties over
//! arbitrary families and plans: a young person's view never holds a help goal, another
//! child's number, an agreement for one parent only, or a word of the working copy; what is
//! marked "alleen voor deze ouder" reaches that parent only; only agreed revisions travel.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use veilig::domain::demo::demo_case;
use veilig::domain::package::{view_for, View, ViewProblem};
use veilig::domain::{
    Agreement, Approval, Author, Case, Explanation, Family, GoalArea, GoalStatus, HelpGoal, Id,
    Language, NetworkRole, Person, PersonKind, PhoneNumber, PlanStatus, RecordMeta, Role,
    SafePeopleOf, SafetyPlan, Situation,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

fn meta() -> RecordMeta {
    let author = Author {
        device: Id::from_random_bytes([7; 16]),
        role: Role::Professional,
    };
    RecordMeta::new(author, Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap())
}

/// A person whose name and number are unique markers, so a leak is a substring.
fn person(n: usize, kind: PersonKind, age: u32) -> Person {
    Person {
        id: Id::from_random_bytes([n as u8 + 1; 16]),
        kind,
        name: format!("NAME{n:02}"),
        relation: format!("REL{n:02}"),
        phone: Some(PhoneNumber::parse(&format!("06{:08}", 10_000_000 + n)).unwrap()),
        email: None,
        birth_date: (kind == PersonKind::Child)
            .then(|| today() - chrono::Months::new(12 * age + 1)),
        developmental_age: None,
        meta: meta(),
    }
}

/// How the plan refers to people: indexes into the family's list.
#[derive(Debug, Clone)]
struct Shape {
    kinds: Vec<(PersonKind, u32)>,
    safe: Vec<(usize, Vec<usize>)>,
    agreements: Vec<(Vec<usize>, Option<usize>)>,
    goals: Vec<(Vec<usize>, GoalArea, Option<usize>)>,
    watchers: Vec<usize>,
    explanations: Vec<(usize, Option<usize>)>,
    witnessed: Vec<usize>,
}

fn shape() -> impl Strategy<Value = Shape> {
    let kind = prop_oneof![
        (Just(PersonKind::Child), 3u32..19),
        (Just(PersonKind::Carer), Just(40u32)),
        (Just(PersonKind::Network), Just(50u32)),
        (Just(PersonKind::Professional), Just(45u32)),
    ];
    let index = || 0usize..12;
    (
        vec(kind, 2..9),
        vec((index(), vec(index(), 0..4)), 0..4),
        vec((vec(index(), 0..4), option::of(index())), 0..6),
        vec(
            (
                vec(index(), 0..3),
                prop::sample::select(GoalArea::ALL.to_vec()),
                option::of(index()),
            ),
            0..5,
        ),
        vec(index(), 0..3),
        vec((index(), option::of(index())), 0..3),
        vec(index(), 0..3),
    )
        .prop_map(
            |(kinds, safe, agreements, goals, watchers, explanations, witnessed)| Shape {
                kinds,
                safe,
                agreements,
                goals,
                watchers,
                explanations,
                witnessed,
            },
        )
}

/// The case of a shape: an agreed revision, and a working copy with words of its own.
fn case_of(shape: &Shape) -> Case {
    let people: Vec<Person> = shape
        .kinds
        .iter()
        .enumerate()
        .map(|(n, (kind, age))| person(n, *kind, *age))
        .collect();
    let at = |i: &usize| people[i % people.len()].id;
    let family = Family {
        id: Id::from_random_bytes([200; 16]),
        name: "FAMILYNAME".into(),
        people: people.clone(),
        meta: meta(),
    };
    let author = Author {
        device: Id::from_random_bytes([7; 16]),
        role: Role::Professional,
    };
    let mut plan = SafetyPlan::new(family.id, author, meta().created_at);
    plan.safe_people = shape
        .safe
        .iter()
        .map(|(child, list)| SafePeopleOf {
            child: at(child),
            people: list.iter().map(at).collect(),
        })
        .collect();
    plan.agreements = shape
        .agreements
        .iter()
        .enumerate()
        .map(|(n, (who, only))| Agreement {
            id: Id::from_random_bytes([100 + n as u8; 16]),
            situation: Situation::DailyLife,
            own_situation: String::new(),
            what: match only {
                Some(_) => format!("ONLYAGREEMENT{n}"),
                None => format!("AGREEMENT{n}"),
            },
            who: who.iter().map(at).collect(),
            only_for: only.as_ref().map(at),
        })
        .collect();
    plan.goals = shape
        .goals
        .iter()
        .enumerate()
        .map(|(n, (whom, area, only))| HelpGoal {
            id: Id::from_random_bytes([150 + n as u8; 16]),
            goal: format!("GOAL{n}"),
            area: *area,
            for_whom: whom.iter().map(at).collect(),
            status: GoalStatus::InProgress,
            only_for: only.as_ref().map(at),
            success: format!("SUCCESS{n}"),
            by: None,
        })
        .collect();
    plan.watchers = shape
        .watchers
        .iter()
        .map(|i| NetworkRole {
            person: at(i),
            task: "TASK".into(),
        })
        .collect();
    plan.explanations = shape
        .explanations
        .iter()
        .map(|(child, by)| Explanation {
            child: at(child),
            at_age: None,
            by: by.as_ref().map(at),
            how: "HOWSECRET".into(),
        })
        .collect();
    plan.stand_ins = shape
        .watchers
        .iter()
        .map(|i| NetworkRole {
            person: at(&(i + 1)),
            task: "STANDINTASK".into(),
        })
        .collect();
    plan.coordinator.phone = "COORDPHONE".into();
    plan.coordinator.email = "COORDMAIL".into();
    plan.witnessed_violence = shape.witnessed.iter().map(at).collect();
    plan.strengths = "STRENGTHS".into();
    plan.monitoring = "MONITORINGNOTE".into();
    plan.coordinator.name = "COORDINATOR".into();
    let mut agreed = plan.clone();
    agreed.revision = 1;
    agreed.status = PlanStatus::Agreed;
    agreed.approval = Some(Approval {
        on: today(),
        by: vec![people[0].id],
    });
    agreed.people = people;
    let mut working = plan;
    working.revision = 1;
    working
        .agreements
        .iter_mut()
        .for_each(|a| a.what = "DRAFTSECRET".into());
    working
        .goals
        .iter_mut()
        .for_each(|g| g.goal = "DRAFTSECRET".into());
    // A later revision that is not agreed (never stored so, but never to travel either).
    let mut unagreed = working.clone();
    unagreed.revision = 2;
    unagreed.status = PlanStatus::Draft;
    Case {
        family,
        plan: working,
        revisions: vec![agreed, unagreed],
    }
}

fn json(view: &View) -> String {
    serde_json::to_string(view).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_young_persons_view_holds_only_their_part(shape in shape()) {
        let case = case_of(&shape);
        let plan = &case.revisions[0];
        for child in case.family.people.iter().filter(|p| p.kind == PersonKind::Child) {
            let view = view_for(&case, child.id, today()).unwrap();
            let View::YoungPerson(young) = &view else { panic!("a child gets a young person's view") };
            let text = json(&view);
            for word in ["GOAL", "ONLYAGREEMENT", "DRAFTSECRET", "HOWSECRET", "STRENGTHS",
                         "MONITORINGNOTE", "FAMILYNAME", "TASK", "COORDPHONE", "COORDMAIL"] {
                prop_assert!(!text.contains(word), "{word} in {text}");
            }
            // No other person's number unless they are this child's safe person.
            let safe = plan.safe_people_of(child.id);
            for other in case.family.people.iter().filter(|p| p.id != child.id) {
                let number = other.phone.as_ref().unwrap().canonical().to_string();
                prop_assert_eq!(text.contains(&number), safe.contains(&other.id), "{}", other.name);
            }
            prop_assert_eq!(young.witnessed_violence, plan.witnessed_violence.contains(&child.id));
            // Their agreements are exactly those they have a part in, for everyone.
            let expected: Vec<String> = plan.agreements.iter()
                .filter(|a| a.only_for.is_none() && a.who.contains(&child.id))
                .map(|a| a.what.clone()).collect();
            prop_assert_eq!(&young.agreements, &expected);
        }
    }

    #[test]
    fn what_is_for_one_parent_reaches_that_parent_only(shape in shape()) {
        let case = case_of(&shape);
        let plan = &case.revisions[0];
        for carer in case.family.people.iter().filter(|p| p.kind == PersonKind::Carer) {
            let view = view_for(&case, carer.id, today()).unwrap();
            let View::Carer(mine) = &view else { panic!("a carer gets a carer's view") };
            let text = json(&view);
            prop_assert!(!text.contains("DRAFTSECRET") && !text.contains("HOWSECRET"));
            for agreement in &plan.agreements {
                let reaches = agreement.only_for.is_none_or(|one| one == carer.id);
                prop_assert_eq!(mine.agreements.iter().any(|a| a.what == agreement.what), reaches);
            }
            for goal in &plan.goals {
                if goal.only_for.is_some_and(|one| one != carer.id) {
                    prop_assert!(!mine.goals.iter().any(|g| g.goal == goal.goal), "{}", goal.goal);
                }
            }
        }
    }

    #[test]
    fn nobody_else_gets_a_view_and_nothing_unagreed_travels(shape in shape()) {
        let mut case = case_of(&shape);
        for person in case.family.people.iter() {
            let view = view_for(&case, person.id, today());
            match person.kind {
                PersonKind::Child | PersonKind::Carer => prop_assert!(view.is_ok()),
                _ => prop_assert_eq!(view.unwrap_err(), ViewProblem::NoViewForThisPerson),
            }
        }
        prop_assert_eq!(view_for(&case, Id::from_random_bytes([250; 16]), today()).unwrap_err(),
            ViewProblem::NotInFamily);
        case.revisions.clear();
        let someone = case.family.people[0].id;
        prop_assert_eq!(view_for(&case, someone, today()).unwrap_err(), ViewProblem::NotAgreed);
    }
}

/// The example family and its working copy, with ids counted from 1.
fn example() -> (Family, SafetyPlan) {
    let mut n = 0u8;
    let ids = move || {
        n += 1;
        Id::from_random_bytes([n; 16])
    };
    demo_case(
        ids,
        Language::Nl,
        meta().created_by,
        meta().created_at,
        today(),
    )
}

#[test]
fn the_example_family_views_and_their_sizes() {
    let author = meta().created_by;
    let (family, plan) = example();
    // The example family's plan, agreed.
    let approval = Approval {
        on: today(),
        by: family.of_kind(PersonKind::Carer).map(|p| p.id).collect(),
    };
    let agreed = plan
        .agree(&family, approval, author, meta().created_at)
        .unwrap();
    let case = Case {
        family,
        plan,
        revisions: vec![agreed],
    };
    let noor = case
        .family
        .people
        .iter()
        .find(|p| p.name == "Noor")
        .unwrap();
    let View::YoungPerson(young) = view_for(&case, noor.id, today()).unwrap() else {
        panic!("Noor is a child");
    };
    assert!(young.safe_people.iter().any(|c| c.name == "Oma Els"));
    let mark = case
        .family
        .people
        .iter()
        .find(|p| p.name == "Mark")
        .unwrap();
    let View::Carer(parent) = view_for(&case, mark.id, today()).unwrap() else {
        panic!("Mark is a parent");
    };
    assert!(parent.goals.iter().any(|g| g.goal.contains("alcohol")));
    assert!(!serde_json::to_string(&young).unwrap().contains("alcohol"));
    // Issue 17: a parent reads what goes well, the help and treatment for the family, each
    // child's safe people and who explains the plan to them (not how).
    assert!(parent.strengths.contains("samen goed doen"));
    assert_eq!(parent.interventions.len(), 2);
    assert_eq!(parent.interventions[0].for_whom, ["Sanne", "Mark"]);
    assert_eq!(parent.interventions[1].for_whom, ["Daan"]);
    // Issue 18: the coordinator is the chosen person, with their organisation and number.
    assert_eq!(parent.coordinator.name, "Jeugdprofessional (voorbeeld)");
    assert_eq!(parent.coordinator.organisation, "Wijkteam Voorbeeldstad");
    assert_eq!(parent.coordinator.phone, "06 00000009");
    assert_eq!(young.coordinator, "Jeugdprofessional (voorbeeld)");
    // The worries, the circumstances and a child's own problems stay with the professional.
    for view in [
        serde_json::to_string(&young).unwrap(),
        serde_json::to_string(&parent).unwrap(),
    ] {
        for word in ["hard ruzie", "schulden", "slaapt slecht", "achter elkaar"] {
            assert!(!view.contains(word), "{word}");
        }
    }
    assert_eq!(parent.treatments[0].name, "Traumabehandeling voor Daan");
    let child = parent.children.iter().find(|c| c.name == "Noor").unwrap();
    assert!(child.safe_people.contains(&"Oma Els".to_string()));
    assert_eq!(
        (child.explained_by.as_deref(), child.at_age),
        (Some("Oma Els"), Some(7))
    );
    assert!(!serde_json::to_string(&parent)
        .unwrap()
        .contains("tekenverhaal"));
    assert!(!serde_json::to_string(&young)
        .unwrap()
        .contains("Opvoedondersteuning"));
    // Treatment for the other adult only is theirs: Sanne does not read Mark's.
    let mut own = case.clone();
    let last = own.revisions.len() - 1;
    own.revisions[last]
        .treatments
        .push(veilig::domain::Intervention {
            id: Id::from_random_bytes([99; 16]),
            name: "Alcoholbehandeling".into(),
            provider: String::new(),
            for_whom: vec![mark.id],
            start: None,
            end: None,
            recognition: None,
        });
    let sanne = case
        .family
        .people
        .iter()
        .find(|p| p.name == "Sanne")
        .unwrap();
    let View::Carer(hers) = view_for(&own, sanne.id, today()).unwrap() else {
        panic!("Sanne is a parent");
    };
    assert!(hers
        .treatments
        .iter()
        .all(|h| h.name != "Alcoholbehandeling"));
    let View::Carer(his) = view_for(&own, mark.id, today()).unwrap() else {
        panic!("Mark is a parent");
    };
    assert!(his
        .treatments
        .iter()
        .any(|h| h.name == "Alcoholbehandeling"));
    // A view made before issue 17 (no such fields) is still read.
    let mut old = serde_json::to_value(View::Carer(parent)).unwrap();
    for field in ["strengths", "interventions", "treatments", "children"] {
        old.as_object_mut().unwrap().remove(field);
    }
    let View::Carer(read) = serde_json::from_value::<View>(old).unwrap() else {
        panic!("a carer's view");
    };
    assert!(read.children.is_empty() && read.strengths.is_empty());
}

#[test]
fn what_a_new_view_changes_is_said_part_by_part() {
    use veilig::domain::package::{changes, ChangeKind, Contact, Part, YoungPersonView};
    let contact = |name: &str, phone: &str| Contact {
        name: name.into(),
        relation: String::new(),
        phone: Some(PhoneNumber::parse(phone).unwrap()),
    };
    let old = YoungPersonView {
        family: Id::from_random_bytes([1; 16]),
        person: Id::from_random_bytes([2; 16]),
        name: "Noor".into(),
        revision: 1,
        agreed_on: Some(today()),
        band: veilig::domain::AgeBand::UpTo7,
        safe_people: vec![
            contact("Oma Els", "0600000003"),
            contact("Juf Anna", "0600000009"),
        ],
        agreements: vec!["Ik ga naar oma.".into()],
        witnessed_violence: false,
        explained_by: None,
        coordinator: "Jeugdprofessional".into(),
    };
    let old_view = View::YoungPerson(old.clone());
    // Nothing on the phone yet: everything is new.
    let first = changes(None, &old_view);
    assert!(first.iter().all(|c| c.kind == ChangeKind::New));
    assert_eq!(first.len(), 4);
    // The same plan again: nothing changes.
    assert!(changes(Some(&old_view), &old_view).is_empty());
    // Oma's number changed, Juf Anna is gone, Tante Fatima is new, one step is new.
    let mut new = old.clone();
    new.revision = 2;
    new.safe_people = vec![
        contact("Oma Els", "0600000004"),
        contact("Tante Fatima", "0600000005"),
    ];
    new.agreements
        .push("Ik bel 112 als het gevaarlijk is.".into());
    let said: Vec<(Part, ChangeKind, String)> = changes(Some(&old_view), &View::YoungPerson(new))
        .into_iter()
        .map(|c| (c.part, c.kind, c.what))
        .collect();
    assert_eq!(
        said,
        vec![
            (Part::SafePerson, ChangeKind::Changed, "Oma Els".to_string()),
            (
                Part::SafePerson,
                ChangeKind::New,
                "Tante Fatima".to_string()
            ),
            (Part::SafePerson, ChangeKind::Gone, "Juf Anna".to_string()),
            (
                Part::Step,
                ChangeKind::New,
                "Ik bel 112 als het gevaarlijk is.".to_string()
            ),
        ]
    );
    // The lesson on violence at home and who explains the plan are said too.
    let mut more = old.clone();
    more.witnessed_violence = true;
    more.explained_by = Some("Mama".into());
    let said: Vec<(Part, ChangeKind, String)> = changes(Some(&old_view), &View::YoungPerson(more))
        .into_iter()
        .map(|c| (c.part, c.kind, c.what))
        .collect();
    assert_eq!(
        said,
        vec![
            (Part::Lesson, ChangeKind::New, String::new()),
            (Part::ExplainedBy, ChangeKind::New, "Mama".to_string()),
        ]
    );
    // Two safe people with the same name: one gone is said, though the other stays; the
    // lessons for another age are said too.
    let mut two = old.clone();
    two.safe_people.push(contact("Oma Els", "0600000007"));
    let two_view = View::YoungPerson(two.clone());
    let mut one = two.clone();
    one.safe_people.remove(0);
    one.band = veilig::domain::AgeBand::From8To11;
    let said: Vec<(Part, ChangeKind, String)> = changes(Some(&two_view), &View::YoungPerson(one))
        .into_iter()
        .map(|c| (c.part, c.kind, c.what))
        .collect();
    assert_eq!(
        said,
        vec![
            // Matched in order: the first Oma Els now has the second one's number.
            (Part::SafePerson, ChangeKind::Changed, "Oma Els".to_string()),
            (Part::SafePerson, ChangeKind::Gone, "Oma Els".to_string()),
            (Part::Band, ChangeKind::Changed, String::new()),
        ]
    );
    assert_eq!(changes(Some(&two_view), &two_view), vec![]);
}

#[test]
fn a_plan_stored_on_the_device_gives_the_same_view_as_a_package_once_agreed() {
    use veilig::domain::package::local_view;
    let author = meta().created_by;
    let (family, plan) = example();
    let noor = family.people.iter().find(|p| p.name == "Noor").unwrap().id;
    let mut case = Case {
        family: family.clone(),
        plan: plan.clone(),
        revisions: vec![],
    };
    // Not agreed: the working copy, said to be not agreed; nothing travels.
    let draft = local_view(&case, Role::YoungPerson, Some(noor), today()).unwrap();
    assert_eq!(draft.agreed_on(), None);
    assert!(view_for(&case, noor, today()).is_err());
    let approval = Approval {
        on: today(),
        by: family.of_kind(PersonKind::Carer).map(|p| p.id).collect(),
    };
    case.revisions.push(
        plan.agree(&family, approval, author, meta().created_at)
            .unwrap(),
    );
    assert_eq!(
        local_view(&case, Role::YoungPerson, Some(noor), today()),
        Some(view_for(&case, noor, today()).unwrap())
    );
    // A parent who did not say who they are sees what is for every parent.
    let Some(View::Carer(anyone)) = local_view(&case, Role::Parent, None, today()) else {
        panic!("a parent's view");
    };
    assert_eq!(anyone.person, None);
    assert!(local_view(&case, Role::Professional, None, today()).is_none());
}
