//! The caseload's backup section (issue 16): when the last backup was made and what is in
//! none; a reminder once a day when something has been in no backup for the set number of
//! days; "Back-up maken" (the recovery code shown once and checked, then the file); and
//! "Back-up terugzetten" (a file and the recovery code, merged with what is here).

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::domain::backup::{reminder_due, unsaved, BackupError, MAX_BYTES};
use crate::domain::coded_file::{grouped, read_code, FileProblem as Coded};
use crate::domain::RecordMeta;
use crate::i18n::professional as texts;
use crate::i18n::{Language, T};
use crate::service::{BackupState, RestoreRefusal, Restored, Session, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::components::package::SaveFile;
use crate::ui::components::storage_facts::StorageFacts;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`BackupSection`].
#[derive(Properties, PartialEq)]
pub struct BackupSectionProps {
    pub session: Session,
    /// The stamps of every recorded visit (its latest version) and evaluation; `None` while
    /// they are read.
    pub recorded: Option<Rc<(Vec<RecordMeta>, Vec<RecordMeta>)>>,
    /// A backup was restored: the caseload reads everything again.
    pub on_restored: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    /// The recovery code, shown once, to be written down and checked.
    ShowCode(Rc<String>),
    Busy,
    Ready {
        bytes: Rc<Vec<u8>>,
        made_at: DateTime<Utc>,
        unreadable: usize,
    },
    Failed,
}

fn restore_text(lang: Language, refusal: &RestoreRefusal) -> String {
    let t = |text: T| text.get(lang).to_string();
    match refusal {
        RestoreRefusal::Code(problem) => texts::code_problem(lang, *problem),
        RestoreRefusal::WrongCode => t(T::RestoreWrongCode),
        RestoreRefusal::IsCaseFile => t(T::RestoreIsCaseFile),
        RestoreRefusal::File(Coded::NewerFormat)
        | RestoreRefusal::Contents(BackupError::FromNewerVersion(_)) => t(T::RestoreNewer),
        RestoreRefusal::File(_) | RestoreRefusal::Contents(_) => t(T::RestoreNotABackup),
        RestoreRefusal::Storage(e) => storage_text(e).get(lang).to_string(),
        RestoreRefusal::ChangedMeanwhile => t(T::RestoreChangedMeanwhile),
    }
}

