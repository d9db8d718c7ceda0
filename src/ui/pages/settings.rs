//! Settings: who uses this device, changeable behind a confirmation.

use yew::prelude::*;

use crate::domain::Role;
use crate::i18n::home as texts;
use crate::i18n::T;
use crate::ui::env;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`SettingsPage`].
#[derive(Properties, PartialEq)]
pub struct SettingsPageProps {
    pub role: Role,
    /// The name of who uses the device, when known.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// Choose who uses the device again.
    pub on_change_use: Callback<()>,
}

/// The settings screen.
#[function_component]
pub fn SettingsPage(props: &SettingsPageProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| {
            confirming.set(false);
            env::focus_id("change-use");
        })
    };
    use_effect_with(*confirming, |confirming| {
        if *confirming {
            env::focus_id("confirm-change");
        }
    });
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::SettingsTitle) }</h1>
            <h2>{ lang.t(T::UsedBy) }</h2>
            <p class="used-by">{ texts::used_by(lang.lang, props.role, props.name.as_deref()) }</p>
            if *confirming {
                <p id="confirm-change" tabindex="-1" class="confirm-question">{ lang.t(T::ChangeUseConfirm) }</p>
                <div class="form-actions">
                    <button type="button" class="button primary wide" onclick={props.on_change_use.reform(|_| ())}>
                        { lang.t(T::ChangeUseYes) }
                    </button>
                    <button type="button" class="button wide" onclick={keep}>{ lang.t(T::ChangeUseNo) }</button>
                </div>
            } else {
                <button type="button" id="change-use" class="button wide" onclick={ask}>{ lang.t(T::ChangeUse) }</button>
            }
        </>
    }
}
