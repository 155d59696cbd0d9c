//! Re-importing feeds on a schedule (`heard serve --import derby=URL --import-every 24h`), once across
//! every instance on the database.
//!
//! Each feed has a row in `local_offer_schedule` saying when it is next due. Every instance looks
//! now and then; one that finds a feed due claims it with a single conditional UPDATE (due, and not
//! claimed or the claim lapsed), so whichever UPDATE the database runs first wins and the others
//! change no row, on SQLite (one writer at a time) and PostgreSQL (the second UPDATE waits for the
//! first's row lock, then finds the row no longer matches). The winner renews its claim while it
//! imports, records the import, and sets the next time. A claim left by an instance that was killed
//! lapses after `CLAIM_LASTS`, and another instance takes the run over.

use super::feeds::{shown_source, FeedName, FeedSource};
use super::import_record::import_and_record;
use crate::storage;
use crate::storage::Db;
use std::time::{Duration, Instant};

/// How long a claim holds without being renewed: how long a killed instance's run waits before
/// another instance takes it over.
pub const CLAIM_LASTS: Duration = Duration::from_secs(5 * 60);
/// How often a running import renews its claim: well inside `CLAIM_LASTS`, so a slow database
/// does not let a live claim lapse.
const RENEW_EVERY: Duration = Duration::from_secs(60);
/// A failed import is tried again after this (or the interval, if shorter): a council's server that
/// was down for a moment should not leave the Local Offer a whole day old.
pub const RETRY_FAILED_AFTER: Duration = Duration::from_secs(60 * 60);
/// The longest an instance waits between looks at the schedule.
const LONGEST_LOOK: Duration = Duration::from_secs(60);

/// What `heard serve --import … --import-every …` asked for.
#[derive(Clone, Debug)]
pub struct Schedule {
    pub feeds: Vec<FeedSource>,
    pub every: Duration,
    pub max_bytes: usize,
}

/// This process, as claims and import records name it: host, process id and a random tag (a
/// restarted container may have the same host name and process id as the one before it).
pub fn instance_name() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .unwrap_or_default();
    let host: String = host
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
        .take(64)
        .collect();
    let host = if host.is_empty() { "heard" } else { &host };
    format!("{host}:{}:{:08x}", std::process::id(), OsRng.next_u32())
}

fn seconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX)
}

