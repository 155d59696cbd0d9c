//! All about me entries and their versions.

use super::{stale_or_missing, unavailable};
use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use heard_app::people::Role;
use heard_app::record::about_me::{AboutMePart, Author, CheckedEntry};
use heard_app::record::saved::SavedEntry;
use heard_app::services::RecordError;

type EntryRow = (
    i64,
    String,
    i64,
    String,
    String,
    Option<String>,
    i64,
    String,
);

fn from_row(
    (id, part, version, body, author, saved_by, saved_at, writer_role): EntryRow,
) -> SavedEntry {
    SavedEntry {
        id,
        part: AboutMePart::from_code(&part).unwrap_or(AboutMePart::ImportantToMe),
        version,
        text: body,
        author: Author::from_code(&author).unwrap_or(Author::ParentOrCarer),
        saved_by,
        saved_at,
        writer_role: Role::from_code(&writer_role).unwrap_or(Role::ParentOrCarer),
    }
}

const SELECT: &str = "SELECT e.id, e.part, v.version, v.body, v.author,
        CASE WHEN a.name <> '' THEN a.name ELSE a.email END, v.saved_at, v.writer_role
    FROM about_me_entries e
    JOIN about_me_versions v ON v.entry_id = e.id
    LEFT JOIN accounts a ON a.id = v.account_id";

/// Every entry at its newest version, in the order of the six parts, oldest entry first.
pub async fn current(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<SavedEntry>, RecordError> {
    let child_id = child.child_id();
    let rows: Vec<EntryRow> = storage::query_as(&format!(
        "{SELECT} WHERE e.child_id = $1 AND v.version = e.version ORDER BY e.id"
    ))
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    let mut entries: Vec<SavedEntry> = rows.into_iter().map(from_row).collect();
    entries.sort_by_key(|e| e.part);
    Ok(entries)
}

/// An entry's versions, newest first; `NotFound` unless the entry is this child's.
pub async fn history(
    pool: &Db,
    child: &AllowedChild<Reading>,
    entry_id: i64,
) -> Result<Vec<SavedEntry>, RecordError> {
    let child_id = child.child_id();
    let rows: Vec<EntryRow> = storage::query_as(&format!(
        "{SELECT} WHERE e.child_id = $1 AND e.id = $2 ORDER BY v.version DESC"
    ))
    .bind(child_id)
    .bind(entry_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    if rows.is_empty() {
        return Err(RecordError::NotFound);
    }
    Ok(rows.into_iter().map(from_row).collect())
}

pub async fn add(
    pool: &Db,
    child: &AllowedChild<Changing>,
    part: AboutMePart,
    entry: &CheckedEntry,
) -> Result<i64, RecordError> {
    let child_id = child.child_id();
    let now = crate::storage::unix_seconds_now();
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let id: i64 = storage::query_scalar(
        "INSERT INTO about_me_entries (child_id, part, version, created_at) VALUES ($1, $2, 1, $3) RETURNING id",
    )
    .bind(child_id)
    .bind(part.code())
    .bind(now)
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    insert_version(&mut tx, id, 1, child, entry, now).await?;
    tx.commit().await.map_err(unavailable)?;
    Ok(id)
}

async fn insert_version(
    tx: &mut storage::Tx,
    entry_id: i64,
    version: i64,
    child: &AllowedChild<Changing>,
    entry: &CheckedEntry,
    now: i64,
) -> Result<(), RecordError> {
    storage::query(
        "INSERT INTO about_me_versions (entry_id, version, body, author, account_id, saved_at, writer_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(entry_id)
    .bind(version)
    .bind(&entry.text)
    .bind(entry.author.code())
    .bind(child.account_id())
    .bind(now)
    .bind(child.role().code())
    .execute(&mut *tx)
    .await
    .map_err(unavailable)?;
    Ok(())
}

/// Adds a new version, only if the person started from the newest one. Earlier versions stay.
pub async fn update(
    pool: &Db,
    child: &AllowedChild<Changing>,
    entry_id: i64,
    entry: &CheckedEntry,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let Some(based_on) = entry.based_on_version else {
        return Err(RecordError::ChangedMeanwhile);
    };
    let now = crate::storage::unix_seconds_now();
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let moved = storage::query(
        "UPDATE about_me_entries SET version = version + 1 WHERE id = $1 AND child_id = $2 AND version = $3",
    )
    .bind(entry_id)
    .bind(child_id)
    .bind(based_on)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    if moved.rows_affected() != 1 {
        drop(tx);
        return Err(stale_or_missing(
            pool,
            "SELECT TRUE FROM about_me_entries WHERE id = $1 AND child_id = $2",
            entry_id,
            child_id,
        )
        .await);
    }
    insert_version(&mut tx, entry_id, based_on + 1, child, entry, now).await?;
    tx.commit().await.map_err(unavailable)?;
    Ok(())
}
