//! Settings: who uses this device (changeable behind a confirmation), locking, the
//! professional's reminders, the secret, and safe use.

use yew::prelude::*;

use crate::domain::secret::{validate_secret, SecretProblem, SecretRule, SECRET_PROBLEMS};
use crate::domain::Role;
use crate::i18n::home as texts;
use crate::i18n::{Key, L, T};
use crate::service::passkey::{self, PasskeyError};
use crate::service::StorageError;
use crate::service::{PasskeyOutcome, Session};
use crate::ui::components::notice::Notice;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::storage_facts::StorageFacts;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`SettingsPage`].
#[derive(Properties, PartialEq)]
pub struct SettingsPageProps {
    pub session: Session,
    pub role: Role,
    /// The name of who uses the device, when known.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// The birth dates in the plan on this device (a new code may not be one).
    #[prop_or_default]
    pub birth_dates: Vec<chrono::NaiveDate>,
    /// Choose who uses the device again.
    pub on_change_use: Callback<()>,
    /// Open "Veilig gebruik".
    pub on_safe_use: Callback<()>,
    /// Open "Plan ontvangen" (a family member's device).
    pub on_receive: Callback<()>,
    /// Everything of Veilig was erased from the device.
    pub on_erased: Callback<()>,
    /// Back to the screen above (the family's app keeps no browser history to go back in).
    pub on_back: Callback<()>,
}

/// The settings screen.
#[function_component]
pub fn SettingsPage(props: &SettingsPageProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let idle = use_state(env::idle_minutes);
    let visit_weeks = use_state(env::visit_weeks);
    let backup_days = use_state(|| {
        if super::slots::PROFESSIONAL_APP {
            env::backup_days()
        } else {
            0
        }
    });
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(false);
            env::focus_id("change-use");
        })
    };
    use_effect_with(*confirming, |confirming| {
        if *confirming {
            env::focus_id("confirm-change");
        }
    });
    html! {
        <>
            <button type="button" class="button quiet" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackOneStep) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(L::SettingsTitle) }</h1>
            <h2>{ lang.t(T::UsedBy) }</h2>
            <p class="used-by">{ texts::used_by(lang.lang, props.role, props.name.as_deref()) }</p>
            if *confirming {
                <p id="confirm-change" tabindex="-1" class="confirm-question">{ lang.t(T::ChangeUseConfirm) }</p>
                <div class="form-actions">
                    <button type="button" class="button primary wide" onclick={props.on_change_use.reform(|_| ())}>
                        { lang.t(T::ChangeUseYes) }
                    </button>
                    <button type="button" class="button wide" onclick={keep}>{ lang.t(T::ChangeUseNo) }</button>
                </div>
            } else {
                <button type="button" id="change-use" class="button wide" onclick={ask}>{ lang.t(T::ChangeUse) }</button>
            }
            <section aria-labelledby="lock-title">
            <h2 id="lock-title">{ lang.t(L::LockNow) }</h2>
            <SelectField id="idle-minutes" label={lang.t(T::IdleLabel)}
                value={idle.to_string()}
                options={env::IDLE_CHOICES.iter().map(|m| (AttrValue::from(m.to_string()), AttrValue::from(texts::minutes(lang.lang, *m)))).collect::<Vec<_>>()}
                onchange={Callback::from({
                    let idle = idle.clone();
                    move |v: String| if let Ok(m) = v.parse::<u32>() {
                        env::set_idle_minutes(m);
                        idle.set(m);
                    }
                })} />
            </section>
            if props.role == Role::Professional {
                <section aria-labelledby="reminders-setting-title">
                <h2 id="reminders-setting-title">{ lang.t(T::RemindersSetting) }</h2>
                <SelectField id="visit-weeks" label={lang.t(T::VisitWeeksLabel)}
                    value={visit_weeks.to_string()}
                    options={env::VISIT_WEEKS_CHOICES.iter().map(|w| (AttrValue::from(w.to_string()), AttrValue::from(crate::i18n::home::weeks(lang.lang, *w)))).collect::<Vec<_>>()}
                    onchange={Callback::from({
                        let visit_weeks = visit_weeks.clone();
                        move |v: String| if let Ok(w) = v.parse::<i64>() {
                            env::set_visit_weeks(w);
                            visit_weeks.set(w);
                        }
                    })} />
                { super::slots::backup_days_setting(&lang, &backup_days) }
                </section>
            }
            if props.role != Role::Professional {
                <section aria-labelledby="receive-setting-title">
                    <h2 id="receive-setting-title">{ lang.t(T::ReceiveSetting) }</h2>
                    <button type="button" class="button wide" onclick={props.on_receive.reform(|_| ())}>
                        { lang.t(T::ReceiveTitle) }
                    </button>
                </section>
            }
            <ChangeSecret session={props.session.clone()} birth_dates={props.birth_dates.clone()}
                rule={if super::slots::PROFESSIONAL_APP { SecretRule::Professional } else { SecretRule::for_role(props.role) }} />
            <PhoneLock session={props.session.clone()} />
            <section aria-labelledby="safe-use-title">
            <h2 id="safe-use-title">{ lang.t(T::SafeUseTitle) }</h2>
            <StorageFacts />
            <button type="button" class="button wide" onclick={props.on_safe_use.reform(|_| ())}>
                { lang.t(T::SafeUseTitle) }
            </button>
            </section>
            <EraseSection session={props.session.clone()} on_erased={props.on_erased.clone()}
                on_home={props.on_back.clone()} />
        </>
    }
}

