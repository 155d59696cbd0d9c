//! Refuses form posts and server-function calls that come from another website (cross-site request
//! forgery). Browsers say where a request came from in `Sec-Fetch-Site`, and older ones in `Origin`;
//! session cookies are also `SameSite=Lax`, which stops most such posts carrying a session at all.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use heard_app::pages::refused::cross_site_refusal_html;
use heard_app::scope::RequestScope;

/// True when a request that changes something was sent by another site's page.
///
/// Requests with neither header come from programs, not browsers, and carry no ambient cookies for
/// an attacker to borrow; they are allowed.
pub fn is_cross_site(method: &Method, headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if public_origin.is_some_and(|public| public.trim_end_matches('/') == origin) {
        return false;
    }
    let origin_host = origin.split_once("://").map(|(_, host)| host);
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    !(origin_host.is_some() && origin_host == host)
}

pub async fn refuse_cross_site(
    State(public_origin): State<Option<String>>,
    request: Request,
    next: Next,
) -> Response {
    if is_cross_site(
        request.method(),
        request.headers(),
        public_origin.as_deref(),
    ) {
        let locale = request
            .extensions()
            .get::<RequestScope>()
            .map(|scope| scope.locale)
            .unwrap_or_default();
        let page = cross_site_refusal_html(locale);
        return (StatusCode::FORBIDDEN, Html(page)).into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn same_site_posts_pass_and_cross_site_posts_do_not() {
        let post = Method::POST;
        assert!(!is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            None
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-site")]),
            None
        ));
        assert!(!is_cross_site(
            &post,
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            None
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            None
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("origin", "null"), ("host", "a.example")]),
            None
        ));
    }

    #[test]
    fn the_public_origin_is_trusted_behind_a_proxy_and_reads_are_never_refused() {
        let proxied = headers(&[
            ("origin", "https://heard.example.org"),
            ("host", "10.1.2.3:3000"),
        ]);
        assert!(!is_cross_site(
            &Method::POST,
            &proxied,
            Some("https://heard.example.org/")
        ));
        assert!(is_cross_site(&Method::POST, &proxied, None));
        let evil = headers(&[("sec-fetch-site", "cross-site")]);
        assert!(!is_cross_site(&Method::GET, &evil, None));
        assert!(!is_cross_site(&Method::POST, &HeaderMap::new(), None));
    }
}
