//! The sign-up limit: at most so many new accounts asked for from one client address in an hour, so
//! nobody can fill the database with accounts or keep the server busy hashing passwords. Counted in
//! the database so every server instance shares one count. Only requests that would make an account
//! count (not forms sent back with a mistake to fix).

use crate::client_address::limit_key;
use crate::storage;
use crate::storage::Db;
use std::net::IpAddr;

/// The default for `--sign-ups-per-hour`.
pub const DEFAULT_PER_HOUR: u32 = 20;
const WINDOW_SECONDS: i64 = 60 * 60;

/// Counts a sign-up from `address` if there is room; otherwise says how many minutes until there is.
pub async fn count_or_wait(
    pool: &Db,
    address: Option<IpAddr>,
    per_hour: u32,
    now: i64,
) -> Result<Option<u32>, sqlx::Error> {
    let address = limit_key(address);
    let since = now - WINDOW_SECONDS;
    storage::query("DELETE FROM sign_ups WHERE made_at <= $1")
        .bind(since)
        .execute(pool)
        .await?;
    // Counted under a lock on the address, so sign-ups sent all at once (to any instance) cannot
    // each see room for one more.
    let mut tx = pool
        .begin_locked(storage::Lock::on("sign-ups", &address))
        .await?;
    let counted = storage::query(
        "INSERT INTO sign_ups (address, made_at)
         SELECT $1, $2 WHERE (SELECT COUNT(*) FROM sign_ups WHERE address = $1 AND made_at > $3) < $4",
    )
    .bind(&address)
    .bind(now)
    .bind(since)
    .bind(i64::from(per_hour))
    .execute(&mut tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    if counted == 1 {
        return Ok(None);
    }
    let oldest: Option<i64> = storage::query_scalar(
        "SELECT MIN(made_at) FROM sign_ups WHERE address = $1 AND made_at > $2",
    )
    .bind(&address)
    .bind(since)
    .fetch_one(pool)
    .await?;
    let seconds = oldest.map_or(WINDOW_SECONDS, |oldest| oldest + WINDOW_SECONDS - now);
    Ok(Some(
        u32::try_from((seconds + 59) / 60).unwrap_or(60).max(1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{self, unix_seconds_now};

    #[tokio::test]
    async fn an_address_gets_so_many_an_hour_and_others_are_not_affected() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let now = unix_seconds_now();
        let school: IpAddr = "203.0.113.9".parse().unwrap();
        let home: IpAddr = "198.51.100.7".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(
                count_or_wait(&pool, Some(school), 3, now).await.unwrap(),
                None
            );
        }
        assert_eq!(
            count_or_wait(&pool, Some(school), 3, now + 60)
                .await
                .unwrap(),
            Some(59)
        );
        assert_eq!(
            count_or_wait(&pool, Some(home), 3, now).await.unwrap(),
            None
        );
        // An hour after the first, there is room again.
        assert_eq!(
            count_or_wait(&pool, Some(school), 3, now + WINDOW_SECONDS)
                .await
                .unwrap(),
            None
        );
    }
}
