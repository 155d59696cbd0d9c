//! The sign-in rate limit, following OWASP: guessing is slowed down, never a lock-out of the owner.
//!
//! - From a device the account was signed in on before (a known device, see `known_device`), only that
//!   device's own wrong passwords count. A stranger's guesses elsewhere never keep the owner out.
//! - From anywhere else, a few wrong passwords for an account are free; after that each further try
//!   waits a little longer (1 minute, doubling, at most 15), counted from the last wrong one.
//! - Many wrong passwords from one address, across accounts, make that address wait a while.
//!
//! Counts live in the database so every server instance sees the same. A try is counted as wrong
//! before its password is checked and forgiven when it turns out right, so many tries sent at once
//! cannot all slip past the count.

use crate::client_address::limit_key;
use crate::known_device;
use crate::storage;
use crate::storage::Db;
use std::net::IpAddr;

/// Wrong passwords allowed before tries are slowed down: for an account from unknown devices, and
/// for each known device.
pub const FREE_TRIES: i64 = 5;
/// The wait after the first try beyond the free ones; it doubles with each wrong password after.
pub const FIRST_WAIT_SECONDS: i64 = 60;
/// The longest a person is asked to wait between tries.
pub const LONGEST_WAIT_MINUTES: i64 = 15;
/// How long a wrong password counts towards slowing an account or device down.
pub const FAILURES_REMEMBERED_HOURS: i64 = 24;
/// Wrong passwords allowed from one address within [`ADDRESS_WINDOW_MINUTES`], across accounts.
/// Higher than for one account, because a school or library can put many families behind one address.
pub const FAILURES_PER_ADDRESS: i64 = 20;
pub const ADDRESS_WINDOW_MINUTES: i64 = 15;

/// Where a sign-in comes from: the client's address (see `client_address`) and the device cookie it
/// carried, if any.
#[derive(Debug, Clone, Default)]
pub struct TriedFrom {
    pub address: Option<IpAddr>,
    pub device: Option<String>,
}

impl TriedFrom {
    pub fn address(address: IpAddr) -> Self {
        TriedFrom {
            address: Some(address),
            device: None,
        }
    }

    pub fn device(address: IpAddr, device: &str) -> Self {
        TriedFrom {
            address: Some(address),
            device: Some(device.to_string()),
        }
    }
}

/// Whether a try may have its password checked.
#[derive(Debug, PartialEq, Eq)]
pub enum Decision {
    Check(Attempt),
    Wait { minutes: u32 },
}

/// A try being checked, counted as wrong until [`SignInLimit::succeeded`] says otherwise.
#[derive(Debug, PartialEq, Eq)]
pub struct Attempt {
    id: i64,
    email: String,
    known_device: Option<String>,
}

/// How long to wait after `failures` wrong passwords, the last at `last`: nothing for the free ones,
/// then [`FIRST_WAIT_SECONDS`], doubling, at most [`LONGEST_WAIT_MINUTES`]. In seconds from `now`.
pub fn wait_after(failures: i64, last: Option<i64>, now: i64) -> i64 {
    let (Some(last), true) = (last, failures >= FREE_TRIES) else {
        return 0;
    };
    let doublings = (failures - FREE_TRIES).min(20) as u32;
    let wait = (FIRST_WAIT_SECONDS << doublings).min(LONGEST_WAIT_MINUTES * 60);
    (last + wait - now).max(0)
}

/// Whole minutes to tell a person, rounded up and never 0.
fn minutes(seconds: i64) -> u32 {
    u32::try_from((seconds + 59) / 60)
        .unwrap_or(u32::MAX)
        .max(1)
}

pub struct SignInLimit<'a> {
    pool: &'a Db,
}

impl<'a> SignInLimit<'a> {
    pub fn new(pool: &'a Db) -> Self {
        SignInLimit { pool }
    }

