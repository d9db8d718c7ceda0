//! The rules of the device's secret: what counts as strong enough, and how long someone
//! must wait after wrong tries. The cryptography itself is in `storage::crypto`.

use chrono::{Datelike, NaiveDate};

use super::Role;

/// A passcode of only digits needs at least this many on a family member's device.
pub const MIN_DIGITS: usize = 6;
/// ... and on a professional's device, which holds every family of a caseload.
pub const MIN_DIGITS_PROFESSIONAL: usize = 8;
/// A passphrase (anything with a non-digit) needs at least this many characters.
pub const MIN_PHRASE_CHARS: usize = 8;
/// Wrong tries without any wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub const MAX_WAIT_SECONDS: u32 = 300;
/// After this many wrong tries the lock screen explains how to start again.
pub const SHOW_RESET_AFTER: u32 = 5;

/// Whose device the secret guards, which decides how strong it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretRule {
    /// A young person's or a parent's device: their own part of one plan.
    Family,
    /// A professional's device: the cases of many families, worth more to a guesser with a
    /// copy of the browser's data (six digits fall to one consumer GPU in about a minute).
    Professional,
}

impl SecretRule {
    /// The rule for a device used by `role`: a professional's device holds a caseload, even
    /// while it runs the family's app (the professional's app not downloaded yet).
    pub fn for_role(role: Role) -> SecretRule {
        if role == Role::Professional {
            SecretRule::Professional
        } else {
            SecretRule::Family
        }
    }

    /// The fewest digits a passcode of only digits may have.
    pub const fn min_digits(self) -> usize {
        match self {
            SecretRule::Family => MIN_DIGITS,
            SecretRule::Professional => MIN_DIGITS_PROFESSIONAL,
        }
    }
}

