//! Phone numbers: validated and normalised so that one tap on "Bel" always dials.
//!
//! Accepted input, with spaces, dashes, dots, slashes and brackets anywhere:
//! - Dutch national numbers of 10 digits (`06 12345678`, `010-1234567`, `0111 123456`);
//! - Dutch free and information numbers (`0800 0432`, `0900 1234567`): 8 to 11 digits;
//! - `+31 6 12345678`, `0031 6 12345678` and `+31 (0)6 12345678`;
//! - any other international number in E.164 form: `+` (or `00`), country code and number,
//!   8 to 15 digits in all.
//!
//! The canonical form is E.164 (`+31612345678`), except for Dutch 0800/090x numbers, which
//! cannot be dialled from abroad and so are kept in national form (`08000432`).
//!
//! Invariant: a canonical value always parses back to itself. Stored numbers are re-parsed
//! when read, so these rules may be relaxed in later releases but never tightened.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a typed phone number was not accepted. The UI turns each into a plain message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    /// Nothing was typed.
    Empty,
    /// A character that has no place in a phone number (a letter, for instance).
    InvalidCharacter(char),
    /// A national number that does not start with 0.
    MissingLeadingZero,
    /// A Dutch number with the wrong number of digits (it has `digits`).
    WrongLengthDutch { digits: usize },
    /// An international number outside E.164's 8 to 15 digits (it has `digits`).
    WrongLengthInternational { digits: usize },
}

/// A phone number in canonical form (see the module documentation).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

const DUTCH_DIGITS: usize = 10;
const E164_MIN_DIGITS: usize = 8;
const E164_MAX_DIGITS: usize = 15;
/// Dutch service numbers: free (0800) and paid information numbers (0900, 0906, 0909).
const DUTCH_SERVICE_PREFIXES: [&str; 4] = ["0800", "0900", "0906", "0909"];
/// Dutch area codes of two digits after the 0; all other geographic codes have three.
const TWO_DIGIT_AREA_CODES: [&str; 33] = [
    "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
    "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "85", "88",
    "91",
];

impl PhoneNumber {
    /// Validate and normalise what a person typed.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        // "+31 (0)6 ..." is a common way to write Dutch numbers for foreign readers.
        let without_trunk_zero = trimmed.replacen("(0)", "", 1);
        let mut digits = String::with_capacity(trimmed.len());
        let mut international = false;
        for (i, c) in without_trunk_zero.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => international = true,
                ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' => {}
                other => return Err(PhoneError::InvalidCharacter(other)),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        if !international {
            if let Some(rest) = digits.strip_prefix("00") {
                international = true;
                digits = rest.to_string();
            }
        }
        if international {
            Self::parse_international(&digits)
        } else {
            Self::parse_dutch_national(&digits)
        }
    }

    fn parse_international(digits: &str) -> Result<Self, PhoneError> {
        if let Some(national) = digits.strip_prefix("31") {
            return Self::parse_dutch_national(&format!("0{national}"));
        }
        let n = digits.len();
        if digits.starts_with('0') || !(E164_MIN_DIGITS..=E164_MAX_DIGITS).contains(&n) {
            return Err(PhoneError::WrongLengthInternational { digits: n });
        }
        Ok(PhoneNumber(format!("+{digits}")))
    }

    fn parse_dutch_national(digits: &str) -> Result<Self, PhoneError> {
        if !digits.starts_with('0') {
            return Err(PhoneError::MissingLeadingZero);
        }
        if DUTCH_SERVICE_PREFIXES.iter().any(|p| digits.starts_with(p)) {
            return if (8..=11).contains(&digits.len()) {
                Ok(PhoneNumber(digits.to_string()))
            } else {
                Err(PhoneError::WrongLengthDutch {
                    digits: digits.len(),
                })
            };
        }
        if digits.len() != DUTCH_DIGITS || digits.as_bytes()[1] == b'0' {
            return Err(PhoneError::WrongLengthDutch {
                digits: digits.len(),
            });
        }
        Ok(PhoneNumber(format!("+31{}", &digits[1..])))
    }

    /// The canonical form: what `tel:` and `sms:` links dial.
    pub fn canonical(&self) -> &str {
        &self.0
    }

    /// A `tel:` URI for one-tap calling.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.0)
    }

    /// An `sms:` URI for one-tap texting.
    pub fn sms_uri(&self) -> String {
        format!("sms:{}", self.0)
    }

    /// Is this a Dutch number (shown in the national form people know)?
    pub fn is_dutch(&self) -> bool {
        self.0.starts_with("+31") || !self.0.starts_with('+')
    }

    /// The number written the way people in the Netherlands write it:
    /// `06 12345678`, `010 1234567`, `0111 123456`, `0800 0432`; other countries as E.164.
    pub fn display(&self) -> String {
        let national = match self.0.strip_prefix("+31") {
            Some(rest) => format!("0{rest}"),
            None if !self.0.starts_with('+') => self.0.clone(),
            None => return self.0.clone(),
        };
        let split = if national.starts_with("06") {
            2
        } else if DUTCH_SERVICE_PREFIXES
            .iter()
            .any(|p| national.starts_with(p))
        {
            4
        } else if TWO_DIGIT_AREA_CODES.contains(&&national[1..3]) {
            3
        } else {
            4
        };
        format!("{} {}", &national[..split], &national[split..])
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.0)
    }
}

