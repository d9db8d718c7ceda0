//! A clearly fictional demo family, so a new user can explore every part of the app.
//!
//! The names are invented, the case is marked "voorbeeld" / "example" everywhere, and the
//! phone numbers are in the unassigned 06-00 range so a tap on "Bel" reaches nobody.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::plan::{
    Agreement, Coordinator, Development, Explanation, GoalArea, GoalStatus, HelpGoal, Intervention,
    NetworkRole, Period, SafetyPlan, Situation,
};
#[cfg(feature = "professional")]
use super::plan::{ChildProblem, DangerStatement, Factor, FactorArea, Recognition, SafetyGoal};
use super::{Author, Family, Id, Language, Person, PersonKind, PhoneNumber, RecordMeta};

/// The demo family and its plan, agreed-ready, dated around `today`.
pub fn demo_case(
    mut new_id: impl FnMut() -> Id,
    language: Language,
    author: Author,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> (Family, SafetyPlan) {
    let nl = language == Language::Nl;
    let t = |dutch: &str, english: &str| if nl { dutch } else { english }.to_string();
    let years_ago = |years: i32, month: u32, day: u32| {
        NaiveDate::from_ymd_opt(today.year() - years, month, day).unwrap_or(today)
    };
    let meta = RecordMeta::new(author, now);
    // Each person a millisecond apart, so they keep the order written here.
    let mut entered = 0;
    let mut person = |kind, name: &str, relation: String, phone: Option<&str>| {
        entered += 1;
        Person {
            id: new_id(),
            kind,
            name: name.to_string(),
            relation,
            phone: phone.and_then(|p| PhoneNumber::parse(p).ok()),
            email: None,
            birth_date: None,
            developmental_age: None,
            meta: RecordMeta::new(author, now + chrono::Duration::milliseconds(entered)),
        }
    };
    let mut noor = person(PersonKind::Child, "Noor", t("dochter", "daughter"), None);
    noor.birth_date = Some(years_ago(7, 3, 14));
    let mut daan = person(PersonKind::Child, "Daan", t("zoon", "son"), None);
    daan.birth_date = Some(years_ago(10, 9, 2));
    let sanne = person(
        PersonKind::Carer,
        "Sanne",
        t("moeder", "mother"),
        Some("06 00000001"),
    );
    let mark = person(
        PersonKind::Carer,
        "Mark",
        t("vader", "father"),
        Some("06 00000002"),
    );
    let els = person(
        PersonKind::Network,
        "Oma Els",
        t("oma", "grandmother"),
        Some("06 00000003"),
    );
    let anja = person(
        PersonKind::Network,
        "Anja",
        t("buurvrouw", "neighbour"),
        Some("06 00000004"),
    );
    let fatima = person(
        PersonKind::Network,
        "Tante Fatima",
        t("tante", "aunt"),
        Some("06 00000005"),
    );
    let mut regie = person(
        PersonKind::Professional,
        &t(
            "Jeugdprofessional (voorbeeld)",
            "Youth professional (example)",
        ),
        t("regie", "coordinator"),
        Some("06 00000009"),
    );
    regie.email = Some("regie@voorbeeld.invalid".into());
    let (noor_id, daan_id, sanne_id, mark_id) = (noor.id, daan.id, sanne.id, mark.id);
    let (els_id, anja_id, fatima_id, regie_id) = (els.id, anja.id, fatima.id, regie.id);

    let family = Family {
        id: new_id(),
        name: t("Voorbeeldgezin Bakker", "Example family Baker"),
        people: vec![noor, daan, sanne, mark, els, anja, fatima, regie],
        meta: meta.clone(),
    };
    let mut plan = SafetyPlan::new(family.id, author, now);
    #[cfg(feature = "professional")]
    what_the_plan_is_for(&mut plan, &mut new_id, nl, daan_id);
    plan.toggle_safe_person(noor_id, els_id);
    plan.toggle_safe_person(noor_id, anja_id);
    plan.toggle_safe_person(daan_id, els_id);
    plan.toggle_safe_person(daan_id, fatima_id);
    plan.watchers = vec![
        NetworkRole {
            person: els_id,
            task: t(
                "Komt elke woensdag eten en vraagt de kinderen hoe het gaat.",
                "Comes for dinner every Wednesday and asks the children how they are.",
            ),
        },
        NetworkRole {
            person: anja_id,
            task: t(
                "Is er als de kinderen uit school komen en Sanne moet werken.",
                "Is there when the children come home from school and Sanne is at work.",
            ),
        },
    ];
    plan.stand_ins = vec![NetworkRole {
        person: fatima_id,
        task: t(
            "Neemt de kinderen mee naar haar huis als Sanne of Mark het niet meer aankan.",
            "Takes the children to her home when Sanne or Mark cannot cope.",
        ),
    }];
    let mut agreement = |situation, what: String, who: Vec<Id>| Agreement {
        id: new_id(),
        situation,
        own_situation: String::new(),
        what,
        who,
        only_for: None,
    };
    plan.agreements = vec![
        agreement(
            Situation::DailyLife,
            t(
                "Als er ruzie is, gaan de kinderen naar hun kamer en belt Sanne oma Els.",
                "When there is an argument, the children go to their room and Sanne calls Grandma Els.",
            ),
            vec![sanne_id, els_id],
        ),
        agreement(
            Situation::BirthdaysAndParties,
            t(
                "Op verjaardagen is oma Els erbij en gaat iedereen om 10 uur naar huis.",
                "Grandma Els is there at birthdays and everyone goes home at 10.",
            ),
            vec![els_id, sanne_id, mark_id],
        ),
        agreement(
            Situation::AlcoholAndDrugs,
            t(
                "Mark drinkt geen alcohol als hij alleen voor de kinderen zorgt.",
                "Mark does not drink alcohol when he looks after the children alone.",
            ),
            vec![mark_id],
        ),
        agreement(
            Situation::VisitorsAndBabysitting,
            t(
                "Alleen oma Els, Anja of tante Fatima passen op.",
                "Only Grandma Els, Anja or Aunt Fatima babysit.",
            ),
            vec![sanne_id, mark_id],
        ),
    ];
    plan.explanations = vec![
        Explanation {
            child: noor_id,
            at_age: Some(7),
            by: Some(els_id),
            how: t(
                "Oma Els leest met Noor het tekenverhaal over wie er helpt.",
                "Grandma Els reads the picture story about who helps with Noor.",
            ),
        },
        Explanation {
            child: daan_id,
            at_age: Some(10),
            by: Some(sanne_id),
            how: t(
                "Sanne en Mark vertellen Daan samen wat er is afgesproken.",
                "Sanne and Mark tell Daan together what has been agreed.",
            ),
        },
    ];
    plan.development = vec![Development {
        child: daan_id,
        description: t(
            "Daan gaat volgend jaar naar de middelbare school en fietst dan alleen.",
            "Daan starts secondary school next year and will cycle there alone.",
        ),
        adaptation: t(
            "Daan krijgt een eigen telefoon met zijn veilige mensen erin.",
            "Daan gets his own phone with his safe people in it.",
        ),
        review_on: today.checked_add_months(chrono::Months::new(6)),
    }];
    plan.period = Period {
        start: Some(today),
        end: today.checked_add_months(chrono::Months::new(12)),
        next_evaluation: today.checked_add_months(chrono::Months::new(3)),
    };
    plan.goals = vec![
        HelpGoal {
            id: new_id(),
            goal: t(
                "Sanne en Mark leren rustig te blijven als de kinderen boos zijn.",
                "Sanne and Mark learn to stay calm when the children are angry.",
            ),
            area: GoalArea::ParentingSkills,
            for_whom: vec![sanne_id, mark_id],
            status: GoalStatus::InProgress,
            only_for: None,
            #[cfg(feature = "professional")]
            success: t(
                "Drie bezoeken achter elkaar vertellen de kinderen dat er thuis niet geschreeuwd is.",
                "Three visits in a row the children say there was no shouting at home.",
            ),
            #[cfg(feature = "professional")]
            by: today.checked_add_months(chrono::Months::new(6)),
        },
        HelpGoal {
            id: new_id(),
            goal: t(
                "Mark krijgt hulp bij zijn alcoholgebruik.",
                "Mark gets help with his drinking.",
            ),
            area: GoalArea::OwnProblems,
            for_whom: vec![mark_id],
            status: GoalStatus::NotStarted,
            only_for: None,
            #[cfg(feature = "professional")]
            success: t(
                "Mark gaat elke week naar de verslavingszorg en drinkt niet als hij voor de kinderen zorgt.",
                "Mark goes to addiction care every week and does not drink when he looks after the children.",
            ),
            #[cfg(feature = "professional")]
            by: today.checked_add_months(chrono::Months::new(6)),
        },
    ];
    plan.strengths = t(
        "De ouders willen het samen goed doen. Oma Els, Anja en tante Fatima wonen dichtbij en helpen graag.",
        "The parents want to get it right together. Grandma Els, Anja and Aunt Fatima live nearby and like to help.",
    );
    plan.interventions = vec![
        Intervention {
            id: new_id(),
            name: t("Opvoedondersteuning thuis", "Parenting support at home"),
            provider: t("Wijkteam Voorbeeldstad", "Example Town neighbourhood team"),
            for_whom: vec![sanne_id, mark_id],
            start: Some(today),
            end: None,
            #[cfg(feature = "professional")]
            recognition: Some(Recognition::Effective),
        },
        Intervention {
            id: new_id(),
            name: t(
                "Groep voor kinderen die geweld thuis zagen",
                "Group for children who saw violence at home",
            ),
            provider: t(
                "Jeugd-GGZ Voorbeeldstad",
                "Example Town youth mental health",
            ),
            for_whom: vec![daan_id],
            start: None,
            end: None,
            #[cfg(feature = "professional")]
            recognition: Some(Recognition::Effective),
        },
    ];
    plan.treatments = vec![Intervention {
        id: new_id(),
        name: t("Traumabehandeling voor Daan", "Trauma treatment for Daan"),
        provider: t(
            "Jeugd-GGZ Voorbeeldstad",
            "Example Town youth mental health",
        ),
        for_whom: vec![daan_id],
        start: None,
        end: None,
        #[cfg(feature = "professional")]
        recognition: Some(Recognition::Effective),
    }];
    plan.coordinator = Coordinator {
        organisation: t("Wijkteam Voorbeeldstad", "Example Town neighbourhood team"),
        ..Coordinator::default()
    };
    plan.coordinator_person = Some(regie_id);
    plan.monitoring = t(
        "Elke twee weken een huisbezoek. Iedereen geeft een cijfer voor veiligheid.",
        "A home visit every two weeks. Everyone gives a score for safety.",
    );
    plan.witnessed_violence = vec![daan_id];
    (family, plan)
}

/// The worries, safety goals, circumstances and a child's own problems of the example
/// (issue 18): parts the family's app does not have.
#[cfg(feature = "professional")]
fn what_the_plan_is_for(
    plan: &mut SafetyPlan,
    new_id: &mut impl FnMut() -> Id,
    nl: bool,
    daan_id: Id,
) {
    let t = |dutch: &str, english: &str| if nl { dutch } else { english }.to_string();
    plan.dangers = vec![DangerStatement {
        id: new_id(),
        who_worried: t(
            "De school, oma Els en het wijkteam.",
            "The school, Grandma Els and the neighbourhood team.",
        ),
        about: t(
            "Sanne en Mark hebben hard ruzie, ook als de kinderen erbij zijn. Mark drinkt dan vaak.",
            "Sanne and Mark argue loudly, also in front of the children. Mark has often been drinking.",
        ),
        if_nothing_changes: t(
            "Noor en Daan raken gewond of blijven bang, en Daan blijft slecht slapen.",
            "Noor and Daan get hurt or stay afraid, and Daan keeps sleeping badly.",
        ),
    }];
    plan.safety_goals = vec![SafetyGoal {
        id: new_id(),
        what_seen: t(
            "Als er ruzie dreigt, stoppen Sanne en Mark en belt een van hen oma Els. De kinderen zijn dan niet alleen.",
            "When an argument starts, Sanne and Mark stop and one of them calls Grandma Els. The children are not left alone.",
        ),
        how_long: t("Zes maanden achter elkaar.", "Six months in a row."),
    }];
    plan.factors = vec![Factor {
        id: new_id(),
        area: FactorArea::Money,
        what: t(
            "Het gezin heeft schulden; er is een afspraak met de schuldhulp.",
            "The family has debts; there is an appointment with debt counselling.",
        ),
    }];
    plan.child_problems = vec![ChildProblem {
        child: daan_id,
        what: t(
            "Daan slaapt slecht en is op school snel boos.",
            "Daan sleeps badly and gets angry quickly at school.",
        ),
    }];
}
