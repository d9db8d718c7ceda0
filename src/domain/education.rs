//! Psycho-education for young people, written by this project, by topic, age band and
//! language.
//!
//! The texts follow `shared/design/content-guide.md`: it is never your fault; every child has
//! a right to be safe; "a safe adult", not "your parents"; mixed feelings are normal; honest
//! about what happens when you tell. Sentence length is held per band by tests (at most 8
//! words for 4-7, 12 for 8-11, 15 for 12-15 and 18 for 16+), and words that are hard to read
//! are refused with their plain replacement ([`HARD_WORDS`]). Content is data here so the
//! domain's tests can check that every topic exists for every band and language.

use super::{AgeBand, Language};

/// A subject of psycho-education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    NotYourFault,
    RightToBeSafe,
    YourPlan,
    Feelings,
    Secrets,
    /// Your body is yours: no, private places, touching secrets are bad secrets.
    YourBody,
    GettingHelp,
    /// What happens after you tell: honest, so that telling holds no surprises.
    AfterTelling,
    /// When the person you call does not answer: the next one, and 112 in danger.
    NobodyAnswers,
    /// Only shown when the plan says the young person witnessed violence at home.
    WitnessedViolence,
}

impl Topic {
    /// Every topic, in reading order.
    pub const ALL: [Topic; 10] = [
        Topic::NotYourFault,
        Topic::RightToBeSafe,
        Topic::YourPlan,
        Topic::Feelings,
        Topic::Secrets,
        Topic::YourBody,
        Topic::GettingHelp,
        Topic::AfterTelling,
        Topic::NobodyAnswers,
        Topic::WitnessedViolence,
    ];

    /// The topics for a young person: all of them, the one about witnessed violence only
    /// when their plan says so.
    pub fn for_young_person(witnessed_violence: bool) -> Vec<Topic> {
        Topic::ALL
            .into_iter()
            .filter(|t| witnessed_violence || *t != Topic::WitnessedViolence)
            .collect()
    }

    /// A stable name, for tests and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::NotYourFault => "not-your-fault",
            Topic::RightToBeSafe => "right-to-be-safe",
            Topic::YourPlan => "your-plan",
            Topic::Feelings => "feelings",
            Topic::Secrets => "secrets",
            Topic::YourBody => "your-body",
            Topic::GettingHelp => "getting-help",
            Topic::AfterTelling => "after-telling",
            Topic::NobodyAnswers => "nobody-answers",
            Topic::WitnessedViolence => "witnessed-violence",
        }
    }
}

/// One topic for one band in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lesson {
    pub title: &'static str,
    /// For 4-7: one idea a page, shown one at a time. For the older bands: paragraphs,
    /// shown together.
    pub pages: &'static [&'static str],
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 4] = [
        AgeBand::UpTo7,
        AgeBand::From8To11,
        AgeBand::From12To15,
        AgeBand::From16,
    ];

    /// The longest sentence the band's texts may have, in words.
    pub fn max_sentence_words(self) -> usize {
        match self {
            AgeBand::UpTo7 => 8,
            AgeBand::From8To11 => 12,
            AgeBand::From12To15 => 15,
            AgeBand::From16 => 18,
        }
    }

    /// Whether this band reads one idea a screen.
    pub fn one_idea_a_screen(self) -> bool {
        self == AgeBand::UpTo7
    }
}

/// Words too hard for the family's texts, each with the plain word to use instead (Dutch and
/// English). Matched in lower case anywhere in a word, so a stem covers its forms.
pub const HARD_WORDS: &[(&str, &str)] = &[
    ("geëvalueerd", "samen bekeken"),
    ("evalueren", "samen bekijken"),
    ("verantwoordelijk", "het is hun taak"),
    ("coördin", "regelen"),
    ("loyaal", "van iemand houden"),
    ("loyaliteit", "van allebei houden"),
    ("inschakel", "advies vragen of melden"),
    ("interventie", "hulp"),
    ("escaleer", "uit de hand lopen"),
    ("psycho-educatie", "uitleg"),
    ("bevat", "staat in"),
    ("middels", "met"),
    ("teneinde", "om"),
    ("adequa", "goed"),
    ("concentreren", "opletten"),
    ("evaluated", "looked at again"),
    ("responsib", "their job"),
    ("coordinat", "organise"),
    ("loyal", "love"),
    ("intervention", "help"),
    ("escalat", "get out of hand"),
    ("psychoeducation", "explanation"),
    ("adequate", "good enough"),
    ("concentrate", "focus"),
];

/// A drawing that goes with one idea for the youngest (4-7): simple shapes, nothing
/// frightening, drawn by the app itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Picture {
    House,
    Heart,
    Cloud,
    Grownups,
    Ball,
    Shield,
    Tree,
    Plan,
    Phone,
    People,
    Faces,
    Breathe,
    Bear,
    Gift,
    Talk,
    Door,
}

impl Picture {
    /// Every picture.
    pub const ALL: [Picture; 16] = [
        Picture::House,
        Picture::Heart,
        Picture::Cloud,
        Picture::Grownups,
        Picture::Ball,
        Picture::Shield,
        Picture::Tree,
        Picture::Plan,
        Picture::Phone,
        Picture::People,
        Picture::Faces,
        Picture::Breathe,
        Picture::Bear,
        Picture::Gift,
        Picture::Talk,
        Picture::Door,
    ];

    /// What the picture shows, for whoever cannot see it.
    pub fn alt(self, language: Language) -> &'static str {
        let (nl, en) = match self {
            Picture::House => ("Tekening: een huis", "Drawing: a house"),
            Picture::Heart => ("Tekening: een hart", "Drawing: a heart"),
            Picture::Cloud => ("Tekening: een wolk met regen", "Drawing: a cloud with rain"),
            Picture::Grownups => (
                "Tekening: een grote en een kleine persoon",
                "Drawing: a big and a small person",
            ),
            Picture::Ball => (
                "Tekening: een bal om mee te spelen",
                "Drawing: a ball to play with",
            ),
            Picture::Shield => ("Tekening: een schild", "Drawing: a shield"),
            Picture::Tree => (
                "Tekening: een boom en de zon",
                "Drawing: a tree and the sun",
            ),
            Picture::Plan => (
                "Tekening: een blad met afspraken",
                "Drawing: a sheet with agreements",
            ),
            Picture::Phone => ("Tekening: een telefoon", "Drawing: a phone"),
            Picture::People => (
                "Tekening: drie mensen bij elkaar",
                "Drawing: three people together",
            ),
            Picture::Faces => (
                "Tekening: drie gezichten, bang, boos en verdrietig",
                "Drawing: three faces, scared, angry and sad",
            ),
            Picture::Breathe => (
                "Tekening: rustige golfjes, zoals je ademt",
                "Drawing: calm waves, like breathing",
            ),
            Picture::Bear => ("Tekening: een knuffelbeer", "Drawing: a teddy bear"),
            Picture::Gift => ("Tekening: een cadeautje", "Drawing: a present"),
            Picture::Talk => ("Tekening: een tekstballon", "Drawing: a speech bubble"),
            Picture::Door => (
                "Tekening: een deur met een hart",
                "Drawing: a door with a heart",
            ),
        };
        language.pick(nl, en)
    }
}

