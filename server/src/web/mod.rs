//! The web layer: every request gets its scope (who, which language, which reading options), pages
//! are rendered by Leptos, and forms post back to their page's path and are answered here.

use crate::access::Gate;
use crate::client_address::TrustedProxies;
use crate::config::Cli;
use crate::cross_site::refuse_cross_site;
use crate::local_offer::LocalOfferStore;
use crate::mail::{MailError, Mailer};
use crate::people::PeopleStore;
use crate::record::RecordStore;
use crate::reminders::choices::EmailChoicesStore;
use crate::storage;
use crate::storage::Db;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use heard_app::forms::FormOutcome;
use heard_app::reminders::EmailChoicesService;
use heard_app::services::{Directory, PeopleService, Records};
use heard_app::{shell, App};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::{Expiry, SessionManagerLayer};

pub use connections::ConnectionLimits;
pub(crate) use scope::{cookie_value, scope_of};

mod account;
mod account_email;
mod attachment;
pub mod body_limits;
pub mod connections;
mod defences;
mod devices;
mod documents;
mod email_choices;
mod installable;
mod page_cache;
mod page_forms;
mod page_scripts;
mod passkeys;
mod record_files;
mod request_log;
pub(crate) mod routes;
mod scope;
mod server_fns;
pub mod watch;

pub const LOCALE_COOKIE: &str = "heard_locale";
pub const READING_COOKIE: &str = "heard_reading";
pub const SESSION_COOKIE: &str = "heard_session";
const ACCOUNT_KEY: &str = "account_id";
/// The account's email beside its id: SQLite may give a deleted account's id to a new account, and a
/// session left from the deleted one must not open the new one.
const ACCOUNT_EMAIL_KEY: &str = "account_email";
/// The account's session epoch when the session began: raising the account's ends the session.
const ACCOUNT_EPOCH_KEY: &str = "account_epoch";

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
    /// Where email goes: an SMTP server, or a folder.
    pub mailer: Arc<Mailer>,
}

