//! A 0-10 safety scale of large tiles: the young person's check-in and the scores on a
//! home visit. Young children get a picture scale of faces.

use yew::prelude::*;

use crate::domain::SafetyScore;
use crate::i18n::home::{clear_score, no_score};
use crate::i18n::Language;

/// A face from sad (0) to happy (10), for the youngest.
pub fn face(score: SafetyScore) -> Html {
    // Whole numbers only: formatting a float would pull float printing into the wasm.
    let curve = 30 + (i32::from(score.value()) - 5) * 2;
    html! {
        <svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle cx="24" cy="24" r="18" />
            <circle cx="18" cy="20" r="2" class="eye" /><circle cx="30" cy="20" r="2" class="eye" />
            <path d={format!("M15 30Q24 {curve} 33 30")} />
        </svg>
    }
}

/// A 0-10 scale to show.
pub struct Scale {
    /// The fieldset's id and the radio group's name.
    pub id: String,
    /// The question, as the group's legend.
    pub legend: String,
    pub value: Option<SafetyScore>,
    /// Faces with the numbers, for young children.
    pub faces: bool,
    /// A problem, already translated.
    pub error: Option<&'static str>,
    /// Offer "Geen cijfer" to take a chosen score away again.
    pub clearable: bool,
    /// What 0 and 10 mean on this scale, shown under the question: its element id and the
    /// text (`None` on the young person's own scale).
    pub anchors: Option<(String, Html)>,
    /// How a score is said to a screen reader on this scale.
    pub label: fn(Language, SafetyScore) -> String,
    pub on_change: Callback<Option<SafetyScore>>,
}

/// The scale: one radio button a score, each a large tile. A plain function, not a
/// component: it keeps no state, and every component type costs WebAssembly.
pub fn score_scale(lang: Language, scale: Scale) -> Html {
    let Scale {
        id,
        legend,
        value,
        faces,
        error,
        clearable,
        anchors,
        label,
        on_change,
    } = scale;
    let error_id = format!("{id}-error");
    let described = match (error.is_some(), &anchors) {
        (true, Some((anchors_id, _))) => Some(format!("{error_id} {anchors_id}")),
        (true, None) => Some(error_id.clone()),
        (false, Some((anchors_id, _))) => Some(anchors_id.clone()),
        (false, None) => None,
    };
    html! {
        <fieldset id={id.clone()} tabindex="-1" class={classes!("scale", faces.then_some("with-faces"))}
            aria-describedby={described}>
            <legend>{ &legend }</legend>
            if let Some((_, anchors)) = anchors {
                { anchors }
            }
            if let Some(error) = error {
                <p class="field-error" id={error_id}>{ error }</p>
            }
            <div class="scale-options">
                { for SafetyScore::all().map(|n| {
                    let chosen = value == Some(n);
                    html! {
                        <label class={classes!("scale-option", chosen.then_some("chosen"))}>
                            <input type="radio" name={id.clone()} value={n.to_string()} checked={chosen}
                                aria-label={label(lang, n)}
                                onchange={on_change.reform(move |_| Some(n))} />
                            if faces { { face(n) } }
                            <span aria-hidden="true">{ n.value() }</span>
                        </label>
                    }
                }) }
            </div>
            if clearable && value.is_some() {
                <button type="button" class="button quiet clear-score"
                    aria-label={clear_score(lang, &legend)}
                    onclick={on_change.reform(|_| None)}>
                    { no_score(lang) }
                </button>
            }
        </fieldset>
    }
}
