//! The family and its network: everyone is entered here once.

use yew::prelude::*;

use super::{section_id, Ctx};
use crate::domain::{Id, Person, PersonDraft, PersonField, PersonKind, PersonProblem};
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::professional::components::plan_section::PlanSection;

/// The "Gezin en netwerk" section.
pub fn section(ctx: &Ctx, open: bool, on_toggle: Callback<()>) -> Html {
    let part = crate::domain::PlanPart::People;
    html! {
        <PlanSection id={section_id(part)} title={ctx.t(texts::part(part))}
            help={Some(AttrValue::from(ctx.t(T::SectionPeopleHelp)))} {open} {on_toggle}>
            <ul class="plain people">
                { for ctx.family.people.iter().map(|person| html! {
                    <PersonRow key={person.id.to_string()} person={person.clone()}
                        on_save={Callback::from({ let ctx = ctx.clone(); move |p| ctx.upsert_person(p) })}
                        on_remove={Callback::from({ let ctx = ctx.clone(); move |id| ctx.remove_person(id) })}
                        author={ctx.session.author()} />
                }) }
            </ul>
            <NewPerson on_save={Callback::from({ let ctx = ctx.clone(); move |p| ctx.upsert_person(p) })}
                author={ctx.session.author()} />
        </PlanSection>
    }
}

#[derive(Properties, PartialEq)]
struct PersonRowProps {
    person: Person,
    on_save: Callback<Person>,
    on_remove: Callback<Id>,
    author: crate::domain::Author,
}

