//! The one way a form posted to a page is answered. Forms post to their page's own address (so with
//! JavaScript off nothing typed is lost: a problem shows the same page again, filled in); the route
//! table (`routes.rs`) names the page's `submit`, and this adapter does what every form shares:
//! reads the form, keeps what was typed when the person turns out to be signed out, hands the page its
//! `Posted` with this request's services, and turns the page's `Reply` into the response.

use super::{body_limits, render_with, scope_of, AppState, Services};
use axum::extract::{RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{post, MethodRouter};
use heard_app::clock::today;
use heard_app::forms::{Address, KeptAfterSignIn, Posted, Reply};
use heard_app::islands::SAVED_PLACES_COOKIE;
use std::future::Future;
use tower_sessions::Session;

/// The session key for a form posted while signed out: the page's path and the fields.
pub const KEPT_FORM_KEY: &str = "kept_form";

/// What a post from someone signed out leads to.
#[derive(Clone, Copy)]
pub enum SignedOut {
    /// What they typed is kept in their session; after signing in they are back at the same form,
    /// filled in (most often their session ran out while they wrote).
    KeepForm,
    /// A button press: nothing typed to keep, so after signing in they land on this page (made from
    /// the address's named parts).
    SignInThen(fn(&Address) -> String),
}

/// A page's form: posted here, answered by `submit`.
pub fn form<F, Fut>(signed_out: SignedOut, submit: F) -> MethodRouter<AppState>
where
    F: Fn(Posted) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Reply> + Send + 'static,
{
    post(
        move |State(state): State<AppState>,
              session: Session,
              address: Result<RawPathParams, axum::extract::rejection::RawPathParamsRejection>,
              request: Request| {
            let submit = submit.clone();
            async move {
                let address = Address(
                    address
                        .map(|params| {
                            params
                                .iter()
                                .map(|(name, value)| (name.to_string(), value.to_string()))
                                .collect()
                        })
                        .unwrap_or_default(),
                );
                let (parts, fields) = read_form(request).await;
                let Some(viewer) = scope_of(&parts).viewer else {
                    return match signed_out {
                        SignedOut::KeepForm => keep_until_signed_in(&session, &parts, fields).await,
                        SignedOut::SignInThen(page) => sign_in_then(&page(&address)),
                    };
                };
                let services = state.services();
                let posted = Posted {
                    viewer,
                    fields,
                    address,
                    query: parts.uri.query().map(str::to_string),
                    records: services.records.clone(),
                    people: services.people.clone(),
                    directory: services.directory.clone(),
                    today: today(),
                };
                let fields = posted.fields.clone();
                match submit(posted).await {
                    Reply::Next(next) => on_to(&services, &parts, &fields, &next).await,
                    Reply::Show { status, with } => {
                        render_with(&state, &services, parts, status, move || with()).await
                    }
                }
            }
        },
    )
}

/// Splits a posted form into the request's parts (for rendering the page again) and its fields. A
/// form too long to keep never gets here: `body_limits::refuse_too_long_forms` answers it first.
pub(crate) async fn read_form(request: Request) -> (Parts, Vec<(String, String)>) {
    let (parts, body) = request.into_parts();
    let fields = match axum::body::to_bytes(body, body_limits::FORM_LIMIT_BYTES).await {
        Ok(bytes) => serde_urlencoded::from_bytes(&bytes).unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    (parts, fields)
}

/// On to `next`. The server drafts of the form's text boxes are cleared, and a short-lived cookie
/// tells the browser to forget its own copies (see `heard_app::islands::KeepWhileTyping`).
async fn on_to(
    services: &Services,
    parts: &Parts,
    fields: &[(String, String)],
    next: &str,
) -> Response {
    let places: Vec<&str> = fields
        .iter()
        .filter(|(name, _)| name == "kept-places")
        .map(|(_, place)| place.as_str())
        .filter(|place| {
            !place.is_empty()
                && place
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/')
        })
        .collect();
    let mut response = Redirect::to(next).into_response();
    if places.is_empty() {
        return response;
    }
    if let Some(viewer) = scope_of(parts).viewer {
        for place in &places {
            if let Err(error) = services.records.clear_draft(&viewer, place).await {
                tracing::error!(%error, "could not clear a saved draft");
            }
        }
    }
    let cookie = cookie::Cookie::build((SAVED_PLACES_COOKIE, places.join("~")))
        .path("/")
        .same_site(cookie::SameSite::Lax)
        .max_age(time::Duration::minutes(10))
        .build();
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie.to_string()) {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
    response
}

/// Someone posted a form but is not signed in. What they typed is kept in their session, they sign
/// in, and they come back to the same form with it filled in.
pub(crate) async fn keep_until_signed_in(
    session: &Session,
    parts: &Parts,
    fields: Vec<(String, String)>,
) -> Response {
    let path = parts.uri.path().to_string();
    // Back to the same address after signing in, query and all (`?part=…`).
    let return_to = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    if let Err(error) = session.insert(KEPT_FORM_KEY, (path, fields)).await {
        tracing::error!(%error, "could not keep a form posted while signed out");
    }
    sign_in_then(&return_to)
}

fn sign_in_then(return_to: &str) -> Response {
    Redirect::to(&heard_app::paths::sign_in_then(return_to)).into_response()
}

/// The form kept by `keep_until_signed_in` for this path, taken out of the session (it is handed
/// back once).
pub async fn take_kept_form(session: &Session, path: &str) -> Option<KeptAfterSignIn> {
    let (kept_path, fields) = session
        .get::<(String, Vec<(String, String)>)>(KEPT_FORM_KEY)
        .await
        .ok()
        .flatten()?;
    if kept_path != path {
        return None;
    }
    let _ = session
        .remove::<(String, Vec<(String, String)>)>(KEPT_FORM_KEY)
        .await;
    Some(KeptAfterSignIn(fields))
}
