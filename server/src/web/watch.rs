//! What an operator watches: `/healthz` (the process is alive), `/readyz` (this instance can answer
//! families now: the database answers and the Local Offer search index is built), and, only when
//! `--metrics-addr` is given, `/metrics` in Prometheus's text format on that separate address, so it
//! is never reachable through the public proxy.
//!
//! None of these says anything about a family: routes are counted by their template
//! (`/children/{child}/goals`), never by the path with its ids, and answers name no internals.

use super::AppState;
use crate::storage::{self, Db};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::BTreeMap;
use std::fmt::{Display, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long `/readyz` and `/metrics` wait for the database: a stuck database makes the probe say
/// "not ready" rather than hang until the load balancer gives up on it.
const DATABASE_WAIT: Duration = Duration::from_secs(2);

const PLAIN_TEXT: &str = "text/plain; charset=utf-8";
/// Prometheus's text exposition format, version 0.0.4.
const EXPOSITION: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The label for a request no route matched: the path itself could be anything anyone typed.
const UNMATCHED: &str = "unmatched";

/// Prometheus's default buckets, in seconds: from a page served from memory to a slow import page.
const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Alive: the process is running and answering. Touches nothing else, so a slow database never
/// gets a healthy process restarted.
pub async fn healthz() -> Response {
    plain(StatusCode::OK, "ok".to_string())
}

/// Ready for families. Two checks, each named in the answer:
///
/// - the database answers a trivial query within two seconds;
/// - the Local Offer has a search index to answer from. It is built on start (`keep_index_fresh`)
///   so the first family to search does not wait seconds for it, and an instance is not ready until
///   it has one. An index a generation behind an import still counts as ready: it answers at once
///   while the new one is built, and an import changes every instance's generation together, so
///   counting it would take all of them out of the load balancer at the same moment.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let database = matches!(
        tokio::time::timeout(DATABASE_WAIT, storage::answers(&state.pool)).await,
        Ok(true)
    );
    let index = state.stores.directory.index_status().is_some();
    let mut text = String::new();
    text.push_str(if database {
        "database: ok\n"
    } else {
        "database: not answering\n"
    });
    text.push_str(if index {
        "search index: ok\n"
    } else {
        "search index: not built yet\n"
    });
    let status = if database && index {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    plain(status, text)
}

fn plain(status: StatusCode, text: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, PLAIN_TEXT),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response()
}

/// Request counts and durations since the process started, by route template.
pub struct Metrics {
    started: SystemTime,
    answered: Mutex<Answered>,
}

#[derive(Default)]
struct Answered {
    /// By (route template, method, status).
    counts: BTreeMap<(String, &'static str, u16), u64>,
    /// By route template.
    durations: BTreeMap<String, Histogram>,
}

#[derive(Default)]
struct Histogram {
    /// How many took at most each of `BUCKETS`, each counted once (made cumulative when written).
    within: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            started: SystemTime::now(),
            answered: Mutex::default(),
        }
    }
}

impl Metrics {
    fn record(&self, route: &str, method: &'static str, status: u16, took: Duration) {
        let seconds = took.as_secs_f64();
        let mut answered = self.answered.lock().unwrap_or_else(|e| e.into_inner());
        *answered
            .counts
            .entry((route.to_string(), method, status))
            .or_default() += 1;
        let histogram = match answered.durations.get_mut(route) {
            Some(histogram) => histogram,
            None => answered.durations.entry(route.to_string()).or_default(),
        };
        if let Some(at) = BUCKETS.iter().position(|bound| seconds <= *bound) {
            histogram.within[at] += 1;
        }
        histogram.count += 1;
        histogram.sum += seconds;
    }

    /// The request counters and histograms in the text exposition format.
    fn write_requests(&self, out: &mut String) {
        let answered = self.answered.lock().unwrap_or_else(|e| e.into_inner());
        describe(
            out,
            "heard_http_requests_total",
            "counter",
            "Requests answered, by route template, method and status.",
        );
        for ((route, method, status), count) in &answered.counts {
            let _ = writeln!(
                out,
                "heard_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {count}",
                label(route)
            );
        }
        describe(
            out,
            "heard_http_request_duration_seconds",
            "histogram",
            "Time to answer a request (to the response's head), by route template.",
        );
        for (route, histogram) in &answered.durations {
            let route = label(route);
            let mut so_far = 0;
            for (bound, within) in BUCKETS.iter().zip(histogram.within) {
                so_far += within;
                let _ = writeln!(
                    out,
                    "heard_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {so_far}"
                );
            }
            let _ = writeln!(
                out,
                "heard_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                histogram.count
            );
            let _ = writeln!(
                out,
                "heard_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                histogram.sum
            );
            let _ = writeln!(
                out,
                "heard_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                histogram.count
            );
        }
    }
}