    /// Decides whether this try's password may be checked; if so, counts it as wrong for now.
    pub async fn begin(
        &self,
        email: &str,
        from: &TriedFrom,
        now: i64,
    ) -> Result<Decision, sqlx::Error> {
        let address = limit_key(from.address);
        // One writer at a time, so two tries at once cannot both see room for one more.
        let mut tx = self
            .pool
            .begin_locked(storage::Lock::all("sign-in-tries"))
            .await?;
        let remembered_since = now - FAILURES_REMEMBERED_HOURS * 60 * 60;
        // Old failures no longer count; clearing them here keeps the table small without a job.
        storage::query("DELETE FROM sign_in_failures WHERE attempted_at <= $1")
            .bind(remembered_since)
            .execute(&mut tx)
            .await?;
        let known_device =
            known_device::known_for(&mut tx, email, from.device.as_deref(), now).await?;
        let wait = match &known_device {
            Some(device) => {
                let (failures, last): (i64, Option<i64>) = storage::query_as(
                    "SELECT COUNT(*), MAX(attempted_at) FROM sign_in_failures
                     WHERE email = $1 AND device_hash = $2 AND attempted_at > $3",
                )
                .bind(email)
                .bind(device)
                .bind(remembered_since)
                .fetch_one(&mut tx)
                .await?;
                wait_after(failures, last, now)
            }
            None => {
                let (failures, last): (i64, Option<i64>) = storage::query_as(
                    "SELECT COUNT(*), MAX(attempted_at) FROM sign_in_failures
                     WHERE email = $1 AND device_hash IS NULL AND attempted_at > $2",
                )
                .bind(email)
                .bind(remembered_since)
                .fetch_one(&mut tx)
                .await?;
                let (from_address, oldest): (i64, Option<i64>) = storage::query_as(
                    "SELECT COUNT(*), MIN(attempted_at) FROM sign_in_failures
                     WHERE address = $1 AND attempted_at > $2",
                )
                .bind(&address)
                .bind(now - ADDRESS_WINDOW_MINUTES * 60)
                .fetch_one(&mut tx)
                .await?;
                let address_wait = match oldest {
                    Some(oldest) if from_address >= FAILURES_PER_ADDRESS => {
                        (oldest + ADDRESS_WINDOW_MINUTES * 60 - now).max(0)
                    }
                    _ => 0,
                };
                wait_after(failures, last, now).max(address_wait)
            }
        };
        if wait > 0 {
            tx.commit().await?;
            return Ok(Decision::Wait {
                minutes: minutes(wait),
            });
        }
        let id: i64 = storage::query_scalar(
            "INSERT INTO sign_in_failures (email, address, device_hash, attempted_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(email)
        .bind(&address)
        .bind(&known_device)
        .bind(now)
        .fetch_one(&mut tx)
        .await?;
        tx.commit().await?;
        Ok(Decision::Check(Attempt {
            id,
            email: email.to_string(),
            known_device,
        }))
    }

    /// The password was right: the try is not counted, and a known device starts afresh. Failures
    /// from unknown devices stay, so a stranger gets no new free tries when the owner signs in.
    pub async fn succeeded(&self, attempt: &Attempt) -> Result<(), sqlx::Error> {
        storage::query(
            "DELETE FROM sign_in_failures
             WHERE id = $1 OR ($3 IS NOT NULL AND email = $2 AND device_hash = $3)",
        )
        .bind(attempt.id)
        .bind(&attempt.email)
        .bind(&attempt.known_device)
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

    const EMAIL: &str = "owner@example.org";
    const RIGHT: &str = "the right password";

    fn stranger() -> TriedFrom {
        TriedFrom::address("198.51.100.7".parse().unwrap())
    }

    /// An account, and a device cookie from the owner signing in on their phone.
    async fn owner_with_phone(pool: &Db) -> TriedFrom {
        let new = NewAccount {
            email: EMAIL,
            password: RIGHT,
            locale: None,
            reading_options: None,
        };
        let account = accounts::create(pool, new).await.unwrap();
        let token = known_device::remember(pool, account.id, None, unix_seconds_now())
            .await
            .unwrap();
        TriedFrom::device("203.0.113.9".parse().unwrap(), &token)
    }

    async fn wrong_tries(limit: &SignInLimit<'_>, from: &TriedFrom, how_many: i64, now: i64) {
        for n in 0..how_many {
            let decision = limit.begin(EMAIL, from, now).await.unwrap();
            assert!(
                matches!(decision, Decision::Check(_)),
                "try {n}: {decision:?}"
            );
        }
    }

    #[test]
    fn the_wait_grows_from_one_minute_to_at_most_fifteen() {
        let waits: Vec<i64> = (0..12).map(|n| wait_after(n, Some(0), 0)).collect();
        assert_eq!(waits, [0, 0, 0, 0, 0, 60, 120, 240, 480, 900, 900, 900]);
        assert_eq!(wait_after(6, Some(0), 100), 20, "counted from the last");
        assert_eq!(wait_after(6, Some(0), 500), 0);
        assert_eq!(wait_after(60, None, 0), 0);
    }

    #[tokio::test]
    async fn a_stranger_is_slowed_down_more_with_each_wrong_password() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let mut now = unix_seconds_now();
        wrong_tries(&limit, &stranger(), FREE_TRIES, now).await;
        for minutes in [1, 2, 4, 8, 15, 15] {
            assert_eq!(
                limit.begin(EMAIL, &stranger(), now).await.unwrap(),
                Decision::Wait { minutes }
            );
            // Still asked to wait a second before the time is up...
            now += i64::from(minutes) * 60 - 1;
            assert_eq!(
                limit.begin(EMAIL, &stranger(), now).await.unwrap(),
                Decision::Wait { minutes: 1 }
            );
            // ...and then one more try is checked.
            now += 1;
            wrong_tries(&limit, &stranger(), 1, now).await;
        }
    }

    #[tokio::test]
    async fn the_owners_known_device_is_not_held_back_by_a_strangers_guesses() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let phone = owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let now = unix_seconds_now();
        wrong_tries(&limit, &stranger(), FREE_TRIES, now).await;
        // The stranger goes on, from many addresses and with a made-up device cookie.
        for n in 0..30u8 {
            let elsewhere = TriedFrom::device([192, 0, 2, n].into(), &"ab".repeat(32));
            let decision = limit.begin(EMAIL, &elsewhere, now).await.unwrap();
            assert!(matches!(decision, Decision::Wait { .. }), "{decision:?}");
        }
        assert!(matches!(
            limit.begin(EMAIL, &phone, now).await.unwrap(),
            Decision::Check(_)
        ));
        // Through the whole sign-in, with the right password.
        let signed_in = accounts::sign_in(&pool, EMAIL, RIGHT, &phone)
            .await
            .unwrap();
        assert_eq!(signed_in.email, EMAIL);
        // The same right password from a device the owner never used must wait.
        assert_eq!(
            accounts::sign_in(&pool, EMAIL, RIGHT, &stranger())
                .await
                .unwrap_err()
                .problems(),
            vec![AccountProblem::TooManyTries { minutes: 1 }]
        );
    }

