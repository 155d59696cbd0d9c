//! The passkey ceremonies (WebAuthn), each in two halves: the server sends a challenge, the browser
//! asks the person to unlock their device and signs it, and the server checks the answer.
//!
//! - Adding one (`/account/passkeys/start`, `/finish`) needs a session and is for that account only.
//! - Signing in with one (`/sign-in/passkey/start`, `/finish`) uses discoverable credentials: the
//!   passkey names its account, so no email is typed. It starts the session exactly as a password
//!   does, and its failures count in the sign-in limit (`sign_in_limit`).
//!
//! What is waiting between the halves is kept in the session and taken out when the second half
//! comes, so a challenge is answered at most once. Every post here passes the cross-site check
//! (`cross_site`) like any other; the ceremony also checks the browser's own word on the origin.

use super::account::{landing, start_session};
use super::body_limits::{read_bounded, Bounded};
use super::{devices, render_again, scope_of, AppState};
use crate::accounts;
use crate::passkeys::{self, PasskeyStoreError};
use crate::sign_in_limit::{Decision, SignInLimit};
use crate::storage::unix_seconds_now;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Json, Router};
use heard_app::forms::FormOutcome;
use heard_app::passkeys::{check_name, PasskeyProblem};
use heard_app::paths;
use heard_app::scope::safe_return_path;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Webauthn,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::PASSKEY_ADD_START, post(start_adding))
        .route(paths::PASSKEY_ADD_FINISH, post(finish_adding))
        .route("/account/passkeys/{passkey}/remove", post(remove))
        .route(paths::PASSKEY_SIGN_IN_START, post(start_sign_in))
        .route(paths::PASSKEY_SIGN_IN_FINISH, post(finish_sign_in))
}

/// Session keys of the ceremonies waiting for their second half.
const ADDING: &str = "passkey_adding";
const SIGNING_IN: &str = "passkey_signing_in";
/// Ample for a credential's JSON, which is a few kilobytes.
const BODY_LIMIT_BYTES: usize = 64 * 1024;
/// Wrong passkeys whose account is not known are counted under this and the address they came
/// from, which no account's email can be: they slow down that address, and no one else.
fn unknown_passkey_from(from: &crate::sign_in_limit::TriedFrom) -> String {
    format!(
        "(unknown passkey from {})",
        crate::client_address::limit_key(from.address)
    )
}

#[derive(Serialize, Deserialize)]
struct Adding {
    account_id: i64,
    ceremony: PasskeyRegistration,
}

