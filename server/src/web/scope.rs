//! Who is asking and how they want the page: worked out once per request, before anything renders,
//! and put in the request's extensions as its `RequestScope`.

use super::{
    page_forms, AppState, ACCOUNT_EMAIL_KEY, ACCOUNT_EPOCH_KEY, ACCOUNT_KEY, LOCALE_COOKIE,
    READING_COOKIE,
};
use crate::accounts::{self, Account};
use crate::storage::Db;
use axum::extract::{Request, State};
use axum::http::{header, request::Parts, HeaderMap};
use axum::middleware::Next;
use axum::response::Response;
use cookie::Cookie;
use heard_app::locale::Locale;
use heard_app::reading::ReadingOptions;
use heard_app::scope::{RequestScope, Viewer};
use tower_sessions::Session;

pub(crate) fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_string())
}

/// Works out who is asking and how they want the page, once per request, before anything renders.
/// Language: the person's explicit choice (cookie, then account), then `Accept-Language`, then en-GB.
/// Reading options: cookie, then account, then the defaults (which follow the device's settings).
pub(super) async fn attach_scope(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let account = signed_in_account(&state.pool, &session).await;
    let headers = request.headers();
    let locale = wanted_locale(headers, account.as_ref().and_then(|a| a.locale));
    let reading = wanted_reading(headers, account.as_ref().and_then(|a| a.reading_options));
    let here = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let origin = state.public_origin.clone().unwrap_or_else(|| {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        let scheme = if state.secure_cookies {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{host}")
    });
    let confirm_by = account
        .as_ref()
        .and_then(|a| a.deleted_unless_confirmed_at())
        .and_then(|at| time::OffsetDateTime::from_unix_timestamp(at).ok())
        .map(|at| at.date());
    let viewer = account.map(|a| Viewer {
        account_id: a.id,
        email: a.email,
    });
    if viewer.is_some() && request.method() == axum::http::Method::GET {
        if let Some(kept) = page_forms::take_kept_form(&session, request.uri().path()).await {
            request.extensions_mut().insert(kept);
        }
    }
    request.extensions_mut().insert(RequestScope {
        locale,
        reading,
        viewer,
        here,
        origin: origin.trim_end_matches('/').to_string(),
        confirm_by,
    });
    next.run(request).await
}

/// The page's language: the person's explicit choice (cookie), then their account's, then the
/// browser's `Accept-Language`, then en-GB.
pub(crate) fn wanted_locale(headers: &HeaderMap, account: Option<Locale>) -> Locale {
    cookie_value(headers, LOCALE_COOKIE)
        .and_then(|tag| Locale::from_tag(&tag))
        .or(account)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

/// The page's reading options: cookie, then account, then the defaults (which follow the device's
/// settings).
pub(crate) fn wanted_reading(
    headers: &HeaderMap,
    account: Option<ReadingOptions>,
) -> ReadingOptions {
    cookie_value(headers, READING_COOKIE)
        .map(|encoded| ReadingOptions::parse(&encoded))
        .or(account)
        .unwrap_or_default()
}

/// The account this session was started for, while the session still counts: the account is there
/// with the same email address (an id may be reused after a deletion), and no "sign out everywhere",
/// new password or reset has happened since (the session's epoch is the account's). Sessions from
/// before epochs were kept count as epoch 0.
pub(super) async fn signed_in_account(pool: &Db, session: &Session) -> Option<Account> {
    let id = session.get::<i64>(ACCOUNT_KEY).await.ok().flatten()?;
    let email = session
        .get::<String>(ACCOUNT_EMAIL_KEY)
        .await
        .ok()
        .flatten()?;
    match accounts::find(pool, id).await {
        Ok(account) => {
            let epoch = session
                .get::<i64>(ACCOUNT_EPOCH_KEY)
                .await
                .ok()
                .flatten()
                .unwrap_or(0);
            account.filter(|a| a.email == email && a.session_epoch == epoch)
        }
        Err(error) => {
            tracing::error!(%error, "could not look up the signed-in account");
            None
        }
    }
}

pub(crate) fn scope_of(parts: &Parts) -> RequestScope {
    parts
        .extensions
        .get::<RequestScope>()
        .cloned()
        .unwrap_or_default()
}
