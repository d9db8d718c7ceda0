//! The rules of the device's secret: what counts as strong enough, and how long someone
//! must wait after wrong tries. The cryptography itself is in `storage::crypto`.

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
    /// The two entries differ.
    Mismatch,
}

/// Every problem with a new secret and its repetition.
pub fn validate_secret(secret: &str, repeat: &str) -> Vec<SecretProblem> {
    let mut problems = Vec::new();
    let digits_only = !secret.is_empty() && secret.chars().all(|c| c.is_ascii_digit());
    let long_enough = if digits_only {
        secret.chars().count() >= MIN_DIGITS
    } else {
        secret.trim().chars().count() >= MIN_PHRASE_CHARS
    };
    if !long_enough {
        problems.push(SecretProblem::TooShort);
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
    fn passcodes_need_six_digits_and_phrases_eight_characters() {
        assert_eq!(
            validate_secret("12345", "12345"),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(validate_secret("123456", "123456"), vec![]);
        assert_eq!(validate_secret("kat boom", "kat boom"), vec![]);
        assert_eq!(validate_secret("kat", "kat"), vec![SecretProblem::TooShort]);
        // Spaces around a phrase do not make it longer.
        assert_eq!(
            validate_secret("  kat   ", "  kat   "),
            vec![SecretProblem::TooShort]
        );
        assert_eq!(validate_secret("", ""), vec![SecretProblem::TooShort]);
    }

    #[test]
    fn both_problems_are_reported_at_once() {
        assert_eq!(
            validate_secret("123", "124"),
            vec![SecretProblem::TooShort, SecretProblem::Mismatch]
        );
        assert_eq!(
            validate_secret("123456", "123457"),
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