#[derive(Deserialize)]
struct NameOnly {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
struct AddAnswer {
    #[serde(default)]
    name: String,
    credential: RegisterPublicKeyCredential,
}

#[derive(Deserialize)]
struct SignInAnswer {
    credential: PublicKeyCredential,
    #[serde(default)]
    return_to: String,
}

/// Where the script sends the person once a ceremony is done.
#[derive(Serialize)]
struct Go {
    go: String,
}

/// A problem as the script shows it: the code, and the words in the person's language.
fn refused(parts: &Parts, problem: PasskeyProblem) -> Response {
    let i18n = heard_app::i18n::loader(scope_of(parts).locale);
    let body = serde_json::json!({ "problem": problem.code(), "message": problem.message(i18n) });
    (problem.status(), Json(body)).into_response()
}

fn unavailable(error: impl std::fmt::Display) -> PasskeyProblem {
    tracing::error!(%error, "a passkey ceremony failed on our side");
    PasskeyProblem::Unavailable
}

fn stored(error: PasskeyStoreError) -> PasskeyProblem {
    match error {
        PasskeyStoreError::AlreadyStored => PasskeyProblem::AlreadyAdded,
        other => unavailable(other),
    }
}

fn relying_party(state: &AppState, parts: &Parts) -> Result<Webauthn, PasskeyProblem> {
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    passkeys::relying_party(state.public_origin.as_deref(), host).ok_or_else(|| {
        tracing::warn!("passkeys need a site name: set --public-url, or use localhost");
        PasskeyProblem::Unavailable
    })
}

async fn json_body<T: serde::de::DeserializeOwned>(body: Body) -> Result<T, PasskeyProblem> {
    match read_bounded(body, BODY_LIMIT_BYTES).await {
        Bounded::Whole(bytes) => {
            serde_json::from_slice(&bytes).map_err(|_| PasskeyProblem::NotRecognised)
        }
        Bounded::TooLarge | Bounded::Broken => Err(PasskeyProblem::NotRecognised),
    }
}

fn answer<T: Serialize>(result: Result<T, PasskeyProblem>, parts: &Parts) -> Response {
    match result {
        Ok(value) => Json(value).into_response(),
        Err(problem) => refused(parts, problem),
    }
}

async fn start_adding(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let result = async {
        let viewer = scope_of(&parts).viewer.ok_or(PasskeyProblem::SignedOut)?;
        // The name is checked before the device is asked, so a missing one costs no unlocking.
        check_name(&json_body::<NameOnly>(body).await?.name)?;
        let webauthn = relying_party(&state, &parts)?;
        let handle = passkeys::user_handle(&state.pool, viewer.account_id)
            .await
            .map_err(unavailable)?;
        let existing = passkeys::credentials_of(&state.pool, viewer.account_id)
            .await
            .map_err(unavailable)?;
        let exclude = existing.iter().map(|p| p.cred_id().clone()).collect();
        let (challenge, ceremony) = webauthn
            .start_passkey_registration(handle, &viewer.email, &viewer.email, Some(exclude))
            .map_err(unavailable)?;
        // Discoverable, so signing in needs no email: the passkey says whose it is. (webauthn-rs
        // asks for that only in its attested flows; the check of the answer is the same.)
        let mut challenge = serde_json::to_value(challenge).map_err(unavailable)?;
        challenge["publicKey"]["authenticatorSelection"]["residentKey"] = "required".into();
        challenge["publicKey"]["authenticatorSelection"]["requireResidentKey"] = true.into();
        let adding = Adding {
            account_id: viewer.account_id,
            ceremony,
        };
        session.insert(ADDING, adding).await.map_err(unavailable)?;
        Ok(challenge)
    }
    .await;
    answer(result, &parts)
}

async fn finish_adding(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let result = async {
        let viewer = scope_of(&parts).viewer.ok_or(PasskeyProblem::SignedOut)?;
        // Taken out whatever happens next: a challenge is answered once.
        let waiting: Option<Adding> = session.remove(ADDING).await.map_err(unavailable)?;
        let adding = waiting
            .filter(|adding| adding.account_id == viewer.account_id)
            .ok_or(PasskeyProblem::NotStarted)?;
        let answer: AddAnswer = json_body(body).await?;
        let name = check_name(&answer.name)?;
        let webauthn = relying_party(&state, &parts)?;
        let passkey = webauthn
            .finish_passkey_registration(&answer.credential, &adding.ceremony)
            .map_err(|error| {
                tracing::info!(%error, "a new passkey was refused");
                PasskeyProblem::NotRecognised
            })?;
        passkeys::add(
            &state.pool,
            viewer.account_id,
            &name,
            &passkey,
            unix_seconds_now(),
        )
        .await
        .map_err(stored)?;
        Ok(Go {
            go: paths::PASSKEYS.to_string(),
        })
    }
    .await;
    answer(result, &parts)
}

/// Removes one of the person's passkeys (a plain form, so it works without JavaScript). Another
/// account's passkey is never touched; the page is shown again either way.
async fn remove(
    State(state): State<AppState>,
    Path(passkey): Path<String>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(&paths::sign_in_then(paths::PASSKEYS)).into_response();
    };
    let Ok(id) = passkey.parse::<i64>() else {
        return Redirect::to(paths::PASSKEYS).into_response();
    };
    match passkeys::remove(&state.pool, viewer.account_id, id).await {
        Ok(_) => Redirect::to(paths::PASSKEYS).into_response(),
        Err(error) => {
            let outcome = FormOutcome {
                problems: vec![unavailable(error)],
                kept: Vec::new(),
            };
            render_again(&state, parts, outcome).await
        }
    }
}