/// Counts every request by the route template it matched. Laid on the router with `Router::layer`,
/// which runs after routing, so the template is known; requests no route matched (the 404 page) are
/// one label.
pub async fn count_request(
    State(metrics): State<Arc<Metrics>>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let route = route_label(
        request.extensions().get::<MatchedPath>(),
        request.uri().path(),
    );
    let method = method_label(request.method());
    let response = next.run(request).await;
    metrics.record(
        &route,
        method,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// The route a request is counted under: the template it matched; for a built file, its folder
/// (axum gives nested services no template); otherwise `unmatched`, never the path itself.
fn route_label(matched: Option<&MatchedPath>, path: &str) -> String {
    if let Some(matched) = matched {
        return matched.as_str().to_string();
    }
    match super::BUILT_FILES.iter().find(|folder| {
        path.strip_prefix(**folder)
            .is_some_and(|rest| rest.starts_with('/'))
    }) {
        Some(folder) => format!("{folder}/{{*file}}"),
        None => UNMATCHED.to_string(),
    }
}

/// The standard methods by name; anything else a client invents is one label, so nobody can add
/// series by making up methods.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// The metrics listener's routes: `/metrics` only.
pub fn metrics_routes(metrics: Arc<Metrics>, state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics_page))
        .with_state(Watched {
            metrics,
            state,
            changed: Arc::default(),
        })
}

#[derive(Clone)]
struct Watched {
    metrics: Arc<Metrics>,
    state: AppState,
    changed: Arc<tokio::sync::Mutex<Option<ChangedAt>>>,
}

/// The Local Offer's last change (Unix seconds, if any) as last read, and the import generation it
/// was read at.
type ChangedAt = (i64, Option<i64>);

impl Watched {
    /// When an import last changed the Local Offer. Read again only when the import generation has
    /// moved (every import that changes a service moves it): reading it looks at every service,
    /// about 80 ms at 100,000 on SQLite, too much for every scrape of every instance.
    async fn local_offer_changed(&self) -> Option<i64> {
        let db = &self.state.pool;
        let generation = crate::local_offer::import::generation(db).await.ok()?;
        let mut known = self.changed.lock().await;
        if let Some((read_at, changed)) = *known {
            if read_at == generation {
                return changed;
            }
        }
        let changed = local_offer_changed_at(db).await.ok()?;
        *known = Some((generation, changed));
        changed
    }
}

async fn metrics_page(State(watched): State<Watched>) -> Response {
    let mut out = String::new();
    watched.metrics.write_requests(&mut out);

    let pool = pool_use(&watched.state.pool);
    gauge(
        &mut out,
        "heard_db_pool_connections",
        "Database connections open in the pool.",
        pool.open,
    );
    gauge(
        &mut out,
        "heard_db_pool_idle_connections",
        "Database connections open and not in use.",
        pool.idle,
    );
    gauge(
        &mut out,
        "heard_db_pool_max_connections",
        "The most database connections the pool opens.",
        pool.max,
    );

    if let Some(index) = watched.state.stores.directory.index_status() {
        gauge(
            &mut out,
            "heard_local_offer_index_generation",
            "The Local Offer import generation the search index was built from.",
            index.generation,
        );
        gauge(
            &mut out,
            "heard_local_offer_index_services",
            "Services in the Local Offer search index.",
            index.services,
        );
    }
    let kept = watched.state.kept_pages.now();
    gauge(
        &mut out,
        "heard_kept_pages",
        "Public pages kept as sent to visitors who are not signed in.",
        kept.pages,
    );
    gauge(
        &mut out,
        "heard_kept_page_bytes",
        "Bytes the kept pages take (bodies, headers and keys).",
        kept.bytes,
    );
    counter(
        &mut out,
        "heard_kept_pages_sent_total",
        "Answers sent from a kept page.",
        kept.sent,
    );
    counter(
        &mut out,
        "heard_kept_pages_made_total",
        "Pages rendered for a visitor and kept.",
        kept.kept,
    );
    let changed = tokio::time::timeout(DATABASE_WAIT, watched.local_offer_changed()).await;
    if let Ok(Some(seconds)) = changed {
        gauge(
            &mut out,
            "heard_local_offer_changed_timestamp_seconds",
            "When an import last added, changed or unlisted a Local Offer service (Unix time).",
            seconds,
        );
    }

    gauge(
        &mut out,
        "process_start_time_seconds",
        "When the process started (Unix time).",
        unix_seconds(watched.metrics.started),
    );
    describe(
        &mut out,
        "heard_build_info",
        "gauge",
        "The running version of Heard.",
    );
    let _ = writeln!(
        out,
        "heard_build_info{{version=\"{}\"}} 1",
        label(env!("CARGO_PKG_VERSION"))
    );

    ([(header::CONTENT_TYPE, EXPOSITION)], out).into_response()
}

