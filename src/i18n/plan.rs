//! Texts of the plan and the caseload that name a person, a date or a number, and the
//! labels of the domain's enums.

use chrono::{Datelike, NaiveDate};

#[cfg(feature = "professional")]
use crate::domain::{FactorArea, PlanPart, PlanProblem, Recognition};

use super::{phone_problem, Language, T};
use crate::domain::export::ImportError;
use crate::domain::{
    CaseStatus, Family, GoalArea, GoalStatus, PersonKind, PersonProblem, SafetyPlan, Situation,
};

/// A date the way people write it: 24-11-2026 (Dutch) or 24/11/2026 (English).
pub fn date(lang: Language, date: NaiveDate) -> String {
    let sep = match lang {
        Language::Nl => '-',
        Language::En => '/',
    };
    format!(
        "{:02}{sep}{:02}{sep}{}",
        date.day(),
        date.month(),
        date.year()
    )
}

/// The label of a kind of person.
pub fn kind(kind: PersonKind) -> T {
    match kind {
        PersonKind::Child => T::KindChild,
        PersonKind::Carer => T::KindCarer,
        PersonKind::Network => T::KindNetwork,
        PersonKind::Professional => T::KindProfessional,
    }
}

/// The label of a situation.
pub fn situation(situation: Situation) -> T {
    match situation {
        Situation::DailyLife => T::SituationDailyLife,
        Situation::BirthdaysAndParties => T::SituationBirthdays,
        Situation::AlcoholAndDrugs => T::SituationAlcohol,
        Situation::VisitorsAndBabysitting => T::SituationVisitors,
        Situation::Own => T::SituationOwn,
    }
}

/// The label of a goal area.
pub fn area(area: GoalArea) -> T {
    match area {
        GoalArea::Safety => T::AreaSafety,
        GoalArea::ParentingSkills => T::AreaParenting,
        GoalArea::BasicNeeds => T::AreaBasicNeeds,
        GoalArea::OwnProblems => T::AreaOwnProblems,
        GoalArea::ChildRecovery => T::AreaRecovery,
        GoalArea::Other => T::AreaOther,
    }
}

#[cfg(feature = "professional")]
/// The label of a circumstance's area.
pub fn factor_area(area: FactorArea) -> T {
    match area {
        FactorArea::Money => T::FactorMoney,
        FactorArea::Housing => T::FactorHousing,
        FactorArea::Work => T::FactorWork,
        FactorArea::School => T::FactorSchool,
        FactorArea::Health => T::FactorHealth,
        FactorArea::Other => T::FactorOther,
    }
}

#[cfg(feature = "professional")]
/// How an intervention is recognised, in words.
pub fn recognition(recognition: Option<Recognition>) -> T {
    match recognition {
        None => T::RecognitionUnknown,
        Some(Recognition::Effective) => T::RecognitionEffective,
        Some(Recognition::WellFounded) => T::RecognitionWellFounded,
        Some(Recognition::NotRecognised) => T::RecognitionNone,
    }
}

/// The label of a goal status.
pub fn goal_status(status: GoalStatus) -> T {
    match status {
        GoalStatus::NotStarted => T::GoalNotStarted,
        GoalStatus::InProgress => T::GoalInProgress,
        GoalStatus::Achieved => T::GoalAchieved,
        GoalStatus::Stopped => T::GoalStopped,
    }
}

#[cfg(feature = "professional")]
/// The title of a part of the plan.
pub fn part(part: PlanPart) -> T {
    match part {
        PlanPart::People => T::SectionPeople,
        PlanPart::Dangers => T::SectionDangers,
        PlanPart::SafetyGoals => T::SectionSafetyGoals,
        PlanPart::Factors => T::SectionFactors,
        PlanPart::ChildProblems => T::SectionChildProblems,
        PlanPart::Harm => T::SectionHarm,
        PlanPart::SafePeople => T::SectionSafePeople,
        PlanPart::Watchers => T::SectionWatchers,
        PlanPart::StandIns => T::SectionStandIns,
        PlanPart::Agreements => T::SectionAgreements,
        PlanPart::Explanations => T::SectionExplanations,
        PlanPart::Development => T::SectionDevelopment,
        PlanPart::Period => T::SectionPeriod,
        PlanPart::Goals => T::SectionGoals,
        PlanPart::Strengths => T::SectionStrengths,
        PlanPart::Interventions => T::SectionInterventions,
        PlanPart::Treatments => T::SectionTreatments,
        PlanPart::Coordinator => T::SectionCoordinator,
        PlanPart::Monitoring => T::SectionMonitoring,
    }
}

