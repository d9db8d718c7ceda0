//! The rules of the device's secret: what counts as strong enough, and how long someone
//! must wait after wrong tries. The cryptography itself is in `storage::crypto`.

use chrono::{Datelike, NaiveDate};

/// A passcode of only digits needs at least this many.
pub const MIN_DIGITS: usize = 6;
/// A passphrase (anything with a non-digit) needs at least this many characters.
pub const MIN_PHRASE_CHARS: usize = 8;
/// Wrong tries without any wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub const MAX_WAIT_SECONDS: u32 = 300;
/// After this many wrong tries the lock screen explains how to start again.
pub const SHOW_RESET_AFTER: u32 = 5;

/// Why a new secret cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretProblem {
    /// Fewer than [`MIN_DIGITS`] digits, or a phrase under [`MIN_PHRASE_CHARS`].
    TooShort,
    /// One of the codes tried first (one digit repeated, a run like 123456, a short pattern
    /// repeated like 121212 or 123123, a well-known code).
    TooEasy,
    /// A birth date of someone in the plan on this device, as people type one.
    BirthDate,
    /// The two entries differ.
    Mismatch,
}

/// The problems that belong to the new secret itself (not its repetition), most important
/// first.
pub const SECRET_PROBLEMS: [SecretProblem; 3] = [
    SecretProblem::TooShort,
    SecretProblem::TooEasy,
    SecretProblem::BirthDate,
];

/// Codes that guessers try first and no pattern below catches.
const WELL_KNOWN: [&str; 12] = [
    "112233",
    "123321",
    "159753",
    "147258",
    "258369",
    "147852",
    "102030",
    "696969",
    "131313",
    "11223344",
    "12344321",
    "wachtwoord",
];

/// Whether a code is one a guesser tries first.
fn too_easy(secret: &str) -> bool {
    let lower = secret.trim().to_lowercase();
    if WELL_KNOWN.contains(&lower.as_str()) {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    if chars.len() < 2 {
        return false;
    }
    // A short pattern repeated: 000000, 121212, 123123, abcabcabc.
    let repeated = (1..=3).any(|period| {
        chars.len() >= 2 * period
            && chars
                .iter()
                .enumerate()
                .all(|(i, c)| *c == chars[i % period])
    });
    // A run of digits up or down, wrapping 9 -> 0: 123456, 987654, 890123.
    let digits: Option<Vec<u32>> = chars.iter().map(|c| c.to_digit(10)).collect();
    let run = digits.is_some_and(|d| {
        [1, 9]
            .iter()
            .any(|step| d.windows(2).all(|w| w[1] == (w[0] + step) % 10))
    });
    repeated || run
}

/// The ways people type a birth date: 24031994, 240394, 19940324.
fn date_forms(date: NaiveDate) -> [String; 3] {
    let (d, m, y) = (date.day(), date.month(), date.year());
    [
        format!("{d:02}{m:02}{y:04}"),
        format!("{d:02}{m:02}{:02}", y.rem_euclid(100)),
        format!("{y:04}{m:02}{d:02}"),
    ]
}

/// Every problem with a new secret and its repetition. `birth_dates` are those of the
/// people in the plan on this device (none before anything is stored).
pub fn validate_secret(
    secret: &str,
    repeat: &str,
    birth_dates: &[NaiveDate],
) -> Vec<SecretProblem> {
    let mut problems = Vec::new();
    let digits_only = !secret.is_empty() && secret.chars().all(|c| c.is_ascii_digit());
    let long_enough = if digits_only {
        secret.chars().count() >= MIN_DIGITS
    } else {
        secret.trim().chars().count() >= MIN_PHRASE_CHARS
    };
    if !long_enough {
        problems.push(SecretProblem::TooShort);
    } else if too_easy(secret) {
        problems.push(SecretProblem::TooEasy);
    } else if digits_only
        && birth_dates
            .iter()
            .any(|date| date_forms(*date).iter().any(|form| form == secret))
    {
        problems.push(SecretProblem::BirthDate);
    }
    if secret != repeat {
        problems.push(SecretProblem::Mismatch);
    }
    problems
}

/// Seconds to wait before the next try after `failures` wrong ones: none for the first
/// [`FREE_TRIES`], then doubling from 2 s up to [`MAX_WAIT_SECONDS`].
pub fn wait_after(failures: u32) -> u32 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(16);
    (2u32 << doublings).min(MAX_WAIT_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_a_guesser_tries_first_are_refused() {
        for easy in [
            "000000",
            "111111",
            "123456",
            "654321",
            "234567",
            "890123",
            "121212",
            "123123",
            "112233",
            "159753",
            "12345678",
            "987654321",
            "aaaaaaaa",
            "abcabcabc",
            "Wachtwoord",
        ] {
            assert_eq!(
                validate_secret(easy, easy, &[]),
                vec![SecretProblem::TooEasy],
                "{easy}"
            );
        }
        for fine in [
            "246810",
            "975318642",
            "381947",
            "kat in de boom",
            "Oma Els woont om de hoek",
        ] {
            assert_eq!(validate_secret(fine, fine, &[]), vec![], "{fine}");
        }
    }

    #[test]
    fn a_birth_date_from_the_plan_is_refused_in_the_ways_people_type_it() {
        let noor = NaiveDate::from_ymd_opt(2019, 3, 24).unwrap();
        for typed in ["24032019", "240319", "20190324"] {
            assert_eq!(
                validate_secret(typed, typed, &[noor]),
                vec![SecretProblem::BirthDate],
                "{typed}"
            );
            // Without the plan on the device, nothing to compare with.
            assert_eq!(validate_secret(typed, typed, &[]), vec![]);
        }
    }

    #[test]
    fn passcodes_need_six_digits_and_phrases_eight_characters() {
        assert_eq!(
            validate_secret("12345", "12345", &[]),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(validate_secret("246810", "246810", &[]), vec![]);
        assert_eq!(validate_secret("kat boom", "kat boom", &[]), vec![]);
        assert_eq!(
            validate_secret("kat", "kat", &[]),
            vec![SecretProblem::TooShort]
        );
        // Spaces around a phrase do not make it longer.
        assert_eq!(
            validate_secret("  kat   ", "  kat   ", &[]),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(validate_secret("", "", &[]), vec![SecretProblem::TooShort]);
    }

    #[test]
    fn both_problems_are_reported_at_once() {
        assert_eq!(
            validate_secret("123", "124", &[]),
            vec![SecretProblem::TooShort, SecretProblem::Mismatch]
        );
        assert_eq!(
            validate_secret("246810", "246811", &[]),
            vec![SecretProblem::Mismatch]
        );
    }

    #[test]
    fn waits_grow_after_three_wrong_tries_and_are_capped() {
        assert_eq!((0..3).map(wait_after).collect::<Vec<_>>(), vec![0, 0, 0]);
        assert_eq!(wait_after(3), 2);
        assert_eq!(wait_after(4), 4);
        assert_eq!(wait_after(5), 8);
        assert_eq!(wait_after(10), 256);
        assert_eq!(wait_after(11), MAX_WAIT_SECONDS);
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_SECONDS);
        // Never shorter after more failures.
        for n in 0..40 {
            assert!(wait_after(n + 1) >= wait_after(n));
        }
    }
}
