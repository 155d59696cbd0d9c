//! Form posts for the Local Offer: saving a service to a child's record with a note, and removing a
//! saved service. Searching needs no post: the search is a GET form the page answers itself. Every
//! post checks the child through the Local Offer service, which answers "not found" for anything
//! that is not the viewer's.

use super::{field, read_form, render_again, render_with_status, scope_of, AppState};
use crate::web::record_forms::signed_out_keep;
use axum::extract::{Path, Request, State};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::forms::FormOutcome;
use heard_app::local_offer::service::NOTE_MAX_CHARS;
use heard_app::pages::local_offer::SaveRefused;
use heard_app::paths;
use heard_app::record::problems::{optional_text, FieldProblem, Problem};
use heard_app::services::{LocalOfferError, RecordError};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/local-offer/services/{service}/save", post(save))
        .route(
            "/children/{child}/saved-services/{saved}/forget",
            post(forget),
        )
}

fn overview(child_id: i64) -> String {
    paths::saved_services(child_id)
}

/// The same page again with what was typed, saying to try again (503).
async fn try_again(state: &AppState, parts: Parts, fields: Vec<(String, String)>) -> Response {
    let outcome: FormOutcome<FieldProblem> = FormOutcome {
        problems: Vec::new(),
        kept: fields,
    };
    let mut response = render_again(state, parts, outcome).await;
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response
}

async fn save(
    State(state): State<AppState>,
    session: Session,
    Path(service_id): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        // Kept in the session; after signing in they come back to the form, filled in.
        return signed_out_keep(&session, &parts, fields).await;
    };
    match state.directory.service(&service_id).await {
        Ok(_) => {}
        // The page at this address says the service is not found.
        Err(LocalOfferError::NotFound) => {
            return render_with_status(&state, parts, (), StatusCode::NOT_FOUND).await
        }
        Err(_) => return try_again(&state, parts, fields).await,
    }
    let child_id = field(&fields, "child").trim().parse::<i64>().ok();
    let mut problems = Vec::new();
    if child_id.is_none() {
        problems.push(FieldProblem::new("child", Problem::ChooseOne));
    }
    let note = optional_text(
        "note",
        field(&fields, "note"),
        NOTE_MAX_CHARS,
        &mut problems,
    );
    let Some(child_id) = child_id.filter(|_| problems.is_empty()) else {
        return render_again(
            &state,
            parts,
            FormOutcome {
                problems,
                kept: fields,
            },
        )
        .await;
    };
    match state
        .directory
        .save_service(&viewer, child_id, &service_id, &note)
        .await
    {
        Ok(_) => Redirect::to(&overview(child_id)).into_response(),
        // Another family's child, or none: nothing is saved, and the page says "not found".
        Err(RecordError::NotFound) => {
            render_with_status(&state, parts, SaveRefused, StatusCode::NOT_FOUND).await
        }
        Err(_) => try_again(&state, parts, fields).await,
    }
}

async fn forget(
    State(state): State<AppState>,
    Path((child_id, saved_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, _) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        // A button press: nothing typed to keep, so back to the child's page after signing in.
        return Redirect::to(&paths::sign_in_then(&paths::child(child_id))).into_response();
    };
    match state
        .directory
        .forget_saved_service(&viewer, child_id, saved_id)
        .await
    {
        Ok(()) => Redirect::to(&overview(child_id)).into_response(),
        Err(RecordError::NotFound) => {
            render_with_status(&state, parts, (), StatusCode::NOT_FOUND).await
        }
        // Storage failed: back to the child's page, where the service is still listed to try again.
        Err(_) => Redirect::to(&overview(child_id)).into_response(),
    }
}
