//! Form posts for review points: what was recorded at one, for each goal it asked about.

use super::{read_form, render_again, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use heard_app::clock::today;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::record::review::check_review_form;
use heard_app::record::saved::goals_at;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/children/{child}/reviews/{review}", post(save_review))
}

/// The goals the review point's page showed (the same rule as the page), or why there are none: the
/// child or the review point is not there for this person.
async fn goal_ids_shown(
    state: &AppState,
    viewer: &Viewer,
    child_id: i64,
    review_id: i64,
) -> Result<Vec<i64>, RecordError> {
    let points = state
        .records
        .review_points(viewer, child_id, today())
        .await?;
    let point = points
        .into_iter()
        .find(|p| p.id == review_id)
        .ok_or(RecordError::NotFound)?;
    let goals = state.records.goals(viewer, child_id).await?;
    Ok(goals_at(&goals, &point).iter().map(|g| g.id).collect())
}

async fn save_review(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, review_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let next = paths::reviews(child_id);
    let goal_ids = match goal_ids_shown(&state, &viewer, child_id, review_id).await {
        Ok(ids) => ids,
        Err(error) => return answer(&state, parts, fields, Err(error), &next).await,
    };
    let based_on = super::field(&fields, "based-on-version")
        .parse()
        .unwrap_or(0);
    match check_review_form(&fields, &goal_ids) {
        Ok((held_on, words)) => {
            let saved = state
                .records
                .save_review(&viewer, child_id, review_id, held_on, &words, based_on)
                .await;
            answer(&state, parts, fields, saved, &next).await
        }
        Err(problems) => {
            render_again(
                &state,
                parts,
                FormOutcome {
                    problems,
                    kept: fields,
                },
            )
            .await
        }
    }
}
