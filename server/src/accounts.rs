//! Accounts: creating one, checking a password, and what a person chose to keep with it.
//! Passwords are hashed with argon2id, in a small queue (see `password_hashing`).
//!
//! An email address is unique only among confirmed accounts (a partial unique index): signing up
//! always makes a new unconfirmed account, so the answer is the same whether or not the address has
//! an account already, and an unconfirmed account is deleted a week after it was made.

pub mod email_links;
pub mod emails;

use crate::password_hashing::{self, HashingError};
use crate::sign_in_limit::{Decision, SignInLimit, TriedFrom};
use crate::storage;
use crate::storage::unix_seconds_now;
use crate::storage::Db;
use email_links::Purpose;
use heard_app::account::{check_email, check_new_account, normalise_email, AccountProblem};
use heard_app::locale::Locale;
use heard_app::reading::ReadingOptions;
use std::net::IpAddr;

/// How long an account may wait for its email to be confirmed before it is deleted: a week.
pub const UNCONFIRMED_KEPT_SECONDS: i64 = 7 * 24 * 60 * 60;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// Something the person can fix or wait out; shown to them.
    #[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Refused(Vec<AccountProblem>),
    /// A confirmed account has this address already: only for accounts made by `create` (the demo,
    /// tests), never told to a person signing up.
    #[error("a confirmed account has this email address already")]
    EmailInUse,
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Hashing(#[from] HashingError),
    #[error("an unconfirmed account could not be deleted")]
    DeleteFailed,
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
    /// Whether the person has shown the email address is theirs.
    pub confirmed: bool,
    /// Unix seconds.
    pub created_at: i64,
    /// Kept in each session at sign-in; raised to end every session of the account.
    pub session_epoch: i64,
}

impl Account {
    /// When an unconfirmed account is deleted (unix seconds); `None` once confirmed.
    pub fn deleted_unless_confirmed_at(&self) -> Option<i64> {
        (!self.confirmed).then_some(self.created_at + UNCONFIRMED_KEPT_SECONDS)
    }
}

const COLUMNS: &str = "id, email, locale, reading_options, confirmed_at, created_at, session_epoch";
type AccountRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    i64,
    i64,
);

fn from_row(
    (id, email, locale, reading, confirmed_at, created_at, session_epoch): AccountRow,
) -> Account {
    Account {
        id,
        email,
        locale: locale.as_deref().and_then(Locale::from_tag),
        reading_options: reading.as_deref().map(ReadingOptions::parse),
        confirmed: confirmed_at.is_some(),
        created_at,
        session_epoch,
    }
}

pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// Choices made before the account existed, kept with it from the start.
    pub locale: Option<Locale>,
    pub reading_options: Option<ReadingOptions>,
}

/// Makes a confirmed account: for accounts whose address is known to be right (the demo, tests).
pub async fn create(pool: &Db, new: NewAccount<'_>) -> Result<Account, AccountError> {
    insert(pool, new, true).await
}

async fn insert(pool: &Db, new: NewAccount<'_>, confirmed: bool) -> Result<Account, AccountError> {
    let problems = check_new_account(new.email, new.password);
    if !problems.is_empty() {
        return Err(AccountError::Refused(problems));
    }
    let email = normalise_email(new.email);
    let hash = password_hashing::hash(new.password.to_string()).await?;
    let now = unix_seconds_now();
    let inserted = storage::query_as::<AccountRow>(&format!(
        "INSERT INTO accounts (email, password_hash, locale, reading_options, created_at, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING {COLUMNS}"
    ))
    .bind(&email)
    .bind(&hash)
    .bind(new.locale.map(Locale::tag))
    .bind(new.reading_options.map(|r| r.encode()))
    .bind(now)
    .bind(confirmed.then_some(now))
    .fetch_one(pool)
    .await;
    match inserted {
        Ok(row) => Ok(from_row(row)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(AccountError::EmailInUse),
        Err(e) => Err(e.into()),
    }
}

/// Makes an unconfirmed account for someone using the sign-up form, within the sign-up limit for
/// their address. Made whether or not a confirmed account has the address, so the person sees the
/// same either way; the emails sent differ (see `emails`).
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
    insert(pool, new, false).await
}