impl Settings {
    /// The settings `heard serve` runs with. Fails when the email settings are wrong, so a mistake
    /// in them stops Heard at start rather than at the first email.
    pub fn from_cli(cli: &Cli) -> Result<Self, MailError> {
        Ok(Settings {
            addr: cli.addr,
            site_root: cli.site_root.clone(),
            secure_cookies: cli.secure_cookies(),
            public_origin: cli.public_url.clone(),
            trusted_proxies: TrustedProxies::new(cli.trusted_proxy.clone()),
            sign_ups_per_hour: cli.sign_ups_per_hour,
            connections: cli.connection_limits(),
            mailer: Arc::new(Mailer::new(&cli.mail_settings())?),
        })
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: Db,
    /// The services over the database; each request gets its own through `services()`.
    stores: Stores,
    pub leptos_options: LeptosOptions,
    pub secure_cookies: bool,
    /// The address people reach the site at, when configured; otherwise worked out from `Host`.
    pub public_origin: Option<String>,
    /// Whose X-Forwarded-For is believed (see `client_address`).
    pub trusted_proxies: Arc<TrustedProxies>,
    pub sign_ups_per_hour: u32,
    pub mailer: Arc<Mailer>,
    /// Which reminders each person wants.
    pub email_choices: EmailChoicesService,
    /// Where links in emails point: `--public-url`, else the address Heard listens on (never a
    /// request's `Host`, which anyone can set).
    pub email_origin: String,
    /// Public pages as sent to visitors who are not signed in (`page_cache`).
    kept_pages: page_cache::PageCache,
}

/// The services as the server holds them, shared by every request.
#[derive(Clone)]
struct Stores {
    records: RecordStore,
    directory: LocalOfferStore,
    people: PeopleStore,
    passkeys: crate::passkeys::PasskeyStore,
}

/// One request's services, sharing one gate to the access rule: it is asked once per child and each
/// use is logged once, however many times the form, its page and its parts ask.
#[derive(Clone)]
pub struct Services {
    /// The child's record behind its access rule; pages find it in their context.
    pub records: Records,
    /// The Local Offer: search, services, and services saved to a child's record.
    pub directory: Directory,
    /// Who may see a child's record: invitations, sharing, the log.
    pub people: PeopleService,
    /// The account's own passkeys.
    pub passkeys: heard_app::passkeys::PasskeysService,
}

impl AppState {
    pub fn services(&self) -> Services {
        let gate = Gate::for_one_request();
        Services {
            records: Arc::new(self.stores.records.with_gate(gate.clone())),
            directory: Arc::new(self.stores.directory.with_gate(gate.clone())),
            people: Arc::new(self.stores.people.with_gate(gate)),
            passkeys: Arc::new(self.stores.passkeys.clone()),
        }
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub async fn serve(
    listener: tokio::net::TcpListener,
    settings: Settings,
    pool: Db,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with_metrics(listener, None, settings, pool, shutdown).await
}

/// Serves the portal on `listener` and, when given, `/metrics` on `metrics` (an address apart from
/// the public one, see `watch`); both stop at `shutdown`.
pub async fn serve_with_metrics(
    listener: tokio::net::TcpListener,
    metrics: Option<tokio::net::TcpListener>,
    settings: Settings,
    pool: Db,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Expired sessions are cleared hourly so the table does not grow without end.
    let store = storage::session_store(&pool);
    tokio::spawn(async move {
        use tower_sessions::session_store::ExpiredDeletion;
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            if let Err(error) = store.delete_expired().await {
                tracing::error!(%error, "clearing expired sessions failed; trying again in an hour");
            }
        }
    });
    // Accounts never confirmed are deleted a week after they were made, with everything in them.
    let sweep = pool.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            let now = storage::unix_seconds_now();
            match crate::accounts::delete_unconfirmed(&sweep, now).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "deleted accounts never confirmed"),
                Err(error) => {
                    tracing::error!(%error, "deleting unconfirmed accounts failed; trying again in an hour")
                }
            }
        }
    });
    let state = app_state(&settings, pool);
    // The search index is built as the server starts, and follows imports made anywhere.
    tokio::spawn(state.stores.directory.clone().keep_index_fresh());
    let limits = settings.connections;
    let Some(metrics_listener) = metrics else {
        return connections::serve(
            listener,
            all_routes(settings, state, None),
            limits,
            shutdown,
        )
        .await;
    };
    let metrics = Arc::new(watch::Metrics::default());
    // Dropping `stop` when the portal has stopped stops the metrics listener too.
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let watching = tokio::spawn(connections::serve(
        metrics_listener,
        watch::metrics_routes(metrics.clone(), state.clone()),
        METRICS_CONNECTIONS,
        async move {
            let _ = stopped.await;
        },
    ));
    let served = connections::serve(
        listener,
        all_routes(settings, state, Some(metrics)),
        limits,
        shutdown,
    )
    .await;
    drop(stop);
    let _ = watching.await;
    served
}

/// A scraper or two, never the public: a few connections, answered quickly.
const METRICS_CONNECTIONS: ConnectionLimits = ConnectionLimits {
    max_connections: 4,
    header_timeout: std::time::Duration::from_secs(15),
    idle_timeout: std::time::Duration::from_secs(60),
    request_timeout: std::time::Duration::from_secs(30),
};

pub fn router(settings: Settings, pool: Db) -> Router {
    let state = app_state(&settings, pool);
    all_routes(settings, state, None)
}

fn app_state(settings: &Settings, pool: Db) -> AppState {
    let leptos_options = LeptosOptions::builder()
        .output_name("heard")
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .build();
    let directory = LocalOfferStore::new(pool.clone());
    AppState {
        pool: pool.clone(),
        stores: Stores {
            records: RecordStore::new(pool.clone()),
            directory: directory.clone(),
            people: PeopleStore::new(pool.clone()),
            passkeys: crate::passkeys::PasskeyStore::new(pool.clone()),
        },
        leptos_options,
        secure_cookies: settings.secure_cookies,
        public_origin: settings.public_origin.clone(),
        trusted_proxies: Arc::new(settings.trusted_proxies.clone()),
        sign_ups_per_hour: settings.sign_ups_per_hour,
        mailer: settings.mailer.clone(),
        email_choices: Arc::new(EmailChoicesStore::new(pool.clone())),
        email_origin: crate::mail::link_origin(settings.public_origin.as_deref(), settings.addr),
        kept_pages: page_cache::PageCache::new(directory, page_cache::KEPT_BYTES),
    }
}

