//! The professional's caseload: every family on this device, its plan's status and what
//! is due, a search by name, and the ways in: a new family, the example family, an import.

use yew::prelude::*;

use crate::domain::CaseStatus;
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::storage::cases::CaseSummary;
use crate::storage::{Listing, StorageError};
use crate::ui::components::import_field::ImportField;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::session::Session;

/// Props of [`CaseloadPage`].
#[derive(Properties, PartialEq)]
pub struct CaseloadPageProps {
    pub session: Session,
    pub on_open: Callback<crate::domain::Id>,
    pub on_new: Callback<()>,
}

/// What the page says after an action.
#[derive(Clone, PartialEq)]
enum Message {
    Imported(String),
    Failed(StorageError),
}

/// Does the family's name, or anyone's in it, contain the search text?
fn matches(case: &CaseSummary, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || case.family.name.to_lowercase().contains(&query)
        || case
            .family
            .people
            .iter()
            .any(|p| p.name.to_lowercase().contains(&query))
}

/// The caseload.
#[function_component]
pub fn CaseloadPage(props: &CaseloadPageProps) -> Html {
    let lang = use_lang();
    let cases = use_state(|| None::<Result<Listing<CaseSummary>, StorageError>>);
    let query = use_state(String::new);
    let message = use_state(|| None::<Message>);
    let generation = use_state(|| 0u32);
    {
        let cases = cases.clone();
        let session = props.session.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = session.db().cases().await;
                if let Ok(listing) = &mut loaded {
                    listing.items.sort_by_key(|c| c.family.name.to_lowercase());
                }
                cases.set(Some(loaded));
            });
        });
    }

    let load_demo = {
        let session = props.session.clone();
        let on_open = props.on_open.clone();
        let message = message.clone();
        let lang = lang.lang;
        Callback::from(move |_| {
            let session = session.clone();
            let on_open = on_open.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.store_demo(crate::i18n::home::language(lang)).await {
                    Ok(id) => on_open.emit(id),
                    Err(e) => message.set(Some(Message::Failed(e))),
                }
            });
        })
    };

    let on_imported = {
        let message = message.clone();
        let generation = generation.clone();
        Callback::from(move |case: crate::domain::Case| {
            message.set(Some(Message::Imported(case.family.name)));
            generation.set(*generation + 1);
        })
    };

    let today = env::today();
    let list = match &*cases {
        None => html! { <p class="loading">{ lang.t(T::Loading) }</p> },
        Some(Err(error)) => html! { <Notice message={lang.t(storage_text(error))} /> },
        Some(Ok(listing)) if listing.items.is_empty() => html! {
            <p class="empty">{ lang.t(T::CaseloadEmpty) }</p>
        },
        Some(Ok(listing)) => {
            let shown: Vec<&CaseSummary> = listing
                .items
                .iter()
                .filter(|c| matches(c, &query))
                .collect();
            html! {
                <>
                    if listing.unreadable > 0 {
                        <p class="notice">{ crate::i18n::unreadable_records(lang.lang, listing.unreadable) }</p>
                    }
                    if shown.is_empty() {
                        <p class="empty">{ lang.t(T::NoSearchResults) }</p>
                    }
                    <ul class="plain cases">
                        { for shown.into_iter().map(|case| {
                            let plan = &case.plan;
                            let id = case.family.id;
                            let status = plan.case_status(today);
                            let overdue = plan.evaluation_overdue(today);
                            let ending = plan.days_until_end(today).filter(|d| (0..=30).contains(d));
                            html! {
                                <li key={id.to_string()}>
                                    <button type="button" class="case" onclick={props.on_open.reform(move |_| id)}>
                                        <span class="case-name">{ &case.family.name }</span>
                                        <span class={classes!("badge", match status {
                                            CaseStatus::Draft => "badge-draft",
                                            CaseStatus::Agreed => "badge-agreed",
                                            CaseStatus::Expired => "badge-alert",
                                        })}>{ texts::case_status(lang.lang, plan, today) }</span>
                                        <span class="case-detail">
                                            { match plan.period.next_evaluation {
                                                Some(on) => texts::next_evaluation(lang.lang, on),
                                                None => lang.t(T::NoEvaluationDate).to_string(),
                                            } }
                                        </span>
                                        if overdue {
                                            <span class="badge badge-alert">{ lang.t(T::EvaluationOverdue) }</span>
                                        }
                                        if let Some(days) = ending {
                                            <span class="badge badge-alert">{ texts::ends_in(lang.lang, days) }</span>
                                        }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
    };

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::CaseloadTitle) }</h1>
            <p>{ lang.t(T::CaseloadIntro) }</p>
            <p class="status" role="status">
                { match &*message {
                    Some(Message::Imported(name)) => texts::imported(lang.lang, name),
                    _ => String::new(),
                } }
            </p>
            if let Some(Message::Failed(error)) = &*message {
                <Notice message={lang.t(storage_text(error))} />
            }
            <TextField id="case-search" label={lang.t(T::SearchByName)}
                hint={Some(AttrValue::from(lang.t(T::SearchHint)))} value={(*query).clone()}
                input_type="search" oninput={Callback::from({
                    let query = query.clone();
                    move |v: String| query.set(v)
                })} />
            { list }
            <div class="form-actions">
                <button type="button" class="button primary wide" onclick={props.on_new.reform(|_| ())}>
                    { lang.t(T::NewFamily) }
                </button>
                <button type="button" class="button wide" onclick={load_demo}>
                    { lang.t(T::LoadDemo) }
                </button>
            </div>
            <ImportField session={props.session.clone()} label={lang.t(T::ImportFamily)}
                hint={lang.t(T::ImportHint)} {on_imported} />
        </>
    }
}