    #[tokio::test]
    async fn a_known_device_has_its_own_allowance_and_a_right_password_renews_it() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let phone = owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let now = unix_seconds_now();
        wrong_tries(&limit, &phone, FREE_TRIES - 1, now).await;
        let right = match limit.begin(EMAIL, &phone, now).await.unwrap() {
            Decision::Check(attempt) => attempt,
            wait => panic!("{wait:?}"),
        };
        limit.succeeded(&right).await.unwrap();
        wrong_tries(&limit, &phone, FREE_TRIES, now).await;
        assert_eq!(
            limit.begin(EMAIL, &phone, now).await.unwrap(),
            Decision::Wait { minutes: 1 }
        );
        // The phone's wrong passwords do not slow anyone else down.
        wrong_tries(&limit, &stranger(), 1, now).await;
    }

    #[tokio::test]
    async fn the_owner_signing_in_gives_a_stranger_no_new_free_tries() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let phone = owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let now = unix_seconds_now();
        wrong_tries(&limit, &stranger(), FREE_TRIES, now).await;
        accounts::sign_in(&pool, EMAIL, RIGHT, &phone)
            .await
            .unwrap();
        assert_eq!(
            limit.begin(EMAIL, &stranger(), now).await.unwrap(),
            Decision::Wait { minutes: 1 }
        );
    }

    #[tokio::test]
    async fn tries_sent_all_at_once_cannot_slip_past_the_count() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        owner_with_phone(&pool).await;
        let now = unix_seconds_now();
        let tries = (0..20).map(|_| {
            let pool = pool.clone();
            tokio::spawn(async move {
                SignInLimit::new(&pool)
                    .begin(EMAIL, &stranger(), now)
                    .await
                    .unwrap()
            })
        });
        let mut checked = 0;
        for try_ in tries.collect::<Vec<_>>() {
            if matches!(try_.await.unwrap(), Decision::Check(_)) {
                checked += 1;
            }
        }
        assert_eq!(checked, FREE_TRIES);
    }

    #[tokio::test]
    async fn one_address_is_limited_across_accounts_but_not_a_known_device() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let phone = owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let now = unix_seconds_now();
        let school = TriedFrom {
            address: phone.address,
            device: None,
        };
        for n in 0..FAILURES_PER_ADDRESS {
            let email = format!("person{n}@example.org");
            let decision = limit.begin(&email, &school, now).await.unwrap();
            assert!(matches!(decision, Decision::Check(_)), "{decision:?}");
        }
        assert_eq!(
            limit
                .begin("someone.new@example.org", &school, now + 60)
                .await
                .unwrap(),
            Decision::Wait {
                minutes: ADDRESS_WINDOW_MINUTES as u32 - 1
            }
        );
        // Another address is not affected, nor the owner's phone behind the same address.
        assert!(matches!(
            limit
                .begin("someone.new@example.org", &stranger(), now)
                .await
                .unwrap(),
            Decision::Check(_)
        ));
        assert!(matches!(
            limit.begin(EMAIL, &phone, now).await.unwrap(),
            Decision::Check(_)
        ));
    }

    #[tokio::test]
    async fn wrong_passwords_stop_counting_after_a_day() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        owner_with_phone(&pool).await;
        let limit = SignInLimit::new(&pool);
        let then = unix_seconds_now() - FAILURES_REMEMBERED_HOURS * 60 * 60 - 1;
        wrong_tries(&limit, &stranger(), FREE_TRIES, then).await;
        assert!(matches!(
            limit.begin(EMAIL, &stranger(), then).await.unwrap(),
            Decision::Wait { .. }
        ));
        wrong_tries(&limit, &stranger(), 1, unix_seconds_now()).await;
        let kept: i64 = storage::query_scalar("SELECT COUNT(*) FROM sign_in_failures")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(kept, 1, "old failures are cleared away");
    }
}
