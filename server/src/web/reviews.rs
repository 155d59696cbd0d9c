//! Being built: see the issue note.
use super::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
