//! The web layer: every request gets its scope (who, which language, which reading options), pages
//! are rendered by Leptos, and forms post back to their page's path and are answered here.

use crate::accounts::{self, Account, AccountError, NewAccount};
use crate::client_address::TrustedProxies;
use crate::config::Cli;
use crate::cross_site::refuse_cross_site;
use crate::local_offer::SqliteLocalOffer;
use crate::people::SqlitePeople;
use crate::record::SqliteRecords;
use crate::storage;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, request::Parts, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use cookie::{Cookie, SameSite};
use heard_app::account::AccountProblem;
use heard_app::forms::FormOutcome;
use heard_app::locale::Locale;
use heard_app::reading::ReadingOptions;
use heard_app::scope::{safe_return_path, RequestScope, Viewer};
use heard_app::services::{Directory, PeopleService, Records};
use heard_app::{shell, App};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sqlx::SqlitePool;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::{Expiry, Session, SessionManagerLayer};

pub use connections::ConnectionLimits;

mod about_me;
pub mod body_limits;
mod children;
pub mod connections;
mod defences;
mod devices;
mod goals;
mod local_offer;
mod my_page;
mod people;
mod prepare;
mod record_forms;
mod request_log;
mod reviews;
mod server_fns;

pub const LOCALE_COOKIE: &str = "heard_locale";
pub const READING_COOKIE: &str = "heard_reading";
pub const SESSION_COOKIE: &str = "heard_session";
const ACCOUNT_KEY: &str = "account_id";
/// The account's email beside its id: SQLite may give a deleted account's id to a new account, and a
/// session left from the deleted one must not open the new one.
const ACCOUNT_EMAIL_KEY: &str = "account_email";

#[derive(Debug, Clone)]
pub struct Settings {
    pub addr: SocketAddr,
    pub site_root: PathBuf,
    pub secure_cookies: bool,
    pub public_origin: Option<String>,
    pub trusted_proxies: TrustedProxies,
    pub sign_ups_per_hour: u32,
    /// How many connections at once, and how long each may take.
    pub connections: ConnectionLimits,
}

