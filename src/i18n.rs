//! Every user-facing text, in Dutch (the source language) and English.
//!
//! Fixed texts are keys of [`L`] (the lock and its frame, all the family's door holds) or
//! [`T`] (everything else), defined by the `texts!` macro: a key without both languages does
//! not compile. Texts with a value in them (a name, a number) are
//! functions below, written per language with an exhaustive `match`. Domain errors are
//! translated here too, so the domain stays free of wording.

use crate::domain::help_line::{Audience, Hours};
use crate::domain::{HelpLine, HelpLineKind, PhoneError, SafePersonProblem};

pub use crate::domain::Language;

/// The tables of fixed texts. The professional's texts are compiled into the professional's
/// app only: the family's app has no screen that shows them, and they would only weigh on
/// a child's or a parent's phone. A key used by a screen of both apps belongs in `common`.
/// The texts of the lock and the frame around it (what the family's door shows before the
/// data is open, `ui::shell::part`) are a table of their own, [`L`]: a module that looks
/// up any key of a table at run time holds all of that table, so the door holds only this
/// one (`scripts/check-size.mjs` checks that none of `T` is in it).
macro_rules! texts {
    (
        lock { $($lkey:ident => ($lnl:expr, $len:expr),)* }
        common { $($key:ident => ($nl:expr, $en:expr),)* }
        professional { $($pkey:ident => ($pnl:expr, $pen:expr),)* }
    ) => {
        /// A fixed text of the lock and the frame around it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum L {
            $($lkey,)*
        }

        impl L {
            /// Every key, for tests that check the whole table.
            pub const ALL: &'static [L] = &[$(L::$lkey,)*];

            /// The text in `lang`.
            pub fn get(self, lang: Language) -> &'static str {
                let (nl, en) = match self {
                    $(L::$lkey => ($lnl, $len),)*
                };
                lang.pick(nl, en)
            }
        }

        /// A fixed text of the app.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T {
            $($key,)*
            $(#[cfg(feature = "professional")] $pkey,)*
        }

        impl T {
            /// Every key, for tests that check the whole table.
            #[cfg(feature = "professional")]
            pub const ALL: &'static [T] = &[$(T::$key,)* $(T::$pkey,)*];
            /// Every key, for tests that check the whole table.
            #[cfg(not(feature = "professional"))]
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            /// The text in `lang`.
            pub fn get(self, lang: Language) -> &'static str {
                let (nl, en) = match self {
                    $(T::$key => ($nl, $en),)*
                    $(#[cfg(feature = "professional")] T::$pkey => ($pnl, $pen),)*
                };
                lang.pick(nl, en)
            }
        }
    };
}

/// A key of either table.
pub trait Text: Copy {
    /// The text in `lang`.
    fn text(self, lang: Language) -> &'static str;
}

impl Text for T {
    fn text(self, lang: Language) -> &'static str {
        self.get(lang)
    }
}

impl Text for L {
    fn text(self, lang: Language) -> &'static str {
        self.get(lang)
    }
}

/// A key of either table, where one value may be either (a storage error or a screen's own
/// message in the same place).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    T(T),
    L(L),
}

impl Text for Key {
    fn text(self, lang: Language) -> &'static str {
        match self {
            Key::T(key) => key.get(lang),
            Key::L(key) => key.get(lang),
        }
    }
}

impl From<T> for Key {
    fn from(key: T) -> Key {
        Key::T(key)
    }
}

impl From<L> for Key {
    fn from(key: L) -> Key {
        Key::L(key)
    }
}

