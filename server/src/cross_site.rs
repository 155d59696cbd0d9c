//! Refuses form posts and server-function calls that come from another website (cross-site request
//! forgery). Browsers say where a request came from in `Sec-Fetch-Site`, and older ones in `Origin`;
//! session cookies are also `SameSite=Lax`, which stops most such posts carrying a session at all.

use crate::web::routes::cross_site_refusal_html;
use crate::web::SESSION_COOKIE;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use cookie::Cookie;
use heard_app::scope::RequestScope;
use url::{Origin, Url};

/// True when a request that changes something was sent by another site's page, or cannot show it
/// was not.
///
/// - `Sec-Fetch-Site` (every current browser sends it) must say `same-origin` (or `none`: the person
///   did it themselves).
/// - Without it, `Origin` must be this site's whole origin (scheme, host and port): the public URL,
///   or the `Host` asked for with the scheme people reach the site at.
/// - With neither, a request carrying a session cookie is refused: a browser would have sent one of
///   them. Only programs send neither, and without a session they have no one's rights to borrow.
pub fn is_cross_site(method: &Method, headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    match headers.get(header::ORIGIN) {
        Some(origin) => {
            let sent = origin.to_str().ok().and_then(origin_of);
            !sent.is_some_and(|sent| this_sites_origins(headers, public_origin).contains(&sent))
        }
        None => carries_session(headers),
    }
}

/// The origins this site is reached at: the public URL when it is set, and the `Host` the browser
/// asked for, with `https` when the public URL is HTTPS (the server sits behind a TLS proxy) and
/// `http` otherwise.
fn this_sites_origins(headers: &HeaderMap, public_origin: Option<&str>) -> Vec<Origin> {
    let public = public_origin.and_then(origin_of);
    let scheme = match &public {
        Some(Origin::Tuple(scheme, _, _)) if scheme == "https" => "https",
        _ => "http",
    };
    let from_host = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .filter(|host| !host.is_empty() && !host.contains(['/', '@', '?', '#', '\\']))
        .and_then(|host| origin_of(&format!("{scheme}://{host}")));
    public.into_iter().chain(from_host).collect()
}

/// The (scheme, host, port) of an address, or None for anything that is not an http(s) origin
/// (including the opaque `null`).
fn origin_of(address: &str) -> Option<Origin> {
    let url = Url::parse(address).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    Some(url.origin()).filter(Origin::is_tuple)
}

fn carries_session(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .any(|cookie| cookie.name() == SESSION_COOKIE)
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

    const SESSION: (&str, &str) = ("cookie", "heard_locale=pl; heard_session=abc123");

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn refused(pairs: &[(&'static str, &'static str)], public: Option<&str>) -> bool {
        is_cross_site(&Method::POST, &headers(pairs), public)
    }

    #[test]
    fn sec_fetch_site_decides_when_the_browser_sends_it() {
        assert!(!refused(&[("sec-fetch-site", "same-origin")], None));
        assert!(!refused(&[("sec-fetch-site", "none")], None));
        assert!(refused(&[("sec-fetch-site", "cross-site")], None));
        assert!(refused(&[("sec-fetch-site", "same-site")], None));
        // Even with an Origin that matches: the browser's own word wins.
        assert!(refused(
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ],
            None
        ));
    }

    #[test]
    fn an_origin_must_match_the_hosts_scheme_host_and_port() {
        let host = ("host", "127.0.0.1:3000");
        assert!(!refused(&[("origin", "http://127.0.0.1:3000"), host], None));
        assert!(!refused(&[("origin", "HTTP://127.0.0.1:3000"), host], None));
        // The same host and port over another scheme is another origin.
        assert!(refused(&[("origin", "https://127.0.0.1:3000"), host], None));
        assert!(refused(&[("origin", "http://127.0.0.1:3001"), host], None));
        assert!(refused(&[("origin", "http://127.0.0.1"), host], None));
        assert!(refused(&[("origin", "https://evil.example"), host], None));
        assert!(refused(&[("origin", "null"), ("host", "a.example")], None));
        assert!(refused(
            &[("origin", "file://a.example"), ("host", "a.example")],
            None
        ));
        // A default port is the same origin whether it is written or not.
        assert!(!refused(
            &[("origin", "http://a.example"), ("host", "a.example:80")],
            None
        ));
        // With no Host to compare with, nothing is the same origin.
        assert!(refused(&[("origin", "http://a.example")], None));
    }

    #[test]
    fn behind_an_https_proxy_the_public_origin_and_https_host_are_this_site() {
        let public = Some("https://heard.example.org/");
        let proxied = [
            ("origin", "https://heard.example.org"),
            ("host", "10.1.2.3:3000"),
        ];
        assert!(!refused(&proxied, public));
        assert!(refused(&proxied, None));
        assert!(!refused(
            &[
                ("origin", "https://heard.example.org:443"),
                ("host", "10.1.2.3:3000")
            ],
            public
        ));
        // The public address over plain HTTP is not the site.
        assert!(refused(
            &[
                ("origin", "http://heard.example.org"),
                ("host", "heard.example.org")
            ],
            public
        ));
        // The Host asked for, at the public URL's scheme.
        assert!(!refused(
            &[
                ("origin", "https://heard.example.org"),
                ("host", "heard.example.org")
            ],
            Some("https://heard.example.org")
        ));
        assert!(refused(
            &[
                ("origin", "https://evil.example"),
                ("host", "10.1.2.3:3000")
            ],
            public
        ));
    }

    #[test]
    fn a_post_with_a_session_and_neither_header_is_refused() {
        assert!(refused(&[SESSION], None));
        assert!(refused(&[SESSION, ("host", "127.0.0.1:3000")], None));
        assert!(refused(
            &[("cookie", "heard_session=abc"), ("host", "a.example")],
            Some("https://a.example")
        ));
        // A program without a session (signing in, say) has no one's rights to borrow.
        assert!(!refused(&[], None));
        assert!(!refused(&[("cookie", "heard_locale=pl")], None));
        // With a browser's headers, the session is fine.
        assert!(!refused(
            &[SESSION, ("sec-fetch-site", "same-origin")],
            None
        ));
        assert!(!refused(
            &[
                SESSION,
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ],
            None
        ));
    }

    #[test]
    fn reads_are_never_refused() {
        for method in [Method::GET, Method::HEAD, Method::OPTIONS] {
            assert!(!is_cross_site(
                &method,
                &headers(&[SESSION, ("sec-fetch-site", "cross-site")]),
                None
            ));
        }
        assert!(is_cross_site(&Method::DELETE, &headers(&[SESSION]), None));
    }
}
