//! The Dutch help lines the family's screens show. These are facts, not settings: nobody can
//! edit them away. Each line carries what is true of it (free, anonymous, hours, chat, for
//! whom) and the date those facts were checked; every text about a line is made from these
//! facts, so a line that is not open day and night is never called "always" reachable.

use chrono::NaiveDate;

use super::AgeBand;

/// A help line and its facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLine {
    pub kind: HelpLineKind,
    /// The name, the same in every language.
    pub name: &'static str,
    /// The number as people write it.
    pub display: &'static str,
    /// What a `tel:` link dials.
    pub dial: &'static str,
    /// Calling costs nothing.
    pub free: bool,
    /// You need not say who you are.
    pub anonymous: bool,
    pub hours: Hours,
    /// There is also a chat (on the line's website: it needs a connection).
    pub chat: bool,
    pub audience: Audience,
    /// The youngest band the line is shown to (`None`: every band, and parents).
    pub from_band: Option<AgeBand>,
    /// The day these facts were checked, and against what.
    pub checked: Checked,
}

/// When a line answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hours {
    /// Day and night, every day.
    DayAndNight,
    /// Every day, from one whole hour to another (24-hour clock).
    Daily { from: u8, to: u8 },
}

/// Whom a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Anyone.
    Everyone,
    /// Children and young people of these ages (inclusive).
    Children { from_age: u8, to_age: u8 },
    /// Children as well as adults.
    ChildrenAndAdults,
}

/// When and how a line's facts were checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Year, month, day (no date parser: the family's wasm stays small).
    pub on: (i32, u32, u32),
    /// What they were checked against (kept for whoever checks them next).
    pub source: &'static str,
}

impl Checked {
    /// The day, as a date.
    pub fn date(&self) -> NaiveDate {
        let (y, m, d) = self.on;
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }
}

/// Which help line, so the UI can say what each is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpLineKind {
    /// 112: someone is in danger now.
    Emergency,
    /// De Kindertelefoon: to talk about anything that bothers a child.
    Kindertelefoon,
    /// Veilig Thuis: advice and reports about abuse at home.
    VeiligThuis,
    /// 113 Zelfmoordpreventie: thoughts of suicide.
    SuicidePrevention,
}

const CHECKED: (i32, u32, u32) = (2026, 11, 30);

/// The help lines, most urgent first.
pub const HELP_LINES: [HelpLine; 4] = [
    HelpLine {
        kind: HelpLineKind::Emergency,
        name: "112",
        display: "112",
        dial: "112",
        free: true,
        anonymous: false,
        hours: Hours::DayAndNight,
        chat: false,
        audience: Audience::Everyone,
        from_band: None,
        checked: Checked {
            on: CHECKED,
            source: "the Dutch emergency number: free, day and night",
        },
    },
    HelpLine {
        kind: HelpLineKind::Kindertelefoon,
        name: "De Kindertelefoon",
        display: "0800-0432",
        dial: "08000432",
        free: true,
        anonymous: true,
        hours: Hours::Daily { from: 11, to: 21 },
        chat: true,
        audience: Audience::Children {
            from_age: 8,
            to_age: 18,
        },
        from_band: None,
        checked: Checked {
            on: CHECKED,
            source: "published hours 11:00-21:00 every day, free and anonymous, ages 8-18, \
                     phone and chat (stored public pages; the practitioner's review of issue 17)",
        },
    },
    HelpLine {
        kind: HelpLineKind::VeiligThuis,
        name: "Veilig Thuis",
        display: "0800-2000",
        dial: "08002000",
        free: true,
        anonymous: false,
        hours: Hours::DayAndNight,
        chat: false,
        audience: Audience::ChildrenAndAdults,
        from_band: None,
        checked: Checked {
            on: CHECKED,
            source: "free, day and night, for children and adults, also for advice \
                     (the guideline excerpts and issue 17)",
        },
    },
    HelpLine {
        kind: HelpLineKind::SuicidePrevention,
        name: "113 Zelfmoordpreventie",
        display: "0800-0113",
        dial: "08000113",
        free: true,
        anonymous: true,
        hours: Hours::DayAndNight,
        chat: true,
        audience: Audience::Everyone,
        from_band: Some(AgeBand::From12To15),
        checked: Checked {
            on: CHECKED,
            source: "0800-0113 free, day and night, anonymous, chat at 113.nl \
                     (stored public pages of 2020 and 2025)",
        },
    },
];

impl HelpLine {
    /// A `tel:` URI for one-tap calling.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.dial)
    }

    /// Whether the line answers at any hour.
    pub fn day_and_night(&self) -> bool {
        self.hours == Hours::DayAndNight
    }

    /// Whether a person of this band is shown the line (`None`: a parent or carer, who is
    /// not shown the lines only for children).
    pub fn shown_to(&self, band: Option<AgeBand>) -> bool {
        match (self.from_band, band) {
            (_, None) => !matches!(self.audience, Audience::Children { .. }),
            (None, Some(_)) => true,
            (Some(from), Some(band)) => band >= from,
        }
    }
}

/// The lines a person of this band sees (`None`: a parent or carer), most urgent first.
pub fn help_lines_for(band: Option<AgeBand>) -> impl Iterator<Item = &'static HelpLine> {
    HELP_LINES.iter().filter(move |line| line.shown_to(band))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_was_checked_on_a_real_day_not_in_the_future_of_this_code() {
        for line in HELP_LINES {
            let day = line.checked.date();
            assert!(
                day > NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                "{}",
                line.name
            );
            assert!(!line.checked.source.is_empty());
        }
    }

    #[test]
    fn the_numbers_dial_what_they_show() {
        for line in HELP_LINES {
            let digits: String = line.display.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(digits, line.dial, "{}", line.name);
        }
    }

    #[test]
    fn de_kindertelefoon_is_not_open_day_and_night() {
        let kt = HELP_LINES
            .iter()
            .find(|l| l.kind == HelpLineKind::Kindertelefoon)
            .unwrap();
        assert_eq!(kt.hours, Hours::Daily { from: 11, to: 21 });
        assert!(kt.free && kt.anonymous && kt.chat);
        assert_eq!(
            kt.audience,
            Audience::Children {
                from_age: 8,
                to_age: 18
            }
        );
    }

    #[test]
    fn line_113_is_shown_from_twelve_and_to_parents() {
        let shown = |band| help_lines_for(band).any(|l| l.kind == HelpLineKind::SuicidePrevention);
        assert!(!shown(Some(AgeBand::UpTo7)));
        assert!(!shown(Some(AgeBand::From8To11)));
        assert!(shown(Some(AgeBand::From12To15)));
        assert!(shown(Some(AgeBand::From16)));
        assert!(shown(None));
        // A parent is not shown a line only for children.
        assert!(!help_lines_for(None).any(|l| l.kind == HelpLineKind::Kindertelefoon));
        // 112 is shown to everyone.
        for band in [None, Some(AgeBand::UpTo7), Some(AgeBand::From16)] {
            assert_eq!(
                help_lines_for(band).next().unwrap().kind,
                HelpLineKind::Emergency
            );
        }
    }
}