texts! {
    lock {
        AppName => ("Veilig", "Veilig"),
        SwitchLanguage => ("English", "Nederlands"),
        Loading => ("Even geduld…", "One moment…"),
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
        StorageLocked => ("Het is op slot gegaan. Open het opnieuw met je geheime code.", "It has locked. Open it again with your secret code."),
        WrongSecret => ("Deze code klopt niet.", "This code is not right."),
        SecretTitle => ("Kies een geheime code", "Choose a secret code"),
        SecretIntro => (
            "Met deze code open je Veilig. Zo kan niemand anders lezen wat erin staat. Kies 6 cijfers of meer, of een zin.",
            "You open Veilig with this code. That way nobody else can read what is in it. Choose 6 digits or more, or a sentence."
        ),
        SecretIntroProfessional => (
            "Met deze code open je Veilig. Op dit apparaat staan de plannen van alle gezinnen waar je voor werkt. Kies 8 cijfers of meer, of een zin.",
            "You open Veilig with this code. This device holds the plans of every family you work for. Choose 8 digits or more, or a sentence."
        ),
        SecretLonger => (
            "Langer is veiliger, zeker als je de telefoon met anderen deelt.",
            "Longer is safer, especially if you share the phone with others."
        ),
        SecretNoBackDoor => (
            "Onthoud de code goed. Niemand kan hem terugvinden: ben je hem kwijt, dan kun je alleen alles wissen en opnieuw beginnen.",
            "Remember the code well. Nobody can recover it: if you lose it, you can only erase everything and start again."
        ),
        SecretField => ("Geheime code", "Secret code"),
        SecretRepeat => ("Nog een keer dezelfde code", "The same code again"),
        SetSecret => ("Code instellen", "Set the code"),
        Securing => ("Even geduld: Veilig wordt op slot gezet…", "One moment: Veilig is being locked…"),
        SecretTooShort => (
            "Kies minstens 6 cijfers, of een zin van minstens 8 tekens.",
            "Choose at least 6 digits, or a sentence of at least 8 characters."
        ),
        SecretTooShortProfessional => (
            "Op het apparaat van een hulpverlener: kies minstens 8 cijfers, of een zin van minstens 8 tekens.",
            "On a professional's device: choose at least 8 digits, or a sentence of at least 8 characters."
        ),
        StrongerSecretTitle => ("Kies een sterkere code", "Choose a stronger code"),
        StrongerSecretWhy => (
            "Op dit apparaat staan de plannen van alle gezinnen waar je voor werkt. Een code van 6 of 7 cijfers is daarvoor te kort: met een kopie van de telefoon kan een computer hem snel raden. Kies 8 cijfers of meer, of een zin. Daarna werkt alleen de nieuwe code.",
            "This device holds the plans of every family you work for. A code of 6 or 7 digits is too short for that: with a copy of the phone, a computer can guess it quickly. Choose 8 digits or more, or a sentence. After that, only the new code works."
        ),
        SecretTooEasy => (
            "Deze code is te makkelijk te raden, zoals 123456 of 111111. Kies cijfers zonder patroon.",
            "This code is too easy to guess, like 123456 or 111111. Choose digits without a pattern."
        ),
        SecretBirthDate => (
            "Dit is een geboortedatum uit het plan. Iemand die je kent, kan die raden. Kies een andere code.",
            "This is a birth date from the plan. Someone who knows you can guess it. Choose another code."
        ),
        SecretMismatch => ("De twee codes zijn niet hetzelfde. Typ ze nog een keer.", "The two codes are not the same. Type them again."),
        StartDamaged => (
            "Een deel van wat op dit apparaat bewaard is, kan niet worden gelezen. Het is niet gewist. Je ziet hier wat wel te lezen is.",
            "Part of what is kept on this device cannot be read. It has not been erased. You see here what can be read."
        ),
        // Neutral (issue 15): the lock screen says nothing of what it guards.
        LockedTitle => ("Op slot", "Locked"),
        LockAbout => ("Wat doet de code?", "What does the code do?"),
        LockAboutText => (
            "Zonder de code kan niemand lezen wat hier bewaard is. Ook niet wie de telefoon pakt, of er een kopie van maakt. Een korte code kan een computer wel raden als iemand zo'n kopie heeft. Een lange code of een zin is veel sterker. De code helpt niet als iemand meekijkt terwijl je typt, of de telefoon pakt terwijl hij open is. De code verbergt ook niet dat dit op de telefoon staat.",
            "Without the code, nobody can read what is kept here. Not someone who picks up the phone, and not someone who makes a copy of it. A computer can guess a short code if someone has such a copy. A long code or a sentence is much stronger. The code does not help if someone watches while you type, or picks up the phone while it is open. The code also does not hide that this is on the phone."
        ),
        Unlock => ("Openen", "Open"),
        Unlocking => ("Even geduld…", "One moment…"),
        ForgotTitle => ("Code vergeten?", "Forgot the code?"),
        ForgotText => (
            "Niemand kan de code terugvinden, ook je hulpverlener niet. Je kunt alles op dit apparaat wissen en opnieuw beginnen. Je hulpverlener kan het plan daarna opnieuw op deze telefoon zetten.",
            "Nobody can recover the code, not even your professional. You can erase everything on this device and start again. Your professional can then put the plan on this phone again."
        ),
        WipeAll => ("Alles op dit apparaat wissen", "Erase everything on this device"),
        WipeConfirm => (
            "Weet je het zeker? Alles van Veilig op dit apparaat wordt gewist: plannen, veilige mensen en alles wat is ingevuld. Dit kan niet ongedaan worden gemaakt.",
            "Are you sure? Everything of Veilig on this device is erased: plans, safe people and everything filled in. This cannot be undone."
        ),
        WipeYes => ("Ja, alles wissen", "Yes, erase everything"),
        ErasedTitle => ("Alles is gewist", "Everything is erased"),
        ErasedText => (
            "Veilig staat niet meer op dit apparaat. Sluit dit tabblad. Wil je Veilig later weer gebruiken? Open het dan met internet.",
            "Veilig is no longer on this device. Close this tab. Want to use Veilig again later? Then open it with internet."
        ),
        WipeNo => ("Nee, niet wissen", "No, do not erase"),
        LockNow => ("Op slot zetten", "Lock"),
        PasskeyLost => (
            "Gaat het slot van je telefoon steeds niet open? Dan kan deze telefoon het misschien niet meer geven, bijvoorbeeld na een reset. Zonder dat slot gaat Veilig niet open, ook niet met de goede code.",
            "Does your phone's lock keep failing? Then this phone may no longer be able to give it, for example after a reset. Without that lock, Veilig does not open, not even with the right code."
        ),
        PasskeyNotOpened => (
            "Het slot van je telefoon ging niet open. Probeer het nog een keer.",
            "Your phone's lock did not open. Try again."
        ),
        PasskeyLockHint => (
            "Na je code vraagt je telefoon om je vingerafdruk, gezicht of schermslot.",
            "After your code, your phone asks for your fingerprint, face or screen lock."
        ),
        NewSecret => ("Nieuwe geheime code", "New secret code"),
        ChangeSecret => ("Code veranderen", "Change the code"),
        QuickExit => ("Snel weg", "Quick exit"),
        StorageTooNew => (
            "Je gegevens zijn bewaard met een nieuwere versie van Veilig. Laad de pagina opnieuw om die versie te krijgen.",
            "Your data was saved by a newer version of Veilig. Reload the page to get that version."
        ),
        SettingsTitle => ("Instellingen", "Settings"),
        HomeFailed => (
            "Veilig kon niet helemaal openen. Daarvoor is één keer internet nodig. Maak verbinding en vul je code opnieuw in. Er is niets kwijt.",
            "Veilig could not open all the way. That needs internet once. Connect and enter your code again. Nothing is lost."
        ),
        SwitchedToProfessional => (
            "Veilig is nu klaar voor je werk als hulpverlener. Vul je geheime code nog één keer in.",
            "Veilig is now ready for your work as a professional. Enter your secret code once more."
        ),
    }
    common {
        NavMenu => ("Onderdelen", "Sections"),
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
            "Je mag bellen, ook als je twijfelt.",
            "You may call, even if you are not sure."
        ),
        Help112 => ("Als iemand nu in gevaar is.", "When someone is in danger right now."),
        HelpKindertelefoon => (
            "Om te praten over wat je dwarszit.",
            "To talk about anything that bothers you."
        ),
        HelpVeiligThuis => (
            "Als je je zorgen maakt over thuis. Ook om eerst advies te vragen.",
            "When you are worried about home. Also just to ask for advice."
        ),
        HelpSuicidePrevention => (
            "Als je denkt aan zelfdoding, of je zorgen maakt om iemand.",
            "When you think about suicide, or are worried about someone."
        ),
        HelpFree => ("Gratis", "Free"),
        HelpFreeAnonymous => (
            "Gratis, en je hoeft je naam niet te zeggen",
            "Free, and you do not have to give your name"
        ),
        HelpDayAndNight => ("Dag en nacht", "Day and night"),
        HelpChat => (
            "Chatten kan ook, op hun website (met internet)",
            "You can also chat, on their website (with internet)"
        ),
        HelpForEveryone => ("Voor iedereen", "For everyone"),
        HelpForChildrenAndAdults => (
            "Voor kinderen en voor volwassenen",
            "For children and for adults"
        ),
        LoadDemo => ("Voorbeeldgezin laden", "Load the example family"),
        StatusDraft => ("Concept", "Draft"),
        StatusExpired => ("Verlopen", "Expired"),
        SectionAgreements => ("Afspraken", "Agreements"),
        KindChild => ("Kind (jeugdige)", "Child (young person)"),
        KindCarer => ("Ouder of verzorger", "Parent or carer"),
        KindNetwork => ("Netwerk", "Network"),
        KindProfessional => ("Professional", "Professional"),
        BirthDateMissing => ("Vul de geboortedatum van het kind in.", "Fill in the child's date of birth."),
        BirthDateInFuture => ("Deze geboortedatum ligt in de toekomst.", "This date of birth is in the future."),
        DevelopmentalAgeInvalid => ("Vul een leeftijd in van 0 tot 18 jaar.", "Fill in an age from 0 to 18 years."),
        EmailInvalid => (
            "Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@voorbeeld.nl.",
            "This email address is not right. An email address looks like name@example.nl."
        ),
        SituationDailyLife => ("Dagelijks leven", "Daily life"),
        SituationBirthdays => ("Verjaardagen en feestjes", "Birthdays and parties"),
        SituationAlcohol => ("Alcohol en drugs", "Alcohol and drugs"),
        SituationVisitors => ("Bezoek en oppas", "Visitors and babysitting"),
        SituationOwn => ("Eigen situatie van het gezin", "The family's own situation"),
        AreaSafety => ("Veiligheid", "Safety"),
        AreaParenting => ("Opvoedvaardigheden", "Parenting skills"),
        AreaBasicNeeds => ("Basisbehoeften van het kind", "The child's basic needs"),
        AreaOwnProblems => ("Eigen problemen van de ouders", "The parents' own problems"),
        AreaRecovery => ("Herstel van het kind", "The child's recovery"),
        AreaOther => ("Anders", "Other"),
        GoalNotStarted => ("Nog niet begonnen", "Not started"),
        GoalInProgress => ("Bezig", "In progress"),
        GoalAchieved => ("Bereikt", "Achieved"),
        GoalStopped => ("Gestopt", "Stopped"),
        // Erasing everything, from the lock or the settings.
        EraseTitle => ("Alles wissen", "Erase everything"),
        EraseQuestion => (
            "Weet je het zeker? Dit haalt alles van Veilig van dit apparaat: je geheime code, alles wat is ingevuld of ontvangen (veilige mensen, plannen, check-ins, bezoeken), je instellingen en Veilig zelf. Daarna werkt Veilig pas weer als je het opent met internet. Dit kun je niet terugdraaien.",
            "Are you sure? This takes everything of Veilig off this device: your secret code, everything filled in or received (safe people, plans, check-ins, visits), your settings and Veilig itself. After that, Veilig only works again when you open it with internet. This cannot be undone."
        ),
        IdleLabel => ("Op slot na zoveel minuten niet gebruiken", "Lock after this many minutes without use"),
        PasskeyTitle => ("Extra slot: je telefoon", "Extra lock: your phone"),
        PasskeyIntro => (
            "Veilig kan naast je code ook het slot van deze telefoon vragen: je vingerafdruk, je gezicht of je schermslot. Wie een kopie van de telefoon maakt, kan Veilig dan niet openen door alleen je code te raden.",
            "Besides your code, Veilig can also ask for this phone's lock: your fingerprint, your face or your screen lock. Then someone who copies the phone cannot open Veilig by guessing your code alone."
        ),
        PasskeyOn => (
            "Het slot van je telefoon staat aan. Veilig vraagt je code en daarna het slot van je telefoon.",
            "Your phone's lock is on. Veilig asks for your code and then for your phone's lock."
        ),
        PasskeyWarning => (
            "Let op: je telefoon bewaart hiervoor een toegangssleutel (passkey) van deze website. Die staat in de lijst met wachtwoorden van je telefoon, en soms ook op je andere apparaten met hetzelfde account. Kan je telefoon het slot niet meer geven, bijvoorbeeld na een reset, dan gaat Veilig niet meer open. Dan kun je alleen alles wissen en opnieuw beginnen.",
            "Note: for this, your phone keeps a passkey for this website. It is in your phone's list of passwords, and sometimes also on your other devices with the same account. If your phone can no longer give the lock, for example after a reset, Veilig will not open any more. Then you can only erase everything and start again."
        ),
        PasskeyCode => ("Je code", "Your code"),
        PasskeyTurnOn => ("Slot van je telefoon aanzetten", "Turn on your phone's lock"),
        PasskeyTurnOff => ("Slot van je telefoon uitzetten", "Turn off your phone's lock"),
        PasskeyTurnedOn => (
            "Klaar. Vanaf nu vraagt Veilig je code en het slot van je telefoon.",
            "Done. From now on Veilig asks for your code and your phone's lock."
        ),
        PasskeyTurnedOff => ("Klaar. Vanaf nu vraagt Veilig alleen je code.", "Done. From now on Veilig asks for your code only."),
        PasskeyUnsupported => (
            "Deze telefoon kan dit slot niet geven. Veilig blijft werken met alleen je code.",
            "This phone cannot give this lock. Veilig keeps working with your code only."
        ),
        PasskeyRefused => (
            "Het slot van je telefoon ging niet open. In Veilig is niets veranderd. Probeer het nog een keer.",
            "Your phone's lock did not open. Nothing has changed in Veilig. Try again."
        ),
        PasskeyWorking => (
            "Even geduld: je telefoon vraagt om je vingerafdruk, gezicht of schermslot…",
            "One moment: your phone asks for your fingerprint, face or screen lock…"
        ),
        ChangeSecretTitle => ("Geheime code veranderen", "Change the secret code"),
        CurrentSecret => ("Je huidige code", "Your current code"),
        SecretChanged => ("Je nieuwe code werkt nu.", "Your new code works now."),
        // Quick exit and safe use.
        SafeUseTitle => ("Veilig gebruik", "Using Veilig safely"),
        SafeUseQuickExit => (
            "Moet Veilig snel van je scherm? Druk op Snel weg, of druk drie keer op Shift. Veilig verdwijnt meteen en je ziet een pagina over het weer.",
            "Need Veilig off your screen fast? Press Quick exit, or press Shift three times. Veilig disappears at once and you see a page about the weather."
        ),
        SafeUseDevice => (
            "Veilig bewaart alles alleen op dit apparaat. Er gaat niets via internet naar anderen, en Veilig houdt niet bij wat je doet.",
            "Veilig keeps everything on this device only. Nothing goes to others over the internet, and Veilig does not track what you do."
        ),
        SafeUseLock => (
            "Veilig gaat op slot als je op het slotje drukt, als je het een paar minuten niet gebruikt, en als je langer dan 30 seconden iets anders op je telefoon doet. Daarna open je het alleen met je geheime code. Alles wat Veilig bewaart, is versleuteld.",
            "Veilig locks when you press the padlock, when you do not use it for a few minutes, and when you do something else on your phone for more than 30 seconds. Then only your secret code opens it. Everything Veilig keeps is encrypted."
        ),
        SafeUseOwnPhone => (
            "Gebruik als het kan een telefoon die alleen van jou is, en kies een code die niemand kan raden.",
            "If you can, use a phone that is only yours, and choose a code nobody can guess."
        ),
        SafeUseHistory => (
            "Je browser onthoudt in zijn geschiedenis dat Veilig is geopend. Wat er in Veilig staat, staat daar niet. Veilig kan die geschiedenis niet wissen, jij wel. Android (Chrome): tik op de drie puntjes, dan Geschiedenis, en haal Veilig weg. iPhone (Safari): tik op het boekje, dan op het klokje, veeg Veilig naar links en tik op Verwijder.",
            "Your browser's history remembers that Veilig was opened. What is in Veilig is not in it. Veilig cannot erase that history, but you can. Android (Chrome): tap the three dots, then History, and remove Veilig. iPhone (Safari): tap the book, then the clock, swipe Veilig to the left and tap Delete."
        ),
        SafeUseClearing => (
            "Als je de gegevens van deze website in je browser wist, is alles van Veilig weg van dit apparaat.",
            "If you clear this website's data in your browser, everything in Veilig is gone from this device."
        ),
        StorageKept => ("Je browser bewaart de gegevens van Veilig, ook als de telefoon vol raakt.", "Your browser keeps Veilig's data, even when the phone gets full."),
        StorageMayBeCleared => (
            "Je browser kan de gegevens van Veilig opruimen als de telefoon vol raakt. Installeer Veilig op je startscherm om dat te voorkomen.",
            "Your browser may clear Veilig's data when the phone gets full. Install Veilig on your home screen to prevent that."
        ),
        InstallAndroid => (
            "Android (Chrome): tik op de drie puntjes en kies App installeren of Toevoegen aan startscherm.",
            "Android (Chrome): tap the three dots and choose Install app or Add to home screen."
        ),
        InstallIphone => (
            "iPhone (Safari): tik op Deel, het vierkantje met de pijl, en kies Zet op beginscherm. Open Veilig daarna vanaf het beginscherm.",
            "iPhone (Safari): tap Share, the square with the arrow, and choose Add to Home Screen. Then open Veilig from the home screen."
        ),
        StorageUnknown => (
            "Deze browser zegt niet of hij de gegevens van Veilig bewaart. Installeer Veilig op je startscherm, dan is de kans het grootst dat alles blijft.",
            "This browser does not say whether it keeps Veilig's data. Install Veilig on your home screen: that gives the best chance that everything stays."
        ),
        ImportEmpty => ("Dit bestand is leeg. Er is niets veranderd.", "This file is empty. Nothing was changed."),
        ImportTooLarge => (
            "Dit bestand is te groot voor een veiligheidsplan. Er is niets veranderd.",
            "This file is too large to be a safety plan. Nothing was changed."
        ),
        ImportNotOurs => (
            "Dit is geen bestand van Veilig. Kies een bestand dat met ‘Exporteren naar bestand’ is gemaakt. Er is niets veranderd.",
            "This is not a Veilig file. Choose a file made with ‘Export to a file’. Nothing was changed."
        ),
        ImportNewer => (
            "Dit bestand is gemaakt met een nieuwere versie van Veilig. Laad de nieuwste versie en probeer het opnieuw. Er is niets veranderd.",
            "This file was made by a newer version of Veilig. Load the newest version and try again. Nothing was changed."
        ),
        ImportDamaged => (
            "Dit bestand is beschadigd en kan niet worden gelezen. Er is niets veranderd.",
            "This file is damaged and cannot be read. Nothing was changed."
        ),
        // Who uses this device.
        SetupTitle => ("Wie gebruikt dit apparaat?", "Who uses this device?"),
        SetupIntro => (
            "Kies wie je bent. Dan laat Veilig alleen zien wat voor jou belangrijk is. Je kunt dit later veranderen.",
            "Choose who you are. Then Veilig only shows what matters to you. You can change this later."
        ),
        RoleYoungPerson => ("Ik ben een kind of jongere", "I am a child or young person"),
        RoleYoungPersonHint => ("Je veilige mensen, uitleg en hulp", "Your safe people, explanations and help"),
        RoleParent => ("Ik ben ouder of verzorger", "I am a parent or carer"),
        RoleParentHint => ("De afspraken uit jullie veiligheidsplan", "The agreements in your safety plan"),
        RoleProfessional => ("Ik ben hulpverlener", "I am a professional"),
        RoleProfessionalHint => ("Plannen maken, bekijken en evalueren", "Draw up, view and evaluate plans"),
        WhoAreYou => ("Wie ben jij?", "Who are you?"),
        WhoAreYouHint => ("Kies je naam uit het plan.", "Choose your name from the plan."),
        WhichFamily => ("Welk gezin?", "Which family?"),
        WhichFamilyHint => ("Kies het gezin van jullie plan.", "Choose the family of your plan."),
        NotInList => ("Mijn naam staat er niet bij", "My name is not on the list"),
        RatherNotSay => ("Dat zeg ik liever niet", "I would rather not say"),
        HowOldAreYou => ("Hoe oud ben je?", "How old are you?"),
        HowOldHint => ("Dan past de uitleg bij jou.", "Then the explanations will suit you."),
        Band4To7 => ("4 tot 8 jaar", "4 to 7 years"),
        Band8To11 => ("8 tot 12 jaar", "8 to 11 years"),
        Band12To15 => ("12 tot 16 jaar", "12 to 15 years"),
        Band16Plus => ("16 jaar of ouder", "16 or older"),
        NoPlanYet => (
            "Er staat nog geen plan op dit apparaat. Heeft je hulpverlener het plan voor jou klaar? Kies dan Plan ontvangen.",
            "There is no plan on this device yet. Does your professional have the plan ready for you? Then choose Receive a plan."
        ),
        ReceiveTitle => ("Plan ontvangen", "Receive a plan"),
        ReceiveIntro => (
            "Laat je hulpverlener deze code scannen. Zo kan je hulpverlener jouw deel van het plan veilig op deze telefoon zetten. Alleen deze telefoon kan het openen.",
            "Let your professional scan this code. Then your professional can safely put your part of the plan on this phone. Only this phone can open it."
        ),
        ReceiveCodeLabel => ("Koppelcode van deze telefoon", "Pairing code of this phone"),
        ReceiveSetting => ("Plan van je hulpverlener", "Plan from your professional"),
        QrMaking => ("De code wordt gemaakt…", "Making the code…"),
        QrUnavailable => (
            "Codes maken en lezen lukt nu niet. Open Veilig één keer met internet. Daarna werkt het ook zonder.",
            "Making and reading codes does not work right now. Open Veilig once with internet. After that it also works without."
        ),
        CameraStarting => ("De camera gaat aan…", "The camera is starting…"),
        ScanIntro => (
            "Houd de camera voor de code op het andere scherm.",
            "Hold the camera in front of the code on the other screen."
        ),
        CameraView => ("Camerabeeld", "Camera view"),
        CameraRefused => (
            "Veilig mag de camera niet gebruiken. Geef toestemming voor de camera in de instellingen van je browser. Probeer het dan opnieuw.",
            "Veilig may not use the camera. Allow the camera in your browser's settings. Then try again."
        ),
        CameraMissing => (
            "Veilig kan geen camera vinden op deze telefoon. Scannen kan alleen met een camera: gebruik een telefoon of tablet met een camera.",
            "Veilig cannot find a camera on this phone. Scanning needs a camera: use a phone or tablet that has one."
        ),
        CameraTryAgain => ("Opnieuw proberen", "Try again"),
        BackOneStep => ("Terug", "Back"),
        // Settings.
        UsedBy => ("Dit apparaat wordt gebruikt door", "This device is used by"),
        ChangeUse => ("Ander gebruik kiezen", "Choose another use"),
        ChangeUseConfirm => (
            "Weet je het zeker? Je kiest dan opnieuw wie dit apparaat gebruikt. Er wordt niets gewist.",
            "Are you sure? You will choose again who uses this device. Nothing is deleted."
        ),
        ChangeUseYes => ("Ja, opnieuw kiezen", "Yes, choose again"),
        ChangeUseNo => ("Nee, zo laten", "No, leave it"),
        // The young person's app.
        NavSafePeople => ("Veilige mensen", "Safe people"),
        NavLearn => ("Uitleg", "Learn"),
        NavFeeling => ("Mijn gevoel", "How I feel"),
        FromYourPlan => ("Uit jouw plan", "From your plan"),
        YourOwnPeople => ("Zelf toegevoegd", "Added by you"),
        NoPhone => ("Geen telefoonnummer bekend", "No phone number known"),
        UnsafeTitle => ("Als je je niet veilig voelt", "If you do not feel safe"),
        ReadAloud => ("Lees voor", "Read aloud"),
        ReadAloudStop => ("Stop met voorlezen", "Stop reading"),
        ReadAloudNoSpeech => (
            "Deze telefoon kan niet voorlezen. De tekst blijft hier staan. Je kunt hem ook samen met iemand lezen.",
            "This phone cannot read aloud. The text stays here. You can also read it together with someone."
        ),
        ReadAloudNoVoice => (
            "Deze telefoon heeft geen Nederlandse stem om voor te lezen. De tekst blijft hier staan. Je kunt hem ook samen met iemand lezen.",
            "This phone has no English voice to read aloud. The text stays here. You can also read it together with someone."
        ),
        ReadAloudFailed => (
            "Voorlezen lukt nu niet. De tekst blijft hier staan.",
            "Reading aloud does not work right now. The text stays here."
        ),
        StepSafePlace => ("Ga naar een veilige plek.", "Go to a safe place."),
        StepEmergency => ("Is er nu gevaar? Bel 112.", "Is someone in danger now? Call 112."),
        LearnTitle => ("Uitleg voor jou", "Explanations for you"),
        LearnIntro => ("Kies waar je meer over wilt weten.", "Choose what you want to know more about."),
        BackToLearn => ("Terug naar uitleg", "Back to explanations"),
        NextPage => ("Verder", "Next"),
        PreviousPage => ("Vorige", "Previous"),
        YourSafePeople => ("Jouw veilige mensen", "Your safe people"),
        CheckInTitle => ("Hoe veilig voel ik me?", "How safe do I feel?"),
        CheckInIntro => (
            "Kies een cijfer. 0 is helemaal niet veilig, 10 is helemaal veilig. Alleen jij ziet dit, op dit apparaat. Jij kiest of je het deelt met je hulpverlener.",
            "Choose a number. 0 is not safe at all, 10 is completely safe. Only you see this, on this device. You choose whether to share it with your professional."
        ),
        CheckInShare => ("Delen met je hulpverlener", "Share with your professional"),
        CheckInShared => (
            "Gedeeld. Je hulpverlener ziet dit als je het stuurt.",
            "Shared. Your professional sees this once you send it."
        ),
        CheckInSendTitle => ("Gedeelde check-ins sturen", "Send shared check-ins"),
        CheckInScore => ("Hoe veilig voel je je nu?", "How safe do you feel now?"),
        CheckInWords => ("Wil je er iets over zeggen? (mag leeg blijven)", "Do you want to say something about it? (optional)"),
        CheckInSave => ("Bewaren", "Save"),
        CheckInSaved => ("Bewaard. Goed dat je het invulde.", "Saved. Good that you filled it in."),
        CheckInNoScore => ("Kies een cijfer van 0 tot 10.", "Choose a number from 0 to 10."),
        CheckInTooLong => ("Je tekst is te lang. Maak hem wat korter.", "Your text is too long. Please make it a bit shorter."),
        CheckInHistory => ("Eerder ingevuld", "Filled in before"),
        CheckInNone => ("Je hebt nog niets ingevuld.", "You have not filled anything in yet."),
        CheckInLow => (
            "Voel je je niet veilig? Bel of app een van je veilige mensen. Is er nu gevaar? Bel 112.",
            "Not feeling safe? Call or text one of your safe people. Is someone in danger now? Call 112."
        ),
        // The parent's app.
        ParentTitle => ("Ons veiligheidsplan", "Our safety plan"),
        ParentIntro => (
            "Dit hebben jullie samen afgesproken om de kinderen veilig te houden.",
            "This is what you agreed together to keep the children safe."
        ),
        PlanNotAgreedYet => (
            "Dit plan is nog niet afgesproken. Het kan nog veranderen.",
            "This plan has not been agreed yet. It may still change."
        ),
        NoAgreementsYet => ("Er staan nog geen afspraken in het plan.", "There are no agreements in the plan yet."),
        WhoDoesIt => ("Wie", "Who"),
        WatchersTitle => ("Wie let op de veiligheid", "Who watches over safety"),
        StandInsTitle => ("Wie springt bij als het niet lukt", "Who steps in when it gets too much"),
        StandInsIntro => (
            "Als jij ziek bent, te veel stress hebt of er niet bent, kun je deze mensen vragen.",
            "If you are ill, too stressed or away, you can ask these people."
        ),
        CoordinatorTitle => ("Regie: wie de hulp coördineert", "Coordinator: who coordinates the help"),
        PeriodTitle => ("Hoe lang geldt het plan?", "How long does the plan apply?"),
        PlanFrom => ("Geldt vanaf", "Applies from"),
        PlanUntil => ("Geldt tot", "Applies until"),
        NextEvaluationLabel => ("Volgende evaluatie", "Next evaluation"),
        NotSet => ("Nog niet ingevuld", "Not filled in yet"),
        ParentGoalsTitle => ("Waar jullie hulp bij krijgen", "What you are getting help with"),
        NoneYet => ("Nog niets ingevuld.", "Nothing filled in yet."),
        StrengthsTitle => ("Wat goed gaat", "What goes well"),
        FamilyHelpTitle => ("Hulp voor jullie gezin", "Help for your family"),
        FamilyHelpIntro => (
            "Voor hulp aan een kind jonger dan 16 is ook jouw toestemming nodig. Heb je een vraag over de hulp? Bel de persoon die de hulp regelt.",
            "Help for a child younger than 16 needs your consent too. Do you have a question about the help? Call the person who organises the help."
        ),
        InterventionsTitle => ("Hulp en begeleiding", "Help and support"),
        TreatmentsTitle => ("Behandeling", "Treatment"),
        ChildrenTitle => ("De kinderen", "The children"),
        ChildSafePeople => ("Veilige mensen", "Safe people"),
        ExplainsPlan => ("Legt het plan uit", "Explains the plan"),
        NavParentPlan => ("Ons plan", "Our plan"),
        NavSupport => ("Steun", "Support"),
        SupportTitle => ("Steun voor ouders", "Support for parents"),
        SupportIntro => (
            "Korte uitleg voor als het zwaar is, en wie je kunt bellen.",
            "Short explanations for when things are hard, and who you can call."
        ),
        BackToSupport => ("Terug naar steun", "Back to support"),
        TextsNotLoaded => (
            "De uitleg kon niet worden geladen. Open de app één keer met internet; daarna werkt de uitleg ook zonder.",
            "The explanations could not be loaded. Open the app once with internet; after that they work without it too."
        ),
        AcknowledgeIntro => (
            "Laat weten wat je van het plan vindt. Je hulpverlener ziet het als je het stuurt.",
            "Let your professional know what you think of the plan. They see it once you send it."
        ),
        NoPlanForParent => (
            "Er staat nog geen plan op dit apparaat. Kies Plan ontvangen en laat je hulpverlener het plan op deze telefoon zetten.",
            "There is no plan on this device yet. Choose Receive a plan and let your professional put the plan on this phone."
        ),
        // The hand-over: packages in and out (issue 13).
        PackageScan => ("Code scannen", "Scan a code"),
        PackageScanStop => ("Stoppen met scannen", "Stop scanning"),
        PackageScanIncomplete => (
            "Nog niet alle stukjes waren binnen. Er is niets veranderd. Scan de codes nog een keer.",
            "Not all pieces had come in yet. Nothing has changed. Scan the codes again."
        ),
        PackageOpenFile => ("Bestand openen", "Open a file"),
        PackageOpenFileHint => (
            "Heb je een bestand gekregen? Open het hier. Alleen deze telefoon kan het lezen.",
            "Were you given a file? Open it here. Only this phone can read it."
        ),
        PackageTooLarge => (
            "Dit bestand is te groot. Het komt niet van Veilig. Er is niets veranderd.",
            "This file is too large. It does not come from Veilig. Nothing has changed."
        ),
        PackageFileUnreadable => (
            "Dit bestand kan niet worden gelezen. Probeer het nog een keer. Er is niets veranderd.",
            "This file cannot be read. Try again. Nothing has changed."
        ),
        PackageShowCode => (
            "Laat de andere telefoon deze code scannen.",
            "Let the other phone scan this code."
        ),
        PackageCodeLabel => ("Code voor de andere telefoon", "Code for the other phone"),
        PackageShowCodes => (
            "Laat de andere telefoon deze codes scannen. Ze wisselen steeds. Houd de camera erop tot de andere telefoon zegt dat alles binnen is.",
            "Let the other phone scan these codes. They keep changing. Keep the camera on them until the other phone says everything is in."
        ),
        PackageCodesLabel => ("Codes voor de andere telefoon", "Codes for the other phone"),
        CodesPause => ("Pauzeren", "Pause"),
        CodesResume => ("Verder", "Resume"),
        PackageShare => ("Delen", "Share"),
        PackageSave => ("Opslaan als bestand", "Save as a file"),
        PackageSaved => ("Het bestand staat in je downloads.", "The file is in your downloads."),
        PackageFileHint => (
            "Alleen de telefoon waar het voor is kan het bestand openen. Gooi het bestand daarna weg uit je downloads en chats.",
            "Only the phone it is meant for can open the file. Afterwards, delete the file from your downloads and chats."
        ),
        PackageSaveFailed => (
            "Het bestand kon niet worden gemaakt. Probeer het nog een keer.",
            "The file could not be made. Try again."
        ),
        RefusedMalformed => (
            "Dit is geen pakket van Veilig, of het is beschadigd. Er is niets veranderd.",
            "This is not a Veilig package, or it is damaged. Nothing has changed."
        ),
        RefusedNewer => (
            "Dit komt van een nieuwere versie van Veilig. Werk Veilig eerst bij. Er is niets veranderd.",
            "This comes from a newer version of Veilig. Update Veilig first. Nothing has changed."
        ),
        RefusedNotForThisPhone => (
            "Dit is voor een andere telefoon. Er is niets veranderd.",
            "This is meant for another phone. Nothing has changed."
        ),
        RefusedWrongKind => (
            "Dit is een ander soort pakket dan hier hoort. Er is niets veranderd.",
            "This is another kind of package than belongs here. Nothing has changed."
        ),
        RefusedForged => (
            "Dit pakket is veranderd nadat het gemaakt is. Het wordt niet gebruikt. Er is niets veranderd.",
            "This package was changed after it was made. It is not used. Nothing has changed."
        ),
        RefusedUnknownSender => (
            "Dit komt van een telefoon die niet aan deze telefoon gekoppeld is. Er is niets veranderd.",
            "This comes from a phone that is not paired with this phone. Nothing has changed."
        ),
        RefusedOld => (
            "Dit is al eerder ontvangen, of er is al iets nieuwers. Er is niets veranderd.",
            "This was received before, or there is something newer already. Nothing has changed."
        ),
        RefusedOtherPerson => (
            "Dit is voor iemand anders dan wie deze telefoon gebruikt. Er is niets veranderd.",
            "This is for someone else than who uses this phone. Nothing has changed."
        ),
        RefusedPlainFile => (
            "Dit is een oud plan-bestand. Zo'n bestand opent Veilig niet meer op de telefoon van een gezin, want iedereen kan het lezen. Gooi het weg. Vraag je hulpverlener om het plan met Plan ontvangen op deze telefoon te zetten.",
            "This is an old plan file. Veilig no longer opens such a file on a family member's phone, because anyone can read it. Delete it. Ask your professional to put the plan on this phone with Receive a plan."
        ),
        RefusedProfessionalDevice => (
            "Dit is een plan voor de telefoon van een gezin, niet voor een hulpverlener.",
            "This is a plan for a family member's phone, not for a professional."
        ),
        ReceivePlanTitle => ("Het plan van je hulpverlener", "The plan from your professional"),
        ReceivePlanIntro => (
            "Heeft je hulpverlener het plan klaar? Scan de code op de telefoon van je hulpverlener, of open het bestand dat je kreeg.",
            "Is your professional's plan ready? Scan the code on your professional's phone, or open the file you were given."
        ),
        NewProfessional => (
            "Dit plan komt van een nieuwe hulpverlener",
            "This plan comes from a new professional"
        ),
        PreviewTitle => ("Kijk eerst wat er verandert", "First look at what changes"),
        PreviewCheckCode => (
            "Dit plan komt van een hulpverlener die nog niet op deze telefoon staat. Typ de controlecode die op de telefoon van je hulpverlener staat. Zo weet je zeker dat het plan van je hulpverlener komt.",
            "This plan comes from a professional who is not on this phone yet. Type the check code shown on your professional's phone. That way you know for sure the plan comes from your professional."
        ),
        CheckCodeField => ("Controlecode", "Check code"),
        CheckCodeWrong => (
            "Deze code klopt niet. Kijk samen met je hulpverlener naar de code. Komt dit plan niet van je hulpverlener? Sla het dan niet op.",
            "This code is not right. Look at the code together with your professional. Does this plan not come from your professional? Then do not save it."
        ),
        PreviewNothing => ("Er verandert niets.", "Nothing changes."),
        PreviewAccept => ("Plan opslaan", "Save the plan"),
        PreviewReject => ("Niet opslaan", "Do not save"),
        PlanSavedHere => ("Het plan staat nu op deze telefoon.", "The plan is now on this phone."),
        ToMyPlan => ("Naar het plan", "To the plan"),
        DeleteFileReminder => (
            "Kreeg je het plan als bestand? Gooi het bestand nu weg uit je downloads en uit de chat.",
            "Did the plan come as a file? Delete the file now from your downloads and from the chat."
        ),
        AnswerTitle => ("Wat vind jij van dit plan?", "What do you think of this plan?"),
        AnswerAgree => ("Klopt, ik sta erachter", "Right, I stand behind it"),
        AnswerQuestion => ("Ik heb een vraag", "I have a question"),
        AnswerDisagree => ("Ik ben het hier niet mee eens", "I do not agree with this"),
        AnswerWords => ("Wil je er iets bij zeggen? (mag leeg blijven)", "Anything to add? (can stay empty)"),
        AnswerSave => ("Antwoord opslaan", "Save my answer"),
        AnswerChoose => ("Kies eerst een antwoord.", "Choose an answer first."),
        AnswerTooLong => ("Dat is te lang. Houd het kort, je kunt de rest vertellen.", "That is too long. Keep it short, you can tell the rest."),
        SendBackTitle => ("Terugsturen naar je hulpverlener", "Send back to your professional"),
        SendBack => ("Antwoord sturen", "Send the answer"),
        SendBackIntro => (
            "Je hulpverlener ziet je antwoord pas als je het stuurt. Laat je hulpverlener de code scannen, of stuur het bestand.",
            "Your professional only sees your answer once you send it. Let your professional scan the code, or send the file."
        ),
        NoProfessionalYet => (
            "Er is nog geen hulpverlener aan deze telefoon gekoppeld. Dat gebeurt als je het plan van je hulpverlener ontvangt.",
            "No professional is paired with this phone yet. That happens when you receive the plan from your professional."
        ),
        NothingToSend => ("Er is nog niets om te sturen.", "There is nothing to send yet."),
        SendFailed => ("Dit lukt nu niet. Probeer het nog een keer.", "This does not work right now. Try again."),
        SendEmail => ("Mail", "Email"),
        // The family's app handing over to the professional's.
        ProfessionalAppTitle => ("Veilig voor hulpverleners", "Veilig for professionals"),
        ProfessionalAppLoading => ("Veilig voor hulpverleners wordt geopend…", "Opening Veilig for professionals…"),
        ProfessionalAppFailed => (
            "Veilig voor hulpverleners kon niet worden geladen. De eerste keer is internet nodig. Maak verbinding en probeer het opnieuw. Er is niets verloren.",
            "Veilig for professionals could not be loaded. The first time needs internet. Connect and try again. Nothing was lost."
        ),
        TryAgain => ("Opnieuw proberen", "Try again"),
        // Settings of a professional.
        RemindersSetting => ("Herinneringen", "Reminders"),
        VisitWeeksLabel => (
            "Herinner mij als een gezin zoveel weken geen bezoek had",
            "Remind me when a family has had no visit for this many weeks"
        ),
    }
    professional {
        NavFamilies => ("Gezinnen", "Families"),
        StatusAgreed => ("Afgesproken", "Agreed"),
        SectionPeople => ("Gezin en netwerk", "Family and network"),
        SectionSafePeople => ("Veilige personen van de kinderen", "The children's safe people"),
        SectionWatchers => ("Wie let op de veiligheid", "Who watches over safety"),
        SectionStandIns => ("Wie springt bij", "Who steps in"),
        SectionExplanations => ("Uitleg aan de kinderen", "Explaining the plan to the children"),
        SectionDevelopment => ("Ontwikkeling van de kinderen", "The children's development"),
        SectionPeriod => ("Looptijd en evaluatie", "Duration and evaluation"),
        SectionGoals => ("Hulpverleningsdoelen", "Help goals"),
        SectionStrengths => ("Eigen kracht en netwerk", "The family's own strength and network"),
        SectionInterventions => ("Professionele interventies", "Professional interventions"),
        SectionTreatments => ("Behandeling", "Treatment"),
        SectionCoordinator => ("Regie: wie de hulp coördineert", "Coordinator of help (regie)"),
        SectionMonitoring => ("Monitoren van veiligheid", "Monitoring safety"),
        ProblemNoChildren => ("Voeg minstens één kind toe.", "Add at least one child."),
        ProblemAgreementEmpty => ("Een afspraak is nog leeg.", "An agreement is still empty."),
        ProblemAgreementWithoutWho => ("Bij een afspraak staat nog niet wie het doet.", "An agreement does not say yet who does it."),
        ProblemOwnSituationUnnamed => ("Een eigen situatie heeft nog geen naam.", "One of the family's own situations has no name yet."),
        ProblemStartMissing => ("Vul in vanaf wanneer het plan geldt.", "Fill in from when the plan applies."),
        ProblemEndBeforeStart => ("De einddatum ligt vóór de startdatum.", "The end date is before the start date."),
        ProblemEvaluationMissing => ("Vul de datum van de volgende evaluatie in.", "Fill in the date of the next evaluation."),
        ProblemEvaluationOutside => ("De evaluatie valt buiten de looptijd van het plan.", "The evaluation falls outside the plan's duration."),
        ProblemGoalEmpty => ("Een hulpverleningsdoel is nog leeg.", "A help goal is still empty."),
        ProblemCoordinatorMissing => (
            "Kies wie de regie heeft: een professional of iemand uit het netwerk.",
            "Choose who coordinates the help: a professional or someone from the network."
        ),
        ProblemCoordinatorUnreachable => (
            "Van wie de regie heeft staat geen telefoonnummer of e-mailadres. Vul dat in bij Gezin en netwerk.",
            "The coordinator has no phone number or email address. Fill it in under Family and network."
        ),
        ProblemNobodyAgreed => ("Kies wie het plan hebben afgesproken.", "Choose who agreed to the plan."),
        Acknowledge => ("Ik heb dit gelezen en ik sta erachter", "I have read this and I stand behind it"),
        SendPlanTitle => ("Plan sturen", "Send the plan"),
        SendPlanIntro => (
            "Alleen die telefoon kan dit openen, en er staat alleen op wat die persoon hoort te zien. Alleen een afgesproken versie van het plan gaat mee.",
            "Only that phone can open this, and it holds only what that person should see. Only an agreed version of the plan goes along."
        ),
        SendNotAgreed => (
            "Er is nog geen afgesproken versie van het plan. Leg het plan eerst vast bij Plan afspreken.",
            "There is no agreed version of the plan yet. First record the plan under Agree the plan."
        ),
        SendNoView => (
            "Voor deze persoon is er geen deel van het plan om te sturen.",
            "There is no part of the plan to send for this person."
        ),
        SendCheckCode => (
            "Komt dit plan voor het eerst op die telefoon? Dan vraagt die telefoon om deze controlecode:",
            "Is this the first plan on that phone? Then it asks for this check code:"
        ),
        SendNotPaired => (
            "Deze telefoon is niet meer gekoppeld.",
            "This phone is no longer paired."
        ),
        ReceiveAnswersTitle => ("Antwoord ontvangen", "Receive an answer"),
        ReceiveAnswersIntro => (
            "Scan de code op de telefoon van het gezinslid, of open het bestand dat je kreeg.",
            "Scan the code on the family member's phone, or open the file you were given."
        ),
        SharedCheckInsTitle => ("Wat de jongeren deelden", "What the young people shared"),
        CaseloadTitle => ("Gezinnen", "Families"),
        CaseloadIntro => (
            "Alle gezinnen op dit apparaat. Alles werkt ook zonder internet.",
            "All families on this device. Everything works without internet too."
        ),
        SearchByName => ("Zoek op naam", "Search by name"),
        SearchHint => ("Naam van het gezin of van iemand uit het gezin", "Name of the family or of someone in it"),
        CaseloadEmpty => (
            "Er staan nog geen gezinnen op dit apparaat.",
            "There are no families on this device yet."
        ),
        NoSearchResults => ("Geen gezin gevonden met deze naam.", "No family found with this name."),
        NewFamily => ("Nieuw gezin", "New family"),
        ImportFamily => ("Gezin importeren uit een bestand", "Import a family from a file"),
        ImportHint => (
            "Kies een bestand dat met ‘Exporteren naar bestand’ is gemaakt.",
            "Choose a file made with ‘Export to a file’."
        ),
        EvaluationOverdue => ("Evaluatie te laat", "Evaluation overdue"),
        NoEvaluationDate => ("Nog geen evaluatiedatum", "No evaluation date yet"),
        NewFamilyTitle => ("Nieuw gezin", "New family"),
        FieldFamilyName => ("Naam van het gezin", "Name of the family"),
        FieldFamilyNameHint => ("Bijvoorbeeld: Familie Jansen", "For example: the Jansen family"),
        FamilyNameMissing => ("Vul een naam voor het gezin in.", "Fill in a name for the family."),
        CreateFamily => ("Gezin aanmaken", "Create family"),
        BackToFamilies => ("Terug naar gezinnen", "Back to families"),
        AutosaveDone => ("Alles is opgeslagen op dit apparaat.", "Everything is saved on this device."),
        AutosaveBusy => ("Bezig met opslaan…", "Saving…"),
        SectionPeopleHelp => (
            "Iedereen die bij het plan hoort. Je vult iedereen één keer in en kiest ze daarna in de andere onderdelen.",
            "Everyone involved in the plan. Enter each person once, then pick them in the other sections."
        ),
        SectionSafePeopleHelp => (
            "De mensen die een kind kan bellen of opzoeken als er problemen zijn.",
            "The people a child can call or go to when there are problems."
        ),
        SectionWatchersHelp => (
            "Mensen die de ouders steunen en met wie is afgesproken dat zij op de veiligheid letten.",
            "People who support the parents and have agreed to watch over the children's safety."
        ),
        SectionStandInsHelp => (
            "Mensen die bijspringen als een ouder ziek is, te gespannen, of er niet kan zijn.",
            "People who step in when a parent is ill, too stressed, or cannot be there."
        ),
        SectionAgreementsHelp => (
            "Wie doet wat, en wanneer. Schrijf het zo dat een kind het begrijpt.",
            "Who does what, and when. Write it so that a child can understand it."
        ),
        SectionExplanationsHelp => (
            "Op welke leeftijd het plan aan een kind wordt uitgelegd, door wie, en hoe.",
            "At what age the plan is explained to a child, by whom, and how."
        ),
        SectionDevelopmentHelp => (
            "Hoe een kind zich ontwikkelt en hoe het plan meegroeit.",
            "How a child develops and how the plan grows with them."
        ),
        SectionCoordinatorHelp => (
            "Spreek altijd af wie de regie heeft. Zonder regie kan het plan niet worden afgesproken.",
            "Always agree who coordinates the help. Without a coordinator the plan cannot be agreed."
        ),
        FieldKind => ("Wie is dit?", "Who is this?"),
        FieldRelationToFamily => ("Relatie tot het gezin", "Relation to the family"),
        FieldRelationToFamilyHint => ("Bijvoorbeeld: oma, buurman, moeder", "For example: grandmother, neighbour, mother"),
        FieldPhoneOptional => ("Telefoonnummer (mag leeg blijven)", "Phone number (may be left empty)"),
        FieldEmailOptional => ("E-mailadres (mag leeg blijven)", "Email address (may be left empty)"),
        FieldBirthDate => ("Geboortedatum", "Date of birth"),
        FieldDevelopmentalAge => (
            "Ontwikkelingsleeftijd in jaren (mag leeg blijven)",
            "Developmental age in years (may be left empty)"
        ),
        FieldDevelopmentalAgeHint => (
            "Alleen invullen als die anders is dan de echte leeftijd. Die bepaalt welke uitleg het kind ziet.",
            "Only fill this in if it differs from the real age. It decides which explanations the child sees."
        ),
        AddPersonToFamily => ("Persoon toevoegen", "Add a person"),
        RemoveFromFamily => ("Verwijderen uit het gezin", "Remove from the family"),
        NoPeopleYet => (
            "Voeg eerst mensen toe bij ‘Gezin en netwerk’.",
            "First add people under ‘Family and network’."
        ),
        NoChildrenYet => (
            "Voeg eerst een kind toe bij ‘Gezin en netwerk’.",
            "First add a child under ‘Family and network’."
        ),
        ChooseSomeone => ("Kies iemand", "Choose someone"),
        FieldSituation => ("Situatie", "Situation"),
        FieldOwnSituation => ("Naam van de situatie", "Name of the situation"),
        FieldAgreementWhat => ("Wat is er afgesproken?", "What has been agreed?"),
        FieldAgreementWhatHint => (
            "Bijvoorbeeld: Mark drinkt geen alcohol als hij alleen voor de kinderen zorgt.",
            "For example: Mark does not drink alcohol when he looks after the children alone."
        ),
        FieldWho => ("Wie doet dit?", "Who does this?"),
        AddAgreement => ("Afspraak toevoegen", "Add an agreement"),
        RemoveAgreement => ("Deze afspraak verwijderen", "Remove this agreement"),
        FieldAtAge => ("Op welke leeftijd?", "At what age?"),
        FieldExplainedBy => ("Wie legt het uit?", "Who explains it?"),
        FieldExplainedHow => ("Hoe? Bijvoorbeeld met een tekenverhaal", "How? For example with a picture story"),
        FieldDevelopment => ("Hoe ontwikkelt het kind zich?", "How is the child developing?"),
        FieldAdaptation => ("Hoe verandert het plan als het kind ouder wordt?", "How does the plan change as the child grows older?"),
        FieldReviewOn => ("Wanneer kijken we hier opnieuw naar?", "When do we look at this again?"),
        FieldStart => ("Het plan geldt vanaf", "The plan applies from"),
        FieldEnd => ("Het plan geldt tot", "The plan applies until"),
        FieldNextEvaluation => ("Volgende evaluatie", "Next evaluation"),
        FieldGoal => ("Doel", "Goal"),
        FieldGoalArea => ("Soort doel", "Kind of goal"),
        FieldForWhom => ("Voor wie?", "For whom?"),
        FieldGoalStatus => ("Hoe staat het ervoor?", "How is it going?"),
        AddGoal => ("Doel toevoegen", "Add a goal"),
        RemoveGoal => ("Dit doel verwijderen", "Remove this goal"),
        FieldStrengths => ("Wat gaat goed, en wie uit het netwerk helpt?", "What is going well, and who in the network helps?"),
        FieldInterventionName => ("Naam", "Name"),
        FieldProvider => ("Wie biedt het aan?", "Who provides it?"),
        FieldStartDate => ("Start", "Start"),
        FieldEndDate => ("Einde", "End"),
        AddIntervention => ("Interventie toevoegen", "Add an intervention"),
        AddTreatment => ("Behandeling toevoegen", "Add a treatment"),
        RemoveItem => ("Verwijderen", "Remove"),
        FieldOrganisation => ("Organisatie", "Organisation"),
        FieldEmail => ("E-mailadres", "Email address"),
        FieldMonitoring => ("Hoe houden we de veiligheid in de gaten?", "How do we keep an eye on safety?"),
        WitnessedViolence => ("Kinderen die geweld thuis hebben gezien", "Children who saw violence at home"),
        WitnessedViolenceHint => (
            "Zij krijgen in de app uitleg die daarbij past. Plan voor elk van hen een gerichte interventie (bij Professionele interventies) en zo nodig traumabehandeling (bij Behandeling).",
            "They get explanations in the app that fit this. Plan for each of them a targeted intervention (under Professional interventions) and trauma treatment if needed (under Treatment)."
        ),
        // Issue 18: what the plan is for, circumstances, neglect and violence seen.
        SectionDangers => (
            "Zorgen: wat is er gebeurd, wat kan er gebeuren",
            "Worries (danger statements): what happened, what may happen"
        ),
        SectionDangersHelp => (
            "Schrijf op wie zich zorgen maakt, waarover, en wat er kan gebeuren als er niets verandert. In woorden die de ouders begrijpen.",
            "Write down who is worried, about what, and what may happen if nothing changes. In words the parents understand."
        ),
        SectionSafetyGoals => ("Veiligheidsdoelen", "Safety goals"),
        SectionSafetyGoalsHelp => (
            "Wat moet iedereen zien gebeuren, en hoe lang, om te weten dat de kinderen veilig zijn?",
            "What must everyone see happening, and for how long, to know the children are safe?"
        ),
        SectionFactors => ("Omstandigheden: geld, wonen, werk, school, gezondheid", "Circumstances: money, housing, work, school, health"),
        SectionFactorsHelp => (
            "Wat maakt het thuis zwaarder? Bijvoorbeeld schulden, een te klein huis of ziekte.",
            "What makes things at home harder? For example debts, a house that is too small, or illness."
        ),
        SectionChildProblems => ("Eigen problemen van de kinderen", "The children's own problems"),
        SectionChildProblemsHelp => (
            "Waar heeft een kind zelf moeite mee? Bijvoorbeeld slecht slapen, angst of problemen op school.",
            "What does a child struggle with? For example sleeping badly, fear or problems at school."
        ),
        SectionHarm => ("Verwaarlozing; getuige van geweld thuis", "Neglect; witnessed violence at home"),
        SectionHarmHelp => (
            "Bij verwaarlozing krijgen ouders drie soorten hulp tegelijk. Een kind dat getuige was van geweld thuis krijgt een gerichte interventie binnen de hulp aan het gezin, en zo nodig traumabehandeling.",
            "With neglect, parents get three kinds of help at once. A child who witnessed violence at home gets a targeted intervention within the family's help, and trauma treatment if needed."
        ),
        FieldWhoWorried => ("Wie maakt zich zorgen?", "Who is worried?"),
        FieldWorriedAbout => ("Waarover? Wat is er gebeurd?", "About what? What happened?"),
        FieldIfNothingChanges => ("Wat kan er gebeuren als er niets verandert?", "What may happen if nothing changes?"),
        AddDanger => ("Zorg toevoegen", "Add a worry"),
        RemoveDanger => ("Deze zorg verwijderen", "Remove this worry"),
        RemoveItemConfirm => (
            "Weet je het zeker? Wat je hier hebt ingevuld, verdwijnt uit het plan.",
            "Are you sure? What you filled in here is removed from the plan."
        ),
        FieldWhatSeen => ("Wat moet iedereen zien gebeuren?", "What must everyone see happening?"),
        FieldHowLong => ("Hoe lang?", "For how long?"),
        FieldHowLongHint => ("Bijvoorbeeld: zes maanden achter elkaar", "For example: six months in a row"),
        AddSafetyGoal => ("Veiligheidsdoel toevoegen", "Add a safety goal"),
        RemoveSafetyGoal => ("Dit veiligheidsdoel verwijderen", "Remove this safety goal"),
        FieldFactorArea => ("Waarover?", "About what?"),
        FieldFactorWhat => ("Wat speelt er?", "What is going on?"),
        AddFactor => ("Omstandigheid toevoegen", "Add a circumstance"),
        RemoveFactor => ("Deze omstandigheid verwijderen", "Remove this circumstance"),
        FactorMoney => ("Geld en schulden", "Money and debts"),
        FactorHousing => ("Wonen", "Housing"),
        FactorWork => ("Werk en inkomen", "Work and income"),
        FactorSchool => ("School of opvang", "School or childcare"),
        FactorHealth => ("Gezondheid", "Health"),
        FactorOther => ("Iets anders", "Something else"),
        FieldChildProblem => ("Waar heeft het kind zelf moeite mee?", "What does the child struggle with?"),
        FieldNeglect => ("Er is sprake van verwaarlozing", "There is neglect"),
        NeglectHelpTitle => ("Hulp bij verwaarlozing", "Help with neglect"),
        NeglectHelpOffered => ("Staat bij de hulpverleningsdoelen", "In the help goals"),
        NeglectHelpMissing => ("Nog geen doel", "No goal yet"),
        WitnessedHelpFor => ("Hulp voor", "Help for"),
        WitnessedShort => ("getuige van geweld", "witnessed violence"),
        WitnessedTargeted => ("Gerichte interventie", "Targeted intervention"),
        WitnessedTrauma => ("Traumabehandeling (zo nodig)", "Trauma treatment (if needed)"),
        NothingPlannedYet => ("nog niets gepland", "nothing planned yet"),
        FieldSuccess => ("Hoe weten we dat het doel bereikt is?", "How will we know the goal is reached?"),
        FieldGoalBy => ("Uiterlijk bereikt op", "To be reached by"),
        FieldRecognition => (
            "Erkend in de Databank Effectieve Jeugdinterventies?",
            "Recognised in the Dutch databank of effective youth interventions?"
        ),
        RecognitionUnknown => ("Weet ik niet", "I don't know"),
        RecognitionEffective => ("Ja: effectief", "Yes: effective"),
        RecognitionWellFounded => ("Ja: goed onderbouwd", "Yes: well-founded"),
        RecognitionNone => ("Nee, niet erkend", "No, not recognised"),
        FieldCoordinatorPerson => ("Wie heeft de regie?", "Who coordinates the help?"),
        CoordinatorPersonHint => (
            "Staat die persoon er niet bij? Voeg hem of haar toe bij Gezin en netwerk, met telefoonnummer of e-mailadres.",
            "Not on the list? Add them under Family and network, with a phone number or email address."
        ),
        CoordinatorOld => ("Eerder ingevuld:", "Filled in before:"),
        CoordinatorRelation => ("regiehouder", "coordinator"),
        CoordinatorAddOld => ("Deze persoon toevoegen en kiezen", "Add this person and choose them"),
        ProblemNoDanger => ("Schrijf minstens één zorg op: wat is er gebeurd, wat kan er gebeuren.", "Write down at least one worry: what happened, what may happen."),
        ProblemDangerIncomplete => ("Bij een zorg staat nog niet wie zich zorgen maakt, waarover, of wat er kan gebeuren.", "A worry does not say yet who is worried, about what, or what may happen."),
        ProblemNoSafetyGoal => ("Schrijf minstens één veiligheidsdoel op.", "Write down at least one safety goal."),
        ProblemSafetyGoalIncomplete => ("Bij een veiligheidsdoel staat nog niet wat iedereen moet zien, of hoe lang.", "A safety goal does not say yet what everyone must see, or for how long."),
        ProblemFactorEmpty => ("Een omstandigheid is nog leeg.", "A circumstance is still empty."),
        ProblemNoWatcher => (
            "Kies minstens één persoon uit het netwerk die op de veiligheid let, niet alleen de ouders.",
            "Choose at least one person from the network who watches over safety, not only the parents."
        ),
        ProblemNoStandIn => ("Kies minstens één persoon die bijspringt.", "Choose at least one person who steps in."),
        ProblemEndMissing => ("Vul in tot wanneer het plan geldt.", "Fill in until when the plan applies."),
        ProblemGoalWithoutSuccess => ("Bij een hulpverleningsdoel staat nog niet hoe we weten dat het bereikt is.", "A help goal does not say yet how we will know it is reached."),
        ProblemGoalWithoutDate => ("Bij een hulpverleningsdoel staat nog geen datum.", "A help goal has no date yet."),
        ProblemCoordinatorOrganisation => ("Vul de organisatie in van wie de regie heeft.", "Fill in the coordinator's organisation."),
        AgreeTitle => ("Plan afspreken", "Agree the plan"),
        AgreeIntro => (
            "Loop het plan samen met het gezin door. Als iedereen het eens is, leg je het vast als nieuwe versie.",
            "Go through the plan with the family. When everyone agrees, record it as a new version."
        ),
        AgreedBy => ("Wie hebben het plan afgesproken?", "Who agreed to the plan?"),
        AgreedOn => ("Datum", "Date"),
        AgreePlan => ("Plan afgesproken", "Plan agreed"),
        AgreeProblems => (
            "Dit moet nog worden ingevuld voordat het plan kan worden afgesproken:",
            "This must be filled in before the plan can be agreed:"
        ),
        RevisionsTitle => ("Eerdere versies", "Earlier versions"),
        NoRevisions => ("Het plan is nog niet afgesproken.", "The plan has not been agreed yet."),
        ViewPlan => ("Plan bekijken en afdrukken", "View and print the plan"),
        ExportFamily => ("Exporteren naar bestand", "Export to a file"),
        ExportFailed => (
            "Het bestand kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw.",
            "The file could not be made. Nothing has changed. Please try again."
        ),
        ExportCodeTitle => ("De code van dit bestand", "This file's code"),
        ExportCodeIntro => (
            "Het bestand gaat op slot met deze code. Schrijf de code op en bewaar hem ergens anders dan het bestand, niet in dezelfde chat of map. Zonder de code kan niemand het bestand openen, jij ook niet. Elk bestand krijgt een nieuwe code.",
            "The file is locked with this code. Write the code down and keep it somewhere other than the file, not in the same chat or folder. Without the code nobody can open the file, not even you. Every file gets a new code."
        ),
        ExportCodeCheck => (
            "Typ de laatste groep van de code over, als controle",
            "Type the last group of the code, as a check"
        ),
        ExportCodeCheckWrong => (
            "Dat is niet de laatste groep. Kijk nog eens naar wat je hebt opgeschreven.",
            "That is not the last group. Look again at what you wrote down."
        ),
        ExportFileHint => (
            "Het bestand heeft een naam die niets over het gezin zegt. Je opent het op je andere apparaat met ‘Gezin importeren uit een bestand’ en deze code. Verwijder het bestand daarna uit je downloads en chats.",
            "The file has a name that says nothing about the family. Open it on your other device with ‘Import a family from a file’ and this code. Afterwards, delete the file from your downloads and chats."
        ),
        ExportDone => ("Klaar, code opgeschreven", "Done, code written down"),
        Cancel => ("Annuleren", "Cancel"),
        ImportCodeField => ("Code van het bestand", "The file's code"),
        ImportCodeHint => (
            "Deze code kreeg je toen het bestand werd gemaakt: zeven groepen van vier tekens. Hoofdletters en spaties maken niet uit.",
            "You got this code when the file was made: seven groups of four characters. Capitals and spaces do not matter."
        ),
        ImportCodeOpen => ("Bestand openen", "Open the file"),
        ImportCodeEmpty => ("Typ de code van het bestand.", "Type the file's code."),
        ImportCodeTooShort => (
            "Deze code is te kort. Een code heeft 28 tekens, in zeven groepen van vier.",
            "This code is too short. A code has 28 characters, in seven groups of four."
        ),
        ImportCodeTooLong => (
            "Deze code is te lang. Een code heeft 28 tekens, in zeven groepen van vier.",
            "This code is too long. A code has 28 characters, in seven groups of four."
        ),
        ImportCodeWrong => (
            "Deze code opent dit bestand niet. Kijk elke groep na. Klopt de code wel, dan is het bestand veranderd of beschadigd. Er is niets veranderd.",
            "This code does not open this file. Check every group. If the code is right, the file was changed or damaged. Nothing has changed."
        ),
        ImportIsBackup => (
            "Dit bestand is een back-up van een hele telefoon. Zet het terug met Back-up terugzetten, hieronder.",
            "This file is a backup of a whole phone. Restore it with Restore a backup, below."
        ),
        BackupTitle => ("Back-up", "Backup"),
        BackupIntro => (
            "Wat je hier vastlegt, staat alleen op deze telefoon. Maak regelmatig een back-up en bewaar het bestand buiten deze telefoon, bijvoorbeeld op je werkcomputer.",
            "What you record here is only on this phone. Make a backup regularly and keep the file off this phone, for example on your work computer."
        ),
        BackupNone => ("Er is nog geen back-up gemaakt.", "No backup has been made yet."),
        BackupAllSaved => (
            "Alle bezoeken en evaluaties staan in de laatste back-up.",
            "All visits and evaluations are in the last backup."
        ),
        BackupMake => ("Back-up maken", "Make a backup"),
        BackupLater => ("Later", "Later"),
        BackupDone => ("Klaar", "Done"),
        BackupFirst => ("Eerst een back-up maken", "Make a backup first"),
        NewRecoveryCode => ("Nieuwe herstelcode maken", "Make a new recovery code"),
        NewRecoveryCodeHint => (
            "Ben je het papier met de code kwijt, of kan iemand anders de code kennen? Maak dan een nieuwe. Back-ups van daarvoor blijven op slot met de oude code.",
            "Lost the paper with the code, or might someone else know it? Then make a new one. Backups made before stay locked with the old code."
        ),
        EraseLosesUnsaved => (
            "Na het wissen zijn die weg.",
            "Once erased, they are gone."
        ),
        BackupDaysLabel => (
            "Vragen om een back-up als iets zo lang in geen back-up staat",
            "Ask for a backup when something has been in no backup for"
        ),
        BackupDue => (
            "Er staan al een tijd bezoeken of evaluaties in geen enkele back-up. Raakt deze telefoon kwijt of kapot, dan zijn ze weg.",
            "Visits or evaluations have been in no backup for a while. If this phone is lost or broken, they are gone."
        ),
        RecoveryCodeTitle => ("Je herstelcode", "Your recovery code"),
        RecoveryCodeIntro => (
            "Al je back-ups gaan op slot met deze code. Schrijf hem op papier en bewaar dat op een veilige plek, niet bij deze telefoon. Zonder de code kan niemand een back-up openen, jij ook niet. Na deze controle laat de app de code niet meer zien.",
            "All your backups are locked with this code. Write it on paper and keep that in a safe place, not with this phone. Without the code nobody can open a backup, not even you. After this check the app does not show the code again."
        ),
        RecoveryCodeWritten => ("Ik heb de code opgeschreven", "I have written the code down"),
        BackupBusy => ("De back-up wordt gemaakt…", "Making the backup…"),
        BackupFailed => (
            "De back-up kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw.",
            "The backup could not be made. Nothing has changed. Please try again."
        ),
        BackupFileHint => (
            "Bewaar het bestand buiten deze telefoon. De naam zegt niets over wat erin staat.",
            "Keep the file off this phone. Its name says nothing about what is in it."
        ),
        BackupUnreadable => (
            "Een deel van de gegevens kon niet worden gelezen en staat niet in deze back-up. Het blijft op deze telefoon bewaard.",
            "Some records could not be read and are not in this backup. They stay saved on this phone."
        ),
        RestoreTitle => ("Back-up terugzetten", "Restore a backup"),
        RestoreIntro => (
            "Op een nieuwe of gewiste telefoon: kies het back-upbestand en typ je herstelcode. De back-up wordt samengevoegd met wat hier al staat: nieuwere gegevens blijven, en zijn er twee werkversies van iets, dan blijven ze allebei bewaard.",
            "On a new or erased phone: choose the backup file and type your recovery code. The backup is merged with what is here: newer records stay, and where there are two working copies of something, both are kept."
        ),
        RestoreFile => ("Back-upbestand kiezen", "Choose the backup file"),
        RestoreCode => ("Herstelcode", "Recovery code"),
        RestoreCodeHint => (
            "Zeven groepen van vier tekens. Hoofdletters en spaties maken niet uit.",
            "Seven groups of four characters. Capitals and spaces do not matter."
        ),
        RestoreButton => ("Terugzetten", "Restore"),
        RestoreBusy => ("De back-up wordt teruggezet…", "Restoring the backup…"),
        RestoreChangedMeanwhile => (
            "Terwijl de back-up werd teruggezet, veranderde er iets op deze telefoon, misschien in een ander venster. Er is niets veranderd. Probeer het opnieuw.",
            "While the backup was being restored, something changed on this phone, perhaps in another window. Nothing has changed. Please try again."
        ),
        RestoreNothingNew => (
            "Er was niets nieuws: alles uit deze back-up stond al op deze telefoon.",
            "There was nothing new: everything in this backup was already on this phone."
        ),
        RecoveryCodeCheck => (
            "Typ de hele code over van je papier, als controle",
            "Type the whole code from your paper, as a check"
        ),
        RecoveryCodeCheckWrong => (
            "Dit is niet de code. Kijk elke groep na op je papier.",
            "This is not the code. Check every group on your paper."
        ),
        RestoreWrongCode => (
            "Deze herstelcode opent dit bestand niet. Kijk elke groep na. Klopt de code wel, dan is het bestand veranderd of beschadigd. Er is niets veranderd.",
            "This recovery code does not open this file. Check every group. If the code is right, the file was changed or damaged. Nothing has changed."
        ),
        RestoreNotABackup => (
            "Dit bestand is geen back-up van Veilig, of het is beschadigd. Er is niets veranderd.",
            "This file is not a Veilig backup, or it is damaged. Nothing has changed."
        ),
        RestoreIsCaseFile => (
            "Dit is het bestand van één gezin, geen back-up. Open het met Bestand openen, hierboven.",
            "This is one family's file, not a backup. Open it with Open a file, above."
        ),
        RestoreNewer => (
            "Deze back-up is gemaakt met een nieuwere versie van Veilig. Werk de app bij en probeer het opnieuw. Er is niets veranderd.",
            "This backup was made with a newer version of Veilig. Update the app and try again. Nothing has changed."
        ),
        KeptCopyNotice => (
            "Bij het terugzetten van een back-up waren er twee werkversies van dit plan, op verschillende telefoons veranderd. De nieuwste staat hier; de andere is bewaard.",
            "When a backup was restored there were two working copies of this plan, changed on different phones. The newest is here; the other was kept."
        ),
        KeptVisitNotice => (
            "Bij het terugzetten van een back-up waren er twee werkversies van een bezoek of evaluatie, op verschillende telefoons veranderd. De nieuwste staat hier; de andere is bewaard.",
            "When a backup was restored there were two working copies of a visit or evaluation, changed on different phones. The newest is here; the other was kept."
        ),
        KeptCopyUse => ("De bewaarde versie gebruiken", "Use the kept version"),
        KeptCopyDiscard => ("De bewaarde versie weggooien", "Discard the kept version"),
        Print => ("Afdrukken", "Print"),
        BackToPlan => ("Terug naar het plan", "Back to the plan"),
        NotFilledIn => ("Nog niet ingevuld.", "Not filled in yet."),
        PhoneLabel => ("Telefoon", "Phone"),
        EmailLabel => ("E-mail", "Email"),
        GoToSection => ("Ga erheen", "Go there"),
        // Monitoring: the family's tabs, the caseload's reminders.
        FamilyParts => ("Onderdelen van het gezin", "Parts of the family's case"),
        TabPlan => ("Plan", "Plan"),
        TabVisits => ("Bezoeken en evaluatie", "Visits and evaluation"),
        StartVisit => ("Huisbezoek starten", "Start a home visit"),
        ContinueVisit => ("Huisbezoek verder invullen", "Continue the home visit"),
        NoVisitYet => ("Nog geen bezoek", "No visit yet"),
        PlanEnded => ("Plan is verlopen", "The plan has ended"),
        CaseClosed => ("Afgesloten", "Closed"),
        RemindersTitle => ("Let op", "Needs attention"),
        NoReminders => ("Er is nu niets te laat.", "Nothing is overdue right now."),
        MonitoringUnreadable => (
            "Een deel van de bezoeken kon niet worden gelezen. Het blijft bewaard; er is niets verwijderd.",
            "Some visits could not be read. They stay saved; nothing was deleted."
        ),
        // The trend.
        TrendTitle => ("Veiligheid door de tijd", "Safety over time"),
        TrendEmpty => ("Nog geen cijfers. Ze komen hier na het eerste bezoek.", "No scores yet. They appear here after the first visit."),
        TrendAdults => ("Oordeel van de volwassenen", "The adults' judgement"),
        TrendAdultsHint => (
            "Is het kind veilig genoeg? 0: niemand vindt dat het kind hier veilig is; 10: veilig genoeg om de hulp af te ronden.",
            "Is the child safe enough? 0: nobody thinks the child is safe here; 10: safe enough to end the help."
        ),
        TrendAdultsTable => ("Cijfers van de volwassenen per bezoek", "The adults' scores per visit"),
        TrendChildren => ("Hoe veilig de kinderen zich voelen", "How safe the children feel"),
        TrendChildrenHint => (
            "Wat elk kind zelf zegt: 0 is helemaal niet veilig, 10 is helemaal veilig.",
            "What each child says: 0 is not safe at all, 10 is completely safe."
        ),
        TrendChildrenEmpty => (
            "Nog geen cijfers van de kinderen.",
            "No scores from the children yet."
        ),
        TrendChildrenTable => ("Cijfers van de kinderen per bezoek", "The children's scores per visit"),
        TrendVisit => ("Bezoek", "Visit"),
        ScorerProfessional => ("Hulpverlener", "Professional"),
        // The family's visits and evaluations.
        VisitsTitle => ("Bezoeken", "Visits"),
        NoVisits => ("Nog geen bezoeken vastgelegd.", "No visits recorded yet."),
        NotRecordedYet => ("Nog niet vastgelegd", "Not recorded yet"),
        EvaluationsTitle => ("Evaluaties", "Evaluations"),
        NoEvaluations => ("Nog geen evaluaties.", "No evaluations yet."),
        StartEvaluation => ("Evaluatie starten", "Start an evaluation"),
        ContinueEvaluation => ("Evaluatie verder invullen", "Continue the evaluation"),
        Undo => ("Ongedaan maken", "Undo"),
        BackToVisits => ("Terug naar bezoeken", "Back to visits"),
        // A visit.
        VisitTitle => ("Huisbezoek", "Home visit"),
        VisitIntro => (
            "Volg de volgorde: eerst de ouders, dan de kinderen, dan het netwerk, dan de afspraken. Alles wordt meteen op dit apparaat bewaard.",
            "Follow the order: parents first, then the children, then the network, then the agreements. Everything is saved on this device as you type."
        ),
        SectionWhenWho => ("Wanneer en wie", "When and who"),
        FieldVisitAt => ("Datum en tijd van het bezoek", "Date and time of the visit"),
        FieldPresent => ("Wie waren erbij?", "Who was there?"),
        SectionParentsSay => ("Ouders", "Parents"),
        FieldParentsSay => ("Wat vertellen de ouders?", "What do the parents say?"),
        SectionChildrenSay => ("Kinderen", "Children"),
        ChildrenScaleHint => (
            "Jonge kinderen kiezen een gezichtje. Vraag het zonder de ouders erbij als dat kan.",
            "Young children choose a face. Ask without the parents there if you can."
        ),
        SectionNetworkSay => ("Netwerk", "Network"),
        FieldNetworkSay => ("Wat vertelt het netwerk?", "What does the network say?"),
        SectionChecks => ("Afspraken nalopen", "Checking the agreements"),
        NoAgreementsToCheck => ("Het plan heeft nog geen afspraken.", "The plan has no agreements yet."),
        OutcomeKept => ("Nagekomen", "Kept"),
        OutcomePartly => ("Deels nagekomen", "Partly kept"),
        OutcomeNotKept => ("Niet nagekomen", "Not kept"),
        OutcomeNotChecked => ("Niet besproken", "Not discussed"),
        FieldCheckNote => ("Toelichting (mag leeg blijven)", "Note (may be left empty)"),
        SectionOpenSteps => ("Stappen van de vorige keer", "Steps from last time"),
        StepDone => ("Gedaan", "Done"),
        StepNotYet => ("Nog niet", "Not yet"),
        StepNoLongerNeeded => ("Niet meer nodig", "No longer needed"),
        SectionQuestions => ("Drie vragen", "Three questions"),
        FieldWorries => ("Waar maken we ons zorgen over?", "What are we worried about?"),
        FieldWorkingWell => ("Wat gaat er goed?", "What is working well?"),
        NextStepsTitle => ("Wat moet er gebeuren?", "What needs to happen next?"),
        NextStepsHint => (
            "Elke stap komt bij het volgende bezoek terug om na te lopen.",
            "Each step comes back at the next visit to be checked."
        ),
        FieldStepWhat => ("Wat gaat er gebeuren?", "What will happen?"),
        FieldStepBy => ("Uiterlijk op (mag leeg blijven)", "By (may be left empty)"),
        AddStep => ("Stap toevoegen", "Add a step"),
        RemoveStep => ("Deze stap verwijderen", "Remove this step"),
        RemoveStepConfirm => (
            "Weet je het zeker? Wat je bij deze stap hebt ingevuld, verdwijnt.",
            "Are you sure? What you filled in for this step goes away."
        ),
        SectionProgress => ("Doelen en hulp", "Goals and help"),
        InterventionsAndTreatment => ("Interventies en behandeling", "Interventions and treatment"),
        FieldProgressNote => ("Wat zie je? (mag leeg blijven)", "What do you see? (may be left empty)"),
        FieldEffect => ("Welk effect zie je? (mag leeg blijven)", "What effect do you see? (may be left empty)"),
        StateNotStarted => ("Nog niet begonnen", "Not started"),
        StateStarted => ("Net begonnen", "Just started"),
        StateRunning => ("Loopt", "Running"),
        StateCompleted => ("Afgerond", "Completed"),
        StateStopped => ("Gestopt", "Stopped"),
        NothingToShow => ("Niets ingevuld.", "Nothing filled in."),
        RecordVisit => ("Bezoek vastleggen", "Record the visit"),
        RecordCorrection => ("Correctie vastleggen", "Record the correction"),
        VisitProblems => (
            "Dit moet nog kloppen voordat het bezoek kan worden vastgelegd:",
            "This must be right before the visit can be recorded:"
        ),
        ProblemVisitInFuture => ("De datum van het bezoek ligt in de toekomst.", "The date of the visit is in the future."),
        ProblemScoredTwice => ("Iemand heeft twee cijfers gekregen.", "Someone has been given two scores."),
        ProblemReconsiderClose => (
            "Je koos ‘veilig genoeg om af te sluiten’, maar volwassenen gaven nog een laag cijfer. Weet je het zeker? Bespreek het nog eens en bevestig hieronder, of kies een andere conclusie.",
            "You chose ‘safe enough to close’, but adults still gave a low score. Are you sure? Talk it over again and confirm below, or choose another conclusion."
        ),
        ProblemReconsiderReasons => (
            "Schrijf bij ‘Waarom deze conclusie?’ waarom het toch veilig genoeg is om af te sluiten.",
            "Under ‘Why this conclusion?’, write why it is safe enough to close all the same."
        ),
        ReconsiderConfirm => (
            "Ik heb het opnieuw afgewogen: het is veilig genoeg om af te sluiten",
            "I have reconsidered: it is safe enough to close"
        ),
        FieldTookPart => ("Wie deden mee aan de evaluatie?", "Who took part in the evaluation?"),
        TookPart => ("Deden mee", "Took part"),
        LookBackGoals => ("Hulpverleningsdoelen", "Help goals"),
        LookBackInterventions => ("Interventies en behandeling", "Interventions and treatment"),
        LookBackEffect => ("Effect", "Effect"),
        // Issue 16: a case to a colleague.
        HandOverTitle => ("Overdragen aan collega", "Hand over to a colleague"),
        HandOverIntro => (
            "Het hele dossier van dit gezin gaat naar het apparaat van je collega: het plan met alle versies, de bezoeken en de evaluaties. Alleen dat apparaat kan het openen.",
            "The whole case of this family goes to your colleague's device: the plan with every version, the visits and the evaluations. Only that device can open it."
        ),
        HandOverCodeTitle => ("De koppelcode van je collega", "Your colleague's pairing code"),
        HandOverCodeIntro => (
            "Vraag je collega in Veilig te kiezen voor ‘Dossier van een collega ontvangen’. Scan de koppelcode op dat scherm. Is je collega ergens anders? Open dan de koppelcode die je collega als bestand stuurde.",
            "Ask your colleague to choose ‘Receive a case from a colleague’ in Veilig. Scan the pairing code on that screen. Is your colleague somewhere else? Then open the pairing code your colleague sent as a file."
        ),
        HandOverCodeFileHint => (
            "Een koppelcode als bestand van je collega? Open het bestand hier.",
            "A pairing code from your colleague as a file? Open the file here."
        ),
        HandOverFingerprintIntro => (
            "De koppelcode is gelezen. Vraag je collega de vingerafdruk die onder die code staat, het liefst door de telefoon, en typ hem hier. Zo gaat het dossier alleen naar het apparaat van je collega.",
            "The pairing code has been read. Ask your colleague for the fingerprint under that code, preferably over the phone, and type it here. That way the case goes only to your colleague's device."
        ),
        FieldColleagueFingerprint => ("Vingerafdruk van je collega", "Your colleague's fingerprint"),
        FieldFingerprintHint => (
            "Zestien tekens, in groepjes van vier. Hoofdletters en spaties maken niet uit.",
            "Sixteen signs, in groups of four. Capitals and spaces do not matter."
        ),
        FieldSenderFingerprintHint => (
            "Zestien tekens, op het scherm van je collega. Zo weet je zeker dat het dossier van je collega komt.",
            "Sixteen signs, on your colleague's screen. That way you know for sure the case comes from your colleague."
        ),
        PrepareCase => ("Dossier klaarmaken", "Prepare the case"),
        ColleagueFingerprintWrong => (
            "Deze vingerafdruk hoort niet bij de koppelcode die je las. Er is niets verstuurd. Kijk samen nog eens, of lees de koppelcode opnieuw.",
            "This fingerprint does not belong to the pairing code you read. Nothing was sent. Check it again together, or read the pairing code again."
        ),
        SenderFingerprintWrong => (
            "Deze vingerafdruk klopt niet. Vraag je collega nog eens naar de vingerafdruk op het scherm. Komt dit dossier niet van je collega? Voeg het dan niet toe.",
            "This fingerprint is not right. Ask your colleague again for the fingerprint on their screen. Does this case not come from your colleague? Then do not add it."
        ),
        OwnFingerprintIntro => (
            "Geef je collega de vingerafdruk van dit apparaat, het liefst door de telefoon. Je collega typt hem over voordat het dossier wordt toegevoegd.",
            "Give your colleague this device's fingerprint, preferably over the phone. Your colleague types it before the case is added."
        ),
        FingerprintLabel => ("Vingerafdruk", "Fingerprint"),
        DeviceFingerprintIntro => (
            "Lees je collega deze vingerafdruk van dit apparaat voor. Je collega typt hem over, zodat het dossier alleen hierheen gaat.",
            "Read this device's fingerprint to your colleague. Your colleague types it, so the case comes only here."
        ),
        FieldReceipt => ("Ontvangstcode van je collega", "Your colleague's receipt code"),
        FieldReceiptHint => (
            "Je collega ziet deze code van acht tekens nadat het dossier is toegevoegd. Pas dan kun je je kopie sluiten.",
            "Your colleague sees this code of eight signs once the case is added. Only then can you close your copy."
        ),
        ReceiptWrong => (
            "Deze ontvangstcode klopt niet. Je kopie blijft staan.",
            "This receipt code is not right. Your copy stays."
        ),
        ReceiptIntro => (
            "Geef je collega deze ontvangstcode. Daarmee weet je collega dat het dossier hier is aangekomen.",
            "Give your colleague this receipt code. It tells your colleague that the case has arrived here."
        ),
        ReceiptLabel => ("Ontvangstcode", "Receipt code"),
        FieldColleagueName => ("Naam van je collega (mag leeg blijven)", "Your colleague's name (may be left empty)"),
        ColleaguesTitle => ("Collega's die dit apparaat kent", "Colleagues this device knows"),
        ColleaguesIntro => (
            "Van hen neemt dit apparaat dossiers aan zonder opnieuw naar de vingerafdruk te vragen. Vergeet een collega met een ander apparaat, of als je het niet vertrouwt.",
            "This device accepts cases from them without asking for the fingerprint again. Forget a colleague who has another device, or when you do not trust it."
        ),
        ColleagueUnnamed => ("Collega zonder naam", "Colleague without a name"),
        ForgetColleagueConfirm => (
            "Weet je het zeker? Een dossier van dit apparaat vraagt daarna weer om de vingerafdruk. De dossiers die er al staan blijven.",
            "Are you sure? A case from this device will ask for the fingerprint again. The cases already here stay."
        ),
        ForgetColleagueYes => ("Ja, vergeten", "Yes, forget"),
        YourCopyTitle => ("Jouw kopie", "Your copy"),
        YourCopyIntro => (
            "Houd je kopie tot je collega het dossier heeft toegevoegd. Ben je daarna niet meer betrokken bij dit gezin? Sluit dan je kopie.",
            "Keep your copy until your colleague has added the case. Are you no longer involved with this family after that? Then close your copy."
        ),
        KeepCopy => ("Kopie houden", "Keep my copy"),
        CloseCopy => ("Kopie sluiten", "Close my copy"),
        CloseCopyConfirm => (
            "Weet je het zeker? Het hele dossier van dit gezin verdwijnt van dit apparaat. Doe dit pas als je collega het heeft toegevoegd.",
            "Are you sure? The whole case of this family goes from this device. Only do this once your colleague has added it."
        ),
        CloseCopyYes => ("Ja, kopie sluiten", "Yes, close my copy"),
        CloseCopyChanged => (
            "Er is iets veranderd aan dit dossier sinds het voor je collega werd klaargemaakt, bijvoorbeeld een nieuw bezoek. Er is niets weggehaald. Maak het dossier opnieuw klaar, zodat je collega ook dat krijgt.",
            "Something in this case changed since it was prepared for your colleague, such as a new visit. Nothing was removed. Prepare the case again, so your colleague gets that too."
        ),
        CaseNotWrittenHere => (
            "Dit dossier bevat wijzigingen op naam van dit apparaat die hier niet zijn gemaakt. Het wordt niet toegevoegd. Er is niets veranderd.",
            "This case holds changes in this device's name that were not made here. It is not added. Nothing has changed."
        ),
        CaseTooLarge => (
            "Dit dossier is te groot om in één keer over te dragen. Er is niets verstuurd.",
            "This case is too large to hand over at once. Nothing was sent."
        ),
        ReceiveCaseTitle => ("Dossier van een collega ontvangen", "Receive a case from a colleague"),
        ReceiveCaseIntro => (
            "Laat je collega deze koppelcode scannen bij ‘Overdragen aan collega’. Daarna ontvang je hieronder het dossier, als codes of als bestand.",
            "Let your colleague scan this pairing code under ‘Hand over to a colleague’. Then receive the case below, as codes or as a file."
        ),
        DeviceCodeLabel => ("Koppelcode van dit apparaat", "Pairing code of this device"),
        DeviceCodeFileHint => (
            "Is je collega ergens anders? Stuur deze koppelcode als bestand. Er staat niets geheims in: alleen waarmee je collega het dossier voor dit apparaat op slot doet.",
            "Is your colleague somewhere else? Send this pairing code as a file. There is nothing secret in it: only what your colleague locks the case for this device with."
        ),
        ReceiveCaseStep => ("Het dossier ontvangen", "Receive the case"),
        CaseKnownMerge => (
            "Dit gezin staat al op dit apparaat. Wat binnenkomt wordt samengevoegd met wat er staat, zoals bij een back-up: van twee versies blijft de nieuwste, vastgelegde bezoeken en versies van beide blijven.",
            "This family is on this device already. What arrives is merged with what is there, as with a backup: of two versions the newest stays, recorded visits and versions of both stay."
        ),
        AddCase => ("Dossier toevoegen", "Add the case"),
        DontAddCase => ("Niet toevoegen", "Do not add"),
        OpenCase => ("Dossier openen", "Open the case"),
        CaseChangedMeanwhile => (
            "Er veranderde iets op dit apparaat terwijl het dossier werd toegevoegd. Er is niets veranderd. Probeer het nog een keer.",
            "Something changed on this device while the case was being added. Nothing was changed. Please try again."
        ),
        ProblemWhyNotAlone => (
            "Schrijf bij een kind dat niet alleen is gesproken waarom niet.",
            "For a child not seen alone, write why not."
        ),
        SeenAloneQuestion => ("Alleen gesproken, zonder de ouders erbij?", "Seen alone, without the parents there?"),
        SeenAloneYes => ("Ja", "Yes"),
        SeenAloneNo => ("Nee", "No"),
        FieldWhyNotAlone => ("Waarom niet?", "Why not?"),
        FieldChildWords => ("Wat zegt het kind zelf? In de eigen woorden van het kind.", "What does the child say? In the child's own words."),
        ChildrenSayOld => ("Wat de kinderen vertelden (samen, zoals eerder genoteerd)", "What the children said (together, as noted before)"),
        SeenAloneLine => ("Alleen gesproken", "Seen alone"),
        NotSeenAloneLine => ("Niet alleen gesproken", "Not seen alone"),
        ProblemEmptyStep => (
            "Een stap is nog leeg. Vul in wat er gaat gebeuren, of verwijder de stap.",
            "A step is still empty. Fill in what will happen, or remove the step."
        ),
        DiscardVisit => ("Bezoek weggooien", "Discard this visit"),
        DiscardVisitConfirm => (
            "Weet je het zeker? Wat je voor dit bezoek hebt ingevuld, verdwijnt. Zolang Veilig open is, kun je het terugzetten.",
            "Are you sure? What you filled in for this visit goes away. As long as Veilig stays open, you can put it back."
        ),
        DiscardCorrection => ("Correctie weggooien", "Discard the correction"),
        DiscardCorrectionConfirm => (
            "Weet je het zeker? De wijzigingen van deze correctie verdwijnen. Het vastgelegde bezoek blijft zoals het was.",
            "Are you sure? The changes of this correction go away. The recorded visit stays as it was."
        ),
        DiscardYes => ("Ja, weggooien", "Yes, discard"),
        Correct => ("Corrigeren", "Correct"),
        CorrectHint => (
            "Een correctie wordt een nieuwe versie. De eerdere tekst blijft te lezen.",
            "A correction becomes a new version. The earlier text stays readable."
        ),
        CorrectionInProgress => ("Correctie nog niet vastgelegd", "Correction not recorded yet"),
        VersionsTitle => ("Versies", "Versions"),
        DeleteVisit => ("Bezoek verwijderen", "Delete this visit"),
        DeleteVisitConfirm => (
            "Weet je het zeker? Het hele bezoek verdwijnt, met alle versies. Zolang Veilig open is, kun je het terugzetten.",
            "Are you sure? The whole visit goes away, with all its versions. As long as Veilig stays open, you can put it back."
        ),
        DeleteYes => ("Ja, verwijderen", "Yes, delete"),
        PhonesTitle => ("Telefoons van het gezin", "The family's phones"),
        NoPhonesYet => (
            "Er is nog geen telefoon van dit gezin gekoppeld.",
            "No phone of this family is paired yet."
        ),
        PairPhone => ("Op een telefoon zetten", "Put on a phone"),
        PairWhoseIntro => (
            "Wiens telefoon is het? Op die telefoon komt alleen wat deze persoon hoort te zien.",
            "Whose phone is it? That phone only gets what this person should see."
        ),
        PairNobody => (
            "Zet eerst de kinderen en ouders bij Gezin en netwerk.",
            "First add the children and parents under Family and network."
        ),
        PairScanIntro => (
            "Open op die telefoon Veilig, ga naar Instellingen en kies Plan ontvangen. Scan dan de code die daar staat.",
            "On that phone, open Veilig, go to Settings and choose Receive a plan. Then scan the code shown there."
        ),
        NotAPairingCode => (
            "Dit is geen koppelcode van Veilig. Scan de code bij Plan ontvangen op de andere telefoon.",
            "This is not a Veilig pairing code. Scan the code under Receive a plan on the other phone."
        ),
        PairingCodeNewer => (
            "Die telefoon heeft een nieuwere versie van Veilig. Werk Veilig op deze telefoon eerst bij.",
            "That phone has a newer version of Veilig. Update Veilig on this phone first."
        ),
        OwnPairingCode => (
            "Dit is de code van deze telefoon zelf. Scan de code op de telefoon van het gezin.",
            "This is the code of this phone itself. Scan the code on the family's phone."
        ),
        ScanAgain => ("Opnieuw scannen", "Scan again"),
        PairedForSomeoneElse => (
            "Deze telefoon is al gekoppeld voor iemand anders in dit gezin. Ontkoppel hem daar eerst.",
            "This phone is already paired for someone else in this family. Unpair it there first."
        ),
        CheckCodeIntro => ("De controlecode van deze koppeling:", "The check code of this pairing:"),
        CheckCodeLater => (
            "Als het eerste plan op die telefoon aankomt, vraagt die telefoon om deze code. Je ziet de code ook weer als je het plan stuurt.",
            "When the first plan arrives on that phone, it asks for this code. You see the code again when you send the plan."
        ),
        PairDone => ("Klaar", "Done"),
        UnpairQuestion => (
            "Weet je het zeker? Deze telefoon krijgt dan niets meer van jou. Is de telefoon kwijt? Dan is dit de goede keuze.",
            "Are you sure? This phone then gets nothing more from you. Is the phone lost? Then this is the right choice."
        ),
        UnpairYes => ("Ja, ontkoppelen", "Yes, unpair"),
        FamilyNotFound => (
            "Dit gezin staat niet (meer) op dit apparaat.",
            "This family is not (or no longer) on this device."
        ),
        VisitNotFound => (
            "Dit bezoek staat niet (meer) op dit apparaat.",
            "This visit is not (or no longer) on this device."
        ),
        // Evaluation.
        EvaluationTitle => ("Evaluatie", "Evaluation"),
        EvaluationIntro => (
            "Kijk samen terug op de bezoeken sinds de vorige evaluatie, en spreek af hoe de hulp verdergaat.",
            "Look back together on the visits since the last evaluation, and agree how the help goes on."
        ),
        LookBackTitle => ("Terugblik", "Looking back"),
        LookBackNoVisits => ("Er zijn geen bezoeken sinds de vorige evaluatie.", "There have been no visits since the last evaluation."),
        LookBackScores => ("Cijfers", "Scores"),
        LookBackOpenSteps => ("Stappen die nog openstaan", "Steps still open"),
        FieldEvaluationOn => ("Datum van de evaluatie", "Date of the evaluation"),
        FieldLookingBack => (
            "Wat zien jullie terug? Wat ging goed, wat niet?",
            "What do you see looking back? What went well, what did not?"
        ),
        FieldConclusion => ("Conclusie", "Conclusion"),
        FieldReasons => ("Waarom deze conclusie?", "Why this conclusion?"),
        ConclusionContinue => ("Doorgaan zoals afgesproken", "Continue as agreed"),
        ConclusionContinueHint => ("Het plan werkt. De hulp gaat door.", "The plan works. The help goes on."),
        ConclusionAdjust => ("Plan aanpassen", "Adjust the plan"),
        ConclusionAdjustHint => (
            "Er komt een nieuwe versie van het plan. Die spreek je af met het gezin.",
            "A new version of the plan follows, to agree with the family."
        ),
        ConclusionScaleDown => ("Afschalen: minder hulp", "Scale down: less help"),
        ConclusionScaleDownHint => (
            "Het gaat goed genoeg voor minder bezoeken of minder hulp.",
            "Things go well enough for fewer visits or less help."
        ),
        ConclusionEscalate => ("Opschalen: meer of andere hulp", "Escalate: more or other help"),
        ConclusionEscalateHint => (
            "Het is niet veilig genoeg. Er is meer of andere hulp nodig.",
            "It is not safe enough. More or other help is needed."
        ),
        ConclusionClose => ("Afsluiten: veilig genoeg", "Close: safe enough"),
        ConclusionCloseHint => (
            "Iedereen vindt het veilig genoeg. De hulp stopt.",
            "Everyone finds it safe enough. The help stops."
        ),
        RecordEvaluation => ("Evaluatie vastleggen", "Record the evaluation"),
        EvaluationProblems => (
            "Dit moet nog kloppen voordat de evaluatie kan worden vastgelegd:",
            "This must be right before the evaluation can be recorded:"
        ),
        ProblemEvaluationInFuture => ("De datum van de evaluatie ligt in de toekomst.", "The date of the evaluation is in the future."),
        ProblemNoConclusion => ("Kies een conclusie.", "Choose a conclusion."),
        ProblemNextNotAfter => (
            "De volgende evaluatie moet na deze evaluatie liggen.",
            "The next evaluation must come after this one."
        ),
        DiscardEvaluation => ("Evaluatie weggooien", "Discard the evaluation"),
        DiscardEvaluationConfirm => (
            "Weet je het zeker? Wat je voor deze evaluatie hebt ingevuld, verdwijnt. Zolang Veilig open is, kun je het terugzetten.",
            "Are you sure? What you filled in for this evaluation goes away. As long as Veilig stays open, you can put it back."
        ),
    }
}