/// The picture for each idea of `topic` for the youngest, in page order (the same in every
/// language).
pub fn pictures(topic: Topic) -> &'static [Picture] {
    use Picture::*;
    match topic {
        Topic::NotYourFault => &[House, Heart, Cloud, Grownups, Ball],
        Topic::RightToBeSafe => &[Shield, Tree, Heart, Shield, Grownups],
        Topic::YourPlan => &[Plan, Plan, Grownups, People, Phone],
        Topic::Feelings => &[Faces, Cloud, Heart, Breathe, Bear, People],
        Topic::Secrets => &[Gift, Gift, Gift, Cloud, Talk, Talk],
        Topic::YourBody => &[Heart, Talk, Shield, Shield, Cloud, People, Heart],
        Topic::GettingHelp => &[Talk, People, Talk, Shield, Grownups, Phone],
        Topic::AfterTelling => &[Talk, Heart, Grownups, People, Talk, Plan, Heart, Talk],
        Topic::NobodyAnswers => &[Phone, Heart, People, Door, Phone],
        Topic::WitnessedViolence => &[House, Cloud, Heart, Ball, Door, Phone, Heart],
    }
}

/// The sentences of a text, in order: a sentence ends at `.`, `!` or `?` followed by a space
/// or the end (so "113.nl" stays whole). Read aloud one at a time, and held to the band's
/// length by the tests.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at_end = chars.peek().is_none_or(|(_, next)| next.is_whitespace());
        if matches!(c, '.' | '!' | '?') && at_end {
            let end = i + c.len_utf8();
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// The title of a topic (the same for every band).
pub fn title(topic: Topic, language: Language) -> &'static str {
    let (nl, en) = match topic {
        Topic::NotYourFault => ("Het is niet jouw schuld", "It is not your fault"),
        Topic::RightToBeSafe => ("Je hebt recht op veiligheid", "You have a right to be safe"),
        Topic::YourPlan => ("Jouw veiligheidsplan", "Your safety plan"),
        Topic::Feelings => ("Gevoelens en zorgen", "Feelings and worries"),
        Topic::Secrets => ("Goede en slechte geheimen", "Good and bad secrets"),
        Topic::YourBody => ("Je lichaam is van jou", "Your body is yours"),
        Topic::GettingHelp => ("Hulp vragen", "Asking for help"),
        Topic::AfterTelling => ("Als je het vertelt", "When you tell"),
        Topic::NobodyAnswers => ("Als niemand opneemt", "When nobody answers"),
        Topic::WitnessedViolence => (
            "Als je thuis geweld ziet of hoort",
            "When you see or hear violence at home",
        ),
    };
    language.pick(nl, en)
}

/// The lesson on `topic` for `band`, in `language`.
pub fn lesson(topic: Topic, band: AgeBand, language: Language) -> Lesson {
    let pages = match language {
        Language::Nl => dutch(topic, band),
        Language::En => english(topic, band),
    };
    Lesson {
        title: title(topic, language),
        pages,
    }
}

