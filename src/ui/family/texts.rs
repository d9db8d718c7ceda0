//! The family's texts (lessons and the texts for parents), loaded after the first screen.
//!
//! `scripts/post-build.mjs` copies `content/lessons.<language>.txt` into the build under a
//! name with its hash and names both in `<meta name="veilig-texts">`; the service worker
//! fetches them in the background after the first visit, so they are there offline without
//! making the first download larger. A screen that needs them asks [`use_book`]: a book once
//! read stays in memory for the rest of the visit.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::domain::education::Book;
use crate::domain::Language;
use crate::i18n::{L, T};
use crate::ui::components::notice::Notice;
use crate::ui::hooks::use_lang::LangHandle;

thread_local! {
    static BOOKS: RefCell<Vec<Rc<Book>>> = const { RefCell::new(Vec::new()) };
}

fn kept(language: Language) -> Option<Rc<Book>> {
    BOOKS.with(|books| {
        books
            .borrow()
            .iter()
            .find(|b| b.language == language)
            .cloned()
    })
}

/// Where this build keeps the texts of `language`.
fn address(language: Language) -> Option<String> {
    let meta = gloo::utils::document()
        .query_selector(r#"meta[name="veilig-texts"]"#)
        .ok()??;
    let content = meta.get_attribute("content")?;
    let prefix = format!("{}=", language.code());
    content
        .split_whitespace()
        .find_map(|entry| entry.strip_prefix(&prefix))
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .map(str::to_string)
}

async fn load(language: Language) -> Result<Rc<Book>, ()> {
    let url = address(language).ok_or(())?;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(|_| ())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?
        .as_string()
        .ok_or(())?;
    let book = Rc::new(Book::parse(&text, language).map_err(|_| ())?);
    BOOKS.with(|books| books.borrow_mut().push(book.clone()));
    Ok(book)
}

/// The texts in the UI's language, as far as they are here.
#[derive(Clone, PartialEq)]
pub enum Texts {
    Loading,
    Ready(Rc<Book>),
    /// Not in this build's cache and no connection, or a damaged file.
    Failed,
}

/// The book of the UI's language, and a way to try again after a failure.
#[hook]
pub fn use_book(language: Language) -> (Texts, Callback<()>) {
    // What was loaded, for which language (a change of language loads the other book).
    let loaded = use_state(|| None::<(Language, Result<Rc<Book>, ()>)>);
    let tries = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        use_effect_with((language, *tries), move |(language, _)| {
            let language = *language;
            if kept(language).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(Some((language, load(language).await)));
                });
            }
        });
    }
    let texts = match (kept(language), &*loaded) {
        (Some(book), _) => Texts::Ready(book),
        (None, Some((l, Err(())))) if *l == language => Texts::Failed,
        _ => Texts::Loading,
    };
    let retry = {
        let (loaded, tries) = (loaded.clone(), tries.clone());
        Callback::from(move |_| {
            loaded.set(None);
            tries.set(*tries + 1);
        })
    };
    (texts, retry)
}

/// What a screen shows while its texts are not there: a wait, or why not and a new try.
pub fn not_ready(texts: &Texts, retry: &Callback<()>, lang: &LangHandle) -> Html {
    match texts {
        Texts::Failed => html! {
            <Notice message={lang.t(T::TextsNotLoaded)}
                action={(AttrValue::from(lang.t(T::TryAgain)), retry.reform(|_| ()))} />
        },
        _ => html! { <p class="loading">{ lang.t(L::Loading) }</p> },
    }
}
