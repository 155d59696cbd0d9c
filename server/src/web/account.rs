//! Accounts: making one, signing in and out, the reading options and language a person chooses, and
//! deleting an account. These touch the session and the password, so they are answered here rather
//! than beside their pages.

use super::devices;
use super::page_forms::read_form;
use super::{
    cookie_value, field, render_again, scope_of, AppState, ACCOUNT_EMAIL_KEY, ACCOUNT_EPOCH_KEY,
    ACCOUNT_KEY, LOCALE_COOKIE, READING_COOKIE,
};
use crate::accounts::{self, Account, AccountError, NewAccount};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use cookie::{Cookie, SameSite};
use heard_app::account::AccountProblem;
use heard_app::account::DeleteProblem;
use heard_app::forms::{kept_without_password, FormOutcome};
use heard_app::locale::Locale;
use heard_app::reading::ReadingOptions;
use heard_app::scope::{safe_return_path, Viewer};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/new", post(create_account))
        .route("/sign-in", post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/reading-options", post(save_reading_options))
        .route("/language", post(choose_language))
        .route("/account/delete", post(delete_account))
        .route("/start", axum::routing::get(start_page))
}

/// `/start`: where this person begins (their family, their own page, or the families they help), for
/// links that cannot know which, such as the "not found" page; signed out, the home page.
async fn start_page(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    match scope_of(&parts).viewer {
        Some(viewer) => Redirect::to(&landing_of(&state, &viewer).await).into_response(),
        None => Redirect::to(heard_app::paths::HOME).into_response(),
    }
}

pub(crate) fn long_lived_cookie(name: &'static str, value: String, secure: bool) -> HeaderValue {
    let cookie = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(time::Duration::days(365))
        .build();
    HeaderValue::from_str(&cookie.encoded().to_string()).expect("cookie values are plain ASCII")
}

/// The one place a session is given an account (signing up, signing in, a new password): with the
/// account's email and session epoch, which `scope` checks on every request.
pub(crate) async fn start_session(
    session: &Session,
    account: &Account,
) -> Result<(), tower_sessions::session::Error> {
    // A new id on sign-in, so a session id planted before it is worthless (session fixation).
    session.cycle_id().await?;
    session.insert(ACCOUNT_EMAIL_KEY, &account.email).await?;
    session
        .insert(ACCOUNT_EPOCH_KEY, account.session_epoch)
        .await?;
    session.insert(ACCOUNT_KEY, account.id).await
}

fn account_problems(
    error: AccountError,
    fields: &[(String, String)],
) -> FormOutcome<AccountProblem> {
    FormOutcome {
        problems: error.problems(),
        kept: kept_without_password(fields),
    }
}

async fn create_account(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let chosen_locale =
        cookie_value(&parts.headers, LOCALE_COOKIE).and_then(|t| Locale::from_tag(&t));
    let chosen_reading =
        cookie_value(&parts.headers, READING_COOKIE).map(|r| ReadingOptions::parse(&r));
    let new = NewAccount {
        email: field(&fields, "email"),
        password: field(&fields, "password"),
        locale: chosen_locale,
        reading_options: chosen_reading,
    };
    let next = match safe_return_path(field(&fields, "return_to")) {
        "/" => "/family".to_string(),
        path => path.to_string(),
    };
    let address = devices::tried_from(&state, &parts).address;
    match accounts::sign_up(&state.pool, new, address, state.sign_ups_per_hour).await {
        Ok(account) => match start_session(&session, &account).await {
            Ok(()) => {
                let scope = scope_of(&parts);
                super::account_email::send_sign_up_email(
                    &state,
                    &account,
                    scope.locale,
                    address,
                    false,
                );
                let done = Redirect::to(&next).into_response();
                devices::remember_device(&state, &parts, &account, done).await
            }
            Err(error) => {
                tracing::error!(%error, "could not start a session after creating an account");
                Redirect::to("/sign-in").into_response()
            }
        },
        Err(error) => render_again(&state, parts, account_problems(error, &fields)).await,
    }
}

