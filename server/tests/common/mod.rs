//! What the HTTP tests share: the real server on a free port with a SQLite file of its own, and a
//! client that keeps cookies, sends what a browser sends, and does not follow redirects (so tests
//! see each 303).
// Each test file uses its own part of this.
#![allow(dead_code)]

use clap::Parser;
use heard_server::storage;
use heard_server::web::{self, Settings};
use reqwest::header::LOCATION;
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use sqlx::SqlitePool;

pub const PASSWORD: &str = "a long enough password";

pub struct Running {
    pub base: String,
    pub pool: SqlitePool,
    pub _dir: tempfile::TempDir,
}

pub async fn start() -> Running {
    start_with(None).await
}

/// The server as it runs behind `public_url` (which decides the Secure cookie flag and the origin
/// that cross-site checks accept).
pub async fn start_with(public_url: Option<&str>) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let pool = storage::open(&format!(
        "sqlite://{}",
        dir.path().join("heard.db").display()
    ))
    .await
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings = Settings {
        addr,
        site_root: dir.path().join("site"),
        secure_cookies: public_url.is_some_and(|u| u.starts_with("https://")),
        public_origin: public_url.map(str::to_string),
        trusted_proxies: Default::default(),
        sign_ups_per_hour: heard_server::sign_up_limit::DEFAULT_PER_HOUR,
        connections: Default::default(),
    };
    tokio::spawn(web::serve(
        listener,
        settings,
        pool.clone(),
        std::future::pending(),
    ));
    Running {
        base: format!("http://{addr}"),
        pool,
        _dir: dir,
    }
}

/// The server as `heard serve FLAGS` runs it (e.g. `--trusted-proxy 127.0.0.1`).
pub async fn start_with_flags(flags: &[&str]) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let pool = storage::open(&format!(
        "sqlite://{}",
        dir.path().join("heard.db").display()
    ))
    .await
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let cli = heard_server::config::Cli::try_parse_from(
        std::iter::once("heard").chain(flags.iter().copied()),
    )
    .unwrap();
    let settings = Settings {
        addr,
        site_root: dir.path().join("site"),
        ..Settings::from_cli(&cli)
    };
    tokio::spawn(web::serve(
        listener,
        settings,
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

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string()
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
    client
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

pub async fn account_id(pool: &SqlitePool, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM accounts WHERE email = ?")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}
