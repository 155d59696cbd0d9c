//! What is coming up for a child, as the family page and an advocate's page list it: the next review
//! point, when the review papers are due, and the next step of the statutory timeline.

use crate::clock::today;
use crate::components::step_title;
use crate::i18n::fl;
use crate::record::timeline::{timeline, StepKind, StepState, TimelineFacts};
use crate::scope::Viewer;
use crate::services::Records;
use crate::words::{long_date, term_words};
use i18n_embed::fluent::FluentLanguageLoader;

/// What is coming up for the child, as lines to list, and whether a review point is coming (so a
/// link to getting ready for it makes sense). `review_points` is false when the viewer may not see
/// the child's goals, which the review points belong to.
pub async fn coming_up(
    records: &Records,
    viewer: &Viewer,
    child_id: i64,
    review_points: bool,
    i18n: &'static FluentLanguageLoader,
) -> (Vec<String>, bool) {
    let today = today();
    let mut lines = Vec::new();
    let mut review_coming = false;
    if review_points {
        if let Ok(points) = records.review_points(viewer, child_id, today).await {
            if let Some(next) = points.iter().find(|p| p.held_on >= today) {
                review_coming = true;
                lines.push(fl!(
                    i18n,
                    "advocate-next-review",
                    term = (term_words(next.term, i18n)),
                    date = (long_date(i18n, next.held_on))
                ));
            }
        }
    }
    if let Ok(child) = records.child(viewer, child_id).await {
        let d = &child.details;
        let facts = TimelineFacts::of(d, today);
        let found = timeline(&facts, today);
        let next = found.next();
        // The annual review's papers, when still to come and not already the next step.
        let papers = found.steps.iter().find(|s| {
            s.kind == StepKind::ReviewPapersSent
                && matches!(s.state, StepState::Next | StepState::Later)
        });
        for step in next.into_iter().chain(papers.filter(|p| Some(*p) != next)) {
            lines.push(fl!(
                i18n,
                "advocate-next-step",
                step = (step_title(i18n, step.kind)),
                date = (long_date(i18n, step.due))
            ));
        }
    }
    (lines, review_coming)
}
