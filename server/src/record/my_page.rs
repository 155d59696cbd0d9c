//! Picture cards and voice notes: a young person's views given without writing. The caller has
//! checked access.

use super::{one_row, unavailable};
use heard_app::record::cards::{Card, Pile, SavedVoiceNote};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use sqlx::SqlitePool;

pub async fn card_choices(
    pool: &SqlitePool,
    child_id: i64,
) -> Result<Vec<(Card, Pile)>, RecordError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT card, pile FROM card_choices WHERE child_id = ?")
            .bind(child_id)
            .fetch_all(pool)
            .await
            .map_err(unavailable)?;
    let mut choices: Vec<(Card, Pile)> = rows
        .iter()
        .filter_map(|(card, pile)| Some((Card::from_code(card)?, Pile::from_code(pile)?)))
        .collect();
    choices.sort();
    Ok(choices)
}

pub async fn choose_card(
    pool: &SqlitePool,
    viewer: &Viewer,
    child_id: i64,
    card: Card,
    pile: Option<Pile>,
) -> Result<(), RecordError> {
    let query = match pile {
        Some(pile) => sqlx::query(
            "INSERT INTO card_choices (child_id, card, pile, chosen_by, chosen_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (child_id, card) DO UPDATE SET pile = excluded.pile,
                 chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at",
        )
        .bind(child_id)
        .bind(card.code())
        .bind(pile.code())
        .bind(viewer.account_id)
        .bind(crate::storage::unix_seconds_now()),
        None => sqlx::query("DELETE FROM card_choices WHERE child_id = ? AND card = ?")
            .bind(child_id)
            .bind(card.code()),
    };
    query.execute(pool).await.map_err(unavailable)?;
    Ok(())
}

pub async fn voice_notes(
    pool: &SqlitePool,
    child_id: i64,
) -> Result<Vec<SavedVoiceNote>, RecordError> {
    let rows: Vec<(i64, String, i64, Option<String>, i64)> = sqlx::query_as(
        "SELECT v.id, v.media_type, length(v.audio),
                (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = v.recorded_by),
                v.recorded_at
         FROM voice_notes v WHERE v.child_id = ? ORDER BY v.recorded_at DESC, v.id DESC",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, media_type, bytes, recorded_by, recorded_at)| SavedVoiceNote {
                id,
                media_type,
                bytes,
                recorded_by,
                recorded_at,
            },
        )
        .collect())
}

pub async fn add_voice_note(
    pool: &SqlitePool,
    viewer: &Viewer,
    child_id: i64,
    media_type: &str,
    audio: &[u8],
) -> Result<i64, RecordError> {
    sqlx::query_scalar(
        "INSERT INTO voice_notes (child_id, media_type, audio, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(child_id)
    .bind(media_type)
    .bind(audio)
    .bind(viewer.account_id)
    .bind(crate::storage::unix_seconds_now())
    .fetch_one(pool)
    .await
    .map_err(unavailable)
}

pub async fn voice_note_audio(
    pool: &SqlitePool,
    child_id: i64,
    note_id: i64,
) -> Result<(String, Vec<u8>), RecordError> {
    sqlx::query_as("SELECT media_type, audio FROM voice_notes WHERE id = ? AND child_id = ?")
        .bind(note_id)
        .bind(child_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?
        .ok_or(RecordError::NotFound)
}

pub async fn delete_voice_note(
    pool: &SqlitePool,
    child_id: i64,
    note_id: i64,
) -> Result<(), RecordError> {
    one_row(
        sqlx::query("DELETE FROM voice_notes WHERE id = ? AND child_id = ?")
            .bind(note_id)
            .bind(child_id)
            .execute(pool)
            .await
            .map_err(unavailable)?,
    )
}
