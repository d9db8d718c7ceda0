//! Texts of monitoring (visits, the trend, evaluations, reminders) that name a person, a
//! date or a number, and the labels of the monitoring enums.

use chrono::{NaiveDate, NaiveDateTime, Timelike};

use super::plan::{date, ends_in, list};
use super::{Language, T};
use crate::domain::coded_file::CodeProblem;
use crate::domain::evaluation::{AgreementTally, Conclusion, EvaluationProblem, ScoreChange};
use crate::domain::monitoring::Reminder;
use crate::domain::visit::{AgreementOutcome, InterventionState, StepOutcome, VisitProblem};
use crate::domain::SafetyScore;

/// "14:05". Written out by hand: chrono's `format` would bring its whole format-string
/// machinery into the WebAssembly.
pub fn time(at: NaiveDateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// "24-11-2026 14:05" (Dutch) or "24/11/2026 14:05" (English).
pub fn date_time(lang: Language, at: NaiveDateTime) -> String {
    format!("{} {}", date(lang, at.date()), time(at))
}

/// The heading of a visit: "Huisbezoek van 24-11-2026 om 14:05".
pub fn visit_title(lang: Language, at: NaiveDateTime) -> String {
    let (day, time) = (date(lang, at.date()), time(at));
    match lang {
        Language::Nl => format!("Huisbezoek van {day} om {time}"),
        Language::En => format!("Home visit on {day} at {time}"),
    }
}

/// The label of an agreement's outcome.
pub fn agreement_outcome(outcome: AgreementOutcome) -> T {
    match outcome {
        AgreementOutcome::Kept => T::OutcomeKept,
        AgreementOutcome::Partly => T::OutcomePartly,
        AgreementOutcome::NotKept => T::OutcomeNotKept,
        AgreementOutcome::NotChecked => T::OutcomeNotChecked,
    }
}

/// The label of a step's outcome.
pub fn step_outcome(outcome: StepOutcome) -> T {
    match outcome {
        StepOutcome::Done => T::StepDone,
        StepOutcome::NotYet => T::StepNotYet,
        StepOutcome::NoLongerNeeded => T::StepNoLongerNeeded,
        StepOutcome::NotChecked => T::OutcomeNotChecked,
    }
}

/// The label of an intervention's state.
pub fn intervention_state(state: InterventionState) -> T {
    match state {
        InterventionState::NotStarted => T::StateNotStarted,
        InterventionState::Started => T::StateStarted,
        InterventionState::Running => T::StateRunning,
        InterventionState::Completed => T::StateCompleted,
        InterventionState::Stopped => T::StateStopped,
    }
}

/// The label and the one-line explanation of a conclusion.
pub fn conclusion(conclusion: Conclusion) -> (T, T) {
    match conclusion {
        Conclusion::Continue => (T::ConclusionContinue, T::ConclusionContinueHint),
        Conclusion::AdjustPlan => (T::ConclusionAdjust, T::ConclusionAdjustHint),
        Conclusion::ScaleDown => (T::ConclusionScaleDown, T::ConclusionScaleDownHint),
        Conclusion::Escalate => (T::ConclusionEscalate, T::ConclusionEscalateHint),
        Conclusion::Close => (T::ConclusionClose, T::ConclusionCloseHint),
    }
}

/// What is wrong with a visit.
pub fn visit_problem(problem: VisitProblem) -> T {
    match problem {
        VisitProblem::InFuture => T::ProblemVisitInFuture,
        VisitProblem::ScoredTwice(_) => T::ProblemScoredTwice,
        VisitProblem::EmptyStep => T::ProblemEmptyStep,
        VisitProblem::WhyNotAlone(_) => T::ProblemWhyNotAlone,
    }
}

/// A child not seen alone, without why not: "Schrijf waarom Daan niet alleen is gesproken."
pub fn why_not_alone(lang: Language, child: &str) -> String {
    match lang {
        Language::Nl => format!("Schrijf waarom {child} niet alleen is gesproken."),
        Language::En => format!("Write why {child} was not seen alone."),
    }
}

/// What is wrong with an evaluation.
pub fn evaluation_problem(problem: EvaluationProblem) -> T {
    match problem {
        EvaluationProblem::InFuture => T::ProblemEvaluationInFuture,
        EvaluationProblem::NoConclusion => T::ProblemNoConclusion,
        EvaluationProblem::NextMissing => T::ProblemEvaluationMissing,
        EvaluationProblem::NextNotAfter => T::ProblemNextNotAfter,
        EvaluationProblem::ReconsiderClose => T::ProblemReconsiderClose,
        EvaluationProblem::ReconsiderReasons => T::ProblemReconsiderReasons,
    }
}

/// The question above a safety scale: the professional's own (`None`), a child's, or
/// anyone else's.
pub fn how_safe(lang: Language, name: Option<&str>, child: bool) -> String {
    match (lang, name, child) {
        (Language::Nl, None, _) => "Hoe veilig is het volgens jou?".into(),
        (Language::En, None, _) => "How safe is it, in your view?".into(),
        (Language::Nl, Some(name), true) => format!("Hoe veilig voelt {name} zich?"),
        (Language::En, Some(name), true) => format!("How safe does {name} feel?"),
        (Language::Nl, Some(name), false) => format!("Hoe veilig is het volgens {name}?"),
        (Language::En, Some(name), false) => format!("How safe is it, according to {name}?"),
    }
}

/// "Versie 2, gecorrigeerd op 25-11-2026 om 10:12 op dit apparaat".
pub fn version_line(
    lang: Language,
    version: u32,
    when: NaiveDateTime,
    this_device: bool,
) -> String {
    let (day, time) = (date(lang, when.date()), time(when));
    let verb = match (lang, version) {
        (Language::Nl, 1) => "vastgelegd",
        (Language::Nl, _) => "gecorrigeerd",
        (Language::En, 1) => "recorded",
        (Language::En, _) => "corrected",
    };
    let device = match (lang, this_device) {
        (Language::Nl, true) => "op dit apparaat",
        (Language::Nl, false) => "op een ander apparaat",
        (Language::En, true) => "on this device",
        (Language::En, false) => "on another device",
    };
    match lang {
        Language::Nl => format!("Versie {version}, {verb} op {day} om {time} {device}"),
        Language::En => format!("Version {version}, {verb} on {day} at {time} {device}"),
    }
}

/// Under the heading of a correction: "Familie Jansen · correctie van versie 1".
pub fn correcting(lang: Language, family: &str, version: u32) -> String {
    match lang {
        Language::Nl => format!("{family} · correctie van versie {version}"),
        Language::En => format!("{family} · correction of version {version}"),
    }
}

/// "Versie 1 bekijken".
pub fn show_version(lang: Language, version: u32) -> String {
    match lang {
        Language::Nl => format!("Versie {version} bekijken"),
        Language::En => format!("View version {version}"),
    }
}

/// "Het bezoek van 24-11-2026 is vastgelegd."
pub fn visit_recorded(lang: Language, on: NaiveDate) -> String {
    match lang {
        Language::Nl => format!("Het bezoek van {} is vastgelegd.", date(lang, on)),
        Language::En => format!("The visit of {} has been recorded.", date(lang, on)),
    }
}

/// "De evaluatie van 24-11-2026 is vastgelegd."
pub fn evaluation_recorded(lang: Language, on: NaiveDate) -> String {
    match lang {
        Language::Nl => format!("De evaluatie van {} is vastgelegd.", date(lang, on)),
        Language::En => format!("The evaluation of {} has been recorded.", date(lang, on)),
    }
}

pub use crate::domain::monitoring::Removal;

/// "Het bezoek van 24-11-2026 is verwijderd."
pub fn removed(lang: Language, what: Removal, on: NaiveDate) -> String {
    let on = date(lang, on);
    match (lang, what) {
        (Language::Nl, Removal::Visit) => format!("Het bezoek van {on} is verwijderd."),
        (Language::Nl, Removal::NewVisit) => format!("Het nieuwe bezoek van {on} is weggegooid."),
        (Language::Nl, Removal::Correction) => {
            format!("De correctie van het bezoek van {on} is weggegooid.")
        }
        (Language::Nl, Removal::Evaluation) => format!("De evaluatie van {on} is weggegooid."),
        (Language::En, Removal::Visit) => format!("The visit of {on} has been deleted."),
        (Language::En, Removal::NewVisit) => format!("The new visit of {on} has been discarded."),
        (Language::En, Removal::Correction) => {
            format!("The correction of the visit of {on} has been discarded.")
        }
        (Language::En, Removal::Evaluation) => {
            format!("The evaluation of {on} has been discarded.")
        }
    }
}

/// The accessible name of an undo button: "Ongedaan maken: het bezoek van 24-11-2026".
pub fn undo(lang: Language, what: Removal, on: NaiveDate) -> String {
    let on = date(lang, on);
    let thing = match (lang, what) {
        (Language::Nl, Removal::Visit | Removal::NewVisit) => format!("het bezoek van {on}"),
        (Language::Nl, Removal::Correction) => format!("de correctie van {on}"),
        (Language::Nl, Removal::Evaluation) => format!("de evaluatie van {on}"),
        (Language::En, Removal::Visit | Removal::NewVisit) => format!("the visit of {on}"),
        (Language::En, Removal::Correction) => format!("the correction of {on}"),
        (Language::En, Removal::Evaluation) => format!("the evaluation of {on}"),
    };
    format!("{}: {thing}", T::Undo.get(lang))
}

/// Said after an undo: "Teruggezet." with what.
pub fn restored(lang: Language, on: NaiveDate) -> String {
    match lang {
        Language::Nl => format!("Teruggezet: wat op {} was ingevuld.", date(lang, on)),
        Language::En => format!("Put back: what was filled in for {}.", date(lang, on)),
    }
}

/// A reminder in words.
pub fn reminder(lang: Language, reminder: &Reminder) -> String {
    match (reminder, lang) {
        (Reminder::EvaluationDue(0), Language::Nl) => "Evaluatie vandaag".into(),
        (Reminder::EvaluationDue(0), Language::En) => "Evaluation today".into(),
        (Reminder::EvaluationDue(1), Language::Nl) => "Evaluatie morgen".into(),
        (Reminder::EvaluationDue(1), Language::En) => "Evaluation tomorrow".into(),
        (Reminder::EvaluationDue(n), Language::Nl) => format!("Evaluatie over {n} dagen"),
        (Reminder::EvaluationDue(n), Language::En) => format!("Evaluation in {n} days"),
        (Reminder::EvaluationOverdue, _) => T::EvaluationOverdue.get(lang).into(),
        (Reminder::PlanEnding(days), _) => ends_in(lang, *days),
        (Reminder::PlanEnded, _) => T::PlanEnded.get(lang).into(),
        (Reminder::NoVisitFor(None), _) => T::NoVisitYet.get(lang).into(),
        (Reminder::NoVisitFor(Some(weeks)), Language::Nl) => {
            format!("Geen bezoek in {}", super::home::weeks(lang, *weeks))
        }
        (Reminder::NoVisitFor(Some(weeks)), Language::En) => {
            format!("No visit for {}", super::home::weeks(lang, *weeks))
        }
        (Reminder::StepOverdue { what, by }, Language::Nl) => {
            format!("Stap over datum ({}): {what}", date(lang, *by))
        }
        (Reminder::StepOverdue { what, by }, Language::En) => {
            format!("Step past its date ({}): {what}", date(lang, *by))
        }
        (Reminder::ScoreFell { who, from, to }, Language::Nl) => format!(
            "Cijfer gedaald: {} van {from} naar {to}",
            who.as_deref().unwrap_or("hulpverlener")
        ),
        (Reminder::ScoreFell { who, from, to }, Language::En) => format!(
            "Score fell: {} from {from} to {to}",
            who.as_deref().unwrap_or("professional")
        ),
        (
            Reminder::ScoresApart {
                parent,
                parents,
                professionals,
            },
            Language::Nl,
        ) => format!("{parent} en de hulpverlener ver uit elkaar: {parents} en {professionals}"),
        (
            Reminder::ScoresApart {
                parent,
                parents,
                professionals,
            },
            Language::En,
        ) => format!("{parent} and the professional far apart: {parents} and {professionals}"),
        (Reminder::NotKeptTwice { what }, Language::Nl) => {
            format!("Twee keer niet nagekomen: {what}")
        }
        (Reminder::NotKeptTwice { what }, Language::En) => format!("Not kept twice: {what}"),
        (Reminder::ExplainPlan { child, age }, Language::Nl) => {
            format!("{child} wordt dit jaar {age}: het plan uitleggen")
        }
        (Reminder::ExplainPlan { child, age }, Language::En) => {
            format!("{child} turns {age} this year: explain the plan")
        }
        (Reminder::NoChildSeenAlone(n), Language::Nl) => {
            format!("Geen kind alleen gesproken bij de laatste {n} bezoeken")
        }
        (Reminder::NoChildSeenAlone(n), Language::En) => {
            format!("No child seen alone in the last {n} visits")
        }
        (Reminder::DevelopmentReview { child, on }, Language::Nl) => format!(
            "Ontwikkeling van {child} opnieuw bekijken (sinds {})",
            date(lang, *on)
        ),
        (Reminder::DevelopmentReview { child, on }, Language::En) => format!(
            "Look again at {child}'s development (due {})",
            date(lang, *on)
        ),
    }
}

/// On the caseload, late steps are counted: "2 stappen over datum".
pub fn steps_overdue(lang: Language, n: usize) -> String {
    match (lang, n) {
        (Language::Nl, 1) => "1 stap over datum".into(),
        (Language::Nl, n) => format!("{n} stappen over datum"),
        (Language::En, 1) => "1 step past its date".into(),
        (Language::En, n) => format!("{n} steps past their date"),
    }
}

/// A next step with who and when: "Mark belt de school (Mark, uiterlijk 10-11-2026)".
pub fn step_line(lang: Language, what: &str, who: Vec<&str>, by: Option<NaiveDate>) -> String {
    let mut details = Vec::new();
    if !who.is_empty() {
        details.push(list(lang, who));
    }
    if let Some(by) = by {
        details.push(match lang {
            Language::Nl => format!("uiterlijk {}", date(lang, by)),
            Language::En => format!("by {}", date(lang, by)),
        });
    }
    if details.is_empty() {
        what.to_string()
    } else {
        format!("{what} ({})", details.join(", "))
    }
}

/// "3 bezoeken sinds de evaluatie van 24-08-2026" / "since the start".
pub fn looked_back(lang: Language, visits: usize, since: Option<NaiveDate>) -> String {
    let count = match (lang, visits) {
        (Language::Nl, 1) => "1 bezoek".to_string(),
        (Language::Nl, n) => format!("{n} bezoeken"),
        (Language::En, 1) => "1 visit".to_string(),
        (Language::En, n) => format!("{n} visits"),
    };
    match (lang, since) {
        (Language::Nl, Some(on)) => format!("{count} sinds de evaluatie van {}", date(lang, on)),
        (Language::En, Some(on)) => format!("{count} since the evaluation of {}", date(lang, on)),
        (Language::Nl, None) => format!("{count} sinds het begin"),
        (Language::En, None) => format!("{count} since the start"),
    }
}

/// "Sanne: van 4 naar 6 (3 keer gevraagd)".
pub fn score_change(lang: Language, name: &str, change: &ScoreChange) -> String {
    let ScoreChange {
        first, last, count, ..
    } = change;
    match (lang, count) {
        (Language::Nl, 1) => format!("{name}: {last} (1 keer gevraagd)"),
        (Language::Nl, n) => format!("{name}: van {first} naar {last} ({n} keer gevraagd)"),
        (Language::En, 1) => format!("{name}: {last} (asked once)"),
        (Language::En, n) => format!("{name}: from {first} to {last} (asked {n} times)"),
    }
}

/// "Van Gestart naar Afgerond", or the one state when it did not change.
pub fn from_to(lang: Language, first: T, last: T) -> String {
    let (first, last) = (first.get(lang), last.get(lang));
    if first == last {
        return last.to_string();
    }
    match lang {
        Language::Nl => format!("Van {} naar {}", first, last.to_lowercase()),
        Language::En => format!("From {} to {}", first.to_lowercase(), last.to_lowercase()),
    }
}

/// Why to think again before closing, naming the adults who scored below 7 and their scores.
pub fn reconsider(lang: Language, low: &[(String, u8)]) -> String {
    let who: Vec<String> = low
        .iter()
        .map(|(name, score)| format!("{name} ({score})"))
        .collect();
    let who = list(lang, who.iter().map(String::as_str).collect());
    let bar = crate::domain::evaluation::SAFE_ENOUGH;
    match lang {
        Language::Nl => format!(
            "Het laatste cijfer van deze volwassenen is lager dan {bar}: {who}. Is het echt veilig genoeg om de hulp af te sluiten? Bespreek het nog eens met het gezin en het netwerk."
        ),
        Language::En => format!(
            "The latest score of these adults is below {bar}: {who}. Is it really safe enough to close the help? Talk it over again with the family and the network."
        ),
    }
}

/// "2 keer nagekomen, 1 keer deels, 0 keer niet", or "Niet besproken" when no visit
/// checked it.
pub fn tally(lang: Language, tally: &AgreementTally) -> String {
    let AgreementTally {
        kept,
        partly,
        not_kept,
        ..
    } = tally;
    if kept + partly + not_kept == 0 {
        return T::OutcomeNotChecked.get(lang).into();
    }
    match lang {
        Language::Nl => format!("{kept} keer nagekomen, {partly} keer deels, {not_kept} keer niet"),
        Language::En => format!("kept: {kept}, partly kept: {partly}, not kept: {not_kept}"),
    }
}

/// What the chart shows, for screen readers: "Hulpverlener: 3, 5, 7. Sanne: 4, 6."
pub fn trend_summary(lang: Language, title: &str, lines: &[(String, Vec<SafetyScore>)]) -> String {
    let lines: Vec<String> = lines
        .iter()
        .map(|(name, scores)| {
            let scores: Vec<String> = scores.iter().map(SafetyScore::to_string).collect();
            format!("{name}: {}.", scores.join(", "))
        })
        .collect();
    let _ = lang;
    format!("{title} {}", lines.join(" "))
}

/// The short label of a plan revision on the chart: "v2".
pub fn revision_mark(revision: u32) -> String {
    format!("v{revision}")
}

/// "4 cijfers" / "geen cijfers".
pub fn scores_count(lang: Language, n: usize) -> String {
    match (lang, n) {
        (Language::Nl, 0) => "geen cijfers".into(),
        (Language::Nl, 1) => "1 cijfer".into(),
        (Language::Nl, n) => format!("{n} cijfers"),
        (Language::En, 0) => "no scores".into(),
        (Language::En, 1) => "1 score".into(),
        (Language::En, n) => format!("{n} scores"),
    }
}

/// "Versie 2" next to a visit in the list, when it was corrected.
pub fn version(lang: Language, n: u32) -> String {
    match lang {
        Language::Nl => format!("versie {n}"),
        Language::En => format!("version {n}"),
    }
}

/// The accessible name of a family's visit button: "Huisbezoek starten: Familie Jansen".
pub fn for_family(lang: Language, action: T, family: &str) -> String {
    format!("{}: {family}", action.get(lang))
}

/// "Na de evaluatie van 24-11-2026: pas het plan aan en spreek het af als versie 2."
pub fn adjust_plan(lang: Language, on: NaiveDate, next_revision: u32) -> String {
    match lang {
        Language::Nl => format!(
            "Na de evaluatie van {}: pas het plan aan en spreek het af als versie {next_revision}.",
            date(lang, on)
        ),
        Language::En => format!(
            "After the evaluation of {}: adjust the plan and agree it as version {next_revision}.",
            date(lang, on)
        ),
    }
}

/// An evaluation in the family's list: "24-11-2026: Plan aanpassen".
pub fn evaluation_line(lang: Language, on: NaiveDate, conclusion: Option<Conclusion>) -> String {
    let label = conclusion.map_or(T::NotRecordedYet, |c| self::conclusion(c).0);
    format!("{}: {}", date(lang, on), label.get(lang))
}

/// "De telefoon van Noor".
pub fn phone_of(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("De telefoon van {name}"),
        Language::En => format!("{name}'s phone"),
    }
}

