//! The help lines, each one tap away: 112, De Kindertelefoon, Veilig Thuis.

use yew::prelude::*;

use crate::domain::HELP_LINES;
use crate::i18n::{call_name, help_line_purpose, T};
use crate::ui::hooks::use_lang::use_lang;

/// The help-lines section.
#[function_component]
pub fn HelpLines() -> Html {
    let lang = use_lang();
    html! {
        <section class="help-lines" aria-labelledby="help-title">
            <h2 id="help-title">{ lang.t(T::HelpTitle) }</h2>
            <p>{ lang.t(T::HelpIntro) }</p>
            <ul class="plain">
                { for HELP_LINES.iter().map(|line| {
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
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
