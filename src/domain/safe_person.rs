//! A safe person: someone the young person can call or text when there are problems
//! (element 1 of the safety plan proper).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Author, Id, PhoneError, PhoneNumber, RecordMeta};

/// Longest name kept, in characters.
pub const NAME_MAX: usize = 80;
/// Longest relation ("oma", "juf Fatima") kept, in characters.
pub const RELATION_MAX: usize = 60;
/// Longest note kept, in characters.
pub const NOTE_MAX: usize = 500;

/// A validated safe person as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafePerson {
    pub id: Id,
    pub name: String,
    /// How this person relates to the young person, in the family's own words.
    pub relation: String,
    pub phone: PhoneNumber,
    pub note: Option<String>,
    pub meta: RecordMeta,
}

/// What the add/edit form holds: raw text, possibly invalid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafePersonDraft {
    pub name: String,
    pub relation: String,
    pub phone: String,
    pub note: String,
}

/// The form fields, so the UI can put each problem next to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafePersonField {
    Name,
    Relation,
    Phone,
    Note,
}

/// One thing wrong with a draft. Validation returns all of them at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafePersonProblem {
    NameMissing,
    NameTooLong { max: usize },
    RelationMissing,
    RelationTooLong { max: usize },
    Phone(PhoneError),
    NoteTooLong { max: usize },
}

impl SafePersonProblem {
    /// The field this problem belongs to.
    pub fn field(&self) -> SafePersonField {
        match self {
            Self::NameMissing | Self::NameTooLong { .. } => SafePersonField::Name,
            Self::RelationMissing | Self::RelationTooLong { .. } => SafePersonField::Relation,
            Self::Phone(_) => SafePersonField::Phone,
            Self::NoteTooLong { .. } => SafePersonField::Note,
        }
    }
}

/// The checked content of a draft, ready to become or change a [`SafePerson`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafePersonFields {
    name: String,
    relation: String,
    phone: PhoneNumber,
    note: Option<String>,
}

/// Collapse runs of white space and trim, so "  Oma   Els " is stored as "Oma Els".
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl SafePersonDraft {
    /// A draft that edits an existing person.
    pub fn from_person(person: &SafePerson) -> Self {
        SafePersonDraft {
            name: person.name.clone(),
            relation: person.relation.clone(),
            phone: person.phone.display(),
            note: person.note.clone().unwrap_or_default(),
        }
    }

    /// Check every field; on failure, every problem found.
    pub fn validate(&self) -> Result<SafePersonFields, Vec<SafePersonProblem>> {
        let mut problems = Vec::new();
        let name = tidy(&self.name);
        if name.is_empty() {
            problems.push(SafePersonProblem::NameMissing);
        } else if name.chars().count() > NAME_MAX {
            problems.push(SafePersonProblem::NameTooLong { max: NAME_MAX });
        }
        let relation = tidy(&self.relation);
        if relation.is_empty() {
            problems.push(SafePersonProblem::RelationMissing);
        } else if relation.chars().count() > RELATION_MAX {
            problems.push(SafePersonProblem::RelationTooLong { max: RELATION_MAX });
        }
        let phone = PhoneNumber::parse(&self.phone)
            .map_err(|e| problems.push(SafePersonProblem::Phone(e)))
            .ok();
        // Notes keep their line breaks; only the ends are trimmed.
        let note = self.note.trim();
        if note.chars().count() > NOTE_MAX {
            problems.push(SafePersonProblem::NoteTooLong { max: NOTE_MAX });
        }
        match phone {
            Some(phone) if problems.is_empty() => Ok(SafePersonFields {
                name,
                relation,
                phone,
                note: (!note.is_empty()).then(|| note.to_string()),
            }),
            _ => Err(problems),
        }
    }
}

impl SafePerson {
    /// A new safe person from checked fields.
    pub fn create(id: Id, fields: SafePersonFields, author: Author, now: DateTime<Utc>) -> Self {
        SafePerson {
            id,
            name: fields.name,
            relation: fields.relation,
            phone: fields.phone,
            note: fields.note,
            meta: RecordMeta::new(author, now),
        }
    }

    /// This person with the checked fields applied, as a new revision.
    pub fn edited(&self, fields: SafePersonFields, author: Author, now: DateTime<Utc>) -> Self {
        SafePerson {
            id: self.id,
            name: fields.name,
            relation: fields.relation,
            phone: fields.phone,
            note: fields.note,
            meta: self.meta.touched(author, now),
        }
    }
}

/// Put `person` into a display-sorted list, replacing the earlier version with its id.
pub fn upsert(people: &mut Vec<SafePerson>, person: SafePerson) {
    match people.iter_mut().find(|p| p.id == person.id) {
        Some(slot) => *slot = person,
        None => people.push(person),
    }
    sort_for_display(people);
}

/// Sort safe people the way the list shows them: by name, ignoring case, then by id so the
/// order is stable.
pub fn sort_for_display(people: &mut [SafePerson]) {
    people.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
}
