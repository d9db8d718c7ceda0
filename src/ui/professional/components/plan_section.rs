//! One part of the plan as an accordion panel: a heading button that opens it, so a long
//! plan fits a phone one part at a time.

use yew::prelude::*;

/// Props of [`PlanSection`].
#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    pub id: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub open: bool,
    /// Called when the heading is pressed.
    pub on_toggle: Callback<()>,
    #[prop_or_default]
    pub children: Children,
}

/// An accordion panel.
#[function_component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let panel = format!("{}-panel", props.id);
    html! {
        <section class={classes!("plan-section", props.open.then_some("open"))}>
            <h2>
                <button type="button" id={props.id.clone()} class="section-toggle"
                    aria-expanded={props.open.to_string()} aria-controls={panel.clone()}
                    onclick={props.on_toggle.reform(|_| ())}>
                    { props.title.clone() }
                </button>
            </h2>
            <div id={panel} class="section-panel" hidden={!props.open}>
                if let Some(help) = &props.help {
                    <p class="hint">{ help.clone() }</p>
                }
                { props.children.clone() }
            </div>
        </section>
    }
}
