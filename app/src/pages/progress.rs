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
use crate::record::{Movement, Rating, SchoolYear};
use crate::record_page::record_view;
use crate::words::{long_date, review_point_name};
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

/// This school year at a glance: for each goal still worked on or rated this year, which way it went.
fn year_summary(
    goals: &[SavedGoal],
    points: &[SavedReviewPoint],
    year: SchoolYear,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let rows: Vec<(String, Movement)> = goals
        .iter()
        .filter_map(|goal| {
            let ratings = ratings_in_year(goal.id, points, year);
            let rated = ratings.iter().any(Option::is_some);
            (rated || goal.state == GoalState::Active)
                .then(|| (goal.words.outcome.clone(), Movement::over(ratings)))
        })
        .collect();
    let any_rated = rows
        .iter()
        .any(|(_, movement)| *movement != Movement::NotEnoughRatings);
    let items = rows
        .into_iter()
        .map(|(outcome, movement)| {
            view! {
                <li class="movement">
                    <span class="movement-words">
                        <span class="movement-symbol" aria-hidden="true">{movement_symbol(movement)}</span>
                        " "
                        <strong>{i18n.get(movement.message_id())}</strong>
                    </span>
                    <span class="movement-goal" dir="auto">{outcome}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="progress-year" aria-labelledby="progress-year-title">
            <h2 id="progress-year-title">{fl!(i18n, "progress-year-title", year = (year.label()))}</h2>
            <p>{fl!(i18n, "progress-year-intro")}</p>
            {if any_rated {
                view! { <ul class="movements">{items}</ul> }.into_any()
            } else {
                view! { <p class="hint"><WithTerms text=fl!(i18n, "progress-year-none") /></p> }.into_any()
            }}
        </section>
    }
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
    use crate::record::Term;

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
}
