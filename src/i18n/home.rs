//! Texts of the family's side (the young person and the parent) and of the device setup
//! that carry a name, a date or a number.

use chrono::NaiveDate;

use super::plan::{date, list};
use super::{Language, L, T};
use crate::domain::{AgeBand, DateNotice, Role, SafetyScore, Step};

/// The label of an age band, as a young person picks it.
pub fn band(band: AgeBand) -> T {
    match band {
        AgeBand::UpTo7 => T::Band4To7,
        AgeBand::From8To11 => T::Band8To11,
        AgeBand::From12To15 => T::Band12To15,
        AgeBand::From16 => T::Band16Plus,
    }
}

/// How a role is named on the settings screen.
pub fn role(lang: Language, role: Role) -> &'static str {
    match (lang, role) {
        (Language::Nl, Role::YoungPerson) => "een kind of jongere",
        (Language::Nl, Role::Parent) => "een ouder of verzorger",
        (Language::Nl, Role::Professional) => "een hulpverlener",
        (Language::En, Role::YoungPerson) => "a child or young person",
        (Language::En, Role::Parent) => "a parent or carer",
        (Language::En, Role::Professional) => "a professional",
    }
}

/// "Noor (een kind of jongere)" or just the role.
pub fn used_by(lang: Language, role_of: Role, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("{name} ({})", role(lang, role_of)),
        None => role(lang, role_of).to_string(),
    }
}

/// A step of "Als je je niet veilig voelt".
pub fn step(lang: Language, step: &Step) -> String {
    match step {
        Step::SafePlace => T::StepSafePlace.get(lang).to_string(),
        Step::CallSafePerson(names) => {
            let names = list_or(lang, names.iter().map(String::as_str).collect());
            match lang {
                Language::Nl => format!("Bel of app een van je veilige mensen: {names}."),
                Language::En => format!("Call or text one of your safe people: {names}."),
            }
        }
        Step::Agreement(what) => what.clone(),
        Step::Emergency => T::StepEmergency.get(lang).to_string(),
    }
}

/// "Oma Els, Anja of Fatima" / "Oma Els, Anja or Fatima".
fn list_or(lang: Language, names: Vec<&str>) -> String {
    let or = match lang {
        Language::Nl => "of",
        Language::En => "or",
    };
    super::plan::join(names, or)
}

/// What a parent is told about the plan's dates.
pub fn date_notice(lang: Language, notice: DateNotice) -> String {
    match (lang, notice) {
        (Language::Nl, DateNotice::Ended) => {
            "De einddatum van het plan is voorbij. Bespreek met je hulpverlener hoe het verder gaat.".into()
        }
        (Language::En, DateNotice::Ended) => {
            "The plan's end date has passed. Talk to your professional about what happens next.".into()
        }
        (Language::Nl, DateNotice::EndsSoon(0)) => "Het plan stopt vandaag.".into(),
        (Language::En, DateNotice::EndsSoon(0)) => "The plan ends today.".into(),
        (Language::Nl, DateNotice::EndsSoon(1)) => "Het plan stopt morgen.".into(),
        (Language::En, DateNotice::EndsSoon(1)) => "The plan ends tomorrow.".into(),
        (Language::Nl, DateNotice::EndsSoon(days)) => format!("Het plan stopt over {days} dagen."),
        (Language::En, DateNotice::EndsSoon(days)) => format!("The plan ends in {days} days."),
        (Language::Nl, DateNotice::EvaluationOverdue) => {
            "De evaluatie van het plan had al moeten zijn. Vraag je hulpverlener om een afspraak.".into()
        }
        (Language::En, DateNotice::EvaluationOverdue) => {
            "The plan's evaluation is overdue. Ask your professional for an appointment.".into()
        }
        (Language::Nl, DateNotice::EvaluationSoon(0)) => "Vandaag wordt het plan geëvalueerd.".into(),
        (Language::En, DateNotice::EvaluationSoon(0)) => "The plan is evaluated today.".into(),
        (Language::Nl, DateNotice::EvaluationSoon(days)) => {
            format!("Over {days} dagen wordt het plan geëvalueerd.")
        }
        (Language::En, DateNotice::EvaluationSoon(days)) => {
            format!("The plan will be evaluated in {days} days.")
        }
    }
}

