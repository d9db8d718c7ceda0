//! Native tests of the domain: the safe-person rules and properties of phone numbers.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use veilig::domain::safe_person::{sort_for_display, upsert, NAME_MAX, NOTE_MAX, RELATION_MAX};
use veilig::domain::{
    Author, Id, PhoneError, PhoneNumber, Role, SafePerson, SafePersonDraft, SafePersonField,
    SafePersonProblem,
};

fn author() -> Author {
    Author {
        device: Id::from_random_bytes([7; 16]),
        role: Role::YoungPerson,
    }
}

fn draft(name: &str, relation: &str, phone: &str, note: &str) -> SafePersonDraft {
    SafePersonDraft {
        name: name.into(),
        relation: relation.into(),
        phone: phone.into(),
        note: note.into(),
    }
}

fn person(n: u8, name: &str) -> SafePerson {
    let fields = draft(name, "oma", "06 12345678", "").validate().unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    SafePerson::create(Id::from_random_bytes([n; 16]), fields, author(), t)
}

#[test]
fn a_valid_draft_is_tidied_and_normalised() {
    let fields = draft("  Oma   Els ", " oma ", "06-1234 5678", "  bel na 5 uur\n ")
        .validate()
        .unwrap();
    let t = Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap();
    let p = SafePerson::create(Id::from_random_bytes([1; 16]), fields, author(), t);
    assert_eq!(p.name, "Oma Els");
    assert_eq!(p.relation, "oma");
    assert_eq!(p.phone.canonical(), "+31612345678");
    assert_eq!(p.note.as_deref(), Some("bel na 5 uur"));
    assert_eq!(p.meta.revision, 1);
}

#[test]
fn an_empty_note_is_no_note() {
    let fields = draft("Els", "oma", "0612345678", "   ").validate().unwrap();
    let p = SafePerson::create(
        Id::from_random_bytes([1; 16]),
        fields,
        author(),
        Utc.timestamp_opt(0, 0).unwrap(),
    );
    assert_eq!(p.note, None);
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = draft(" ", "", "06-12", &"x".repeat(NOTE_MAX + 1))
        .validate()
        .unwrap_err();
    assert_eq!(
        problems,
        vec![
            SafePersonProblem::NameMissing,
            SafePersonProblem::RelationMissing,
            SafePersonProblem::Phone(PhoneError::WrongLengthDutch { digits: 4 }),
            SafePersonProblem::NoteTooLong { max: NOTE_MAX },
        ]
    );
    let fields: Vec<_> = problems.iter().map(SafePersonProblem::field).collect();
    assert_eq!(
        fields,
        vec![
            SafePersonField::Name,
            SafePersonField::Relation,
            SafePersonField::Phone,
            SafePersonField::Note
        ]
    );
}

#[test]
fn length_limits_count_characters_not_bytes() {
    let at_limit = "é".repeat(NAME_MAX);
    assert!(draft(&at_limit, "oma", "0612345678", "").validate().is_ok());
    let over = "é".repeat(NAME_MAX + 1);
    assert_eq!(
        draft(&over, &"r".repeat(RELATION_MAX + 1), "0612345678", "")
            .validate()
            .unwrap_err(),
        vec![
            SafePersonProblem::NameTooLong { max: NAME_MAX },
            SafePersonProblem::RelationTooLong { max: RELATION_MAX },
        ]
    );
}

#[test]
fn editing_keeps_the_id_and_creation_and_bumps_the_revision() {
    let original = person(1, "Oma Els");
    let later = Utc.with_ymd_and_hms(2026, 11, 2, 12, 0, 0).unwrap();
    let fields = draft("Oma Els", "oma", "010 1234567", "")
        .validate()
        .unwrap();
    let edited = original.edited(fields, author(), later);
    assert_eq!(edited.id, original.id);
    assert_eq!(edited.meta.created_at, original.meta.created_at);
    assert_eq!(edited.meta.updated_at, later);
    assert_eq!(edited.meta.revision, 2);
    assert_eq!(edited.phone.canonical(), "+31101234567");
    assert!(edited.meta.supersedes(&original.meta));
}

#[test]
fn a_draft_made_from_a_person_validates_back_to_the_same_fields() {
    let original = person(1, "Oma Els");
    let again = SafePersonDraft::from_person(&original).validate().unwrap();
    let same = original.edited(again, author(), original.meta.updated_at);
    assert_eq!(same.name, original.name);
    assert_eq!(same.phone, original.phone);
    assert_eq!(same.note, original.note);
}

#[test]
fn the_list_is_sorted_by_name_ignoring_case_and_upsert_replaces() {
    let mut people = vec![
        person(1, "zus Anna"),
        person(2, "Oma Els"),
        person(3, "juf Fatima"),
    ];
    sort_for_display(&mut people);
    let names: Vec<_> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["juf Fatima", "Oma Els", "zus Anna"]);

    let mut renamed = people[2].clone();
    renamed.name = "Anna".into();
    upsert(&mut people, renamed);
    let names: Vec<_> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna", "juf Fatima", "Oma Els"]);
    assert_eq!(people.len(), 3);

    upsert(&mut people, person(4, "Buurvrouw"));
    assert_eq!(people.len(), 4);
    assert_eq!(people[0].name, "Anna");
    assert_eq!(people[1].name, "Buurvrouw");
}

#[test]
fn a_safe_person_survives_json_unchanged() {
    let p = person(9, "Oma Els");
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<SafePerson>(&json).unwrap(), p);
}

#[test]
fn stored_json_with_a_broken_phone_is_rejected_not_accepted() {
    let p = person(9, "Oma Els");
    let json = serde_json::to_string(&p)
        .unwrap()
        .replace("+31612345678", "not a number");
    assert!(serde_json::from_str::<SafePerson>(&json).is_err());
}

proptest! {
    /// Parsing never panics, whatever is typed.
    #[test]
    fn parsing_any_text_never_panics(input in any::<String>()) {
        let _ = PhoneNumber::parse(&input);
    }

    /// The canonical form and the displayed form both parse back to the same number.
    #[test]
    fn normalisation_is_stable(digits in "[1-9][0-9]{8}") {
        let national = format!("0{digits}");
        if let Ok(number) = PhoneNumber::parse(&national) {
            prop_assert_eq!(PhoneNumber::parse(number.canonical()), Ok(number.clone()));
            prop_assert_eq!(PhoneNumber::parse(&number.display()), Ok(number));
        }
    }

    /// Every Dutch mobile number is accepted however it is spaced.
    #[test]
    fn every_mobile_number_is_accepted(rest in "[0-9]{8}", sep in "[ .-]?") {
        let typed = format!("06{sep}{rest}");
        let number = PhoneNumber::parse(&typed).unwrap();
        prop_assert_eq!(number.canonical(), format!("+316{rest}"));
        prop_assert_eq!(number.display(), format!("06 {rest}"));
    }

    /// Ids print and parse back, and always carry the v4 markers.
    #[test]
    fn ids_round_trip(bytes in any::<[u8; 16]>()) {
        let id = Id::from_random_bytes(bytes);
        let text = id.to_string();
        prop_assert_eq!(text.parse::<Id>(), Ok(id));
        prop_assert_eq!(&text[14..15], "4");
        prop_assert!(matches!(&text[19..20], "8" | "9" | "a" | "b"));
    }
}
