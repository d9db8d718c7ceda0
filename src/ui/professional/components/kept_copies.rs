//! The working copies a backup's merge set aside (issue 16): when this device's copy and the
//! backup's were both changed on different devices, the newest became the working copy and
//! the other was kept. Shown where that working copy is edited, with a way to use the kept
//! one instead (the current one is then kept in its turn) or to let it go.

use yew::prelude::*;

use crate::domain::backup::{changed_at, family_of, kept_from, Record};
use crate::domain::Id;
use crate::i18n::professional::date_time;
use crate::i18n::T;
use crate::service::Session;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`KeptCopies`].
#[derive(Properties, PartialEq)]
pub struct KeptCopiesProps {
    pub session: Session,
    pub family: Id,
    /// The store of the working copies shown: `plan_drafts` or `monitoring_drafts`.
    pub store: &'static str,
    /// What the notice says.
    pub notice: T,
    /// A kept copy became the working copy: the page reads it again.
    pub on_used: Callback<()>,
}

#[function_component]
pub fn KeptCopies(props: &KeptCopiesProps) -> Html {
    let lang = use_lang();
    let copies = use_state(Vec::<Record>::new);
    let failure = use_state(|| None::<crate::service::StorageError>);
    let generation = use_state(|| 0u32);
    {
        let (copies, session) = (copies.clone(), props.session.clone());
        let (family, store) = (props.family, props.store);
        use_effect_with((family, *generation), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(all) = session.kept_copies().await {
                    copies.set(
                        all.into_iter()
                            .filter(|r| family_of(r) == Some(family))
                            .filter(|r| kept_from(&r.key).is_some_and(|(s, _)| s == store))
                            .collect(),
                    );
                }
            });
        });
    }
    if copies.is_empty() {
        return html! {};
    }
    let act = |key: String, use_it: bool| {
        let (session, generation, failure) =
            (props.session.clone(), generation.clone(), failure.clone());
        let on_used = props.on_used.clone();
        Callback::from(move |_: MouseEvent| {
            let (session, generation, failure) =
                (session.clone(), generation.clone(), failure.clone());
            let (key, on_used) = (key.clone(), on_used.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = if use_it {
                    session.use_kept_copy(&key).await
                } else {
                    session.discard_kept_copy(&key).await
                };
                match done {
                    Ok(()) => {
                        failure.set(None);
                        if use_it {
                            on_used.emit(());
                        }
                    }
                    Err(e) => failure.set(Some(e)),
                }
                generation.set(*generation + 1);
            });
        })
    };
    html! {
        <div class="notice-soft kept-copies">
            <p>{ lang.t(props.notice) }</p>
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            { for copies.iter().map(|copy| html! {
                <div class="kept-copy" key={copy.key.clone()}>
                    if let Some(at) = changed_at(&copy.json) {
                        <p class="hint">{ crate::i18n::professional::kept_copy_of(lang.lang, &date_time(lang.lang, env::local_date_time(at))) }</p>
                    }
                    <button type="button" class="button wide" onclick={act(copy.key.clone(), true)}>
                        { lang.t(T::KeptCopyUse) }
                    </button>
                    <button type="button" class="button quiet wide" onclick={act(copy.key.clone(), false)}>
                        { lang.t(T::KeptCopyDiscard) }
                    </button>
                </div>
            }) }
        </div>
    }
}