/// The backup section of the caseload.
#[function_component]
pub fn BackupSection(props: &BackupSectionProps) -> Html {
    let lang = use_lang();
    let state = use_state(|| None::<Result<Option<BackupState>, StorageError>>);
    let generation = use_state(|| 0u32);
    let step = use_state(|| Step::Idle);
    let typed = use_state(String::new);
    // Restoring: the chosen file, the typed code, the outcome.
    let file = use_state(|| None::<Rc<Vec<u8>>>);
    let code = use_state(String::new);
    let restore_result = use_state(|| None::<Result<Restored, RestoreRefusal>>);
    let dismissed = use_state(|| false);
    let restoring = use_state(|| false);
    {
        let (state, session) = (state.clone(), props.session.clone());
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Some(session.backup_state().await));
            });
        });
    }
    let reload = {
        let generation = generation.clone();
        Callback::from(move |_| generation.set(*generation + 1))
    };

    let make = {
        let (session, step) = (props.session.clone(), step.clone());
        Callback::from(move |_: ()| {
            let (session, step) = (session.clone(), step.clone());
            step.set(Step::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                step.set(match session.make_backup().await {
                    Ok(made) => Step::Ready {
                        bytes: Rc::new(made.bytes),
                        made_at: made.made_at,
                        unreadable: made.unreadable,
                    },
                    Err(_) => Step::Failed,
                });
            });
        })
    };
    let start = {
        let (session, step, typed, make) = (
            props.session.clone(),
            step.clone(),
            typed.clone(),
            make.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (session, step, make) = (session.clone(), step.clone(), make.clone());
            typed.set(String::new());
            wasm_bindgen_futures::spawn_local(async move {
                match session.recovery_code().await {
                    Ok(state) if state.confirmed => make.emit(()),
                    Ok(state) => step.set(Step::ShowCode(Rc::new(state.code))),
                    Err(_) => step.set(Step::Failed),
                }
            });
        })
    };
    let renew = {
        let (session, step, typed) = (props.session.clone(), step.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| {
            let (session, step) = (session.clone(), step.clone());
            typed.set(String::new());
            wasm_bindgen_futures::spawn_local(async move {
                step.set(match session.new_recovery_code().await {
                    Ok(state) => Step::ShowCode(Rc::new(state.code)),
                    Err(_) => Step::Failed,
                });
            });
        })
    };
    let confirm = {
        let (session, step, make) = (props.session.clone(), step.clone(), make.clone());
        Callback::from(move |_: MouseEvent| {
            let (session, step, make) = (session.clone(), step.clone(), make.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match session.confirm_recovery_code().await {
                    Ok(_) => make.emit(()),
                    Err(_) => step.set(Step::Failed),
                }
            });
        })
    };
    let saved = |made_at: DateTime<Utc>| {
        let (session, reload) = (props.session.clone(), reload.clone());
        Callback::from(move |_: ()| {
            let (session, reload) = (session.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // If this fails the caseload keeps saying the records are in no backup:
                // the safe side.
                let _ = session.backup_saved(made_at).await;
                reload.emit(());
            });
        })
    };
    let later = {
        let (session, dismissed) = (props.session.clone(), dismissed.clone());
        Callback::from(move |_: MouseEvent| {
            let (session, dismissed) = (session.clone(), dismissed.clone());
            // Gone once remembered (if remembering fails, it is gone for this visit only).
            wasm_bindgen_futures::spawn_local(async move {
                let _ = session.backup_asked().await;
                dismissed.set(true);
            });
        })
    };
    let choose = {
        let (file, code, restore_result) = (file.clone(), code.clone(), restore_result.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (file, restore_result) = (file.clone(), restore_result.clone());
            code.set(String::new());
            wasm_bindgen_futures::spawn_local(async move {
                let read = env::read_chosen_file_limited(&input, MAX_BYTES).await;
                input.set_value("");
                match read {
                    Ok(Some(bytes)) => {
                        restore_result.set(None);
                        file.set(Some(Rc::new(bytes)));
                    }
                    Ok(None) => {}
                    Err(_) => {
                        file.set(None);
                        restore_result.set(Some(Err(RestoreRefusal::File(Coded::Damaged))));
                    }
                }
            });
        })
    };
    let restore = {
        let (session, file, code) = (props.session.clone(), file.clone(), code.clone());
        let (restore_result, on_restored, reload, restoring) = (
            restore_result.clone(),
            props.on_restored.clone(),
            reload.clone(),
            restoring.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(bytes) = (*file).clone() else {
                return;
            };
            if *restoring {
                return;
            }
            restoring.set(true);
            let (session, file, typed) = (session.clone(), file.clone(), (*code).clone());
            let (restore_result, on_restored, reload, restoring) = (
                restore_result.clone(),
                on_restored.clone(),
                reload.clone(),
                restoring.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = session.restore_backup(&bytes, &typed).await;
                restoring.set(false);
                if result.is_ok() {
                    file.set(None);
                    on_restored.emit(());
                    reload.emit(());
                }
                restore_result.set(Some(result));
            });
        })
    };

    let known = match &*state {
        Some(Ok(known)) => known.clone(),
        _ => None,
    };
    let last = known.as_ref().and_then(|s| s.last_backup_at);
    let asked_on = known.as_ref().and_then(|s| s.asked_on);
    let not_saved = props
        .recorded
        .as_ref()
        .map(|recorded| unsaved(&recorded.0, &recorded.1, last));
    let due = !*dismissed
        && *step == Step::Idle
        && not_saved.is_some_and(|u| {
            reminder_due(&u, asked_on, env::now(), env::today(), env::backup_days())
        });
    let make_button = html! {
        <button type="button" class="button primary wide" onclick={start.clone()}
            disabled={*step == Step::Busy}>
            { lang.t(T::BackupMake) }
        </button>
    };
    let confirmed = known.as_ref().is_some_and(|s| s.confirmed);
    let making = match &*step {
        Step::Idle => html! {
            <>
                { make_button }
                if confirmed {
                    <p class="hint" id="new-code-hint">{ lang.t(T::NewRecoveryCodeHint) }</p>
                    <button type="button" class="button quiet wide" onclick={renew}
                        aria-describedby="new-code-hint">
                        { lang.t(T::NewRecoveryCode) }
                    </button>
                }
            </>
        },
        Step::Busy => html! { <p class="loading">{ lang.t(T::BackupBusy) }</p> },
        Step::Failed => html! {
            <>
                <Notice message={lang.t(T::BackupFailed)} />
                { make_button }
            </>
        },
        Step::ShowCode(code) => {
            let shown = grouped(code);
            // The whole code, read the way a typed code is read (case, O for 0, dashes):
            // a slip anywhere on the paper would make every backup unopenable.
            let checked = read_code(&typed).is_ok_and(|c| c == **code);
            let wrong = !checked
                && typed.chars().filter(|c| c.is_ascii_alphanumeric()).count() >= code.len();
            html! {
                <div class="export-case">
                    <h3>{ lang.t(T::RecoveryCodeTitle) }</h3>
                    <p>{ lang.t(T::RecoveryCodeIntro) }</p>
                    <p class="check-code coded" aria-label={texts::code_label(lang.lang, code)}>
                        { shown.clone() }
                    </p>
                    <TextField id="recovery-check" label={lang.t(T::RecoveryCodeCheck)}
                        value={AttrValue::from((*typed).clone())} autocomplete="off"
                        error={wrong.then(|| AttrValue::from(lang.t(T::RecoveryCodeCheckWrong)))}
                        oninput={{ let typed = typed.clone(); Callback::from(move |v: String| typed.set(v)) }} />
                    <button type="button" class="button primary wide" disabled={!checked}
                        onclick={confirm}>
                        { lang.t(T::RecoveryCodeWritten) }
                    </button>
                    <button type="button" class="button quiet wide"
                        onclick={{ let step = step.clone(); Callback::from(move |_| step.set(Step::Idle)) }}>
                        { lang.t(T::Cancel) }
                    </button>
                </div>
            }
        }
        Step::Ready {
            bytes,
            made_at,
            unreadable,
        } => html! {
            <>
                if *unreadable > 0 {
                    <Notice message={lang.t(T::BackupUnreadable)} />
                }
                <SaveFile bytes={bytes.clone()} on_saved={saved(*made_at)} />
                <p class="hint">{ lang.t(T::BackupFileHint) }</p>
                <button type="button" class="button quiet wide"
                    onclick={{ let step = step.clone(); Callback::from(move |_| step.set(Step::Idle)) }}>
                    { lang.t(T::BackupDone) }
                </button>
            </>
        },
    };
    html! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{ lang.t(T::BackupTitle) }</h2>
            <p>{ lang.t(T::BackupIntro) }</p>
            <StorageFacts />
            if let Some(Err(e)) = &*state {
                <Notice message={lang.t(storage_text(e))} />
            }
            <p aria-live="polite">
                { match last {
                    Some(at) => texts::backup_last(lang.lang, env::local_date_time(at)),
                    None => lang.t(T::BackupNone).to_string(),
                } }
                { " " }
                { match not_saved {
                    Some(u) if u.visits + u.evaluations > 0 => texts::backup_unsaved(lang.lang, u.visits, u.evaluations),
                    Some(_) if last.is_some() => lang.t(T::BackupAllSaved).to_string(),
                    _ => String::new(),
                } }
            </p>
            if due {
                <div class="notice" role="alert">
                    <p>{ lang.t(T::BackupDue) }</p>
                    <button type="button" class="button quiet" onclick={later}>
                        { lang.t(T::BackupLater) }
                    </button>
                </div>
            }
            { making }

            <h3>{ lang.t(T::RestoreTitle) }</h3>
            <p>{ lang.t(T::RestoreIntro) }</p>
            { match &*restore_result {
                Some(Ok(done)) => html! {
                    <p class="notice-soft" aria-live="polite">
                        if done.written == 0 {
                            { lang.t(T::RestoreNothingNew) }
                        } else {
                            { texts::backup_restored(lang.lang, done.families, done.visits, done.evaluations) }
                        }
                        if done.kept > 0 {
                            { " " }{ texts::kept_copies(lang.lang, done.kept) }
                        }
                        if done.unpaired > 0 {
                            { " " }{ texts::pair_again(lang.lang, done.unpaired) }
                        }
                    </p>
                },
                Some(Err(refusal)) => html! {
                    <Notice message={AttrValue::from(restore_text(lang.lang, refusal))} />
                },
                None => html! {},
            } }
            <div class="field file-field">
                <label for="restore-file" class="button wide">{ lang.t(T::RestoreFile) }</label>
                <input id="restore-file" class="visually-hidden-file" type="file" onchange={choose} />
            </div>
            if file.is_some() {
                <form class="import-code" onsubmit={restore} novalidate=true>
                    <TextField id="restore-code" label={lang.t(T::RestoreCode)}
                        hint={Some(AttrValue::from(lang.t(T::RestoreCodeHint)))}
                        value={AttrValue::from((*code).clone())} autocomplete="off"
                        oninput={{
                            let (code, restore_result) = (code.clone(), restore_result.clone());
                            Callback::from(move |v: String| {
                                restore_result.set(None);
                                code.set(v);
                            })
                        }} />
                    if *restoring {
                        <p class="loading">{ lang.t(T::RestoreBusy) }</p>
                    }
                    <button type="submit" class="button primary wide" disabled={*restoring}>
                        { lang.t(T::RestoreButton) }
                    </button>
                </form>
            }
        </section>
    }
}

