//! The help lines, each one tap away, with their facts (free, hours, chat, for whom) made from
//! the data in `domain::help_line`, and the day those facts were checked.

use yew::prelude::*;

use crate::domain::{help_lines_for, AgeBand, HELP_LINES};
use crate::i18n::{call_name, help_line_facts, help_line_purpose, help_lines_checked, T};
use crate::ui::hooks::use_lang::use_lang;

/// Props of [`HelpLines`].
#[derive(Properties, PartialEq)]
pub struct HelpLinesProps {
    /// The young person's band (`None`: a parent or carer): 113 is shown from 12 on.
    pub band: Option<AgeBand>,
}

/// The help-lines section.
#[function_component]
pub fn HelpLines(props: &HelpLinesProps) -> Html {
    let lang = use_lang();
    let checked = HELP_LINES
        .iter()
        .map(|l| l.checked.date())
        .min()
        .unwrap_or_default();
    html! {
        <section class="help-lines" aria-labelledby="help-title">
            <h2 id="help-title">{ lang.t(T::HelpTitle) }</h2>
            <p>{ lang.t(T::HelpIntro) }</p>
            <ul class="plain">
                { for help_lines_for(props.band).map(|line| {
                    // "Bel 112", "Bel De Kindertelefoon 0800-0432": the number never wraps.
                    let number = (line.name != line.display).then(|| html! {
                        <>{ " " }<span class="nowrap">{ line.display }</span></>
                    });
                    html! {
                        <li class="help-line">
                            <a class="button call" href={line.tel_uri()}>
                                { call_name(lang.lang, line.name) }{ number }
                            </a>
                            <p>{ help_line_purpose(lang.lang, line.kind) }</p>
                            <p class="help-facts">{ help_line_facts(lang.lang, line) }</p>
                        </li>
                    }
                }) }
            </ul>
            <p class="help-checked">{ help_lines_checked(lang.lang, checked) }</p>
        </section>
    }
}
