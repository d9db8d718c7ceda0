//! Support for parents and carers (issue 17): short texts in plain words beside their plan,
//! and the help lines for adults. The texts come from the book of the UI's language
//! ([`use_book`]); "Lees voor" reads them on request.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::education::{Book, ParentTopic};
use crate::i18n::T;
use crate::ui::components::help_lines::HelpLines;
use crate::ui::family::read_aloud::{firsts, marked, read_aloud_button, use_read_aloud};
use crate::ui::family::texts::{not_ready, use_book, Texts};
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`SupportPage`].
#[derive(Properties, PartialEq)]
pub struct SupportPageProps {
    pub on_open: Callback<ParentTopic>,
}

/// The texts for parents, and who they can call.
#[function_component]
pub fn SupportPage(props: &SupportPageProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::SupportTitle) }</h1>
            <p>{ lang.t(T::SupportIntro) }</p>
            <ul class="plain topics">
                { for ParentTopic::ALL.iter().map(|topic| {
                    let topic = *topic;
                    html! {
                        <li>
                            <button type="button" class="topic" onclick={props.on_open.reform(move |_| topic)}>
                                <span>{ topic.title(lang.lang) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <HelpLines band={None} />
        </>
    }
}

/// Props of [`ParentTextPage`].
#[derive(Properties, PartialEq)]
pub struct ParentTextPageProps {
    pub topic: ParentTopic,
    pub on_back: Callback<()>,
}

/// One text for parents.
#[function_component]
pub fn ParentTextPage(props: &ParentTextPageProps) -> Html {
    let lang = use_lang();
    let (texts, retry) = use_book(lang.lang);
    html! {
        <>
            <button type="button" class="button quiet" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToSupport) }
            </button>
            <h1 id="page-title" tabindex="-1">{ props.topic.title(lang.lang) }</h1>
            { match &texts {
                Texts::Ready(book) => html! { <ParentText book={book.clone()} topic={props.topic} /> },
                other => not_ready(other, &retry, &lang),
            } }
            <HelpLines band={None} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ParentTextProps {
    book: Rc<Book>,
    topic: ParentTopic,
}

#[function_component]
fn ParentText(props: &ParentTextProps) -> Html {
    let lang = use_lang();
    let text = props.book.for_parents(props.topic);
    let shown: Vec<&str> = text.pages.iter().map(String::as_str).collect();
    let aloud = use_read_aloud(text.pages.to_vec());
    let reading = aloud.current();
    let firsts = firsts(&shown);
    html! {
        <>
            { read_aloud_button(&aloud, &lang) }
            <div class="lesson-text">
                { for shown.iter().zip(&firsts).map(|(p, first)| html! { <p>{ marked(p, *first, reading) }</p> }) }
            </div>
        </>
    }
}
