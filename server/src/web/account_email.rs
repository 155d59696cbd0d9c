//! The account's email address and password: confirming the address, the link again, forgetting
//! the password, a new password from the emailed link, changing the address or the password, and
//! signing out on every device. Pages are in `heard_app::pages::account_email`.
//!
//! Every email is sent in the background: a page never waits for the mail server, so the answer
//! (and the time it takes) is the same whether or not an address has an account.

use super::account::start_session;
use super::devices;
use super::page_forms::read_form;
use super::{field, render_again, render_with_status, scope_of, AppState, ACCOUNT_EMAIL_KEY};
use crate::accounts::email_links::{self, Purpose};
use crate::accounts::emails::{self, Links};
use crate::accounts::{self, Account, AccountError, Confirmed};
use crate::mail::Email;
use crate::storage::unix_seconds_now;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::account::{check_email, AccountNotice, AccountProblem};
use heard_app::forms::{kept_without_password, FormOutcome};
use heard_app::locale::Locale;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/confirm-email/{token}", post(confirm_email))
        .route("/account/confirm-again", post(confirm_again))
        .route("/forgot-password", post(forgot_password))
        .route("/reset-password/{token}", post(reset_password))
        .route("/account/email", post(change_email))
        .route("/account/password", post(change_password))
        .route("/account/sign-out-everywhere", post(sign_out_everywhere))
}

/// Paths whose last part is a secret (an emailed link, an invitation, a shared review pack): their
/// pages tell no other site where they came from, and ask search engines not to keep them.
pub const SECRET_PATHS: [&str; 4] = [
    "/confirm-email/",
    "/reset-password/",
    "/invitations/",
    heard_app::paths::PACK_LINK_PREFIX,
];

pub(super) async fn no_referrer_on_secret_links(request: Request, next: Next) -> Response {
    let secret = SECRET_PATHS
        .iter()
        .any(|prefix| request.uri().path().starts_with(prefix));
    let mut response = next.run(request).await;
    if secret {
        response.headers_mut().insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
        response.headers_mut().insert(
            header::HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex"),
        );
    }
    response
}

/// Where emailed links point: `--public-url`, else the address Heard listens on. Never the request's
/// `Host`, which whoever asks for a new password could set to their own site.
fn links(state: &AppState) -> Links<'_> {
    Links {
        origin: state.email_origin.as_str(),
    }
}

fn send_later(state: &AppState, email: Email) {
    let mailer = state.mailer.clone();
    tokio::spawn(async move {
        // The email holds a secret link: only the failure is logged, never the message.
        if let Err(error) = mailer.send(&email).await {
            tracing::error!(%error, "could not send an account email");
        }
    });
}

/// After a sign-up (or "send it again"): to a new address, the link that confirms it; to an address
/// that has a confirmed account already, a note to its owner. Within the limit on emails to one
/// address, so signing up again and again cannot flood someone's inbox.
pub(super) fn send_sign_up_email(
    state: &AppState,
    account: &Account,
    locale: Locale,
    from: Option<std::net::IpAddr>,
    counted: bool,
) {
    let state = state.clone();
    let account = account.clone();
    tokio::spawn(async move {
        if let Err(error) = sign_up_email_now(&state, &account, locale, from, counted).await {
            tracing::error!(%error, "could not make a sign-up email");
        }
    });
}

