//! Who is asking and how they want the page: worked out by the server for every request, before any
//! page renders, and read by pages from the request.

use crate::{locale::Locale, reading::ReadingOptions};
use leptos::prelude::*;

/// A signed-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub account_id: i64,
    pub email: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestScope {
    pub locale: Locale,
    pub reading: ReadingOptions,
    pub viewer: Option<Viewer>,
    /// Path and query of this page, to come back to after choosing a language or reading options.
    pub here: String,
    /// Where this site is reached from (`https://heard.example`), for links sent to other people.
    pub origin: String,
    /// For a signed-in person who has not confirmed their email address yet: the day the account
    /// is deleted unless they do. Every page says so.
    pub confirm_by: Option<crate::record::dates::Date>,
}

/// The scope the server put on this request; defaults when rendering outside a request.
pub fn request_scope() -> RequestScope {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestScope>().cloned())
        .unwrap_or_default()
}

/// A path on this site that is safe to send a person back to; anything else becomes `/`.
/// Refuses `//host` and `/\host`, which browsers treat as another site.
pub fn safe_return_path(candidate: &str) -> &str {
    let local = candidate.starts_with('/')
        && !candidate.starts_with("//")
        && !candidate.starts_with("/\\")
        && !candidate.chars().any(|c| c.is_control());
    if local {
        candidate
    } else {
        "/"
    }
}

/// Sends the person to another page with a 303, whatever their client accepts. (leptos_axum's
/// `redirect` only sets a status for requests that accept HTML, as it serves server functions too.)
pub fn redirect_to(path: &str) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(location) = http::HeaderValue::from_str(path) {
            response.insert_header(http::header::LOCATION, location);
            response.set_status(http::StatusCode::SEE_OTHER);
        }
    }
}

/// The signed-in person, or `None` after sending them to sign in (and back here afterwards).
pub fn require_viewer() -> Option<Viewer> {
    let scope = request_scope();
    if scope.viewer.is_none() {
        redirect_to(&crate::paths::sign_in_then(&scope.here));
    }
    scope.viewer
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path("/family?x=1"), "/family?x=1");
        for unsafe_path in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "family",
            "/a\nb",
        ] {
            assert_eq!(safe_return_path(unsafe_path), "/", "{unsafe_path}");
        }
    }
}
