//! The lock: choosing the device's secret on first use, and opening the app with it. The
//! lock screen shows nothing from the plan.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use std::cell::Cell;
use std::rc::Rc;

use crate::domain::secret::{
    strong_enough, validate_secret, Backoff, SecretProblem, SecretRule, SECRET_PROBLEMS,
    SHOW_RESET_AFTER,
};
use crate::i18n::home::{secret_problem, wait_seconds};
use crate::i18n::L;
use crate::service::passkey;
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
    /// The code that just opened a professional's device but is too short for a caseload
    /// (kept only until the new one is set); none for a device's first secret.
    #[prop_or_default]
    pub replacing: Option<Rc<str>>,
    /// The secret is set and the app unlocked.
    pub on_done: Callback<()>,
}

/// "Kies een geheime code": the first secret; everything stored before it is encrypted.
/// Or "Kies een sterkere code": a professional's device opened with a code too short for a
/// caseload goes on only with a stronger one, and the old one stops working.
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
        let replacing = props.replacing.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let found = validate_secret(&secret, &repeat, &[], secret_rule());
            if !found.is_empty() {
                problems.set(found);
                env::focus_id("secret");
                return;
            }
            problems.set(Vec::new());
            busy.set(true);
            let (db, on_done, busy, failure, secret, replacing) = (
                db.clone(),
                on_done.clone(),
                busy.clone(),
                failure.clone(),
                (*secret).clone(),
                replacing.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = match &replacing {
                    None => db.set_secret(&secret).await.map(|()| true),
                    Some(current) => db.change_secret(current, &secret).await,
                };
                match result {
                    Ok(true) => on_done.emit(()),
                    // The code opened the device a moment ago: only another tab changing it
                    // since gets here. Start again from the lock.
                    Ok(false) => env::reload(),
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
            .then(|| AttrValue::from(lang.t(secret_problem(p, secret_rule()))))
    };
    let (title, intro, field, button) = match (&props.replacing, secret_rule()) {
        (Some(_), _) => (
            L::StrongerSecretTitle,
            L::StrongerSecretWhy,
            L::NewSecret,
            L::ChangeSecret,
        ),
        (None, SecretRule::Family) => {
            (L::SecretTitle, L::SecretIntro, L::SecretField, L::SetSecret)
        }
        (None, SecretRule::Professional) => (
            L::SecretTitle,
            L::SecretIntroProfessional,
            L::SecretField,
            L::SetSecret,
        ),
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(title) }</h1>
            <p>{ lang.t(intro) }</p>
            <p>{ lang.t(L::SecretLonger) }</p>
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <form {onsubmit} novalidate=true>
                <TextField id="secret" label={lang.t(field)} value={(*secret).clone()}
                    secret=true error={SECRET_PROBLEMS.into_iter().find_map(problem)}
                    oninput={Callback::from({ let secret = secret.clone(); move |v: String| secret.set(v) })} />
                <TextField id="secret-repeat" label={lang.t(L::SecretRepeat)} value={(*repeat).clone()}
                    secret=true error={problem(SecretProblem::Mismatch)}
                    oninput={Callback::from({ let repeat = repeat.clone(); move |v: String| repeat.set(v) })} />
                <p class="hint">{ lang.t(L::SecretNoBackDoor) }</p>
                if *busy {
                    <p role="status" class="working">
                        <progress aria-label={lang.t(L::Securing)}></progress>{ lang.t(L::Securing) }
                    </p>
                }
                <button type="submit" class="button primary wide" disabled={*busy}>{ lang.t(button) }</button>
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

/// After this many times the phone's lock said no, the lock screen shows the way out too.
const PHONE_REFUSALS_BEFORE_RESET: u32 = 3;

/// How strong a new secret must be in this app: the professional's app holds a caseload.
pub(super) fn secret_rule() -> SecretRule {
    if super::slots::PROFESSIONAL_APP {
        SecretRule::Professional
    } else {
        SecretRule::Family
    }
}

/// This tab's hold on the stored wait: the wait as it was read or set, and when that was on
/// the page's own clock. Every tab counts from its own mark, so two lock screens open at
/// once do not make the wait run twice as fast.
#[derive(Clone, Copy)]
struct Mark {
    wait: Backoff,
    at: f64,
}

/// The wait now: counted down from this tab's mark (taken again when another tab counted a
/// new wrong try), and written down so a reload goes on from here.
fn wait_now(mark: &Cell<Option<Mark>>) -> Backoff {
    let stored = env::unlock_wait();
    let now = env::monotonic_ms();
    let current = match mark.get() {
        Some(m) if m.wait.failures == stored.failures => m,
        _ => Mark {
            wait: stored,
            at: now,
        },
    };
    let wait = current.wait.after(now - current.at);
    mark.set(Some(current));
    if wait != stored && stored.failures > 0 {
        env::set_unlock_wait(wait);
    }
    wait
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
    let mark = use_mut_ref(|| Cell::new(None::<Mark>));
    let failures = use_state(|| env::unlock_wait().failures);
    let left = use_state({
        let mark = mark.clone();
        move || wait_now(&mark.borrow()).seconds_left()
    });
    let confirm_wipe = use_state(|| false);

    // The phone's own lock is on for this device (it is asked after the code is given), and
    // it did not open the last time.
    let phone_lock = use_state(|| false);
    let phone_refused = use_state(|| 0u32);
    {
        let (phone_lock, gate) = (phone_lock.clone(), props.gate.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                phone_lock.set(matches!(gate.passkey().await, Ok(Some(_))));
            });
        });
    }
    // A professional's device whose code opened it but is too short for a caseload: the
    // code typed (kept only until the new one is set) and a stronger one to choose.
    let weak = use_state(|| None::<Rc<str>>);
    // Just handed over from the family's app to the professional's: say why the code is
    // asked again (not when the family's app had to start instead: it says why itself).
    let switched = use_state(|| env::take_switched() && super::slots::PROFESSIONAL_APP);
    // The family's home could not be loaded after the code opened the data.
    let home_failed = use_state(env::take_home_failed);
    // Count the wait down once a second.
    {
        let (left, mark) = (left.clone(), mark.clone());
        use_effect_with(*failures, move |_| {
            let interval = Interval::new(1000, move || {
                left.set(wait_now(&mark.borrow()).seconds_left())
            });
            move || drop(interval)
        });
    }
    let onsubmit = {
        let (secret, wrong, busy, failure, failures, left, mark, weak, phone_refused) = (
            secret.clone(),
            wrong.clone(),
            busy.clone(),
            failure.clone(),
            failures.clone(),
            left.clone(),
            mark.clone(),
            weak.clone(),
            phone_refused.clone(),
        );
        let db = props.gate.clone();
        let on_unlocked = props.on_unlocked.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy || wait_now(&mark.borrow()).seconds_left() > 0 {
                return;
            }
            busy.set(true);
            // The try counts before the code is tried (it is given back if the phone says
            // no): several tabs or quick taps get one try per wait, not one each.
            let before = env::unlock_wait();
            env::set_unlock_wait(before.failed());
            let (db, on_unlocked, secret, wrong, busy, failure, failures, left, mark, weak) = (
                db.clone(),
                on_unlocked.clone(),
                secret.clone(),
                wrong.clone(),
                busy.clone(),
                failure.clone(),
                failures.clone(),
                left.clone(),
                mark.clone(),
                weak.clone(),
            );
            let phone_refused = phone_refused.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Where the phone's lock is on, its secret is part of the key: ask it first.
                // A phone that says no is not a wrong code, and counts as no try.
                let factor = match db.passkey().await {
                    Ok(None) => None,
                    Ok(Some(key)) => match passkey::secret(&key.credential, &key.salt).await {
                        Ok(factor) => Some(factor),
                        Err(_) => {
                            env::set_unlock_wait(before);
                            phone_refused.set(*phone_refused + 1);
                            busy.set(false);
                            return;
                        }
                    },
                    Err(e) => {
                        env::set_unlock_wait(before);
                        failure.set(Some(e));
                        busy.set(false);
                        return;
                    }
                };
                phone_refused.set(0);
                match db.unlock_with(&secret, factor.as_deref()).await {
                    Ok(true) => {
                        env::clear_unlock_wait();
                        // A code that opens a family member's device is always enough
                        // there; a professional's device holds a caseload.
                        if !super::slots::PROFESSIONAL_APP || strong_enough(&secret, secret_rule())
                        {
                            on_unlocked.emit(());
                        } else {
                            weak.set(Some(Rc::from(secret.as_str())));
                            secret.set(String::new());
                        }
                    }
                    Ok(false) => {
                        // Counted already, before the try.
                        let wait = env::unlock_wait();
                        mark.borrow().set(None);
                        failures.set(wait.failures);
                        left.set(wait_now(&mark.borrow()).seconds_left());
                        wrong.set(true);
                        busy.set(false);
                        secret.set(String::new());
                        env::focus_id("unlock-secret");
                    }
                    Err(e) => {
                        env::set_unlock_wait(before);
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
    // (Only the professional's app ever gets here: said once, so the family's app carries
    // none of it.)
    if let (true, Some(current)) = (super::slots::PROFESSIONAL_APP, &*weak) {
        return html! {
            <SetSecretPage gate={props.gate.clone()} replacing={current.clone()}
                on_done={props.on_unlocked.clone()} />
        };
    }
    let waiting = *left > 0;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(L::LockedTitle) }</h1>
            if *switched {
                <p class="notice-soft">{ lang.t(L::SwitchedToProfessional) }</p>
            }
            if *home_failed {
                <Notice message={lang.t(L::HomeFailed)} />
            }
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            if *phone_refused > 0 {
                <Notice message={lang.t(L::PasskeyNotOpened)} />
            }
            <form {onsubmit} novalidate=true>
                <TextField id="unlock-secret" label={lang.t(L::SecretField)} value={(*secret).clone()}
                    secret=true
                    error={(*wrong).then(|| AttrValue::from(lang.t(L::WrongSecret)))}
                    oninput={Callback::from({ let secret = secret.clone(); move |v: String| secret.set(v) })} />
                if *phone_lock {
                    <p class="hint">{ lang.t(L::PasskeyLockHint) }</p>
                }
                <p role="status" class="status">
                    if *busy { { lang.t(L::Unlocking) } }
                    else if waiting { { wait_seconds(lang.lang, *left) } }
                </p>
                <button type="submit" class="button primary wide" disabled={*busy || waiting}>
                    { lang.t(L::Unlock) }
                </button>
            </form>
            <details class="lock-about">
                <summary>{ lang.t(L::LockAbout) }</summary>
                <p>{ lang.t(L::LockAboutText) }</p>
            </details>
            // The way out: after wrong codes, or when the phone's lock keeps saying no (a
            // reset phone cannot give it again, and no code alone opens the device then).
            if *failures >= SHOW_RESET_AFTER || *phone_refused >= PHONE_REFUSALS_BEFORE_RESET {
                <section class="danger-zone" aria-labelledby="forgot-title">
                    <h2 id="forgot-title">{ lang.t(L::ForgotTitle) }</h2>
                    <p>{ lang.t(L::ForgotText) }</p>
                    if *phone_refused >= PHONE_REFUSALS_BEFORE_RESET {
                        <p>{ lang.t(L::PasskeyLost) }</p>
                    }
                    if *confirm_wipe {
                        { super::slots::erase_at_stake(&props.gate) }
                        <p class="confirm-question">{ lang.t(L::WipeConfirm) }</p>
                        <div class="form-actions">
                            <button type="button" class="button danger wide" onclick={wipe}>{ lang.t(L::WipeYes) }</button>
                            <button type="button" class="button wide"
                                onclick={Callback::from({ let c = confirm_wipe.clone(); move |_| c.set(false) })}>
                                { lang.t(L::WipeNo) }
                            </button>
                        </div>
                    } else {
                        <button type="button" class="button danger-outline wide"
                            onclick={Callback::from({ let c = confirm_wipe.clone(); move |_| c.set(true) })}>
                            { lang.t(L::WipeAll) }
                        </button>
                    }
                </section>
            }
        </>
    }
}