async fn sign_up_email_now(
    state: &AppState,
    account: &Account,
    locale: Locale,
    from: Option<std::net::IpAddr>,
    counted: bool,
) -> Result<(), AccountError> {
    let now = unix_seconds_now();
    let per_address =
        email_links::ASKS_PER_ADDRESS_PER_HOUR.max(i64::from(state.sign_ups_per_hour));
    if !counted
        && email_links::ask_or_wait_within(&state.pool, &account.email, from, now, per_address)
            .await?
            .is_some()
    {
        return Ok(());
    }
    let owner = accounts::confirmed_with_email(&state.pool, &account.email).await?;
    let email = match owner {
        Some(owner) if owner.id != account.id => emails::sign_up_with_your_address(
            &owner.email,
            owner.locale.unwrap_or(locale),
            &links(state),
        ),
        Some(_) => return Ok(()),
        None => {
            let locale = account.locale.unwrap_or(locale);
            let secret =
                email_links::issue(&state.pool, account.id, Purpose::ConfirmSignUp, None, now)
                    .await?;
            let deleted_on = account
                .deleted_unless_confirmed_at()
                .map(|at| heard_app::words::long_date_of_time(at, heard_app::i18n::loader(locale)))
                .unwrap_or_default();
            emails::confirm_sign_up(
                &account.email,
                locale,
                links(state).confirm_email(&secret),
                deleted_on,
            )
        }
    };
    send_later(state, email);
    Ok(())
}

fn problems(
    problems: Vec<AccountProblem>,
    fields: &[(String, String)],
) -> FormOutcome<AccountProblem> {
    FormOutcome {
        problems,
        kept: kept_without_password(fields),
    }
}

async fn confirm_email(
    State(state): State<AppState>,
    session: Session,
    Path(secret): Path<String>,
    request: Request,
) -> Response {
    let (mut parts, _) = read_form(request).await;
    let mut outcome = accounts::confirm(&state.pool, &secret, Purpose::ConfirmSignUp).await;
    if matches!(outcome, Ok(Confirmed::LinkSpent)) {
        outcome = accounts::confirm(&state.pool, &secret, Purpose::ConfirmNewEmail).await;
    }
    let (notice, status) = match outcome {
        Ok(Confirmed::Done {
            account_id,
            email,
            old_email,
        }) => {
            let signed_in = scope_of(&parts)
                .viewer
                .is_some_and(|viewer| viewer.account_id == account_id);
            if signed_in {
                // The session keeps the email beside the id (see `scope`): it follows the change,
                // so this person stays signed in here.
                if let Err(error) = session.insert(ACCOUNT_EMAIL_KEY, &email).await {
                    tracing::error!(%error, "could not keep the session after a change of email");
                }
                // The scope was worked out before the address was confirmed: this page already
                // shows it as confirmed (no banner asking to confirm).
                if let Some(scope) = parts.extensions.get_mut::<heard_app::scope::RequestScope>() {
                    scope.confirm_by = None;
                }
            }
            if let Some(old) = old_email {
                let locale = accounts::find(&state.pool, account_id)
                    .await
                    .ok()
                    .flatten()
                    .and_then(|a| a.locale)
                    .unwrap_or(scope_of(&parts).locale);
                send_later(&state, emails::email_changed(&old, locale, &email));
            }
            (AccountNotice::EmailConfirmed { signed_in }, StatusCode::OK)
        }
        Ok(Confirmed::AddressTaken) => (AccountNotice::AddressTaken, StatusCode::CONFLICT),
        Ok(Confirmed::LinkSpent) => (AccountNotice::LinkSpent, StatusCode::GONE),
        Err(error) => {
            tracing::error!(%error, "could not confirm an email address");
            return render_again(
                &state,
                parts,
                problems(vec![AccountProblem::Unavailable], &[]),
            )
            .await;
        }
    };
    render_with_status(&state, parts, notice, status).await
}

async fn confirm_again(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let scope = scope_of(&parts);
    let Some(viewer) = scope.viewer else {
        return Redirect::to(&heard_app::paths::sign_in_then(
            heard_app::paths::CONFIRM_AGAIN,
        ))
        .into_response();
    };
    let account = match accounts::find(&state.pool, viewer.account_id).await {
        Ok(Some(account)) if !account.confirmed => account,
        Ok(_) => return Redirect::to(heard_app::paths::FAMILY).into_response(),
        Err(error) => {
            return render_again(&state, parts, problems(error.problems(), &fields)).await
        }
    };
    let from = devices::tried_from(&state, &parts).address;
    match may_email_now(&state, &account.email, from, unix_seconds_now()).await {
        Ok(()) => {
            send_sign_up_email(&state, &account, scope.locale, from, true);
            render_with_status(
                &state,
                parts,
                AccountNotice::ConfirmLinkSent,
                StatusCode::OK,
            )
            .await
        }
        Err(problem) => render_again(&state, parts, problems(vec![problem], &fields)).await,
    }
}

