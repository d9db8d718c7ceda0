//! A message about something outside the person's control (storage, another tab), with an
//! optional action.

use yew::prelude::*;

/// Props of [`Notice`].
#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
    /// A button label and what it does.
    #[prop_or_default]
    pub action: Option<(AttrValue, Callback<()>)>,
}

/// A prominent notice, announced by screen readers as soon as it appears.
#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class="notice" role="alert">
            <p>{ props.message.clone() }</p>
            if let Some((label, onclick)) = &props.action {
                <button type="button" class="button" onclick={onclick.reform(|_| ())}>
                    { label.clone() }
                </button>
            }
        </div>
    }
}
