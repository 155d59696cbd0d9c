//! Who has seen what: every read and change of a child's record, kept with the child.

use super::{AllowedChild, Reading};
use crate::storage;
use crate::storage::unavailable;
use crate::storage::Db;
use heard_app::people::{AccessLogEntry, Action, ChildAccess, RecordPart, Role};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;

/// A person reading the same part again within this many seconds is one line, not dozens: the log
/// is for people to read.
const SAME_VISIT_SECONDS: i64 = 10 * 60;

/// Longest log a page shows; the download has everything.
const SHOWN: i64 = 200;

pub(super) async fn record(
    pool: &Db,
    viewer: &Viewer,
    access: &ChildAccess,
    part: RecordPart,
    action: Action,
) -> Result<(), RecordError> {
    let now = crate::storage::unix_seconds_now();
    // The name is copied in, so the log still says who after an account is deleted.
    storage::query(
        "INSERT INTO access_log (child_id, account_id, who, role, part, action, at)
         SELECT $1, a.id, CASE WHEN a.name <> '' THEN a.name ELSE a.email END, $2, $3, $4, $5
         FROM accounts a WHERE a.id = $6
           AND NOT ($4 = 'read' AND EXISTS (
               SELECT 1 FROM access_log l WHERE l.child_id = $1 AND l.account_id = $6
                 AND l.part = $3 AND l.action = 'read' AND l.at > $5 - $7))",
    )
    .bind(access.child_id)
    .bind(access.role.code())
    .bind(part.code())
    .bind(action.code())
    .bind(now)
    .bind(viewer.account_id)
    .bind(SAME_VISIT_SECONDS)
    .execute(pool)
    .await
    .map_err(unavailable)?;
    Ok(())
}

/// The log as a family member or the young person reads it: newest first, without their own visits
/// (they know what they did; the log is for what others did).
pub async fn for_child(
    pool: &Db,
    allowed: &AllowedChild<Reading>,
) -> Result<Vec<AccessLogEntry>, RecordError> {
    let (child_id, leaving_out) = (allowed.child_id(), allowed.account_id());
    let rows: Vec<(String, String, String, String, i64)> = storage::query_as(
        "SELECT who, role, part, action, at FROM access_log
         WHERE child_id = $1 AND (account_id IS NULL OR account_id <> $2)
         ORDER BY at DESC, id DESC LIMIT $3",
    )
    .bind(child_id)
    .bind(leaving_out)
    .bind(SHOWN)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows
        .into_iter()
        .filter_map(|(who, role, part, action, at)| {
            Some(AccessLogEntry {
                who,
                role: Role::from_code(&role)?,
                part: RecordPart::from_code(&part)?,
                action: Action::from_code(&action)?,
                at,
            })
        })
        .collect())
}