impl Settings {
    pub fn from_cli(cli: &Cli) -> Self {
        Settings {
            addr: cli.addr,
            site_root: cli.site_root.clone(),
            secure_cookies: cli.secure_cookies(),
            public_origin: cli.public_url.clone(),
            trusted_proxies: TrustedProxies::new(cli.trusted_proxy.clone()),
            sign_ups_per_hour: cli.sign_ups_per_hour,
            connections: cli.connection_limits(),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    /// The child's record behind its access rule; pages find it in their context.
    pub records: Records,
    /// The Local Offer: search, services, and services saved to a child's record.
    pub directory: Directory,
    /// Who may see a child's record: invitations, sharing, the log.
    pub people: PeopleService,
    pub leptos_options: LeptosOptions,
    pub secure_cookies: bool,
    /// The address people reach the site at, when configured; otherwise worked out from `Host`.
    pub public_origin: Option<String>,
    /// Whose X-Forwarded-For is believed (see `client_address`).
    pub trusted_proxies: Arc<TrustedProxies>,
    pub sign_ups_per_hour: u32,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub async fn serve(
    listener: tokio::net::TcpListener,
    settings: Settings,
    pool: SqlitePool,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Expired sessions are cleared hourly so the table does not grow without end.
    let store = storage::session_store(pool.clone());
    tokio::spawn(async move {
        use tower_sessions::session_store::ExpiredDeletion;
        if let Err(error) = store
            .continuously_delete_expired(std::time::Duration::from_secs(3600))
            .await
        {
            tracing::error!(%error, "clearing expired sessions stopped");
        }
    });
    let limits = settings.connections;
    connections::serve(listener, router(settings, pool), limits, shutdown).await
}

pub fn router(settings: Settings, pool: SqlitePool) -> Router {
    let leptos_options = LeptosOptions::builder()
        .output_name("heard")
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .build();
    let state = AppState {
        pool: pool.clone(),
        records: Arc::new(SqliteRecords::new(pool.clone())),
        directory: Arc::new(SqliteLocalOffer::new(pool.clone())),
        people: Arc::new(SqlitePeople::new(pool.clone())),
        leptos_options: leptos_options.clone(),
        secure_cookies: settings.secure_cookies,
        public_origin: settings.public_origin.clone(),
        trusted_proxies: Arc::new(settings.trusted_proxies.clone()),
        sign_ups_per_hour: settings.sign_ups_per_hour,
    };

    let sessions = SessionManagerLayer::new(storage::session_store(pool.clone()))
        .with_name(SESSION_COOKIE)
        .with_secure(settings.secure_cookies)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(time::Duration::days(7)));

    let routes = generate_route_list(App);
    let pages = Router::new()
        .route("/account/new", post(create_account))
        .route("/sign-in", post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/reading-options", post(save_reading_options))
        .route("/language", post(choose_language))
        .merge(children::routes())
        .merge(people::routes())
        .merge(people::your_data_routes())
        .merge(my_page::routes())
        .merge(about_me::routes())
        .merge(goals::routes())
        .merge(reviews::routes())
        .merge(prepare::routes())
        .merge(local_offer::routes())
        .route("/api/{*function}", post(server_fns::server_functions))
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || provide_services(&state)
            },
            {
                let options = leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(not_found)
        // Innermost: a form is read whole only after the cross-site check, and a too-long one is
        // answered in the person's language (the scope is attached outside this).
        .layer(middleware::from_fn(body_limits::refuse_too_long_forms))
        .layer(middleware::from_fn(server_fns::answer_plainly))
        .layer(middleware::from_fn_with_state(
            settings.public_origin.clone(),
            refuse_cross_site,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), attach_scope))
        .layer(sessions)
        // Pages carry personal data: never kept in shared caches.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state);

    let site = settings.site_root;
    Router::new()
        .route("/healthz", get(healthz).with_state(pool))
        .nest_service("/pkg", built_files(site.join("pkg")))
        .nest_service("/style", built_files(site.join("style")))
        .merge(pages)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(middleware::from_fn_with_state(
            defences::Defences {
                https: settings.secure_cookies,
            },
            defences::browser_defences,
        ))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(middleware::from_fn(request_log::log_request))
}

/// Files made by scripts/build, sent in their precompressed form when the browser takes it.
fn built_files(folder: PathBuf) -> ServeDir {
    ServeDir::new(folder)
        .precompressed_br()
        .precompressed_gzip()
}

async fn healthz(State(pool): State<SqlitePool>) -> StatusCode {
    if storage::answers(&pool).await {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    }
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
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
async fn attach_scope(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let account = signed_in_account(&state.pool, &session).await;
    let headers = request.headers();
    let locale = cookie_value(headers, LOCALE_COOKIE)
        .and_then(|tag| Locale::from_tag(&tag))
        .or(account.as_ref().and_then(|a| a.locale))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default();
    let reading = cookie_value(headers, READING_COOKIE)
        .map(|encoded| ReadingOptions::parse(&encoded))
        .or(account.as_ref().and_then(|a| a.reading_options))
        .unwrap_or_default();
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
    let viewer = account.map(|a| Viewer {
        account_id: a.id,
        email: a.email,
    });
    if viewer.is_some() && request.method() == axum::http::Method::GET {
        if let Some(kept) = record_forms::take_kept_form(&session, request.uri().path()).await {
            request.extensions_mut().insert(kept);
        }
    }
    request.extensions_mut().insert(RequestScope {
        locale,
        reading,
        viewer,
        here,
        origin: origin.trim_end_matches('/').to_string(),
    });
    next.run(request).await
}

async fn signed_in_account(pool: &SqlitePool, session: &Session) -> Option<Account> {
    let id = session.get::<i64>(ACCOUNT_KEY).await.ok().flatten()?;
    let email = session
        .get::<String>(ACCOUNT_EMAIL_KEY)
        .await
        .ok()
        .flatten()?;
    match accounts::find(pool, id).await {
        Ok(account) => account.filter(|a| a.email == email),
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

/// Splits a posted form into the request's parts (for rendering the page again) and its fields. A
/// form too long to keep never gets here: `body_limits::refuse_too_long_forms` answers it first.
pub(crate) async fn read_form(request: Request) -> (Parts, Vec<(String, String)>) {
    let (parts, body) = request.into_parts();
    let fields = match to_bytes(body, body_limits::FORM_LIMIT_BYTES).await {
        Ok(bytes) => serde_urlencoded::from_bytes(&bytes).unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    (parts, fields)
}

pub(crate) fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find_map(|(n, v)| (n == name).then_some(v.as_str()))
        .unwrap_or_default()
}

/// Renders the page at the request's path again, with the form's problems and what was typed.
/// Rendered whole (not streamed), so it works without JavaScript.
pub(crate) async fn render_again<P: Clone + Send + Sync + 'static>(
    state: &AppState,
    parts: Parts,
    outcome: FormOutcome<P>,
) -> Response {
    render_with_status(state, parts, outcome, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Renders the page at the request's path with something extra in its context and the given status.
pub(crate) async fn render_with_status<C: Clone + Send + Sync + 'static>(
    state: &AppState,
    parts: Parts,
    extra: C,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let state = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_services(&state);
            provide_context(extra.clone());
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// What pages and server functions find in their context: the services over the database.
fn provide_services(state: &AppState) {
    defences::provide_page_nonce();
    provide_context(state.records.clone());
    provide_context(state.directory.clone());
    provide_context(state.people.clone());
}

async fn not_found(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    render_with_status(&state, parts, (), StatusCode::NOT_FOUND).await
}

fn long_lived_cookie(name: &'static str, value: String, secure: bool) -> HeaderValue {
    let cookie = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(time::Duration::days(365))
        .build();
    HeaderValue::from_str(&cookie.encoded().to_string()).expect("cookie values are plain ASCII")
}

async fn start_session(
    session: &Session,
    account: &Account,
) -> Result<(), tower_sessions::session::Error> {
    // A new id on sign-in, so a session id planted before it is worthless (session fixation).
    session.cycle_id().await?;
    session.insert(ACCOUNT_EMAIL_KEY, &account.email).await?;
    session.insert(ACCOUNT_KEY, account.id).await
}

/// Everything typed except the password goes back to the page.
fn kept_fields(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .filter(|(name, _)| name != "password")
        .cloned()
        .collect()
}

fn account_problems(
    error: AccountError,
    fields: &[(String, String)],
) -> FormOutcome<AccountProblem> {
    FormOutcome {
        problems: error.problems(),
        kept: kept_fields(fields),
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
    let next = match safe_return_path(field(&fields, "return_to")) {
        "/" => "/family".to_string(),
        path => path.to_string(),
    };
    match result {
        Ok(account) => match start_session(&session, &account).await {
            Ok(()) => {
                let done = Redirect::to(&next).into_response();
                devices::remember_device(&state, &parts, &account, done).await
            }
            Err(error) => {
                tracing::error!(%error, "could not start a session");
                let outcome = FormOutcome {
                    problems: vec![AccountProblem::Unavailable],
                    kept: kept_fields(&fields),
                };
                render_again(&state, parts, outcome).await
            }
        },
        Err(error) => render_again(&state, parts, account_problems(error, &fields)).await,
    }
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
