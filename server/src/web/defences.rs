//! What every response tells the browser, so that a mistake in a page cannot be turned against the
//! family reading it: which scripts may run (only Heard's own, marked with this response's nonce),
//! where the page may be shown (never inside another site's frame), which device features it may
//! ask for (the microphone only where a young person records voice notes, the location only on the
//! Local Offer search), and, over HTTPS, that the browser must always come back over HTTPS and send
//! cookies over nothing else.

use axum::extract::{Request, State};
use axum::http::{header, request::Parts, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use leptos::nonce::Nonce;
use leptos::prelude::{provide_context, use_context};

/// How the site is reached, which decides the HTTPS-only headers.
#[derive(Debug, Clone, Copy)]
pub struct Defences {
    /// The public URL is `https://…`: HSTS is sent and every cookie is `Secure`.
    pub https: bool,
}

/// This response's nonce, made before the page renders so the header and the page's scripts agree.
#[derive(Debug, Clone)]
struct PageNonce(Nonce);

const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
const CROSS_ORIGIN_OPENER_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-opener-policy");
const CROSS_ORIGIN_RESOURCE_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-resource-policy");

/// The Content-Security-Policy, which is the same for every page but for the nonce.
///
/// - `script-src`: the inline scripts Leptos writes carry the nonce. `'self'` is there for
///   `/pkg/heard.js`, which Leptos preloads with a `<link rel="modulepreload">` that has no nonce
///   and then imports, and for Heard's few plain scripts (`page_scripts.rs`, `installable.rs`);
///   nothing else on this origin is served as JavaScript, and `nosniff` stops anything else being
///   run as a script. `'wasm-unsafe-eval'` lets the islands' WebAssembly compile.
/// - `style-src 'self'`: one stylesheet, no `style` attributes or `<style>` elements.
/// - `img-src 'self'`: the icon and the symbols the stylesheet draws with (`mask-image`).
/// - `media-src 'self' blob:`: saved voice notes, and a new one played back before it is sent.
/// - `connect-src 'self'`: the WebAssembly, server functions, live search and voice note uploads.
/// - `manifest-src 'self'` and `worker-src 'self'`: the web app manifest and the service worker.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
         media-src 'self' blob:; manifest-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; \
         object-src 'none'"
    )
}

/// Device features no page of Heard uses, turned off for the page and anything it might embed.
const NEVER_USED: &[&str] = &[
    "accelerometer",
    "camera",
    "display-capture",
    "gyroscope",
    "hid",
    "magnetometer",
    "midi",
    "payment",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
    "browsing-topics",
];

/// Which device features the page at `path` may ask for: the microphone only on a young person's
/// own page (it records voice notes), the location only on the Local Offer search ("use my
/// location"), using a passkey only on the sign-in page and making one only on the passkeys page;
/// everything else nowhere.
pub fn permissions_policy(path: &str) -> String {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let records_voice_notes =
        matches!(segments.as_slice(), ["", "children", id, "my-page"] if !id.is_empty());
    let finds_services_nearby = path.trim_end_matches('/') == "/local-offer";
    let signs_in = path.trim_end_matches('/') == heard_app::paths::SIGN_IN;
    let makes_passkeys = path.trim_end_matches('/') == heard_app::paths::PASSKEYS;
    let allowed = |yes: bool| if yes { "(self)" } else { "()" };
    let mut policy = vec![
        format!("microphone={}", allowed(records_voice_notes)),
        format!("geolocation={}", allowed(finds_services_nearby)),
        format!("publickey-credentials-get={}", allowed(signs_in)),
        format!("publickey-credentials-create={}", allowed(makes_passkeys)),
    ];
    policy.extend(NEVER_USED.iter().map(|feature| format!("{feature}=()")));
    policy.join(", ")
}