impl Serialize for PhoneNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PhoneNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        PhoneNumber::parse(&s).map_err(|e| serde::de::Error::custom(format!("{e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(input: &str) -> String {
        PhoneNumber::parse(input)
            .unwrap_or_else(|e| panic!("{input}: {e:?}"))
            .canonical()
            .to_string()
    }

    #[test]
    fn dutch_mobile_in_every_common_spelling() {
        for input in [
            "0612345678",
            "06 12345678",
            "06-12345678",
            "06 12 34 56 78",
            "06-1234 5678",
            " 06.12.34.56.78 ",
            "+31612345678",
            "+31 6 12345678",
            "+31 (0)6 12345678",
            "0031612345678",
            "0031 6 1234 5678",
        ] {
            assert_eq!(canon(input), "+31612345678", "{input}");
        }
    }

    #[test]
    fn dutch_landlines() {
        assert_eq!(canon("010-1234567"), "+31101234567");
        assert_eq!(canon("(010) 123 45 67"), "+31101234567");
        assert_eq!(canon("0111-123456"), "+31111123456");
        assert_eq!(canon("020/1234567"), "+31201234567");
    }

    #[test]
    fn dutch_service_numbers_stay_national() {
        assert_eq!(canon("0800-0432"), "08000432");
        assert_eq!(canon("0800 2000"), "08002000");
        assert_eq!(canon("0900-1234567"), "09001234567");
        assert_eq!(
            PhoneNumber::parse("0800 12"),
            Err(PhoneError::WrongLengthDutch { digits: 6 })
        );
    }

    #[test]
    fn international_numbers() {
        assert_eq!(canon("+32 470 12 34 56"), "+32470123456");
        assert_eq!(canon("0049 30 1234567"), "+49301234567");
        assert_eq!(canon("+1 (212) 555-0123"), "+12125550123");
        assert_eq!(
            PhoneNumber::parse("+32 12"),
            Err(PhoneError::WrongLengthInternational { digits: 4 })
        );
        assert_eq!(
            PhoneNumber::parse("+1234567890123456"),
            Err(PhoneError::WrongLengthInternational { digits: 16 })
        );
        assert_eq!(
            PhoneNumber::parse("+0123456789"),
            Err(PhoneError::WrongLengthInternational { digits: 10 })
        );
    }

    #[test]
    fn invalid_input_says_why() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneError::Empty));
        assert_eq!(PhoneNumber::parse("   "), Err(PhoneError::Empty));
        assert_eq!(PhoneNumber::parse("--"), Err(PhoneError::Empty));
        assert_eq!(
            PhoneNumber::parse("06-abc"),
            Err(PhoneError::InvalidCharacter('a'))
        );
        assert_eq!(
            PhoneNumber::parse("06+12345678"),
            Err(PhoneError::InvalidCharacter('+'))
        );
        assert_eq!(
            PhoneNumber::parse("612345678"),
            Err(PhoneError::MissingLeadingZero)
        );
        assert_eq!(
            PhoneNumber::parse("061234567"),
            Err(PhoneError::WrongLengthDutch { digits: 9 })
        );
        assert_eq!(
            PhoneNumber::parse("061234567890"),
            Err(PhoneError::WrongLengthDutch { digits: 12 })
        );
        assert_eq!(
            PhoneNumber::parse("+31 6 1234"),
            Err(PhoneError::WrongLengthDutch { digits: 6 })
        );
        assert_eq!(
            PhoneNumber::parse("112"),
            Err(PhoneError::MissingLeadingZero)
        );
    }

    #[test]
    fn display_in_familiar_form() {
        let show = |s: &str| PhoneNumber::parse(s).unwrap().display();
        assert_eq!(show("+31612345678"), "06 12345678");
        assert_eq!(show("010 1234567"), "010 1234567");
        assert_eq!(show("0111 123456"), "0111 123456");
        assert_eq!(show("0800-0432"), "0800 0432");
        assert_eq!(show("+32470123456"), "+32470123456");
    }

    #[test]
    fn links_dial_the_canonical_number() {
        let p = PhoneNumber::parse("06-12345678").unwrap();
        assert_eq!(p.tel_uri(), "tel:+31612345678");
        assert_eq!(p.sms_uri(), "sms:+31612345678");
        assert!(p.is_dutch());
        assert!(!PhoneNumber::parse("+32470123456").unwrap().is_dutch());
    }
}
