//! What frames every screen: the top bar (lock, settings, language), a young person's
//! tabs, and the "Snel weg" button.

use yew::prelude::*;

use crate::i18n::{L, T};
use crate::ui::hooks::use_lang::LangHandle;

use super::guards::{lock_now, quick_exit};
use super::screen::Screen;

/// The top bar. `named`: the app's name shows (the family's app shows it only unlocked, so
/// its lock screen says nothing of what it guards); `ready`: unlocked (the padlock shows);
/// `settings`: the settings button, with whether they are open.
pub fn top_bar(
    lang: &LangHandle,
    named: bool,
    ready: bool,
    settings: Option<(bool, Callback<()>)>,
) -> Html {
    let switch_lang = {
        let handle = lang.clone();
        Callback::from(move |_| handle.switch())
    };
    html! {
        <header class="top-bar">
            <span class="app-name">{ if named { lang.t(L::AppName) } else { "" } }</span>
            if ready {
                <button type="button" class="button quiet settings-button"
                    aria-label={lang.t(L::LockNow)} onclick={Callback::from(|_| lock_now())}>
                    { padlock() }
                </button>
            }
            if let Some((open, on_settings)) = settings {
                <button type="button" class="button quiet settings-button"
                    aria-label={lang.t(L::SettingsTitle)}
                    aria-current={open.then_some("page")}
                    onclick={on_settings.reform(|_| ())}>
                    { gear() }
                </button>
            }
            <button type="button" class="button quiet lang-switch" lang={lang.lang.other().code()}
                onclick={switch_lang}>
                { lang.t(L::SwitchLanguage) }
            </button>
        </header>
    }
}

/// The navigation between top-level screens (a young person's three).
pub fn tabs(
    lang: &LangHandle,
    tabs: Vec<(Screen, T)>,
    current: Screen,
    go: &Callback<Screen>,
) -> Html {
    if tabs.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="tabs" aria-label={lang.t(T::NavMenu)}>
            { for tabs.into_iter().map(|(top, label)| {
                let here = current.top() == top;
                html! {
                    <button type="button" class={classes!("tab", here.then_some("current"))}
                        aria-current={here.then_some("page")}
                        onclick={go.reform(move |_| top)}>
                        { lang.t(label) }
                    </button>
                }
            }) }
        </nav>
    }
}

/// "Snel weg": always one tap away on a family's screens.
pub fn quick_exit_button(lang: &LangHandle) -> Html {
    html! {
        // `data-quick-exit`: the start script's fallback leaves too, should the app have died.
        <button type="button" class="quick-exit" data-quick-exit="true"
            onclick={Callback::from(|_| quick_exit())}>
            { lang.t(L::QuickExit) }
        </button>
    }
}

/// The settings icon: two sliders.
fn gear() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 7h10M19 7h2M3 17h2M11 17h10" />
            <circle cx="16" cy="7" r="2.5" /><circle cx="8" cy="17" r="2.5" />
        </svg>
    }
}

/// The lock icon.
fn padlock() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </svg>
    }
}