/// "Gekoppeld op 30-11-2026".
pub fn paired_on(lang: Language, at: chrono::DateTime<chrono::Utc>) -> String {
    let day = date(lang, crate::service::clock::local_date(at));
    match lang {
        Language::Nl => format!("Gekoppeld op {day}"),
        Language::En => format!("Paired on {day}"),
    }
}

/// "Ontkoppel de telefoon van Noor".
pub fn unpair(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Ontkoppel de telefoon van {name}"),
        Language::En => format!("Unpair {name}'s phone"),
    }
}

/// "De telefoon van Noor is gekoppeld."
pub fn paired(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("De telefoon van {name} is gekoppeld."),
        Language::En => format!("{name}'s phone is paired."),
    }
}

pub use super::check_code_label;

/// "Plan sturen naar de telefoon van Noor".
pub fn send_plan_to(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Plan sturen naar de telefoon van {name}"),
        Language::En => format!("Send the plan to {name}'s phone"),
    }
}

/// What an answers package brought.
pub fn answers_received(lang: Language, name: &str, answers: usize, check_ins: usize) -> String {
    match lang {
        Language::Nl => format!(
            "Ontvangen van {name}: {} en {} gedeelde {}.",
            count(answers, "antwoord", "antwoorden"),
            check_ins,
            if check_ins == 1 {
                "check-in"
            } else {
                "check-ins"
            }
        ),
        Language::En => format!(
            "Received from {name}: {} and {} shared {}.",
            count(answers, "answer", "answers"),
            check_ins,
            if check_ins == 1 {
                "check-in"
            } else {
                "check-ins"
            }
        ),
    }
}

