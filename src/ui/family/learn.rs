//! Psycho-education for the young person: the topics, and one topic at a time, in the words
//! for their age band. The help lines are on every screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::education::Book;
use crate::domain::{education, AgeBand, Topic};
use crate::i18n::home as texts;
use crate::i18n::T;
use crate::ui::components::help_lines::HelpLines;
use crate::ui::family::pictures::drawing;
use crate::ui::family::read_aloud::{firsts, marked, read_aloud_button, use_read_aloud};
use crate::ui::family::texts::{not_ready, use_book, Texts};
use crate::ui::hooks::use_lang::use_lang;

/// A drawing for a topic: simple shapes, no faces of people, nothing frightening.
pub fn topic_icon(topic: Topic) -> Html {
    let shape = match topic {
        Topic::NotYourFault => html! {
            <path d="M24 40C9 29 6 19 12 13c5-5 10-2 12 2 2-4 7-7 12-2 6 6 3 16-12 27z" />
        },
        Topic::RightToBeSafe => html! {
            <path d="M24 6l14 6v10c0 10-6 17-14 20-8-3-14-10-14-20V12z" />
        },
        Topic::YourPlan => html! {
            <>
                <circle cx="17" cy="16" r="5" /><circle cx="31" cy="16" r="5" />
                <path d="M8 38c0-9 18-9 18 0M22 38c0-9 18-9 18 0" />
            </>
        },
        Topic::Feelings => html! {
            <>
                <circle cx="24" cy="24" r="16" /><circle cx="18" cy="20" r="1.5" />
                <circle cx="30" cy="20" r="1.5" /><path d="M17 29q7 5 14 0" />
            </>
        },
        Topic::Secrets => html! { <path d="M8 12h32v20H22l-8 8v-8H8z" /> },
        Topic::YourBody => html! {
            <>
                <circle cx="24" cy="10" r="5" />
                <path d="M24 15v14M14 21h20M24 29l-6 12M24 29l6 12" />
            </>
        },
        Topic::GettingHelp => html! {
            <><rect x="15" y="6" width="18" height="36" rx="4" /><path d="M21 36h6" /></>
        },
        Topic::AfterTelling => html! {
            <>
                <path d="M8 10h32v22H22l-8 8v-8H8z" />
                <path d="M24 28c-5-4-7-7-4-9 2-1 3 0 4 2 1-2 2-3 4-2 3 2 1 5-4 9z" />
            </>
        },
        Topic::NobodyAnswers => html! {
            <><rect x="15" y="6" width="18" height="36" rx="4" /><path d="M20 22h0M24 22h0M28 22h0" /></>
        },
        Topic::Online => html! {
            <><circle cx="24" cy="24" r="16" /><path d="M8 24h32M24 8c-8 9-8 23 0 32M24 8c8 9 8 23 0 32" /></>
        },
        Topic::Siblings => html! {
            <>
                <circle cx="17" cy="13" r="5" /><circle cx="33" cy="21" r="4" />
                <path d="M9 40c0-12 16-12 16 0M27 40c0-9 12-9 12 0" />
            </>
        },
        Topic::NoNeedToChoose => html! {
            <>
                <path d="M16 34C6 27 4 20 8 16c3-3 6-1 8 1 2-2 5-4 8-1 4 4 2 11-8 18z" />
                <path d="M32 34c-10-7-12-14-8-18 3-3 6-1 8 1 2-2 5-4 8-1 4 4 2 11-8 18z" />
            </>
        },
        Topic::WitnessedViolence => html! {
            <><path d="M8 22L24 8l16 14v18H8z" /><path d="M20 40V30h8v10" /></>
        },
    };
    html! {
        <svg class="topic-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}

/// Props of [`LearnPage`].
#[derive(Properties, PartialEq)]
pub struct LearnPageProps {
    pub topics: Vec<Topic>,
    pub band: AgeBand,
    pub on_open: Callback<Topic>,
}

/// The list of topics.
#[function_component]
pub fn LearnPage(props: &LearnPageProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::LearnTitle) }</h1>
            <p>{ lang.t(T::LearnIntro) }</p>
            <ul class="plain topics">
                { for props.topics.iter().map(|topic| {
                    let topic = *topic;
                    html! {
                        <li>
                            <button type="button" class="topic" onclick={props.on_open.reform(move |_| topic)}>
                                { topic_icon(topic) }
                                <span>{ education::title(topic, lang.lang) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <HelpLines band={Some(props.band)} />
        </>
    }
}

/// Props of [`LessonPage`].
#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    pub topic: Topic,
    pub band: AgeBand,
    /// The young person's safe people from their plan, named on "Jouw veiligheidsplan".
    #[prop_or_default]
    pub safe_people: Vec<AttrValue>,
    pub on_back: Callback<()>,
}

/// One topic: its title at once, its text once the book of the UI's language is here.
#[function_component]
pub fn LessonPage(props: &LessonPageProps) -> Html {
    let lang = use_lang();
    let (texts, retry) = use_book(lang.lang);
    // Here, not in the text: the idea on screen stays when the language changes.
    let page = use_state(|| 0usize);
    html! {
        <>
            <button type="button" class="button quiet" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToLearn) }
            </button>
            <h1 id="page-title" tabindex="-1" class="lesson-title">
                { topic_icon(props.topic) }{ education::title(props.topic, lang.lang) }
            </h1>
            { match &texts {
                Texts::Ready(book) => html! {
                    <LessonText book={book.clone()} topic={props.topic} band={props.band}
                        safe_people={props.safe_people.clone()} page={*page}
                        on_page={{ let page = page.clone(); Callback::from(move |p| page.set(p)) }} />
                },
                other => not_ready(other, &retry, &lang),
            } }
            <HelpLines band={Some(props.band)} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LessonTextProps {
    book: Rc<Book>,
    topic: Topic,
    band: AgeBand,
    safe_people: Vec<AttrValue>,
    /// The idea on screen, for 4-7.
    page: usize,
    on_page: Callback<usize>,
}

/// The text of one topic: one idea a screen with its drawing for 4-7, paragraphs for the
/// others; "Lees voor" above it.
#[function_component]
fn LessonText(props: &LessonTextProps) -> Html {
    let lang = use_lang();
    let lesson = props.book.lesson(props.topic, props.band);
    let total = lesson.pages.len().max(1);
    let current = props.page.min(total - 1);
    let step = |delta: isize| {
        let on_page = props.on_page.clone();
        Callback::from(move |_| {
            let next = (current as isize + delta).clamp(0, total as isize - 1);
            on_page.emit(next as usize);
        })
    };
    // Read aloud: the idea on screen for the youngest, the whole text for the others.
    let shown: Vec<&str> = if props.band.one_idea_a_screen() {
        lesson
            .pages
            .get(current)
            .map(String::as_str)
            .into_iter()
            .collect()
    } else {
        lesson.pages.iter().map(String::as_str).collect()
    };
    let aloud = use_read_aloud(shown.iter().map(|p| p.to_string()).collect());
    let reading = aloud.current();
    let firsts = firsts(&shown);
    let text = if props.band.one_idea_a_screen() {
        html! {
            <div class="idea">
                if let Some(picture) = education::pictures(props.topic).get(current) {
                    { drawing(*picture, lang.lang) }
                }
                <p class="idea-text" aria-live="polite">
                    { for shown.first().map(|idea| marked(idea, 0, reading)) }
                </p>
                <p class="idea-count">{ texts::page_of(lang.lang, current + 1, total) }</p>
                <div class="idea-nav">
                    <button type="button" class="button wide" disabled={current == 0} onclick={step(-1)}>
                        { lang.t(T::PreviousPage) }
                    </button>
                    <button type="button" class="button primary wide" disabled={current + 1 == total}
                        onclick={step(1)}>
                        { lang.t(T::NextPage) }
                    </button>
                </div>
            </div>
        }
    } else {
        html! {
            <div class="lesson-text">
                { for shown.iter().zip(&firsts).map(|(p, first)| html! { <p>{ marked(p, *first, reading) }</p> }) }
            </div>
        }
    };
    html! {
        <>
            { read_aloud_button(&aloud, &lang) }
            { text }
            if props.topic == Topic::YourPlan && !props.safe_people.is_empty() {
                <h2>{ lang.t(T::YourSafePeople) }</h2>
                <ul class="names">
                    { for props.safe_people.iter().map(|name| html! { <li>{ name.clone() }</li> }) }
                </ul>
            }
        </>
    }
}