/// The confirmed account with this address, if any.
pub async fn confirmed_with_email(pool: &Db, email: &str) -> Result<Option<Account>, AccountError> {
    Ok(storage::query_as::<AccountRow>(&format!(
        "SELECT {COLUMNS} FROM accounts WHERE email = $1 AND confirmed_at IS NOT NULL"
    ))
    .bind(normalise_email(email))
    .fetch_optional(pool)
    .await?
    .map(from_row))
}

/// Checks an email and password, within the sign-in rate limit (see `sign_in_limit`). The confirmed
/// account with the address is tried first, then the newest unconfirmed one.
pub async fn sign_in(
    pool: &Db,
    email: &str,
    password: &str,
    from: &TriedFrom,
) -> Result<Account, AccountError> {
    check(pool, email, password, from, None).await
}

/// Checks the password of one account (a signed-in person's, before a change), within the same
/// rate limit as signing in.
pub async fn check_password(
    pool: &Db,
    account_id: i64,
    email: &str,
    password: &str,
    from: &TriedFrom,
) -> Result<Account, AccountError> {
    check(pool, email, password, from, Some(account_id)).await
}

async fn check(
    pool: &Db,
    email: &str,
    password: &str,
    from: &TriedFrom,
    only: Option<i64>,
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
    let confirmed = storage::query_as::<(i64, String)>(
        "SELECT id, password_hash FROM accounts WHERE email = $1 AND confirmed_at IS NOT NULL",
    )
    .bind(&email)
    .fetch_optional(pool)
    .await?;
    let unconfirmed = storage::query_as::<(i64, String)>(
        "SELECT id, password_hash FROM accounts WHERE email = $1 AND confirmed_at IS NULL
         ORDER BY id DESC LIMIT 1",
    )
    .bind(&email)
    .fetch_optional(pool)
    .await?;
    let candidates: Vec<(i64, String)> = match only {
        Some(id) => storage::query_as::<(i64, String)>(
            "SELECT id, password_hash FROM accounts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
        .into_iter()
        .collect(),
        None => confirmed.into_iter().chain(unconfirmed).collect(),
    };
    let typed: String = password.chars().take(1024).collect();
    let mut found = None;
    if candidates.is_empty() {
        // The same work as for a real account, so the time taken does not tell.
        password_hashing::matches(typed.clone(), None).await?;
    }
    for (id, hash) in candidates {
        if password_hashing::matches(typed.clone(), Some(hash)).await? {
            found = Some(id);
            break;
        }
    }
    match found {
        Some(id) => {
            limit.succeeded(&attempt).await?;
            find(pool, id).await?.ok_or(AccountError::Refused(vec![
                AccountProblem::WrongEmailOrPassword,
            ]))
        }
        // The try stays counted as wrong.
        None => Err(AccountError::Refused(vec![
            AccountProblem::WrongEmailOrPassword,
        ])),
    }
}

pub async fn find(pool: &Db, id: i64) -> Result<Option<Account>, AccountError> {
    Ok(
        storage::query_as::<AccountRow>(&format!("SELECT {COLUMNS} FROM accounts WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?
            .map(from_row),
    )
}

/// Ends every session of the account, on every device and instance: each session keeps the epoch
/// it started in, and only the account's current one is accepted (`web::scope`). Returns the new one.
pub async fn end_every_session(pool: &Db, account_id: i64) -> Result<i64, AccountError> {
    Ok(storage::query_scalar(
        "UPDATE accounts SET session_epoch = session_epoch + 1 WHERE id = $1 RETURNING session_epoch",
    )
    .bind(account_id)
    .fetch_one(pool)
    .await?)
}

/// A new password for the account, after checking it as sign-up does. Ends every session.
pub async fn set_password(pool: &Db, account_id: i64, password: &str) -> Result<(), AccountError> {
    check_new_password(password)?;
    let hash = password_hashing::hash(password.to_string()).await?;
    storage::query(
        "UPDATE accounts SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2",
    )
    .bind(hash)
    .bind(account_id)
    .execute(pool)
    .await?;
    Ok(())
}

/// The rules a new password follows: the same as at sign-up.
pub fn check_new_password(password: &str) -> Result<(), AccountError> {
    let problems: Vec<AccountProblem> = check_new_account("ok@example.org", password);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AccountError::Refused(problems))
    }
}

/// What a confirmation link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    /// The account's address is confirmed (and, for a change, the account has its new address).
    Done {
        account_id: i64,
        email: String,
        old_email: Option<String>,
    },
    /// No such link, used already, or out of date.
    LinkSpent,
    /// Meanwhile another confirmed account took the address: nothing changed.
    AddressTaken,
}

