//! Progress: how each goal has gone over the review points. First, for this school year, which goals
//! moved on, stayed the same or went back; then each goal's chart and table (SVG and HTML, no script).

use crate::components::{
    ChartPoint, ChildNav, PageTitle, ProgressChart, RecordSection, WithSymbol, WithTerms,
};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record::dates::Date;
use crate::record::goal::GoalState;
use crate::record::saved::in_school_order;
use crate::record::saved::{SavedGoal, SavedReviewPoint};
use crate::record::{Movement, Rating, SchoolYear, Term};
use crate::record_page::record_view;
use crate::words::{long_date, rating_words, review_point_name};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// The family's ratings of a goal at this school year's review points, in the order they were held.
pub fn ratings_in_year(
    goal_id: i64,
    points: &[SavedReviewPoint],
    year: SchoolYear,
) -> Vec<Option<Rating>> {
    points
        .iter()
        .filter(|p| p.school_year == year)
        .map(|p| p.for_goal(goal_id).and_then(|g| g.rating))
        .collect()
}

/// The review points a goal's chart shows: from the first at which it was rated (by the family or
/// the school) on, across every school year. Review points still to come with nothing recorded for
/// the goal are left off the end. `points` are in school order.
pub fn chart_points_for(
    goal_id: i64,
    points: &[SavedReviewPoint],
    today: Date,
) -> Vec<&SavedReviewPoint> {
    let rated = |p: &SavedReviewPoint| {
        p.for_goal(goal_id)
            .is_some_and(|g| g.rating.is_some() || g.school_rating.is_some())
    };
    let Some(first) = points.iter().position(rated) else {
        return Vec::new();
    };
    let mut shown: Vec<&SavedReviewPoint> = points[first..].iter().collect();
    while shown.last().is_some_and(|p| p.held_on > today && !rated(p)) {
        shown.pop();
    }
    shown
}

/// An arrow beside the movement's words, so the list can be scanned; the words say it all.
fn movement_symbol(movement: Movement) -> &'static str {
    match movement {
        Movement::MovedOn => "↑",
        Movement::Stayed => "=",
        Movement::WentBack => "↓",
        Movement::NotEnoughRatings => "–",
    }
}

fn goal_state_words(goal: &SavedGoal, i18n: &FluentLanguageLoader) -> Option<String> {
    match (goal.state, goal.state_changed_on) {
        (GoalState::Active, _) => None,
        (GoalState::Achieved, Some(on)) => Some(fl!(
            i18n,
            "progress-goal-achieved-on",
            date = (long_date(i18n, on))
        )),
        (GoalState::Achieved, None) => Some(fl!(i18n, "progress-goal-achieved")),
        (GoalState::Stopped, Some(on)) => Some(fl!(
            i18n,
            "progress-goal-stopped-on",
            date = (long_date(i18n, on))
        )),
        (GoalState::Stopped, None) => Some(fl!(i18n, "progress-goal-stopped")),
    }
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let (records, viewer, child_id) = (&page.records, &page.viewer, page.child_id);
        let loaded = async {
            let child = records.child(viewer, child_id).await?;
            let points = records.review_points(viewer, child_id, page.today).await?;
            let goals = records.goals(viewer, child_id).await?;
            Ok::<_, crate::services::RecordError>((child, points, goals))
        };
        let (child, mut points, goals) = loaded.await?;
        in_school_order(&mut points);
        let today = page.today;
        let this_year = SchoolYear::containing(today);
        let name = child.details.called_name.clone();
        Ok(view! {
            <PageTitle text=fl!(i18n, "progress-page-title") />
            <ChildNav child_id=child.id name=name current=RecordSection::Progress />
            <WithSymbol message="progress-page-title"><h1>{fl!(i18n, "progress-page-title")}</h1></WithSymbol>
            <p><WithTerms text=fl!(i18n, "progress-page-intro") /></p>
            {if goals.is_empty() {
                view! {
                    <p><WithTerms text=fl!(i18n, "progress-no-goals") /></p>
                    <p><a href=paths::goals(child.id)>{fl!(i18n, "progress-go-to-goals")}</a></p>
                }
                .into_any()
            } else {
                view! {
                    {year_summary(&goals, &points, this_year, i18n)}
                    {goals
                        .iter()
                        .map(|goal| goal_progress(child.id, goal, &points, today, i18n))
                        .collect_view()}
                }
                .into_any()
            }}
        }
        .into_any())
    })
}