/// One shared check-in: "Noor, 30-11-2026 18:05: 6 van 10. "words"".
pub fn shared_check_in(lang: Language, name: &str, at: &str, score: u8, words: &str) -> String {
    let words = if words.is_empty() {
        String::new()
    } else {
        format!(" \u{201c}{words}\u{201d}")
    };
    match lang {
        Language::Nl => format!("{name}, {at}: {score} van 10.{words}"),
        Language::En => format!("{name}, {at}: {score} out of 10.{words}"),
    }
}

/// A file's code for screen readers, sign by sign and group by group:
/// "Code: 7 K Q 2, X M 9 D, …".
pub fn code_label(lang: Language, code: &str) -> String {
    let groups: Vec<String> = code
        .as_bytes()
        .chunks(4)
        .map(|g| {
            g.iter()
                .map(|c| (*c as char).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    match lang {
        Language::Nl => format!("Code: {}", groups.join(", ")),
        Language::En => format!("Code: {}", groups.join(", ")),
    }
}

/// Why a typed file code cannot be a code.
pub fn code_problem(lang: Language, problem: CodeProblem) -> String {
    match problem {
        CodeProblem::Empty => T::ImportCodeEmpty.get(lang).to_string(),
        CodeProblem::TooShort => T::ImportCodeTooShort.get(lang).to_string(),
        CodeProblem::TooLong => T::ImportCodeTooLong.get(lang).to_string(),
        CodeProblem::NotInCode(c) => match lang {
            Language::Nl => {
                format!("‘{c}’ komt in geen code voor. Kijk of je de code goed hebt overgenomen.")
            }
            Language::En => {
                format!("‘{c}’ is in no code. Check that you copied the code correctly.")
            }
        },
    }
}

/// "Laatste back-up: 30-11-2026 14:05."
pub fn backup_last(lang: Language, at: NaiveDateTime) -> String {
    match lang {
        Language::Nl => format!("Laatste back-up: {}.", date_time(lang, at)),
        Language::En => format!("Last backup: {}.", date_time(lang, at)),
    }
}

/// "3 bezoeken en 1 evaluatie staan nog in geen back-up."; only what there is.
pub fn backup_unsaved(lang: Language, visits: usize, evaluations: usize) -> String {
    let visit = |n: usize| match (lang, n) {
        (Language::Nl, 1) => "1 bezoek".to_string(),
        (Language::Nl, n) => format!("{n} bezoeken"),
        (Language::En, 1) => "1 visit".to_string(),
        (Language::En, n) => format!("{n} visits"),
    };
    let evaluation = |n: usize| match (lang, n) {
        (Language::Nl, 1) => "1 evaluatie".to_string(),
        (Language::Nl, n) => format!("{n} evaluaties"),
        (Language::En, 1) => "1 evaluation".to_string(),
        (Language::En, n) => format!("{n} evaluations"),
    };
    let mut parts = Vec::new();
    if visits > 0 {
        parts.push(visit(visits));
    }
    if evaluations > 0 {
        parts.push(evaluation(evaluations));
    }
    let what = list(lang, parts.iter().map(String::as_str).collect());
    let one = visits + evaluations == 1;
    match lang {
        Language::Nl => format!(
            "{what} {} nog in geen back-up.",
            if one { "staat" } else { "staan" }
        ),
        Language::En => format!(
            "{what} {} in no backup yet.",
            if one { "is" } else { "are" }
        ),
    }
}

/// What a restore did: "Teruggezet: 3 gezinnen, 12 bezoeken en 2 evaluaties."
pub fn backup_restored(
    lang: Language,
    families: usize,
    visits: usize,
    evaluations: usize,
) -> String {
    match lang {
        Language::Nl => format!(
            "Teruggezet: {families} {}, {visits} {} en {evaluations} {}.",
            if families == 1 { "gezin" } else { "gezinnen" },
            if visits == 1 { "bezoek" } else { "bezoeken" },
            if evaluations == 1 {
                "evaluatie"
            } else {
                "evaluaties"
            }
        ),
        Language::En => format!(
            "Restored: {families} {}, {visits} {} and {evaluations} {}.",
            if families == 1 { "family" } else { "families" },
            if visits == 1 { "visit" } else { "visits" },
            if evaluations == 1 {
                "evaluation"
            } else {
                "evaluations"
            }
        ),
    }
}

/// "2 telefoons van gezinnen moeten opnieuw worden gekoppeld."
pub fn pair_again(lang: Language, n: usize) -> String {
    match (lang, n) {
        (Language::Nl, 1) => {
            "1 telefoon van een gezinslid moet opnieuw worden gekoppeld vanaf deze telefoon.".into()
        }
        (Language::Nl, n) => format!(
            "{n} telefoons van gezinsleden moeten opnieuw worden gekoppeld vanaf deze telefoon."
        ),
        (Language::En, 1) => "1 family member's phone must be paired again from this phone.".into(),
        (Language::En, n) => {
            format!("{n} family members' phones must be paired again from this phone.")
        }
    }
}

/// "2 werkversies zijn bewaard: zie het gezin."
pub fn kept_copies(lang: Language, n: usize) -> String {
    match (lang, n) {
        (Language::Nl, 1) => "Er was ook een andere werkversie; die is bewaard en staat bij het gezin.".into(),
        (Language::Nl, n) => format!("Er waren ook {n} andere werkversies; die zijn bewaard en staan bij de gezinnen."),
        (Language::En, 1) => "There was also another working copy; it was kept and is shown with the family.".into(),
        (Language::En, n) => format!("There were also {n} other working copies; they were kept and are shown with the families."),
    }
}

/// "Bewaarde versie, het laatst veranderd op 30-11-2026 14:05".
pub fn kept_copy_of(lang: Language, when: &str) -> String {
    match lang {
        Language::Nl => format!("Bewaarde versie, het laatst veranderd op {when}"),
        Language::En => format!("Kept version, last changed on {when}"),
    }
}

/// "3 dagen", "1 dag".
pub fn days(lang: Language, n: i64) -> String {
    match (lang, n) {
        (Language::Nl, 1) => "1 dag".into(),
        (Language::Nl, n) => format!("{n} dagen"),
        (Language::En, 1) => "1 day".into(),
        (Language::En, n) => format!("{n} days"),
    }
}

/// Before erasing a device with recorded visits: how many, and what a backup keeps.
pub fn erase_loses(lang: Language, visits: usize, last_backup: Option<NaiveDate>) -> String {
    let n = match (lang, visits) {
        (Language::Nl, 1) => "1 huisbezoek".to_string(),
        (Language::Nl, n) => format!("{n} huisbezoeken"),
        (Language::En, 1) => "1 home visit".to_string(),
        (Language::En, n) => format!("{n} home visits"),
    };
    let staan = if visits == 1 { "staat" } else { "staan" };
    match (lang, last_backup) {
        (Language::Nl, Some(on)) => format!(
            "Op dit apparaat {staan} {n}. De laatste back-up is van {}: wat daarna is vastgelegd, is na het wissen weg. Weet je de code toch weer? Maak dan eerst een back-up.",
            date(lang, on)
        ),
        (Language::Nl, None) => format!(
            "Op dit apparaat {staan} {n}, en er is nog nooit een back-up van gemaakt: na het wissen zijn ze weg. Weet je de code toch weer? Maak dan eerst een back-up."
        ),
        (Language::En, Some(on)) => format!(
            "This device holds {n}. The last backup is from {}: what was recorded after it is gone once erased. Do you remember the code after all? Then make a backup first.",
            date(lang, on)
        ),
        (Language::En, None) => format!(
            "This device holds {n}, and no backup was ever made: once erased, they are gone. Do you remember the code after all? Then make a backup first."
        ),
    }
}

/// What 0 and 10 mean on an adult's safety scale at a visit: a judgement of whether the
/// child is safe enough, not a feeling.
pub fn judgement_anchors(lang: Language) -> (String, String) {
    let (low, high) = match lang {
        Language::Nl => (
            "niemand vindt dat het kind hier veilig is",
            "iedereen vindt het veilig genoeg om de hulp af te ronden",
        ),
        Language::En => (
            "nobody thinks the child is safe here",
            "everyone thinks it is safe enough to end the help",
        ),
    };
    (low.to_string(), high.to_string())
}

/// A score on an adult's scale, for a screen reader: "0: niemand vindt ...", "4".
pub fn judgement_score(lang: Language, score: SafetyScore) -> String {
    let (low, high) = judgement_anchors(lang);
    match score.value() {
        0 => format!("0: {low}"),
        10 => format!("10: {high}"),
        n => n.to_string(),
    }
}

/// "Regie: Jeugdprofessional, Wijkteam · 06 12345678", or that nobody is chosen yet: one line
/// for the caseload, the visit and the evaluation.
pub fn coordinator_line(lang: Language, c: &crate::domain::Coordinator) -> String {
    let label = match lang {
        Language::Nl => "Regie",
        Language::En => "Coordinator",
    };
    if c.name.trim().is_empty() {
        return format!("{label}: {}", T::NotFilledIn.get(lang));
    }
    let mut line = format!("{label}: {}", c.name.trim());
    if !c.organisation.trim().is_empty() {
        line.push_str(&format!(", {}", c.organisation.trim()));
    }
    if let Some(how) = [c.phone.trim(), c.email.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
    {
        line.push_str(&format!(" · {how}"));
    }
    line
}

/// "3 bezoeken", "1 bezoek": a number with the word that goes with it.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 bezoeken en 1 evaluatie".
fn visits_and_evaluations(lang: Language, visits: usize, evaluations: usize) -> String {
    match lang {
        Language::Nl => format!(
            "{} en {}",
            count(visits, "bezoek", "bezoeken"),
            count(evaluations, "evaluatie", "evaluaties")
        ),
        Language::En => format!(
            "{} and {}",
            count(visits, "visit", "visits"),
            count(evaluations, "evaluation", "evaluations")
        ),
    }
}

/// The case is sealed for the colleague: what it holds.
pub fn case_ready(lang: Language, visits: usize, evaluations: usize) -> String {
    let holds = visits_and_evaluations(lang, visits, evaluations);
    match lang {
        Language::Nl => format!("Het dossier is klaar voor je collega, met {holds}."),
        Language::En => format!("The case is ready for your colleague, with {holds}."),
    }
}

/// A colleague's case, opened: whose, and what it holds.
pub fn case_arrives(lang: Language, name: &str, visits: usize, evaluations: usize) -> String {
    let holds = visits_and_evaluations(lang, visits, evaluations);
    match lang {
        Language::Nl => format!("Het dossier van {name} is binnen, met {holds}."),
        Language::En => format!("The case of {name} is in, with {holds}."),
    }
}

/// The colleague's case was added.
pub fn case_added(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Het dossier van {name} staat nu op dit apparaat."),
        Language::En => format!("The case of {name} is now on this device."),
    }
}

/// A colleague this device knows: since when, and their device's fingerprint.
pub fn colleague_since(lang: Language, since: NaiveDate, fingerprint: &str) -> String {
    match lang {
        Language::Nl => format!("Sinds {}, vingerafdruk {fingerprint}", date(lang, since)),
        Language::En => format!("Since {}, fingerprint {fingerprint}", date(lang, since)),
    }
}

/// "Vergeten: Anna de Vries".
pub fn forget_colleague(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Vergeten: {name}"),
        Language::En => format!("Forget: {name}"),
    }
}

/// Records of the family that could not be read are not in the case: say so.
pub fn case_unreadable(lang: Language, n: usize) -> String {
    match lang {
        Language::Nl => format!(
            "Let op: {} van dit gezin {} niet worden gelezen op dit apparaat en {} niet mee. Ze blijven hier staan.",
            count(n, "gegeven", "gegevens"),
            if n == 1 { "kon" } else { "konden" },
            if n == 1 { "gaat" } else { "gaan" }
        ),
        Language::En => format!(
            "Note: {} of this family could not be read on this device and {} not included. {} here.",
            count(n, "record", "records"),
            if n == 1 { "is" } else { "are" },
            if n == 1 { "It stays" } else { "They stay" }
        ),
    }
}
