//! The explicit step from a draft to an agreed revision, and the list of revisions.

use yew::prelude::*;

use super::section_id;
use crate::domain::plan::toggle;
use crate::domain::{
    Acknowledgement, Approval, Family, Id, PersonKind, PlanPart, PlanProblem, SafetyPlan,
};
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::service::Session;
use crate::service::StorageError;
use crate::ui::components::notice::Notice;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::professional::components::people_picker::PeoplePicker;

/// Props of [`AgreeSection`].
#[derive(Properties, PartialEq)]
pub struct AgreeSectionProps {
    pub family: Family,
    pub plan: SafetyPlan,
    pub revisions: Vec<SafetyPlan>,
    pub problems: Vec<PlanProblem>,
    /// The revision just recorded, for the confirmation.
    pub agreed: Option<u32>,
    pub session: Session,
    pub on_result: Callback<Result<SafetyPlan, Vec<PlanProblem>>>,
    pub on_go_to: Callback<PlanPart>,
    pub on_view: Callback<Option<u32>>,
    /// Changes when answers came back from a family member's phone: read them again.
    #[prop_or_default]
    pub answers: u32,
}

/// "Plan afspreken" with who agreed and when, and the earlier versions.
#[function_component]
pub fn AgreeSection(props: &AgreeSectionProps) -> Html {
    let lang = use_lang();
    // Parents and carers agree by default; anyone can be added or taken off.
    let by = use_state(|| {
        props
            .family
            .of_kind(PersonKind::Carer)
            .map(|p| p.id)
            .collect::<Vec<Id>>()
    });
    let on = use_state(|| env::today().to_string());
    let error = use_state(|| None::<StorageError>);
    // Parents' answers: made on this device, or come back from their phones.
    let acks = use_state(Vec::<Acknowledgement>::new);
    {
        let acks = acks.clone();
        let session = props.session.clone();
        let family = props.family.id;
        use_effect_with((family, props.answers), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(listing) = session.acknowledgements(family).await {
                    acks.set(listing.items);
                }
            });
        });
    }

    let agree = {
        let by = by.clone();
        let on = on.clone();
        let error = error.clone();
        let family = props.family.clone();
        let plan = props.plan.clone();
        let session = props.session.clone();
        let on_result = props.on_result.clone();
        Callback::from(move |_| {
            let approval = Approval {
                on: on.parse().unwrap_or_else(|_| env::today()),
                by: (*by).clone(),
            };
            match plan.agree(&family, approval, session.author(), env::now()) {
                Err(problems) => {
                    on_result.emit(Err(problems));
                    env::focus_id("agree-problems");
                }
                Ok(agreed) => {
                    let session = session.clone();
                    let family = family.clone();
                    let plan = plan.clone();
                    let on_result = on_result.clone();
                    let error = error.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let stored = session.agree(&family, &plan, &agreed).await;
                        match stored {
                            Ok(()) => {
                                error.set(None);
                                on_result.emit(Ok(agreed));
                                env::focus_id("agree-done");
                            }
                            Err(e) => error.set(Some(e)),
                        }
                    });
                }
            }
        })
    };

    let mut revisions = props.revisions.clone();
    revisions.sort_by_key(|r| std::cmp::Reverse(r.revision));
    html! {
        <section class="agree" aria-labelledby="agree-title">
            <h2 id="agree-title">{ lang.t(T::AgreeTitle) }</h2>
            <p>{ lang.t(T::AgreeIntro) }</p>
            if !props.problems.is_empty() {
                <div class="form-problems" id="agree-problems" tabindex="-1" role="alert">
                    <p>{ lang.t(T::AgreeProblems) }</p>
                    <ul>
                        { for props.problems.iter().map(|problem| {
                            let part = problem.part();
                            html! {
                                <li>
                                    { texts::problem(lang.lang, problem, &props.family) }{ " " }
                                    <a href={format!("#{}", section_id(part))} class="inline-link"
                                        aria-label={format!("{}: {}", lang.t(T::GoToSection), lang.t(texts::part(part)))}
                                        onclick={props.on_go_to.reform(move |e: MouseEvent| { e.prevent_default(); part })}>
                                        { lang.t(T::GoToSection) }
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            if let Some(n) = props.agreed {
                <p class="status confirmed" id="agree-done" tabindex="-1" role="status">{ texts::agreed(lang.lang, n) }</p>
            }
            if let Some(e) = &*error {
                <Notice message={lang.t(storage_text(e))} />
            }
            <PeoplePicker id="agreed-by" legend={lang.t(T::AgreedBy)}
                people={props.family.people.iter().filter(|p| p.kind != PersonKind::Child)
                    .map(|p| (p.id, AttrValue::from(p.name.clone()))).collect::<Vec<_>>()}
                selected={(*by).clone()}
                on_toggle={Callback::from({ let by = by.clone(); move |id| {
                    let mut next = (*by).clone();
                    toggle(&mut next, id);
                    by.set(next);
                }})} />
            <TextField id="agreed-on" label={lang.t(T::AgreedOn)} input_type="date" value={(*on).clone()}
                oninput={Callback::from({ let on = on.clone(); move |v: String| on.set(v) })} />
            <button type="button" class="button primary wide" onclick={agree}>{ lang.t(T::AgreePlan) }</button>

            <h2 id="revisions-title">{ lang.t(T::RevisionsTitle) }</h2>
            if revisions.is_empty() {
                <p>{ lang.t(T::NoRevisions) }</p>
            } else {
                <ul class="plain revisions">
                    { for revisions.iter().map(|r| {
                        let n = r.revision;
                        let line = texts::revision_line(lang.lang, r, &props.family);
                        html! {
                            <li class="revision">
                                <p>{ line.clone() }</p>
                                { for acks.iter().filter(|a| a.revision == n).map(|a| {
                                    let names: Vec<&str> = a.by.iter().map(|id| props.family.name_of(*id)).collect();
                                    html! { <p class="hint">{ crate::i18n::home::answer_line(lang.lang, names, a.answer, a.on, &a.words) }</p> }
                                }) }
                                <button type="button" class="button quiet"
                                    aria-label={format!("{}: {line}", lang.t(T::ViewPlan))}
                                    onclick={props.on_view.reform(move |_| Some(n))}>
                                    { lang.t(T::ViewPlan) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
