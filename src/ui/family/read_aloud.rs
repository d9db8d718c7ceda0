//! "Lees voor" (issue 17): a button that reads a screen's sentences aloud in the screen's
//! language, the sentence being read marked on the screen, and a plain word when the phone
//! cannot read aloud in that language (the text stays). Reading stops when the text changes,
//! when the button is pressed again and when the screen closes; leaving ("Snel weg"),
//! locking and going out of sight stop it too (`speech::stop`, and static/start.js).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::education::sentences;
use crate::i18n::T;
use crate::ui::hooks::use_lang::{use_lang, LangHandle};
use crate::ui::speech::{self, Event, Reading, Unavailable};

/// Where reading aloud stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aloud {
    Idle,
    /// Reading; the sentence being read, once it has begun.
    Reading(Option<usize>),
    Unavailable(Unavailable),
}

/// What [`use_read_aloud`] gives a screen.
#[derive(Clone, PartialEq)]
pub struct ReadAloud {
    pub state: Aloud,
    /// Start reading, or stop when reading.
    pub toggle: Callback<()>,
}

impl ReadAloud {
    /// The sentence being read, if any.
    pub fn current(&self) -> Option<usize> {
        match self.state {
            Aloud::Reading(current) => current,
            _ => None,
        }
    }
}

/// Read `parts` (whole texts, split into sentences here) aloud on request. Reading stops when
/// the parts or the language change and when the screen closes.
#[hook]
pub fn use_read_aloud(parts: Vec<String>) -> ReadAloud {
    let lang = use_lang();
    let state = use_state_eq(|| Aloud::Idle);
    let reading = use_mut_ref(|| None::<Reading>);
    // Counts taps and stops: a reading that waits for the browser's voices goes ahead only
    // if nothing happened meanwhile.
    let taps = use_mut_ref(|| 0u32);
    use_effect_with((), |_| speech::prepare());
    {
        let (state, reading, taps) = (state.clone(), reading.clone(), taps.clone());
        use_effect_with((parts.clone(), lang.lang), move |_| {
            move || {
                *taps.borrow_mut() += 1;
                reading.borrow_mut().take();
                state.set(Aloud::Idle);
            }
        });
    }
    let toggle = {
        let (state, reading) = (state.clone(), reading.clone());
        let language = lang.lang;
        Callback::from(move |()| {
            let was_reading = matches!(*state, Aloud::Reading(_));
            let tap = {
                let mut taps = taps.borrow_mut();
                *taps += 1;
                *taps
            };
            reading.borrow_mut().take();
            if was_reading {
                state.set(Aloud::Idle);
                return;
            }
            let texts: Vec<String> = parts
                .iter()
                .flat_map(|part| sentences(part).into_iter().map(str::to_string))
                .collect();
            let on_event: speech::Listener = {
                let state = state.clone();
                Rc::new(move |event| {
                    state.set(match event {
                        Event::Sentence(index) => Aloud::Reading(Some(index)),
                        Event::Ended => Aloud::Idle,
                        Event::Failed => Aloud::Unavailable(Unavailable::Failed),
                    })
                })
            };
            // Started inside the tap: Safari reads aloud only then (and lists its voices
            // at once). Other browsers may list them a moment later: then it waits for them.
            match speech::read(&texts, language, on_event.clone()) {
                Ok(started) => {
                    *reading.borrow_mut() = Some(started);
                    state.set(Aloud::Reading(None));
                }
                Err(Unavailable::NotYet) => {
                    state.set(Aloud::Reading(None));
                    let (state, reading, taps) = (state.clone(), reading.clone(), taps.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        speech::voices_listed(3000).await;
                        if *taps.borrow() != tap {
                            return;
                        }
                        match speech::read(&texts, language, on_event) {
                            Ok(started) => *reading.borrow_mut() = Some(started),
                            Err(Unavailable::NotYet) => {
                                state.set(Aloud::Unavailable(Unavailable::NoVoice))
                            }
                            Err(why) => state.set(Aloud::Unavailable(why)),
                        }
                    });
                }
                Err(why) => state.set(Aloud::Unavailable(why)),
            }
        })
    };
    ReadAloud {
        state: *state,
        toggle,
    }
}

/// The "Lees voor" button, and what it says when the phone cannot read aloud. (A function,
/// not a component: a component of its own costs the family's app more than it does.)
pub fn read_aloud_button(aloud: &ReadAloud, lang: &LangHandle) -> Html {
    let reading = matches!(aloud.state, Aloud::Reading(_));
    let message = match aloud.state {
        Aloud::Unavailable(Unavailable::NoSpeech) => Some(T::ReadAloudNoSpeech),
        Aloud::Unavailable(Unavailable::NoVoice | Unavailable::NotYet) => Some(T::ReadAloudNoVoice),
        Aloud::Unavailable(Unavailable::Failed) => Some(T::ReadAloudFailed),
        _ => None,
    };
    html! {
        <div class="read-aloud">
            <button type="button" class="button read-aloud-button"
                onclick={aloud.toggle.reform(|_| ())}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 9v6h4l5 4V5L8 9z" />
                    if reading {
                        <path d="M16 9v6" /><path d="M19 7v10" />
                    } else {
                        <path d="M16 8.5a5 5 0 0 1 0 7" /><path d="M18.5 6a8.5 8.5 0 0 1 0 12" />
                    }
                </svg>
                <span>{ lang.t(if reading { T::ReadAloudStop } else { T::ReadAloud }) }</span>
            </button>
            // A live region, not a second "status" beside the screen's own.
            <p class="read-aloud-note" aria-live="polite">
                { for message.map(|m| lang.t(m)) }
            </p>
        </div>
    }
}

/// The index of each part's first sentence, counting the sentences of all parts in order.
pub fn firsts(parts: &[&str]) -> Vec<usize> {
    parts
        .iter()
        .scan(0, |next, part| {
            let first = *next;
            *next += sentences(part).len();
            Some(first)
        })
        .collect()
}

/// The sentences of `part`, whose first is sentence `first` of the whole text, the one being
/// read (`current`) marked. Only an attribute changes while reading, so a live region around
/// the text does not announce it again.
pub fn marked(part: &str, first: usize, current: Option<usize>) -> Html {
    html! {
        { for sentences(part).into_iter().enumerate().map(|(i, sentence)| {
            let space = if i == 0 { "" } else { " " };
            let reading = (Some(first + i) == current).then_some("true");
            html! { <>{ space }<span class="sentence" aria-current={reading}>{ sentence.to_string() }</span></> }
        }) }
    }
}
