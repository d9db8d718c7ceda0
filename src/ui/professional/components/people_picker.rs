//! Pick people of the family with checkboxes: entered once, chosen everywhere.

use yew::prelude::*;

use crate::domain::Id;

/// Props of [`PeoplePicker`].
#[derive(Properties, PartialEq)]
pub struct PeoplePickerProps {
    /// Makes the checkbox ids unique on the page.
    pub id: AttrValue,
    pub legend: AttrValue,
    /// `(id, name)` of everyone who can be chosen.
    pub people: Vec<(Id, AttrValue)>,
    pub selected: Vec<Id>,
    pub on_toggle: Callback<Id>,
}

/// A group of checkboxes, one per person.
#[function_component]
pub fn PeoplePicker(props: &PeoplePickerProps) -> Html {
    html! {
        <fieldset class="picker">
            <legend>{ props.legend.clone() }</legend>
            { for props.people.iter().map(|(id, name)| {
                let input_id = format!("{}-{id}", props.id);
                let person = *id;
                html! {
                    <label class="check" for={input_id.clone()}>
                        <input type="checkbox" id={input_id}
                            checked={props.selected.contains(id)}
                            onchange={props.on_toggle.reform(move |_| person)} />
                        <span>{ name.clone() }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
