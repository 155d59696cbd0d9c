//! Heard's few plain scripts, each loaded only by the pages that use it, so no WebAssembly is added
//! for them anywhere: passkeys (the sign-in page and /account/passkeys) and the Print button.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

pub async fn passkeys() -> Response {
    script(include_str!("passkeys.js"))
}

pub async fn print() -> Response {
    script(include_str!("print.js"))
}

pub async fn keep_on_phone() -> Response {
    script(include_str!("keep-on-phone.js"))
}

fn script(source: &'static str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        source,
    )
        .into_response()
}
