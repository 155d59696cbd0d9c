//! Services a family saved to a child's record, with their note. Only the child's family may read or
//! change them: the record's own access rule is checked first, on every call.

use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::unavailable;
use crate::storage::Db;
use heard_app::local_offer::service::SavedService;
use heard_app::record::dates::{self, Date};
use heard_app::services::RecordError;

pub async fn save(
    pool: &Db,
    child: &AllowedChild<Changing>,
    service_id: &str,
    note: &str,
    today: Date,
) -> Result<i64, RecordError> {
    let child_id = child.child_id();
    let exists: Option<bool> = storage::query_scalar("SELECT TRUE FROM services WHERE id = $1")
        .bind(service_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?;
    if exists.is_none() {
        return Err(RecordError::NotFound);
    }
    storage::query_scalar(
        "INSERT INTO saved_services (child_id, service_id, note, saved_by, saved_on, saver_role)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (child_id, service_id) DO UPDATE SET note = excluded.note,
             saved_by = excluded.saved_by, saved_on = excluded.saved_on,
             saver_role = excluded.saver_role
         RETURNING id",
    )
    .bind(child_id)
    .bind(service_id)
    .bind(note)
    .bind(child.account_id())
    .bind(dates::to_iso(today))
    .bind(child.role().code())
    .fetch_one(pool)
    .await
    .map_err(unavailable)
}

pub async fn list(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<SavedService>, RecordError> {
    let child_id = child.child_id();
    type Row = (i64, String, String, bool, String, String, Option<String>);
    let rows: Vec<Row> = storage::query_as(
        "SELECT s.id, s.service_id, v.name, v.listed, s.note, s.saved_on,
                CASE WHEN s.saver_role = 'advocate'
                     THEN (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END
                           FROM accounts a WHERE a.id = s.saved_by) END
         FROM saved_services s JOIN services v ON v.id = s.service_id
         WHERE s.child_id = $1 ORDER BY s.saved_on DESC, s.id DESC",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, service_id, service_name, listed, note, saved_on, advocate)| {
                Some(SavedService {
                    id,
                    service_id,
                    service_name,
                    still_listed: listed,
                    note,
                    saved_on: dates::from_iso(&saved_on)?,
                    saved_by_advocate: advocate,
                })
            },
        )
        .collect())
}

pub async fn forget(
    pool: &Db,
    child: &AllowedChild<Changing>,
    saved_id: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let done = storage::query("DELETE FROM saved_services WHERE id = $1 AND child_id = $2")
        .bind(saved_id)
        .bind(child_id)
        .execute(pool)
        .await
        .map_err(unavailable)?;
    if done.rows_affected() == 0 {
        return Err(RecordError::NotFound);
    }
    Ok(())
}