#[cfg(feature = "professional")]
/// What is wrong, in words, naming the people concerned.
pub fn problem(lang: Language, problem: &PlanProblem, family: &Family) -> String {
    let section = |p: &PlanPart| part(*p).get(lang);
    let fixed = |key: T| key.get(lang).to_string();
    match (problem, lang) {
        (PlanProblem::NoChildren, _) => fixed(T::ProblemNoChildren),
        (PlanProblem::DuplicatePerson { name }, Language::Nl) => {
            format!("{} staat twee keer in de lijst.", name.trim())
        }
        (PlanProblem::DuplicatePerson { name }, Language::En) => {
            format!("{} is on the list twice.", name.trim())
        }
        (PlanProblem::NoSafePeople { child }, Language::Nl) => format!(
            "Kies minstens één veilige persoon voor {}.",
            family.name_of(*child)
        ),
        (PlanProblem::NoSafePeople { child }, Language::En) => format!(
            "Choose at least one safe person for {}.",
            family.name_of(*child)
        ),
        (PlanProblem::UnknownPerson { part }, Language::Nl) => format!(
            "Bij ‘{}’ staat iemand die niet meer bij het gezin hoort.",
            section(part)
        ),
        (PlanProblem::UnknownPerson { part }, Language::En) => format!(
            "‘{}’ names someone who is no longer part of the family.",
            section(part)
        ),
        (PlanProblem::AgreementEmpty { .. }, _) => fixed(T::ProblemAgreementEmpty),
        (PlanProblem::AgreementWithoutWho { .. }, _) => fixed(T::ProblemAgreementWithoutWho),
        (PlanProblem::OwnSituationUnnamed { .. }, _) => fixed(T::ProblemOwnSituationUnnamed),
        (PlanProblem::TaskEmpty { part, person }, Language::Nl) => format!(
            "Schrijf bij ‘{}’ wat {} doet.",
            section(part),
            family.name_of(*person)
        ),
        (PlanProblem::TaskEmpty { part, person }, Language::En) => format!(
            "Under ‘{}’, write what {} does.",
            section(part),
            family.name_of(*person)
        ),
        (PlanProblem::StartMissing, _) => fixed(T::ProblemStartMissing),
        (PlanProblem::EndBeforeStart, _) => fixed(T::ProblemEndBeforeStart),
        (PlanProblem::EvaluationMissing, _) => fixed(T::ProblemEvaluationMissing),
        (PlanProblem::EvaluationOutsidePeriod, _) => fixed(T::ProblemEvaluationOutside),
        (PlanProblem::GoalEmpty { .. }, _) => fixed(T::ProblemGoalEmpty),
        (PlanProblem::InterventionUnnamed { part, .. }, Language::Nl) => {
            format!("Bij ‘{}’ heeft iets nog geen naam.", section(part))
        }
        (PlanProblem::InterventionUnnamed { part, .. }, Language::En) => {
            format!("Something under ‘{}’ has no name yet.", section(part))
        }
        (PlanProblem::InterventionEndsBeforeStart { part, .. }, Language::Nl) => format!(
            "Bij ‘{}’ ligt een einddatum vóór de startdatum.",
            section(part)
        ),
        (PlanProblem::InterventionEndsBeforeStart { part, .. }, Language::En) => format!(
            "Under ‘{}’, an end date is before its start date.",
            section(part)
        ),
        (PlanProblem::CoordinatorMissing, _) => fixed(T::ProblemCoordinatorMissing),
        (PlanProblem::CoordinatorUnreachable, _) => fixed(T::ProblemCoordinatorUnreachable),
        (PlanProblem::CoordinatorOrganisationMissing, _) => {
            fixed(T::ProblemCoordinatorOrganisation)
        }
        (PlanProblem::NoDanger, _) => fixed(T::ProblemNoDanger),
        (PlanProblem::DangerIncomplete { .. }, _) => fixed(T::ProblemDangerIncomplete),
        (PlanProblem::NoSafetyGoal, _) => fixed(T::ProblemNoSafetyGoal),
        (PlanProblem::SafetyGoalIncomplete { .. }, _) => fixed(T::ProblemSafetyGoalIncomplete),
        (PlanProblem::FactorEmpty { .. }, _) => fixed(T::ProblemFactorEmpty),
        (PlanProblem::NoWatcher, _) => fixed(T::ProblemNoWatcher),
        (PlanProblem::NoStandIn, _) => fixed(T::ProblemNoStandIn),
        (PlanProblem::EndMissing, _) => fixed(T::ProblemEndMissing),
        (PlanProblem::GoalWithoutSuccess { .. }, _) => fixed(T::ProblemGoalWithoutSuccess),
        (PlanProblem::GoalWithoutDate { .. }, _) => fixed(T::ProblemGoalWithoutDate),
        (PlanProblem::NeglectHelpMissing { missing }, _) => {
            let areas = list(lang, missing.iter().map(|a| area(*a).get(lang)).collect());
            let areas = areas.to_lowercase();
            match lang {
                Language::Nl => format!(
                    "Bij verwaarlozing horen drie soorten hulp tegelijk. Nog geen hulpverleningsdoel voor: {areas}."
                ),
                Language::En => format!(
                    "Neglect needs three kinds of help at once. No help goal yet for: {areas}."
                ),
            }
        }
        (PlanProblem::WitnessedHelpMissing { child }, Language::Nl) => format!(
            "{} was getuige van geweld thuis: plan een gerichte interventie (bij Professionele interventies).",
            family.name_of(*child)
        ),
        (PlanProblem::WitnessedHelpMissing { child }, Language::En) => format!(
            "{} witnessed violence at home: plan a targeted intervention (under Professional interventions).",
            family.name_of(*child)
        ),
        (PlanProblem::NoExplanation { child }, Language::Nl) => format!(
            "Vul in op welke leeftijd en door wie het plan aan {} wordt uitgelegd.",
            family.name_of(*child)
        ),
        (PlanProblem::NoExplanation { child }, Language::En) => format!(
            "Fill in at what age and by whom the plan is explained to {}.",
            family.name_of(*child)
        ),
        (PlanProblem::NobodyAgreed, _) => fixed(T::ProblemNobodyAgreed),
    }
}

