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

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path("/family?x=1"), "/family?x=1");
        for unsafe_path in ["https://evil.example", "//evil.example", "/\\evil.example", "family", "/a\nb"] {
            assert_eq!(safe_return_path(unsafe_path), "/", "{unsafe_path}");
        }
    }
}
