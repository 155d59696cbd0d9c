//! Unsaved text kept on the server for the person who was typing it. Drafts are only ever read back by
//! the account that wrote them.

use super::unavailable;
use crate::storage;
use crate::storage::Db;
use heard_app::record::saved::Draft;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;

/// Places are short paths our pages make (`child/3/about-me/new/hopes-and-dreams`); anything else is refused.
pub(crate) const PLACE_MAX_CHARS: usize = 120;
/// The longest text any record field takes, with room to spare.
pub(crate) const BODY_MAX_CHARS: usize = 8000;

fn valid_place(place: &str) -> bool {
    !place.is_empty()
        && place.len() <= PLACE_MAX_CHARS
        && place
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/')
}

pub async fn get(pool: &Db, viewer: &Viewer, place: &str) -> Result<Option<Draft>, RecordError> {
    if !valid_place(place) {
        return Ok(None);
    }
    let row: Option<(String, i64)> =
        storage::query_as("SELECT body, saved_at FROM drafts WHERE account_id = $1 AND place = $2")
            .bind(viewer.account_id)
            .bind(place)
            .fetch_optional(pool)
            .await
            .map_err(unavailable)?;
    Ok(row.map(|(body, saved_at)| Draft {
        place: place.to_string(),
        body,
        saved_at,
    }))
}

pub async fn save(pool: &Db, viewer: &Viewer, place: &str, body: &str) -> Result<(), RecordError> {
    if !valid_place(place) || body.chars().count() > BODY_MAX_CHARS {
        return Err(RecordError::NotFound);
    }
    if body.trim().is_empty() {
        return clear(pool, viewer, place).await;
    }
    storage::query(
        "INSERT INTO drafts (account_id, place, body, saved_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, place) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
    )
    .bind(viewer.account_id)
    .bind(place)
    .bind(body)
    .bind(crate::storage::unix_seconds_now())
    .execute(pool)
    .await
    .map_err(unavailable)?;
    Ok(())
}

pub async fn clear(pool: &Db, viewer: &Viewer, place: &str) -> Result<(), RecordError> {
    storage::query("DELETE FROM drafts WHERE account_id = $1 AND place = $2")
        .bind(viewer.account_id)
        .bind(place)
        .execute(pool)
        .await
        .map_err(unavailable)?;
    Ok(())
}
