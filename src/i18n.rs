//! Every user-facing text, in Dutch (the source language) and English.
//!
//! Fixed texts are keys of [`T`], defined in one table by the `texts!` macro: a key without
//! both languages does not compile. Texts with a value in them (a name, a number) are
//! functions below, written per language with an exhaustive `match`. Domain errors are
//! translated here too, so the domain stays free of wording.

use crate::domain::{HelpLineKind, PhoneError, SafePersonProblem};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, for the `lang` attribute and for storing the choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language for a stored code; Dutch for anything unknown.
    pub fn from_code(code: &str) -> Lang {
        match code {
            "en" => Lang::En,
            _ => Lang::Nl,
        }
    }

    /// The other language, offered by the language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

macro_rules! texts {
    ($($key:ident => ($nl:expr, $en:expr),)*) => {
        /// A fixed text of the app.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key,)* }

        impl T {
            /// Every key, for tests that check the whole table.
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                let (nl, en) = match self { $(T::$key => ($nl, $en),)* };
                match lang {
                    Lang::Nl => nl,
                    Lang::En => en,
                }
            }
        }
    };
}

texts! {
    AppName => ("Veilig", "Veilig"),
    SwitchLanguage => ("English", "Nederlands"),
    Loading => ("Even geduld…", "One moment…"),
    ContactsTitle => ("Mijn veilige mensen", "My safe people"),
    ContactsIntro => (
        "Dit zijn mensen die je altijd mag bellen of een bericht mag sturen als er iets is.",
        "These are people you can always call or text when something is wrong."
    ),
    ContactsEmpty => (
        "Er staat nog niemand in je lijst. Voeg iemand toe die je vertrouwt.",
        "There is nobody on your list yet. Add someone you trust."
    ),
    AddPerson => ("Persoon toevoegen", "Add a person"),
    Call => ("Bel", "Call"),
    SendMessage => ("Stuur bericht", "Send a message"),
    MessageTo => ("aan", "to"),
    Change => ("Wijzigen", "Change"),
    FormAddTitle => ("Nieuwe veilige persoon", "New safe person"),
    FormEditTitle => ("Veilige persoon wijzigen", "Change safe person"),
    FieldName => ("Naam", "Name"),
    FieldNameHint => ("Bijvoorbeeld: Oma Els", "For example: Grandma Els"),
    FieldRelation => ("Wie is dit voor jou?", "Who is this person to you?"),
    FieldRelationHint => (
        "Bijvoorbeeld: oma, buurvrouw, juf",
        "For example: grandma, neighbour, teacher"
    ),
    FieldPhone => ("Telefoonnummer", "Phone number"),
    FieldPhoneHint => ("Bijvoorbeeld: 06\u{a0}12345678", "For example: 06\u{a0}12345678"),
    FieldNote => ("Notitie (mag leeg blijven)", "Note (you can leave this empty)"),
    FieldNoteHint => ("Bijvoorbeeld: bel na 5 uur", "For example: call after 5 pm"),
    SavePerson => ("Persoon opslaan", "Save person"),
    Saving => ("Bezig met opslaan…", "Saving…"),
    BackWithoutSaving => ("Terug zonder opslaan", "Back without saving"),
    RemovePerson => ("Persoon verwijderen", "Remove person"),
    ConfirmRemoveYes => ("Ja, verwijderen", "Yes, remove"),
    ConfirmRemoveNo => ("Nee, bewaren", "No, keep"),
    FormHasProblems => (
        "Er klopt nog iets niet. Kijk bij de meldingen hieronder.",
        "Something is not right yet. Look at the messages below."
    ),
    NameMissing => ("Vul een naam in.", "Fill in a name."),
    RelationMissing => (
        "Vul in wie deze persoon voor je is, bijvoorbeeld oma of buurvrouw.",
        "Fill in who this person is to you, for example grandma or neighbour."
    ),
    PhoneEmpty => (
        "Vul een telefoonnummer in, zoals 06\u{a0}12345678.",
        "Fill in a phone number, like 06\u{a0}12345678."
    ),
    PhoneMissingZero => (
        "Dit telefoonnummer klopt niet: begin met 0, zoals 06\u{a0}12345678, of met + en de landcode.",
        "This phone number is not right: start with 0, like 06\u{a0}12345678, or with + and the country code."
    ),
    PhoneInternationalLength => (
        "Dit buitenlandse nummer klopt niet: typ + en de landcode, en dan het nummer, zoals +32\u{a0}470\u{a0}12\u{a0}34\u{a0}56.",
        "This foreign number is not right: type + and the country code, then the number, like +32\u{a0}470\u{a0}12\u{a0}34\u{a0}56."
    ),
    HelpTitle => ("Direct hulp", "Help right now"),
    HelpIntro => (
        "Je mag deze nummers altijd bellen. Ook als je twijfelt.",
        "You can always call these numbers. Even if you are not sure."
    ),
    Help112 => ("Als iemand nu in gevaar is.", "When someone is in danger right now."),
    HelpKindertelefoon => (
        "Gratis en anoniem, voor kinderen van 8 tot 18 jaar. Je kunt ook chatten.",
        "Free and anonymous, for children aged 8 to 18. You can also chat."
    ),
    HelpVeiligThuis => (
        "Dag en nacht, als je je zorgen maakt over thuis.",
        "Day and night, when you are worried about home."
    ),
    UpdateAvailable => ("Er is een nieuwe versie van Veilig.", "There is a new version of Veilig."),
    UpdateReload => ("Nieuwe versie laden", "Load the new version"),
    Reload => ("Opnieuw laden", "Reload"),
    StorageUnavailable => (
        "Veilig kan op dit apparaat niets bewaren. Misschien gebruik je privé-browsen. Open Veilig in een gewoon venster.",
        "Veilig cannot store anything on this device. Maybe you are using private browsing. Open Veilig in a normal window."
    ),
    StorageFull => (
        "Het geheugen van dit apparaat is vol. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.",
        "This device's storage is full. Nothing was saved. Free up some space and try again."
    ),
    StorageFailed => (
        "Opslaan is niet gelukt. Wat al bewaard was, is er nog. Probeer het opnieuw.",
        "Saving did not work. What was already saved is still there. Please try again."
    ),
    StorageBlocked => (
        "Veilig is nog open in een ander tabblad of venster. Sluit dat, dan gaat Veilig hier verder.",
        "Veilig is still open in another tab or window. Close it, and Veilig will continue here."
    ),
    StorageVersionChanged => (
        "Er is een nieuwere versie van Veilig geopend in een ander tabblad. Laad deze pagina opnieuw.",
        "A newer version of Veilig was opened in another tab. Please reload this page."
    ),
    StorageTooNew => (
        "Je gegevens zijn bewaard met een nieuwere versie van Veilig. Laad de pagina opnieuw om die versie te krijgen.",
        "Your data was saved by a newer version of Veilig. Reload the page to get that version."
    ),
}

