//! A recorded visit, read-only: its latest version with who recorded it and when, every
//! earlier version, a correction (a new version) and deletion (asked first, undoable in
//! this session).

use yew::prelude::*;

use super::body::visit_body;
use crate::domain::visit::Visit;
use crate::domain::Case;
use crate::i18n::professional::{self as texts, Removal};
use crate::i18n::T;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::professional::components::confirm_button::ConfirmButton;
use crate::ui::professional::monitoring::News;

/// Props of [`VisitView`].
#[derive(Properties, PartialEq)]
pub struct VisitViewProps {
    pub session: Session,
    pub case: Case,
    /// Every recorded version, oldest first (never empty).
    pub versions: Vec<Visit>,
    pub on_back: Callback<()>,
    /// A correction was started: load the working copy.
    pub on_correcting: Callback<()>,
    pub on_done: Callback<News>,
}

/// The recorded visit.
#[function_component]
pub fn VisitView(props: &VisitViewProps) -> Html {
    let lang = use_lang();
    let shown = use_state(|| None::<u32>);
    let failure = use_state(|| None::<StorageError>);
    let Some(latest) = props.versions.iter().max_by_key(|v| v.version) else {
        return Html::default();
    };
    let family = &props.case.family;
    let this_device = props.session.author().device;
    let line = |v: &Visit| {
        texts::version_line(
            lang.lang,
            v.version,
            env::local_date_time(v.meta.updated_at),
            v.meta.updated_by.device == this_device,
        )
    };

    let correct = {
        let (session, latest, on_correcting, failure) = (
            props.session.clone(),
            latest.clone(),
            props.on_correcting.clone(),
            failure.clone(),
        );
        Callback::from(move |_| {
            let (session, latest, on_correcting, failure) = (
                session.clone(),
                latest.clone(),
                on_correcting.clone(),
                failure.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                // The working copy starts as the latest version; recording it makes the next.
                match session.save_visit_draft(&latest).await {
                    Ok(()) => on_correcting.emit(()),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let delete = {
        let (session, latest, on_done, failure) = (
            props.session.clone(),
            latest.clone(),
            props.on_done.clone(),
            failure.clone(),
        );
        Callback::from(move |_| {
            let (session, on_done, failure) = (session.clone(), on_done.clone(), failure.clone());
            let latest = latest.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.delete_visit(&latest).await {
                    Ok(()) => on_done.emit(News::Removed(Removal::Visit, latest.at.date())),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };

    // Storage gives the versions oldest first; the newest earlier one is shown first.
    let earlier: Vec<&Visit> = props
        .versions
        .iter()
        .rev()
        .filter(|v| v.version != latest.version)
        .collect();
    html! {
        <article class="visit-view">
            <button type="button" class="button quiet back" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackToVisits) }
            </button>
            <h1 id="page-title" tabindex="-1">{ texts::visit_title(lang.lang, latest.at) }</h1>
            <p class="case-status">{ line(latest) }</p>
            if let Some(e) = &*failure {
                <Notice message={lang.t(storage_text(e))} />
            }
            <div class="form-actions">
                <button type="button" class="button primary wide" onclick={correct}>{ lang.t(T::Correct) }</button>
                <p class="hint">{ lang.t(T::CorrectHint) }</p>
            </div>
            { visit_body(lang.lang, family, latest) }
            if !earlier.is_empty() {
                <section class="versions" aria-labelledby="versions-title">
                    <h2 id="versions-title">{ lang.t(T::VersionsTitle) }</h2>
                    <ul class="plain revisions">
                        { for earlier.into_iter().map(|v| {
                            let n = v.version;
                            let open = *shown == Some(n);
                            let toggle = {
                                let shown = shown.clone();
                                Callback::from(move |_| shown.set(if open { None } else { Some(n) }))
                            };
                            html! {
                                <li class="revision" key={n}>
                                    <p>{ line(v) }</p>
                                    <button type="button" class="button quiet" aria-expanded={open.to_string()}
                                        onclick={toggle}>
                                        { texts::show_version(lang.lang, n) }
                                    </button>
                                    if open {
                                        <div class="earlier-version">{ visit_body(lang.lang, family, v) }</div>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <ConfirmButton id="delete-visit" label={lang.t(T::DeleteVisit)}
                question={lang.t(T::DeleteVisitConfirm)} yes={lang.t(T::DeleteYes)} on_confirm={delete} />
        </article>
    }
}
