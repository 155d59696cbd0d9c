//! Reminders by email: a review point two weeks away, a date the law sets a week away or passed, an
//! invitation sent to an email address, someone outside the family changing a record, and an
//! advocate's access ending in a week. Each kind can be turned off by each person (`choices`).
//!
//! `heard serve` makes a pass on start and every `--reminders-every` (and at once when a family sends
//! an invitation); `heard send-reminders` makes one pass. A pass works out everything due up to today
//! that is still worth sending (`due`), and for each message claims it in `reminders_sent` before
//! sending: one row per (kind, subject, recipient, day), so of any number of instances or passes at
//! once, exactly one inserts the row and sends. A failed send gives the claim back, so a later pass
//! tries again; a claim left by a killed instance lapses after `CLAIM_LASTS`.

pub mod choices;
mod due;
mod emails;

use crate::mail::{Email, Mailer};
use crate::storage;
use crate::storage::Db;
use heard_app::locale::Locale;
use heard_app::record::dates::{self, Date};
use heard_app::reminders::ReminderKind;
use std::sync::Arc;
use std::time::Duration;

pub use due::Due;

/// How long a claim holds: a killed instance's reminder is sent by another after this.
pub const CLAIM_LASTS: Duration = Duration::from_secs(10 * 60);
/// A reminder that failed this many times is given up (a bad address, a server that refuses it).
const MOST_TRIES: i64 = 8;

/// Wakes the scheduler at once (an invitation was sent), rather than at its next look.
static NUDGE: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// Asks this instance's scheduler to make a pass now.
pub fn nudge() {
    NUDGE.notify_one();
}

/// A person an email may go to, with what the email needs of their account.
#[derive(Debug, Clone)]
pub struct Person {
    pub account_id: i64,
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

/// The one place that says whether an account gets a kind of reminder, and where to: the kind is
/// not turned off. (Any further rule about which accounts get email goes here.)
pub async fn reachable(
    pool: &Db,
    account_id: i64,
    kind: ReminderKind,
) -> Result<Option<Person>, sqlx::Error> {
    let found: Option<(String, String, Option<String>)> = storage::query_as(
        "SELECT a.email, a.name, a.locale FROM accounts a
         WHERE a.id = $1
           AND a.confirmed_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM email_choices_off o WHERE o.account_id = a.id AND o.kind = $2)",
    )
    .bind(account_id)
    .bind(kind.code())
    .fetch_optional(pool)
    .await?;
    Ok(found.map(|(email, name, locale)| Person {
        account_id,
        email,
        name,
        locale: language_of(locale.as_deref()),
    }))
}

/// An account's language, else English.
fn language_of(tag: Option<&str>) -> Locale {
    tag.and_then(Locale::from_tag).unwrap_or(Locale::EnglishUk)
}

/// What one pass did, for the log and `heard send-reminders`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub failed: usize,
}

impl std::fmt::Display for Pass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "reminders: {} sent, {} failed (tried again on a later pass)",
            self.sent, self.failed
        )
    }
}

/// Everything a pass needs: the database, the mailer, the address links in emails start with, and
/// this process's name for its claims.
#[derive(Clone)]
pub struct Reminders {
    pub pool: Db,
    pub mailer: Arc<Mailer>,
    /// e.g. https://heard.example.org, no slash at the end.
    pub origin: String,
    pub instance: String,
}

impl Reminders {
    pub fn new(pool: Db, mailer: Arc<Mailer>, origin: &str, instance: String) -> Reminders {
        Reminders {
            pool,
            mailer,
            origin: origin.trim_end_matches('/').to_string(),
            instance,
        }
    }

    /// One pass: every reminder due by `today` and not yet sent, each sent once.
    pub async fn pass(&self, today: Date) -> Result<Pass, sqlx::Error> {
        let mut pass = Pass::default();
        for due in due::everything(&self.pool, today, storage::unix_seconds_now()).await? {
            // Most of what is due was sent on an earlier pass: a read, rather than a write, says so.
            if self.done_with(&due).await? {
                continue;
            }
            let email = match emails::write(&self.pool, &due, &self.origin).await? {
                Some(email) => email,
                // The person turned this kind off, or what it was about has gone.
                None => continue,
            };
            if !self.claim(&due).await? {
                continue;
            }
            match self.mailer.send(&email).await {
                Ok(_) => {
                    self.finish(&due, true).await?;
                    pass.sent += 1;
                }
                Err(error) => {
                    // Not the address or the text: only what kind failed, and why.
                    tracing::warn!(kind = due.kind.code(), %error, "a reminder was not sent; trying again on a later pass");
                    self.finish(&due, false).await?;
                    pass.failed += 1;
                }
            }
        }
        Ok(pass)
    }