/// "Bel" with the name for screen readers: the accessible name of a call button.
pub fn call_name(lang: Lang, name: &str) -> String {
    format!("{} {name}", T::Call.get(lang))
}

/// What a help line is for.
pub fn help_line_purpose(lang: Lang, kind: HelpLineKind) -> &'static str {
    match kind {
        HelpLineKind::Emergency => T::Help112.get(lang),
        HelpLineKind::Kindertelefoon => T::HelpKindertelefoon.get(lang),
        HelpLineKind::VeiligThuis => T::HelpVeiligThuis.get(lang),
    }
}

/// The message a phone problem shows.
pub fn phone_problem(lang: Lang, error: &PhoneError) -> String {
    match (error, lang) {
        (PhoneError::Empty, _) => T::PhoneEmpty.get(lang).to_string(),
        (PhoneError::InvalidCharacter(c), Lang::Nl) => {
            format!("Een telefoonnummer heeft alleen cijfers. Haal het teken ‘{c}’ weg.")
        }
        (PhoneError::InvalidCharacter(c), Lang::En) => {
            format!("A phone number has only digits. Remove the character ‘{c}’.")
        }
        (PhoneError::MissingLeadingZero, _) => T::PhoneMissingZero.get(lang).to_string(),
        (PhoneError::WrongLengthDutch { digits }, Lang::Nl) => format!(
            "Dit telefoonnummer klopt niet: gebruik 10 cijfers, zoals 06\u{a0}12345678. Nu zijn het er {digits}."
        ),
        (PhoneError::WrongLengthDutch { digits }, Lang::En) => format!(
            "This phone number is not right: use 10 digits, like 06\u{a0}12345678. Now there are {digits}."
        ),
        (PhoneError::WrongLengthInternational { .. }, _) => {
            T::PhoneInternationalLength.get(lang).to_string()
        }
    }
}

/// The message a safe-person form problem shows next to its field.
pub fn safe_person_problem(lang: Lang, problem: &SafePersonProblem) -> String {
    let too_long = |max: &usize| match lang {
        Lang::Nl => format!("Dit mag hoogstens {max} tekens hebben. Maak het wat korter."),
        Lang::En => format!("This can have at most {max} characters. Please make it shorter."),
    };
    match problem {
        SafePersonProblem::NameMissing => T::NameMissing.get(lang).to_string(),
        SafePersonProblem::RelationMissing => T::RelationMissing.get(lang).to_string(),
        SafePersonProblem::Phone(e) => phone_problem(lang, e),
        SafePersonProblem::NameTooLong { max }
        | SafePersonProblem::RelationTooLong { max }
        | SafePersonProblem::NoteTooLong { max } => too_long(max),
    }
}

/// "Weet je zeker dat je Oma Els wilt verwijderen?"
pub fn confirm_remove(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Weet je zeker dat je {name} wilt verwijderen?"),
        Lang::En => format!("Are you sure you want to remove {name}?"),
    }
}

/// Said by the status region after a save.
pub fn saved(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} is opgeslagen."),
        Lang::En => format!("{name} has been saved."),
    }
}

/// Said by the status region after a removal.
pub fn removed(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("{name} is verwijderd."),
        Lang::En => format!("{name} has been removed."),
    }
}

/// Shown when some stored records could not be read (they stay stored, untouched).
pub fn unreadable_records(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Nl, 1) => "Eén bewaarde persoon kon niet worden gelezen. Die blijft bewaard; er is niets verwijderd.".to_string(),
        (Lang::Nl, n) => format!("{n} bewaarde personen konden niet worden gelezen. Ze blijven bewaard; er is niets verwijderd."),
        (Lang::En, 1) => "One saved person could not be read. It stays saved; nothing was deleted.".to_string(),
        (Lang::En, n) => format!("{n} saved people could not be read. They stay saved; nothing was deleted."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_every_language() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), lang);
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("fr"), Lang::Nl);
    }
}
