//! A family case: its name and everyone involved, entered once.
//!
//! Children, parents and carers, the network and the professionals are all [`Person`]s of
//! the family. The plan refers to them by id, so a grandmother can be a safe person, a
//! stand-in carer and the one who explains the plan, and is typed only once.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::plan::plausible_email;
use super::{Author, Id, PhoneError, PhoneNumber, RecordMeta};

/// What a person is in the family's case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    /// A young person (jeugdige) the plan is for.
    Child,
    /// A parent or carer (ouder/verzorger).
    Carer,
    /// Family, friends, neighbours: the network (netwerk).
    Network,
    /// A professional involved with the family.
    Professional,
}

impl PersonKind {
    /// Every kind, in the order forms offer them.
    pub const ALL: [PersonKind; 4] = [
        PersonKind::Child,
        PersonKind::Carer,
        PersonKind::Network,
        PersonKind::Professional,
    ];
}

/// Someone involved in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: Id,
    pub kind: PersonKind,
    pub name: String,
    /// How they relate to the family, in its own words ("oma", "buurman", "moeder").
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub phone: Option<PhoneNumber>,
    #[serde(default)]
    pub email: Option<String>,
    /// Children only.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Children only: the developmental age the professional set, which wins over the
    /// calendar age when the app chooses content.
    #[serde(default)]
    pub developmental_age: Option<u8>,
    pub meta: RecordMeta,
}

/// The content bands for young people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    /// 4 to 7: often read to by an adult.
    UpTo7,
    /// 8 to 11: reads alone, literal.
    From8To11,
    /// 12 to 15.
    From12To15,
    /// 16 and older.
    From16,
}

impl AgeBand {
    /// The band for an age in whole years (younger than 4 counts as the youngest band).
    pub fn for_age(years: u32) -> AgeBand {
        match years {
            0..=7 => AgeBand::UpTo7,
            8..=11 => AgeBand::From8To11,
            12..=15 => AgeBand::From12To15,
            _ => AgeBand::From16,
        }
    }
}

/// Age in whole years on `today`, or `None` for a birth date in the future.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> Option<u32> {
    if birth > today {
        return None;
    }
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

impl Person {
    /// Calendar age on `today`, if the birth date is known.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        self.birth_date.and_then(|b| age_on(b, today))
    }

    /// The content band: from the developmental age if set, else from the birth date.
    pub fn age_band(&self, today: NaiveDate) -> Option<AgeBand> {
        self.developmental_age
            .map(u32::from)
            .or_else(|| self.age_on(today))
            .map(AgeBand::for_age)
    }
}

/// A family's case as the professional keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    pub id: Id,
    /// How the professional names the case ("Familie Jansen").
    pub name: String,
    /// Everyone involved. Stored one record per person, so edits on two devices to two
    /// different people never conflict.
    pub people: Vec<Person>,
    pub meta: RecordMeta,
}

impl Family {
    /// The person with this id.
    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The name of the person with this id, or `"?"` for a reference to nobody.
    pub fn name_of(&self, id: Id) -> &str {
        self.person(id).map(|p| p.name.as_str()).unwrap_or("?")
    }

    /// The people of one kind, in the order entered.
    pub fn of_kind(&self, kind: PersonKind) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(move |p| p.kind == kind)
    }

    /// The young people of the family.
    pub fn children(&self) -> impl Iterator<Item = &Person> {
        self.of_kind(PersonKind::Child)
    }
}

/// What the person form holds: raw text, possibly invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonDraft {
    pub kind: PersonKind,
    pub name: String,
    pub relation: String,
    pub phone: String,
    pub email: String,
    /// `YYYY-MM-DD` as a date input gives it, or empty.
    pub birth_date: String,
    pub developmental_age: String,
}

/// The person form's fields, so each problem is shown next to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Phone,
    Email,
    BirthDate,
    DevelopmentalAge,
}

/// One thing wrong with a person draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonProblem {
    NameMissing,
    Phone(PhoneError),
    Email,
    BirthDateMissing,
    BirthDateInFuture,
    DevelopmentalAge,
}

impl PersonProblem {
    /// The field this problem belongs to.
    pub fn field(&self) -> PersonField {
        match self {
            PersonProblem::NameMissing => PersonField::Name,
            PersonProblem::Phone(_) => PersonField::Phone,
            PersonProblem::Email => PersonField::Email,
            PersonProblem::BirthDateMissing | PersonProblem::BirthDateInFuture => {
                PersonField::BirthDate
            }
            PersonProblem::DevelopmentalAge => PersonField::DevelopmentalAge,
        }
    }
}

