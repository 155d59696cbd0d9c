//! What the HTTP tests share: the real server on a free port with a SQLite file of its own, and a
//! client that keeps cookies, sends what a browser sends, and does not follow redirects (so tests
//! see each 303).
// Each test file uses its own part of this.
#![allow(dead_code)]

pub mod mail;

use clap::Parser;
use heard_server::storage;
use heard_server::storage::Db;
use heard_server::web::{self, Settings};
use reqwest::header::{LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use std::net::SocketAddr;
use std::path::PathBuf;

pub const PASSWORD: &str = "a long enough password";

pub struct Running {
    pub base: String,
    pub pool: Db,
    pub _dir: tempfile::TempDir,
}

pub async fn start() -> Running {
    start_with(None).await
}

/// The server as it runs behind `public_url` (which decides the Secure cookie flag and the origin
/// that cross-site checks accept).
pub async fn start_with(public_url: Option<&str>) -> Running {
    serve_fresh(|addr, site_root| Settings {
        addr,
        mailer: mail_to_folder(&site_root),
        site_root,
        secure_cookies: public_url.is_some_and(|u| u.starts_with("https://")),
        public_origin: public_url.map(str::to_string),
        trusted_proxies: Default::default(),
        sign_ups_per_hour: heard_server::sign_up_limit::DEFAULT_PER_HOUR,
        connections: Default::default(),
    })
    .await
}

/// Email written into a folder beside the site folder, as `heard serve` does without an SMTP server.
pub fn mail_to_folder(site_root: &std::path::Path) -> std::sync::Arc<heard_server::mail::Mailer> {
    mailer(heard_server::mail::MailSettings {
        smtp_url: None,
        mail_from: None,
        mail_folder: site_root.with_file_name("mail-outbox"),
    })
}

pub fn mailer(
    settings: heard_server::mail::MailSettings,
) -> std::sync::Arc<heard_server::mail::Mailer> {
    std::sync::Arc::new(heard_server::mail::Mailer::new(&settings).unwrap())
}

/// The server sending its email to `sink`, a real SMTP server.
pub async fn start_with_mail(sink: &mail::Sink) -> Running {
    let url = sink.url();
    serve_fresh(move |addr, site_root| Settings {
        addr,
        site_root,
        secure_cookies: false,
        public_origin: None,
        trusted_proxies: Default::default(),
        sign_ups_per_hour: heard_server::sign_up_limit::DEFAULT_PER_HOUR,
        connections: Default::default(),
        mailer: mailer(heard_server::mail::MailSettings {
            smtp_url: Some(url),
            mail_from: Some(mail::FROM.to_string()),
            mail_folder: "unused".into(),
        }),
    })
    .await
}

/// The server as `heard serve FLAGS` runs it (e.g. `--trusted-proxy 127.0.0.1`).
pub async fn start_with_flags(flags: &[&str]) -> Running {
    let cli = heard_server::config::Cli::try_parse_from(
        std::iter::once("heard").chain(flags.iter().copied()),
    )
    .unwrap();
    serve_fresh(|addr, site_root| Settings {
        addr,
        mailer: mail_to_folder(&site_root),
        site_root,
        ..Settings::from_cli(&cli).unwrap()
    })
    .await
}

/// The server with `/metrics` served on a second free port, as `--metrics-addr` does; returns the
/// metrics address's base URL beside the server.
pub async fn start_with_metrics() -> (Running, String) {
    let metrics = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let metrics_base = format!("http://{}", metrics.local_addr().unwrap());
    let heard = serve_fresh_watched(Some(metrics), |addr, site_root| Settings {
        addr,
        mailer: mail_to_folder(&site_root),
        site_root,
        ..Settings::from_cli(&heard_server::config::Cli::try_parse_from(["heard"]).unwrap())
            .unwrap()
    })
    .await;
    (heard, metrics_base)
}

/// Serves a new, empty database file on a free port, with the settings `settings` makes for that
/// address and a site folder beside the file.
async fn serve_fresh(settings: impl FnOnce(SocketAddr, PathBuf) -> Settings) -> Running {
    serve_fresh_watched(None, settings).await
}

async fn serve_fresh_watched(
    metrics: Option<tokio::net::TcpListener>,
    settings: impl FnOnce(SocketAddr, PathBuf) -> Settings,
) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let pool = storage::open(&storage::for_tests::fresh_database_url(dir.path()).await)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(web::serve_with_metrics(
        listener,
        metrics,
        settings(addr, dir.path().join("site")),
        pool.clone(),
        std::future::pending(),
    ));
    Running {
        base: format!("http://{addr}"),
        pool,
        _dir: dir,
    }
}