fn dutch(topic: Topic, band: AgeBand) -> &'static [&'static str] {
    use AgeBand::*;
    use Topic::*;
    match (topic, band) {
        (NotYourFault, UpTo7) => &[
            "Soms gebeuren er thuis nare dingen.",
            "Dat is nooit jouw schuld.",
            "Ook niet als je boos was. Ook niet als je niet luisterde.",
            "Grote mensen moeten zorgen dat het goed gaat.",
            "Jij mag gewoon kind zijn.",
        ],
        (NotYourFault, From8To11) => &[
            "Misschien is er thuis iets gebeurd waar je van schrok. Of misschien maak je je al lang zorgen.",
            "Wat er ook gebeurd is: het is niet jouw schuld. Ook niet als je ruzie had, of niet luisterde.",
            "Grote mensen moeten zelf hun boosheid in de hand houden. Dat is hun taak, niet die van jou.",
            "Er komt nu hulp. Ook dat is niet jouw schuld. Hulp komt omdat elk kind veilig moet zijn.",
        ],
        (NotYourFault, From12To15) => &[
            "Is er thuis geweld, of wordt er niet goed voor je gezorgd? Dan zoek je misschien naar een reden. Veel jongeren denken dat het aan hen ligt.",
            "Dat klopt niet. Volwassenen moeten zorgen dat je veilig bent en goed verzorgd wordt. Ook als ze boos, moe of gestrest zijn. Dat is hun taak, niet die van jou. Niets wat jij doet of zegt, maakt geweld of slechte zorg oké.",
            "Ook de hulp die nu komt, is niet jouw schuld. Hulpverleners komen omdat volwassenen het thuis veiliger moeten maken. Niet omdat jij iets fout deed.",
            "Voel je je toch schuldig? Praat erover met een van je veilige mensen. Of bel of chat anoniem met De Kindertelefoon.",
        ],
        (NotYourFault, From16) => &[
            "Wat er thuis gebeurd is, is niet jouw schuld: volwassenen moeten voor een veilig thuis zorgen. Misschien was jij weleens boos, brutaal of lastig. Geweld of verwaarlozing is daar nooit een terecht antwoord op.",
            "Misschien heb je lang voor jezelf gezorgd, voor broers of zussen, of zelfs voor een ouder. Dat zegt veel over je kracht. Maar het was nooit jouw taak.",
            "Je schuldig voelen komt veel voor, juist bij jongeren die veel hebben meegemaakt. Het helpt vaak om het hardop te zeggen, tegen iemand die je vertrouwt of tegen een hulpverlener.",
        ],
        (RightToBeSafe, UpTo7) => &[
            "Elk kind moet veilig zijn.",
            "Op school. Buiten. En ook thuis.",
            "Veilig betekent: niemand doet je pijn.",
            "Veilig betekent ook: niemand maakt je bang.",
            "Grote mensen zorgen voor die veiligheid. Niet jij.",
        ],
        (RightToBeSafe, From8To11) => &[
            "Elk kind heeft recht op veiligheid. Bijna elk land van de wereld heeft dat afgesproken. Nederland ook.",
            "Veilig zijn betekent dat niemand je pijn doet. Niet met slaan, niet met schoppen, niet met woorden.",
            "Het betekent ook: genoeg eten, rustig slapen en naar school gaan.",
            "Zorgen voor veiligheid is de taak van volwassenen. Jij hoeft dat niet te regelen.",
        ],
        (RightToBeSafe, From12To15) => &[
            "Iedereen onder de 18 heeft recht op bescherming tegen geweld, verwaarlozing en misbruik. Dat staat in het Kinderrechtenverdrag en in de Nederlandse wet.",
            "Dat recht geldt overal: op school, online en ook thuis. Thuis zou juist de veiligste plek moeten zijn.",
            "Is het thuis niet veilig, dan moeten volwassenen ingrijpen. Daarom is er nu een plan. Jij hoeft de oplossing niet zelf te vinden.",
            "Je mag zeggen wat je nodig hebt om je veilig te voelen. Zeg het tegen de hulpverlener of een volwassene die je vertrouwt.",
        ],
        (RightToBeSafe, From16) => &[
            "Tot je 18e heb je recht op bescherming en verzorging. Dat staat in het Kinderrechtenverdrag en in de Nederlandse wet. Je recht op een leven zonder geweld houdt daarna niet op.",
            "Veiligheid gaat over meer dan slaan. Ook bedreigen, vernederen, alles controleren, opsluiten en verwaarlozen zijn onveilig.",
            "Je bent bijna volwassen en je mening weegt zwaar. Je mag zeggen wat jij nodig hebt, ook als dat anders is dan wat je ouders willen.",
        ],
        (YourPlan, UpTo7) => &[
            "Er is een plan gemaakt. Voor jou.",
            "Het heet een veiligheidsplan.",
            "Daarin staat hoe iedereen gaat helpen.",
            "Er staan veilige mensen in.",
            "Een veilige persoon mag je altijd bellen.",
        ],
        (YourPlan, From8To11) => &[
            "De mensen om je heen hebben samen een veiligheidsplan gemaakt. Daarin staat wat iedereen doet om het thuis veilig te maken.",
            "In het plan staan ook jouw veilige personen. Dat zijn volwassenen die je vertrouwt en altijd mag bellen.",
            "Bel ze als je bang bent of je zorgen maakt. Of gewoon als je wilt praten.",
            "Het plan wordt af en toe opnieuw bekeken. Wat vind jij ervan? Zeg het tegen de hulpverlener van je gezin.",
        ],
        (YourPlan, From12To15) => &[
            "Een veiligheidsplan is een lijst afspraken. Je ouders, mensen om hen heen en de hulpverlener hebben die samen gemaakt. Er staat in wat iedereen doet om het thuis veilig te houden.",
            "In het plan staat bijvoorbeeld wie er op de veiligheid let. Ook staat erin wie helpt als het thuis even niet lukt. Er zijn ook afspraken voor feestjes, of voor als er alcohol is.",
            "Ook jouw veilige personen staan erin. Dat zijn volwassenen die je vertrouwt en kunt bellen of appen.",
            "Het plan wordt regelmatig bekeken. Je mag meepraten over je plan. Werkt iets niet, of past het niet bij je? Zeg het tegen de hulpverlener of een volwassene die je vertrouwt.",
        ],
        (YourPlan, From16) => &[
            "In het veiligheidsplan staan de afspraken om het thuis veilig te maken. Je ouders, hun netwerk en de hulpverlening hebben ze samen gemaakt. Het gaat ook over jou: je mag het lezen en meepraten.",
            "Er staat in wie er op de veiligheid let en wie bijspringt als het thuis te zwaar wordt. Er staat ook in welke afspraken er gelden en wie de hulp regelt (dat heet de regie).",
            "Jouw veilige personen staan erin. Dat zijn mensen die je vertrouwt en kunt bellen of appen als het niet goed gaat.",
            "Het plan geldt voor een bepaalde tijd. In die tijd en aan het eind bekijkt de hulpverlener met je gezin hoe het gaat. Werkt iets niet, of ben je het ergens niet mee eens? Zeg het tegen de hulpverlener. Dat mag altijd.",
        ],
        (Feelings, UpTo7) => &[
            "Je kunt bang zijn. Of boos. Of verdrietig.",
            "Soms alles tegelijk. Dat mag.",
            "Je kunt van iemand houden en bang zijn.",
            "Wat helpt? Langzaam in- en uitademen.",
            "Tekenen. Rennen. Je knuffel vasthouden.",
            "Praten met een van je veilige mensen.",
        ],
        (Feelings, From8To11) => &[
            "Na alles wat er gebeurd is, kun je van alles voelen. Bang, boos, verdrietig, of juist niets.",
            "Je kunt van iemand houden en tegelijk bang zijn. Dat is heel normaal.",
            "Zorgen kunnen in je buik of in je hoofd zitten. Misschien slaap je slecht, of kun je op school niet goed opletten.",
            "Wat kan helpen: langzaam ademhalen, tekenen, buiten rennen, muziek luisteren. Of praten met een van je veilige mensen.",
            "Zoek een plek in huis waar je rustig wordt. Een hoekje met een kussen of je knuffel.",
        ],
        (Feelings, From12To15) => &[
            "Na geweld of veel spanning thuis reageren je lichaam en je hoofd. Misschien schrik je van geluiden of slaap je slecht. Of je wordt snel boos, of je kunt moeilijk opletten.",
            "Gevoelens kunnen door elkaar lopen. Je kunt van iemand houden, diegene missen en tegelijk boos of bang zijn. Dat is niet raar; zo werken mensen.",
            "Wat helpt verschilt per persoon. Sporten, muziek, schrijven, of deze ademhaling: vier tellen in, vier tellen vasthouden, zes tellen uit. Of praten met iemand die je vertrouwt.",
            "Wordt het je te veel, of gaat het niet over? Zeg het tegen een van je veilige mensen, of bel of chat met De Kindertelefoon. Daar zijn ze voor.",
        ],
        (Feelings, From16) => &[
            "Wie geweld of lange tijd spanning meemaakt, kan daar nog lang last van hebben. Bijvoorbeeld: slecht slapen, schrikken, piekeren of somber zijn. Of je afsluiten, of juist snel woedend worden.",
            "Gemengde gevoelens over je ouders zijn normaal. Je kunt van iemand houden, diegene trouw willen blijven en toch willen dat het stopt.",
            "Wat helpt is voor iedereen anders: bewegen, muziek, schrijven, mensen om je heen, een vast ritme. Alcohol of drugs lijken even te helpen, maar maken het op den duur zwaarder.",
            "Denk je eraan om jezelf iets aan te doen? Praat erover. Dat kan anoniem bij 113 Zelfmoordpreventie: bel gratis 0800-0113, of chat via 113.nl.",
        ],
        (Secrets, UpTo7) => &[
            "Een goed geheim is leuk.",
            "Zoals een cadeautje voor een verjaardag.",
            "Een goed geheim is snel weer voorbij.",
            "Een slecht geheim voelt naar of eng.",
            "Een slecht geheim mag je altijd vertellen.",
            "Ook als iemand zei dat het niet mag.",
        ],
        (Secrets, From8To11) => &[
            "Er zijn goede geheimen en slechte geheimen.",
            "Een goed geheim is leuk en houdt vanzelf op. Zoals een verrassing voor iemands verjaardag.",
            "Een slecht geheim voelt naar. Je wordt er bang, verdrietig of eenzaam van.",
            "Soms zegt iemand: je mag dit aan niemand vertellen. Of: er gebeurt iets ergs als je het vertelt.",
            "Een slecht geheim mag je altijd vertellen aan een veilige volwassene. Ook als iemand zei dat het niet mag. Dat is geen klikken: je zorgt voor jezelf.",
        ],
        (Secrets, From12To15) => &[
            "Een goed geheim is iets leuks dat vanzelf ophoudt, zoals een verrassingsfeest. Een slecht geheim voelt zwaar, en iemand wil dat je het voor je houdt.",
            "Soms zegt iemand: als je iets vertelt, valt het gezin uit elkaar. Of: dan kom jij in de problemen. Dat is druk zetten, en dat is niet eerlijk.",
            "Een slecht geheim mag je altijd vertellen. Ook als je beloofd hebt het niet te doen. Een belofte onder druk telt niet.",
            "Vertel het aan een veilige volwassene. Wil je eerst weten wat er dan gebeurt? Chat anoniem met De Kindertelefoon.",
        ],
        (Secrets, From16) => &[
            "Iets persoonlijks dat je voor jezelf houdt, is van jou. Maar soms beschermt een geheim iemand anders, terwijl jij of een ander eronder lijdt. Zo'n geheim hoef je niet te bewaren.",
            "Soms zegt iemand: \"het gezin valt uit elkaar\" of \"je wordt uit huis geplaatst\" als je iets vertelt. Dat is druk om je stil te houden. Je mag er toch over praten, ook als je iets beloofd hebt.",
            "Uit huis gaan gebeurt soms echt, als het thuis niet veilig genoeg te maken is. Dan is dat om jou te beschermen, niet als straf omdat je iets vertelde. Vraag de hulpverlener wat er in jouw situatie kan gebeuren.",
            "Weet je niet zeker wat er gebeurt als je iets vertelt? Je kunt je vraag eerst anoniem stellen bij De Kindertelefoon of bij Veilig Thuis.",
        ],
        (YourBody, UpTo7) => &[
            "Jouw lichaam is van jou.",
            "Je mag nee zeggen als iemand wil knuffelen.",
            "Niemand mag je pijn doen.",
            "Wat onder je zwemkleding zit, is privé.",
            "Een geheim over aanraken is een slecht geheim.",
            "Vertel zo'n geheim aan je veilige mensen.",
            "Het is nooit jouw schuld.",
        ],
        (YourBody, From8To11) => &[
            "Jouw lichaam is van jou. Jij mag zeggen wat je fijn vindt en wat niet.",
            "Niemand mag je slaan, schoppen of pijn doen. Ook een volwassene niet.",
            "De plekken onder je zwemkleding zijn privé. Een dokter mag soms kijken of voelen. De dokter vertelt eerst waarom. Daar hoort een veilige volwassene bij. Verder mag niemand je daar aanraken of bekijken. Ook mag niemand vragen dat jij hen daar aanraakt.",
            "Moet je van iemand iets over aanraken geheimhouden? Dat is een slecht geheim. Je mag het altijd vertellen.",
            "Het is nooit jouw schuld, ook niet als je eerst niets zei. Vertel het aan een van je veilige mensen.",
        ],
        (YourBody, From12To15) => &[
            "Jouw lichaam is van jou. Jij bepaalt wie je aanraakt en hoe.",
            "Niemand mag je slaan, pijn doen of je lichaam gebruiken. Dat geldt ook voor mensen die je kent: familie, volwassenen of andere jongeren.",
            "Aanraken of kijken op een manier die je niet wilt, mag niet. Ook niet als iemand zegt dat het normaal is. Ook online: niemand mag je onder druk zetten om naaktfoto's te sturen.",
            "Vaak zegt zo iemand dat het geheim moet blijven. Dat is een slecht geheim: je mag het altijd vertellen.",
            "Het is nooit jouw schuld, ook niet als je niets zei. Ook niet als je lichaam reageerde op een manier die je niet wilde. Praat met een van je veilige mensen, of anoniem met De Kindertelefoon.",
        ],
        (YourBody, From16) => &[
            "Jouw lichaam is van jou. Jij bepaalt wat je wilt, en je mag altijd van gedachten veranderen.",
            "Seks of aanraken zonder dat jij echt ja zegt, mag niet en kan strafbaar zijn. Ook niet binnen een relatie of in je familie.",
            "Druk, dreigen, cadeaus of beloftes maken van een nee geen ja.",
            "Is je iets overkomen? Het is nooit jouw schuld, ook niet als je niets zei. Je lichaam kan reageren zonder dat je het wilt; dat betekent geen ja.",
            "Praat erover met een van je veilige mensen. Bij Veilig Thuis of de huisarts kun je ook terecht.",
        ],
        (GettingHelp, UpTo7) => &[
            "Je mag altijd om hulp vragen.",
            "Ga naar een van je veilige mensen.",
            "Zeg: ik voel me niet veilig.",
            "Zij gaan proberen het veilig te maken.",
            "Daarvoor praten ze soms met andere grote mensen.",
            "Is er nu gevaar? Bel 112.",
        ],
        (GettingHelp, From8To11) => &[
            "Je mag altijd hulp vragen. Ook als je niet zeker weet of het erg genoeg is.",
            "Vertel het aan een van je veilige mensen. Of aan je juf, meester of een andere volwassene die je vertrouwt.",
            "Zij gaan proberen om het veilig te maken. Daarvoor moeten ze soms met andere mensen praten.",
            "Je kunt ook De Kindertelefoon bellen of chatten: 0800-0432. Dat is gratis, en je hoeft je naam niet te zeggen.",
            "Is er nu iemand in gevaar? Bel dan 112.",
        ],
        (GettingHelp, From12To15) => &[
            "Je kunt hulp vragen aan je veilige mensen, een leraar, je mentor of de huisarts. Je kunt ook bellen of chatten met De Kindertelefoon (0800-0432): gratis en anoniem.",
            "Eerlijk is eerlijk: vertel je dat het thuis niet veilig is? Dan kan een volwassene dat niet altijd geheimhouden. Om het veilig te maken moeten ze soms met anderen overleggen, bijvoorbeeld met Veilig Thuis.",
            "Je mag vragen wat ze met je verhaal gaan doen. En wie het te horen krijgt. Een goede hulpverlener legt dat uit voordat er iets gebeurt.",
            "Is er nu gevaar, voor jou of voor iemand anders? Bel 112.",
        ],
        (GettingHelp, From16) => &[
            "Als je iets vertelt, neemt een goede volwassene of hulpverlener je serieus. Die kijkt hoe het veilig kan worden. Bij ernstige zorgen kunnen ze advies vragen aan Veilig Thuis, of het daar melden. Soms moeten ze dat zelfs.",
            "Ze kunnen niet beloven dat niemand het te weten komt. Ze kunnen wel uitleggen wat ze gaan doen, en je mag vragen of ze eerst met jou overleggen.",
            "Vanaf 16 jaar beslis je in Nederland zelf over je eigen medische behandeling. Je kunt zelf naar de huisarts gaan. Veilig Thuis (0800-2000) mag je op elke leeftijd zelf bellen: gratis, dag en nacht.",
            "Is er nu direct gevaar? Bel 112.",
        ],
        (AfterTelling, UpTo7) => &[
            "Heb je iets verteld aan een grote mens?",
            "Dat is goed. En dapper.",
            "Die grote mens gaat proberen te helpen.",
            "Soms praten ze met andere helpers.",
            "Misschien komt er iemand met jou praten.",
            "Je mag vragen wat er gaat gebeuren.",
            "Wat er daarna gebeurt, is niet jouw schuld.",
            "Helpt die niet? Vertel het iemand anders.",
        ],
        (AfterTelling, From8To11) => &[
            "Vertel je dat het thuis niet veilig is? Dan doe je iets dappers. Vertellen is nooit verkeerd. Wat er ook gebeurt: het is niet jouw schuld.",
            "De volwassene die het hoort, gaat proberen het veilig te maken. Daarvoor praat die soms met anderen, zoals Veilig Thuis.",
            "Iemand van Veilig Thuis wil dan misschien met jou praten. Dat kan thuis zijn, of op school. Ze vragen hoe het met je gaat.",
            "Je mag vragen wat er met je verhaal gebeurt. Je mag zeggen dat je iets moeilijk vindt. En je mag vragen of iemand die je vertrouwt erbij kan zijn. Soms willen ze eerst alleen met jou praten.",
            "Het kan even duren voordat het beter gaat. Blijf praten met je veilige mensen. Luistert iemand niet? Vertel het dan aan een andere volwassene.",
        ],
        (AfterTelling, From12To15) => &[
            "Vertellen dat het thuis niet veilig is, is dapper. Het is nooit verkeerd, ook niet als er daarna veel gebeurt. Wat er daarna gebeurt, is niet jouw schuld.",
            "Een volwassene die het hoort, gaat proberen het veilig te maken. Een leraar of hulpverlener moet dat zelfs. Vaak vragen ze advies aan Veilig Thuis, of ze melden het daar.",
            "Na een melding praat Veilig Thuis meestal met je ouders, en vaak met jou. Dat kan op school zijn, zodat je vrijuit kunt praten.",
            "Je mag vragen wat ze met je verhaal gaan doen. En wie het te horen krijgt. Je mag vragen of iemand die je vertrouwt erbij is. Dat kan niet altijd; vraag dan waarom.",
            "Soms wordt het eerst moeilijker voordat het beter wordt. Dat betekent niet dat vertellen fout was. Praat erover met je veilige mensen of met De Kindertelefoon. Helpt de eerste volwassene niet? Vertel het dan aan iemand anders.",
        ],
        (AfterTelling, From16) => &[
            "Als je vertelt dat het thuis niet veilig is, zet je een moeilijke en dappere stap. Wat er daarna gebeurt, is niet jouw schuld.",
            "Een volwassene of hulpverlener die het hoort, kan advies vragen aan Veilig Thuis of het daar melden. Een leraar of hulpverlener moet dat bij ernstige zorgen soms.",
            "Na een melding bekijkt Veilig Thuis of het thuis veilig is. Ze praten met je ouders en vaak ook met jou, soms op school.",
            "Soms is er meer nodig, zoals hulp voor het hele gezin. Of de kinderrechter beslist over extra bescherming, zoals een gezinsvoogd. Dan mag jij de kinderrechter vertellen wat je vindt. Vraag wat er in jouw situatie kan gebeuren.",
            "Je mag zeggen wat jij belangrijk vindt en wat je nodig hebt. Je mag vragen of iemand die je vertrouwt meegaat naar een gesprek. Dat kan niet altijd; vraag dan waarom.",
        ],
        (NobodyAnswers, UpTo7) => &[
            "Soms neemt niemand de telefoon op.",
            "Dat is niet jouw schuld.",
            "Bel dan een andere veilige persoon.",
            "Of ga naar een veilige plek.",
            "Is er nu gevaar? Bel 112.",
        ],
        (NobodyAnswers, From8To11) => &[
            "Soms bel je iemand en neemt niemand op. Dat gebeurt. Het is niet jouw schuld.",
            "Bel dan de volgende persoon op je lijst. Of stuur een berichtje.",
            "Je kunt ook De Kindertelefoon bellen. Onder Direct hulp staat wanneer ze open zijn.",
            "Is er nu gevaar, voor jou of voor iemand anders? Bel meteen 112. Daar is dag en nacht iemand.",
        ],
        (NobodyAnswers, From12To15) => &[
            "Neemt niemand op, terwijl je iemand nodig hebt? Dat is zwaar. Maar je kunt nog meer doen.",
            "Bel of app de volgende persoon op je lijst. Of spreek iets in, zodat ze weten dat je ze zoekt.",
            "Bij De Kindertelefoon kun je bellen of chatten. Onder Direct hulp staat wanneer ze open zijn.",
            "Veilig Thuis kun je dag en nacht bellen, ook als jongere. Het nummer staat onder Direct hulp.",
            "Is er nu gevaar, voor jou of voor iemand anders? Bel 112.",
        ],
        (NobodyAnswers, From16) => &[
            "Het kan gebeuren dat niemand opneemt, net als je iemand nodig hebt. Dat is zwaar, en het zegt niets over jou.",
            "Probeer de volgende persoon op je lijst. Spreek iets in of stuur een bericht, zodat ze weten dat je ze zoekt.",
            "Veilig Thuis kun je dag en nacht bellen, ook voor advies. Tot je 18e kun je ook chatten met De Kindertelefoon; de tijden staan onder Direct hulp.",
            "Denk je eraan om jezelf iets aan te doen? Bel of chat met 113 Zelfmoordpreventie. Die is er dag en nacht.",
            "Is er nu gevaar, voor jou of voor iemand anders? Bel 112.",
        ],
        (WitnessedViolence, UpTo7) => &[
            "Soms doen grote mensen thuis elkaar pijn.",
            "Of ze schreeuwen heel hard.",
            "Dat zien of horen is ook erg.",
            "Jij hoeft het niet te stoppen.",
            "Ga naar een veilige plek in huis.",
            "Bel een veilige persoon. Of bel 112.",
            "Het is nooit jouw schuld.",
        ],
        (WitnessedViolence, From8To11) => &[
            "Soms doen volwassenen thuis elkaar pijn. Of ze schreeuwen en gooien met spullen.",
            "Dat zien of horen is ook heel naar. Ook als jou zelf niets overkomt.",
            "Je kunt er bang van worden, of slecht van slapen. Dat is een normale reactie.",
            "Het is niet jouw taak om het te stoppen. En ook niet om een volwassene te beschermen.",
            "Ga naar een veilige plek, zoals je kamer of bij de buren. Bel een veilige persoon, of 112 als er gevaar is.",
            "Wat er ook gebeurt tussen volwassenen: het is nooit jouw schuld.",
        ],
        (WitnessedViolence, From12To15) => &[
            "Als volwassenen thuis elkaar slaan, duwen, bedreigen of uitschelden, is dat huiselijk geweld. Ook als je het alleen ziet of hoort, raakt het jou.",
            "Jongeren die dit meemaken hebben vaak last van spanning, schrikken of slecht slapen. Dat zegt niets over jou. Het is een normale reactie op iets wat niet normaal is.",
            "Het is niet jouw taak om het geweld te stoppen of een ouder te beschermen. Ertussen gaan staan kan gevaarlijk zijn voor jou.",
            "Ga naar een veilige plek. Bel of app een van je veilige mensen. Is iemand in gevaar? Bel 112.",
            "Het geweld tussen volwassenen is nooit jouw schuld.",
        ],
        (WitnessedViolence, From16) => &[
            "Geweld tussen volwassenen thuis meemaken, ook als je het alleen hoort, geldt als kindermishandeling. Dat is omdat het je veiligheid en je ontwikkeling raakt.",
            "Veel jongeren voelen dat ze er iets aan moeten doen. Ze grijpen in, beschermen een ouder of jongere broers en zussen, of proberen de sfeer goed te houden. Dat is begrijpelijk, maar het is niet jouw taak, en ingrijpen kan gevaarlijk zijn.",
            "Zorg bij geweld eerst voor jezelf: ga naar een veilige plek. Is iemand in gevaar? Bel 112. Praat daarna met een van je veilige mensen over wat er gebeurd is.",
            "Het geweld is nooit jouw schuld, en het is ook niet aan jou om het op te lossen.",
        ],
    }
}

