//! One home visit: the form while it is written (or corrected), autosaved while typing; the
//! recorded visit read-only, with its earlier versions, a correction and deletion.

mod body;
mod form;
mod view;

use yew::prelude::*;

use crate::domain::Id;
use crate::i18n::{L, T};
use crate::service::{Session, StorageError, VisitRecord};
use crate::ui::components::notice::Notice;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;
use crate::ui::professional::monitoring::News;

/// Props of [`VisitPage`].
#[derive(Properties, PartialEq)]
pub struct VisitPageProps {
    pub session: Session,
    pub family: Id,
    pub visit: Id,
    pub on_back: Callback<()>,
    /// The visit was recorded, thrown away or deleted.
    pub on_done: Callback<News>,
}

/// What the page works on.
type Loaded = VisitRecord;

async fn load(session: &Session, family: Id, visit: Id) -> Result<Option<Loaded>, StorageError> {
    session.visit(family, visit).await
}

/// The visit screen.
#[function_component]
pub fn VisitPage(props: &VisitPageProps) -> Html {
    let lang = use_lang();
    let generation = use_state(|| 0u32);
    let loaded = {
        let session = props.session.clone();
        let deps = (props.family, props.visit, *generation);
        use_load(deps, move |(family, visit, _)| async move {
            load(&session, family, visit).await
        })
    };
    let back = html! {
        <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
            { lang.t(T::BackToVisits) }
        </button>
    };
    match &*loaded {
        None => html! { <p class="loading">{ lang.t(L::Loading) }</p> },
        Some(Err(e)) => html! { <>{ back }<Notice message={lang.t(storage_text(e))} /></> },
        Some(Ok(Some(Loaded {
            case,
            draft: Some(draft),
            versions,
        }))) => html! {
            <form::VisitForm key={format!("{}-{}", draft.id, draft.version)}
                session={props.session.clone()} case={case.clone()} draft={draft.clone()}
                correcting={!versions.is_empty()}
                on_back={props.on_back.clone()} on_done={props.on_done.clone()} />
        },
        Some(Ok(Some(Loaded { case, versions, .. }))) if !versions.is_empty() => {
            let reload = {
                let generation = generation.clone();
                Callback::from(move |_| generation.set(*generation + 1))
            };
            html! {
                <view::VisitView session={props.session.clone()} case={case.clone()}
                    versions={versions.clone()} on_back={props.on_back.clone()}
                    on_correcting={reload} on_done={props.on_done.clone()} />
            }
        }
        Some(Ok(_)) => html! { <>{ back }<Notice message={lang.t(T::VisitNotFound)} /></> },
    }
}