/// A client that behaves as a browser does on this site's own pages: it keeps cookies and says
/// every request is from the same origin (`Sec-Fetch-Site`), as browsers do, so posts with a session
/// are not taken for another site's. Tests of other sites' requests set the header themselves.
pub fn browser() -> reqwest::Client {
    let mut same_origin = reqwest::header::HeaderMap::new();
    same_origin.insert(
        "sec-fetch-site",
        reqwest::header::HeaderValue::from_static("same-origin"),
    );
    reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(same_origin)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

pub async fn post_form<Fields: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    url: &str,
    fields: &Fields,
) -> reqwest::Response {
    client.post(url).form(fields).send().await.unwrap()
}

/// The `Set-Cookie` lines of a response, as written.
pub fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string()
}

/// The whole answer to a plain GET, for its status, headers and body.
pub async fn visit(client: &reqwest::Client, url: &str) -> reqwest::Response {
    client.get(url).send().await.unwrap()
}

pub async fn get(client: &reqwest::Client, url: &str) -> (StatusCode, String) {
    let response = client.get(url).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// A browser that has just made an account for `email`, and so is signed in as them.
pub async fn signed_up(heard: &Running, email: &str) -> reqwest::Client {
    let client = browser();
    let created = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER, "{email} signs up");
    confirm_by_hand(heard, email).await;
    client
}

/// Marks the newest account with `email` confirmed, as opening the emailed link does, for tests about
/// other things (`http/account_email.rs` opens the real link).
pub async fn confirm_by_hand(heard: &Running, email: &str) {
    storage::query(
        "UPDATE accounts SET confirmed_at = created_at
         WHERE id = (SELECT MAX(id) FROM accounts WHERE email = $1)",
    )
    .bind(email.trim().to_lowercase())
    .execute(&heard.pool)
    .await
    .unwrap();
}

/// A browser that has made an account for `email` and not confirmed it.
pub async fn signed_up_unconfirmed(heard: &Running, email: &str) -> reqwest::Client {
    let client = browser();
    let created = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER, "{email} signs up");
    client
}

/// The add-a-child form for Priya, at Elm Tree Juniors on SEN support.
pub const CHILD: &[(&str, &str)] = &[
    ("called-name", "Priya"),
    ("date-of-birth-day", "2"),
    ("date-of-birth-month", "10"),
    ("date-of-birth-year", "2015"),
    ("setting", "Elm Tree Juniors"),
    ("support-status", "sen-support"),
];

/// A family signed up as `email` that has added Amira (born 12 March 2013, with an EHC plan): the
/// family's browser and the path of Amira's record ("/children/1").
pub async fn family_with_amira(heard: &Running, email: &str) -> (reqwest::Client, String) {
    let family = signed_up(heard, email).await;
    let added = post_form(
        &family,
        &format!("{}/children/new", heard.base),
        &[
            ("called-name", "Amira"),
            ("date-of-birth-day", "12"),
            ("date-of-birth-month", "3"),
            ("date-of-birth-year", "2013"),
            ("support-status", "ehc-plan"),
        ],
    )
    .await;
    (family, location(&added))
}

/// Says yes to the invitation link with this secret, giving the name the family will see.
pub async fn say_yes(
    heard: &Running,
    client: &reqwest::Client,
    token: &str,
    name: &str,
) -> reqwest::Response {
    let url = format!("{}/invitations/{token}", heard.base);
    post_form(client, &url, &[("name", name)]).await
}

/// Writes `text` under "Important to me" in the record at `child` (a path), as a parent.
pub async fn add_to_about_me(
    heard: &Running,
    client: &reqwest::Client,
    child: &str,
    text: &str,
) -> reqwest::Response {
    post_form(
        client,
        &format!("{}{child}/about-me/new", heard.base),
        &[
            ("part", "important-to-me"),
            ("text", text),
            ("author", "parent-or-carer"),
        ],
    )
    .await
}

/// Adds a child through the add-a-child form filled in with `fields`; returns the child's id.
pub async fn add_child(heard: &Running, client: &reqwest::Client, fields: &[(&str, &str)]) -> i64 {
    let added = post_form(client, &format!("{}/children/new", heard.base), fields).await;
    assert_eq!(
        added.status(),
        StatusCode::SEE_OTHER,
        "adding a child: {fields:?}"
    );
    location(&added)
        .trim_start_matches("/children/")
        .parse()
        .unwrap()
}

pub async fn account_id(pool: &Db, email: &str) -> i64 {
    storage::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}
