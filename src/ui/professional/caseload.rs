//! The professional's caseload: every family on this device, its plan's status and what
//! needs attention (evaluation, end date, visits, late steps), a home visit one tap away, a
//! search by name, and the ways in: a new family, the example family, an import.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::evaluation::evaluation_due;
use crate::domain::monitoring::{closed, reminders, safety_alerts, Reminder};
use crate::domain::{CaseStatus, Id};
use crate::i18n::plan as texts;
use crate::i18n::professional as visit_texts;
use crate::i18n::{L, T};
use crate::service::CaseSummary;
use crate::service::Monitoring;
use crate::service::Session;
use crate::service::{Listing, StorageError};
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::professional::backup::BackupSection;
use crate::ui::professional::components::import_field::ImportField;

/// Props of [`CaseloadPage`].
#[derive(Properties, PartialEq)]
pub struct CaseloadPageProps {
    pub session: Session,
    pub on_open: Callback<crate::domain::Id>,
    /// Open a visit of a family: `(family, visit)`.
    pub on_visit: Callback<(Id, Id)>,
    pub on_new: Callback<()>,
    /// "Dossier van een collega ontvangen".
    pub on_receive_case: Callback<()>,
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
    // Read after the families, so the list shows first: `None` while the visits are read.
    let monitoring = use_state(|| None::<Result<(BTreeMap<Id, Monitoring>, usize), StorageError>>);
    let query = use_state(String::new);
    let message = use_state(|| None::<Message>);
    let generation = use_state(|| 0u32);
    {
        let (cases, monitoring) = (cases.clone(), monitoring.clone());
        let session = props.session.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = session.cases().await;
                if let Ok(listing) = &mut loaded {
                    listing.items.sort_by_key(|c| c.family.name.to_lowercase());
                }
                cases.set(Some(loaded));
                // Every family's visits, for the reminders: on a large caseload this takes a
                // moment longer than the plans, so the list does not wait for it.
                monitoring.set(Some(session.all_monitoring().await));
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
                match session.store_demo(lang).await {
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

    let failed = use_state(|| None::<StorageError>);
    let start_visit = |family: Id| {
        let (session, on_visit, failed, generation) = (
            props.session.clone(),
            props.on_visit.clone(),
            failed.clone(),
            generation.clone(),
        );
        Callback::from(move |_| {
            let (session, on_visit, failed, generation) = (
                session.clone(),
                on_visit.clone(),
                failed.clone(),
                generation.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match session.start_visit(family).await {
                    Ok(Some(visit)) => on_visit.emit((family, visit)),
                    // The family is gone (erased in another tab): read the caseload again.
                    Ok(None) => generation.set(*generation + 1),
                    Err(e) => failed.set(Some(e)),
                }
            });
        })
    };
    // The stamps of every recorded visit and evaluation, for the backup section.
    let recorded = match &*monitoring {
        Some(Ok((by_family, _))) => Some(Rc::new(crate::service::recorded_stamps(by_family))),
        _ => None,
    };
    let today = env::today();
    let no_visits = Monitoring::default();
    let list = match &*cases {
        None => html! { <p class="loading">{ lang.t(L::Loading) }</p> },
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
                            let m = match &*monitoring {
                                Some(Ok((by_family, _))) => Some(by_family.get(&case.family.id).unwrap_or(&no_visits)),
                                _ => None,
                            };
                            case_row(lang.lang, case, m, &props.on_open, start_visit(case.family.id), today)
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
            if let Some(error) = &*failed {
                <Notice message={lang.t(storage_text(error))} />
            }
            if let Some(Err(error)) = &*monitoring {
                <Notice message={lang.t(storage_text(error))} />
            }
            if let Some(Ok((_, unreadable))) = &*monitoring {
                if *unreadable > 0 {
                    <p class="notice">{ lang.t(T::MonitoringUnreadable) }</p>
                }
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
                <button type="button" class="button wide" onclick={props.on_receive_case.reform(|_| ())}>
                    { lang.t(T::ReceiveCaseTitle) }
                </button>
            </div>
            <ImportField session={props.session.clone()} label={lang.t(T::ImportFamily)}
                hint={lang.t(T::ImportHint)} {on_imported} />
            <BackupSection session={props.session.clone()} {recorded}
                on_restored={{ let generation = generation.clone(); Callback::from(move |_| generation.set(*generation + 1)) }} />
        </>
    }
}

/// One family on the caseload: a button to its plan with the status and what needs
/// attention, and a button that starts (or continues) a home visit. While its visits are
/// still being read (`monitoring` is `None`) it says only what the plan knows.
fn case_row(
    lang: crate::i18n::Language,
    case: &CaseSummary,
    monitoring: Option<&Monitoring>,
    on_open: &Callback<Id>,
    on_visit: Callback<MouseEvent>,
    today: chrono::NaiveDate,
) -> Html {
    let plan = &case.plan;
    let id = case.family.id;
    let status = plan.case_status(today);
    let visits_known = monitoring.is_some();
    let none_yet = Monitoring::default();
    let monitoring = monitoring.unwrap_or(&none_yet);
    let found: Vec<Reminder> = reminders(
        plan,
        &monitoring.visits,
        &monitoring.evaluations,
        today,
        env::visit_weeks(),
    )
    .into_iter()
    .filter(|r| visits_known || !matches!(r, Reminder::NoVisitFor(_)))
    .chain(safety_alerts(plan, &case.family, &monitoring.visits, today))
    .collect();
    let late_steps = found
        .iter()
        .filter(|r| matches!(r, Reminder::StepOverdue { .. }))
        .count();
    let closed = closed(&monitoring.visits, &monitoring.evaluations).is_some();
    let visit_label = if monitoring.new_visit().is_some() {
        T::ContinueVisit
    } else {
        T::StartVisit
    };
    html! {
        <li key={id.to_string()}>
            <button type="button" class="case" onclick={on_open.reform(move |_| id)}>
                <span class="case-name">{ &case.family.name }</span>
                <span class={classes!("badge", match status {
                    CaseStatus::Draft => "badge-draft",
                    CaseStatus::Agreed => "badge-agreed",
                    CaseStatus::Expired => "badge-alert",
                })}>{ texts::case_status(lang, plan, today) }</span>
                if closed {
                    <span class="badge badge-agreed">{ T::CaseClosed.get(lang) }</span>
                }
                <span class="case-detail">
                    { visit_texts::coordinator_line(lang, &plan.coordinator_contact(&case.family)) }
                </span>
                if !closed {
                    <span class="case-detail">
                        { match evaluation_due(plan, &monitoring.evaluations) {
                            Some(on) => texts::next_evaluation(lang, on),
                            None => T::NoEvaluationDate.get(lang).to_string(),
                        } }
                    </span>
                }
                { for found.iter().filter(|r| !matches!(r, Reminder::StepOverdue { .. })).map(|r| html! {
                    <span class="badge badge-alert">{ visit_texts::reminder(lang, r) }</span>
                }) }
                if late_steps > 0 {
                    <span class="badge badge-alert">{ visit_texts::steps_overdue(lang, late_steps) }</span>
                }
            </button>
            <button type="button" class="button wide case-visit" onclick={on_visit}
                aria-label={visit_texts::for_family(lang, visit_label, &case.family.name)}>
                { T::get(visit_label, lang) }
            </button>
        </li>
    }
}
