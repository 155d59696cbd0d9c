//! Accounts: creating one, checking a password, and what a person chose to keep with it.
//! Passwords are hashed with argon2id, in a small queue (see `password_hashing`).

use crate::password_hashing::{self, HashingError};
use crate::sign_in_limit::{Decision, SignInLimit, TriedFrom};
use crate::storage;
use crate::storage::unix_seconds_now;
use crate::storage::Db;
use heard_app::account::{check_new_account, normalise_email, AccountProblem};
use heard_app::locale::Locale;
use heard_app::reading::ReadingOptions;
use std::net::IpAddr;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// Something the person can fix or wait out; shown to them.
    #[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Refused(Vec<AccountProblem>),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Hashing(#[from] HashingError),
}

impl AccountError {
    /// What the person is told. Faults on our side become one plain "try again" problem;
    /// the detail goes to the log, never to the page.
    pub fn problems(&self) -> Vec<AccountProblem> {
        match self {
            AccountError::Refused(problems) => problems.clone(),
            other => {
                tracing::error!(error = %other, "account operation failed");
                vec![AccountProblem::Unavailable]
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub locale: Option<Locale>,
    pub reading_options: Option<ReadingOptions>,
}

type AccountRow = (i64, String, Option<String>, Option<String>);

fn from_row((id, email, locale, reading): AccountRow) -> Account {
    Account {
        id,
        email,
        locale: locale.as_deref().and_then(Locale::from_tag),
        reading_options: reading.as_deref().map(ReadingOptions::parse),
    }
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// Choices made before the account existed, kept with it from the start.
    pub locale: Option<Locale>,
    pub reading_options: Option<ReadingOptions>,
}

pub async fn create(pool: &Db, new: NewAccount<'_>) -> Result<Account, AccountError> {
    let problems = check_new_account(new.email, new.password);
    if !problems.is_empty() {
        return Err(AccountError::Refused(problems));
    }
    let email = normalise_email(new.email);
    let hash = password_hashing::hash(new.password.to_string()).await?;
    let inserted = storage::query_as::<AccountRow>(
        "INSERT INTO accounts (email, password_hash, locale, reading_options, created_at)
         VALUES ($1, $2, $3, $4, $5)
         RETURNING id, email, locale, reading_options",
    )
    .bind(&email)
    .bind(&hash)
    .bind(new.locale.map(Locale::tag))
    .bind(new.reading_options.map(|r| r.encode()))
    .bind(unix_seconds_now())
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(row) => Ok(from_row(row)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(AccountError::Refused(vec![AccountProblem::EmailTaken]))
        }
        Err(e) => Err(e.into()),
    }
}

/// Makes an account for someone using the sign-up form, within the sign-up limit for their address.
pub async fn sign_up(
    pool: &Db,
    new: NewAccount<'_>,
    address: Option<IpAddr>,
    per_hour: u32,
) -> Result<Account, AccountError> {
    let problems = check_new_account(new.email, new.password);
    if !problems.is_empty() {
        return Err(AccountError::Refused(problems));
    }
    let now = unix_seconds_now();
    if let Some(minutes) = crate::sign_up_limit::count_or_wait(pool, address, per_hour, now).await?
    {
        return Err(AccountError::Refused(vec![
            AccountProblem::TooManyNewAccounts { minutes },
        ]));
    }
    create(pool, new).await
}

/// Checks an email and password, within the sign-in rate limit (see `sign_in_limit`).
pub async fn sign_in(
    pool: &Db,
    email: &str,
    password: &str,
    from: &TriedFrom,
) -> Result<Account, AccountError> {
    let email = normalise_email(email);
    let mut missing = Vec::new();
    if email.is_empty() {
        missing.push(AccountProblem::EmailMissing);
    }
    if password.is_empty() {
        missing.push(AccountProblem::PasswordMissing);
    }
    if !missing.is_empty() {
        return Err(AccountError::Refused(missing));
    }
    let limit = SignInLimit::new(pool);
    let attempt = match limit.begin(&email, from, unix_seconds_now()).await? {
        Decision::Check(attempt) => attempt,
        Decision::Wait { minutes } => {
            return Err(AccountError::Refused(vec![AccountProblem::TooManyTries {
                minutes,
            }]))
        }
    };
    let found = storage::query_as::<(i64, String, Option<String>, Option<String>, String)>(
        "SELECT id, email, locale, reading_options, password_hash FROM accounts WHERE email = $1",
    )
    .bind(&email)
    .fetch_optional(pool)
    .await?;
    let (row, hash) = match found {
        Some((id, email, locale, reading, hash)) => {
            (Some((id, email, locale, reading)), Some(hash))
        }
        None => (None, None),
    };
    let matches = password_hashing::matches(password.chars().take(1024).collect(), hash).await?;
    match row {
        Some(row) if matches => {
            limit.succeeded(&attempt).await?;
            Ok(from_row(row))
        }
        // The try stays counted as wrong.
        _ => Err(AccountError::Refused(vec![
            AccountProblem::WrongEmailOrPassword,
        ])),
    }
}

pub async fn find(pool: &Db, id: i64) -> Result<Option<Account>, AccountError> {
    Ok(storage::query_as::<AccountRow>(
        "SELECT id, email, locale, reading_options FROM accounts WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .map(from_row))
}

pub async fn save_reading_options(
    pool: &Db,
    account_id: i64,
    options: ReadingOptions,
) -> Result<(), AccountError> {
    storage::query("UPDATE accounts SET reading_options = $1 WHERE id = $2")
        .bind(options.encode())
        .bind(account_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn save_locale(pool: &Db, account_id: i64, locale: Locale) -> Result<(), AccountError> {
    storage::query("UPDATE accounts SET locale = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(account_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn count(pool: &Db) -> Result<i64, AccountError> {
    Ok(storage::query_scalar("SELECT COUNT(*) FROM accounts")
        .fetch_one(pool)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage;

    fn here() -> TriedFrom {
        TriedFrom::address("10.0.0.1".parse().unwrap())
    }

    fn new<'a>(email: &'a str, password: &'a str) -> NewAccount<'a> {
        NewAccount {
            email,
            password,
            locale: None,
            reading_options: None,
        }
    }

    #[tokio::test]
    async fn create_then_sign_in_with_any_case_of_email() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let created = create(&pool, new(" Amina@Example.org ", "a long enough password"))
            .await
            .unwrap();
        assert_eq!(created.email, "amina@example.org");
        let signed_in = sign_in(
            &pool,
            "AMINA@example.org",
            "a long enough password",
            &TriedFrom::default(),
        )
        .await
        .unwrap();
        assert_eq!(signed_in.id, created.id);
    }

    #[tokio::test]
    async fn passwords_are_stored_as_argon2id_hashes() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        create(&pool, new("a@example.org", "a long enough password"))
            .await
            .unwrap();
        let hash: String = storage::query_scalar("SELECT password_hash FROM accounts")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("a long enough password"));
    }

    #[tokio::test]
    async fn the_same_email_cannot_have_two_accounts() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        create(&pool, new("a@example.org", "a long enough password"))
            .await
            .unwrap();
        let second = create(&pool, new("A@EXAMPLE.ORG", "another long password")).await;
        assert_eq!(
            second.unwrap_err().problems(),
            vec![AccountProblem::EmailTaken]
        );
    }

    #[tokio::test]
    async fn bad_input_is_refused_with_every_problem() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let refused = create(&pool, new("not-an-email", "short"))
            .await
            .unwrap_err();
        assert_eq!(
            refused.problems(),
            vec![
                AccountProblem::EmailInvalid,
                AccountProblem::PasswordTooShort { min: 8 }
            ]
        );
        assert_eq!(count(&pool).await.unwrap(), 0);
    }

    #[tokio::test]
    async fn wrong_password_and_unknown_email_get_the_same_answer() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        create(&pool, new("a@example.org", "a long enough password"))
            .await
            .unwrap();
        let wrong = sign_in(&pool, "a@example.org", "not the password", &here()).await;
        let unknown = sign_in(&pool, "b@example.org", "not the password", &here()).await;
        assert_eq!(
            wrong.unwrap_err().problems(),
            vec![AccountProblem::WrongEmailOrPassword]
        );
        assert_eq!(
            unknown.unwrap_err().problems(),
            vec![AccountProblem::WrongEmailOrPassword]
        );
    }

    #[tokio::test]
    async fn choices_made_before_signing_up_are_kept_and_can_change() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let reading = ReadingOptions::parse("text_size=large&font=dyslexia");
        let account = create(
            &pool,
            NewAccount {
                email: "a@example.org",
                password: "a long enough password",
                locale: Some(Locale::Urdu),
                reading_options: Some(reading),
            },
        )
        .await
        .unwrap();
        assert_eq!(account.locale, Some(Locale::Urdu));
        assert_eq!(account.reading_options, Some(reading));
        save_locale(&pool, account.id, Locale::EnglishUk)
            .await
            .unwrap();
        let contrast = ReadingOptions::parse("theme=contrast");
        save_reading_options(&pool, account.id, contrast)
            .await
            .unwrap();
        let found = find(&pool, account.id).await.unwrap().unwrap();
        assert_eq!(found.locale, Some(Locale::EnglishUk));
        assert_eq!(found.reading_options, Some(contrast));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_sign_ups_at_once_all_get_accounts() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let many = 24;
        let sign_ups = (0..many).map(|n| {
            let pool = pool.clone();
            tokio::spawn(async move {
                let email = format!("person{n}@example.org");
                // From different addresses, so the sign-up limit turns none away.
                let address = Some(IpAddr::from([203, 0, 113, n as u8]));
                sign_up(&pool, new(&email, "a long enough password"), address, 1).await
            })
        });
        for sign_up in sign_ups.collect::<Vec<_>>() {
            sign_up.await.unwrap().unwrap();
        }
        assert_eq!(count(&pool).await.unwrap(), many);
    }

    #[tokio::test]
    async fn sign_ups_from_one_address_are_limited_and_mistakes_do_not_count() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let school = Some(IpAddr::from([203, 0, 113, 9]));
        let mistake = sign_up(&pool, new("not-an-email", "short"), school, 2).await;
        assert_eq!(
            mistake.unwrap_err().problems(),
            vec![
                AccountProblem::EmailInvalid,
                AccountProblem::PasswordTooShort { min: 8 }
            ]
        );
        for email in ["a@example.org", "b@example.org"] {
            sign_up(&pool, new(email, "a long enough password"), school, 2)
                .await
                .unwrap();
        }
        let third = sign_up(
            &pool,
            new("c@example.org", "a long enough password"),
            school,
            2,
        )
        .await;
        assert_eq!(
            third.unwrap_err().problems(),
            vec![AccountProblem::TooManyNewAccounts { minutes: 60 }]
        );
        assert_eq!(count(&pool).await.unwrap(), 2);
    }
}
