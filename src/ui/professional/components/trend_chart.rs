//! The trend of safety scores: an SVG chart drawn by the app (one line and one marker shape
//! per person, plan revisions marked), a legend, and the same numbers as a table for screen
//! readers and for reading exactly.

use chrono::{NaiveDate, NaiveDateTime};
use yew::prelude::*;

use crate::domain::SafetyScore;
use crate::i18n::plan::date;
use crate::i18n::professional::{date_time, revision_mark, trend_summary};
use crate::i18n::Language;
use crate::i18n::T;

/// The chart's coordinate box (the SVG scales it to the screen).
const WIDTH: i64 = 320;
const HEIGHT: i64 = 190;
const LEFT: i64 = 30;
const RIGHT: i64 = 16;
const TOP: i64 = 18;
const BOTTOM: i64 = 30;
/// How many colours (and marker shapes) there are before they repeat.
const STYLES: usize = 6;

/// One person's scores.
#[derive(Clone, PartialEq)]
pub struct TrendLine {
    pub label: AttrValue,
    pub points: Vec<(NaiveDateTime, SafetyScore)>,
}

/// Where everything lands in the coordinate box.
#[derive(Debug, PartialEq, Eq)]
pub struct Plot {
    pub lines: Vec<Vec<(i64, i64)>>,
    pub marks: Vec<i64>,
    /// The first and last moment shown.
    pub span: Option<(NaiveDateTime, NaiveDateTime)>,
}

fn minutes(t: NaiveDateTime) -> i64 {
    t.and_utc().timestamp() / 60
}

/// The y of a score: 10 at the top, 0 at the bottom.
pub fn y_of(score: SafetyScore) -> i64 {
    let max = i64::from(SafetyScore::MAX.value());
    TOP + (max - i64::from(score.value())) * (HEIGHT - TOP - BOTTOM) / max
}

/// Place the points of every line and the revision marks on a time axis that covers all of
/// them. A single moment sits in the middle. A revision is marked at the start of the day it
/// was agreed: it applies to that day's visits, so they sit to the right of its mark.
pub fn plot(lines: &[Vec<(NaiveDateTime, SafetyScore)>], marks: &[NaiveDate]) -> Plot {
    let start = |d: &NaiveDate| d.and_time(chrono::NaiveTime::MIN);
    let moments = lines
        .iter()
        .flatten()
        .map(|(t, _)| *t)
        .chain(marks.iter().map(start));
    let span = moments.fold(None, |span: Option<(NaiveDateTime, NaiveDateTime)>, t| {
        Some(span.map_or((t, t), |(a, b)| (a.min(t), b.max(t))))
    });
    let x_of = |t: NaiveDateTime| match span {
        Some((first, last)) if last > first => {
            LEFT + (minutes(t) - minutes(first)) * (WIDTH - LEFT - RIGHT)
                / (minutes(last) - minutes(first))
        }
        _ => LEFT + (WIDTH - LEFT - RIGHT) / 2,
    };
    Plot {
        lines: lines
            .iter()
            .map(|points| points.iter().map(|(t, s)| (x_of(*t), y_of(*s))).collect())
            .collect(),
        marks: marks.iter().map(|d| x_of(start(d))).collect(),
        span,
    }
}

/// A marker of style `style` at `(x, y)`: circle, square, triangle, diamond, cross, bar.
fn marker(style: usize, x: i64, y: i64) -> Html {
    let class = format!("marker series-{}", style % STYLES);
    match style % STYLES {
        0 => html! { <circle {class} cx={x.to_string()} cy={y.to_string()} r="4" /> },
        1 => {
            html! { <rect {class} x={(x - 4).to_string()} y={(y - 4).to_string()} width="8" height="8" /> }
        }
        2 => {
            html! { <path {class} d={format!("M{x} {}L{} {}L{} {}Z", y - 5, x + 5, y + 4, x - 5, y + 4)} /> }
        }
        3 => {
            html! { <path {class} d={format!("M{x} {}L{} {y}L{x} {}L{} {y}Z", y - 5, x + 5, y + 5, x - 5)} /> }
        }
        4 => html! {
            <path {class} d={format!("M{} {}L{} {}M{} {}L{} {}", x - 4, y - 4, x + 4, y + 4, x - 4, y + 4, x + 4, y - 4)} />
        },
        _ => {
            html! { <rect {class} x={(x - 5).to_string()} y={(y - 2).to_string()} width="10" height="4" /> }
        }
    }
}

