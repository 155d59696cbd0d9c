//! Links sent by email: one mechanism for confirming a sign-up, confirming a new address and making
//! a new password. The link carries a long random secret; only its SHA-256 is stored, with what the
//! link is for, when it stops working, and when it was used. A link is used by one conditional
//! UPDATE (not used yet, not expired), so two clicks or two instances can never both use it.

use crate::storage::{self, Db, Tx};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

const SECRET_BYTES: usize = 32;

/// What a link does when it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    ConfirmSignUp,
    ConfirmNewEmail,
    ResetPassword,
}

impl Purpose {
    fn stored(self) -> &'static str {
        match self {
            Purpose::ConfirmSignUp => "confirm-sign-up",
            Purpose::ConfirmNewEmail => "confirm-new-email",
            Purpose::ResetPassword => "reset-password",
        }
    }

    fn from_stored(stored: &str) -> Option<Purpose> {
        [
            Purpose::ConfirmSignUp,
            Purpose::ConfirmNewEmail,
            Purpose::ResetPassword,
        ]
        .into_iter()
        .find(|p| p.stored() == stored)
    }

    /// How long a link works, in seconds: a sign-up has the whole week before an unconfirmed
    /// account is deleted; a new address a day; a new password an hour.
    pub fn valid_for(self) -> i64 {
        match self {
            Purpose::ConfirmSignUp => super::UNCONFIRMED_KEPT_SECONDS,
            Purpose::ConfirmNewEmail => 24 * 60 * 60,
            Purpose::ResetPassword => 60 * 60,
        }
    }
}

/// A used link: whose it was, what it was for, and the new address it carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Used {
    pub account_id: i64,
    pub purpose: Purpose,
    pub new_email: Option<String>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a link's secret; `None` for anything that is not the shape we make, so a
/// made-up secret is never even looked up. Shared with the review pack's links
/// (`crate::access::pack_links`).
pub(crate) fn hash(secret: &str) -> Option<String> {
    let ours = secret.len() == SECRET_BYTES * 2 && secret.bytes().all(|b| b.is_ascii_hexdigit());
    ours.then(|| hex(&Sha256::digest(secret.to_ascii_lowercase().as_bytes())))
}