/// What the progress page can say about one goal before its chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AtAGlance {
    /// Rated at two or more review points this school year: which way it went.
    ThisYear(Movement),
    /// Not two ratings this school year yet (in December, most goals): what there is instead.
    SoFar {
        /// The family's latest rating, and the review point it was given at, in any school year.
        latest: Option<(Rating, SchoolYear, Term)>,
        /// How last school year went, if it had two ratings to compare.
        last_year: Movement,
    },
}

/// A goal at a glance from the review points in school order: this school year's movement when there
/// is one, otherwise its latest rating and last school year's movement.
pub fn at_a_glance(goal_id: i64, points: &[SavedReviewPoint], year: SchoolYear) -> AtAGlance {
    let this_year = Movement::over(ratings_in_year(goal_id, points, year));
    if this_year != Movement::NotEnoughRatings {
        return AtAGlance::ThisYear(this_year);
    }
    let latest = points
        .iter()
        .filter(|p| p.school_year <= year)
        .filter_map(|p| {
            p.for_goal(goal_id)
                .and_then(|g| g.rating)
                .map(|rating| (rating, p.school_year, p.term))
        })
        .next_back();
    AtAGlance::SoFar {
        latest,
        last_year: Movement::over(ratings_in_year(goal_id, points, year.previous())),
    }
}

/// This school year at a glance: for each goal still worked on or rated this year, which way it went;
/// where this year has not two ratings yet, what there is (the latest rating, last school year) comes
/// first, and what is missing after it.
fn year_summary(
    goals: &[SavedGoal],
    points: &[SavedReviewPoint],
    year: SchoolYear,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let rows: Vec<(String, AtAGlance)> = goals
        .iter()
        .filter(|goal| {
            goal.state == GoalState::Active
                || ratings_in_year(goal.id, points, year)
                    .iter()
                    .any(Option::is_some)
        })
        .map(|goal| {
            (
                goal.words.outcome.clone(),
                at_a_glance(goal.id, points, year),
            )
        })
        .collect();
    let anything_to_show = rows.iter().any(|(_, glance)| {
        !matches!(
            glance,
            AtAGlance::SoFar {
                latest: None,
                last_year: Movement::NotEnoughRatings
            }
        )
    });
    let waiting_for_ratings = rows
        .iter()
        .any(|(_, glance)| matches!(glance, AtAGlance::SoFar { .. }));
    let items = rows
        .into_iter()
        .map(|(outcome, glance)| glance_item(outcome, glance, i18n))
        .collect_view();
    view! {
        <section class="progress-year" aria-labelledby="progress-year-title">
            <h2 id="progress-year-title">{fl!(i18n, "progress-year-title", year = (year.label()))}</h2>
            <p>{fl!(i18n, "progress-year-intro")}</p>
            {anything_to_show.then(|| view! { <ul class="movements">{items}</ul> })}
            {waiting_for_ratings.then(|| view! {
                <p class="hint"><WithTerms text=fl!(i18n, "progress-year-none") /></p>
            })}
        </section>
    }
}

fn glance_item(outcome: String, glance: AtAGlance, i18n: &'static FluentLanguageLoader) -> AnyView {
    let (symbol, words, notes) = match glance {
        AtAGlance::ThisYear(movement) => (
            movement_symbol(movement),
            i18n.get(movement.message_id()),
            Vec::new(),
        ),
        AtAGlance::SoFar { latest, last_year } => {
            let mut notes = Vec::new();
            let words = match latest {
                Some((rating, year, term)) => {
                    notes.push(fl!(
                        i18n,
                        "progress-latest-rating",
                        point = (review_point_name(year, term, i18n))
                    ));
                    rating_words(rating, i18n)
                }
                None => fl!(i18n, "progress-not-rated-yet"),
            };
            if last_year != Movement::NotEnoughRatings {
                notes.push(fl!(
                    i18n,
                    "progress-last-year",
                    movement = (i18n.get(last_year.message_id()))
                ));
            }
            // A rating carries its own symbol; the dash says "nothing yet".
            let symbol = match latest {
                Some(_) => "",
                None => movement_symbol(Movement::NotEnoughRatings),
            };
            (symbol, words, notes)
        }
    };
    view! {
        <li class="movement">
            <span class="movement-words">
                <span class="movement-symbol" aria-hidden="true">{symbol}</span>
                " "
                <strong>{words}</strong>
            </span>
            <span class="movement-goal" dir="auto">{outcome}</span>
            {notes.into_iter().map(|note| view! { <span class="movement-note">{note}</span> }).collect_view()}
        </li>
    }
    .into_any()
}

