//! The professional's parts of the shell's screens (see `ui::shell::slots`): the
//! professional's screens themselves, and what the lock and the settings add on a
//! professional's device.

use yew::prelude::*;

use crate::i18n::T;
use crate::service::{Gate, Session};
use crate::ui::components::select_field::SelectField;
use crate::ui::env;
use crate::ui::hooks::use_lang::{use_lang, LangHandle};
use crate::ui::shell::screen::{ProScreen, Screen};

use super::backup::EraseBackupOffer;
use super::ProfessionalScreens;

/// A professional's screen.
pub fn professional_screen(
    session: &Session,
    screen: ProScreen,
    show: &Callback<Screen>,
    go: &Callback<Screen>,
    back: &Callback<()>,
) -> Html {
    html! {
        <ProfessionalScreens session={session.clone()} {screen}
            show={show.reform(Screen::Pro)} go={go.reform(Screen::Pro)} back={back.clone()} />
    }
}

/// Before erasing at the lock: how many recorded visits would go, and the day of the last
/// backup.
pub fn erase_at_stake(gate: &Gate) -> Html {
    html! { <EraseAtStake gate={gate.clone()} /> }
}

/// How many days a record may be in no backup before the caseload asks.
pub fn backup_days_setting(lang: &LangHandle, backup_days: &UseStateHandle<i64>) -> Html {
    html! {
        <SelectField id="backup-days" label={lang.t(T::BackupDaysLabel)}
            value={backup_days.to_string()}
            options={env::BACKUP_DAYS_CHOICES.iter().map(|d| (AttrValue::from(d.to_string()), AttrValue::from(crate::i18n::professional::days(lang.lang, *d)))).collect::<Vec<_>>()}
            onchange={Callback::from({
                let backup_days = backup_days.clone();
                move |v: String| if let Ok(d) = v.parse::<i64>() {
                    env::set_backup_days(d);
                    backup_days.set(d);
                }
            })} />
    }
}

/// Before erasing from the settings: what is in no backup, and a way to make one.
pub fn erase_backup_offer(session: &Session, on_home: &Callback<()>) -> Html {
    html! { <EraseBackupOffer session={session.clone()} on_backup={on_home.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct EraseAtStakeProps {
    gate: Gate,
}

#[function_component]
fn EraseAtStake(props: &EraseAtStakeProps) -> Html {
    let lang = use_lang();
    let at_stake = use_state(|| None::<(usize, Option<chrono::DateTime<chrono::Utc>>)>);
    {
        let (at_stake, gate) = (at_stake.clone(), props.gate.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                at_stake.set(Some(gate.at_stake().await));
            });
        });
    }
    match *at_stake {
        Some((visits, last)) if visits > 0 => html! {
            <p class="notice-soft">
                { crate::i18n::professional::erase_loses(lang.lang, visits, last.map(env::local_date)) }
            </p>
        },
        _ => html! {},
    }
}
