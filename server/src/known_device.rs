//! Devices a person has signed in on before (OWASP's "device cookies"). After a right password the
//! browser gets a random device cookie, and a hash of it is kept with the account. Later sign-ins
//! from that device have their own allowance of wrong passwords, so a stranger guessing somewhere else
//! cannot keep the owner out. The cookie proves nothing by itself: the password is always checked.
//! One device may be known for several accounts (two parents on one tablet).

use crate::storage;
use crate::storage::Db;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

pub const COOKIE: &str = "heard_device";
/// A device not signed in on for this long is forgotten (and the cookie lasts as long).
pub const REMEMBERED_FOR_DAYS: i64 = 365;
const TOKEN_BYTES: usize = 32;

fn remembered_since(now: i64) -> i64 {
    now - REMEMBERED_FOR_DAYS * 24 * 60 * 60
}

/// The stored form of a device cookie; `None` for anything that is not one of ours.
pub fn hash(token: &str) -> Option<String> {
    let ours = token.len() == TOKEN_BYTES * 2 && token.bytes().all(|b| b.is_ascii_hexdigit());
    ours.then(|| hex(&Sha256::digest(token.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Marks the device as known for the account after a right password, and returns the cookie to give
/// it. The cookie is new every time (a cookie someone planted or saw before is worth nothing after),
/// and the accounts the device was already known for move to the new one.
pub async fn remember(
    pool: &Db,
    account_id: i64,
    presented: Option<&str>,
    now: i64,
) -> Result<String, sqlx::Error> {
    let token = new_token();
    let new_hash = hash(&token).expect("a new token has our shape");
    let mut tx = pool
        .begin_locked(storage::Lock::all("known-devices"))
        .await?;
    if let Some(old_hash) = presented.and_then(hash) {
        storage::query("UPDATE known_devices SET device_hash = $1 WHERE device_hash = $2")
            .bind(&new_hash)
            .bind(&old_hash)
            .execute(&mut tx)
            .await?;
    }
    storage::query(
        "INSERT INTO known_devices (device_hash, account_id, last_signed_in_at) VALUES ($1, $2, $3)
         ON CONFLICT (device_hash, account_id) DO UPDATE SET last_signed_in_at = excluded.last_signed_in_at",
    )
    .bind(&new_hash)
    .bind(account_id)
    .bind(now)
    .execute(&mut tx)
    .await?;
    storage::query("DELETE FROM known_devices WHERE last_signed_in_at <= $1")
        .bind(remembered_since(now))
        .execute(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(token)
}

/// The stored hash of the presented cookie when it belongs to a device known for this email's account.
pub(crate) async fn known_for(
    conn: &mut storage::Tx,
    email: &str,
    presented: Option<&str>,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some(device_hash) = presented.and_then(hash) else {
        return Ok(None);
    };
    let known: bool = storage::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM known_devices d JOIN accounts a ON a.id = d.account_id
                        WHERE a.email = $1 AND d.device_hash = $2 AND d.last_signed_in_at > $3)",
    )
    .bind(email)
    .bind(&device_hash)
    .bind(remembered_since(now))
    .fetch_one(conn)
    .await?;
    Ok(known.then_some(device_hash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{self, NewAccount};
    use crate::storage::{self, unix_seconds_now};

    async fn account(pool: &Db, email: &str) -> i64 {
        let new = NewAccount {
            email,
            password: "the right password",
            locale: None,
            reading_options: None,
        };
        accounts::create(pool, new).await.unwrap().id
    }

    async fn is_known(pool: &Db, email: &str, token: &str, now: i64) -> bool {
        let mut tx = pool.begin().await.unwrap();
        known_for(&mut tx, email, Some(token), now)
            .await
            .unwrap()
            .is_some()
    }

    #[tokio::test]
    async fn a_device_is_known_only_for_the_accounts_signed_in_on_it() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let now = unix_seconds_now();
        let parent = account(&pool, "parent@example.org").await;
        account(&pool, "other@example.org").await;
        let token = remember(&pool, parent, None, now).await.unwrap();
        assert!(is_known(&pool, "parent@example.org", &token, now).await);
        assert!(!is_known(&pool, "other@example.org", &token, now).await);
        assert!(!is_known(&pool, "parent@example.org", &new_token(), now).await);
        assert!(!is_known(&pool, "parent@example.org", "not-a-token", now).await);
        let stored: String = storage::query_scalar("SELECT device_hash FROM known_devices")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_ne!(stored, token, "only a hash of the cookie is kept");
    }

    #[tokio::test]
    async fn the_cookie_changes_at_each_sign_in_and_keeps_every_account_on_the_device() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let now = unix_seconds_now();
        let first = account(&pool, "first@example.org").await;
        let second = account(&pool, "second@example.org").await;
        let old = remember(&pool, first, None, now).await.unwrap();
        let new = remember(&pool, second, Some(&old), now).await.unwrap();
        assert_ne!(old, new);
        assert!(is_known(&pool, "first@example.org", &new, now).await);
        assert!(is_known(&pool, "second@example.org", &new, now).await);
        assert!(!is_known(&pool, "first@example.org", &old, now).await);
    }

    #[tokio::test]
    async fn a_device_unused_for_a_year_is_forgotten() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let then = unix_seconds_now() - REMEMBERED_FOR_DAYS * 24 * 60 * 60 - 1;
        let id = account(&pool, "a@example.org").await;
        let token = remember(&pool, id, None, then).await.unwrap();
        assert!(is_known(&pool, "a@example.org", &token, then).await);
        assert!(!is_known(&pool, "a@example.org", &token, unix_seconds_now()).await);
    }

    #[tokio::test]
    async fn a_deleted_account_takes_its_devices_with_it() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let id = account(&pool, "a@example.org").await;
        remember(&pool, id, None, unix_seconds_now()).await.unwrap();
        storage::query("DELETE FROM accounts WHERE id = $1")
            .bind(id)
            .execute(&pool)
            .await
            .unwrap();
        let left: i64 = storage::query_scalar("SELECT COUNT(*) FROM known_devices")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(left, 0);
    }
}
