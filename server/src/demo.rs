//! `heard demo`: a fictional family, so a newcomer sees a working portal at once.

use crate::accounts::{self, AccountError, NewAccount};
use sqlx::SqlitePool;

pub const DEMO_EMAIL: &str = "family@example.org";
pub const DEMO_PASSWORD: &str = "heard-demo-family";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("could not add the demo family: {0}")]
    Account(#[from] AccountError),
}

/// Adds the demo family to an empty database; leaves a database that has accounts alone.
pub async fn fill(pool: &SqlitePool) -> Result<String, DemoError> {
    if accounts::count(pool).await? > 0 {
        return Ok("The database already has accounts, so the demo family was not added.".into());
    }
    accounts::create(
        pool,
        NewAccount {
            email: DEMO_EMAIL,
            password: DEMO_PASSWORD,
            locale: None,
            reading_options: None,
        },
    )
    .await?;
    Ok(format!(
        "Added the demo family. Sign in with {DEMO_EMAIL} and the password {DEMO_PASSWORD}."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage;

    #[tokio::test]
    async fn demo_fills_an_empty_database_once() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        assert!(fill(&pool).await.unwrap().starts_with("Added"));
        accounts::sign_in(&pool, DEMO_EMAIL, DEMO_PASSWORD, "127.0.0.1")
            .await
            .unwrap();
        assert!(fill(&pool).await.unwrap().contains("already"));
        assert_eq!(accounts::count(&pool).await.unwrap(), 1);
    }
}
