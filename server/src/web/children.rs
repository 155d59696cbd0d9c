//! Form posts for children's details: add a child, change their details.

use super::{read_form, render_again, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep};
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::clock::today;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::record::child::ChildForm;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/new", post(add_child))
        .route("/children/{child}/edit", post(edit_child))
}

async fn add_child(State(state): State<AppState>, session: Session, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    match ChildForm::from_fields(&fields).check(today()) {
        Ok(details) => match state.records.add_child(&viewer, &details).await {
            Ok(id) => Redirect::to(&paths::child(id)).into_response(),
            Err(error) => answer(&state, parts, fields, Err(error), "/family").await,
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

async fn edit_child(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    // Another family's child is not found, whatever the form holds.
    if let Err(error) = state.records.child(&viewer, child_id).await {
        return answer(&state, parts, fields, Err(error), "/family").await;
    }
    let based_on = super::field(&fields, "based-on-version")
        .parse()
        .unwrap_or(0);
    match ChildForm::from_fields(&fields).check(today()) {
        Ok(details) => {
            let saved = state
                .records
                .update_child(&viewer, child_id, &details, based_on)
                .await;
            answer(&state, parts, fields, saved, &paths::child(child_id)).await
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