/// The message a person-form problem shows next to its field.
pub fn person_problem(lang: Language, problem: &PersonProblem) -> String {
    match problem {
        PersonProblem::NameMissing => T::NameMissing.get(lang).to_string(),
        PersonProblem::Phone(e) => phone_problem(lang, e),
        PersonProblem::Email => T::EmailInvalid.get(lang).to_string(),
        PersonProblem::BirthDateMissing => T::BirthDateMissing.get(lang).to_string(),
        PersonProblem::BirthDateInFuture => T::BirthDateInFuture.get(lang).to_string(),
        PersonProblem::DevelopmentalAge => T::DevelopmentalAgeInvalid.get(lang).to_string(),
    }
}

/// Why an import was refused.
pub fn import_error(error: &ImportError) -> T {
    match error {
        ImportError::Empty => T::ImportEmpty,
        ImportError::TooLarge => T::ImportTooLarge,
        ImportError::NotJson | ImportError::NotACaseFile => T::ImportNotOurs,
        ImportError::FromNewerVersion { .. } => T::ImportNewer,
        ImportError::Damaged(_) | ImportError::Inconsistent => T::ImportDamaged,
    }
}

/// "Afgesproken, versie 2", "Concept, gebaseerd op versie 1", "Verlopen".
pub fn case_status(lang: Language, plan: &SafetyPlan, today: NaiveDate) -> String {
    let n = plan.revision;
    match (plan.case_status(today), lang) {
        (CaseStatus::Draft, Language::Nl) if n > 0 => format!("Concept, gewijzigd na versie {n}"),
        (CaseStatus::Draft, Language::En) if n > 0 => format!("Draft, changed after version {n}"),
        (CaseStatus::Draft, _) => T::StatusDraft.get(lang).to_string(),
        (CaseStatus::Agreed, Language::Nl) => format!("Afgesproken, versie {n}"),
        (CaseStatus::Agreed, Language::En) => format!("Agreed, version {n}"),
        (CaseStatus::Expired, _) => T::StatusExpired.get(lang).to_string(),
    }
}

