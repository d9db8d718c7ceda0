//! The languages the domain's own texts (the example family, psycho-education) exist in.
//! The UI maps its language choice onto this; the domain knows no i18n module.

/// A language of the domain's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Dutch,
    English,
}

impl Language {
    /// Both languages, Dutch (the source) first.
    pub const ALL: [Language; 2] = [Language::Dutch, Language::English];
}
