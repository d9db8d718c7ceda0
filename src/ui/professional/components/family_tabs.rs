//! The two parts of a family's case for the professional: the plan, and the visits with
//! their evaluation.

use yew::prelude::*;

use crate::i18n::{Language, T};

/// A part of a family's case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FamilyTab {
    Plan,
    Visits,
}

/// The family's tabs; `on_other` goes to the tab that is not `current`.
pub fn family_tabs(lang: Language, current: FamilyTab, on_other: Callback<()>) -> Html {
    html! {
        <nav class="tabs family-tabs" aria-label={T::FamilyParts.get(lang)}>
            { for [(FamilyTab::Plan, T::TabPlan), (FamilyTab::Visits, T::TabVisits)].into_iter().map(|(tab, label)| {
                let here = current == tab;
                html! {
                    <button type="button" class={classes!("tab", here.then_some("current"))}
                        aria-current={here.then_some("page")}
                        onclick={if here { Callback::noop() } else { on_other.reform(|_| ()) }}>
                        { label.get(lang) }
                    </button>
                }
            }) }
        </nav>
    }
}
