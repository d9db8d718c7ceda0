//! The lock: choosing the device's secret on first use, and opening the app with it. The
//! lock screen shows nothing from the plan.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::domain::secret::{
    validate_secret, wait_after, SecretProblem, SECRET_PROBLEMS, SHOW_RESET_AFTER,
};
use crate::i18n::home::{secret_problem, wait_seconds};
use crate::i18n::T;
use crate::service::{Gate, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`SetSecretPage`].
#[derive(Properties, PartialEq)]
pub struct SetSecretPageProps {
    pub gate: Gate,
    /// The secret is set and the app unlocked.
    pub on_done: Callback<()>,
}

/// "Kies een geheime code": the first secret; everything stored before it is encrypted.
#[function_component]
pub fn SetSecretPage(props: &SetSecretPageProps) -> Html {
    let lang = use_lang();
    let secret = use_state(String::new);
    let repeat = use_state(String::new);
    let problems = use_state(Vec::<SecretProblem>::new);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<StorageError>);
    let onsubmit = {
        let (secret, repeat, problems, busy, failure) = (
            secret.clone(),
            repeat.clone(),
            problems.clone(),
            busy.clone(),
            failure.clone(),
        );
        let db = props.gate.clone();
        let on_done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = validate_secret(&secret, &repeat, &[]);
            if !found.is_empty() {
                problems.set(found);
                env::focus_id("secret");
                return;
            }
            problems.set(Vec::new());
            busy.set(true);
            let (db, on_done, busy, failure, secret) = (
                db.clone(),
                on_done.clone(),
                busy.clone(),
                failure.clone(),
                (*secret).clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match db.set_secret(&secret).await {
                    Ok(()) => on_done.emit(()),
                    Err(e) => {
                        busy.set(false);
                        failure.set(Some(e));
                    }
                }
            });
        })
    };
    let problem = |p: SecretProblem| {
        problems
            .contains(&p)
            .then(|| AttrValue::from(lang.t(secret_problem(p))))
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::SecretTitle) }</h1>
            <p>{ lang.t(T::SecretIntro) }</p>
            <p>{ lang.t(T::SecretLonger) }</p>
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <form {onsubmit} novalidate=true>
                <TextField id="secret" label={lang.t(T::SecretField)} value={(*secret).clone()}
                    secret=true error={SECRET_PROBLEMS.into_iter().find_map(problem)}
                    oninput={Callback::from({ let secret = secret.clone(); move |v: String| secret.set(v) })} />
                <TextField id="secret-repeat" label={lang.t(T::SecretRepeat)} value={(*repeat).clone()}
                    secret=true error={problem(SecretProblem::Mismatch)}
                    oninput={Callback::from({ let repeat = repeat.clone(); move |v: String| repeat.set(v) })} />
                <p class="hint">{ lang.t(T::SecretNoBackDoor) }</p>
                if *busy {
                    <p role="status" class="working">
                        <progress aria-label={lang.t(T::Securing)}></progress>{ lang.t(T::Securing) }
                    </p>
                }
                <button type="submit" class="button primary wide" disabled={*busy}>{ lang.t(T::SetSecret) }</button>
            </form>
        </>
    }
}

/// Props of [`UnlockPage`].
#[derive(Properties, PartialEq)]
pub struct UnlockPageProps {
    pub gate: Gate,
    pub on_unlocked: Callback<()>,
}

fn seconds_left() -> u32 {
    let (failures, last) = env::failed_unlocks();
    let wait_ms = f64::from(wait_after(failures)) * 1000.0;
    let left = (last + wait_ms - js_sys::Date::now()) / 1000.0;
    if left > 0.0 {
        left.ceil() as u32
    } else {
        0
    }
}

