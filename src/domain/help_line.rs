//! The Dutch help lines every young person's screen shows. These are facts, not settings:
//! nobody can edit them away.

/// A help line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLine {
    pub kind: HelpLineKind,
    /// The name, the same in every language.
    pub name: &'static str,
    /// The number as people write it.
    pub display: &'static str,
    /// What a `tel:` link dials.
    pub dial: &'static str,
}

/// Which help line, so the UI can say what each is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpLineKind {
    /// 112: someone is in danger now.
    Emergency,
    /// De Kindertelefoon: free, anonymous, 8 to 18, phone and chat.
    Kindertelefoon,
    /// Veilig Thuis: advice and reports about abuse at home, day and night.
    VeiligThuis,
}

/// The help lines, most urgent first.
pub const HELP_LINES: [HelpLine; 3] = [
    HelpLine {
        kind: HelpLineKind::Emergency,
        name: "112",
        display: "112",
        dial: "112",
    },
    HelpLine {
        kind: HelpLineKind::Kindertelefoon,
        name: "De Kindertelefoon",
        display: "0800-0432",
        dial: "08000432",
    },
    HelpLine {
        kind: HelpLineKind::VeiligThuis,
        name: "Veilig Thuis",
        display: "0800-2000",
        dial: "08002000",
    },
];

impl HelpLine {
    /// A `tel:` URI for one-tap calling.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.dial)
    }
}