async fn start_sign_in(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let result = async {
        let webauthn = relying_party(&state, &parts)?;
        let (mut challenge, ceremony) = webauthn
            .start_discoverable_authentication()
            .map_err(unavailable)?;
        // The person pressed the button: the browser asks at once rather than in the email box.
        challenge.mediation = None;
        session
            .insert(SIGNING_IN, ceremony)
            .await
            .map_err(unavailable)?;
        Ok(challenge)
    }
    .await;
    answer(result, &parts)
}

async fn finish_sign_in(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let signed_in = async {
        let waiting: Option<DiscoverableAuthentication> =
            session.remove(SIGNING_IN).await.map_err(unavailable)?;
        let ceremony = waiting.ok_or(PasskeyProblem::NotStarted)?;
        let answer: SignInAnswer = json_body(body).await?;
        let webauthn = relying_party(&state, &parts)?;
        let account =
            check_passkey(&state, &parts, &webauthn, &answer.credential, ceremony).await?;
        Ok((account, answer.return_to))
    }
    .await;
    let (account, return_to) = match signed_in {
        Ok(signed_in) => signed_in,
        Err(problem) => return refused(&parts, problem),
    };
    if let Err(error) = start_session(&session, &account).await {
        return refused(&parts, unavailable(error));
    }
    // As after a password: back to the page that asked, else where this person lands.
    let next = match safe_return_path(&return_to) {
        "/" => landing(&state, &account).await,
        path => path.to_string(),
    };
    let done = Json(Go { go: next }).into_response();
    devices::remember_device(&state, &parts, &account, done).await
}

/// Finds whose passkey this is and checks its signature, within the sign-in limit: a wrong answer
/// counts as a wrong password would, for that account, or for the address when no account has it.
async fn check_passkey(
    state: &AppState,
    parts: &Parts,
    webauthn: &Webauthn,
    credential: &PublicKeyCredential,
    ceremony: DiscoverableAuthentication,
) -> Result<accounts::Account, PasskeyProblem> {
    let limit = SignInLimit::new(&state.pool);
    let from = devices::tried_from(state, parts);
    let now = unix_seconds_now();
    let found = match webauthn.identify_discoverable_authentication(credential) {
        Ok((handle, credential_id)) => passkeys::find(&state.pool, credential_id)
            .await
            .map_err(unavailable)?
            .filter(|found| found.user_handle == handle.to_string()),
        Err(_) => None,
    };
    let owner = match &found {
        Some(found) => accounts::find(&state.pool, found.account_id)
            .await
            .map_err(unavailable)?,
        None => None,
    };
    let counted_as = match &owner {
        Some(account) => account.email.clone(),
        None => unknown_passkey_from(&from),
    };
    let attempt = match limit
        .begin(&counted_as, &from, now)
        .await
        .map_err(unavailable)?
    {
        Decision::Check(attempt) => attempt,
        Decision::Wait { minutes } => return Err(PasskeyProblem::TooManyTries { minutes }),
    };
    // The try stays counted as wrong unless everything below checks out.
    let (Some(mut found), Some(account)) = (found, owner) else {
        return Err(PasskeyProblem::NotRecognised);
    };
    let result = webauthn
        .finish_discoverable_authentication(credential, ceremony, &[(&found.passkey).into()])
        .map_err(|error| {
            tracing::info!(%error, "a passkey sign-in was refused");
            PasskeyProblem::NotRecognised
        })?;
    limit.succeeded(&attempt).await.map_err(unavailable)?;
    found.passkey.update_credential(&result);
    passkeys::used(&state.pool, found.id, &found.passkey, now)
        .await
        .map_err(unavailable)?;
    Ok(account)
}