/// Adds the browser defences to every response, and makes the nonce the page's scripts will carry.
pub async fn browser_defences(
    State(defences): State<Defences>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = Nonce::new();
    request.extensions_mut().insert(PageNonce(nonce.clone()));
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // A download of a family's document sets its own policy, stricter than any page's (`sandbox`,
    // nothing loaded): it is kept. Every other response gets the pages' policy.
    let sandboxed = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|policy| policy.to_str().ok())
        .is_some_and(|policy| policy.starts_with("sandbox;"));
    if !sandboxed {
        set(
            headers,
            header::CONTENT_SECURITY_POLICY,
            &content_security_policy(&nonce),
        );
    }
    set(headers, PERMISSIONS_POLICY, &permissions_policy(&path));
    // For browsers too old for `frame-ancestors`.
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    // A page opened from another site cannot reach back into Heard's window, nor Heard into its.
    set(headers, CROSS_ORIGIN_OPENER_POLICY, "same-origin");
    // Voice notes, downloads and pages are for Heard's own pages only, never embedded elsewhere.
    set(headers, CROSS_ORIGIN_RESOURCE_POLICY, "same-origin");
    if defences.https {
        set(
            headers,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
        make_cookies_secure(headers);
    }
    response
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

/// Every cookie any part of Heard sets is sent back over HTTPS only, wherever it was made.
fn make_cookies_secure(headers: &mut HeaderMap) {
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|value| match value.to_str() {
            Ok(text) if !has_secure_attribute(text) => {
                HeaderValue::from_str(&format!("{text}; Secure")).unwrap_or_else(|_| value.clone())
            }
            _ => value.clone(),
        })
        .collect();
    if cookies.is_empty() {
        return;
    }
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        headers.append(header::SET_COOKIE, cookie);
    }
}

fn has_secure_attribute(set_cookie: &str) -> bool {
    set_cookie
        .split(';')
        .skip(1)
        .any(|attribute| attribute.trim().eq_ignore_ascii_case("secure"))
}

/// Hands the page renderer this response's nonce, so Leptos marks its inline scripts with the nonce
/// the header allows. Called where pages get their context.
pub fn provide_page_nonce() {
    if let Some(PageNonce(nonce)) =
        use_context::<Parts>().and_then(|parts| parts.extensions.get::<PageNonce>().cloned())
    {
        provide_context(nonce);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_microphone_is_for_a_young_persons_own_page_and_the_location_for_the_local_offer() {
        let my_page = permissions_policy("/children/7/my-page");
        assert!(my_page.contains("microphone=(self)"), "{my_page}");
        assert!(my_page.contains("geolocation=()"), "{my_page}");
        let search = permissions_policy("/local-offer");
        assert!(search.contains("geolocation=(self)"), "{search}");
        assert!(search.contains("microphone=()"), "{search}");
        for path in [
            "/",
            "/children/7",
            "/children/7/my-page/extra",
            "/children//my-page",
            "/local-offer/services/abc",
            "/sign-in",
        ] {
            let policy = permissions_policy(path);
            assert!(policy.contains("microphone=()"), "{path}: {policy}");
            assert!(policy.contains("geolocation=()"), "{path}: {policy}");
            assert!(policy.contains("camera=()"), "{path}: {policy}");
        }
    }

    #[test]
    fn passkeys_are_used_only_to_sign_in_and_made_only_on_the_passkeys_page() {
        let sign_in = permissions_policy("/sign-in");
        assert!(
            sign_in.contains("publickey-credentials-get=(self)"),
            "{sign_in}"
        );
        assert!(
            sign_in.contains("publickey-credentials-create=()"),
            "{sign_in}"
        );
        let passkeys = permissions_policy("/account/passkeys");
        assert!(
            passkeys.contains("publickey-credentials-create=(self)"),
            "{passkeys}"
        );
        assert!(
            passkeys.contains("publickey-credentials-get=()"),
            "{passkeys}"
        );
        for path in [
            "/",
            "/family",
            "/account",
            "/account/passkeys/extra",
            "/children/7",
        ] {
            let policy = permissions_policy(path);
            assert!(
                policy.contains("publickey-credentials-get=()"),
                "{path}: {policy}"
            );
            assert!(
                policy.contains("publickey-credentials-create=()"),
                "{path}: {policy}"
            );
        }
    }

    #[test]
    fn cookies_are_made_secure_once() {
        let mut headers = HeaderMap::new();
        headers.append(
            header::SET_COOKIE,
            HeaderValue::from_static("heard_saved=a; Path=/"),
        );
        headers.append(
            header::SET_COOKIE,
            HeaderValue::from_static("heard_session=b; HttpOnly; Secure; Path=/"),
        );
        make_cookies_secure(&mut headers);
        let cookies: Vec<&str> = headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect();
        assert_eq!(
            cookies,
            [
                "heard_saved=a; Path=/; Secure",
                "heard_session=b; HttpOnly; Secure; Path=/"
            ]
        );
        // A cookie whose value merely contains the word is not taken as secure.
        assert!(!has_secure_attribute("name=Secure; Path=/"));
    }
}
