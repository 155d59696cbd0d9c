//! How big a posted form may be, worked out from its fields' own limits, and what a person sees when
//! theirs is bigger: a page in their language saying their writing is too long to save and to go back
//! (the browser keeps what they typed), never their form emptied.

use super::routes::too_long_html;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use heard_app::record::about_me::ENTRY_MAX_CHARS;
use heard_app::record::goal::{DETAIL_MAX_CHARS, OUTCOME_MAX_CHARS};
use heard_app::record::review::COMMENT_MAX_CHARS;
use http_body_util::BodyExt;

/// A character is up to 4 bytes of UTF-8 (Urdu and Arabic letters take 2, some of their marks and
/// Gurmukhi 3, emoji 4), and a form sends every byte that is not plain ASCII as `%XX`: up to 12
/// bytes a character once encoded.
pub const ENCODED_BYTES_PER_CHAR: usize = 12;

/// A review point's form has two boxes for each goal it asks about; it is sized for this many goals.
pub const REVIEW_GOALS_SIZED_FOR: usize = 20;

/// The text boxes of each form with long writing, as (boxes, characters they hold together).
const REVIEW_FORM: (usize, usize) = (
    2 + 2 * REVIEW_GOALS_SIZED_FOR,
    (2 + 2 * REVIEW_GOALS_SIZED_FOR) * COMMENT_MAX_CHARS,
);
const GOAL_FORM: (usize, usize) = (3, OUTCOME_MAX_CHARS + 2 * DETAIL_MAX_CHARS);
const ABOUT_ME_FORM: (usize, usize) = (1, ENTRY_MAX_CHARS);

/// Each box's name, the field that says where its draft is kept, ratings; then dates and versions.
const NAMES_PER_BOX: usize = 256;
const NAMES_PER_FORM: usize = 16 * 1024;

const fn bytes_for((boxes, chars): (usize, usize)) -> usize {
    chars * ENCODED_BYTES_PER_CHAR + boxes * NAMES_PER_BOX + NAMES_PER_FORM
}

const fn larger(a: usize, b: usize) -> usize {
    if a > b {
        a
    } else {
        b
    }
}

/// The largest body a form post may have: the largest form (a review point), every box full of the
/// widest characters. About 1 MB.
pub const FORM_LIMIT_BYTES: usize = larger(
    bytes_for(REVIEW_FORM),
    larger(bytes_for(GOAL_FORM), bytes_for(ABOUT_ME_FORM)),
);

// Checked as it compiles: the largest form with every box full of 4-byte characters (emoji), each
// byte sent as `%XX`, fits; and the limit stays modest.
const _: () = assert!(FORM_LIMIT_BYTES > REVIEW_FORM.1 * 4 * 3);
const _: () = assert!(FORM_LIMIT_BYTES < 2 * 1024 * 1024);

/// The largest body a server function takes: a draft of the longest text, with the place it is kept.
pub const API_LIMIT_BYTES: usize = crate::record::drafts::BODY_MAX_CHARS * ENCODED_BYTES_PER_CHAR
    + crate::record::drafts::PLACE_MAX_CHARS * ENCODED_BYTES_PER_CHAR
    + 1024;

/// How much of a body too long to keep is still read (and thrown away) before answering, so a browser
/// still sending sees the page rather than a broken connection. Beyond this the connection is closed.
pub(crate) const READ_PAST_LIMIT_BYTES: usize = 16 * 1024 * 1024;

/// A body read up to a limit.
pub enum Bounded {
    Whole(Bytes),
    TooLarge,
    /// The client went away or sent something that is not HTTP.
    Broken,
}

/// Reads a whole body of at most `limit` bytes.
pub async fn read_bounded(mut body: Body, limit: usize) -> Bounded {
    let declared = axum::body::HttpBody::size_hint(&body).lower();
    if usize::try_from(declared).map_or(true, |declared| declared > READ_PAST_LIMIT_BYTES) {
        return Bounded::TooLarge;
    }
    let mut kept = Vec::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return Bounded::Broken;
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        seen = seen.saturating_add(data.len());
        if seen <= limit {
            kept.extend_from_slice(&data);
        } else if seen > READ_PAST_LIMIT_BYTES {
            return Bounded::TooLarge;
        } else {
            kept = Vec::new();
        }
    }
    if seen > limit {
        Bounded::TooLarge
    } else {
        Bounded::Whole(Bytes::from(kept))
    }
}

/// Every form post is read here, whole and within `FORM_LIMIT_BYTES`, before its page's handler sees
/// it; one too long is answered with the too-long page. Server functions (`/api/`) size and answer
/// their own (`server_fns`); voice notes (`audio/…`) have their own limit.
pub async fn refuse_too_long_forms(request: Request, next: Next) -> Response {
    if !is_form_post(&request) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    match read_bounded(body, FORM_LIMIT_BYTES).await {
        Bounded::Whole(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Bounded::TooLarge => {
            let scope = super::scope_of(&parts);
            tracing::info!(path = %parts.uri.path(), "a form too long to save");
            (
                StatusCode::PAYLOAD_TOO_LARGE,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                )],
                too_long_html(scope.locale, scope.reading),
            )
                .into_response()
        }
        Bounded::Broken => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// A body our pages' forms send (`application/x-www-form-urlencoded`, or no type at all, which the
/// form reader would read the same way).
fn is_form_post(request: &Request) -> bool {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || request.uri().path().starts_with("/api/")
    {
        return false;
    }
    match request.headers().get(header::CONTENT_TYPE) {
        None => true,
        Some(value) => value
            .to_str()
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .eq_ignore_ascii_case("application/x-www-form-urlencoded"),
    }
}
