//! A QR code drawn by the app as SVG, from the QR module's modules (no image is fetched).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::T;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::qr::{self, Modules};

/// Props of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub data: Rc<Vec<u8>>,
    /// What the code is, for screen readers ("Koppelcode van deze telefoon").
    pub label: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Drawn {
    Loading,
    Ready(Modules),
    Unavailable,
}

/// The code, black on white with its quiet zone, as large as the screen allows.
#[function_component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let lang = use_lang();
    let drawn = use_state(|| Drawn::Loading);
    {
        let drawn = drawn.clone();
        use_effect_with(props.data.clone(), move |data| {
            let data = data.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let modules = match qr::load().await {
                    Some(module) => module.encode(&data),
                    None => None,
                };
                drawn.set(modules.map_or(Drawn::Unavailable, Drawn::Ready));
            });
        });
    }
    match &*drawn {
        Drawn::Loading => html! { <p class="qr-wait" role="status">{ lang.t(T::QrMaking) }</p> },
        Drawn::Unavailable => {
            html! { <p class="notice" role="alert">{ lang.t(T::QrUnavailable) }</p> }
        }
        Drawn::Ready(modules) => {
            let side = modules.size + 8;
            let mut path = String::with_capacity(modules.size * modules.size * 4);
            for (i, dark) in modules.dark.iter().enumerate() {
                if *dark {
                    let (x, y) = (i % modules.size + 4, i / modules.size + 4);
                    path.push_str(&format!("M{x} {y}h1v1h-1z"));
                }
            }
            html! {
                <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img"
                    aria-label={props.label.clone()} shape-rendering="crispEdges">
                    <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={path} fill="#000" />
                </svg>
            }
        }
    }
}