/// Puts the feed on the schedule, due at once if it is new (a new installation gets its Local Offer
/// on first start), and no later than `latest` (so shortening `--import-every` takes effect now).
pub async fn register(
    pool: &Db,
    feed: &FeedName,
    now: i64,
    latest: i64,
) -> Result<(), sqlx::Error> {
    storage::query(
        "INSERT INTO local_offer_schedule (feed, next_run_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(feed.as_str())
    .bind(now)
    .execute(pool)
    .await?;
    storage::query(
        "UPDATE local_offer_schedule SET next_run_at = $1 WHERE feed = $2 AND next_run_at > $1",
    )
    .bind(latest)
    .bind(feed.as_str())
    .execute(pool)
    .await?;
    Ok(())
}

/// Claims the feed's run for `by` until `until`, if it is due at `now` and nobody holds a claim that
/// has not lapsed. True for exactly one of any number of instances asking at once.
pub async fn claim(
    pool: &Db,
    feed: &FeedName,
    by: &str,
    now: i64,
    until: i64,
) -> Result<bool, sqlx::Error> {
    let done = storage::query(
        "UPDATE local_offer_schedule SET claimed_by = $1, claimed_until = $2
         WHERE feed = $3 AND next_run_at <= $4 AND (claimed_until IS NULL OR claimed_until <= $4)",
    )
    .bind(by)
    .bind(until)
    .bind(feed.as_str())
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Extends `by`'s claim; false when it is no longer theirs (it lapsed and another instance took it).
pub async fn renew(pool: &Db, feed: &FeedName, by: &str, until: i64) -> Result<bool, sqlx::Error> {
    let done = storage::query(
        "UPDATE local_offer_schedule SET claimed_until = $1 WHERE feed = $2 AND claimed_by = $3",
    )
    .bind(until)
    .bind(feed.as_str())
    .bind(by)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends `by`'s claim and sets when the feed is next due; false if the claim was no longer theirs.
pub async fn finish(
    pool: &Db,
    feed: &FeedName,
    by: &str,
    next_run_at: i64,
) -> Result<bool, sqlx::Error> {
    let done = storage::query(
        "UPDATE local_offer_schedule SET next_run_at = $1, claimed_by = NULL, claimed_until = NULL
         WHERE feed = $2 AND claimed_by = $3",
    )
    .bind(next_run_at)
    .bind(feed.as_str())
    .bind(by)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Runs the schedule for as long as the server runs: looks at each feed every so often (a quarter
/// of the interval, at most a minute) and imports the ones this instance claims.
pub async fn run(pool: Db, schedule: Schedule, instance: String) {
    let look_every = (schedule.every / 4).min(LONGEST_LOOK);
    tracing::info!(
        feeds = %schedule.feeds.iter().map(|f| f.feed.as_str()).collect::<Vec<_>>().join(","),
        every_seconds = schedule.every.as_secs(),
        instance = %instance,
        "Local Offer re-imports scheduled"
    );
    let mut registered = false;
    loop {
        let now = storage::unix_seconds_now();
        if !registered {
            let mut all = true;
            for feed in &schedule.feeds {
                if let Err(error) =
                    register(&pool, &feed.feed, now, now + seconds(schedule.every)).await
                {
                    tracing::error!(feed = %feed.feed, %error, "could not put the feed on the import schedule");
                    all = false;
                }
            }
            registered = all;
        }
        for feed in &schedule.feeds {
            let now = storage::unix_seconds_now();
            match claim(
                &pool,
                &feed.feed,
                &instance,
                now,
                now + seconds(CLAIM_LASTS),
            )
            .await
            {
                Ok(true) => run_claimed(&pool, feed, &schedule, &instance).await,
                Ok(false) => {}
                Err(error) => {
                    tracing::error!(feed = %feed.feed, %error, "could not read the import schedule")
                }
            }
        }
        tokio::time::sleep(look_every).await;
    }
}

/// Imports a feed this instance has claimed, renewing the claim meanwhile, and logs one line.
async fn run_claimed(pool: &Db, feed: &FeedSource, schedule: &Schedule, instance: &str) {
    let started = Instant::now();
    let import = import_and_record(pool, &feed.feed, &feed.source, schedule.max_bytes, instance);
    tokio::pin!(import);
    let mut renewals =
        tokio::time::interval_at(tokio::time::Instant::now() + RENEW_EVERY, RENEW_EVERY);
    let result = loop {
        tokio::select! {
            result = &mut import => break result,
            _ = renewals.tick() => {
                let until = storage::unix_seconds_now() + seconds(CLAIM_LASTS);
                match renew(pool, &feed.feed, instance, until).await {
                    Ok(true) => {}
                    // Another instance took the run over; both imports store the same feed, one
                    // after the other, which changes nothing twice.
                    Ok(false) => tracing::warn!(feed = %feed.feed, "the claim on this import lapsed; another instance may run it too"),
                    Err(error) => tracing::warn!(feed = %feed.feed, %error, "could not renew the claim on this import"),
                }
            }
        }
    };
    let now = storage::unix_seconds_now();
    let wait = match &result {
        Ok(_) => schedule.every,
        Err(_) => schedule.every.min(RETRY_FAILED_AFTER),
    };
    let next_run_at = now + seconds(wait);
    if let Err(error) = finish(pool, &feed.feed, instance, next_run_at).await {
        // The claim lapses on its own and the feed is imported again then.
        tracing::error!(feed = %feed.feed, %error, "could not set when the feed is next imported");
    }
    let source = shown_source(&feed.source);
    let seconds_taken = started.elapsed().as_secs_f64();
    match result {
        Ok(report) => tracing::info!(
            feed = %feed.feed,
            source = %source,
            run_by = %instance,
            outcome = "ok",
            pages_read = report.pages_read,
            added = report.added,
            updated = report.updated,
            unchanged = report.unchanged,
            no_longer_listed = report.no_longer_listed,
            partly = report.partly.len(),
            rejected = report.rejected.len(),
            seconds = seconds_taken,
            next_run_at,
            "Local Offer feed imported on schedule"
        ),
        Err(error) => tracing::warn!(
            feed = %feed.feed,
            source = %source,
            run_by = %instance,
            outcome = "failed",
            error = %error.to_string().replace(feed.source.trim(), &source),
            seconds = seconds_taken,
            next_run_at,
            "Local Offer feed import on schedule failed; nothing was changed"
        ),
    }
}
