//! "Plan ontvangen": this phone's pairing code (its id and public keys, nothing about the
//! person), for the professional's phone to scan.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::T;
use crate::service::Session;
use crate::ui::components::notice::Notice;
use crate::ui::components::qr_code::QrCode;
use crate::ui::errors::storage_text;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::kit::load::use_load;

/// Props of [`ReceivePage`].
#[derive(Properties, PartialEq)]
pub struct ReceivePageProps {
    pub session: Session,
    pub on_back: Callback<()>,
}

/// The pairing code, large enough to scan across a table.
#[function_component]
pub fn ReceivePage(props: &ReceivePageProps) -> Html {
    let lang = use_lang();
    let session = props.session.clone();
    let code = use_load((), move |_| async move {
        session.pairing_code().await.map(Rc::new)
    });
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ lang.t(T::ReceiveTitle) }</h1>
            { match &*code {
                None => html! { <p role="status">{ lang.t(T::Loading) }</p> },
                Some(Err(e)) => html! { <Notice message={lang.t(storage_text(e))} /> },
                Some(Ok(bytes)) => html! {
                    <QrCode data={bytes.clone()} label={lang.t(T::ReceiveCodeLabel)} />
                },
            } }
            // Below the code, so the code stays clear of the "Snel weg" button.
            <p>{ lang.t(T::ReceiveIntro) }</p>
            <button type="button" class="button wide" onclick={props.on_back.reform(|_| ())}>
                { lang.t(T::BackOneStep) }
            </button>
        </>
    }
}