/// One goal: its words, whether it is achieved or stopped, and its chart and table.
fn goal_progress(
    child_id: i64,
    goal: &SavedGoal,
    points: &[SavedReviewPoint],
    today: Date,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let heading_id = format!("goal-{}-title", goal.id);
    let labelled_by = heading_id.clone();
    let shown = chart_points_for(goal.id, points, today);
    let chart = if shown.is_empty() {
        view! {
            <p><WithTerms text=fl!(i18n, "progress-goal-no-ratings") /></p>
            <p><a href=paths::reviews(child_id)>{fl!(i18n, "progress-go-to-reviews")}</a></p>
        }
        .into_any()
    } else {
        let chart_points = shown
            .iter()
            .map(|point| {
                let recorded = point.for_goal(goal.id);
                ChartPoint {
                    label: review_point_name(point.school_year, point.term, i18n),
                    rating: recorded.and_then(|g| g.rating),
                    school_rating: recorded.and_then(|g| g.school_rating),
                }
            })
            .collect();
        view! {
            <ProgressChart
                id=format!("goal-{}", goal.id)
                goal_outcome=goal.words.outcome.clone()
                points=chart_points
            />
        }
        .into_any()
    };
    view! {
        <section
            class="goal-progress"
            class:goal-progress-closed=goal.state != GoalState::Active
            aria-labelledby=labelled_by
        >
            <h2 id=heading_id dir="auto">{goal.words.outcome.clone()}</h2>
            {goal_state_words(goal, i18n).map(|words| view! { <p class="goal-state">{words}</p> })}
            {chart}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::dates;
    use crate::record::review::GoalReview;

    fn point(
        id: i64,
        year: i32,
        term: Term,
        held_on: &str,
        rating: Option<u8>,
    ) -> SavedReviewPoint {
        SavedReviewPoint {
            id,
            school_year: SchoolYear(year),
            term,
            held_on: dates::from_iso(held_on).unwrap(),
            what_is_working: String::new(),
            what_is_not_working: String::new(),
            questions: String::new(),
            version: 1,
            goals: rating
                .map(|step| GoalReview {
                    goal_id: 7,
                    rating: Rating::new(step),
                    ..Default::default()
                })
                .into_iter()
                .collect(),
            written_by_advocate: None,
        }
    }

    #[test]
    fn a_chart_runs_from_the_first_rating_to_the_last_point_held() {
        let points = vec![
            point(1, 2024, Term::Summer, "2025-06-30", None),
            point(2, 2025, Term::Autumn, "2025-11-10", Some(1)),
            point(3, 2025, Term::Spring, "2026-03-09", None),
            point(4, 2025, Term::Summer, "2026-06-29", None),
        ];
        let today = dates::from_iso("2026-04-01").unwrap();
        let ids: Vec<i64> = chart_points_for(7, &points, today)
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(
            ids,
            vec![2, 3],
            "from the first rating; the summer one is still to come"
        );
        assert!(chart_points_for(8, &points, today).is_empty());
        assert_eq!(
            ratings_in_year(7, &points, SchoolYear(2025)),
            vec![Rating::new(1), None, None]
        );
    }

    #[test]
    fn in_december_a_goal_shows_its_latest_rating_and_last_year_before_what_is_missing() {
        let points = vec![
            point(1, 2024, Term::Autumn, "2024-11-11", Some(1)),
            point(2, 2024, Term::Spring, "2025-03-10", Some(2)),
            point(3, 2024, Term::Summer, "2025-06-30", Some(3)),
            point(4, 2025, Term::Autumn, "2025-11-10", Some(2)),
            point(5, 2025, Term::Spring, "2026-03-09", None),
        ];
        assert_eq!(
            at_a_glance(7, &points, SchoolYear(2025)),
            AtAGlance::SoFar {
                latest: Some((Rating::new(2).unwrap(), SchoolYear(2025), Term::Autumn)),
                last_year: Movement::MovedOn,
            }
        );
        assert_eq!(
            at_a_glance(7, &points, SchoolYear(2024)),
            AtAGlance::ThisYear(Movement::MovedOn)
        );
        assert_eq!(
            at_a_glance(8, &points, SchoolYear(2025)),
            AtAGlance::SoFar {
                latest: None,
                last_year: Movement::NotEnoughRatings
            }
        );
    }
}
