//! What an operator watches, against the real server: `/healthz` answers while the process lives,
//! whatever the database does; `/readyz` says whether the database answers and the search index is
//! built, and says "not ready" rather than hang when the database is stuck; `/metrics` is served only
//! on its own address, counting requests by route template, never by a path with ids in it; and
//! `--log-format json` makes the real binary write one JSON object a line.

use crate::common::*;

use heard_server::storage::{self, for_tests, Db};
use heard_server::web::{self, Settings};
use reqwest::header::{CONTENT_TYPE, SET_COOKIE};
use reqwest::StatusCode;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// `/readyz`, asked again while it says "not ready yet" (the index is built in the background on
/// start), for up to a minute.
async fn ready(client: &reqwest::Client, base: &str) -> (StatusCode, String) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (status, body) = get(client, &format!("{base}/readyz")).await;
        if status != StatusCode::SERVICE_UNAVAILABLE || Instant::now() > deadline {
            return (status, body);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn healthz_says_alive_without_a_cookie_even_when_the_database_is_gone() {
    let heard = start().await;
    let client = browser();
    let response = visit(&client, &format!("{}/healthz", heard.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert!(response.headers().get(SET_COOKIE).is_none());
    assert_eq!(response.text().await.unwrap(), "ok");

    // Alive is not the same as ready: with the database gone the process still answers, so a
    // supervisor does not restart it for a database that is down.
    heard.pool.close().await;
    let response = visit(&client, &format!("{}/healthz", heard.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn readyz_says_ready_once_the_database_answers_and_the_search_index_is_built() {
    let heard = start().await;
    let client = browser();
    let (status, body) = ready(&client, &heard.base).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, "database: ok\nsearch index: ok\n");
    let response = visit(&client, &format!("{}/readyz", heard.base)).await;
    assert!(response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert!(response.headers().get(SET_COOKIE).is_none());
}

#[tokio::test]
async fn readyz_is_503_with_a_plain_reason_when_the_database_is_gone() {
    let heard = start().await;
    let client = browser();
    let (status, _) = ready(&client, &heard.base).await;
    assert_eq!(status, StatusCode::OK);

    heard.pool.close().await;
    let (status, body) = get(&client, &format!("{}/readyz", heard.base)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    // The index already built still answers searches; only the database is named, and nothing of
    // the driver's own error is shown.
    assert_eq!(body, "database: not answering\nsearch index: ok\n");
}

#[tokio::test]
async fn readyz_says_not_ready_rather_than_hang_when_the_database_is_stuck() {
    let heard = start().await;
    let client = browser();
    let (status, _) = ready(&client, &heard.base).await;
    assert_eq!(status, StatusCode::OK);

    // Every connection in the pool taken and held: a query waits for one (sqlx waits 30 seconds
    // on SQLite, 10 on PostgreSQL, before it gives up).
    let held: Box<dyn std::any::Any + Send> = match &heard.pool {
        Db::Sqlite(pool) => Box::new(hold_every_connection(pool).await),
        Db::Postgres(pool) => Box::new(hold_every_connection(pool).await),
    };
    let asked = Instant::now();
    let (status, body) = get(&client, &format!("{}/readyz", heard.base)).await;
    let waited = asked.elapsed();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(body.contains("database: not answering"), "{body}");
    // Before the pool itself would give up, with room for a loaded machine.
    assert!(waited < Duration::from_secs(8), "waited {waited:?}");
    drop(held);
    let (status, _) = get(&client, &format!("{}/readyz", heard.base)).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "ready again once connections are free"
    );
}

async fn hold_every_connection<D: sqlx::Database>(
    pool: &sqlx::Pool<D>,
) -> Vec<sqlx::pool::PoolConnection<D>> {
    let mut held = Vec::new();
    for _ in 0..pool.options().get_max_connections() {
        held.push(pool.acquire().await.unwrap());
    }
    held
}

#[tokio::test]
async fn readyz_names_the_search_index_while_there_is_none() {
    // A server whose database is gone before it starts cannot build its index.
    let dir = tempfile::tempdir().unwrap();
    let pool = storage::open(&for_tests::fresh_database_url(dir.path()).await)
        .await
        .unwrap();
    pool.close().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(web::serve(
        listener,
        Settings {
            addr,
            site_root: dir.path().join("site"),
            mailer: crate::common::mail_to_folder(&dir.path().join("site")),
            ..Settings::from_cli(
                &<heard_server::config::Cli as clap::Parser>::try_parse_from(["heard"]).unwrap(),
            )
            .unwrap()
        },
        pool,
        std::future::pending(),
    ));
    let (status, body) = get(&browser(), &format!("http://{addr}/readyz")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        body,
        "database: not answering\nsearch index: not built yet\n"
    );
    let (status, _) = get(&browser(), &format!("http://{addr}/healthz")).await;
    assert_eq!(status, StatusCode::OK);
}

/// One sample of the text exposition format: its name, labels and value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: HashMap<String, String>,
    value: f64,
}

/// Reads the text format strictly: comments are `# HELP name text` or `# TYPE name kind`; every
/// other line is `name{label="value",...} number` with `\\`, `\"` and `\n` the only escapes.
fn samples(exposition: &str) -> Vec<Sample> {
    let is_name = |name: &str| {
        !name.is_empty()
            && name.chars().enumerate().all(|(at, c)| {
                c.is_ascii_alphabetic() || c == '_' || (at > 0 && c.is_ascii_digit())
            })
    };
    let mut found = Vec::new();
    for line in exposition.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            let mut words = comment.splitn(3, ' ');
            let kind = words.next().unwrap();
            assert!(kind == "HELP" || kind == "TYPE", "{line}");
            assert!(is_name(words.next().unwrap()), "{line}");
            if kind == "TYPE" {
                let what = words.next().unwrap();
                assert!(["counter", "gauge", "histogram"].contains(&what), "{line}");
            }
            continue;
        }
        let (series, value) = line.rsplit_once(' ').expect(line);
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            number => number.parse().expect(line),
        };
        let (name, labels) = match series.split_once('{') {
            None => (series.to_string(), HashMap::new()),
            Some((name, rest)) => {
                let rest = rest.strip_suffix('}').expect(line);
                let mut labels = HashMap::new();
                let mut chars = rest.chars().peekable();
                while chars.peek().is_some() {
                    let label: String = chars.by_ref().take_while(|c| *c != '=').collect();
                    assert!(is_name(&label), "{line}");
                    assert_eq!(chars.next(), Some('"'), "{line}");
                    let mut text = String::new();
                    loop {
                        match chars.next().expect(line) {
                            '"' => break,
                            '\\' => match chars.next().expect(line) {
                                '\\' => text.push('\\'),
                                '"' => text.push('"'),
                                'n' => text.push('\n'),
                                other => panic!("escape \\{other} in {line}"),
                            },
                            '\n' => panic!("a line feed in {line}"),
                            c => text.push(c),
                        }
                    }
                    labels.insert(label, text);
                    if chars.peek() == Some(&',') {
                        chars.next();
                    }
                }
                (name.to_string(), labels)
            }
        };
        assert!(is_name(&name), "{line}");
        found.push(Sample {
            name,
            labels,
            value,
        });
    }
    found
}

fn value_of(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && s.labels.len() == labels.len()
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

#[tokio::test]
async fn metrics_are_served_only_on_their_own_address() {
    let (heard, metrics) = start_with_metrics().await;
    let client = browser();
    let (status, _) = get(&client, &format!("{}/metrics", heard.base)).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "never through the public address"
    );
    let response = visit(&client, &format!("{metrics}/metrics")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    // The metrics address serves nothing else: not the portal's pages or probes.
    for path in ["/", "/healthz", "/sign-in"] {
        let (status, _) = get(&client, &format!("{metrics}{path}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }

    // Without --metrics-addr there is no /metrics anywhere (the test server above has it; this one
    // is as `heard serve` starts by default).
    let plain = start().await;
    let (status, _) = get(&client, &format!("{}/metrics", plain.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_with_durations_pool_and_index() {
    let (heard, metrics) = start_with_metrics().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    assert_eq!(child, "/children/1");
    for _ in 0..3 {
        let (status, _) = get(&family, &format!("{}{child}/goals", heard.base)).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, _) = get(&family, &format!("{}/no-such-page/amira", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A visitor who is not signed in, home twice: made and kept once, then sent as kept. (Pages are
    // kept once the first search index is built, which /readyz waits for.)
    while get(&browser(), &format!("{}/readyz", heard.base)).await.0 != StatusCode::OK {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for _ in 0..2 {
        let (status, _) = get(&browser(), &format!("{}/", heard.base)).await;
        assert_eq!(status, StatusCode::OK);
    }
    // Before any import there is no time of one to show.
    let (_, before) = get(&browser(), &format!("{metrics}/metrics")).await;
    assert!(value_of(
        &samples(&before),
        "heard_local_offer_changed_timestamp_seconds",
        &[]
    )
    .is_none());
    // An import, then a search: the index is rebuilt from it, in the background.
    heard_server::local_offer::import::import_source(
        &heard.pool,
        &Default::default(),
        &format!(
            "{}/tests/fixtures/oruk/v3-array.json",
            env!("CARGO_MANIFEST_DIR")
        ),
        heard_server::local_offer::oruk::DEFAULT_MAX_BYTES,
    )
    .await
    .unwrap();
    let (status, _) = get(&family, &format!("{}/local-offer?q=swimming", heard.base)).await;
    assert_eq!(status, StatusCode::OK);

    let waiting = std::time::Instant::now();
    let (text, found) = loop {
        let (status, text) = get(&browser(), &format!("{metrics}/metrics")).await;
        assert_eq!(status, StatusCode::OK);
        let found = samples(&text);
        if value_of(&found, "heard_local_offer_index_generation", &[]) == Some(1.0) {
            break (text, found);
        }
        assert!(
            waiting.elapsed() < std::time::Duration::from_secs(120),
            "the index was never rebuilt: {text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };

    assert_eq!(
        value_of(
            &found,
            "heard_http_requests_total",
            &[
                ("route", "/children/{child}/goals"),
                ("method", "GET"),
                ("status", "200")
            ]
        ),
        Some(3.0),
        "{text}"
    );
    assert_eq!(
        value_of(
            &found,
            "heard_http_requests_total",
            &[
                ("route", "/children/new"),
                ("method", "POST"),
                ("status", "303")
            ]
        ),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        value_of(
            &found,
            "heard_http_requests_total",
            &[("route", "unmatched"), ("method", "GET"), ("status", "404")]
        ),
        Some(1.0),
        "{text}"
    );
    // Never a path as it was asked for: no ids, no search words, nothing typed.
    for sample in &found {
        for value in sample.labels.values() {
            assert!(
                !value.contains("/children/1") && !value.contains("amira") && !value.contains('?'),
                "{sample:?}"
            );
        }
    }
    // The histogram: a bucket for every bound, counts never falling, +Inf equal to the count.
    let route = [("route", "/children/{child}/goals")];
    let buckets: Vec<&Sample> = found
        .iter()
        .filter(|s| {
            s.name == "heard_http_request_duration_seconds_bucket"
                && s.labels["route"] == "/children/{child}/goals"
        })
        .collect();
    assert_eq!(buckets.len(), 12, "{text}");
    assert!(buckets.windows(2).all(|w| w[0].value <= w[1].value));
    assert_eq!(buckets.last().unwrap().labels["le"], "+Inf");
    assert_eq!(buckets.last().unwrap().value, 3.0);
    assert_eq!(
        value_of(&found, "heard_http_request_duration_seconds_count", &route),
        Some(3.0)
    );
    assert!(value_of(&found, "heard_http_request_duration_seconds_sum", &route).unwrap() > 0.0);

    let gauge = |name: &str| value_of(&found, name, &[]).unwrap_or_else(|| panic!("{name}"));
    assert_eq!(gauge("heard_db_pool_max_connections"), 8.0);
    assert!(gauge("heard_db_pool_connections") >= 1.0);
    assert!(gauge("heard_db_pool_idle_connections") <= gauge("heard_db_pool_connections"));
    assert_eq!(gauge("heard_local_offer_index_generation"), 1.0);
    assert!(gauge("heard_local_offer_index_services") >= 1.0);
    // Kept pages: the visitor's home (the family's pages are never kept). The search after the
    // import was the family's, so nothing else was made.
    assert_eq!(gauge("heard_kept_pages"), 1.0);
    assert!(gauge("heard_kept_page_bytes") > 1_000.0);
    assert_eq!(gauge("heard_kept_pages_made_total"), 1.0);
    assert_eq!(gauge("heard_kept_pages_sent_total"), 1.0);
    let imported: i64 = storage::query_scalar("SELECT MAX(imported_at) FROM services")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(
        gauge("heard_local_offer_changed_timestamp_seconds"),
        imported as f64
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let started = gauge("process_start_time_seconds");
    assert!(started > 0.0 && started <= now, "{started}");
}

#[tokio::test]
async fn json_logs_are_one_object_a_line_with_nothing_anyone_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["serve", "--addr", "127.0.0.1:0", "--log-format", "json"])
        .arg("--database-url")
        .arg(for_tests::fresh_database_url(dir.path()).await)
        .arg("--site-root")
        .arg(dir.path().join("site"))
        .env("HEARD_LOG", "info")
        // A sign-up's email goes into the test's folder, not the repository.
        .env("HEARD_MAIL_FOLDER", dir.path().join("mail-outbox"))
        .env_remove("HEARD_PUBLIC_URL")
        .env_remove("HEARD_LOG_FORMAT")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Every line of both outputs, as it comes; the address once the server says it.
    let (lines, read) = mpsc::channel::<String>();
    for output in [
        Box::new(server.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(server.stderr.take().unwrap()),
    ] {
        let lines = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(output).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
    }
    drop(lines);
    let mut log = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(120);
    let base = loop {
        let line = read
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("heard said where it listens:\n{}", log.join("\n")));
        log.push(line.clone());
        let said: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {line}"));
        if let Some(addr) = said["message"]
            .as_str()
            .and_then(|m| m.strip_prefix("Heard is at "))
        {
            break addr.to_string();
        }
    };

    let client = browser();
    let (status, _) = ready(&client, &base).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = get(
        &client,
        &format!("{base}/local-offer?q=Zephyrine+Quillfeather+autism&near=DE22+1AB"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let created = post_form(
        &client,
        &format!("{base}/account/new"),
        &[
            ("email", "zephyrine.quillfeather@example.org"),
            ("password", "marmalade hedgehog 1987"),
        ],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let _ = server.kill();
    let _ = server.wait();
    log.extend(read.iter());

    let mut requests = 0;
    for line in &log {
        let said: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|error| panic!("not JSON ({error}): {line}"));
        assert!(said.is_object(), "{line}");
        assert!(
            said["level"].is_string() && said["timestamp"].is_string(),
            "{line}"
        );
        if said["target"] == "heard_server::request" {
            requests += 1;
            assert!(said["method"].is_string(), "{line}");
            assert!(said["path"].is_string(), "{line}");
            assert!(said["status"].is_u64(), "{line}");
        }
        let lower = line.to_lowercase();
        for typed in ["zephyrine", "quillfeather", "autism", "de22", "marmalade"] {
            assert!(!lower.contains(typed), "{typed} in the log: {line}");
        }
    }
    assert!(requests >= 3, "{}", log.join("\n"));
    assert!(
        log.iter()
            .any(|l| l.contains(r#""path":"/local-offer?q=…&near=…""#)),
        "{}",
        log.join("\n")
    );
}
