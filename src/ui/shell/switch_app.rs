//! The family's app on a professional's device: it hands over to the professional's app
//! (a reload; the start script loads that app, which starts locked). If the professional's
//! app could not be loaded, it says so and offers to try again, instead of reloading in a
//! loop.

use yew::prelude::*;

use crate::i18n::T;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::hooks::use_lang::use_lang;

/// Hands over to the professional's app.
#[function_component]
pub fn SwitchAppPage() -> Html {
    let lang = use_lang();
    let failed = env::professional_app_failed();
    use_effect_with(failed, |failed| {
        if !*failed {
            env::switch_to_professional_app();
        }
    });
    if failed {
        html! {
            <>
                <h1 id="page-title" tabindex="-1">{ lang.t(T::ProfessionalAppTitle) }</h1>
                <Notice message={lang.t(T::ProfessionalAppFailed)}
                    action={(AttrValue::from(lang.t(T::TryAgain)),
                        Callback::from(|_| env::switch_to_professional_app()))} />
            </>
        }
    } else {
        html! { <p class="loading" role="status">{ lang.t(T::ProfessionalAppLoading) }</p> }
    }
}