/// One person: a summary, or the form when being changed.
#[function_component]
fn PersonRow(props: &PersonRowProps) -> Html {
    let lang = use_lang();
    let editing = use_state(|| false);
    let person = &props.person;
    if *editing {
        let on_save = {
            let editing = editing.clone();
            let on_save = props.on_save.clone();
            Callback::from(move |p: Person| {
                on_save.emit(p);
                editing.set(false);
            })
        };
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(false))
        };
        return html! {
            <li class="person editing">
                <PersonForm existing={Some(person.clone())} kind={person.kind} {on_save} {on_cancel}
                    author={props.author} />
                <button type="button" class="button danger-outline wide"
                    aria-label={format!("{}: {}", lang.t(T::RemoveFromFamily), person.name)}
                    onclick={props.on_remove.reform({ let id = person.id; move |_| id })}>
                    { lang.t(T::RemoveFromFamily) }
                </button>
            </li>
        };
    }
    let age = person
        .age_on(env::today())
        .map(|years| texts::years(lang.lang, years));
    let details: Vec<String> = [
        Some(lang.t(texts::kind(person.kind)).to_string()),
        (!person.relation.is_empty()).then(|| person.relation.clone()),
        age,
        person.phone.as_ref().map(|p| p.display()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <li class="person">
            <p class="person-name">{ &person.name }</p>
            <p class="hint">{ details.join(" · ") }</p>
            <button type="button" class="button quiet" onclick={Callback::from({
                let editing = editing.clone();
                move |_| editing.set(true)
            })}>
                { lang.t(T::Change) }<span class="visually-hidden">{ format!(" {}", person.name) }</span>
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct NewPersonProps {
    on_save: Callback<Person>,
    author: crate::domain::Author,
}

/// The "Persoon toevoegen" button and, once pressed, an empty form.
#[function_component]
fn NewPerson(props: &NewPersonProps) -> Html {
    let lang = use_lang();
    let adding = use_state(|| false);
    // Each new person gets a fresh form.
    let generation = use_state(|| 0u32);
    if !*adding {
        return html! {
            <button type="button" class="button primary wide" onclick={Callback::from({
                let adding = adding.clone();
                move |_| adding.set(true)
            })}>
                { lang.t(T::AddPersonToFamily) }
            </button>
        };
    }
    let on_save = {
        let adding = adding.clone();
        let generation = generation.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |p: Person| {
            on_save.emit(p);
            adding.set(false);
            generation.set(*generation + 1);
        })
    };
    let on_cancel = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    html! {
        <div class="person editing">
            <PersonForm key={*generation} existing={None::<Person>} kind={PersonKind::Network}
                {on_save} {on_cancel} author={props.author} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PersonFormProps {
    existing: Option<Person>,
    kind: PersonKind,
    on_save: Callback<Person>,
    on_cancel: Callback<()>,
    author: crate::domain::Author,
}

fn kind_value(kind: PersonKind) -> &'static str {
    match kind {
        PersonKind::Child => "child",
        PersonKind::Carer => "carer",
        PersonKind::Network => "network",
        PersonKind::Professional => "professional",
    }
}

/// The person form: the same for adding and changing.
#[function_component]
fn PersonForm(props: &PersonFormProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| match &props.existing {
        Some(person) => PersonDraft::from_person(person),
        None => PersonDraft::new(props.kind),
    });
    let problems = use_state(Vec::<PersonProblem>::new);
    let prefix = props
        .existing
        .as_ref()
        .map(|p| p.id.to_string())
        .unwrap_or_else(|| "new".into());
    let field_id = |field: &str| format!("person-{field}-{prefix}");
    let problem_for = |field: PersonField| {
        problems
            .iter()
            .find(|p| p.field() == field)
            .map(|p| AttrValue::from(texts::person_problem(lang.lang, p)))
    };
    let setter = |apply: fn(&mut PersonDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.kind = PersonKind::ALL
                .into_iter()
                .find(|k| kind_value(*k) == value)
                .unwrap_or(PersonKind::Network);
            draft.set(next);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let problems = problems.clone();
        let existing = props.existing.clone();
        let on_save = props.on_save.clone();
        let author = props.author;
        let name_id = field_id("name");
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = existing.as_ref().map(|p| p.id).unwrap_or_else(env::new_id);
            match draft.validate(id, existing.as_ref(), author, env::now(), env::today()) {
                Ok(person) => on_save.emit(person),
                Err(found) => {
                    problems.set(found);
                    env::focus_id(&name_id);
                }
            }
        })
    };
    let child = draft.kind == PersonKind::Child;
    let kinds: Vec<(AttrValue, AttrValue)> = PersonKind::ALL
        .iter()
        .map(|k| {
            (
                AttrValue::from(kind_value(*k)),
                AttrValue::from(lang.t(texts::kind(*k))),
            )
        })
        .collect();
    html! {
        <form class="person-form" {onsubmit} novalidate=true>
            if !problems.is_empty() {
                <p class="form-problems" role="alert">{ lang.t(T::FormHasProblems) }</p>
            }
            <TextField id={field_id("name")} label={lang.t(T::FieldName)} value={draft.name.clone()}
                error={problem_for(PersonField::Name)} oninput={setter(|d, v| d.name = v)} />
            <SelectField id={field_id("kind")} label={lang.t(T::FieldKind)} options={kinds}
                value={kind_value(draft.kind)} onchange={on_kind} />
            <TextField id={field_id("relation")} label={lang.t(T::FieldRelationToFamily)}
                hint={Some(AttrValue::from(lang.t(T::FieldRelationToFamilyHint)))}
                value={draft.relation.clone()} oninput={setter(|d, v| d.relation = v)} />
            if child {
                <TextField id={field_id("birth")} label={lang.t(T::FieldBirthDate)} input_type="date"
                    value={draft.birth_date.clone()} error={problem_for(PersonField::BirthDate)}
                    oninput={setter(|d, v| d.birth_date = v)} />
                <TextField id={field_id("devage")} label={lang.t(T::FieldDevelopmentalAge)}
                    hint={Some(AttrValue::from(lang.t(T::FieldDevelopmentalAgeHint)))}
                    inputmode={Some(AttrValue::from("numeric"))}
                    value={draft.developmental_age.clone()}
                    error={problem_for(PersonField::DevelopmentalAge)}
                    oninput={setter(|d, v| d.developmental_age = v)} />
            }
            <TextField id={field_id("phone")} label={lang.t(T::FieldPhoneOptional)} input_type="tel"
                value={draft.phone.clone()} error={problem_for(PersonField::Phone)}
                oninput={setter(|d, v| d.phone = v)} />
            <TextField id={field_id("email")} label={lang.t(T::FieldEmailOptional)} input_type="email"
                value={draft.email.clone()} error={problem_for(PersonField::Email)}
                oninput={setter(|d, v| d.email = v)} />
            <button type="submit" class="button primary wide">{ lang.t(T::SavePerson) }</button>
            <button type="button" class="button wide" onclick={props.on_cancel.reform(|_| ())}>
                { lang.t(T::BackWithoutSaving) }
            </button>
        </form>
    }
}
