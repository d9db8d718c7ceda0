//! A button for something that cannot be taken back lightly: it first asks, in words, and
//! only the second, explicit answer does it.

use yew::prelude::*;

use crate::i18n::T;
use crate::ui::env;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`ConfirmButton`].
#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    /// Makes the question's id unique on the page.
    pub id: AttrValue,
    pub label: AttrValue,
    pub question: AttrValue,
    pub yes: AttrValue,
    pub on_confirm: Callback<()>,
}

/// Ask, then do.
#[function_component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let lang = use_lang();
    let asking = use_state(|| false);
    let question_id = format!("{}-question", props.id);
    {
        let question_id = question_id.clone();
        use_effect_with(*asking, move |asking| {
            if *asking {
                env::focus_id(&question_id);
            }
        });
    }
    if *asking {
        let keep = {
            let asking = asking.clone();
            let id = props.id.to_string();
            Callback::from(move |_| {
                asking.set(false);
                env::focus_id(&id);
            })
        };
        html! {
            <div class="danger-zone">
                <p id={question_id} tabindex="-1" class="confirm-question">{ props.question.clone() }</p>
                <div class="form-actions">
                    <button type="button" class="button danger wide" onclick={props.on_confirm.reform(|_| ())}>
                        { props.yes.clone() }
                    </button>
                    <button type="button" class="button wide" onclick={keep}>{ lang.t(T::ConfirmRemoveNo) }</button>
                </div>
            </div>
        }
    } else {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        html! {
            <button type="button" id={props.id.clone()} class="button danger-outline wide" onclick={ask}>
                { props.label.clone() }
            </button>
        }
    }
}
