//! "Hoe veilig voel ik me?": a private 0-10 check-in with optional words, kept on this
//! device, and the young person's own history of them.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{AgeBand, CheckIn, CheckInProblem, RecordMeta, SafetyScore};
use crate::i18n::home as texts;
use crate::i18n::{Key, L, T};
use crate::service::Session;
use crate::service::{Listing, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::{send_refusal_text, PackageOut};
use crate::ui::components::score_scale::{face, score_scale, Scale};
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`CheckInPage`].
#[derive(Properties, PartialEq)]
pub struct CheckInPageProps {
    pub session: Session,
    pub band: AgeBand,
}

/// The check-in screen.
#[function_component]
pub fn CheckInPage(props: &CheckInPageProps) -> Html {
    let lang = use_lang();
    let score = use_state(|| None::<SafetyScore>);
    let words = use_state(String::new);
    let problems = use_state(Vec::<CheckInProblem>::new);
    let failure = use_state(|| None::<StorageError>);
    let saved = use_state(|| None::<SafetyScore>);
    let history = use_state(|| None::<Result<Listing<CheckIn>, StorageError>>);
    let generation = use_state(|| 0u32);
    let sending = use_state(|| None::<Result<Rc<Vec<u8>>, Key>>);
    // Share one check-in: kept again with `shared` set; it travels when they send.
    let share = |check_in: CheckIn| {
        let session = props.session.clone();
        let (failure, generation, sending) = (failure.clone(), generation.clone(), sending.clone());
        Callback::from(move |_| {
            let shared = CheckIn {
                shared: true,
                ..check_in.clone()
            };
            let (session, failure, generation) =
                (session.clone(), failure.clone(), generation.clone());
            sending.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match session.add_check_in(&shared).await {
                    Ok(()) => generation.set(*generation + 1),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let send = {
        let session = props.session.clone();
        let sending = sending.clone();
        Callback::from(move |_| {
            let (session, sending) = (session.clone(), sending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                sending.set(Some(
                    session
                        .answers_package()
                        .await
                        .map(Rc::new)
                        .map_err(|e| send_refusal_text(&e)),
                ));
            });
        })
    };
    {
        let history = history.clone();
        let session = props.session.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                history.set(Some(session.check_ins().await));
            });
        });
    }

    let onsubmit = {
        let (score, words, problems, failure, saved, generation) = (
            score.clone(),
            words.clone(),
            problems.clone(),
            failure.clone(),
            saved.clone(),
            generation.clone(),
        );
        let session = props.session.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let meta = RecordMeta::new(session.author(), env::now());
            match CheckIn::create(env::new_id(), *score, &words, meta) {
                Err(found) => {
                    problems.set(found);
                    saved.set(None);
                    env::focus_id("score");
                }
                Ok(check_in) => {
                    problems.set(Vec::new());
                    let session = session.clone();
                    let (score, words, failure, saved, generation) = (
                        score.clone(),
                        words.clone(),
                        failure.clone(),
                        saved.clone(),
                        generation.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.add_check_in(&check_in).await {
                            Ok(()) => {
                                failure.set(None);
                                saved.set(Some(check_in.score));
                                score.set(None);
                                words.set(String::new());
                                generation.set(*generation + 1);
                            }
                            // What was chosen and typed stays in the form.
                            Err(e) => failure.set(Some(e)),
                        }
                    });
                }
            }
        })
    };

    let youngest = props.band == AgeBand::UpTo7;
    let no_score = problems.contains(&CheckInProblem::NoScore);
    let too_long = problems
        .contains(&CheckInProblem::TooLong)
        .then(|| AttrValue::from(lang.t(T::CheckInTooLong)));
    let any_shared = matches!(&*history, Some(Ok(l)) if l.items.iter().any(|c| c.shared));
    let history_html = match &*history {
        None => html! { <p class="loading">{ lang.t(L::Loading) }</p> },
        Some(Err(e)) => html! { <Notice message={lang.t(storage_text(e))} /> },
        Some(Ok(listing)) if listing.items.is_empty() => html! {
            <p class="empty">{ lang.t(T::CheckInNone) }</p>
        },
        Some(Ok(listing)) => html! {
            <ol class="plain check-ins" reversed=true>
                { for listing.items.iter().rev().map(|c| html! {
                    <li>
                        <p class="check-in-line">
                            if youngest { { face(c.score) } }
                            { texts::check_in_line(lang.lang, env::local_date(c.at), c.score) }
                        </p>
                        if !c.words.is_empty() {
                            <p class="check-in-words">{ &c.words }</p>
                        }
                        if c.shared {
                            <p class="hint">{ lang.t(T::CheckInShared) }</p>
                        } else {
                            <button type="button" class="button quiet"
                                aria-label={format!("{}: {}", lang.t(T::CheckInShare),
                                    texts::check_in_line(lang.lang, env::local_date(c.at), c.score))}
                                onclick={share(c.clone())}>
                                { lang.t(T::CheckInShare) }
                            </button>
                        }
                    </li>
                }) }
            </ol>
        },
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::CheckInTitle) }</h1>
            <p>{ lang.t(T::CheckInIntro) }</p>
            <p class="status" role="status">
                if saved.is_some() { { lang.t(T::CheckInSaved) } }
            </p>
            if saved.is_some_and(|s| s.value() <= 3) {
                <p class="notice-soft">{ lang.t(T::CheckInLow) }</p>
            }
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <form {onsubmit} novalidate=true>
                { score_scale(lang.lang, Scale {
                    id: "score".into(),
                    legend: lang.t(T::CheckInScore).into(),
                    value: *score,
                    faces: youngest,
                    error: no_score.then(|| lang.t(T::CheckInNoScore)),
                    clearable: false,
                    anchors: None,
                    label: crate::i18n::home::score,
                    on_change: Callback::from({
                        let score = score.clone();
                        move |n: Option<SafetyScore>| score.set(n)
                    }),
                }) }
                <TextField id="check-in-words" label={lang.t(T::CheckInWords)} value={(*words).clone()}
                    multiline=true error={too_long} oninput={Callback::from({
                        let words = words.clone();
                        move |v: String| words.set(v)
                    })} />
                <button type="submit" class="button primary wide">{ lang.t(T::CheckInSave) }</button>
            </form>
            <h2>{ lang.t(T::CheckInHistory) }</h2>
            { history_html }
            if any_shared {
                <h2>{ lang.t(T::CheckInSendTitle) }</h2>
                <p>{ lang.t(T::SendBackIntro) }</p>
                { match &*sending {
                    Some(Ok(bytes)) => html! { <PackageOut bytes={bytes.clone()} /> },
                    Some(Err(text)) => html! { <Notice message={lang.t(*text)} /> },
                    None => html! {
                        <button type="button" class="button primary wide" onclick={send}>
                            { lang.t(T::CheckInSendTitle) }
                        </button>
                    },
                } }
            }
        </>
    }
}