/// Props of [`SafeUsePage`].
#[derive(Properties, PartialEq)]
pub struct SafeUsePageProps {
    pub on_back: Callback<()>,
}

/// "Veilig gebruik": what the app does and does not hide, in plain words.
#[function_component]
pub fn SafeUsePage(props: &SafeUsePageProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <button type="button" class="button quiet" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackOneStep) }
            </button>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::SafeUseTitle) }</h1>
            { for [T::SafeUseQuickExit, T::SafeUseLock, T::SafeUseDevice, T::SafeUseOwnPhone, T::SafeUseHistory, T::SafeUseClearing]
                .into_iter()
                .map(|t| html! { <p>{ lang.t(t) }</p> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ChangeSecretProps {
    session: Session,
    /// The birth dates in the plan on this device, which a new code may not be.
    birth_dates: Vec<chrono::NaiveDate>,
    /// How strong the new code must be on this device.
    rule: SecretRule,
}

/// "Geheime code veranderen": the current code, then the new one twice. Everything is
/// re-encrypted under the new code in one transaction.
#[function_component]
fn ChangeSecret(props: &ChangeSecretProps) -> Html {
    let lang = use_lang();
    let current = use_state(String::new);
    let secret = use_state(String::new);
    let repeat = use_state(String::new);
    let problems = use_state(Vec::<SecretProblem>::new);
    let wrong = use_state(|| false);
    let busy = use_state(|| false);
    let done = use_state(|| false);
    let failure = use_state(|| None::<StorageError>);
    let onsubmit = {
        let (current, secret, repeat, problems, wrong, busy, done, failure) = (
            current.clone(),
            secret.clone(),
            repeat.clone(),
            problems.clone(),
            wrong.clone(),
            busy.clone(),
            done.clone(),
            failure.clone(),
        );
        let session = props.session.clone();
        let birth_dates = props.birth_dates.clone();
        let rule = props.rule;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = validate_secret(&secret, &repeat, &birth_dates, rule);
            problems.set(found.clone());
            done.set(false);
            if !found.is_empty() || *busy {
                return;
            }
            busy.set(true);
            let (session, current, secret, repeat, wrong, busy, done, failure) = (
                session.clone(),
                current.clone(),
                secret.clone(),
                repeat.clone(),
                wrong.clone(),
                busy.clone(),
                done.clone(),
                failure.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                // The current code must be right, even though the app is open.
                let result = session.change_secret(&current, &secret).await;
                busy.set(false);
                match result {
                    Ok(true) => {
                        wrong.set(false);
                        failure.set(None);
                        done.set(true);
                        for field in [&current, &secret, &repeat] {
                            field.set(String::new());
                        }
                    }
                    Ok(false) => wrong.set(true),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let problem = |p: SecretProblem| {
        problems
            .contains(&p)
            .then(|| AttrValue::from(lang.t(crate::i18n::home::secret_problem(p, props.rule))))
    };
    let setter = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };
    html! {
        <section aria-labelledby="change-secret-title">
            <h2 id="change-secret-title">{ lang.t(T::ChangeSecretTitle) }</h2>
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <p class="status" role="status">
                if *done { { lang.t(T::SecretChanged) } }
                else if *busy { { lang.t(L::Securing) } }
            </p>
            <form {onsubmit} novalidate=true>
                <TextField id="current-secret" label={lang.t(T::CurrentSecret)} value={(*current).clone()}
                    secret=true
                    error={(*wrong).then(|| AttrValue::from(lang.t(L::WrongSecret)))}
                    oninput={setter(&current)} />
                <TextField id="new-secret" label={lang.t(L::NewSecret)} value={(*secret).clone()}
                    secret=true
                    error={SECRET_PROBLEMS.into_iter().find_map(problem)} oninput={setter(&secret)} />
                <TextField id="new-secret-repeat" label={lang.t(L::SecretRepeat)} value={(*repeat).clone()}
                    secret=true
                    error={problem(SecretProblem::Mismatch)} oninput={setter(&repeat)} />
                <button type="submit" class="button wide" disabled={*busy}>{ lang.t(L::ChangeSecret) }</button>
            </form>
        </section>
    }
}

/// Props of [`EraseSection`].
#[derive(Properties, PartialEq)]
struct EraseSectionProps {
    session: Session,
    on_erased: Callback<()>,
    /// Back to the home screen (a professional's caseload, where a backup is made).
    on_home: Callback<()>,
}

/// "Alles wissen": asks first, naming what goes, then erases everything of Veilig.
#[function_component]
fn EraseSection(props: &EraseSectionProps) -> Html {
    let lang = use_lang();
    let asking = use_state(|| false);
    let busy = use_state(|| false);
    use_effect_with(*asking, |asking| {
        if *asking {
            env::focus_id("erase-question");
        }
    });
    let erase = {
        let (session, on_erased, busy) =
            (props.session.clone(), props.on_erased.clone(), busy.clone());
        Callback::from(move |_| {
            let (session, on_erased) = (session.clone(), on_erased.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                session.erase_everything().await;
                on_erased.emit(());
            });
        })
    };
    html! {
        <section aria-labelledby="erase-title">
            <h2 id="erase-title">{ lang.t(T::EraseTitle) }</h2>
            if *asking {
                <p class="confirm-question" id="erase-question" tabindex="-1">{ lang.t(T::EraseQuestion) }</p>
                { super::slots::erase_backup_offer(&props.session, &props.on_home) }
                <button type="button" class="button danger wide" onclick={erase} disabled={*busy}>
                    { lang.t(L::WipeYes) }
                </button>
                <button type="button" class="button wide" disabled={*busy}
                    onclick={Callback::from({ let asking = asking.clone(); move |_| asking.set(false) })}>
                    { lang.t(L::WipeNo) }
                </button>
            } else {
                <button type="button" class="button wide"
                    onclick={Callback::from({ let asking = asking.clone(); move |_| asking.set(true) })}>
                    { lang.t(L::WipeAll) }
                </button>
            }
        </section>
    }
}

/// Props of [`PhoneLock`].
#[derive(Properties, PartialEq)]
struct PhoneLockProps {
    session: Session,
}

/// "Extra slot: je telefoon": the phone's own lock (fingerprint, face or screen lock) as a
/// second key beside the code, where the phone has one; turned off again the same way.
#[function_component]
fn PhoneLock(props: &PhoneLockProps) -> Html {
    let lang = use_lang();
    let on = use_state(|| None::<bool>);
    let available = use_state(|| false);
    let code = use_state(String::new);
    let busy = use_state(|| false);
    let said = use_state(|| None::<T>);
    let problem = use_state(|| None::<Key>);
    {
        let (on, available, session) = (on.clone(), available.clone(), props.session.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                available.set(passkey::available().await);
                on.set(session.passkey_on().await.ok());
            });
        });
    }
    // Nothing to offer on a phone without such a lock, unless it is on already.
    let is_on = match *on {
        Some(is_on) if is_on || *available => is_on,
        _ => return html! {},
    };
    let onsubmit = {
        let (on, code, busy, said, problem) = (
            on.clone(),
            code.clone(),
            busy.clone(),
            said.clone(),
            problem.clone(),
        );
        let session = props.session.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            busy.set(true);
            problem.set(None);
            said.set(None);
            let (session, on, code, busy, said, problem) = (
                session.clone(),
                on.clone(),
                code.clone(),
                busy.clone(),
                said.clone(),
                problem.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = if is_on {
                    session.turn_passkey_off(&code).await
                } else {
                    session.turn_passkey_on(&code).await
                };
                busy.set(false);
                match result {
                    Ok(PasskeyOutcome::Done) => {
                        on.set(Some(!is_on));
                        code.set(String::new());
                        said.set(Some(if is_on {
                            T::PasskeyTurnedOff
                        } else {
                            T::PasskeyTurnedOn
                        }));
                    }
                    Ok(PasskeyOutcome::WrongCode) => problem.set(Some(L::WrongSecret.into())),
                    Ok(PasskeyOutcome::Phone(PasskeyError::Unsupported)) => {
                        problem.set(Some(T::PasskeyUnsupported.into()))
                    }
                    Ok(PasskeyOutcome::Phone(PasskeyError::Refused)) => {
                        problem.set(Some(T::PasskeyRefused.into()))
                    }
                    Err(e) => problem.set(Some(storage_text(&e).into())),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="phone-lock-title">
            <h2 id="phone-lock-title">{ lang.t(T::PasskeyTitle) }</h2>
            <p>{ lang.t(if is_on { T::PasskeyOn } else { T::PasskeyIntro }) }</p>
            <p class="hint">{ lang.t(T::PasskeyWarning) }</p>
            <p class="status" role="status">
                if let Some(t) = *said { { lang.t(t) } }
                else if *busy { { lang.t(T::PasskeyWorking) } }
            </p>
            <form {onsubmit} novalidate=true>
                <TextField id="phone-lock-code" label={lang.t(T::PasskeyCode)} value={(*code).clone()}
                    secret=true
                    error={(*problem).map(|t| AttrValue::from(lang.t(t)))}
                    oninput={Callback::from({ let code = code.clone(); move |v: String| code.set(v) })} />
                <button type="submit" class="button wide" disabled={*busy}>
                    { lang.t(if is_on { T::PasskeyTurnOff } else { T::PasskeyTurnOn }) }
                </button>
            </form>
        </section>
    }
}
