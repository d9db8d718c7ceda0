//! The professional's screens: the caseload, the plan editor and its print view, home
//! visits, evaluations and the trend. Only the professional's app contains this module
//! (`ui.rs` declares it under the `professional` feature); the family's app hands over on
//! reaching any [`ProScreen`].

pub mod backup;
pub mod caseload;
pub mod colleague;
pub mod components;
pub mod evaluation;
pub mod export;
pub mod monitoring;
pub mod new_family;
pub mod phones;
pub mod plan_editor;
pub mod plan_view;
pub mod slots;
pub mod visit;

use yew::prelude::*;

use crate::domain::Id;
use crate::service::Session;
use crate::ui::shell::screen::ProScreen;

use caseload::CaseloadPage;
use evaluation::EvaluationPage;
use monitoring::{MonitoringPage, News};
use new_family::NewFamilyPage;
use plan_editor::PlanEditor;
use plan_view::PlanView;
use visit::VisitPage;

/// Props of [`ProfessionalScreens`].
#[derive(Properties, PartialEq)]
pub struct ProfessionalScreensProps {
    pub session: Session,
    pub screen: ProScreen,
    /// Into a deeper screen, with a history entry.
    pub show: Callback<ProScreen>,
    /// Sideways or replacing this screen, without a history entry.
    pub go: Callback<ProScreen>,
    /// The back button.
    pub back: Callback<()>,
}

/// The professional's screen `screen`. It stays mounted while the professional moves
/// between their screens, so what a form just did (a visit recorded, a draft thrown away)
/// can be said on the family's monitoring screen it returns to.
#[function_component]
pub fn ProfessionalScreens(props: &ProfessionalScreensProps) -> Html {
    let news = use_state(|| None::<(Id, News)>);
    {
        // What was said belongs to the monitoring screen it was said on: leaving it ends it.
        let news = news.clone();
        use_effect_with(props.screen, move |screen| {
            if !matches!(screen, ProScreen::Monitoring(_)) && news.is_some() {
                news.set(None);
            }
        });
    }
    let ProfessionalScreensProps {
        session,
        screen,
        show,
        go,
        back,
    } = props;
    let session = session.clone();
    // Back to a family's monitoring screen, saying what happened there; the form it leaves
    // is replaced, so no history entry.
    let announce = |family: Id| {
        let (news, go) = (news.clone(), go.clone());
        Callback::from(move |said: News| {
            news.set(Some((family, said)));
            go.emit(ProScreen::Monitoring(family));
        })
    };
    match *screen {
        ProScreen::Caseload => html! {
            <CaseloadPage {session}
                on_open={show.reform(ProScreen::Family)}
                on_visit={show.reform(|(family, visit)| ProScreen::Visit(family, visit))}
                on_new={show.reform(|_| ProScreen::NewFamily)}
                on_receive_case={show.reform(|_| ProScreen::ReceiveCase)} />
        },
        ProScreen::ReceiveCase => html! {
            <colleague::ReceiveCasePage {session} on_back={back.clone()}
                on_open={go.reform(ProScreen::Family)} />
        },
        ProScreen::HandOver(id) => html! {
            <colleague::HandOverPage key={id.to_string()} {session} family={id}
                on_back={back.clone()} on_closed={go.reform(|_| ProScreen::Caseload)} />
        },
        ProScreen::NewFamily => html! {
            <NewFamilyPage {session} on_created={go.reform(ProScreen::Family)}
                on_cancel={back.clone()} />
        },
        ProScreen::Monitoring(id) => {
            let said = news.as_ref().filter(|(f, _)| *f == id).map(|(_, n)| *n);
            html! {
                <MonitoringPage key={id.to_string()} {session} family={id} news={said}
                    on_back={back.clone()} on_plan={go.reform(move |_| ProScreen::Family(id))}
                    on_open_visit={show.reform(move |visit| ProScreen::Visit(id, visit))}
                    on_evaluate={show.reform(move |_| ProScreen::Evaluation(id))} />
            }
        }
        ProScreen::Visit(family, visit) => html! {
            <VisitPage key={format!("{family}-{visit}")} {session} {family} {visit}
                on_back={back.clone()} on_done={announce(family)} />
        },
        ProScreen::Evaluation(family) => html! {
            <EvaluationPage key={family.to_string()} {session} {family}
                on_back={back.clone()} on_done={announce(family)}
                on_adjust={go.reform(move |_| ProScreen::Family(family))} />
        },
        ProScreen::Family(id) => html! {
            <PlanEditor key={id.to_string()} {session} family={id}
                on_back={back.clone()}
                on_visits={go.reform(move |_| ProScreen::Monitoring(id))}
                on_view={show.reform(move |revision| ProScreen::PlanView(id, revision))}
                on_pair={show.reform(move |_| ProScreen::Pair(id))}
                on_hand_over={show.reform(move |_| ProScreen::HandOver(id))} />
        },
        ProScreen::Pair(id) => html! {
            <phones::PairPage key={id.to_string()} {session} family={id} on_back={back.clone()} />
        },
        ProScreen::PlanView(id, revision) => html! {
            <PlanView key={format!("{id}-{revision:?}")} {session} family={id}
                {revision} on_back={back.clone()} />
        },
    }
}