/// "Bel" with the name for screen readers: the accessible name of a call button.
pub fn call_name(lang: Language, name: &str) -> String {
    format!("{} {name}", T::Call.get(lang))
}

/// What a help line is for.
pub fn help_line_purpose(lang: Language, kind: HelpLineKind) -> &'static str {
    match kind {
        HelpLineKind::Emergency => T::Help112.get(lang),
        HelpLineKind::Kindertelefoon => T::HelpKindertelefoon.get(lang),
        HelpLineKind::VeiligThuis => T::HelpVeiligThuis.get(lang),
        HelpLineKind::SuicidePrevention => T::HelpSuicidePrevention.get(lang),
    }
}

/// The facts of a help line in one line, made from its data: cost, hours, chat, for whom.
/// "Gratis, en je hoeft je naam niet te zeggen. Elke dag van 11 tot 21 uur. ..."
pub fn help_line_facts(lang: Language, line: &HelpLine) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (line.free, line.anonymous) {
        (true, true) => parts.push(T::HelpFreeAnonymous.get(lang).into()),
        (true, false) => parts.push(T::HelpFree.get(lang).into()),
        _ => {}
    }
    parts.push(match (line.hours, lang) {
        (Hours::DayAndNight, _) => T::HelpDayAndNight.get(lang).into(),
        (Hours::Daily { from, to }, Language::Nl) => format!("Elke dag van {from} tot {to} uur"),
        (Hours::Daily { from, to }, Language::En) => {
            format!("Every day from {from}:00 to {to}:00")
        }
    });
    if line.chat {
        parts.push(T::HelpChat.get(lang).into());
    }
    parts.push(match (line.audience, lang) {
        (Audience::Everyone, _) => T::HelpForEveryone.get(lang).into(),
        (Audience::ChildrenAndAdults, _) => T::HelpForChildrenAndAdults.get(lang).into(),
        (Audience::Children { from_age, to_age }, Language::Nl) => {
            format!("Voor kinderen en jongeren van {from_age} tot {to_age} jaar")
        }
        (Audience::Children { from_age, to_age }, Language::En) => {
            format!("For children and young people aged {from_age} to {to_age}")
        }
    });
    parts.join(". ") + "."
}

