//! The access rule for a child's record, and the log of who has seen what. Every read and change of a
//! record goes through `check`, on the server, on every request: withdrawing or ending a share takes
//! effect on the advocate's very next request, whatever sessions they have open.

mod invitations;
mod log;
mod shares;
mod your_data;

pub use shares::SqlitePeople;

use crate::record::unavailable;
use heard_app::people::{Action, ChildAccess, Mode, RecordPart, Role};
use heard_app::record::dates;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use sqlx::SqlitePool;

/// Today, for share end dates (inclusive).
pub(crate) fn today() -> dates::Date {
    heard_app::clock::today()
}

/// Codes joined by spaces, as stored.
pub(crate) fn parts_text(parts: &[RecordPart]) -> String {
    parts.iter().map(|p| p.code()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn parts_from(text: &str) -> Vec<RecordPart> {
    text.split_whitespace()
        .filter_map(RecordPart::from_code)
        .filter(|p| RecordPart::SHAREABLE.contains(p))
        .collect()
}

/// What this person may do with this child's record; `NotFound` when nothing (a child of another
/// family, a share withdrawn or past its last day, or no such child: never told apart).
pub async fn access_to_child(
    pool: &SqlitePool,
    viewer: &Viewer,
    child_id: i64,
) -> Result<ChildAccess, RecordError> {
    let found: Option<(i64, i64, bool)> = sqlx::query_as(
        "SELECT
            EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = c.family_id AND m.account_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM parents_stopped p WHERE p.child_id = c.id AND p.account_id = ?1),
            COALESCE(c.young_person_account = ?1, 0),
            c.young_person_in_control_since IS NOT NULL
         FROM children c WHERE c.id = ?2",
    )
    .bind(viewer.account_id)
    .bind(child_id)
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let Some((member, young_person, in_control)) = found else {
        return Err(RecordError::NotFound);
    };
    if member == 1 {
        return Ok(ChildAccess::for_role(
            child_id,
            Role::ParentOrCarer,
            &[],
            false,
            in_control,
        ));
    }
    if young_person == 1 {
        return Ok(ChildAccess::for_role(
            child_id,
            Role::YoungPerson,
            &[],
            false,
            in_control,
        ));
    }
    let share: Option<(String, i64, Option<String>)> = sqlx::query_as(
        "SELECT parts, may_change, until FROM shares
         WHERE child_id = ? AND account_id = ? AND withdrawn_at IS NULL
           AND (until IS NULL OR until >= ?)
         ORDER BY id DESC LIMIT 1",
    )
    .bind(child_id)
    .bind(viewer.account_id)
    .bind(dates::to_iso(today()))
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let Some((parts, may_change, until)) = share else {
        return Err(RecordError::NotFound);
    };
    let mut access = ChildAccess::for_role(
        child_id,
        Role::Advocate,
        &parts_from(&parts),
        may_change == 1,
        in_control,
    );
    access.until = until.as_deref().and_then(dates::from_iso);
    Ok(access)
}

/// The access rule for one part of the record, then the log: `Ok` only when this person may do this
/// with this part. What they are refused looks exactly like a child that does not exist.
pub async fn check(
    pool: &SqlitePool,
    viewer: &Viewer,
    child_id: i64,
    part: RecordPart,
    mode: Mode,
) -> Result<ChildAccess, RecordError> {
    let access = access_to_child(pool, viewer, child_id).await?;
    if !access.allows(part, mode) {
        return Err(RecordError::NotFound);
    }
    let action = match mode {
        Mode::Read => Action::Read,
        Mode::Write => Action::Change,
    };
    log::record(pool, viewer, &access, part, action).await?;
    Ok(access)
}
#[cfg(test)]
mod tests;