fn english(topic: Topic, band: AgeBand) -> &'static [&'static str] {
    use AgeBand::*;
    use Topic::*;
    match (topic, band) {
        (NotYourFault, UpTo7) => &[
            "Sometimes bad things happen at home.",
            "That is never your fault.",
            "Not if you were angry. Not if you did not listen.",
            "Grown-ups must make sure things go well.",
            "You can just be a child.",
        ],
        (NotYourFault, From8To11) => &[
            "Maybe something happened at home that gave you a fright. Or maybe you have been worried for a long time.",
            "Whatever happened, it is not your fault. Not even if you argued, or did not listen.",
            "Grown-ups have to keep their own anger under control. That is their job, not yours.",
            "Help is coming now. That is not your fault either. Help comes because every child must be safe.",
        ],
        (NotYourFault, From12To15) => &[
            "Is there violence at home, or does nobody look after you properly? Then you may look for a reason. Many young people think it is because of them.",
            "That is not true. Adults must make sure you are safe and well looked after. Even when they are angry, tired or stressed. That is their job, not yours. Nothing you do or say makes violence or poor care all right.",
            "The help that is coming now is not your fault either. Professionals come because the adults need to make home safer. Not because you did something wrong.",
            "Still feel guilty? Talk about it with one of your safe people. Or call or chat anonymously with De Kindertelefoon.",
        ],
        (NotYourFault, From16) => &[
            "What happened at home is not your fault: adults have to make home safe. Maybe you were sometimes angry, rude or difficult. Violence or neglect is never a fair answer to that.",
            "Maybe you looked after yourself for a long time, or your brothers and sisters, or even a parent. That says a lot about your strength. But it was never your job.",
            "Feeling guilty is common, especially for young people who have been through a lot. It often helps to say it out loud, to someone you trust or to a professional.",
        ],
        (RightToBeSafe, UpTo7) => &[
            "Every child should be safe.",
            "At school. Outside. And at home too.",
            "Safe means: nobody hurts you.",
            "Safe also means: nobody scares you.",
            "Grown-ups take care of that. Not you.",
        ],
        (RightToBeSafe, From8To11) => &[
            "Every child has a right to be safe. Almost every country in the world agreed on that. The Netherlands did too.",
            "Being safe means nobody hurts you. Not by hitting, not by kicking, not with words.",
            "It also means enough food, calm sleep and going to school.",
            "Keeping children safe is the job of adults. You do not have to sort it out.",
        ],
        (RightToBeSafe, From12To15) => &[
            "Everyone under 18 has a right to be protected from violence, neglect and abuse. It is in the Convention on the Rights of the Child and in Dutch law.",
            "That right holds everywhere: at school, online and at home too. Home should be the safest place of all.",
            "If home is not safe, adults have to step in. That is why there is a plan now. You do not have to find the answer yourself.",
            "You can say what you need to feel safe. Tell the professional, or an adult you trust.",
        ],
        (RightToBeSafe, From16) => &[
            "Until you are 18 you have a right to protection and care. It is in the UN Convention on the Rights of the Child and in Dutch law. Your right to a life without violence does not stop after that.",
            "Safety is about more than hitting. Threats, humiliation, controlling everything, locking someone up and neglect are unsafe too.",
            "You are nearly an adult and your view carries real weight. You can say what you need, even when it differs from what your parents want.",
        ],
        (YourPlan, UpTo7) => &[
            "A plan has been made. For you.",
            "It is called a safety plan.",
            "It says how everyone will help.",
            "It has safe people in it.",
            "You may always call a safe person.",
        ],
        (YourPlan, From8To11) => &[
            "The people around you made a safety plan together. It says what everyone will do to make home safe.",
            "The plan also names your safe people. They are adults you trust and can always call.",
            "Call them when you are scared or worried. Or just when you want to talk.",
            "The plan is looked at again from time to time. What do you think of it? Tell the professional who helps your family.",
        ],
        (YourPlan, From12To15) => &[
            "A safety plan is a list of agreements. Your parents, people around them and the professional made it together. It says what everyone does to keep home safe.",
            "For example, it says who keeps an eye on safety. It also says who helps when things are hard at home. There are also agreements for parties, or for when there is alcohol.",
            "Your safe people are in it too. They are adults you trust and can call or text.",
            "The plan is looked at again regularly. You have a say in your plan. Is something not working, or does it not fit you? Tell the professional or an adult you trust.",
        ],
        (YourPlan, From16) => &[
            "The safety plan holds the agreements to make home safe. Your parents, their network and the professionals made them together. It is about you too: you may read it and have your say.",
            "It says who keeps an eye on safety and who steps in when home gets too much. It also says which agreements apply and who organises the help (in Dutch: de regie).",
            "Your safe people are in it. They are people you trust and can call or text when things are not okay.",
            "The plan runs for a set time. Along the way and at the end, the professional and your family check how it is going. Is something not working, or do you disagree with part of it? Tell the professional. You can always do that.",
        ],
        (Feelings, UpTo7) => &[
            "You may feel scared. Or angry. Or sad.",
            "Sometimes all at once. That is okay.",
            "You can love someone and be scared.",
            "What helps? Breathing in and out slowly.",
            "Drawing. Running. Holding your cuddly toy.",
            "Talking to one of your safe people.",
        ],
        (Feelings, From8To11) => &[
            "After everything that happened, you may feel all kinds of things. Scared, angry, sad, or nothing at all.",
            "You can love someone and be scared at the same time. That is normal.",
            "Worries can sit in your tummy or in your head. Maybe you sleep badly, or cannot pay attention at school.",
            "What can help: slow breathing, drawing, running outside, listening to music. Or talking to one of your safe people.",
            "Find a place at home where you feel calm. A corner with a cushion or your cuddly toy.",
        ],
        (Feelings, From12To15) => &[
            "After violence or a lot of tension at home, your body and your mind react. You may jump at sounds or sleep badly. You may get angry quickly or find it hard to focus.",
            "Feelings can get mixed up. You can love someone, miss them and be angry or scared at the same time. That is not strange; that is how people work.",
            "What helps differs from person to person. Sport, music or writing can help. Or this breathing: in for four counts, hold for four, out for six. Or talking to someone you trust.",
            "Is it getting too much, or does it not go away? Tell one of your safe people, or call or chat with De Kindertelefoon. That is what they are there for.",
        ],
        (Feelings, From16) => &[
            "Living through violence or long tension can affect you for a long time. For example: sleeping badly, being jumpy, overthinking or feeling low. Or shutting yourself off, or suddenly getting furious.",
            "Mixed feelings about your parents are normal. You can love someone, want to stand by them, and still want it to stop.",
            "What helps is different for everyone: exercise, music, writing, people around you, a steady routine. Alcohol or drugs seem to help for a moment, but make things harder in the long run.",
            "Are you thinking about harming yourself? Talk about it. You can do that anonymously with 113 Suicide Prevention: call 0800-0113 for free, or chat at 113.nl.",
        ],
        (Secrets, UpTo7) => &[
            "A good secret is fun.",
            "Like a present for a birthday.",
            "A good secret is soon over.",
            "A bad secret feels bad or scary.",
            "You may always tell a bad secret.",
            "Even if someone said you must not.",
        ],
        (Secrets, From8To11) => &[
            "There are good secrets and bad secrets.",
            "A good secret is fun and ends by itself. Like a surprise for someone's birthday.",
            "A bad secret feels wrong. It makes you scared, sad or lonely.",
            "Sometimes someone says: you must not tell anyone. Or: something bad will happen if you tell.",
            "You may always tell a bad secret to a safe adult. Even if someone said you must not. That is not telling tales: you are looking after yourself.",
        ],
        (Secrets, From12To15) => &[
            "A good secret is something fun that ends by itself, like a surprise party. A bad secret feels heavy, and someone wants you to keep it to yourself.",
            "Sometimes someone says: if you tell, the family will fall apart. Or: you will get into trouble. That is putting pressure on you, and it is not fair.",
            "You may always tell a bad secret. Even if you promised not to. A promise made under pressure does not count.",
            "Tell a safe adult. Want to know first what happens next? Chat anonymously with De Kindertelefoon.",
        ],
        (Secrets, From16) => &[
            "Something personal you keep to yourself is yours. But sometimes a secret protects someone else, while you or another person suffers. You do not have to keep a secret like that.",
            "Sometimes someone says \"the family will fall apart\" or \"you will be taken into care\" if you tell. That is pressure to keep you quiet. You may still talk about it, even if you promised not to.",
            "Being placed away from home does sometimes really happen, when home cannot be made safe enough. If it happens, it is to protect you, not a punishment for telling. Ask the professional what could happen in your situation.",
            "Not sure what happens if you tell? You can first ask your question anonymously at De Kindertelefoon or at Veilig Thuis.",
        ],
        (YourBody, UpTo7) => &[
            "Your body belongs to you.",
            "You may say no, even to a hug.",
            "Nobody may hurt you.",
            "What is under your swimsuit is private.",
            "A secret about touching is a bad secret.",
            "Tell that secret to your safe people.",
            "It is never your fault.",
        ],
        (YourBody, From8To11) => &[
            "Your body belongs to you. You may say what you like and what you do not.",
            "Nobody may hit you, kick you or hurt you. Not even an adult.",
            "The places under your swimsuit are private. A doctor may sometimes look or touch. The doctor tells you why first. A safe adult should be there with you. Nobody else may touch or look at you there. And nobody may ask you to touch them there.",
            "Does someone want you to keep touching a secret? That is a bad secret. You may always tell it.",
            "It is never your fault, even if you said nothing at first. Tell one of your safe people.",
        ],
        (YourBody, From12To15) => &[
            "Your body belongs to you. You decide who touches you and how.",
            "Nobody may hit you, hurt you or use your body. That goes for people you know too: family, adults or other young people.",
            "Touching or looking in a way you do not want is not allowed. Not even if someone says it is normal. Online too: nobody may pressure you into sending nude photos.",
            "Often such a person says it has to stay secret. That is a bad secret: you may always tell it.",
            "It is never your fault, even if you said nothing. Not even if your body reacted in a way you did not want. Talk to one of your safe people, or anonymously with De Kindertelefoon.",
        ],
        (YourBody, From16) => &[
            "Your body belongs to you. You decide what you want, and you may always change your mind.",
            "Sex or touching without you really saying yes is not allowed, and it can be a crime. Not in a relationship or in your family either.",
            "Pressure, threats, presents or promises do not turn a no into a yes.",
            "Did something happen to you? It is never your fault, even if you said nothing. Your body can react without you wanting it; that does not mean yes.",
            "Talk about it with one of your safe people. You can also turn to Veilig Thuis or your family doctor.",
        ],
        (GettingHelp, UpTo7) => &[
            "You may always ask for help.",
            "Go to one of your safe people.",
            "Say: I do not feel safe.",
            "They will try to make it safe.",
            "They may talk to other grown-ups about it.",
            "Is someone in danger now? Call 112.",
        ],
        (GettingHelp, From8To11) => &[
            "You may always ask for help. Even if you are not sure it is bad enough.",
            "Tell one of your safe people. Or your teacher, or another adult you trust.",
            "They will try to make things safe. To do that, they sometimes need to talk to others.",
            "You can also call or chat with De Kindertelefoon: 0800-0432. It is free, and you do not have to give your name.",
            "Is someone in danger right now? Then call 112.",
        ],
        (GettingHelp, From12To15) => &[
            "You can ask your safe people, a teacher, your mentor or your doctor for help. You can also call or chat with De Kindertelefoon (0800-0432): free and anonymous.",
            "Let's be honest. If you tell an adult home is not safe, they cannot always keep it secret. To make things safe they sometimes have to talk to others, for example Veilig Thuis.",
            "You may ask what they will do with your story and who will hear it. A good professional explains that before anything happens.",
            "Is someone in danger right now, you or someone else? Call 112.",
        ],
        (GettingHelp, From16) => &[
            "If you tell, a good adult or professional will take you seriously. They will look at how things can become safe. With serious worries they may ask Veilig Thuis for advice, or report it there. Sometimes they have to.",
            "They cannot promise that nobody will find out. They can explain what they are going to do. You may ask them to talk it through with you first.",
            "From 16, in the Netherlands you decide about your own medical treatment. You can go to the family doctor yourself. You may call Veilig Thuis (0800-2000) yourself at any age: free, day and night.",
            "Is there danger right now? Call 112.",
        ],
        (AfterTelling, UpTo7) => &[
            "Did you tell a grown-up something?",
            "That is good. And brave.",
            "That grown-up will try to help.",
            "Sometimes they talk to other helpers.",
            "Someone may come and talk with you.",
            "You may ask what will happen.",
            "What happens next is not your fault.",
            "No help? Tell another grown-up.",
        ],
        (AfterTelling, From8To11) => &[
            "If you tell someone that home is not safe, that is brave. Telling is never wrong. Whatever happens, it is not your fault.",
            "The adult who hears it will try to make things safe. For that, they sometimes talk to others, like Veilig Thuis.",
            "Someone from Veilig Thuis may then want to talk with you. That can be at home, or at school. They ask how you are doing.",
            "You may ask what happens with your story. You may say that something is hard for you. And you may ask if someone you trust can be there. Sometimes they first want to talk with you alone.",
            "It can take a while before things get better. Keep talking to your safe people. Does someone not listen? Then tell another adult.",
        ],
        (AfterTelling, From12To15) => &[
            "Telling someone that home is not safe is brave. It is never wrong, even if a lot happens afterwards. What happens next is not your fault.",
            "An adult who hears it will try to make things safe. A teacher or care worker even has to. Often they ask Veilig Thuis for advice, or report it there.",
            "After a report, Veilig Thuis usually talks with your parents, and often with you. That can be at school, so you can talk freely.",
            "You may ask what they will do with your story and who will hear it. You may ask for someone you trust to be there. That is not always possible; then ask why.",
            "Sometimes things get harder before they get better. That does not mean telling was wrong. Talk about it with your safe people or with De Kindertelefoon. If the first adult does not help, tell someone else.",
        ],
        (AfterTelling, From16) => &[
            "If you tell someone that home is not safe, you take a hard and brave step. What happens after that is not your fault.",
            "An adult or professional who hears it can ask Veilig Thuis for advice or report it there. With serious worries, a teacher or professional sometimes has to.",
            "After a report, Veilig Thuis looks at whether home is safe. They talk with your parents and often with you too, sometimes at school.",
            "Sometimes more is needed, such as help for the whole family. Or a juvenile court decides on extra protection, such as a family guardian. Then you may tell the judge what you think. Ask what could happen in your situation.",
            "You may say what matters to you and what you need. You may ask if someone you trust can come with you to a meeting. That is not always possible; then ask why.",
        ],
        (NobodyAnswers, UpTo7) => &[
            "Sometimes nobody answers the phone.",
            "That is not your fault.",
            "Then call another safe person.",
            "Or go to a safe place.",
            "Is there danger right now? Call 112.",
        ],
        (NobodyAnswers, From8To11) => &[
            "Sometimes you call someone and nobody answers. That happens. It is not your fault.",
            "Then call the next person on your list. Or send a message.",
            "You can also call De Kindertelefoon. Under Help right now you can see when they are open.",
            "Is there danger right now, for you or for someone else? Call 112 straight away. Someone is there day and night.",
        ],
        (NobodyAnswers, From12To15) => &[
            "Nobody answers when you need someone? That is hard. But there is more you can do.",
            "Call or text the next person on your list. Or leave a voice message, so they know you are looking for them.",
            "At De Kindertelefoon you can call or chat. Under Help right now you can see when they are open.",
            "You can call Veilig Thuis day and night; young people can call too. The number is under Direct help.",
            "Is there danger right now, for you or for someone else? Call 112.",
        ],
        (NobodyAnswers, From16) => &[
            "It can happen that nobody answers just when you need someone. That is hard, and it says nothing about you.",
            "Try the next person on your list. Leave a voice message or send a text, so they know you are looking for them.",
            "You can call Veilig Thuis day and night, also for advice. Until you are 18, you can also chat with De Kindertelefoon; the hours are under Help right now.",
            "Are you thinking about harming yourself? Call or chat with 113 Suicide Prevention. They are there day and night.",
            "Is there danger right now, for you or for someone else? Call 112.",
        ],
        (WitnessedViolence, UpTo7) => &[
            "Sometimes grown-ups at home hurt each other.",
            "Or they shout very loudly.",
            "Seeing or hearing that is hard too.",
            "You do not have to stop it.",
            "Go to a safe place in the house.",
            "Call a safe person. Or call 112.",
            "It is never your fault.",
        ],
        (WitnessedViolence, From8To11) => &[
            "Sometimes adults at home hurt each other. Or they shout and throw things.",
            "Seeing or hearing that is really hard too. Even if nothing happens to you yourself.",
            "It can make you scared, or make it hard to sleep. That is a normal reaction.",
            "It is not your job to stop it. And not your job to protect an adult.",
            "Go to a safe place, like your room or the neighbours. Call a safe person, or 112 if someone is in danger.",
            "Whatever happens between adults, it is never your fault.",
        ],
        (WitnessedViolence, From12To15) => &[
            "When adults at home hit, push or threaten each other, that is domestic violence. So is calling each other names. Even if you only see or hear it, it affects you.",
            "Young people who live through this often feel tense, jumpy or sleep badly. That says nothing about you. It is a normal reaction to something that is not normal.",
            "It is not your job to stop the violence or to protect a parent. Getting in between can be dangerous for you.",
            "Go to a safe place. Call or text one of your safe people. Is someone in danger? Call 112.",
            "The violence between adults is never your fault.",
        ],
        (WitnessedViolence, From16) => &[
            "Living with violence between adults at home, even if you only hear it, counts as child abuse. That is because it affects your safety and your development.",
            "Many young people feel they have to do something. They step in, protect a parent or younger brothers and sisters, or try to keep the peace. That is understandable, but it is not your job, and stepping in can be dangerous.",
            "When there is violence, look after yourself first: go to a safe place. Is someone in danger? Call 112. Afterwards, talk to one of your safe people about what happened.",
            "The violence is never your fault, and it is not up to you to solve it.",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_a_stop_before_a_space_or_the_end() {
        assert_eq!(
            sentences("Is er nu gevaar? Bel 112.  Chat via 113.nl! Klaar"),
            vec!["Is er nu gevaar?", "Bel 112.", "Chat via 113.nl!", "Klaar"]
        );
        assert_eq!(
            sentences("Bel 0800-0432 (gratis)."),
            vec!["Bel 0800-0432 (gratis)."]
        );
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn every_topic_exists_for_every_band_and_language() {
        for topic in Topic::ALL {
            for band in AgeBand::ALL {
                for language in Language::ALL {
                    let lesson = lesson(topic, band, language);
                    assert!(!lesson.title.is_empty());
                    assert!(lesson.pages.len() >= 3, "{topic:?} {band:?} {language:?}");
                    assert!(lesson.pages.iter().all(|p| !p.trim().is_empty()));
                }
            }
        }
    }

    #[test]
    fn english_is_a_full_translation_not_a_summary() {
        for topic in Topic::ALL {
            for band in AgeBand::ALL {
                let nl = lesson(topic, band, Language::Nl);
                let en = lesson(topic, band, Language::En);
                assert_eq!(nl.pages.len(), en.pages.len(), "{topic:?} {band:?}");
                assert_ne!(nl.pages, en.pages);
            }
        }
    }

    #[test]
    fn sentences_stay_within_the_band_limit() {
        for band in AgeBand::ALL {
            let max = band.max_sentence_words();
            for topic in Topic::ALL {
                for language in Language::ALL {
                    for page in lesson(topic, band, language).pages {
                        for sentence in sentences(page) {
                            let words = sentence.split_whitespace().count();
                            assert!(words <= max, "{band:?} {language:?}: {sentence:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_limits_are_the_content_guides() {
        let limits = AgeBand::ALL.map(AgeBand::max_sentence_words);
        assert_eq!(limits, [8, 12, 15, 18]);
    }

    /// Every lesson: each topic in each band and language.
    fn every_lesson() -> impl Iterator<Item = (Topic, AgeBand, Language, Lesson)> {
        Topic::ALL.into_iter().flat_map(|topic| {
            AgeBand::ALL.into_iter().flat_map(move |band| {
                Language::ALL
                    .into_iter()
                    .map(move |language| (topic, band, language, lesson(topic, band, language)))
            })
        })
    }

    #[test]
    fn no_text_uses_a_hard_word() {
        for (topic, band, language, lesson) in every_lesson() {
            let text = format!("{} {}", lesson.title, lesson.pages.join(" ")).to_lowercase();
            for (hard, plain) in HARD_WORDS {
                assert!(
                    !text.contains(hard),
                    "{topic:?} {band:?} {language:?}: \"{hard}\", say \"{plain}\""
                );
            }
        }
    }

    #[test]
    fn the_hard_word_check_finds_a_hard_word() {
        // The check above must be able to fail: these sentences from before issue 17 hold one.
        let before = [
            "Het plan geldt voor een bepaalde tijd en wordt geëvalueerd.",
            "Je kunt loyaal zijn aan iemand en tegelijk willen dat het stopt.",
            "It says who coordinates the help.",
        ];
        for sentence in before {
            let lower = sentence.to_lowercase();
            assert!(
                HARD_WORDS.iter().any(|(hard, _)| lower.contains(hard)),
                "{sentence}"
            );
        }
    }

    #[test]
    fn every_idea_of_the_youngest_has_a_picture_with_words_for_it() {
        for topic in Topic::ALL {
            for language in Language::ALL {
                let pages = lesson(topic, AgeBand::UpTo7, language).pages.len();
                assert_eq!(pictures(topic).len(), pages, "{topic:?} {language:?}");
            }
        }
        for picture in Picture::ALL {
            let (nl, en) = (picture.alt(Language::Nl), picture.alt(Language::En));
            assert!(
                nl.starts_with("Tekening: ") && en.starts_with("Drawing: "),
                "{picture:?}"
            );
            assert_ne!(nl, en);
        }
        // Every picture is used somewhere.
        for picture in Picture::ALL {
            assert!(
                Topic::ALL.iter().any(|t| pictures(*t).contains(&picture)),
                "{picture:?}"
            );
        }
    }

    #[test]
    fn the_youngest_read_one_short_idea_a_screen() {
        for topic in Topic::ALL {
            for language in Language::ALL {
                for page in lesson(topic, AgeBand::UpTo7, language).pages {
                    // One idea: a few short sentences at most, read aloud in one breath.
                    assert!(page.split_whitespace().count() <= 12, "{page:?}");
                }
            }
        }
    }

    #[test]
    fn every_band_hears_that_it_is_not_their_fault() {
        for band in AgeBand::ALL {
            let nl = lesson(Topic::NotYourFault, band, Language::Nl)
                .pages
                .join(" ");
            let en = lesson(Topic::NotYourFault, band, Language::En)
                .pages
                .join(" ");
            assert!(nl.contains("schuld"), "{band:?}");
            assert!(en.contains("fault") || en.contains("responsib"), "{band:?}");
        }
    }

    #[test]
    fn the_topic_on_witnessed_violence_follows_the_plan() {
        assert!(!Topic::for_young_person(false).contains(&Topic::WitnessedViolence));
        assert_eq!(Topic::for_young_person(true).len(), Topic::ALL.len());
    }

    #[test]
    fn no_text_promises_what_is_not_true_or_not_kept() {
        // Not every country ratified the convention; nothing a child writes in Veilig
        // reaches anyone, so "it counts" would be a promise the app does not keep.
        let refused = [
            "alle landen van de wereld",
            "all the countries of the world",
            "telt ook mee",
            "telt mee",
            "counts too",
            "about the plan counts",
        ];
        for topic in Topic::ALL {
            for band in AgeBand::ALL {
                for language in Language::ALL {
                    let text = lesson(topic, band, language).pages.join(" ").to_lowercase();
                    for claim in refused {
                        assert!(
                            !text.contains(claim),
                            "{topic:?} {band:?} {language:?}: {claim}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_text_says_tell_your_parents() {
        for topic in Topic::ALL {
            for band in AgeBand::ALL {
                for language in Language::ALL {
                    let text = lesson(topic, band, language).pages.join(" ").to_lowercase();
                    assert!(!text.contains("tell your parents"));
                    assert!(!text.contains("vertel het aan je ouders"));
                }
            }
        }
    }
}