/// When the help lines' facts were last checked (the oldest check counts).
pub fn help_lines_checked(lang: Language, on: chrono::NaiveDate) -> String {
    match lang {
        Language::Nl => format!("Deze gegevens zijn nagekeken op {}.", plan::date(lang, on)),
        Language::En => format!("These details were checked on {}.", plan::date(lang, on)),
    }
}

/// The message a phone problem shows.
pub fn phone_problem(lang: Language, error: &PhoneError) -> String {
    match (error, lang) {
        (PhoneError::Empty, _) => T::PhoneEmpty.get(lang).to_string(),
        (PhoneError::InvalidCharacter(c), Language::Nl) => {
            format!("Een telefoonnummer heeft alleen cijfers. Haal het teken ‘{c}’ weg.")
        }
        (PhoneError::InvalidCharacter(c), Language::En) => {
            format!("A phone number has only digits. Remove the character ‘{c}’.")
        }
        (PhoneError::MissingLeadingZero, _) => T::PhoneMissingZero.get(lang).to_string(),
        (PhoneError::WrongLengthDutch { digits }, Language::Nl) => format!(
            "Dit telefoonnummer klopt niet: gebruik 10 cijfers, zoals 06\u{a0}12345678. Nu zijn het er {digits}."
        ),
        (PhoneError::WrongLengthDutch { digits }, Language::En) => format!(
            "This phone number is not right: use 10 digits, like 06\u{a0}12345678. Now there are {digits}."
        ),
        (PhoneError::WrongLengthInternational { .. }, _) => {
            T::PhoneInternationalLength.get(lang).to_string()
        }
    }
}