    /// Whether the reminder was sent, or given up on.
    async fn done_with(&self, due: &Due) -> Result<bool, sqlx::Error> {
        let found: Option<i64> = storage::query_scalar(
            "SELECT tries FROM reminders_sent
             WHERE kind = $1 AND subject = $2 AND recipient = $3 AND due_on = $4
               AND (sent_at IS NOT NULL OR tries >= $5)",
        )
        .bind(due.kind.code())
        .bind(&due.subject)
        .bind(&due.recipient)
        .bind(dates::to_iso(due.due_on))
        .bind(MOST_TRIES)
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    /// Claims the reminder for this process: true for exactly one of any number of claimants.
    /// A new reminder is claimed by inserting its row; one whose earlier send failed, or whose
    /// claimant was killed, by taking over the row once its claim has lapsed.
    async fn claim(&self, due: &Due) -> Result<bool, sqlx::Error> {
        let now = storage::unix_seconds_now();
        let until = now + i64::try_from(CLAIM_LASTS.as_secs()).unwrap_or(600);
        let inserted = storage::query(
            "INSERT INTO reminders_sent (kind, subject, recipient, due_on, claimed_by, claimed_until)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(due.kind.code())
        .bind(&due.subject)
        .bind(&due.recipient)
        .bind(dates::to_iso(due.due_on))
        .bind(&self.instance)
        .bind(until)
        .execute(&self.pool)
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok(true);
        }
        let taken = storage::query(
            "UPDATE reminders_sent SET claimed_by = $5, claimed_until = $6, tries = tries + 1
             WHERE kind = $1 AND subject = $2 AND recipient = $3 AND due_on = $4
               AND sent_at IS NULL AND claimed_until <= $7 AND tries < $8",
        )
        .bind(due.kind.code())
        .bind(&due.subject)
        .bind(&due.recipient)
        .bind(dates::to_iso(due.due_on))
        .bind(&self.instance)
        .bind(until)
        .bind(now)
        .bind(MOST_TRIES)
        .execute(&self.pool)
        .await?;
        Ok(taken.rows_affected() == 1)
    }

    /// Marks the reminder sent (`sent_at`), or gives the claim back (`claimed_until` 0) so a later
    /// pass tries again.
    async fn finish(&self, due: &Due, sent: bool) -> Result<(), sqlx::Error> {
        let sql = if sent {
            "UPDATE reminders_sent SET sent_at = $6
             WHERE kind = $1 AND subject = $2 AND recipient = $3 AND due_on = $4 AND claimed_by = $5"
        } else {
            "UPDATE reminders_sent SET claimed_until = $6
             WHERE kind = $1 AND subject = $2 AND recipient = $3 AND due_on = $4 AND claimed_by = $5"
        };
        let when = if sent { storage::unix_seconds_now() } else { 0 };
        storage::query(sql)
            .bind(due.kind.code())
            .bind(&due.subject)
            .bind(&due.recipient)
            .bind(dates::to_iso(due.due_on))
            .bind(&self.instance)
            .bind(when)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sends reminders for as long as the server runs: a pass at start (catching up on whatever
    /// fell due while no instance ran), then every `every`, or sooner when nudged.
    pub async fn run(self, every: Duration) {
        loop {
            match self.pass(heard_app::clock::today()).await {
                Ok(pass) if pass == Pass::default() => {}
                Ok(pass) => tracing::info!("{pass}"),
                Err(error) => {
                    tracing::error!(%error, "the reminders pass failed; trying again later")
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = NUDGE.notified() => {}
            }
        }
    }
}

/// An email in `person`'s language, to them.
fn to_person(person: &Person, subject: String, paragraphs: Vec<String>) -> Email {
    Email {
        to: crate::mail::Recipient {
            name: (!person.name.trim().is_empty()).then(|| person.name.clone()),
            address: person.email.clone(),
        },
        locale: person.locale,
        subject,
        paragraphs,
    }
}
