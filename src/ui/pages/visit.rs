//! One home visit: the form while it is written (or corrected), autosaved while typing; the
//! recorded visit read-only, with its earlier versions, a correction and deletion.

mod body;
mod form;
mod view;

use yew::prelude::*;

use crate::domain::home::current_plan;
use crate::domain::visit::Visit;
use crate::domain::{Case, Id, RecordMeta};
use crate::i18n::T;
use crate::storage::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::pages::monitoring::News;
use crate::ui::session::Session;

/// Open the new visit being written for `family`, or start one from the plan the family
/// lives by and the visits before it. Returns the visit's id.
pub async fn start_visit(session: &Session, family: Id) -> Result<Id, StorageError> {
    let db = session.db();
    let monitoring = db.monitoring(family).await?;
    if let Some(visit) = monitoring.new_visit() {
        return Ok(visit.id);
    }
    let case = db
        .case(family)
        .await?
        .ok_or_else(|| StorageError::Other(format!("family {family} not found")))?;
    let visit = Visit::start(
        env::new_id(),
        current_plan(&case.plan, &case.revisions),
        &monitoring.visits,
        env::local_now(),
        RecordMeta::new(session.author(), env::now()),
    );
    db.save_visit_draft(&visit).await?;
    Ok(visit.id)
}

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
#[derive(Clone, PartialEq)]
struct Loaded {
    case: Case,
    /// The working copy, while the visit is written or corrected.
    draft: Option<Visit>,
    /// Every recorded version, oldest first.
    versions: Vec<Visit>,
}

async fn load(session: &Session, family: Id, visit: Id) -> Result<Option<Loaded>, StorageError> {
    let db = session.db();
    let Some(case) = db.case(family).await? else {
        return Ok(None);
    };
    let monitoring = db.monitoring(family).await?;
    let versions = db.visit_versions(family, visit).await?.items;
    Ok(Some(Loaded {
        case,
        draft: monitoring.draft_of(visit).cloned(),
        versions,
    }))
}

/// The visit screen.
#[function_component]
pub fn VisitPage(props: &VisitPageProps) -> Html {
    let lang = use_lang();
    let loaded = use_state(|| None::<Result<Option<Loaded>, StorageError>>);
    let generation = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        let session = props.session.clone();
        let (family, visit) = (props.family, props.visit);
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(load(&session, family, visit).await));
            });
        });
    }
    let back = html! {
        <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
            { lang.t(T::BackToVisits) }
        </button>
    };
    match &*loaded {
        None => html! { <p class="loading">{ lang.t(T::Loading) }</p> },
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