/// The message a safe-person form problem shows next to its field.
pub fn safe_person_problem(lang: Language, problem: &SafePersonProblem) -> String {
    let too_long = |max: &usize| match lang {
        Language::Nl => format!("Dit mag hoogstens {max} tekens hebben. Maak het wat korter."),
        Language::En => format!("This can have at most {max} characters. Please make it shorter."),
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
pub fn confirm_remove(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("Weet je zeker dat je {name} wilt verwijderen?"),
        Language::En => format!("Are you sure you want to remove {name}?"),
    }
}

/// Said by the status region after a save.
pub fn saved(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("{name} is opgeslagen."),
        Language::En => format!("{name} has been saved."),
    }
}

/// Said by the status region after a removal.
pub fn removed(lang: Language, name: &str) -> String {
    match lang {
        Language::Nl => format!("{name} is verwijderd."),
        Language::En => format!("{name} has been removed."),
    }
}

/// Shown when some stored records could not be read (they stay stored, untouched).
pub fn unreadable_records(lang: Language, count: usize) -> String {
    match (lang, count) {
        (Language::Nl, 1) => "Eén bewaarde persoon kon niet worden gelezen. Die blijft bewaard; er is niets verwijderd.".to_string(),
        (Language::Nl, n) => format!("{n} bewaarde personen konden niet worden gelezen. Ze blijven bewaard; er is niets verwijderd."),
        (Language::En, 1) => "One saved person could not be read. It stays saved; nothing was deleted.".to_string(),
        (Language::En, n) => format!("{n} saved people could not be read. They stay saved; nothing was deleted."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HELP_LINES;

    #[test]
    fn no_help_text_promises_always_for_a_line_that_is_not_open_day_and_night() {
        for lang in Language::ALL {
            let intro = T::HelpIntro.get(lang).to_lowercase();
            assert!(
                !intro.contains("altijd") && !intro.contains("always"),
                "{intro}"
            );
            for line in HELP_LINES {
                let text = format!(
                    "{} {}",
                    help_line_purpose(lang, line.kind),
                    help_line_facts(lang, &line)
                )
                .to_lowercase();
                let says_always = ["altijd", "always", "dag en nacht", "day and night", "24"]
                    .iter()
                    .any(|w| text.contains(w));
                assert_eq!(
                    says_always,
                    line.day_and_night(),
                    "{lang:?} {}: {text}",
                    line.name
                );
                assert_eq!(text.contains("gratis") || text.contains("free"), line.free);
                assert_eq!(text.contains("chat"), line.chat, "{text}");
            }
        }
        let kt = &HELP_LINES[1];
        assert_eq!(
            help_line_facts(Language::Nl, kt),
            "Gratis, en je hoeft je naam niet te zeggen. Elke dag van 11 tot 21 uur. \
             Chatten kan ook, op hun website (met internet). \
             Voor kinderen en jongeren van 8 tot 18 jaar."
        );
    }

    #[test]
    fn every_text_exists_in_every_language() {
        let keys = T::ALL.iter().map(|&k| Key::from(k));
        for key in keys.chain(L::ALL.iter().map(|&k| Key::from(k))) {
            for lang in Language::ALL {
                assert!(!key.text(lang).trim().is_empty(), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_key_of_either_table_reads_as_its_own() {
        let lang = Language::En;
        assert_eq!(Key::from(L::Loading).text(lang), L::Loading.get(lang));
        assert_eq!(Key::from(T::ContactsTitle).text(lang), "My safe people");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), lang);
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Language::from_code("fr"), Language::Nl);
    }
}

pub mod home;
pub mod plan;
#[cfg(feature = "professional")]
pub mod professional;

/// The check code for screen readers, digit by digit: "Controlecode 4 8 2 9 1 3".
pub fn check_code_label(lang: Language, code: &str) -> String {
    let digits: Vec<String> = code
        .chars()
        .filter(char::is_ascii_digit)
        .map(String::from)
        .collect();
    match lang {
        Language::Nl => format!("Controlecode {}", digits.join(" ")),
        Language::En => format!("Check code {}", digits.join(" ")),
    }
}
