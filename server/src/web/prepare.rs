//! Form posts for getting ready for a review: the family's questions for the meeting.

use super::record_forms::{answer, signed_out_keep};
use super::{field, read_form, render_again, scope_of, AppState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::record::problems::{optional_text, FieldProblem};
use heard_app::record::review::COMMENT_MAX_CHARS;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/children/{child}/prepare", post(save_questions))
}

async fn save_questions(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let mut problems: Vec<FieldProblem> = Vec::new();
    let questions = optional_text(
        "questions",
        field(&fields, "questions"),
        COMMENT_MAX_CHARS,
        &mut problems,
    );
    if !problems.is_empty() {
        return render_again(
            &state,
            parts,
            FormOutcome {
                problems,
                kept: fields,
            },
        )
        .await;
    }
    let review_point = field(&fields, "review-point").parse().unwrap_or(0);
    let based_on = field(&fields, "based-on-version").parse().unwrap_or(0);
    let saved = state
        .records
        .save_questions(&viewer, child_id, review_point, &questions, based_on)
        .await;
    let next = format!("{}#questions-title", paths::prepare(child_id));
    answer(&state, parts, fields, saved, &next).await
}