async fn forgot_password(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let typed = field(&fields, "email");
    if let Err(problem) = check_email(typed) {
        return render_again(&state, parts, problems(vec![problem], &fields)).await;
    }
    let from = devices::tried_from(&state, &parts).address;
    if let Err(problem) = may_email_now(&state, typed, from, unix_seconds_now()).await {
        return render_again(&state, parts, problems(vec![problem], &fields)).await;
    }
    let locale = scope_of(&parts).locale;
    let typed = typed.to_string();
    let background = state.clone();
    // Looked up and sent in the background, so the answer is the same, as fast, for any address.
    tokio::spawn(async move {
        let state = background;
        let found = accounts::confirmed_with_email(&state.pool, &typed).await;
        let account = match found {
            Ok(Some(account)) => account,
            Ok(None) => return,
            Err(error) => {
                tracing::error!(%error, "could not look up an account for a new password");
                return;
            }
        };
        let now = unix_seconds_now();
        match email_links::issue(&state.pool, account.id, Purpose::ResetPassword, None, now).await {
            Ok(secret) => send_later(
                &state,
                emails::reset_password(
                    &account.email,
                    account.locale.unwrap_or(locale),
                    links(&state).reset_password(&secret),
                ),
            ),
            Err(error) => tracing::error!(%error, "could not make a new-password link"),
        }
    });
    render_with_status(&state, parts, AccountNotice::ResetLinkSent, StatusCode::OK).await
}

async fn reset_password(
    State(state): State<AppState>,
    session: Session,
    Path(secret): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    match accounts::reset_password(&state.pool, &secret, field(&fields, "password")).await {
        // Every session of the account ended with the new password; this one starts afresh.
        Ok(Some(account)) => match start_session(&session, &account).await {
            Ok(()) => {
                let done = Redirect::to(heard_app::paths::FAMILY).into_response();
                devices::remember_device(&state, &parts, &account, done).await
            }
            Err(error) => {
                tracing::error!(%error, "could not start a session after a new password");
                Redirect::to(heard_app::paths::SIGN_IN).into_response()
            }
        },
        Ok(None) => {
            render_with_status(&state, parts, AccountNotice::LinkSpent, StatusCode::GONE).await
        }
        Err(error) => render_again(&state, parts, problems(error.problems(), &fields)).await,
    }
}

/// The account of the signed-in person, after checking the password they have now (within the
/// sign-in limit). `Err` is the problems to show.
async fn with_current_password(
    state: &AppState,
    parts: &axum::http::request::Parts,
    fields: &[(String, String)],
) -> Result<Account, Vec<AccountProblem>> {
    let Some(viewer) = scope_of(parts).viewer else {
        return Err(vec![AccountProblem::Unavailable]);
    };
    let checked = accounts::check_password(
        &state.pool,
        viewer.account_id,
        &viewer.email,
        field(fields, "current-password"),
        &devices::tried_from(state, parts),
    )
    .await;
    match checked {
        Ok(account) => Ok(account),
        Err(AccountError::Refused(problems))
            if problems
                .iter()
                .any(|p| matches!(p, AccountProblem::TooManyTries { .. })) =>
        {
            Err(problems)
        }
        Err(AccountError::Refused(_)) => Err(vec![AccountProblem::CurrentPasswordWrong]),
        Err(other) => Err(other.problems()),
    }
}