/// "Afgesproken op 24-11-2026 (versie 2)".
pub fn agreed_on(lang: Language, on: NaiveDate, revision: u32) -> String {
    let on = date(lang, on);
    match lang {
        Language::Nl => format!("Afgesproken op {on} (versie {revision})."),
        Language::En => format!("Agreed on {on} (version {revision})."),
    }
}

/// What the parent sees after acknowledging.
pub fn acknowledged(lang: Language, on: NaiveDate) -> String {
    let on = date(lang, on);
    match lang {
        Language::Nl => {
            format!("Je hebt laten weten dat je dit plan gelezen hebt en erachter staat ({on}).")
        }
        Language::En => format!("You said you have read this plan and stand behind it ({on})."),
    }
}

/// A parent's own answer, as their plan page says it.
pub fn my_answer(lang: Language, answer: crate::domain::package::Answer, on: NaiveDate) -> String {
    use crate::domain::package::Answer;
    let d = date(lang, on);
    match (answer, lang) {
        (Answer::Agree, _) => acknowledged(lang, on),
        (Answer::Question, Language::Nl) => {
            format!("Je hebt laten weten dat je een vraag hebt ({d}).")
        }
        (Answer::Question, Language::En) => format!("You said you have a question ({d})."),
        (Answer::Disagree, Language::Nl) => {
            format!("Je hebt laten weten dat je het er niet mee eens bent ({d}).")
        }
        (Answer::Disagree, Language::En) => format!("You said you do not agree ({d})."),
    }
}

/// What the professional sees of the acknowledgements of a revision.
pub fn acknowledged_by(lang: Language, names: Vec<&str>, on: NaiveDate) -> String {
    let on = date(lang, on);
    match (lang, names.is_empty()) {
        (Language::Nl, true) => format!("Gelezen door een ouder op {on}"),
        (Language::En, true) => format!("Read by a parent on {on}"),
        (Language::Nl, false) => format!("Gelezen door {} op {on}", super::plan::list(lang, names)),
        (Language::En, false) => format!("Read by {} on {on}", super::plan::list(lang, names)),
    }
}

/// "Wie: Mark en Sanne".
pub fn who(lang: Language, names: Vec<&str>) -> String {
    format!("{}: {}", T::WhoDoesIt.get(lang), list(lang, names))
}

