//! Form posts for goals: add a goal, change one, move it up or down, mark it achieved or stopped (or
//! active again). Every post checks the child (and goal) through the records service, which answers
//! "not found" for anything that is not the viewer's.

use super::{field, read_form, render_again, render_with_status, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::clock::today;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::record::goal::{GoalForm, GoalState};
use heard_app::services::{Direction, RecordError};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/{child}/goals/new", post(add_goal))
        .route("/children/{child}/goals/{goal}", post(edit_goal))
        .route("/children/{child}/goals/{goal}/move", post(move_goal))
        .route("/children/{child}/goals/{goal}/state", post(set_state))
}

async fn add_goal(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    // The child first: another family's child is not found, whatever was posted.
    let child = match state.records.child(&viewer, child_id).await {
        Ok(child) => child,
        Err(error) => return answer(&state, parts, fields, Err(error), "").await,
    };
    match GoalForm::from_fields(&fields).check(child.details.year_group(today())) {
        Ok(words) => match state.records.add_goal(&viewer, child_id, &words).await {
            Ok(goal_id) => {
                let next = paths::goal_on_list(child_id, goal_id);
                answer(&state, parts, fields, Ok(()), &next).await
            }
            Err(error) => answer(&state, parts, fields, Err(error), "").await,
        },
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

async fn edit_goal(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, goal_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let child = match state.records.child(&viewer, child_id).await {
        Ok(child) => child,
        Err(error) => return answer(&state, parts, fields, Err(error), "").await,
    };
    // The goal must be this child's, even when the form has problems to show.
    let found = match state.records.goals(&viewer, child_id).await {
        Ok(goals) => goals.iter().any(|g| g.id == goal_id),
        Err(error) => return answer(&state, parts, fields, Err(error), "").await,
    };
    if !found {
        return answer(&state, parts, fields, Err(RecordError::NotFound), "").await;
    }
    let form = GoalForm::from_fields(&fields);
    let based_on = form.based_on_version().unwrap_or(0);
    match form.check(child.details.year_group(today())) {
        Ok(words) => {
            let saved = state
                .records
                .update_goal(&viewer, child_id, goal_id, &words, based_on)
                .await;
            let next = paths::goal_on_list(child_id, goal_id);
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

/// A button press while signed out: nothing typed to keep, so back to the goals page after sign-in.
fn sign_in_first(child_id: i64) -> Response {
    Redirect::to(&paths::sign_in_then(&paths::goals(child_id))).into_response()
}

/// Not from our pages: nothing changes.
async fn bad_request(state: &AppState, parts: axum::http::request::Parts) -> Response {
    render_with_status(state, parts, (), StatusCode::BAD_REQUEST).await
}

/// After a button: back to the goal on the goals page, or not found.
async fn after_button(
    state: &AppState,
    parts: axum::http::request::Parts,
    done: Result<(), RecordError>,
    child_id: i64,
    goal_id: i64,
) -> Response {
    match done {
        Ok(()) => Redirect::to(&paths::goal_on_list(child_id, goal_id)).into_response(),
        Err(error) => answer(state, parts, Vec::new(), Err(error), "").await,
    }
}

async fn move_goal(
    State(state): State<AppState>,
    Path((child_id, goal_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return sign_in_first(child_id);
    };
    let direction = match field(&fields, "direction") {
        "up" => Direction::Up,
        "down" => Direction::Down,
        _ => return bad_request(&state, parts).await,
    };
    let done = state
        .records
        .move_goal(&viewer, child_id, goal_id, direction)
        .await;
    after_button(&state, parts, done, child_id, goal_id).await
}

async fn set_state(
    State(state): State<AppState>,
    Path((child_id, goal_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return sign_in_first(child_id);
    };
    let Some(goal_state) = GoalState::from_code(field(&fields, "state")) else {
        return bad_request(&state, parts).await;
    };
    let done = state
        .records
        .set_goal_state(&viewer, child_id, goal_id, goal_state, today())
        .await;
    after_button(&state, parts, done, child_id, goal_id).await
}
