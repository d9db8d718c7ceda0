//! A point on the safety scale, from the form to the chart.
//!
//! 0 means nothing keeps the child safe; 10 means everyone agrees the child is safe enough
//! to close the case. The same scale serves a young person's check-in ("how safe do I
//! feel"). A value outside 0-10 cannot be made, nor read from storage or a file.

use serde::{Deserialize, Serialize};

/// A score on the 0-10 safety scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct SafetyScore(u8);

impl SafetyScore {
    /// The lowest score: nothing keeps the child safe.
    pub const MIN: SafetyScore = SafetyScore(0);
    /// The highest score: safe enough to close the case.
    pub const MAX: SafetyScore = SafetyScore(10);

    /// The score `value`, if it is on the scale.
    pub fn new(value: u8) -> Option<SafetyScore> {
        (value <= Self::MAX.0).then_some(SafetyScore(value))
    }

    /// Every score, 0 to 10.
    pub fn all() -> impl Iterator<Item = SafetyScore> {
        (Self::MIN.0..=Self::MAX.0).map(SafetyScore)
    }

    /// The number.
    pub fn value(self) -> u8 {
        self.0
    }

    /// How far this score is above `earlier` (negative: below).
    pub fn change_since(self, earlier: SafetyScore) -> i16 {
        i16::from(self.0) - i16::from(earlier.0)
    }
}

impl TryFrom<u8> for SafetyScore {
    type Error = &'static str;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        SafetyScore::new(value).ok_or("a safety score is 0 to 10")
    }
}

impl From<SafetyScore> for u8 {
    fn from(score: SafetyScore) -> u8 {
        score.0
    }
}

impl std::fmt::Display for SafetyScore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_zero_to_ten_exist() {
        assert_eq!(SafetyScore::all().count(), 11);
        assert!(SafetyScore::new(11).is_none());
        assert!(serde_json::from_str::<SafetyScore>("11").is_err());
        assert_eq!(serde_json::to_string(&SafetyScore::MAX).unwrap(), "10");
        assert_eq!(
            SafetyScore::new(3).unwrap().change_since(SafetyScore::MAX),
            -7
        );
    }
}
