//! Several `heard serve` instances on one PostgreSQL database, as a council runs Heard behind a load
//! balancer: real processes on ports of their own, real HTTP, and checks of what reached the
//! database. Each test proves that something an instance decides is decided once for all of them:
//! sessions and sign-in limits, the Local Offer's search index, invitations, a family's first
//! visit, goal positions, durability when an instance is killed, migrations, and a family's journey
//! through a real nginx taking turns between two instances.
//!
//! Only PostgreSQL can be shared by several instances on several machines, so on SQLite every test
//! says it is skipped and why (`runs_on`). One test runs at a time (each starts two or three servers,
//! and the kill test sixteen writers): on a small machine they would otherwise slow each other past
//! the races they are meant to provoke.
//!
//! The servers are `load::Heard`, shared with the crash and backup tests: killed on drop, so a
//! failed test leaves nothing running. The clients are `load`'s too (cookies kept, redirects seen,
//! Origin sent as a browser sends it), rather than `common`'s, which expect a server inside the test.

#[path = "../load/mod.rs"]
mod load;

mod journeys;
mod kill;
mod local_offer;
mod migrations;
mod races;
mod sessions;

use heard_server::storage::{self, Backend, Db, DbSettings};
use load::Heard;
use reqwest::header::LOCATION;
use tokio::sync::{Mutex, MutexGuard};

/// The day the servers take as today, so pages look the same on any day.
const TODAY: &str = "2025-06-02";

static ONE_TEST_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// A test's own PostgreSQL schema (empty until a server starts on it) and the folder its servers'
/// logs go in. Holding it holds this test's turn.
pub struct Shared {
    pub url: String,
    pub folder: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

/// The test's schema on PostgreSQL; `None` on SQLite, with the reason said on the test's output.
pub async fn on_postgres(why: &str) -> Option<Shared> {
    if !storage::for_tests::runs_on(Backend::Postgres, why) {
        return None;
    }
    let turn = ONE_TEST_AT_A_TIME.lock().await;
    let folder = tempfile::tempdir().unwrap();
    let url = storage::for_tests::fresh_database_url(folder.path()).await;
    Some(Shared {
        url,
        folder,
        _turn: turn,
    })
}

impl Shared {
    /// `count` instances of `heard serve` on this schema, all started at the same moment and then
    /// each waited for. Their logs say what went wrong at warning level, requests not included.
    pub async fn serve(&self, count: usize, flags: &[&str]) -> Vec<Heard> {
        self.serve_logging(count, flags, "warn").await
    }

    pub async fn serve_logging(&self, count: usize, flags: &[&str], log_level: &str) -> Vec<Heard> {
        // Small pools: several instances, the test's own connection and other tests' schemas all
        // share one PostgreSQL server's connections.
        let mut all_flags = vec![
            "--today",
            TODAY,
            "--database-pool-size",
            "4",
            // Many accounts are made from 127.0.0.1 in one test.
            "--sign-ups-per-hour",
            "1000",
        ];
        all_flags.extend_from_slice(flags);
        let mut started: Vec<Heard> = (0..count)
            .map(|_| Heard::spawn(&self.url, self.folder.path(), &all_flags, log_level))
            .collect();
        for heard in &mut started {
            assert!(
                heard.answers().await,
                "an instance did not start: {}",
                heard.log_text()
            );
        }
        started
    }

    /// Two instances, A and B.
    pub async fn two(&self, flags: &[&str]) -> (Heard, Heard) {
        let mut both = self.serve(2, flags).await;
        let b = both.pop().unwrap();
        (both.pop().unwrap(), b)
    }

    /// The test's own connection, for reading what the servers wrote.
    pub async fn db(&self) -> Db {
        let settings = DbSettings {
            pool_size: 2,
            ..DbSettings::default()
        };
        storage::open_with(&self.url, settings).await.unwrap()
    }
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

pub async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    storage::query_scalar(sql)
        .bind(id)
        .fetch_one(db)
        .await
        .unwrap()
}

/// The add-a-child form for a child called `name`.
pub fn child_form(name: &str) -> Vec<(&'static str, String)> {
    [
        ("called-name", name),
        ("date-of-birth-day", "2"),
        ("date-of-birth-month", "10"),
        ("date-of-birth-year", "2015"),
        ("setting", "Elm Tree Juniors"),
        ("support-status", "sen-support"),
    ]
    .into_iter()
    .map(|(field, value)| (field, value.to_string()))
    .collect()
}

/// The add-a-goal form, with the words `outcome`.
pub fn goal_form(outcome: &str) -> Vec<(&'static str, String)> {
    [
        ("outcome", outcome),
        ("theme", "need:learning"),
        ("support", "A picture timetable"),
        ("measure", "Asks once a day for two weeks"),
        ("by-when-day", "31"),
        ("by-when-month", "7"),
        ("by-when-year", "2027"),
    ]
    .into_iter()
    .map(|(field, value)| (field, value.to_string()))
    .collect()
}

/// A form post as a browser sends it (Origin and all), with fields of any string type.
pub async fn send<V: serde::Serialize>(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    fields: &[(&str, V)],
) -> reqwest::Response {
    client
        .post(format!("{base}{path}"))
        .header(reqwest::header::ORIGIN, base)
        .form(fields)
        .send()
        .await
        .unwrap()
}
