//! Reading aloud with the browser's speech synthesis (issue 17): with a voice for the screen's
//! language that is on the phone itself, sentence by sentence, so that the screen can mark
//! the sentence being read. A voice that needs a connection is never used: it would send a
//! child's safe people and agreements to a speech service, and it fails offline. Without a
//! voice on the phone nothing is read in another language's voice: the caller says so, and
//! the text stays. Reading starts inside the tap (Safari reads only then), so the voices
//! are asked for when a screen that can read aloud opens ([`prepare`]).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::Language;

/// How long a voice may take to begin before reading counts as failed (a voice that does not
/// answer and reports no error either).
const START_MS: i32 = 5000;

/// Why a text is not read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// The browser has no speech synthesis.
    NoSpeech,
    /// The phone has no voice of its own for the screen's language.
    NoVoice,
    /// The browser has not listed its voices yet: ask again in a moment ([`voices_listed`]).
    NotYet,
    /// The voice stopped with an error, or did not begin.
    Failed,
}

/// What a reading tells its screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// This sentence (an index into the sentences read) begins.
    Sentence(usize),
    /// Reading ended: the last sentence was read, or something else stopped it.
    Ended,
    Failed,
}

/// Where a reading's events go.
pub type Listener = Rc<dyn Fn(Event)>;

thread_local! {
    /// The reading that may still speak; an older one that is dropped leaves it alone.
    static CURRENT: Cell<u64> = const { Cell::new(0) };
    /// The screen of the reading that may still speak, told when something stops it.
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
    /// Asks the browser for its voices again when it says the list changed.
    static ON_VOICES: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
}

/// The browser's speech synthesis, where it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    let value = Reflect::get(&gloo::utils::window(), &"speechSynthesis".into()).ok()?;
    value.is_object().then(|| value.unchecked_into())
}

/// Ask for the voices now: some browsers list them only a while after the first question.
pub fn prepare() {
    let Some(synthesis) = synthesis() else {
        return;
    };
    ON_VOICES.with(|slot| {
        let mut slot = slot.borrow_mut();
        let handler = slot.get_or_insert_with(|| {
            Closure::new(|| {
                if let Some(again) = self::synthesis() {
                    again.get_voices();
                }
            })
        });
        synthesis.set_onvoiceschanged(Some(handler.as_ref().unchecked_ref()));
    });
    synthesis.get_voices();
}

/// Wait until the browser lists its voices, or `ms` have passed.
pub async fn voices_listed(ms: u32) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    let mut waited = 0;
    while synthesis.get_voices().length() == 0 && waited < ms {
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
        waited += 100;
    }
}

/// Stop whatever is being read (leaving, locking, going out of sight), and tell its screen.
pub fn stop() {
    CURRENT.with(|current| current.set(current.get() + 1));
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
    if let Some(listener) = LISTENER.with(|slot| slot.borrow_mut().take()) {
        listener(Event::Ended);
    }
}

/// The language tag a voice for `language` starts with, and the one an utterance gets.
fn tags(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::Nl => ("nl", "nl-NL"),
        Language::En => ("en", "en-GB"),
    }
}

/// A voice on the phone itself for `language`.
fn voice_for(synthesis: &SpeechSynthesis, language: Language) -> Option<SpeechSynthesisVoice> {
    let (prefix, _) = tags(language);
    synthesis
        .get_voices()
        .iter()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
        .find(|voice| {
            let tag = voice.lang().to_ascii_lowercase().replace('_', "-");
            voice.local_service() && (tag == prefix || tag.starts_with(&format!("{prefix}-")))
        })
}

/// A reading in progress. Dropping it stops it, unless a newer reading has begun.
pub struct Reading {
    id: u64,
    utterances: Vec<SpeechSynthesisUtterance>,
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
    timer: Option<(i32, Closure<dyn FnMut()>)>,
}

