//! A QR code drawn by the app as SVG, from the QR module's modules (no image is fetched),
//! and the loop of codes of a package too large for one (issue 14).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::i18n::T;
use crate::ui::hooks::use_lang::use_lang;
use crate::ui::qr::{self, Animation, Modules};

/// How long each code of an animated one stays on screen: five a second.
const FRAME_MS: u32 = 200;

/// Props of [`QrCode`] and [`AnimatedCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub data: Rc<Vec<u8>>,
    /// What the code is, for screen readers ("Koppelcode van deze telefoon").
    pub label: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Drawn {
    Loading,
    Ready(Rc<Modules>),
    Unavailable,
}

/// The code, black on white with its quiet zone, as large as the screen allows.
fn svg(modules: &Modules, label: &AttrValue) -> Html {
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
            aria-label={label.clone()} shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

fn waiting_or_missing(drawn: &Drawn, lang: &crate::ui::hooks::use_lang::LangHandle) -> Html {
    match drawn {
        Drawn::Unavailable => {
            html! { <p class="notice" role="alert">{ lang.t(T::QrUnavailable) }</p> }
        }
        _ => html! { <p class="qr-wait" role="status">{ lang.t(T::QrMaking) }</p> },
    }
}

/// One code.
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
                drawn.set(modules.map_or(Drawn::Unavailable, |m| Drawn::Ready(Rc::new(m))));
            });
        });
    }
    match &*drawn {
        Drawn::Ready(modules) => svg(modules, &props.label),
        other => waiting_or_missing(other, &lang),
    }
}

/// A loop of codes, five a second, that the other phone's camera joins into the package
/// whatever frame it starts at and whichever it misses. It can be paused.
#[function_component]
pub fn AnimatedCode(props: &QrCodeProps) -> Html {
    let lang = use_lang();
    let drawn = use_state(|| Drawn::Loading);
    let paused = use_state(|| false);
    let animation: Rc<RefCell<Option<Animation>>> = use_mut_ref(|| None);
    {
        let (drawn, animation) = (drawn.clone(), animation.clone());
        use_effect_with(props.data.clone(), move |data| {
            let data = data.clone();
            let slot = animation.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let made = match qr::load().await {
                    Some(module) => module.animate(&data),
                    None => None,
                };
                match made {
                    Some(mut frames) => {
                        let first = frames.next_code();
                        *slot.borrow_mut() = Some(frames);
                        drawn.set(first.map_or(Drawn::Unavailable, |m| Drawn::Ready(Rc::new(m))));
                    }
                    None => drawn.set(Drawn::Unavailable),
                }
            });
            // The module's memory for these frames is freed with the screen.
            move || drop(animation.borrow_mut().take())
        });
    }
    {
        let (drawn, animation) = (drawn.clone(), animation.clone());
        use_effect_with(*paused, move |paused| {
            let ticking = (!*paused).then(|| {
                Interval::new(FRAME_MS, move || {
                    let next = animation
                        .borrow_mut()
                        .as_mut()
                        .and_then(Animation::next_code);
                    if let Some(modules) = next {
                        drawn.set(Drawn::Ready(Rc::new(modules)));
                    }
                })
            });
            move || drop(ticking)
        });
    }
    let toggle = {
        let paused = paused.clone();
        Callback::from(move |_| paused.set(!*paused))
    };
    match &*drawn {
        Drawn::Ready(modules) => html! {
            <div class="animated-code">
                { svg(modules, &props.label) }
                <button type="button" class="button wide" onclick={toggle}>
                    { lang.t(if *paused { T::CodesResume } else { T::CodesPause }) }
                </button>
            </div>
        },
        other => waiting_or_missing(other, &lang),
    }
}
