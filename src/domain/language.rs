//! The languages the app speaks: every text of the UI and the domain's own content (the
//! example family, psycho-education) exists in each. One type for both, so the UI's choice
//! is the content's language.

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Dutch, the source language and the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Language {
    /// Both languages, Dutch (the source) first.
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// The BCP 47 code, for the `lang` attribute and for storing the choice.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// The language for a stored code; Dutch for anything unknown.
    pub fn from_code(code: &str) -> Language {
        match code {
            "en" => Language::En,
            _ => Language::Nl,
        }
    }

    /// Of a text given in both languages, the one in this language.
    pub fn pick<T>(self, nl: T, en: T) -> T {
        match self {
            Language::Nl => nl,
            Language::En => en,
        }
    }

    /// The other language, offered by the language switch.
    pub fn other(self) -> Language {
        match self {
            Language::Nl => Language::En,
            Language::En => Language::Nl,
        }
    }
}
