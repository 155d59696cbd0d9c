//! One log line per request: method, path, status and how long the answer took. Never headers,
//! cookies or bodies, and never what was typed into a search or a link: query values are replaced
//! with `…` (the names stay, so the log still says which form was used), and so are the secret parts
//! of invitation links.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

pub async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = loggable_path(request.uri().path(), request.uri().query());
    let response = next.run(request).await;
    tracing::info!(
        target: "heard_server::request",
        %method,
        path,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
    );
    response
}

/// The path as it may be written to the log.
pub fn loggable_path(path: &str, query: Option<&str>) -> String {
    // An invitation link is a key to a child's record until it is used, a shared pack's link a key
    // to the pack, and an emailed link a key to an account: the route is logged, never the secret.
    let mut logged = path.to_string();
    for prefix in super::account_email::SECRET_PATHS {
        if let Some(secret) = path.strip_prefix(prefix) {
            if !secret.is_empty() {
                logged = format!("{prefix}…");
            }
        }
    }
    if let Some(query) = query {
        let names: Vec<String> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((name, _)) => format!("{name}=…"),
                // A bare word could be anything someone typed.
                None => "…".to_string(),
            })
            .collect();
        logged.push('?');
        logged.push_str(&names.join("&"));
    }
    logged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_and_invitation_tokens_are_left_out() {
        assert_eq!(loggable_path("/family", None), "/family");
        assert_eq!(
            loggable_path("/local-offer", Some("q=autism+amira&age=9&near=DE1")),
            "/local-offer?q=…&age=…&near=…"
        );
        assert_eq!(
            loggable_path("/sign-in", Some("amira&&x=")),
            "/sign-in?…&x=…"
        );
        assert_eq!(
            loggable_path("/invitations/Zq8secret", None),
            "/invitations/…"
        );
        assert_eq!(
            loggable_path("/reset-password/0123abcd", None),
            "/reset-password/…"
        );
        assert_eq!(
            loggable_path("/confirm-email/0123abcd", Some("x=1")),
            "/confirm-email/…?x=…"
        );
        assert_eq!(loggable_path("/pack/0123abcd", None), "/pack/…");
        assert_eq!(loggable_path("/pack/0123abcd/documents/5", None), "/pack/…");
        assert_eq!(
            loggable_path("/children/3/people/invitations/5", None),
            "/children/3/people/invitations/5"
        );
    }
}