/// "Evaluatie op 24-02-2027".
pub fn next_evaluation(lang: Language, on: NaiveDate) -> String {
    match lang {
        Language::Nl => format!("Evaluatie op {}", date(lang, on)),
        Language::En => format!("Evaluation on {}", date(lang, on)),
    }
}

/// "Loopt af over 12 dagen", shown when the end is near.
pub fn ends_in(lang: Language, days: i64) -> String {
    match (lang, days) {
        (Language::Nl, 0) => "Loopt vandaag af".to_string(),
        (Language::En, 0) => "Ends today".to_string(),
        (Language::Nl, 1) => "Loopt morgen af".to_string(),
        (Language::En, 1) => "Ends tomorrow".to_string(),
        (Language::Nl, n) => format!("Loopt af over {n} dagen"),
        (Language::En, n) => format!("Ends in {n} days"),
    }
}

/// The legend above a child's safe-people choice.
pub fn safe_people_of(lang: Language, child: &str) -> String {
    match lang {
        Language::Nl => format!("Veilige personen van {child}"),
        Language::En => format!("{child}'s safe people"),
    }
}

/// The label of a network person's task.
pub fn task_of(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Wat doet {name}?"),
        Language::En => format!("What does {name} do?"),
    }
}

/// Said after an agreement was recorded.
pub fn agreed(lang: Language, revision: u32) -> String {
    match lang {
        Language::Nl => format!("Versie {revision} van het plan is vastgelegd."),
        Language::En => format!("Version {revision} of the plan has been recorded."),
    }
}

/// Said after a case was imported.
pub fn imported(lang: Language, family: &str) -> String {
    match lang {
        Language::Nl => format!("{family} is geïmporteerd."),
        Language::En => format!("{family} has been imported."),
    }
}

/// "Versie 2, afgesproken op 24-11-2026 door Sanne en Mark".
pub fn revision_line(lang: Language, plan: &SafetyPlan, family: &Family) -> String {
    let n = plan.revision;
    let Some(approval) = &plan.approval else {
        return match lang {
            Language::Nl => format!("Versie {n}"),
            Language::En => format!("Version {n}"),
        };
    };
    let names = list(
        lang,
        approval
            .by
            .iter()
            .map(|id| {
                plan.people
                    .iter()
                    .find(|p| p.id == *id)
                    .map(|p| p.name.as_str())
                    .unwrap_or_else(|| family.name_of(*id))
            })
            .collect(),
    );
    match lang {
        Language::Nl => format!(
            "Versie {n}, afgesproken op {} door {names}",
            date(lang, approval.on)
        ),
        Language::En => format!(
            "Version {n}, agreed on {} by {names}",
            date(lang, approval.on)
        ),
    }
}

/// "Sanne, Mark en Els" / "Sanne, Mark and Els".
pub fn list(lang: Language, names: Vec<&str>) -> String {
    let and = match lang {
        Language::Nl => "en",
        Language::En => "and",
    };
    join(names, and)
}

/// "a, b {word} c".
pub fn join(names: Vec<&str>, word: &str) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// The title of a printed plan.
pub fn plan_title(lang: Language, family: &str) -> String {
    match lang {
        Language::Nl => format!("Veiligheidsplan {family}"),
        Language::En => format!("Safety plan: {family}"),
    }
}

/// "7 jaar" / "7 years".
pub fn years(lang: Language, n: u32) -> String {
    match (lang, n) {
        (Language::Nl, n) => format!("{n} jaar"),
        (Language::En, 1) => "1 year".to_string(),
        (Language::En, n) => format!("{n} years"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(Language::Nl, vec![]), "");
        assert_eq!(list(Language::Nl, vec!["Sanne"]), "Sanne");
        assert_eq!(list(Language::Nl, vec!["Sanne", "Mark"]), "Sanne en Mark");
        assert_eq!(
            list(Language::En, vec!["Sanne", "Mark", "Els"]),
            "Sanne, Mark and Els"
        );
    }

    #[test]
    fn dates_are_written_day_first() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
        assert_eq!(date(Language::Nl, d), "03-02-2026");
        assert_eq!(date(Language::En, d), "03/02/2026");
    }
}
