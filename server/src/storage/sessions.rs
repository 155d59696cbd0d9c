//! Sessions, kept in Heard's own database so that every server instance reads the same ones:
//! signing out on one instance ends the session on all of them.
//!
//! Written over [`Db`] rather than tower-sessions-sqlx-store's two stores, so that one piece of
//! SQL serves both databases and the table lives wherever the rest of Heard's tables do (the
//! PostgreSQL store names its schema in every statement). The record is encoded as that crate
//! encodes it (MessagePack), and expiry is unix seconds on both databases.

use super::{query, query_scalar, Db};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, ExpiredDeletion, Result};

#[derive(Clone, Debug)]
pub struct SessionStore {
    db: Db,
}

impl SessionStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn backend(error: sqlx::Error) -> Error {
    Error::Backend(error.to_string())
}

fn encode(record: &Record) -> Result<Vec<u8>> {
    rmp_serde::to_vec(record).map_err(|e| Error::Encode(e.to_string()))
}

#[async_trait::async_trait]
impl tower_sessions::SessionStore for SessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A new id that happens to be taken is drawn again, never overwritten.
        loop {
            let made = query(
                "INSERT INTO sessions (id, data, expiry_date) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
            )
            .bind(record.id.to_string())
            .bind(encode(record)?)
            .bind(record.expiry_date.unix_timestamp())
            .execute(&self.db)
            .await
            .map_err(backend)?;
            if made.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        query(
            "INSERT INTO sessions (id, data, expiry_date) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expiry_date = excluded.expiry_date",
        )
        .bind(record.id.to_string())
        .bind(encode(record)?)
        .bind(record.expiry_date.unix_timestamp())
        .execute(&self.db)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let data: Option<Vec<u8>> =
            query_scalar("SELECT data FROM sessions WHERE id = $1 AND expiry_date > $2")
                .bind(id.to_string())
                .bind(super::unix_seconds_now())
                .fetch_optional(&self.db)
                .await
                .map_err(backend)?;
        data.map(|data| rmp_serde::from_slice(&data).map_err(|e| Error::Decode(e.to_string())))
            .transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait::async_trait]
impl ExpiredDeletion for SessionStore {
    async fn delete_expired(&self) -> Result<()> {
        query("DELETE FROM sessions WHERE expiry_date <= $1")
            .bind(super::unix_seconds_now())
            .execute(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