/// Who an intervention is for and when: "Voor Noor en Sam · 01-12-2026 tot 01-06-2027".
pub fn help_details(
    lang: Language,
    for_whom: Vec<&str>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> String {
    let mut parts = Vec::new();
    if !for_whom.is_empty() {
        parts.push(format!(
            "{} {}",
            lang.pick("Voor", "For"),
            list(lang, for_whom)
        ));
    }
    match (start, end) {
        (Some(s), Some(e)) => parts.push(format!(
            "{} {} {}",
            date(lang, s),
            lang.pick("tot", "until"),
            date(lang, e)
        )),
        (Some(s), None) => parts.push(format!("{} {}", lang.pick("vanaf", "from"), date(lang, s))),
        (None, Some(e)) => parts.push(format!("{} {}", lang.pick("tot", "until"), date(lang, e))),
        (None, None) => {}
    }
    parts.join(" · ")
}

/// Who explains the plan to a child: "Mama Lisa, vanaf 6 jaar".
pub fn explained_by(lang: Language, name: &str, at_age: Option<u8>) -> String {
    match at_age {
        Some(age) => match lang {
            Language::Nl => format!("{name}, vanaf {age} jaar"),
            Language::En => format!("{name}, from age {age}"),
        },
        None => name.to_string(),
    }
}

/// A check-in in the history: "24-11-2026: 7 van 10".
pub fn check_in_line(lang: Language, on: NaiveDate, score: SafetyScore) -> String {
    let on = date(lang, on);
    match lang {
        Language::Nl => format!("{on}: {score} van 10"),
        Language::En => format!("{on}: {score} out of 10"),
    }
}

/// The accessible name of a score: the number, with its meaning at the ends.
pub fn score(lang: Language, score: SafetyScore) -> String {
    match (lang, score.value()) {
        (Language::Nl, 0) => "0, helemaal niet veilig".into(),
        (Language::En, 0) => "0, not safe at all".into(),
        (Language::Nl, 10) => "10, helemaal veilig".into(),
        (Language::En, 10) => "10, completely safe".into(),
        (_, n) => n.to_string(),
    }
}

/// "1 van 5" / "1 of 5".
pub fn page_of(lang: Language, page: usize, total: usize) -> String {
    match lang {
        Language::Nl => format!("{page} van {total}"),
        Language::En => format!("{page} of {total}"),
    }
}

/// "Noor, Voorbeeldgezin Bakker": a child to choose on setup.
pub fn person_in_family(name: &str, family: &str) -> String {
    format!("{name}, {family}")
}

/// "Probeer het over 8 seconden opnieuw."
pub fn wait_seconds(lang: Language, seconds: u32) -> String {
    match (lang, seconds) {
        (Language::Nl, 1) => "Probeer het over 1 seconde opnieuw.".into(),
        (Language::Nl, n) => format!("Probeer het over {n} seconden opnieuw."),
        (Language::En, 1) => "Try again in 1 second.".into(),
        (Language::En, n) => format!("Try again in {n} seconds."),
    }
}

/// An idle-lock choice: "1 minuut", "5 minuten".
pub fn minutes(lang: Language, n: u32) -> String {
    match (lang, n) {
        (Language::Nl, 1) => "1 minuut".into(),
        (Language::Nl, n) => format!("{n} minuten"),
        (Language::En, 1) => "1 minute".into(),
        (Language::En, n) => format!("{n} minutes"),
    }
}

/// A problem with a new secret.
pub fn secret_problem(
    problem: crate::domain::secret::SecretProblem,
    rule: crate::domain::secret::SecretRule,
) -> L {
    use crate::domain::secret::SecretRule;
    match problem {
        crate::domain::secret::SecretProblem::TooShort => match rule {
            SecretRule::Family => L::SecretTooShort,
            SecretRule::Professional => L::SecretTooShortProfessional,
        },
        crate::domain::secret::SecretProblem::TooEasy => L::SecretTooEasy,
        crate::domain::secret::SecretProblem::BirthDate => L::SecretBirthDate,
        crate::domain::secret::SecretProblem::Mismatch => L::SecretMismatch,
    }
}

/// The button that takes a score away, named after its question.
pub fn clear_score(lang: Language, question: &str) -> String {
    match lang {
        Language::Nl => format!("Geen cijfer: {question}"),
        Language::En => format!("No score: {question}"),
    }
}

/// "Geen cijfer" / "No score": the visible part of [`clear_score`].
pub fn no_score(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "Geen cijfer",
        Language::En => "No score",
    }
}

/// "1 week", "4 weken".
pub fn weeks(lang: Language, n: i64) -> String {
    match (lang, n) {
        (Language::Nl, 1) => "1 week".into(),
        (Language::Nl, n) => format!("{n} weken"),
        (Language::En, 1) => "1 week".into(),
        (Language::En, n) => format!("{n} weeks"),
    }
}

/// A parent's answer as the professional reads it: "Gelezen door Sanne op 30-11-2026", "Sanne
/// heeft een vraag (30-11-2026): ...".
pub fn answer_line(
    lang: Language,
    names: Vec<&str>,
    answer: crate::domain::package::Answer,
    on: NaiveDate,
    words: &str,
) -> String {
    use crate::domain::package::Answer;
    let who = if names.is_empty() {
        match lang {
            Language::Nl => "Een ouder".to_string(),
            Language::En => "A parent".to_string(),
        }
    } else {
        super::plan::list(lang, names.clone())
    };
    let date = super::plan::date(lang, on);
    let head = match (answer, lang) {
        (Answer::Agree, _) => acknowledged_by(lang, names, on),
        (Answer::Question, Language::Nl) => format!("{who} heeft een vraag ({date})"),
        (Answer::Question, Language::En) => format!("{who} has a question ({date})"),
        (Answer::Disagree, Language::Nl) => format!("{who} is het er niet mee eens ({date})"),
        (Answer::Disagree, Language::En) => format!("{who} does not agree ({date})"),
    };
    if words.is_empty() {
        head
    } else {
        format!("{head}: \u{201c}{words}\u{201d}")
    }
}