async fn sign_in(State(state): State<AppState>, session: Session, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let result = accounts::sign_in(
        &state.pool,
        field(&fields, "email"),
        field(&fields, "password"),
        &devices::tried_from(&state, &parts),
    )
    .await;
    // Back to the page that asked them to sign in, if any (only ever a page of this site).
    let next = safe_return_path(field(&fields, "return_to")).to_string();
    match result {
        Ok(account) => match start_session(&session, &account).await {
            Ok(()) => {
                let next = if next == "/" {
                    landing(&state, &account).await
                } else {
                    next
                };
                let done = Redirect::to(&next).into_response();
                devices::remember_device(&state, &parts, &account, done).await
            }
            Err(error) => {
                tracing::error!(%error, "could not start a session");
                let outcome = FormOutcome {
                    problems: vec![AccountProblem::Unavailable],
                    kept: kept_without_password(&fields),
                };
                render_again(&state, parts, outcome).await
            }
        },
        Err(error) => render_again(&state, parts, account_problems(error, &fields)).await,
    }
}

/// Where this person lands with nowhere else to go: see `paths::landing`. If the records cannot be
/// read just now, the family page, which says so.
pub(super) async fn landing(state: &AppState, account: &Account) -> String {
    let viewer = Viewer {
        account_id: account.id,
        email: account.email.clone(),
    };
    landing_of(state, &viewer).await
}

async fn landing_of(state: &AppState, viewer: &Viewer) -> String {
    let services = state.services();
    let has_children = services
        .records
        .children(viewer)
        .await
        .map(|children| !children.is_empty())
        .unwrap_or(true);
    let own = services.people.own_record(viewer).await.ok().flatten();
    let shares = services
        .people
        .shared_with_me(viewer)
        .await
        .unwrap_or_default();
    let professional = shares
        .iter()
        .filter(|s| s.role == heard_app::people::Role::Professional)
        .count();
    heard_app::paths::landing(has_children, own, shares.len() - professional, professional)
}

async fn sign_out(session: Session) -> Response {
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not end a session");
    }
    Redirect::to("/").into_response()
}

async fn save_reading_options(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let options = ReadingOptions::from_pairs(fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    if let Some(viewer) = scope_of(&parts).viewer {
        if let Err(error) =
            accounts::save_reading_options(&state.pool, viewer.account_id, options).await
        {
            // The cookie still keeps the choice on this device; the account catches up next save.
            tracing::error!(%error, "could not save reading options to the account");
        }
    }
    let return_to = safe_return_path(field(&fields, "return_to"));
    let back = heard_app::paths::reading_options_saved(return_to);
    let mut response = Redirect::to(&back).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        long_lived_cookie(READING_COOKIE, options.encode(), state.secure_cookies),
    );
    response
}

async fn choose_language(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = read_form(request).await;
    let return_to = safe_return_path(field(&fields, "return_to")).to_string();
    let Some(locale) = Locale::from_tag(field(&fields, "locale")) else {
        // Nothing chosen: show the page again rather than guess.
        return Redirect::to(&heard_app::paths::language_then(&return_to)).into_response();
    };
    if let Some(viewer) = scope_of(&parts).viewer {
        if let Err(error) = accounts::save_locale(&state.pool, viewer.account_id, locale).await {
            tracing::error!(%error, "could not save the language to the account");
        }
    }
    let mut response = Redirect::to(&return_to).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        long_lived_cookie(LOCALE_COOKIE, locale.tag().into(), state.secure_cookies),
    );
    response
}

fn delete_problems(
    problems: Vec<DeleteProblem>,
    fields: &[(String, String)],
) -> FormOutcome<DeleteProblem> {
    FormOutcome {
        problems,
        kept: kept_without_password(fields),
    }
}

async fn delete_account(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to("/sign-in?return_to=%2Faccount%2Fdelete").into_response();
    };
    let mut problems = Vec::new();
    // The password is checked as at sign-in, within the same rate limit.
    if crate::accounts::check_password(
        &state.pool,
        viewer.account_id,
        &viewer.email,
        field(&fields, "password"),
        &devices::tried_from(&state, &parts),
    )
    .await
    .is_err()
    {
        problems.push(DeleteProblem::WrongPassword);
    }
    if field(&fields, "confirm") != "yes" {
        problems.push(DeleteProblem::NotConfirmed);
    }
    if !problems.is_empty() {
        return render_again(&state, parts, delete_problems(problems, &fields)).await;
    }
    if let Err(error) = state.services().people.delete_account(&viewer).await {
        tracing::error!(%error, "could not delete an account");
        return render_again(
            &state,
            parts,
            delete_problems(vec![DeleteProblem::Unavailable], &fields),
        )
        .await;
    }
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not end the deleted account's session");
    }
    Redirect::to("/account/deleted").into_response()
}
