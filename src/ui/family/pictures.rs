//! The drawings for the youngest (issue 17): one per idea of a lesson, line drawings in the
//! app's own colours, each one path, so that they cost the app little. Which drawing goes
//! with which idea, and the words for it, are content: `domain::education::pictures`.

use yew::prelude::*;

use crate::domain::education::Picture;
use crate::domain::Language;

/// The drawing's lines, in a 48 x 48 box.
fn lines(picture: Picture) -> &'static str {
    match picture {
        Picture::House => "M6 24 24 9l18 15M11 20v21h26V20M20 41V31h8v10",
        Picture::Heart => "M24 40C9 29 6 19 12 13c5-5 10-2 12 2 2-4 7-7 12-2 6 6 3 16-12 27z",
        Picture::Cloud => "M14 31h21a7 7 0 0 0 0-14 10 10 0 0 0-19-2 8 8 0 0 0-2 16zM17 37l-2 5M25 37l-2 5M33 37l-2 5",
        Picture::Grownups => "M13 10a4 4 0 1 0 8 0 4 4 0 1 0-8 0M17 14v14M10 20h14M17 28l-5 12M17 28l5 12M30 22a3 3 0 1 0 6 0 3 3 0 1 0-6 0M33 25v8M24 28h14M33 33l-3 7M33 33l3 7",
        Picture::Ball => "M10 24a14 14 0 1 0 28 0 14 14 0 1 0-28 0M10 24h28M24 10c-6 8-6 20 0 28M24 10c6 8 6 20 0 28",
        Picture::Shield => "M24 6l14 6v10c0 10-6 17-14 20-8-3-14-10-14-20V12zM18 24l4 4 8-8",
        Picture::Tree => "M7 20a9 9 0 1 0 18 0 9 9 0 1 0-18 0M16 29v13M5 42h38M32 11a5 5 0 1 0 10 0 5 5 0 1 0-10 0M37 2v2M37 18v2M28 11h2M44 11h2",
        Picture::Plan => "M12 6h18l8 8v28H12zM30 6v8h8M17 22l2 2 4-4M26 22h7M17 31l2 2 4-4M26 31h7",
        Picture::Phone => "M17 6h14a3 3 0 0 1 3 3v30a3 3 0 0 1-3 3H17a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3zM21 37h6",
        Picture::People => "M8 17a4 4 0 1 0 8 0 4 4 0 1 0-8 0M20 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0M32 17a4 4 0 1 0 8 0 4 4 0 1 0-8 0M5 37c0-9 14-9 14 0M17 32c0-10 14-10 14 0M29 37c0-9 14-9 14 0",
        Picture::Faces => "M3 24a7 7 0 1 0 14 0 7 7 0 1 0-14 0M17 24a7 7 0 1 0 14 0 7 7 0 1 0-14 0M31 24a7 7 0 1 0 14 0 7 7 0 1 0-14 0M8 22h0M12 22h0M9 27a1 1 0 1 0 2 0 1 1 0 1 0-2 0M21 21l2 1M27 21l-2 1M21 27h6M36 22h0M40 22h0M36 28q2-2 4 0",
        Picture::Breathe => "M6 16c6-6 12 6 18 0s12 6 18 0M6 24c6-6 12 6 18 0s12 6 18 0M6 32c6-6 12 6 18 0s12 6 18 0",
        Picture::Bear => "M9 14a5 5 0 1 0 10 0 5 5 0 1 0-10 0M29 14a5 5 0 1 0 10 0 5 5 0 1 0-10 0M12 26a12 12 0 1 0 24 0 12 12 0 1 0-24 0M20 31a4 4 0 1 0 8 0 4 4 0 1 0-8 0M19 23h0M29 23h0",
        Picture::Gift => "M9 19h30v8H9zM11 27h26v14H11zM24 19v22M24 19c-4-8-12-8-10-2 2 3 10 2 10 2M24 19c4-8 12-8 10-2-2 3-10 2-10 2",
        Picture::Talk => "M8 10h32v22H22l-8 8v-8H8zM15 18h18M15 24h12",
        Picture::Door => "M14 42V8h20v34M8 42h32M30 27v2M24 21c-2-3-6-1-4 2l4 4 4-4c2-3-2-5-4-2z",
    }
}

/// The drawing, with its words for whoever cannot see it.
pub fn drawing(picture: Picture, language: Language) -> Html {
    html! {
        <svg class="idea-picture" viewBox="0 0 48 48" role="img" aria-label={picture.alt(language)}>
            <path d={lines(picture)} />
        </svg>
    }
}
