//! The young person's first screen: their safe people, then the help lines.

use yew::prelude::*;

use crate::domain::SafePerson;
use crate::i18n::{unreadable_records, T};
use crate::ui::components::contact_card::ContactCard;
use crate::ui::components::help_lines::HelpLines;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ContactsPage`].
#[derive(Properties, PartialEq)]
pub struct ContactsPageProps {
    /// Sorted for display.
    pub people: Vec<SafePerson>,
    /// Stored records that could not be read.
    #[prop_or_default]
    pub unreadable: usize,
    /// What just happened ("Oma Els is opgeslagen."), for the status region.
    #[prop_or_default]
    pub announcement: Option<AttrValue>,
    pub on_add: Callback<()>,
    pub on_edit: Callback<SafePerson>,
}

/// The list of safe people.
#[function_component]
pub fn ContactsPage(props: &ContactsPageProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ContactsTitle) }</h1>
            <p class="status" role="status">
                { props.announcement.clone().unwrap_or_default() }
            </p>
            if props.unreadable > 0 {
                <p class="notice">{ unreadable_records(lang.lang, props.unreadable) }</p>
            }
            <p>{ lang.t(T::ContactsIntro) }</p>
            if props.people.is_empty() {
                <p class="empty">{ lang.t(T::ContactsEmpty) }</p>
            } else {
                <ul class="plain contacts">
                    { for props.people.iter().map(|person| html! {
                        <ContactCard key={person.id.to_string()} person={person.clone()}
                            on_edit={props.on_edit.clone()} />
                    }) }
                </ul>
            }
            <button type="button" class="button primary wide" onclick={props.on_add.reform(|_| ())}>
                { lang.t(T::AddPerson) }
            </button>
            <HelpLines />
        </>
    }
}
