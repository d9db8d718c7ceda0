//! Add or change a safe person, or remove one after a confirmation.
//!
//! What was typed stays in the form until it is saved: a problem with the input or with
//! storage shows a message and keeps every character.

use std::future::Future;

use yew::prelude::*;

use crate::domain::{SafePerson, SafePersonDraft, SafePersonField, SafePersonProblem};
use crate::i18n::{confirm_remove, safe_person_problem, T};
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env::{focus_id, new_id, now};
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ContactForm`].
#[derive(Properties, PartialEq)]
pub struct ContactFormProps {
    pub session: Session,
    /// The person to change; `None` adds a new one.
    #[prop_or_default]
    pub existing: Option<SafePerson>,
    pub on_saved: Callback<SafePerson>,
    pub on_removed: Callback<SafePerson>,
    pub on_cancel: Callback<()>,
}

fn field_id(field: SafePersonField) -> &'static str {
    match field {
        SafePersonField::Name => "person-name",
        SafePersonField::Relation => "person-relation",
        SafePersonField::Phone => "person-phone",
        SafePersonField::Note => "person-note",
    }
}

/// Run a storage write while the buttons show it is busy. On success call `done`; on failure
/// show the error and keep the form as it is, so the person can try again.
fn spawn_write(
    busy: UseStateHandle<bool>,
    storage_error: UseStateHandle<Option<StorageError>>,
    write: impl Future<Output = Result<(), StorageError>> + 'static,
    done: impl FnOnce() + 'static,
) {
    busy.set(true);
    storage_error.set(None);
    wasm_bindgen_futures::spawn_local(async move {
        match write.await {
            Ok(()) => done(),
            Err(error) => {
                busy.set(false);
                storage_error.set(Some(error));
            }
        }
    });
}

/// The add/edit form.
#[function_component]
pub fn ContactForm(props: &ContactFormProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| {
        props
            .existing
            .as_ref()
            .map(SafePersonDraft::from_person)
            .unwrap_or_default()
    });
    // After the first attempt to save, problems are shown and updated as the person types.
    let submitted = use_state(|| false);
    let busy = use_state(|| false);
    let storage_error = use_state(|| None::<StorageError>);
    let confirming = use_state(|| false);

    let problems: Vec<SafePersonProblem> = if *submitted {
        draft.validate().err().unwrap_or_default()
    } else {
        Vec::new()
    };
    let problem_for = |field: SafePersonField| -> Option<AttrValue> {
        problems
            .iter()
            .find(|p| p.field() == field)
            .map(|p| AttrValue::from(safe_person_problem(lang.lang, p)))
    };
    let setter = |apply: fn(&mut SafePersonDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };

    let onsubmit = {
        let draft = draft.clone();
        let submitted = submitted.clone();
        let busy = busy.clone();
        let storage_error = storage_error.clone();
        let session = props.session.clone();
        let existing = props.existing.clone();
        let on_saved = props.on_saved.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            submitted.set(true);
            let fields = match draft.validate() {
                Ok(fields) => fields,
                Err(problems) => {
                    if let Some(first) = problems.first() {
                        focus_id(field_id(first.field()));
                    }
                    return;
                }
            };
            let author = session.author();
            let person = match &existing {
                Some(old) => old.edited(fields, author, now()),
                None => SafePerson::create(new_id(), fields, author, now()),
            };
            let session = session.clone();
            let saved = person.clone();
            let on_saved = on_saved.clone();
            spawn_write(
                busy.clone(),
                storage_error.clone(),
                async move { session.put_safe_person(&saved).await },
                move || on_saved.emit(person),
            );
        })
    };

    let on_remove_confirmed = {
        let session = props.session.clone();
        let existing = props.existing.clone();
        let on_removed = props.on_removed.clone();
        let busy = busy.clone();
        let storage_error = storage_error.clone();
        Callback::from(move |_| {
            let Some(person) = existing.clone() else {
                return;
            };
            let session = session.clone();
            let id = person.id;
            let on_removed = on_removed.clone();
            spawn_write(
                busy.clone(),
                storage_error.clone(),
                async move { session.delete_safe_person(id).await },
                move || on_removed.emit(person),
            );
        })
    };
    let ask_remove = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    // Move focus to the question when it appears, and back to the button when it goes.
    let was_confirming = use_mut_ref(|| false);
    use_effect_with(*confirming, move |confirming| {
        if *confirming {
            focus_id("confirm-remove");
        } else if *was_confirming.borrow() {
            focus_id("remove-person");
        }
        *was_confirming.borrow_mut() = *confirming;
    });

    let title = if props.existing.is_some() {
        T::FormEditTitle
    } else {
        T::FormAddTitle
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(title) }</h1>
            if let Some(error) = &*storage_error {
                <Notice message={lang.t(storage_text(error))} />
            }
            if !problems.is_empty() {
                <p class="form-problems" role="alert">{ lang.t(T::FormHasProblems) }</p>
            }
            <form class="person-form" {onsubmit} novalidate=true>
                <TextField id={field_id(SafePersonField::Name)} label={lang.t(T::FieldName)}
                    hint={Some(AttrValue::from(lang.t(T::FieldNameHint)))} value={draft.name.clone()}
                    error={problem_for(SafePersonField::Name)}
                    oninput={setter(|d, v| d.name = v)} />
                <TextField id={field_id(SafePersonField::Relation)} label={lang.t(T::FieldRelation)}
                    hint={Some(AttrValue::from(lang.t(T::FieldRelationHint)))} value={draft.relation.clone()}
                    error={problem_for(SafePersonField::Relation)}
                    oninput={setter(|d, v| d.relation = v)} />
                <TextField id={field_id(SafePersonField::Phone)} label={lang.t(T::FieldPhone)}
                    hint={Some(AttrValue::from(lang.t(T::FieldPhoneHint)))} value={draft.phone.clone()}
                    error={problem_for(SafePersonField::Phone)} input_type="tel"
                    oninput={setter(|d, v| d.phone = v)} />
                <TextField id={field_id(SafePersonField::Note)} label={lang.t(T::FieldNote)}
                    hint={Some(AttrValue::from(lang.t(T::FieldNoteHint)))} value={draft.note.clone()}
                    error={problem_for(SafePersonField::Note)} multiline=true
                    oninput={setter(|d, v| d.note = v)} />
                <div class="form-actions">
                    <button type="submit" class="button primary wide" disabled={*busy}>
                        { if *busy { lang.t(T::Saving) } else { lang.t(T::SavePerson) } }
                    </button>
                    <button type="button" class="button wide" onclick={props.on_cancel.reform(|_| ())}>
                        { lang.t(T::BackWithoutSaving) }
                    </button>
                </div>
            </form>
            if let Some(person) = &props.existing {
                <section class="danger-zone" aria-labelledby="remove-title">
                    <h2 id="remove-title" class="visually-hidden">{ lang.t(T::RemovePerson) }</h2>
                    if *confirming {
                        <p id="confirm-remove" tabindex="-1" class="confirm-question">
                            { confirm_remove(lang.lang, &person.name) }
                        </p>
                        <div class="form-actions">
                            <button type="button" class="button danger wide" disabled={*busy}
                                onclick={on_remove_confirmed}>
                                { lang.t(T::ConfirmRemoveYes) }
                            </button>
                            <button type="button" class="button wide" onclick={keep}>
                                { lang.t(T::ConfirmRemoveNo) }
                            </button>
                        </div>
                    } else {
                        <button type="button" id="remove-person" class="button danger-outline wide"
                            onclick={ask_remove}>
                            { lang.t(T::RemovePerson) }
                        </button>
                    }
                </section>
            }
        </>
    }
}
