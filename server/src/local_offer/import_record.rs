//! The record of every import, in `local_offer_imports`, where an operator can read what happened to
//! each feed: when, from where, by whom (`cli` or an instance), what changed, and whether it failed.

use super::feeds::{shown_source, FeedName};
use super::import::{import_source, ImportError, ImportReport};
use crate::storage;
use crate::storage::Db;

/// Who ran an import, as the record names it: `heard import-oruk`.
pub const RUN_BY_CLI: &str = "cli";

/// The most of a report kept in the record: a feed with thousands of rejected services would
/// otherwise store its whole list on every import.
const REPORT_LINES_KEPT: usize = 200;
const REPORT_BYTES_KEPT: usize = 64 * 1024;

/// Reads `source` as the feed `name`, stores it, and records the import, ok or failed. A failed
/// import changes no service; its record says why. The record is best kept, never a reason to fail:
/// if it cannot be written (the database is gone), that is logged and the import's result returned.
pub async fn import_and_record(
    pool: &Db,
    name: &FeedName,
    source: &str,
    max_bytes: usize,
    run_by: &str,
) -> Result<ImportReport, ImportError> {
    let started_at = storage::unix_seconds_now();
    let result = import_source(pool, name, source, max_bytes).await;
    let finished_at = storage::unix_seconds_now();
    let outcome = match &result {
        Ok(report) => Outcome::Ok(report),
        Err(error) => Outcome::Failed(error),
    };
    if let Err(error) = record(
        pool,
        name,
        source,
        run_by,
        (started_at, finished_at),
        outcome,
    )
    .await
    {
        tracing::error!(feed = %name, %error, "could not record the Local Offer import");
    }
    result
}

enum Outcome<'a> {
    Ok(&'a ImportReport),
    Failed(&'a ImportError),
}

async fn record(
    pool: &Db,
    name: &FeedName,
    source: &str,
    run_by: &str,
    (started_at, finished_at): (i64, i64),
    outcome: Outcome<'_>,
) -> Result<(), sqlx::Error> {
    let shown = shown_source(source);
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let (outcome, counts, report) = match outcome {
        Outcome::Ok(report) => (
            "ok",
            [
                report.pages_read,
                report.added,
                report.updated,
                report.unchanged,
                report.no_longer_listed,
                report.partly.len(),
                report.rejected.len(),
            ],
            kept(&report.to_string()),
        ),
        // The error may quote the address it could not read, password and all.
        Outcome::Failed(error) => (
            "failed",
            [0; 7],
            kept(&error.to_string().replace(source.trim(), &shown)),
        ),
    };
    let [pages_read, added, updated, unchanged, no_longer_listed, partly, rejected] =
        counts.map(count);
    storage::query(
        "INSERT INTO local_offer_imports (feed, source, run_by, started_at, finished_at, outcome,
             pages_read, added, updated, unchanged, no_longer_listed, partly, rejected, report)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(name.as_str())
    .bind(shown)
    .bind(run_by)
    .bind(started_at)
    .bind(finished_at)
    .bind(outcome)
    .bind(pages_read)
    .bind(added)
    .bind(updated)
    .bind(unchanged)
    .bind(no_longer_listed)
    .bind(partly)
    .bind(rejected)
    .bind(report)
    .execute(pool)
    .await?;
    Ok(())
}

/// The report's first lines, within the size kept, saying how many were left off.
fn kept(report: &str) -> String {
    let lines: Vec<&str> = report.lines().collect();
    let mut out = String::new();
    for (shown, line) in lines.iter().enumerate() {
        if shown == REPORT_LINES_KEPT || out.len() + line.len() + 1 > REPORT_BYTES_KEPT {
            out.push_str(&format!("… and {} more lines\n", lines.len() - shown));
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The latest import of each feed, for an operator's dashboard: (feed, finished at, outcome).
pub async fn latest_per_feed(pool: &Db) -> Result<Vec<(String, i64, String)>, sqlx::Error> {
    storage::query_as(
        "SELECT i.feed, i.finished_at, i.outcome FROM local_offer_imports i
         WHERE i.id = (SELECT MAX(j.id) FROM local_offer_imports j WHERE j.feed = i.feed)
         ORDER BY i.feed",
    )
    .fetch_all(pool)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_report_keeps_its_first_lines_and_says_how_many_more() {
        let long: String = (1..=1000).map(|n| format!("rejected #{n}\n")).collect();
        let kept = kept(&long);
        assert_eq!(kept.lines().count(), REPORT_LINES_KEPT + 1);
        assert!(kept.ends_with("… and 800 more lines\n"), "{kept}");
        let wide = "x".repeat(REPORT_BYTES_KEPT / 2) + "\n";
        assert!(super::kept(&wide.repeat(5)).len() < REPORT_BYTES_KEPT + 100);
        assert_eq!(super::kept("Read 3.\nAdded 3.\n"), "Read 3.\nAdded 3.\n");
    }
}
