//! How one goal has gone over its review points: a line chart of the family's and the school's
//! ratings, a sentence that says the same in words, and a table that holds every value.
//!
//! Pure server-rendered SVG, no script. Nothing rests on colour: the family's line is solid with round
//! dots, the school's dashed with square ones; every step is labelled with its symbol and words; all
//! text is `currentColor`, so the chart follows the reading theme and prints in black and white.

mod geometry;

pub use geometry::ChartPoint;

use crate::i18n::{fl, use_i18n};
use crate::record::{Movement, Rating};
use geometry::{chart_geometry, enough_to_draw, ChartGeometry, ChartLabel, FONT_SIZE, LINE_HEIGHT};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

fn n(value: f32) -> String {
    // One decimal place is plenty, and keeps the HTML small.
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

fn polyline_points(run: &[(f32, f32)]) -> String {
    run.iter()
        .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn rating_words(i18n: &FluentLanguageLoader, rating: Rating) -> String {
    i18n.get(rating.message_id())
}

/// The sentence for one series: first and last rating with their review points, and the movement.
fn series_summary(
    i18n: &FluentLanguageLoader,
    points: &[ChartPoint],
    rating_of: impl Fn(&ChartPoint) -> Option<Rating>,
    school: bool,
) -> String {
    let rated: Vec<(&str, Rating)> = points
        .iter()
        .filter_map(|p| rating_of(p).map(|r| (p.label.as_str(), r)))
        .collect();
    match (rated.first(), rated.last()) {
        (Some(&(first_point, first)), Some(&(last_point, last))) if rated.len() >= 2 => {
            let movement =
                i18n.get(Movement::over(rated.iter().map(|(_, r)| Some(*r))).message_id());
            let first = rating_words(i18n, first);
            let last = rating_words(i18n, last);
            let first_point = first_point.to_string();
            let last_point = last_point.to_string();
            if school {
                fl!(
                    i18n,
                    "progress-summary-school",
                    first = (first),
                    first_point = (first_point),
                    last = (last),
                    last_point = (last_point),
                    movement = (movement)
                )
            } else {
                fl!(
                    i18n,
                    "progress-summary-family",
                    first = (first),
                    first_point = (first_point),
                    last = (last),
                    last_point = (last_point),
                    movement = (movement)
                )
            }
        }
        (Some(&(point, rating)), _) => {
            let rating = rating_words(i18n, rating);
            let point = point.to_string();
            if school {
                fl!(
                    i18n,
                    "progress-summary-school-one",
                    rating = (rating),
                    point = (point)
                )
            } else {
                fl!(
                    i18n,
                    "progress-summary-family-one",
                    rating = (rating),
                    point = (point)
                )
            }
        }
        _ if school => fl!(i18n, "progress-summary-school-none"),
        _ => fl!(i18n, "progress-summary-family-none"),
    }
}

/// A rating as the table shows it: symbol and words, or "Not rated". The symbol is hidden from screen
/// readers, which would otherwise read out the shape's name.
fn rating_cell(i18n: &FluentLanguageLoader, rating: Option<Rating>) -> AnyView {
    match rating {
        Some(rating) => view! {
            <td class="progress-rating">
                <span class="progress-symbol" aria-hidden="true">{rating.symbol()}</span>
                // A no-break space keeps the symbol on the line of the first word.
                "\u{a0}"
                {rating_words(i18n, rating)}
            </td>
        }
        .into_any(),
        None => view! { <td class="progress-rating progress-not-rated">{fl!(i18n, "progress-not-rated")}</td> }
            .into_any(),
    }
}

/// A text label in the SVG: one `<tspan>` per line.
fn svg_label(label: ChartLabel, anchor: &'static str, transform: Option<String>) -> impl IntoView {
    let x = n(label.x);
    let lines = label
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            // The first line is lowered by a third of its height so the text is centred on y.
            let dy = if i == 0 {
                "0.35em".to_string()
            } else {
                n(LINE_HEIGHT)
            };
            view! { <tspan x=x.clone() dy=dy>{line}</tspan> }
        })
        .collect_view();
    view! {
        <text x=n(label.x) y=n(label.y) text-anchor=anchor transform=transform fill="currentColor">
            {lines}
        </text>
    }
}

