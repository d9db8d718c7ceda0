//! The language of the UI, shared through a context.

use yew::prelude::*;

use crate::i18n::{Language, Text};

/// The current language and a way to change it.
#[derive(Clone, PartialEq)]
pub struct LangHandle {
    pub lang: Language,
    set: Callback<Language>,
}

impl LangHandle {
    /// A handle for `lang` that reports changes to `set`.
    pub fn new(lang: Language, set: Callback<Language>) -> Self {
        LangHandle { lang, set }
    }

    /// A fixed text in the current language.
    pub fn t(&self, key: impl Text) -> &'static str {
        key.text(self.lang)
    }

    /// Switch to the other language.
    pub fn switch(&self) {
        self.set.emit(self.lang.other());
    }
}

/// The language handle provided by the app (Dutch if none is provided, as in tests).
#[hook]
pub fn use_lang() -> LangHandle {
    use_context::<LangHandle>().unwrap_or_else(|| LangHandle::new(Language::Nl, Callback::noop()))
}
