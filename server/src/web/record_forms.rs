//! What every record form post shares: answering a save, and keeping what was typed when the person
//! turns out to be signed out (their session expired while they wrote).

use super::{render_again, render_with_status, AppState};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use heard_app::forms::{FormOutcome, KeptAfterSignIn};
use heard_app::islands::SAVED_PLACES_COOKIE;
use heard_app::paths;
use heard_app::record::problems::{FieldProblem, Problem};
use heard_app::services::RecordError;
use tower_sessions::Session;

/// The session key for a form posted while signed out: the page's path and the fields.
pub const KEPT_FORM_KEY: &str = "kept_form";

/// The status a record error answers with, for requests that are not forms (audio, downloads).
pub fn status_of(error: &RecordError) -> StatusCode {
    error.status()
}

/// After a save: on to `next` when it worked; the same page again, with what was typed, when it did
/// not. A conflict says so beside the form; a missing or other family's record is a plain 404.
pub async fn answer(
    state: &AppState,
    parts: Parts,
    fields: Vec<(String, String)>,
    saved: Result<(), RecordError>,
    next: &str,
) -> Response {
    match saved {
        Ok(()) => saved_and_on(state, &parts, &fields, next).await,
        Err(RecordError::ChangedMeanwhile) => {
            let outcome = FormOutcome {
                problems: vec![FieldProblem::new(
                    "changed-meanwhile",
                    Problem::ChangedMeanwhile,
                )],
                kept: fields,
            };
            render_with_status(state, parts, outcome, StatusCode::CONFLICT).await
        }
        Err(RecordError::NotFound) => {
            render_with_status(state, parts, (), StatusCode::NOT_FOUND).await
        }
        Err(RecordError::Unavailable) => {
            // Shown again with everything typed; the page says to try again.
            let outcome: FormOutcome<FieldProblem> = FormOutcome {
                problems: vec![],
                kept: fields,
            };
            let mut response = render_again(state, parts, outcome).await;
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            response
        }
    }
}

/// After a save: the server drafts of the form's text boxes are cleared, and a short-lived cookie
/// tells the browser to forget its own copies (see `heard_app::islands::KeepWhileTyping`).
async fn saved_and_on(
    state: &AppState,
    parts: &Parts,
    fields: &[(String, String)],
    next: &str,
) -> Response {
    let places: Vec<&str> = fields
        .iter()
        .filter(|(name, _)| name == "kept-places")
        .map(|(_, place)| place.as_str())
        .filter(|place| {
            !place.is_empty()
                && place
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/')
        })
        .collect();
    let mut response = Redirect::to(next).into_response();
    if places.is_empty() {
        return response;
    }
    if let Some(viewer) = super::scope_of(parts).viewer {
        for place in &places {
            if let Err(error) = state.records.clear_draft(&viewer, place).await {
                tracing::error!(%error, "could not clear a saved draft");
            }
        }
    }
    let cookie = cookie::Cookie::build((SAVED_PLACES_COOKIE, places.join("~")))
        .path("/")
        .same_site(cookie::SameSite::Lax)
        .max_age(time::Duration::minutes(10))
        .build();
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie.to_string()) {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
    response
}

/// Someone posted a record form but is not signed in (most often: their session ran out while they
/// were writing). What they typed is kept in their session, they sign in, and they come back to the
/// same form with it filled in.
pub async fn signed_out_keep(
    session: &Session,
    parts: &Parts,
    fields: Vec<(String, String)>,
) -> Response {
    let path = parts.uri.path().to_string();
    // Back to the same address after signing in, query and all (`?part=…`).
    let return_to = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    if let Err(error) = session.insert(KEPT_FORM_KEY, (path, fields)).await {
        tracing::error!(%error, "could not keep a form posted while signed out");
    }
    Redirect::to(&paths::sign_in_then(&return_to)).into_response()
}

/// The form kept by `signed_out_keep` for this path, taken out of the session (it is handed back once).
pub async fn take_kept_form(session: &Session, path: &str) -> Option<KeptAfterSignIn> {
    let (kept_path, fields) = session
        .get::<(String, Vec<(String, String)>)>(KEPT_FORM_KEY)
        .await
        .ok()
        .flatten()?;
    if kept_path != path {
        return None;
    }
    let _ = session
        .remove::<(String, Vec<(String, String)>)>(KEPT_FORM_KEY)
        .await;
    Some(KeptAfterSignIn(fields))
}
