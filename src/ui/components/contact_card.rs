//! One safe person: name, who they are, and big call and message buttons.

use yew::prelude::*;

use crate::domain::SafePerson;
use crate::i18n::T;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ContactCard`].
#[derive(Properties, PartialEq)]
pub struct ContactCardProps {
    pub person: SafePerson,
    pub on_edit: Callback<SafePerson>,
}

/// A safe person with one-tap call and message actions.
#[function_component]
pub fn ContactCard(props: &ContactCardProps) -> Html {
    let lang = use_lang();
    let person = &props.person;
    let on_edit = {
        let person = person.clone();
        props.on_edit.reform(move |_| person.clone())
    };
    html! {
        <li class="contact">
            <h2 class="contact-name">{ &person.name }</h2>
            <p class="contact-relation">{ &person.relation }</p>
            <p class="contact-phone">{ person.phone.display() }</p>
            if let Some(note) = &person.note {
                <p class="contact-note">{ note }</p>
            }
            <div class="contact-actions">
                <a class="button call" href={person.phone.tel_uri()}>
                    { lang.t(T::Call) }<span class="visually-hidden">{ format!(" {}", person.name) }</span>
                </a>
                <a class="button message" href={person.phone.sms_uri()}>
                    { lang.t(T::SendMessage) }
                    <span class="visually-hidden">
                        { format!(" {} {}", lang.t(T::MessageTo), person.name) }
                    </span>
                </a>
            </div>
            <button type="button" class="button quiet" onclick={on_edit}>
                { lang.t(T::Change) }<span class="visually-hidden">{ format!(" {}", person.name) }</span>
            </button>
        </li>
    }
}