/// The lock ("Op slot"): the secret, a growing wait after wrong tries, and the way out for
/// someone who forgot it (erase everything, after a confirmation).
#[function_component]
pub fn UnlockPage(props: &UnlockPageProps) -> Html {
    let lang = use_lang();
    let secret = use_state(String::new);
    let wrong = use_state(|| false);
    let busy = use_state(|| false);
    let failure = use_state(|| None::<StorageError>);
    let failures = use_state(|| env::failed_unlocks().0);
    let left = use_state(seconds_left);
    let confirm_wipe = use_state(|| false);
    // Just handed over from the family's app to the professional's: say why the code is
    // asked again (not when the family's app had to start instead: it says why itself).
    let switched = use_state(|| env::take_switched() && super::routes::PROFESSIONAL_APP);
    // Count the wait down once a second.
    {
        let left = left.clone();
        use_effect_with(*failures, move |_| {
            let interval = Interval::new(1000, move || left.set(seconds_left()));
            move || drop(interval)
        });
    }
    let onsubmit = {
        let (secret, wrong, busy, failure, failures, left) = (
            secret.clone(),
            wrong.clone(),
            busy.clone(),
            failure.clone(),
            failures.clone(),
            left.clone(),
        );
        let db = props.gate.clone();
        let on_unlocked = props.on_unlocked.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy || seconds_left() > 0 {
                return;
            }
            busy.set(true);
            let (db, on_unlocked, secret, wrong, busy, failure, failures, left) = (
                db.clone(),
                on_unlocked.clone(),
                secret.clone(),
                wrong.clone(),
                busy.clone(),
                failure.clone(),
                failures.clone(),
                left.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match db.unlock(&secret).await {
                    Ok(true) => {
                        env::clear_failed_unlocks();
                        on_unlocked.emit(());
                    }
                    Ok(false) => {
                        failures.set(env::record_failed_unlock());
                        left.set(seconds_left());
                        wrong.set(true);
                        busy.set(false);
                        secret.set(String::new());
                        env::focus_id("unlock-secret");
                    }
                    Err(e) => {
                        failure.set(Some(e));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let wipe = {
        let db = props.gate.clone();
        Callback::from(move |_| {
            let db = db.clone();
            wasm_bindgen_futures::spawn_local(async move { db.erase().await });
        })
    };
    let waiting = *left > 0;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::LockedTitle) }</h1>
            if *switched {
                <p class="notice-soft">{ lang.t(T::SwitchedToProfessional) }</p>
            }
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <form {onsubmit} novalidate=true>
                <TextField id="unlock-secret" label={lang.t(T::SecretField)} value={(*secret).clone()}
                    secret=true
                    error={(*wrong).then(|| AttrValue::from(lang.t(T::WrongSecret)))}
                    oninput={Callback::from({ let secret = secret.clone(); move |v: String| secret.set(v) })} />
                <p role="status" class="status">
                    if waiting { { wait_seconds(lang.lang, *left) } }
                    else if *busy { { lang.t(T::Unlocking) } }
                </p>
                <button type="submit" class="button primary wide" disabled={*busy || waiting}>
                    { lang.t(T::Unlock) }
                </button>
            </form>
            <details class="lock-about">
                <summary>{ lang.t(T::LockAbout) }</summary>
                <p>{ lang.t(T::LockAboutText) }</p>
            </details>
            if *failures >= SHOW_RESET_AFTER {
                <section class="danger-zone" aria-labelledby="forgot-title">
                    <h2 id="forgot-title">{ lang.t(T::ForgotTitle) }</h2>
                    <p>{ lang.t(T::ForgotText) }</p>
                    if *confirm_wipe {
                        <p class="confirm-question">{ lang.t(T::WipeConfirm) }</p>
                        <div class="form-actions">
                            <button type="button" class="button danger wide" onclick={wipe}>{ lang.t(T::WipeYes) }</button>
                            <button type="button" class="button wide"
                                onclick={Callback::from({ let c = confirm_wipe.clone(); move |_| c.set(false) })}>
                                { lang.t(T::WipeNo) }
                            </button>
                        </div>
                    } else {
                        <button type="button" class="button danger-outline wide"
                            onclick={Callback::from({ let c = confirm_wipe.clone(); move |_| c.set(true) })}>
                            { lang.t(T::WipeAll) }
                        </button>
                    }
                </section>
            }
        </>
    }
}
