//! Start a new family case: its name is all that is needed; the rest is the plan editor.

use yew::prelude::*;

use crate::domain::{Family, Id, SafetyPlan};
use crate::i18n::T;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`NewFamilyPage`].
#[derive(Properties, PartialEq)]
pub struct NewFamilyPageProps {
    pub session: Session,
    pub on_created: Callback<Id>,
    pub on_cancel: Callback<()>,
}

/// The new-family form.
#[function_component]
pub fn NewFamilyPage(props: &NewFamilyPageProps) -> Html {
    let lang = use_lang();
    let name = use_state(String::new);
    let missing = use_state(|| false);
    let error = use_state(|| None::<StorageError>);
    let onsubmit = {
        let name = name.clone();
        let missing = missing.clone();
        let error = error.clone();
        let session = props.session.clone();
        let on_created = props.on_created.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                missing.set(true);
                env::focus_id("family-name");
                return;
            }
            let family = Family::new(env::new_id(), &name, session.author(), env::now());
            let plan = SafetyPlan::new(family.id, session.author(), env::now());
            let session = session.clone();
            let on_created = on_created.clone();
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.save_case(&family, &plan).await {
                    Ok(()) => on_created.emit(family.id),
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::NewFamilyTitle) }</h1>
            if let Some(error) = &*error {
                <Notice message={lang.t(storage_text(error))} />
            }
            <form {onsubmit} novalidate=true>
                <TextField id="family-name" label={lang.t(T::FieldFamilyName)}
                    hint={Some(AttrValue::from(lang.t(T::FieldFamilyNameHint)))}
                    value={(*name).clone()}
                    error={(*missing && name.trim().is_empty()).then(|| AttrValue::from(lang.t(T::FamilyNameMissing)))}
                    oninput={Callback::from({ let name = name.clone(); move |v: String| name.set(v) })} />
                <button type="submit" class="button primary wide">{ lang.t(T::CreateFamily) }</button>
                <button type="button" class="button wide" onclick={props.on_cancel.reform(|_| ())}>
                    { lang.t(T::BackToFamilies) }
                </button>
            </form>
        </>
    }
}
