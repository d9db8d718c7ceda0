//! "Er is een nieuwe versie": offered, never forced.

use yew::prelude::*;

use crate::i18n::L;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`UpdateBanner`].
#[derive(Properties, PartialEq)]
pub struct UpdateBannerProps {
    /// Switches to the waiting version and reloads.
    pub on_update: Callback<()>,
}

/// The banner that offers a waiting new version.
#[function_component]
pub fn UpdateBanner(props: &UpdateBannerProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="update-banner" role="status">
            <p>{ lang.t(L::UpdateAvailable) }</p>
            <button type="button" class="button primary" onclick={props.on_update.reform(|_| ())}>
                { lang.t(L::UpdateReload) }
            </button>
        </div>
    }
}
