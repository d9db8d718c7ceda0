//! First use: who uses this device (young person, parent or carer, professional), and which
//! child or family. The choice is stored, and only then does the role's home open.

use yew::prelude::*;

use crate::domain::{AgeBand, Case, DeviceSetup, Family, Id, PersonKind, Role};
use crate::i18n::home as texts;
use crate::i18n::T;
use crate::service::CaseSummary;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`SetupPage`].
#[derive(Properties, PartialEq)]
pub struct SetupPageProps {
    pub session: Session,
    /// The stored choice, and the case it points at (if any).
    pub on_done: Callback<(DeviceSetup, Option<Case>)>,
    /// "Plan ontvangen": the plan from the professional, by code or file.
    pub on_receive: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Role,
    YoungPerson,
    Parent,
    ParentWho(Id),
}

/// The setup screens.
#[function_component]
pub fn SetupPage(props: &SetupPageProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Role);
    let families = use_state(Vec::<Family>::new);
    let error = use_state(|| None::<StorageError>);
    let generation = use_state(|| 0u32);
    {
        let families = families.clone();
        let error = error.clone();
        let session = props.session.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match session.cases().await {
                    Ok(listing) => {
                        let mut list: Vec<Family> = listing
                            .items
                            .into_iter()
                            .map(|c: CaseSummary| c.family)
                            .collect();
                        list.sort_by_key(|f| f.name.to_lowercase());
                        families.set(list);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        });
    }
    // After a step changes, focus its heading.
    use_effect_with(*step, |_| env::focus_id("page-title"));

    // Store the choice, load its case, and hand both to the app.
    let finish = {
        let session = props.session.clone();
        let on_done = props.on_done.clone();
        let error = error.clone();
        Callback::from(
            move |(role, family, person, band): (Role, Option<Id>, Option<Id>, Option<AgeBand>)| {
                let setup = DeviceSetup {
                    role,
                    family,
                    person,
                    band,
                    chosen_at: env::now(),
                };
                let session = session.clone();
                let on_done = on_done.clone();
                let error = error.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match session.save_setup(&setup).await {
                        Ok(case) => on_done.emit((setup, case)),
                        Err(e) => error.set(Some(e)),
                    }
                });
            },
        )
    };
    let go = |to: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    let back = html! {
        <button type="button" class="button quiet" onclick={go(Step::Role)}>
            { lang.t(T::BackOneStep) }
        </button>
    };
    let choice = |label: String, hint: Option<&'static str>, onclick: Callback<MouseEvent>| {
        html! {
            <li>
                <button type="button" class="choice" {onclick}>
                    <span class="choice-label">{ label }</span>
                    if let Some(hint) = hint {
                        <span class="choice-hint">{ hint }</span>
                    }
                </button>
            </li>
        }
    };
    let bands = |heading_level_one: bool| {
        let title = lang.t(T::HowOldAreYou);
        html! {
            <>
                if heading_level_one {
                    <h1 id="page-title" tabindex="-1">{ title }</h1>
                } else {
                    <h2>{ title }</h2>
                }
                <p>{ lang.t(T::HowOldHint) }</p>
                <ul class="plain choices">
                    { for AgeBand::ALL.into_iter().map(|band| choice(
                        lang.t(texts::band(band)).to_string(), None,
                        finish.reform(move |_| (Role::YoungPerson, None, None, Some(band))),
                    )) }
                </ul>
            </>
        }
    };

    let body = match *step {
        Step::Role => html! {
            <>
                <h1 id="page-title" tabindex="-1">{ lang.t(T::SetupTitle) }</h1>
                <p>{ lang.t(T::SetupIntro) }</p>
                <ul class="plain choices">
                    { choice(lang.t(T::RoleYoungPerson).into(), Some(lang.t(T::RoleYoungPersonHint)), go(Step::YoungPerson)) }
                    { choice(lang.t(T::RoleParent).into(), Some(lang.t(T::RoleParentHint)), go(Step::Parent)) }
                    { choice(lang.t(T::RoleProfessional).into(), Some(lang.t(T::RoleProfessionalHint)),
                        finish.reform(|_| (Role::Professional, None, None, None))) }
                </ul>
            </>
        },
        Step::YoungPerson => {
            let children: Vec<(Id, Id, String)> = families
                .iter()
                .flat_map(|f| {
                    f.of_kind(PersonKind::Child)
                        .map(move |c| (f.id, c.id, texts::person_in_family(&c.name, &f.name)))
                })
                .collect();
            html! {
                <>
                    { back }
                    if children.is_empty() {
                        { bands(true) }
                        <h2>{ lang.t(T::ReceiveTitle) }</h2>
                        <p>{ lang.t(T::NoPlanYet) }</p>
                    } else {
                        <h1 id="page-title" tabindex="-1">{ lang.t(T::WhoAreYou) }</h1>
                        <p>{ lang.t(T::WhoAreYouHint) }</p>
                        <ul class="plain choices">
                            { for children.into_iter().map(|(family, child, label)| choice(label, None,
                                finish.reform(move |_| (Role::YoungPerson, Some(family), Some(child), None)))) }
                        </ul>
                        <h2>{ lang.t(T::NotInList) }</h2>
                        { bands(false) }
                    }
                    <button type="button" class="button wide" onclick={props.on_receive.reform(|_| ())}>
                        { lang.t(T::ReceiveTitle) }
                    </button>
                </>
            }
        }
        Step::Parent => {
            let load_demo = {
                let session = props.session.clone();
                let step = step.clone();
                let generation = generation.clone();
                let error = error.clone();
                let language = lang.lang;
                Callback::from(move |_| {
                    let session = session.clone();
                    let step = step.clone();
                    let generation = generation.clone();
                    let error = error.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match session.store_demo(language).await {
                            Ok(id) => {
                                generation.set(*generation + 1);
                                step.set(Step::ParentWho(id));
                            }
                            Err(e) => error.set(Some(e)),
                        }
                    });
                })
            };
            html! {
                <>
                    { back }
                    <h1 id="page-title" tabindex="-1">{ lang.t(T::WhichFamily) }</h1>
                    if families.is_empty() {
                        <p>{ lang.t(T::NoPlanForParent) }</p>
                    } else {
                        <p>{ lang.t(T::WhichFamilyHint) }</p>
                        <ul class="plain choices">
                            { for families.iter().map(|f| {
                                let id = f.id;
                                choice(f.name.clone(), None, go(Step::ParentWho(id)))
                            }) }
                        </ul>
                    }
                    <button type="button" class="button wide" onclick={props.on_receive.reform(|_| ())}>
                        { lang.t(T::ReceiveTitle) }
                    </button>
                    <button type="button" class="button wide" onclick={load_demo}>
                        { lang.t(T::LoadDemo) }
                    </button>
                </>
            }
        }
        Step::ParentWho(family_id) => {
            let family = families.iter().find(|f| f.id == family_id);
            let carers: Vec<(Id, String)> = family
                .map(|f| {
                    f.of_kind(PersonKind::Carer)
                        .map(|p| (p.id, p.name.clone()))
                        .collect()
                })
                .unwrap_or_default();
            html! {
                <>
                    <button type="button" class="button quiet" onclick={go(Step::Parent)}>
                        { lang.t(T::BackOneStep) }
                    </button>
                    <h1 id="page-title" tabindex="-1">{ lang.t(T::WhoAreYou) }</h1>
                    <p>{ lang.t(T::WhoAreYouHint) }</p>
                    <ul class="plain choices">
                        { for carers.into_iter().map(|(id, name)| choice(name, None,
                            finish.reform(move |_| (Role::Parent, Some(family_id), Some(id), None)))) }
                        { choice(lang.t(T::RatherNotSay).into(), None,
                            finish.reform(move |_| (Role::Parent, Some(family_id), None, None))) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <>
            if let Some(e) = &*error {
                <Notice message={lang.t(storage_text(e))} />
            }
            { body }
        </>
    }
}