/// A new secret for a link: 256 random bits, as hex. Nobody can guess one, so a link needs no
/// limit on tries.
pub(crate) fn new_secret() -> String {
    let mut bytes = [0u8; SECRET_BYTES];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Makes a link for `account_id` and returns its secret, to put in the email and nowhere else.
pub async fn issue(
    pool: &Db,
    account_id: i64,
    purpose: Purpose,
    new_email: Option<&str>,
    now: i64,
) -> Result<String, sqlx::Error> {
    let secret = new_secret();
    // Spent and expired links are of no more use to anyone.
    storage::query("DELETE FROM email_links WHERE expires_at <= $1")
        .bind(now)
        .execute(pool)
        .await?;
    storage::query(
        "INSERT INTO email_links (token_hash, account_id, purpose, new_email, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(hash(&secret).expect("a secret we made has our shape"))
    .bind(account_id)
    .bind(purpose.stored())
    .bind(new_email.map(str::to_string))
    .bind(now)
    .bind(now + purpose.valid_for())
    .execute(pool)
    .await?;
    Ok(secret)
}

/// Uses the link with `secret` for `purpose`, inside `tx`: `None` when there is no such link, or it
/// was used already, or it has expired. If `tx` is rolled back, the link stays unused.
pub async fn use_once(
    tx: &mut Tx,
    secret: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<Used>, sqlx::Error> {
    let Some(hash) = hash(secret) else {
        return Ok(None);
    };
    let used = storage::query_as::<(i64, String, Option<String>)>(
        "UPDATE email_links SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING account_id, purpose, new_email",
    )
    .bind(now)
    .bind(hash)
    .bind(purpose.stored())
    .fetch_optional(&mut *tx)
    .await?;
    Ok(used.and_then(|(account_id, purpose, new_email)| {
        Some(Used {
            account_id,
            purpose: Purpose::from_stored(&purpose)?,
            new_email,
        })
    }))
}

/// How many links of `purpose` were made for the account since `since`: for the limit on sending
/// the confirmation again.
pub async fn made_since(
    pool: &Db,
    account_id: i64,
    purpose: Purpose,
    since: i64,
) -> Result<i64, sqlx::Error> {
    storage::query_scalar(
        "SELECT COUNT(*) FROM email_links WHERE account_id = $1 AND purpose = $2 AND created_at > $3",
    )
    .bind(account_id)
    .bind(purpose.stored())
    .bind(since)
    .fetch_one(pool)
    .await
}

/// At most this many emails an hour to one address asked for by forms (a new password, the
/// confirmation again, a sign-up), so nobody can use Heard to flood someone's inbox.
pub const ASKS_PER_EMAIL_PER_HOUR: i64 = 3;
/// At most this many such emails an hour asked for from one client address (an IPv6 /64).
pub const ASKS_PER_ADDRESS_PER_HOUR: i64 = 20;
const ASK_WINDOW_SECONDS: i64 = 60 * 60;

/// Counts an email asked for to `email` from `from` if both are within their limits; otherwise says
/// how many minutes to wait. The same whether or not the address has an account.
pub async fn ask_or_wait(
    pool: &Db,
    email: &str,
    from: Option<std::net::IpAddr>,
    now: i64,
) -> Result<Option<u32>, sqlx::Error> {
    ask_or_wait_within(pool, email, from, now, ASKS_PER_ADDRESS_PER_HOUR).await
}

/// `ask_or_wait` with its own limit for the client address: a sign-up's email is already held to
/// the sign-up limit (`--sign-ups-per-hour`), so a children's centre signing many families up from
/// one address gets an email for each of them.
pub async fn ask_or_wait_within(
    pool: &Db,
    email: &str,
    from: Option<std::net::IpAddr>,
    now: i64,
    per_address_per_hour: i64,
) -> Result<Option<u32>, sqlx::Error> {
    let email = heard_app::account::normalise_email(email);
    let address = crate::client_address::limit_key(from);
    let since = now - ASK_WINDOW_SECONDS;
    storage::query("DELETE FROM email_link_asks WHERE made_at <= $1")
        .bind(since)
        .execute(pool)
        .await?;
    // Under a lock, so asks sent all at once (to any instance) cannot each see room for one more.
    let mut tx = pool
        .begin_locked(storage::Lock::all("email-link-asks"))
        .await?;
    let counted = storage::query(
        "INSERT INTO email_link_asks (email, address, made_at)
         SELECT $1, $2, $3
         WHERE (SELECT COUNT(*) FROM email_link_asks WHERE email = $1 AND made_at > $4) < $5
           AND (SELECT COUNT(*) FROM email_link_asks WHERE address = $2 AND made_at > $4) < $6",
    )
    .bind(&email)
    .bind(&address)
    .bind(now)
    .bind(since)
    .bind(ASKS_PER_EMAIL_PER_HOUR)
    .bind(per_address_per_hour)
    .execute(&mut tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    if counted == 1 {
        return Ok(None);
    }
    let oldest: Option<i64> = storage::query_scalar(
        "SELECT MIN(made_at) FROM email_link_asks WHERE (email = $1 OR address = $2) AND made_at > $3",
    )
    .bind(&email)
    .bind(&address)
    .bind(since)
    .fetch_one(pool)
    .await?;
    let seconds = oldest.map_or(ASK_WINDOW_SECONDS, |oldest| {
        oldest + ASK_WINDOW_SECONDS - now
    });
    Ok(Some(
        u32::try_from((seconds + 59) / 60).unwrap_or(60).max(1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::unix_seconds_now;

    async fn account(pool: &Db) -> i64 {
        storage::query_scalar(
            "INSERT INTO accounts (email, password_hash, created_at) VALUES ('a@example.org', 'x', 0)
             RETURNING id",
        )
        .fetch_one(pool)
        .await
        .unwrap()
    }

    async fn try_use(pool: &Db, secret: &str, purpose: Purpose, now: i64) -> Option<Used> {
        let mut tx = pool.begin().await.unwrap();
        let used = use_once(&mut tx, secret, purpose, now).await.unwrap();
        tx.commit().await.unwrap();
        used
    }

    #[tokio::test]
    async fn a_link_works_once_for_its_purpose_until_it_expires_and_only_its_hash_is_kept() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let id = account(&pool).await;
        let now = unix_seconds_now();
        let secret = issue(&pool, id, Purpose::ResetPassword, None, now)
            .await
            .unwrap();
        let stored: String = storage::query_scalar("SELECT token_hash FROM email_links")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_ne!(stored, secret);
        assert_eq!(
            try_use(&pool, &secret, Purpose::ConfirmSignUp, now).await,
            None,
            "a link for another purpose"
        );
        assert_eq!(
            try_use(&pool, &secret, Purpose::ResetPassword, now + 3600).await,
            None,
            "an hour later"
        );
        let used = try_use(&pool, &secret, Purpose::ResetPassword, now + 3599).await;
        assert_eq!(used.map(|u| u.account_id), Some(id));
        assert_eq!(
            try_use(&pool, &secret, Purpose::ResetPassword, now).await,
            None,
            "used already"
        );
        assert_eq!(
            try_use(&pool, "not-a-secret", Purpose::ResetPassword, now).await,
            None
        );
    }

    #[tokio::test]
    async fn a_link_used_in_a_transaction_rolled_back_still_works() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let id = account(&pool).await;
        let now = unix_seconds_now();
        let secret = issue(&pool, id, Purpose::ConfirmSignUp, None, now)
            .await
            .unwrap();
        {
            let mut tx = pool.begin().await.unwrap();
            assert!(use_once(&mut tx, &secret, Purpose::ConfirmSignUp, now)
                .await
                .unwrap()
                .is_some());
        }
        assert!(try_use(&pool, &secret, Purpose::ConfirmSignUp, now)
            .await
            .is_some());
    }

    #[tokio::test]
    async fn emails_asked_for_are_limited_per_address_typed_and_per_client() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let now = unix_seconds_now();
        let home = Some("198.51.100.7".parse().unwrap());
        let school = Some("203.0.113.9".parse().unwrap());
        for _ in 0..ASKS_PER_EMAIL_PER_HOUR {
            assert_eq!(
                ask_or_wait(&pool, "a@example.org", home, now)
                    .await
                    .unwrap(),
                None
            );
        }
        // The same address, from anywhere, in any case, waits.
        assert_eq!(
            ask_or_wait(&pool, " A@example.org", school, now + 60)
                .await
                .unwrap(),
            Some(59)
        );
        for n in 0..ASKS_PER_ADDRESS_PER_HOUR - ASKS_PER_EMAIL_PER_HOUR {
            let email = format!("p{n}@example.org");
            assert_eq!(ask_or_wait(&pool, &email, home, now).await.unwrap(), None);
        }
        assert!(ask_or_wait(&pool, "new@example.org", home, now)
            .await
            .unwrap()
            .is_some());
        assert_eq!(
            ask_or_wait(&pool, "new@example.org", school, now)
                .await
                .unwrap(),
            None
        );
        // An hour on, there is room again.
        assert_eq!(
            ask_or_wait(&pool, "a@example.org", home, now + ASK_WINDOW_SECONDS)
                .await
                .unwrap(),
            None
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn two_clicks_at_once_use_a_link_once() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let id = account(&pool).await;
        let now = unix_seconds_now();
        let secret = issue(&pool, id, Purpose::ResetPassword, None, now)
            .await
            .unwrap();
        let clicks = (0..8).map(|_| {
            let (pool, secret) = (pool.clone(), secret.clone());
            tokio::spawn(async move {
                let mut tx = pool.begin().await.unwrap();
                let used = use_once(&mut tx, &secret, Purpose::ResetPassword, now)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                used.is_some()
            })
        });
        let mut worked = 0;
        for click in clicks.collect::<Vec<_>>() {
            worked += usize::from(click.await.unwrap());
        }
        assert_eq!(worked, 1);
    }
}
