//! `/account/emails`: the form of which reminders a person wants, saved to their account.

use super::page_forms::read_form;
use super::{render_with_status, scope_of, AppState};
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::pages::email_choices::{NotSaved, SAVED_QUERY};
use heard_app::paths;
use heard_app::reminders::kinds_turned_off;

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::EMAIL_CHOICES, post(save_choices))
}

async fn save_choices(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        // Nothing worth keeping: a few ticks, shown again as they are stored once signed in.
        return Redirect::to(&paths::sign_in_then(paths::EMAIL_CHOICES)).into_response();
    };
    match state
        .email_choices
        .choose(&viewer, &kinds_turned_off(&fields))
        .await
    {
        Ok(()) => Redirect::to(&format!("{}?{SAVED_QUERY}", paths::EMAIL_CHOICES)).into_response(),
        Err(error) => render_with_status(&state, parts, NotSaved, error.status()).await,
    }
}
