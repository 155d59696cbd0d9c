//! Leptos server functions (`/api/…`, called by islands), with the context pages get. Whatever goes
//! wrong, the caller gets a status and a short code (`ApiError`), never internal text: a body too large
//! is 413 before any function runs, arguments that cannot be read are 400, signed out is 401.

use super::body_limits::{read_bounded, Bounded, API_LIMIT_BYTES};
use super::{provide_services, AppState};
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use heard_app::api::ApiError;
use leptos::server_fn::axum::get_server_fn_service;

/// The header server_fn puts on its error answers (and its client reads them by).
const SERVER_FN_ERROR_HEADER: &str = "serverfnerror";
/// An error answer is a short code; anything longer is not one of ours.
const ERROR_ANSWER_MAX_BYTES: usize = 64 * 1024;

/// In front of every server function: leptos_axum routes each registered function itself (beside
/// `server_functions` below), so the size limit and the plain answers are a layer, not a handler.
pub async fn answer_plainly(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    if !path.starts_with("/api/") {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let body = match read_bounded(body, API_LIMIT_BYTES).await {
        Bounded::Whole(bytes) => bytes,
        Bounded::TooLarge => return refusal(&path, ApiError::TooLarge),
        Bounded::Broken => return refusal(&path, ApiError::BadRequest),
    };
    let response = next.run(Request::from_parts(parts, Body::from(body))).await;
    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        return response;
    }
    // Every error answer is rebuilt from its code, so only the code and its status go out.
    let bytes = to_bytes(response.into_body(), ERROR_ANSWER_MAX_BYTES)
        .await
        .unwrap_or_default();
    let error = serde_json::from_slice::<ApiError>(&bytes).unwrap_or_else(|_| {
        // Its text is not logged: a failure to read the arguments can quote what a person typed.
        tracing::error!(
            %path,
            detail_bytes = bytes.len(),
            "a server function failed with an error that is not an ApiError"
        );
        ApiError::Unavailable
    });
    refusal(&path, error)
}

/// `/api/…` paths no function was registered at (leptos_axum routes the registered ones).
pub async fn server_functions(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path().to_string();
    if get_server_fn_service(&path, request.method().clone()).is_none() {
        return refusal(&path, ApiError::NotFound);
    }
    leptos_axum::handle_server_fns_with_context(
        move || provide_services(&state.services()),
        request,
    )
    .await
    .into_response()
}

fn status_of(error: ApiError) -> StatusCode {
    match error {
        ApiError::SignedOut => StatusCode::UNAUTHORIZED,
        ApiError::BadRequest => StatusCode::BAD_REQUEST,
        ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ApiError::NotFound => StatusCode::NOT_FOUND,
        ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// The answer to a call that failed: its status, and its code as JSON, which the islands' client
/// reads back as an `ApiError`.
fn refusal(path: &str, error: ApiError) -> Response {
    let code = serde_json::to_string(&error).unwrap_or_else(|_| "\"unavailable\"".into());
    let mut response = (
        status_of(error),
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        code,
    )
        .into_response();
    if let Ok(path) = HeaderValue::from_str(path) {
        response.headers_mut().insert(SERVER_FN_ERROR_HEADER, path);
    }
    response
}