impl Drop for Reading {
    fn drop(&mut self) {
        // The browser may still report the stopped sentences: it finds no handler left.
        for utterance in &self.utterances {
            utterance.set_onstart(None);
            utterance.set_onend(None);
            utterance.set_onerror(None);
        }
        if let Some((timer, _)) = &self.timer {
            gloo::utils::window().clear_timeout_with_handle(*timer);
        }
        if CURRENT.with(Cell::get) == self.id {
            stop();
        }
    }
}

/// Read `sentences` aloud in `language`, one after the other, starting now (call it inside
/// the tap). `on_event` hears each sentence begin and the end. Nothing is read when the
/// phone cannot: the answer says why.
pub fn read(
    sentences: &[String],
    language: Language,
    on_event: Listener,
) -> Result<Reading, Unavailable> {
    let synthesis = synthesis().ok_or(Unavailable::NoSpeech)?;
    let voice = voice_for(&synthesis, language).ok_or(if synthesis.get_voices().length() == 0 {
        Unavailable::NotYet
    } else {
        Unavailable::NoVoice
    })?;
    if sentences.is_empty() {
        return Err(Unavailable::Failed);
    }
    // This reading's number, given once the earlier reading is stopped (below).
    let number = Rc::new(Cell::new(u64::MAX));
    // Whether this reading may still speak to its screen.
    let mine = {
        let number = number.clone();
        move || CURRENT.with(Cell::get) == number.get()
    };
    let started = Rc::new(Cell::new(false));
    let mut utterances = Vec::with_capacity(sentences.len());
    let mut handlers = Vec::new();
    let last = sentences.len().saturating_sub(1);
    for (index, sentence) in sentences.iter().enumerate() {
        let utterance =
            SpeechSynthesisUtterance::new_with_text(sentence).map_err(|_| Unavailable::NoSpeech)?;
        utterance.set_voice(Some(&voice));
        utterance.set_lang(tags(language).1);
        // A little slower than the default, for a young listener.
        utterance.set_rate(0.9);
        let (start_event, started, start_mine) = (on_event.clone(), started.clone(), mine.clone());
        let start = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            started.set(true);
            if start_mine() {
                start_event(Event::Sentence(index));
            }
        });
        utterance.set_onstart(Some(start.as_ref().unchecked_ref()));
        handlers.push(start);
        if index == last {
            let (end_event, end_mine) = (on_event.clone(), mine.clone());
            let end = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if end_mine() {
                    end_event(Event::Ended);
                }
            });
            utterance.set_onend(Some(end.as_ref().unchecked_ref()));
            handlers.push(end);
        }
        let (error_event, error_mine) = (on_event.clone(), mine.clone());
        let error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            if !error_mine() {
                return;
            }
            let kind = Reflect::get(&event, &"error".into())
                .ok()
                .and_then(|e| e.as_string())
                .unwrap_or_default();
            // Stopped by something else (a call, another app): the reading ends.
            let ended = kind == "interrupted" || kind == "canceled";
            stop();
            error_event(if ended { Event::Ended } else { Event::Failed });
        });
        utterance.set_onerror(Some(error.as_ref().unchecked_ref()));
        handlers.push(error);
        utterances.push(utterance);
    }
    stop();
    let id = CURRENT.with(|current| {
        current.set(current.get() + 1);
        current.get()
    });
    number.set(id);
    LISTENER.with(|slot| *slot.borrow_mut() = Some(on_event.clone()));
    for utterance in &utterances {
        synthesis.speak(utterance);
    }
    // A voice that never begins and never says why.
    let late = Closure::<dyn FnMut()>::new(move || {
        if mine() && !started.get() {
            stop();
            on_event(Event::Failed);
        }
    });
    let timer = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            late.as_ref().unchecked_ref::<Function>(),
            START_MS,
        )
        .ok()
        .map(|handle| (handle, late));
    Ok(Reading {
        id,
        utterances,
        _handlers: handlers,
        timer,
    })
}