/// Props of [`EraseBackupOffer`].
#[derive(Properties, PartialEq)]
pub struct EraseBackupOfferProps {
    pub session: Session,
    /// Go where a backup is made (the caseload).
    pub on_backup: Callback<()>,
}

/// Before "Alles wissen" on a professional's device: what is in no backup would be lost,
/// and a way to make one first.
#[function_component]
pub fn EraseBackupOffer(props: &EraseBackupOfferProps) -> Html {
    let lang = use_lang();
    let not_saved = use_state(|| None::<crate::domain::backup::Unsaved>);
    {
        let (not_saved, session) = (not_saved.clone(), props.session.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let last = match session.backup_state().await {
                    Ok(state) => state.and_then(|s| s.last_backup_at),
                    Err(_) => None,
                };
                if let Ok((by_family, _)) = session.all_monitoring().await {
                    let (visits, evaluations) = crate::service::recorded_stamps(&by_family);
                    not_saved.set(Some(unsaved(&visits, &evaluations, last)));
                }
            });
        });
    }
    match *not_saved {
        Some(u) if u.visits + u.evaluations > 0 => html! {
            <div class="notice-soft">
                <p>{ texts::backup_unsaved(lang.lang, u.visits, u.evaluations) }{ " " }{ lang.t(T::EraseLosesUnsaved) }</p>
                <button type="button" class="button primary wide" onclick={props.on_backup.reform(|_| ())}>
                    { lang.t(T::BackupFirst) }
                </button>
            </div>
        },
        _ => html! {},
    }
}