// The database, as the metrics read it.

/// How the database pool is being used.
struct PoolUse {
    open: u32,
    idle: usize,
    max: u32,
}

fn pool_use(db: &Db) -> PoolUse {
    let (open, idle) = db.pool_use();
    let max = match db {
        Db::Sqlite(pool) => pool.options().get_max_connections(),
        Db::Postgres(pool) => pool.options().get_max_connections(),
    };
    PoolUse { open, idle, max }
}

/// When an import last changed any service (`services.imported_at`, Unix seconds), if one ever has.
/// An import that changed nothing leaves no trace in the database to read.
async fn local_offer_changed_at(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    storage::query_scalar::<Option<i64>>("SELECT MAX(imported_at) FROM services")
        .fetch_one(db)
        .await
}

fn unix_seconds(at: SystemTime) -> f64 {
    at.duration_since(UNIX_EPOCH)
        .map(|since| since.as_secs_f64())
        .unwrap_or_default()
}

fn describe(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn gauge(out: &mut String, name: &str, help: &str, value: impl Display) {
    describe(out, name, "gauge", help);
    let _ = writeln!(out, "{name} {value}");
}

fn counter(out: &mut String, name: &str, help: &str, value: impl Display) {
    describe(out, name, "counter", help);
    let _ = writeln!(out, "{name} {value}");
}

/// A label value as the text format needs it: backslash, double quote and line feed escaped.
fn label(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("/children/{child}"), "/children/{child}");
        assert_eq!(label("a\\b\"c\nd"), "a\\\\b\\\"c\\nd");
    }

    #[test]
    fn built_file_folders_are_one_route_and_made_up_methods_one_label() {
        assert_eq!(route_label(None, "/pkg/heard.js"), "/pkg/{*file}");
        assert_eq!(route_label(None, "/style/heard.css"), "/style/{*file}");
        assert_eq!(route_label(None, "/pkgs/amira"), "unmatched");
        assert_eq!(route_label(None, "/children/3/nope"), "unmatched");
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(
            method_label(&Method::from_bytes(b"AMIRA").unwrap()),
            "other"
        );
    }

    #[test]
    fn a_histogram_counts_each_answer_in_its_bucket_and_every_one_above() {
        let metrics = Metrics::default();
        metrics.record("/family", "GET", 200, Duration::from_millis(3));
        metrics.record("/family", "GET", 200, Duration::from_millis(300));
        metrics.record("/family", "POST", 303, Duration::from_secs(60));
        let mut out = String::new();
        metrics.write_requests(&mut out);
        for line in [
            "heard_http_requests_total{route=\"/family\",method=\"GET\",status=\"200\"} 2",
            "heard_http_requests_total{route=\"/family\",method=\"POST\",status=\"303\"} 1",
            "heard_http_request_duration_seconds_bucket{route=\"/family\",le=\"0.005\"} 1",
            "heard_http_request_duration_seconds_bucket{route=\"/family\",le=\"0.25\"} 1",
            "heard_http_request_duration_seconds_bucket{route=\"/family\",le=\"0.5\"} 2",
            "heard_http_request_duration_seconds_bucket{route=\"/family\",le=\"10\"} 2",
            "heard_http_request_duration_seconds_bucket{route=\"/family\",le=\"+Inf\"} 3",
            "heard_http_request_duration_seconds_count{route=\"/family\"} 3",
        ] {
            assert!(out.lines().any(|l| l == line), "{line} in\n{out}");
        }
    }
}