/// Why a new secret cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretProblem {
    /// Fewer digits than the [`SecretRule`] asks, or a phrase under [`MIN_PHRASE_CHARS`].
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
    rule: SecretRule,
) -> Vec<SecretProblem> {
    let mut problems = Vec::new();
    let digits_only = !secret.is_empty() && secret.chars().all(|c| c.is_ascii_digit());
    let long_enough = if digits_only {
        secret.chars().count() >= rule.min_digits()
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

/// Whether a secret that already opens the device is strong enough under `rule` (a
/// professional's device asks for a stronger one once, after the code was typed).
pub fn strong_enough(secret: &str, rule: SecretRule) -> bool {
    validate_secret(secret, secret, &[], rule).is_empty()
}

/// The wait after wrong tries, as the lock screen keeps it: how many wrong tries there were
/// and how much of the wait was left when it was last written down. The wait counts down
/// only while a lock screen is open, on the page's own clock: moving the phone's clock does
/// not shorten it, and reloading goes on where it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Backoff {
    pub failures: u32,
    /// Milliseconds still to wait (whole ones: stored as an integer, so the family's app
    /// carries no code to print fractions).
    pub left_ms: u32,
}

impl Backoff {
    /// From stored numbers, which anyone with the browser's tools can change: a wait is
    /// never longer than the count allows, so a forged number cannot lock someone out.
    pub fn new(failures: u32, left_ms: u32) -> Backoff {
        Backoff {
            failures,
            left_ms: left_ms.min(Self::full_ms(failures)),
        }
    }

    /// The whole wait after `failures` wrong tries.
    pub fn full(failures: u32) -> Backoff {
        Backoff::new(failures, u32::MAX)
    }

    fn full_ms(failures: u32) -> u32 {
        wait_after(failures).saturating_mul(1000)
    }

    /// One more wrong try: the whole wait for the new count.
    pub fn failed(self) -> Backoff {
        Backoff::full(self.failures.saturating_add(1))
    }

    /// `elapsed_ms` later on a clock that only goes forward (a negative or missing figure
    /// takes nothing off).
    pub fn after(self, elapsed_ms: f64) -> Backoff {
        let elapsed = if elapsed_ms > 0.0 {
            // Saturating: any figure past the range is the whole range.
            elapsed_ms as u32
        } else {
            0
        };
        Backoff::new(self.failures, self.left_ms.saturating_sub(elapsed))
    }

    /// Whole seconds still to wait, rounded up.
    pub fn seconds_left(self) -> u32 {
        self.left_ms.div_ceil(1000)
    }
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
    fn a_professionals_device_needs_the_stronger_code_in_either_app() {
        assert_eq!(
            SecretRule::for_role(Role::Professional),
            SecretRule::Professional
        );
        for role in [Role::YoungPerson, Role::Parent] {
            assert_eq!(SecretRule::for_role(role), SecretRule::Family);
        }
        let six = "975318";
        assert!(strong_enough(six, SecretRule::for_role(Role::Parent)));
        assert!(!strong_enough(
            six,
            SecretRule::for_role(Role::Professional)
        ));
    }

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
                validate_secret(easy, easy, &[], SecretRule::Family),
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
            assert_eq!(
                validate_secret(fine, fine, &[], SecretRule::Family),
                vec![],
                "{fine}"
            );
        }
    }

    #[test]
    fn a_birth_date_from_the_plan_is_refused_in_the_ways_people_type_it() {
        let noor = NaiveDate::from_ymd_opt(2019, 3, 24).unwrap();
        for typed in ["24032019", "240319", "20190324"] {
            assert_eq!(
                validate_secret(typed, typed, &[noor], SecretRule::Family),
                vec![SecretProblem::BirthDate],
                "{typed}"
            );
            // Without the plan on the device, nothing to compare with.
            assert_eq!(
                validate_secret(typed, typed, &[], SecretRule::Family),
                vec![]
            );
        }
    }

    #[test]
    fn passcodes_need_six_digits_and_phrases_eight_characters() {
        assert_eq!(
            validate_secret("12345", "12345", &[], SecretRule::Family),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(
            validate_secret("246810", "246810", &[], SecretRule::Family),
            vec![]
        );
        assert_eq!(
            validate_secret("kat boom", "kat boom", &[], SecretRule::Family),
            vec![]
        );
        assert_eq!(
            validate_secret("kat", "kat", &[], SecretRule::Family),
            vec![SecretProblem::TooShort]
        );
        // Spaces around a phrase do not make it longer.
        assert_eq!(
            validate_secret("  kat   ", "  kat   ", &[], SecretRule::Family),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(
            validate_secret("", "", &[], SecretRule::Family),
            vec![SecretProblem::TooShort]
        );
    }

    #[test]
    fn a_professionals_device_needs_eight_digits_or_a_phrase() {
        let pro = SecretRule::Professional;
        assert_eq!(
            validate_secret("246810", "246810", &[], pro),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(
            validate_secret("2468135", "2468135", &[], pro),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(validate_secret("24681357", "24681357", &[], pro), vec![]);
        assert_eq!(validate_secret("kat boom", "kat boom", &[], pro), vec![]);
        assert_eq!(
            validate_secret("12345678", "12345678", &[], pro),
            vec![SecretProblem::TooEasy]
        );
        assert!(strong_enough("246810", SecretRule::Family));
        assert!(!strong_enough("246810", pro));
        assert!(strong_enough("Oma Els woont om de hoek", pro));
    }

    #[test]
    fn the_wait_counts_down_on_a_forward_clock_and_cannot_be_forged_longer() {
        let none = Backoff::default();
        assert_eq!(none.seconds_left(), 0);
        let three = none.failed().failed().failed();
        assert_eq!(three.failures, 3);
        assert_eq!(three.seconds_left(), 2);
        assert_eq!(three.after(1500.0).seconds_left(), 1);
        assert_eq!(three.after(1999.0).seconds_left(), 1);
        assert_eq!(three.after(2000.0).seconds_left(), 0);
        assert_eq!(three.after(1e300).seconds_left(), 0);
        // A clock that went back, or a figure that is not one, takes nothing off.
        assert_eq!(three.after(-60_000.0), three);
        assert_eq!(three.after(f64::NAN), three);
        // Stored numbers out of range: never longer than the count allows.
        assert_eq!(Backoff::new(3, u32::MAX).seconds_left(), 2);
        assert_eq!(Backoff::new(2, 5_000).seconds_left(), 0);
        assert_eq!(Backoff::full(u32::MAX).seconds_left(), MAX_WAIT_SECONDS);
        assert_eq!(Backoff::full(u32::MAX).failed().failures, u32::MAX);
    }

    #[test]
    fn both_problems_are_reported_at_once() {
        assert_eq!(
            validate_secret("123", "124", &[], SecretRule::Family),
            vec![SecretProblem::TooShort, SecretProblem::Mismatch]
        );
        assert_eq!(
            validate_secret("246810", "246811", &[], SecretRule::Family),
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
