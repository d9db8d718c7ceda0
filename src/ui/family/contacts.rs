//! The young person's first screen: their safe people (from their plan, then those they
//! added themselves), "Als je je niet veilig voelt", and the help lines.

use yew::prelude::*;

use crate::domain::package::Contact;
use crate::domain::{AgeBand, SafePerson, Step};
use crate::i18n::home::step;
use crate::i18n::{call_name, unreadable_records, T};
use crate::ui::components::contact_card::ContactCard;
use crate::ui::components::help_lines::HelpLines;
use crate::ui::family::read_aloud::{firsts, marked, read_aloud_button, use_read_aloud};
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
    /// The safe people the young person's plan names.
    #[prop_or_default]
    pub plan_people: Vec<Contact>,
    /// "Als je je niet veilig voelt".
    #[prop_or_default]
    pub steps: Vec<Step>,
    /// The young person's band, for which help lines they see.
    pub band: AgeBand,
}

/// The list of safe people.
#[function_component]
pub fn ContactsPage(props: &ContactsPageProps) -> Html {
    let lang = use_lang();
    let steps: Vec<String> = props.steps.iter().map(|s| step(lang.lang, s)).collect();
    let aloud = use_read_aloud(steps.clone());
    let step_texts: Vec<&str> = steps.iter().map(String::as_str).collect();
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
            if !props.plan_people.is_empty() {
                <h2>{ lang.t(T::FromYourPlan) }</h2>
                <ul class="plain contacts">
                    { for props.plan_people.iter().enumerate().map(|(i, person)| html! {
                        <li class="contact" key={i}>
                            <h3 class="contact-name">{ &person.name }</h3>
                            if !person.relation.is_empty() {
                                <p class="contact-relation">{ &person.relation }</p>
                            }
                            if let Some(phone) = &person.phone {
                                <p class="contact-phone">{ phone.display() }</p>
                                <div class="contact-actions">
                                    <a class="button call" href={phone.tel_uri()}>
                                        { call_name(lang.lang, &person.name) }
                                    </a>
                                    <a class="button message" href={phone.sms_uri()}
                                        aria-label={format!("{} {} {}", lang.t(T::SendMessage), lang.t(T::MessageTo), person.name)}>
                                        { lang.t(T::SendMessage) }
                                    </a>
                                </div>
                            } else {
                                <p class="hint">{ lang.t(T::NoPhone) }</p>
                            }
                        </li>
                    }) }
                </ul>
                <h2>{ lang.t(T::YourOwnPeople) }</h2>
            }
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
            if !props.steps.is_empty() {
                <section class="unsafe" aria-labelledby="unsafe-title">
                    <h2 id="unsafe-title">{ lang.t(T::UnsafeTitle) }</h2>
                    { read_aloud_button(&aloud, &lang) }
                    <ol class="steps">
                        { for steps.iter().zip(firsts(&step_texts)).map(|(s, first)| html! {
                            <li>{ marked(s, first, aloud.current()) }</li>
                        }) }
                    </ol>
                </section>
            }
            <HelpLines band={Some(props.band)} />
        </>
    }
}
