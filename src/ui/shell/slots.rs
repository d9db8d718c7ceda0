//! The places where the shell shows a part of the professional's app. With `ui.rs`, which
//! declares `ui::professional`, and `main.rs`, which picks the app to mount, this is where the
//! "professional" feature decides what the shell holds: the professional's app has these
//! parts (`ui::professional::slots`); the family's app has nothing in their place, or, for a
//! professional's screen, the hand-over to the professional's app.

/// Is this build the professional's app (the complete one), or the family's?
pub const PROFESSIONAL_APP: bool = cfg!(feature = "professional");

#[cfg(feature = "professional")]
pub use crate::ui::professional::slots::*;

#[cfg(not(feature = "professional"))]
pub use family::*;

/// The family's app: nothing of the professional's.
#[cfg(not(feature = "professional"))]
mod family {
    use yew::prelude::*;

    use crate::service::{Gate, Session};
    use crate::ui::hooks::use_lang::LangHandle;
    use crate::ui::shell::screen::{ProScreen, Screen};

    /// A professional's screen: the family's app has none, so it hands over to the
    /// professional's app (or says why it cannot).
    pub fn professional_screen(
        _: &Session,
        _: ProScreen,
        _: &Callback<Screen>,
        _: &Callback<Screen>,
        _: &Callback<()>,
    ) -> Html {
        html! { <crate::ui::shell::switch_app::SwitchAppPage /> }
    }

    /// Before erasing at the lock: a family's phone records no visits, nothing to say.
    pub fn erase_at_stake(_: &Gate) -> Html {
        Html::default()
    }

    /// The family's app has no backup and no words for it.
    pub fn backup_days_setting(_: &LangHandle, _: &UseStateHandle<i64>) -> Html {
        Html::default()
    }

    /// The family's app has no backup to offer before erasing.
    pub fn erase_backup_offer(_: &Session, _: &Callback<()>) -> Html {
        Html::default()
    }
}
