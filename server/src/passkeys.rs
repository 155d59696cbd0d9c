//! Passkeys: storing each account's WebAuthn credentials, and the relying party (this site) the
//! ceremonies run for. The ceremonies themselves are answered in `web::passkeys`.
//!
//! The relying party is the configured public URL (`--public-url`): its host is the passkeys'
//! "rp id", and only its origin is accepted. Without one (a demo or test on this machine) it is the
//! `Host` the browser asked for, over http; browsers allow passkeys over http only on `localhost`.

use crate::storage;
use crate::storage::Db;
use heard_app::passkeys::SavedPasskey;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use webauthn_rs::prelude::{Passkey, Url, Uuid, Webauthn, WebauthnBuilder};

#[derive(Debug, thiserror::Error)]
pub enum PasskeyStoreError {
    #[error("storage failed: {0}")]
    Storage(#[from] sqlx::Error),
    #[error("a stored passkey could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("this passkey is already stored")]
    AlreadyStored,
}

/// The relying party for a request: from the public URL when one is set, else from `Host`.
/// `None` when neither names a site passkeys can belong to (an IP address, a malformed host).
pub fn relying_party(public_origin: Option<&str>, host: Option<&str>) -> Option<Webauthn> {
    let origin = match public_origin {
        Some(public) => Url::parse(public).ok()?,
        None => {
            let host = host.filter(|h| !h.is_empty() && !h.contains(['/', '@', '?', '#', '\\']))?;
            Url::parse(&format!("http://{host}")).ok()?
        }
    };
    let rp_id = match origin.host()? {
        url::Host::Domain(domain) => domain.to_string(),
        // WebAuthn names a site by its domain; browsers refuse IP addresses.
        url::Host::Ipv4(_) | url::Host::Ipv6(_) => return None,
    };
    WebauthnBuilder::new(&rp_id, &origin)
        .ok()?
        .rp_name("Heard")
        .build()
        .ok()
}

/// The account's WebAuthn user handle, made the first time it is asked for.
pub async fn user_handle(db: &Db, account_id: i64) -> Result<Uuid, PasskeyStoreError> {
    let made = Uuid::new_v4().to_string();
    storage::query(
        "INSERT INTO passkey_users (account_id, user_handle) VALUES ($1, $2)
         ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(&made)
    .execute(db)
    .await?;
    let stored: String =
        storage::query_scalar("SELECT user_handle FROM passkey_users WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(db)
            .await?;
    // Only ever written from a Uuid above.
    Ok(Uuid::parse_str(&stored).unwrap_or_default())
}

/// The account's passkeys as stored, to leave out of a new registration.
pub async fn credentials_of(db: &Db, account_id: i64) -> Result<Vec<Passkey>, PasskeyStoreError> {
    let rows: Vec<String> =
        storage::query_scalar("SELECT credential FROM passkeys WHERE account_id = $1 ORDER BY id")
            .bind(account_id)
            .fetch_all(db)
            .await?;
    rows.iter()
        .map(|json| serde_json::from_str(json).map_err(PasskeyStoreError::from))
        .collect()
}

/// Keeps a newly registered passkey under the name its owner gave it.
pub async fn add(
    db: &Db,
    account_id: i64,
    name: &str,
    passkey: &Passkey,
    now: i64,
) -> Result<(), PasskeyStoreError> {
    let done = storage::query(
        "INSERT INTO passkeys (account_id, credential_id, name, credential, added_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(credential_key(passkey.cred_id().as_ref()))
    .bind(name)
    .bind(serde_json::to_string(passkey)?)
    .bind(now)
    .execute(db)
    .await?;
    if done.rows_affected() == 0 {
        return Err(PasskeyStoreError::AlreadyStored);
    }
    Ok(())
}

/// A stored passkey found by the credential id a browser sent, with its owner's user handle.
pub struct FoundPasskey {
    pub id: i64,
    pub account_id: i64,
    pub user_handle: String,
    pub passkey: Passkey,
}

pub async fn find(
    db: &Db,
    credential_id: &[u8],
) -> Result<Option<FoundPasskey>, PasskeyStoreError> {
    let row: Option<(i64, i64, String, String)> = storage::query_as(
        "SELECT p.id, p.account_id, u.user_handle, p.credential
         FROM passkeys p JOIN passkey_users u ON u.account_id = p.account_id
         WHERE p.credential_id = $1",
    )
    .bind(credential_key(credential_id))
    .fetch_optional(db)
    .await?;
    row.map(|(id, account_id, user_handle, json)| {
        Ok(FoundPasskey {
            id,
            account_id,
            user_handle,
            passkey: serde_json::from_str(&json)?,
        })
    })
    .transpose()
}

/// The passkey signed someone in: its counter moves on and it was last used now.
pub async fn used(db: &Db, id: i64, passkey: &Passkey, now: i64) -> Result<(), PasskeyStoreError> {
    storage::query("UPDATE passkeys SET credential = $1, last_used_at = $2 WHERE id = $3")
        .bind(serde_json::to_string(passkey)?)
        .bind(now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// The account's passkeys for its page, oldest first.
pub async fn list(db: &Db, account_id: i64) -> Result<Vec<SavedPasskey>, PasskeyStoreError> {
    let rows: Vec<(i64, String, i64, Option<i64>)> = storage::query_as(
        "SELECT id, name, added_at, last_used_at FROM passkeys WHERE account_id = $1 ORDER BY id",
    )
    .bind(account_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, added_at, last_used_at)| SavedPasskey {
            id,
            name,
            added_at,
            last_used_at,
        })
        .collect())
}

/// Removes one of the account's own passkeys; false when it has none with this id.
pub async fn remove(db: &Db, account_id: i64, id: i64) -> Result<bool, PasskeyStoreError> {
    let done = storage::query("DELETE FROM passkeys WHERE id = $1 AND account_id = $2")
        .bind(id)
        .bind(account_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// How a credential id is kept: base64url without padding, as browsers write it.
fn credential_key(id: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)
}

/// The passkeys a page may list: only the viewer's own.
#[derive(Clone)]
pub struct PasskeyStore {
    pool: Db,
}

impl PasskeyStore {
    pub fn new(pool: Db) -> Self {
        PasskeyStore { pool }
    }
}

#[async_trait::async_trait]
impl heard_app::passkeys::AccountPasskeys for PasskeyStore {
    async fn passkeys(&self, viewer: &Viewer) -> Result<Vec<SavedPasskey>, RecordError> {
        list(&self.pool, viewer.account_id).await.map_err(|error| {
            tracing::error!(%error, "could not list passkeys");
            RecordError::Unavailable
        })
    }
}

/// The passkeys' cells of the access matrix: each account lists and removes its own passkeys only,
/// and deleting the account deletes them. (Signed out, the pages send people to sign in:
/// `tests/http/passkeys.rs` and the signed-out row in `tests/http/people.rs`.)
#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::PeopleStore;
    use crate::test_world::TestDb;
    use heard_app::passkeys::AccountPasskeys;
    use heard_app::services::People;

    /// A stored passkey row; what is inside the credential is webauthn-rs's and is not read here.
    async fn stored(db: &TestDb, owner: &Viewer, name: &str) -> i64 {
        user_handle(&db.pool, owner.account_id).await.unwrap();
        storage::query_scalar(
            "INSERT INTO passkeys (account_id, credential_id, name, credential, added_at)
             VALUES ($1, $2, $3, '{}', 1) RETURNING id",
        )
        .bind(owner.account_id)
        .bind(format!("id-of-{name}"))
        .bind(name)
        .fetch_one(&db.pool)
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn each_account_lists_and_removes_only_its_own_passkeys() {
        let db = TestDb::fresh().await;
        let store = PasskeyStore::new(db.pool.clone());
        let parent = db.person("parent@example.org").await;
        let stranger = db.person("stranger@example.org").await;
        let phone = stored(&db, &parent, "Phone").await;
        let laptop = stored(&db, &stranger, "Laptop").await;

        let names = |list: Vec<SavedPasskey>| list.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names(store.passkeys(&parent).await.unwrap()), ["Phone"]);
        assert_eq!(names(store.passkeys(&stranger).await.unwrap()), ["Laptop"]);

        assert!(!remove(&db.pool, stranger.account_id, phone).await.unwrap());
        assert_eq!(db.rows_in("passkeys").await, 2);
        assert!(remove(&db.pool, parent.account_id, phone).await.unwrap());
        assert!(store.passkeys(&parent).await.unwrap().is_empty());

        // Two accounts never share a user handle, and one keeps its handle.
        let first = user_handle(&db.pool, stranger.account_id).await.unwrap();
        assert_eq!(
            user_handle(&db.pool, stranger.account_id).await.unwrap(),
            first
        );
        assert_ne!(
            user_handle(&db.pool, parent.account_id).await.unwrap(),
            first
        );

        PeopleStore::new(db.pool.clone())
            .delete_account(&stranger)
            .await
            .unwrap();
        assert_eq!(
            db.scalar("SELECT COUNT(*) FROM passkeys WHERE id = $1", laptop)
                .await,
            0
        );
        assert_eq!(
            db.scalar(
                "SELECT COUNT(*) FROM passkey_users WHERE account_id = $1",
                stranger.account_id
            )
            .await,
            0
        );
    }

    #[test]
    fn the_site_is_the_public_url_when_set_and_never_an_ip_address() {
        let rp = |public: Option<&str>, host: Option<&str>| {
            relying_party(public, host).map(|w| {
                w.get_allowed_origins()
                    .iter()
                    .map(|o| o.to_string())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            rp(Some("https://heard.example"), Some("evil.example")),
            Some(vec!["https://heard.example/".to_string()])
        );
        assert_eq!(
            rp(None, Some("localhost:3000")),
            Some(vec!["http://localhost:3000/".to_string()])
        );
        assert_eq!(rp(None, Some("127.0.0.1:3000")), None);
        assert_eq!(rp(Some("http://127.0.0.1:3000"), None), None);
        assert_eq!(rp(None, Some("evil.example/x")), None);
        assert_eq!(rp(None, None), None);
    }
}
