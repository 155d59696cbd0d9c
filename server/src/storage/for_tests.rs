//! Databases for tests: a SQLite file in the test's own folder, or, when `HEARD_TEST_POSTGRES` names
//! a PostgreSQL server (as `scripts/test` does with the cluster `scripts/postgres` starts), a schema of
//! its own on that server. The same tests then prove the same behaviour on both databases.
//!
//! Not for real use; public so the integration tests in `server/tests` can use it too.

use super::Backend;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable that names the PostgreSQL server the tests run on (an admin's URL).
pub const POSTGRES_VARIABLE: &str = "HEARD_TEST_POSTGRES";

/// The database the tests in this run use.
pub fn backend() -> Backend {
    if postgres_url().is_some() {
        Backend::Postgres
    } else {
        Backend::Sqlite
    }
}

fn postgres_url() -> Option<String> {
    std::env::var(POSTGRES_VARIABLE)
        .ok()
        .filter(|url| !url.is_empty())
}

/// True when this run's database is `backend`. Otherwise says that the check was skipped and why,
/// so a check that only means something on one database is never skipped silently: on the test's
/// output, and as a line in the file `HEARD_TEST_SKIPS` names, which `scripts/test` prints after
/// each run (cargo hides a passing test's output).
pub fn runs_on(backend_needed: Backend, why: &str) -> bool {
    let here = backend();
    if here != backend_needed {
        let test = std::thread::current()
            .name()
            .unwrap_or("a test")
            .to_string();
        let line = format!("skipped on {here:?} in {test}: {why}");
        eprintln!("{line}");
        if let Some(file) = std::env::var_os("HEARD_TEST_SKIPS") {
            use std::io::Write;
            if let Ok(mut file) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(file)
            {
                // One write of the whole line, so lines from tests running at once never interleave.
                let _ = file.write_all(format!("{line}\n").as_bytes());
            }
        }
    }
    here == backend_needed
}

/// The address of a new, empty database for one test: a file in `folder` on SQLite, or a new schema
/// on the PostgreSQL server (dropped with the throwaway cluster, not by the test).
pub async fn fresh_database_url(folder: &Path) -> String {
    let Some(admin) = postgres_url() else {
        return format!("sqlite://{}", folder.join("heard.db").display());
    };
    static MADE: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let schema = format!(
        "test_{}_{}_{nanos}",
        std::process::id(),
        MADE.fetch_add(1, Ordering::Relaxed)
    );
    use sqlx::Connection;
    let mut admin_connection = sqlx::PgConnection::connect(&admin)
        .await
        .expect("the test PostgreSQL server answers (scripts/postgres starts it)");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&mut admin_connection)
        .await
        .expect("a test schema is made");
    let _ = admin_connection.close().await;
    let joiner = if admin.contains('?') { '&' } else { '?' };
    format!("{admin}{joiner}options=-c%20search_path%3D{schema}")
}
