//! A labelled text field with a hint and, when something is wrong, a message that screen
//! readers announce with the field.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The element id; the hint and error get ids derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    /// The problem with this field, already translated.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub oninput: Callback<String>,
    /// A text area instead of a one-line input.
    #[prop_or_default]
    pub multiline: bool,
    /// The `type` of a one-line input.
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    /// `inputmode`, e.g. "numeric" for ages.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// The secret code: masked, and marked so that password managers, spelling and the
    /// keyboard's memory leave it alone (a saved code fills in for whoever holds the phone).
    #[prop_or_default]
    pub secret: bool,
}

/// A labelled text field.
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let input = use_node_ref();
    {
        // 1Password's mark starts with a digit, which `html!` cannot spell.
        let input = input.clone();
        use_effect_with(props.secret, move |secret| {
            if let (true, Some(el)) = (*secret, input.cast::<web_sys::Element>()) {
                let _ = el.set_attribute("data-1p-ignore", "true");
            }
        });
    }
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by: Vec<&str> = [
        props.hint.is_some().then_some(hint_id.as_str()),
        props.error.is_some().then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let invalid = props.error.is_some().then_some("true");
    let control = if props.multiline {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={props.id.clone()} rows="3" value={props.value.clone()} {oninput}
                aria-describedby={described_by} aria-invalid={invalid} />
        }
    } else {
        let oninput = props
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        if props.secret {
            html! {
                <input id={props.id.clone()} type="password" value={props.value.clone()} {oninput}
                    autocomplete="off" autocapitalize="off" spellcheck="false"
                    data-lpignore="true" data-bwignore="true" data-form-type="other"
                    ref={input.clone()} inputmode={props.inputmode.clone()}
                    aria-describedby={described_by} aria-invalid={invalid} />
            }
        } else {
            html! {
                <input id={props.id.clone()} type={props.input_type.clone()}
                    value={props.value.clone()} {oninput}
                    autocomplete={props.autocomplete.clone()} inputmode={props.inputmode.clone()}
                    aria-describedby={described_by} aria-invalid={invalid} />
            }
        }
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            { control }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
