//! Which reminders each person turned off: a row per kind turned off, none for a kind that is on.

use crate::storage;
use crate::storage::Db;
use heard_app::reminders::{EmailChoices, ReminderKind};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;

#[derive(Clone)]
pub struct EmailChoicesStore {
    pool: Db,
}

impl EmailChoicesStore {
    pub fn new(pool: Db) -> Self {
        EmailChoicesStore { pool }
    }
}

fn unavailable(error: sqlx::Error) -> RecordError {
    tracing::error!(%error, "email choices storage failed");
    RecordError::Unavailable
}

#[async_trait::async_trait]
impl EmailChoices for EmailChoicesStore {
    async fn turned_off(&self, viewer: &Viewer) -> Result<Vec<ReminderKind>, RecordError> {
        let codes: Vec<String> =
            storage::query_scalar("SELECT kind FROM email_choices_off WHERE account_id = $1")
                .bind(viewer.account_id)
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        Ok(codes
            .iter()
            .filter_map(|code| ReminderKind::from_code(code))
            .collect())
    }

    async fn choose(&self, viewer: &Viewer, off: &[ReminderKind]) -> Result<(), RecordError> {
        // Each kind on its own statement, each idempotent: two saves at once end with one of them.
        for kind in ReminderKind::ALL {
            let sql = if off.contains(&kind) {
                "INSERT INTO email_choices_off (account_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING"
            } else {
                "DELETE FROM email_choices_off WHERE account_id = $1 AND kind = $2"
            };
            storage::query(sql)
                .bind(viewer.account_id)
                .bind(kind.code())
                .execute(&self.pool)
                .await
                .map_err(unavailable)?;
        }
        Ok(())
    }
}