/// The chart itself; only called when there is enough to draw.
fn chart_svg(geometry: ChartGeometry, summary_id: String) -> impl IntoView {
    let view_box = format!("0 0 {} {}", n(geometry.width), n(geometry.height));
    let grid = geometry
        .step_ys
        .iter()
        .enumerate()
        .map(|(step, y)| {
            view! {
                <line
                    class="progress-grid"
                    x1=n(geometry.plot_start)
                    x2=n(geometry.plot_end)
                    y1=n(*y)
                    y2=n(*y)
                    stroke="currentColor"
                    stroke-width=if step == 0 { "1.5" } else { "1" }
                    stroke-opacity=if step == 0 { "0.9" } else { "0.3" }
                />
            }
        })
        .collect_view();
    let step_labels = geometry
        .step_labels
        .into_iter()
        .map(|label| svg_label(label, "end", None))
        .collect_view();
    let rotated = geometry.point_labels_rotated;
    let point_labels = geometry
        .point_labels
        .into_iter()
        .map(|label| {
            if rotated {
                let turn = format!(
                    "rotate(-{} {} {})",
                    n(geometry.point_label_degrees),
                    n(label.x),
                    n(label.y)
                );
                svg_label(label, "end", Some(turn)).into_any()
            } else {
                svg_label(label, "middle", None).into_any()
            }
        })
        .collect_view();
    let family = geometry
        .family
        .iter()
        .map(|run| {
            let line = (run.len() > 1).then(|| {
                view! {
                    <polyline
                        class="progress-line-family"
                        points=polyline_points(run)
                        fill="none"
                        stroke="currentColor"
                        stroke-width="3"
                        stroke-linejoin="round"
                    />
                }
            });
            let dots = run
                .iter()
                .map(|(x, y)| {
                    view! { <circle class="progress-marker-family" cx=n(*x) cy=n(*y) r="5" fill="currentColor" /> }
                })
                .collect_view();
            view! { {line} {dots} }
        })
        .collect_view();
    let school = geometry
        .school
        .iter()
        .map(|run| {
            let line = (run.len() > 1).then(|| {
                view! {
                    <polyline
                        class="progress-line-school"
                        points=polyline_points(run)
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                        stroke-dasharray="7 5"
                    />
                }
            });
            let squares = run
                .iter()
                .map(|(x, y)| {
                    view! {
                        <rect
                            class="progress-marker-school"
                            x=n(x - 6.0)
                            y=n(y - 6.0)
                            width="12"
                            height="12"
                            fill="none"
                            stroke="currentColor"
                            stroke-width="2"
                        />
                    }
                })
                .collect_view();
            view! { {line} {squares} }
        })
        .collect_view();
    view! {
        <svg
            class="progress-chart"
            viewBox=view_box
            role="img"
            aria-labelledby=summary_id
            focusable="false"
            direction="ltr"
            font-size=n(FONT_SIZE)
            xmlns="http://www.w3.org/2000/svg"
        >
            <g class="progress-grid-lines">{grid}</g>
            <g class="progress-step-labels">{step_labels}</g>
            <g class="progress-point-labels">{point_labels}</g>
            <g class="progress-school">{school}</g>
            <g class="progress-family">{family}</g>
        </svg>
    }
}

/// A small drawing of a line style and its marker, for the legend.
fn legend_key(school: bool) -> impl IntoView {
    let line = if school {
        view! { <line x1="2" x2="38" y1="8" y2="8" stroke="currentColor" stroke-width="2" stroke-dasharray="7 5" /> }
            .into_any()
    } else {
        view! { <line x1="2" x2="38" y1="8" y2="8" stroke="currentColor" stroke-width="3" /> }
            .into_any()
    };
    let marker = if school {
        view! { <rect class="progress-marker-school" x="14" y="2" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2" /> }
            .into_any()
    } else {
        view! { <circle cx="20" cy="8" r="5" fill="currentColor" /> }.into_any()
    };
    view! {
        <svg class="progress-key" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false">
            {line}
            {marker}
        </svg>
    }
}

/// How one goal has gone: a sentence, a chart (when there are two or more ratings to join) and a table.
#[component]
pub fn ProgressChart(
    /// Unique on the page; the chart's ids start with it.
    id: String,
    /// The goal, in the family's words: the table's caption.
    goal_outcome: String,
    /// The review points, oldest first.
    points: Vec<ChartPoint>,
    /// Words in another language than the page's (the review pack in English for school); the
    /// page's language when not given.
    #[prop(optional)]
    in_language: Option<&'static FluentLanguageLoader>,
) -> AnyView {
    let i18n = in_language.unwrap_or_else(use_i18n);
    let summary_id = format!("{id}-summary");
    let drawable = enough_to_draw(&points);

    let summary = if drawable {
        let family = series_summary(i18n, &points, |p| p.rating, false);
        let school = series_summary(i18n, &points, |p| p.school_rating, true);
        view! {
            <p class="progress-summary" id=summary_id.clone()>
                {family}
                " "
                {school}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="progress-summary progress-not-enough" id=summary_id.clone()>
                {fl!(i18n, "progress-not-enough")}
            </p>
        }
        .into_any()
    };

    let drawing = drawable.then(|| {
        let step_words: [String; 5] =
            Rating::ALL.map(|r| format!("{}\u{a0}{}", r.symbol(), rating_words(i18n, r)));
        let geometry = chart_geometry(&points, &step_words);
        view! {
            <div class="progress-drawing">
                {chart_svg(geometry, summary_id.clone())}
                <ul class="progress-legend">
                    <li class="progress-legend-item">
                        {legend_key(false)}
                        <span>{fl!(i18n, "progress-legend-family")}</span>
                    </li>
                    <li class="progress-legend-item">
                        {legend_key(true)}
                        <span>{fl!(i18n, "progress-legend-school")}</span>
                    </li>
                </ul>
            </div>
        }
    });

    let rows = points
        .into_iter()
        .map(|point| {
            view! {
                <tr>
                    <th scope="row">{point.label}</th>
                    {rating_cell(i18n, point.rating)}
                    {rating_cell(i18n, point.school_rating)}
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="progress" id=format!("{id}-chart")>
            {summary}
            {drawing}
            <table class="progress-table">
                <caption class="progress-caption" dir="auto">{goal_outcome}</caption>
                <thead>
                    <tr>
                        <th scope="col">{fl!(i18n, "progress-column-point")}</th>
                        <th scope="col">{fl!(i18n, "progress-column-family")}</th>
                        <th scope="col">{fl!(i18n, "progress-column-school")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
    // Erased here so pages that hold several charts stay within the compiler's type depth.
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_short() {
        assert_eq!(n(22.0), "22");
        assert_eq!(n(131.456), "131.5");
        assert_eq!(polyline_points(&[(1.0, 2.25), (3.0, 4.0)]), "1,2.3 3,4");
    }
}
