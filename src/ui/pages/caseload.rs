//! The professional's caseload: every family on this device, its plan's status and what
//! is due, a search by name, and the ways in: a new family, the example family, an import.

use yew::prelude::*;

use crate::domain::demo::{demo_case, DemoLanguage};
use crate::domain::export::{import, merge};
use crate::domain::CaseStatus;
use crate::i18n::plan as texts;
use crate::i18n::{Lang, T};
use crate::storage::cases::CaseSummary;
use crate::storage::{Listing, StorageError};
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
    ImportRefused(T),
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
            let language = match lang {
                Lang::Nl => DemoLanguage::Dutch,
                Lang::En => DemoLanguage::English,
            };
            let (family, plan) = demo_case(
                env::new_id,
                language,
                session.author(),
                env::now(),
                env::today(),
            );
            let session = session.clone();
            let on_open = on_open.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match session.db().save_case(&family, &plan).await {
                    Ok(()) => on_open.emit(family.id),
                    Err(e) => message.set(Some(Message::Failed(e))),
                }
            });
        })
    };

    let on_import = {
        let session = props.session.clone();
        let message = message.clone();
        let generation = generation.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let session = session.clone();
            let message = message.clone();
            let generation = generation.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = env::read_chosen_file(&input).await.unwrap_or_default();
                // Let the same file be chosen again after a refusal.
                input.set_value("");
                let file = match import(&bytes) {
                    Ok(file) => file,
                    Err(error) => {
                        return message
                            .set(Some(Message::ImportRefused(texts::import_error(&error))))
                    }
                };
                let name = file.family.name.clone();
                let result = match session.db().case(file.family.id).await {
                    Ok(stored) => session.db().put_case(&merge(stored, file.into())).await,
                    Err(e) => Err(e),
                };
                match result {
                    Ok(()) => {
                        message.set(Some(Message::Imported(name)));
                        generation.set(*generation + 1);
                    }
                    Err(e) => message.set(Some(Message::Failed(e))),
                }
            });
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
            if let Some(Message::ImportRefused(text)) = &*message {
                <Notice message={lang.t(*text)} />
            }
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
            <div class="field file-field">
                <label for="import-file" class="button wide">{ lang.t(T::ImportFamily) }</label>
                <input id="import-file" class="visually-hidden-file" type="file"
                    accept=".json,application/json" onchange={on_import}
                    aria-describedby="import-hint" />
                <p class="hint" id="import-hint">{ lang.t(T::ImportHint) }</p>
            </div>
        </>
    }
}