impl PersonDraft {
    /// An empty draft for a new person of `kind`.
    pub fn new(kind: PersonKind) -> Self {
        PersonDraft {
            kind,
            name: String::new(),
            relation: String::new(),
            phone: String::new(),
            email: String::new(),
            birth_date: String::new(),
            developmental_age: String::new(),
        }
    }

    /// A draft that edits `person`.
    pub fn from_person(person: &Person) -> Self {
        PersonDraft {
            kind: person.kind,
            name: person.name.clone(),
            relation: person.relation.clone(),
            phone: person
                .phone
                .as_ref()
                .map(|p| p.display())
                .unwrap_or_default(),
            email: person.email.clone().unwrap_or_default(),
            birth_date: person.birth_date.map(|d| d.to_string()).unwrap_or_default(),
            developmental_age: person
                .developmental_age
                .map(|a| a.to_string())
                .unwrap_or_default(),
        }
    }

    /// Check the draft; `today` rules out birth dates in the future. Returns the person
    /// (with `id` and stamps from `base`, or new ones) or every problem at once.
    pub fn validate(
        &self,
        id: Id,
        base: Option<&Person>,
        author: Author,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Person, Vec<PersonProblem>> {
        let mut problems = Vec::new();
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            problems.push(PersonProblem::NameMissing);
        }
        let phone = match self.phone.trim() {
            "" => None,
            typed => PhoneNumber::parse(typed)
                .map_err(|e| problems.push(PersonProblem::Phone(e)))
                .ok(),
        };
        let email = match self.email.trim() {
            "" => None,
            typed if plausible_email(typed) => Some(typed.to_string()),
            _ => {
                problems.push(PersonProblem::Email);
                None
            }
        };
        let child = self.kind == PersonKind::Child;
        let birth_date = match self.birth_date.trim() {
            "" if child => {
                problems.push(PersonProblem::BirthDateMissing);
                None
            }
            "" => None,
            typed => match typed.parse::<NaiveDate>() {
                Ok(date) if date > today => {
                    problems.push(PersonProblem::BirthDateInFuture);
                    None
                }
                Ok(date) => Some(date),
                Err(_) => {
                    problems.push(PersonProblem::BirthDateMissing);
                    None
                }
            },
        };
        let developmental_age = match self.developmental_age.trim() {
            "" => None,
            typed => match typed.parse::<u8>() {
                Ok(age) if age <= 18 => Some(age),
                _ => {
                    problems.push(PersonProblem::DevelopmentalAge);
                    None
                }
            },
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let meta = match base {
            Some(person) => person.meta.touched(author, now),
            None => RecordMeta::new(author, now),
        };
        Ok(Person {
            id,
            kind: self.kind,
            name,
            relation: self
                .relation
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            phone,
            email,
            birth_date: if child { birth_date } else { None },
            developmental_age: if child { developmental_age } else { None },
            meta,
        })
    }
}

impl Family {
    /// A new, empty family case.
    pub fn new(id: Id, name: &str, author: Author, now: DateTime<Utc>) -> Self {
        Family {
            id,
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            people: Vec::new(),
            meta: RecordMeta::new(author, now),
        }
    }

    /// Add or replace a person (matched by id).
    pub fn upsert_person(&mut self, person: Person) {
        match self.people.iter_mut().find(|p| p.id == person.id) {
            Some(slot) => *slot = person,
            None => self.people.push(person),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_counts_whole_years_and_birthdays() {
        assert_eq!(age_on(d(2016, 5, 10), d(2026, 5, 9)), Some(9));
        assert_eq!(age_on(d(2016, 5, 10), d(2026, 5, 10)), Some(10));
        assert_eq!(age_on(d(2016, 2, 29), d(2026, 2, 28)), Some(9));
        assert_eq!(age_on(d(2016, 2, 29), d(2026, 3, 1)), Some(10));
        assert_eq!(age_on(d(2027, 1, 1), d(2026, 1, 1)), None);
    }

    #[test]
    fn bands_have_the_guideline_edges() {
        assert_eq!(AgeBand::for_age(3), AgeBand::UpTo7);
        assert_eq!(AgeBand::for_age(7), AgeBand::UpTo7);
        assert_eq!(AgeBand::for_age(8), AgeBand::From8To11);
        assert_eq!(AgeBand::for_age(11), AgeBand::From8To11);
        assert_eq!(AgeBand::for_age(12), AgeBand::From12To15);
        assert_eq!(AgeBand::for_age(15), AgeBand::From12To15);
        assert_eq!(AgeBand::for_age(16), AgeBand::From16);
    }
}
