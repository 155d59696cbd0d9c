//! The sign-in rate limit: a few wrong passwords for one account, or many from one address, and
//! sign-in waits a while. Counts live in the database so every server instance sees the same.

use sqlx::SqlitePool;

/// How long failures count for, and how long a person is asked to wait.
pub const LIMIT_MINUTES: u32 = 15;
/// Wrong passwords allowed for one account within the window.
pub const FAILURES_PER_ACCOUNT: i64 = 5;
/// Wrong passwords allowed from one address within the window, across accounts. Higher, because a
/// school or library can put many families behind one address.
pub const FAILURES_PER_ADDRESS: i64 = 20;

pub struct SignInLimit<'a> {
    pool: &'a SqlitePool,
}

impl<'a> SignInLimit<'a> {
    pub fn new(pool: &'a SqlitePool) -> Self {
        SignInLimit { pool }
    }

    fn window_start(now: i64) -> i64 {
        now - i64::from(LIMIT_MINUTES) * 60
    }

    pub async fn is_exceeded(
        &self,
        email: &str,
        address: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let (for_account, for_address): (i64, i64) = sqlx::query_as(
            "SELECT
                (SELECT COUNT(*) FROM sign_in_failures WHERE email = ?1 AND attempted_at > ?3),
                (SELECT COUNT(*) FROM sign_in_failures WHERE address = ?2 AND attempted_at > ?3)",
        )
        .bind(email)
        .bind(address)
        .bind(Self::window_start(now))
        .fetch_one(self.pool)
        .await?;
        Ok(for_account >= FAILURES_PER_ACCOUNT || for_address >= FAILURES_PER_ADDRESS)
    }

    pub async fn record_failure(
        &self,
        email: &str,
        address: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        // Old failures no longer count; clearing them here keeps the table small without a job.
        sqlx::query("DELETE FROM sign_in_failures WHERE attempted_at <= ?")
            .bind(Self::window_start(now))
            .execute(self.pool)
            .await?;
        sqlx::query("INSERT INTO sign_in_failures (email, address, attempted_at) VALUES (?, ?, ?)")
            .bind(email)
            .bind(address)
            .bind(now)
            .execute(self.pool)
            .await?;
        Ok(())
    }

    /// After a right password the account starts afresh; the address count stays.
    pub async fn forget_failures(&self, email: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM sign_in_failures WHERE email = ?")
            .bind(email)
            .execute(self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{self, NewAccount};
    use crate::storage::{self, unix_seconds_now};
    use heard_app::account::AccountProblem;

    #[tokio::test]
    async fn an_account_is_locked_after_five_failures_even_for_the_right_password() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let new = NewAccount {
            email: "a@example.org",
            password: "the right password",
            locale: None,
            reading_options: None,
        };
        accounts::create(&pool, new).await.unwrap();
        for _ in 0..FAILURES_PER_ACCOUNT {
            let wrong =
                accounts::sign_in(&pool, "a@example.org", "wrong password", "10.0.0.1").await;
            assert_eq!(
                wrong.unwrap_err().problems(),
                vec![AccountProblem::WrongEmailOrPassword]
            );
        }
        let right =
            accounts::sign_in(&pool, "a@example.org", "the right password", "10.0.0.2").await;
        assert_eq!(
            right.unwrap_err().problems(),
            vec![AccountProblem::TooManyTries {
                minutes: LIMIT_MINUTES
            }]
        );
    }

    #[tokio::test]
    async fn a_right_password_before_the_limit_starts_the_account_afresh() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let new = NewAccount {
            email: "a@example.org",
            password: "the right password",
            locale: None,
            reading_options: None,
        };
        accounts::create(&pool, new).await.unwrap();
        for _ in 0..FAILURES_PER_ACCOUNT - 1 {
            let _ = accounts::sign_in(&pool, "a@example.org", "wrong", "10.0.0.1").await;
        }
        accounts::sign_in(&pool, "a@example.org", "the right password", "10.0.0.1")
            .await
            .unwrap();
        let limit = SignInLimit::new(&pool);
        assert!(!limit
            .is_exceeded("a@example.org", "10.0.0.9", unix_seconds_now())
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn one_address_is_limited_across_accounts() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let limit = SignInLimit::new(&pool);
        let now = unix_seconds_now();
        for n in 0..FAILURES_PER_ADDRESS {
            limit
                .record_failure(&format!("person{n}@example.org"), "10.0.0.1", now)
                .await
                .unwrap();
        }
        assert!(limit
            .is_exceeded("someone.new@example.org", "10.0.0.1", now)
            .await
            .unwrap());
        assert!(!limit
            .is_exceeded("someone.new@example.org", "10.0.0.2", now)
            .await
            .unwrap());
    }

    #[tokio::test]
    async fn failures_stop_counting_after_the_window() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let limit = SignInLimit::new(&pool);
        let then = unix_seconds_now() - i64::from(LIMIT_MINUTES) * 60 - 1;
        for _ in 0..FAILURES_PER_ACCOUNT {
            limit
                .record_failure("a@example.org", "10.0.0.1", then)
                .await
                .unwrap();
        }
        assert!(limit
            .is_exceeded("a@example.org", "10.0.0.1", then)
            .await
            .unwrap());
        assert!(!limit
            .is_exceeded("a@example.org", "10.0.0.1", unix_seconds_now())
            .await
            .unwrap());
    }
}