/// Uses a confirmation link: confirms a sign-up, or changes the account's address to the new one.
/// Either way the account is confirmed, as its owner has shown the address is theirs.
pub async fn confirm(pool: &Db, secret: &str, purpose: Purpose) -> Result<Confirmed, AccountError> {
    let now = unix_seconds_now();
    let mut tx = pool.begin().await?;
    let Some(used) = email_links::use_once(&mut tx, secret, purpose, now).await? else {
        return Ok(Confirmed::LinkSpent);
    };
    let old: Option<String> = storage::query_scalar("SELECT email FROM accounts WHERE id = $1")
        .bind(used.account_id)
        .fetch_optional(&mut tx)
        .await?;
    let Some(old) = old else {
        return Ok(Confirmed::LinkSpent);
    };
    let email = used.new_email.clone().unwrap_or_else(|| old.clone());
    let changed = storage::query(
        "UPDATE accounts SET email = $1, confirmed_at = COALESCE(confirmed_at, $2) WHERE id = $3",
    )
    .bind(&email)
    .bind(now)
    .bind(used.account_id)
    .execute(&mut tx)
    .await;
    match changed {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Ok(Confirmed::AddressTaken)
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await?;
    Ok(Confirmed::Done {
        account_id: used.account_id,
        email: email.clone(),
        old_email: (old != email).then_some(old),
    })
}

/// Uses a new-password link and sets the password, ending every session of the account. `None`
/// when the link is spent; the password is checked first, so a mistake does not spend the link.
pub async fn reset_password(
    pool: &Db,
    secret: &str,
    password: &str,
) -> Result<Option<Account>, AccountError> {
    check_new_password(password)?;
    let hash = password_hashing::hash(password.to_string()).await?;
    let mut tx = pool.begin().await?;
    let Some(used) =
        email_links::use_once(&mut tx, secret, Purpose::ResetPassword, unix_seconds_now()).await?
    else {
        return Ok(None);
    };
    storage::query(
        "UPDATE accounts SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2",
    )
    .bind(hash)
    .bind(used.account_id)
    .execute(&mut tx)
    .await?;
    tx.commit().await?;
    find(pool, used.account_id).await
}

/// Checks an address typed for a change of email.
pub fn check_new_email(account: &Account, email: &str) -> Result<String, AccountError> {
    check_email(email).map_err(|p| AccountError::Refused(vec![p]))?;
    let email = normalise_email(email);
    if email == account.email {
        return Err(AccountError::Refused(vec![AccountProblem::EmailSameAsNow]));
    }
    Ok(email)
}

/// Unconfirmed accounts older than a week, with everything in them: run often by `heard serve`.
/// Safe on several instances at once: each deletion is its own transaction, and an account already
/// gone is nothing to delete.
pub async fn delete_unconfirmed(pool: &Db, now: i64) -> Result<usize, AccountError> {
    let old: Vec<i64> = storage::query_scalar(
        "SELECT id FROM accounts WHERE confirmed_at IS NULL AND created_at <= $1",
    )
    .bind(now - UNCONFIRMED_KEPT_SECONDS)
    .fetch_all(pool)
    .await?;
    for id in &old {
        crate::people::delete_account(pool, *id)
            .await
            .map_err(|_| AccountError::DeleteFailed)?;
    }
    Ok(old.len())
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
    async fn the_same_email_cannot_have_two_confirmed_accounts() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        create(&pool, new("a@example.org", "a long enough password"))
            .await
            .unwrap();
        let second = create(&pool, new("A@EXAMPLE.ORG", "another long password")).await;
        assert!(matches!(second, Err(AccountError::EmailInUse)));
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