/// Every route of the portal, counted into `metrics` when there are metrics to keep.
fn all_routes(settings: Settings, state: AppState, metrics: Option<Arc<watch::Metrics>>) -> Router {
    let leptos_options = state.leptos_options.clone();
    let pool = state.pool.clone();
    let sessions = SessionManagerLayer::new(storage::session_store(&pool))
        .with_name(SESSION_COOKIE)
        .with_secure(settings.secure_cookies)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(time::Duration::days(7)));

    let routes = generate_route_list(App);
    let pages = Router::new()
        .merge(account::routes())
        .merge(email_choices::routes())
        .merge(passkeys::routes())
        .merge(account_email::routes())
        .merge(routes::page_forms())
        .merge(record_files::routes())
        .merge(documents::routes())
        .route("/api/{*function}", post(server_fns::server_functions))
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || {
                    provide_services(&state.services());
                    provide_context(state.email_choices.clone());
                }
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
        .layer(middleware::from_fn_with_state(
            state.clone(),
            scope::attach_scope,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(
            account_email::no_referrer_on_secret_links,
        ))
        // Pages carry personal data: never kept in shared caches.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state.clone());

    let site = settings.site_root;
    let portal = Router::new()
        .route("/healthz", get(watch::healthz))
        .route(
            heard_app::paths::PASSKEYS_SCRIPT,
            get(page_scripts::passkeys),
        )
        .route(heard_app::paths::PRINT_SCRIPT, get(page_scripts::print))
        .route(
            heard_app::paths::KEEP_ON_PHONE_SCRIPT,
            get(page_scripts::keep_on_phone),
        )
        .route(heard_app::paths::MANIFEST, get(installable::manifest))
        .route(
            heard_app::paths::SERVICE_WORKER_START,
            get(installable::start_service_worker),
        )
        .route(heard_app::paths::SERVICE_WORKER, {
            let service_worker = installable::ServiceWorker::for_site(&site);
            get(move || async move { service_worker.respond() })
        })
        .route("/readyz", get(watch::readyz).with_state(state.clone()))
        .nest_service(BUILT_FILES[0], built_files(site.join("pkg")))
        .nest_service(BUILT_FILES[1], built_files(site.join("style")))
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
        // Pages are made per request, so they are compressed per request: brotli's default (11, its
        // best) took half the server's throughput for a few hundred bytes a page. 4 uses a smaller
        // match finder than 5, whose tables are zeroed for every page: home 3,520-3,675 req/s
        // against 3,040-3,104 (p99 27-29 ms against 31-32), for 2.8 KB against 2.6 (release, wrk
        // -c64, 2026-12-07). Built files are sent precompressed at 11 by `built_files` and pass
        // through untouched.
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(tower_http::CompressionLevel::Precise(4)),
        )
        // Outside everything that renders and compresses: a kept page is sent as it was.
        .layer(middleware::from_fn_with_state(
            state.kept_pages.clone(),
            page_cache::answer_from_kept_pages,
        ));
    let portal = match metrics {
        Some(metrics) => portal.layer(middleware::from_fn_with_state(
            metrics,
            watch::count_request,
        )),
        None => portal,
    };
    portal.layer(middleware::from_fn(request_log::log_request))
}

/// The folders of built files: the browser code and the stylesheet.
const BUILT_FILES: [&str; 2] = ["/pkg", "/style"];

/// Files made by scripts/build, sent in their precompressed form when the browser takes it.
fn built_files(folder: PathBuf) -> ServeDir {
    ServeDir::new(folder)
        .precompressed_br()
        .precompressed_gzip()
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
    let services = state.services();
    render_with(state, &services, parts, status, move || {
        provide_context(extra.clone())
    })
    .await
}

/// Renders the page at the request's path, whole (not streamed, so it works without JavaScript),
/// with this request's services and whatever `with` puts in its context, and the given status.
pub(crate) async fn render_with(
    state: &AppState,
    services: &Services,
    parts: Parts,
    status: StatusCode,
    with: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let options = state.leptos_options.clone();
    let services = services.clone();
    let email_choices = state.email_choices.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_services(&services);
            provide_context(email_choices.clone());
            with();
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// What pages and server functions find in their context: this request's services.
fn provide_services(services: &Services) {
    defences::provide_page_nonce();
    provide_context(services.records.clone());
    provide_context(services.directory.clone());
    provide_context(services.people.clone());
    provide_context(services.passkeys.clone());
}

async fn not_found(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    render_with_status(&state, parts, (), StatusCode::NOT_FOUND).await
}