/// The chart, its legend and its table. `moments` are the visits with a score, in time
/// order (the table's rows); `marks` the agreed revisions of the plan, `(day, revision)`.
/// A plain function, not a component: it keeps no state.
/// The two things the trend keeps apart (issue 18): the adults' judgement of whether the
/// child is safe enough, and how safe the children feel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendPart {
    Adults,
    Children,
}

impl TrendPart {
    pub fn title(self) -> T {
        match self {
            TrendPart::Adults => T::TrendAdults,
            TrendPart::Children => T::TrendChildren,
        }
    }

    fn caption(self) -> T {
        match self {
            TrendPart::Adults => T::TrendAdultsTable,
            TrendPart::Children => T::TrendChildrenTable,
        }
    }

    fn caption_id(self) -> &'static str {
        match self {
            TrendPart::Adults => "trend-adults-caption",
            TrendPart::Children => "trend-children-caption",
        }
    }
}

pub fn trend_chart(
    lang: Language,
    part: TrendPart,
    lines: &[TrendLine],
    moments: &[NaiveDateTime],
    marks: &[(NaiveDate, u32)],
) -> Html {
    if lines.is_empty() {
        let empty = match part {
            TrendPart::Adults => T::TrendEmpty,
            TrendPart::Children => T::TrendChildrenEmpty,
        };
        return html! { <p class="empty">{ empty.get(lang) }</p> };
    }
    let caption_id = part.caption_id();
    let moments: Vec<NaiveDateTime> = moments
        .iter()
        .filter(|t| {
            lines
                .iter()
                .any(|l| l.points.iter().any(|(at, _)| at == *t))
        })
        .copied()
        .collect();
    let points: Vec<Vec<(NaiveDateTime, SafetyScore)>> =
        lines.iter().map(|l| l.points.clone()).collect();
    let days: Vec<NaiveDate> = marks.iter().map(|(d, _)| *d).collect();
    let plotted = plot(&points, &days);
    let summary = trend_summary(
        lang,
        part.title().get(lang),
        &lines
            .iter()
            .map(|l| {
                (
                    l.label.to_string(),
                    l.points.iter().map(|(_, s)| *s).collect(),
                )
            })
            .collect::<Vec<_>>(),
    );
    let bottom = HEIGHT - BOTTOM;
    html! {
        <figure class="trend">
            <svg class="trend-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={summary}>
                { for [0u8, 5, 10].into_iter().filter_map(SafetyScore::new).map(|s| {
                    let y = y_of(s);
                    html! {
                        <>
                            <line class="grid" x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()}
                                y1={y.to_string()} y2={y.to_string()} />
                            <text class="axis" x={(LEFT - 6).to_string()} y={(y + 4).to_string()} text-anchor="end">{ s.value() }</text>
                        </>
                    }
                }) }
                { for plotted.marks.iter().zip(marks.iter()).map(|(x, (_, revision))| html! {
                    <>
                        <line class="revision" x1={x.to_string()} x2={x.to_string()}
                            y1={(TOP - 6).to_string()} y2={bottom.to_string()} />
                        <text class="axis" x={x.to_string()} y={(TOP - 8).to_string()} text-anchor="middle">
                            { revision_mark(*revision) }
                        </text>
                    </>
                }) }
                if let Some((first, last)) = plotted.span {
                    <text class="axis" x={LEFT.to_string()} y={(HEIGHT - 8).to_string()} text-anchor="start">
                        { date(lang, first.date()) }
                    </text>
                    if last.date() != first.date() {
                        <text class="axis" x={(WIDTH - RIGHT).to_string()} y={(HEIGHT - 8).to_string()} text-anchor="end">
                            { date(lang, last.date()) }
                        </text>
                    }
                }
                { for plotted.lines.iter().enumerate().map(|(i, line)| {
                    let path: Vec<String> = line.iter().map(|(x, y)| format!("{x},{y}")).collect();
                    html! {
                        <g>
                            <polyline class={format!("line series-{}", i % STYLES)} points={path.join(" ")} />
                            { for line.iter().map(|(x, y)| marker(i, *x, *y)) }
                        </g>
                    }
                }) }
            </svg>
            <ul class="plain legend">
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <li>
                        <svg class="swatch" viewBox="0 0 20 12" aria-hidden="true" focusable="false">
                            <line class={format!("line series-{}", i % STYLES)} x1="0" x2="20" y1="6" y2="6" />
                            { marker(i, 10, 6) }
                        </svg>
                        { line.label.clone() }
                    </li>
                }) }
            </ul>
            <div class="table-wrap" role="region" aria-labelledby={caption_id} tabindex="0">
                <table class="trend-table">
                    <caption id={caption_id}>{ part.caption().get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ T::TrendVisit.get(lang) }</th>
                            { for lines.iter().map(|l| html! { <th scope="col">{ l.label.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for moments.iter().map(|t| html! {
                            <tr>
                                <th scope="row">{ date_time(lang, *t) }</th>
                                { for lines.iter().map(|l| html! {
                                    <td>{ l.points.iter().find(|(at, _)| at == t)
                                        .map_or_else(|| "–".to_string(), |(_, s)| s.to_string()) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn s(n: u8) -> SafetyScore {
        SafetyScore::new(n).unwrap()
    }

    #[test]
    fn scores_run_from_the_bottom_to_the_top() {
        assert_eq!(y_of(s(10)), TOP);
        assert_eq!(y_of(s(0)), HEIGHT - BOTTOM);
        assert!(y_of(s(4)) > y_of(s(5)));
        // Never outside the box: a score above 10 cannot exist.
        assert!(SafetyScore::new(200).is_none());
    }

    #[test]
    fn time_spreads_over_the_width_in_proportion() {
        let lines = vec![
            vec![(at(1, 12), s(3)), (at(11, 12), s(5))],
            vec![(at(21, 12), s(7))],
        ];
        let p = plot(&lines, &[]);
        assert_eq!(p.lines[0][0], (LEFT, y_of(s(3))));
        assert_eq!(p.lines[1][0], (WIDTH - RIGHT, y_of(s(7))));
        // Ten days of twenty: halfway.
        assert_eq!(p.lines[0][1].0, LEFT + (WIDTH - LEFT - RIGHT) / 2);
        assert_eq!(p.span, Some((at(1, 12), at(21, 12))));
    }

    #[test]
    fn one_visit_sits_in_the_middle_and_marks_widen_the_axis() {
        let lines = vec![vec![(at(10, 12), s(6))]];
        let middle = LEFT + (WIDTH - LEFT - RIGHT) / 2;
        assert_eq!(plot(&lines, &[]).lines[0][0].0, middle);
        let marked = plot(&lines, &[NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()]);
        assert_eq!(marked.lines[0][0].0, LEFT);
        assert_eq!(marked.marks, vec![WIDTH - RIGHT]);
        assert_eq!(plot(&[], &[]).span, None);
    }

    #[test]
    fn a_revision_agreed_on_the_day_of_a_visit_is_marked_before_it() {
        let lines = vec![vec![(at(10, 9), s(4)), (at(20, 8), s(6))]];
        let agreed = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let p = plot(&lines, &[agreed]);
        assert!(p.marks[0] < p.lines[0][1].0);
        assert!(p.marks[0] > p.lines[0][0].0);
    }
}