/// What a new plan changes, one line: "Nieuw: Oma Els (veilige persoon)".
pub fn change_line(lang: Language, change: &crate::domain::package::Change) -> String {
    use crate::domain::package::{ChangeKind, Part};
    let kind = match (change.kind, lang) {
        (ChangeKind::New, Language::Nl) => "Nieuw",
        (ChangeKind::New, Language::En) => "New",
        (ChangeKind::Changed, Language::Nl) => "Veranderd",
        (ChangeKind::Changed, Language::En) => "Changed",
        (ChangeKind::Gone, Language::Nl) => "Weg",
        (ChangeKind::Gone, Language::En) => "Gone",
    };
    let part = match (change.part, lang) {
        (Part::SafePerson, Language::Nl) => "veilige persoon",
        (Part::SafePerson, Language::En) => "safe person",
        (Part::Step, Language::Nl) => "wat je doet als je je niet veilig voelt",
        (Part::Step, Language::En) => "what you do when you do not feel safe",
        (Part::Agreement, Language::Nl) => "afspraak",
        (Part::Agreement, Language::En) => "agreement",
        (Part::Watcher, Language::Nl) => "let op de veiligheid",
        (Part::Watcher, Language::En) => "watches over safety",
        (Part::StandIn, Language::Nl) => "springt bij",
        (Part::StandIn, Language::En) => "steps in",
        (Part::Goal, Language::Nl) => "hulp",
        (Part::Goal, Language::En) => "help",
        (Part::Coordinator, Language::Nl) => "hulpverlener die de hulp regelt",
        (Part::Coordinator, Language::En) => "professional who arranges the help",
        (Part::Period, Language::Nl) => "de data van het plan",
        (Part::Period, Language::En) => "the plan's dates",
        (Part::Lesson, Language::Nl) => "de uitleg over ruzie en geweld thuis",
        (Part::Lesson, Language::En) => "the lesson about fights and violence at home",
        (Part::ExplainedBy, Language::Nl) => "wie het plan aan je uitlegt",
        (Part::ExplainedBy, Language::En) => "who explains the plan to you",
        (Part::Band, Language::Nl) => "de uitleg past nu bij een andere leeftijd",
        (Part::Band, Language::En) => "the lessons now fit another age",
    };
    if change.what.is_empty() {
        format!("{kind}: {part}")
    } else {
        format!("{kind}: {} ({part})", change.what)
    }
}

/// How far an animated code is: "3 van 4 stukjes".
pub fn scan_pieces(lang: Language, known: u32, pieces: u32) -> String {
    match lang {
        Language::Nl => format!("{known} van {pieces} stukjes binnen"),
        Language::En => format!("{known} of {pieces} pieces in"),
    }
}

/// "Veilig gebruikt 2,1 MB. Er is nog ongeveer 1,2 GB vrij voor Veilig."
pub fn storage_space(lang: Language, used: f64, quota: f64) -> String {
    // In whole tenths, written with integers: formatting a float would bring the float
    // printing code into the family's app for one line.
    let size = |bytes: f64| {
        let (unit, name) = if bytes >= 1e9 {
            (1e9, "GB")
        } else if bytes >= 1e6 {
            (1e6, "MB")
        } else {
            (1e3, "kB")
        };
        let tenths = (bytes / unit * 10.0).round() as u64;
        let point = lang.pick(",", ".");
        format!("{}{point}{} {name}", tenths / 10, tenths % 10)
    };
    let free = (quota - used).max(0.0);
    match lang {
        Language::Nl => format!(
            "Veilig gebruikt {}. Er is nog ongeveer {} vrij voor Veilig.",
            size(used),
            size(free)
        ),
        Language::En => format!(
            "Veilig uses {}. About {} more is free for Veilig.",
            size(used),
            size(free)
        ),
    }
}