async fn change_email(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let scope = scope_of(&parts);
    if scope.viewer.is_none() {
        return Redirect::to(&heard_app::paths::sign_in_then(
            heard_app::paths::CHANGE_EMAIL,
        ))
        .into_response();
    }
    let account = match with_current_password(&state, &parts, &fields).await {
        Ok(account) => account,
        Err(found) => {
            let mut found = found;
            if let Err(AccountError::Refused(more)) =
                check_email(field(&fields, "email")).map_err(|p| AccountError::Refused(vec![p]))
            {
                found.splice(0..0, more);
            }
            return render_again(&state, parts, problems(found, &fields)).await;
        }
    };
    let new_email = match accounts::check_new_email(&account, field(&fields, "email")) {
        Ok(email) => email,
        Err(error) => {
            return render_again(&state, parts, problems(error.problems(), &fields)).await
        }
    };
    let from = devices::tried_from(&state, &parts).address;
    let now = unix_seconds_now();
    if let Err(problem) = may_email_now(&state, &new_email, from, now).await {
        return render_again(&state, parts, problems(vec![problem], &fields)).await;
    }
    match email_links::issue(
        &state.pool,
        account.id,
        Purpose::ConfirmNewEmail,
        Some(&new_email),
        now,
    )
    .await
    {
        Ok(secret) => send_later(
            &state,
            emails::confirm_new_email(
                &new_email,
                account.locale.unwrap_or(scope.locale),
                links(&state).confirm_email(&secret),
            ),
        ),
        Err(error) => {
            tracing::error!(%error, "could not make a link for a new email address");
            return render_again(
                &state,
                parts,
                problems(vec![AccountProblem::Unavailable], &fields),
            )
            .await;
        }
    }
    render_with_status(
        &state,
        parts,
        AccountNotice::NewEmailLinkSent { to: new_email },
        StatusCode::OK,
    )
    .await
}

async fn change_password(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    if scope_of(&parts).viewer.is_none() {
        return Redirect::to(&heard_app::paths::sign_in_then(
            heard_app::paths::CHANGE_PASSWORD,
        ))
        .into_response();
    }
    let new_password = field(&fields, "password");
    let account = match with_current_password(&state, &parts, &fields).await {
        Ok(account) => account,
        Err(mut found) => {
            if let Err(AccountError::Refused(more)) = accounts::check_new_password(new_password) {
                found.extend(more);
            }
            return render_again(&state, parts, problems(found, &fields)).await;
        }
    };
    if let Err(error) = accounts::set_password(&state.pool, account.id, new_password).await {
        return render_again(&state, parts, problems(error.problems(), &fields)).await;
    }
    // Every other device is signed out by the new epoch; this one carries on.
    let started = match accounts::find(&state.pool, account.id).await {
        Ok(Some(account)) => start_session(&session, &account).await.is_ok(),
        _ => false,
    };
    if !started {
        return Redirect::to(heard_app::paths::SIGN_IN).into_response();
    }
    render_with_status(
        &state,
        parts,
        AccountNotice::PasswordChanged,
        StatusCode::OK,
    )
    .await
}

async fn sign_out_everywhere(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, _) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(heard_app::paths::SIGN_IN).into_response();
    };
    if let Err(error) = accounts::end_every_session(&state.pool, viewer.account_id).await {
        tracing::error!(%error, "could not sign out on every device");
        return render_again(
            &state,
            parts,
            problems(vec![AccountProblem::Unavailable], &[]),
        )
        .await;
    }
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not end this session");
    }
    Redirect::to(heard_app::paths::HOME).into_response()
}

/// Whether Heard may email `to` now, asked from `from`: within the hourly limits per address and per
/// client address (`email_links::ask_or_wait`); otherwise the problem to show beside the field.
async fn may_email_now(
    state: &AppState,
    to: &str,
    from: Option<std::net::IpAddr>,
    now: i64,
) -> Result<(), AccountProblem> {
    match email_links::ask_or_wait(&state.pool, to, from, now).await {
        Ok(None) => Ok(()),
        Ok(Some(minutes)) => Err(AccountProblem::TooManyEmails { minutes }),
        Err(error) => {
            tracing::error!(%error, "could not count an email asked for");
            Err(AccountProblem::Unavailable)
        }
    }
}
