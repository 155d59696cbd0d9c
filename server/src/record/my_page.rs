//! Picture cards and voice notes: a young person's views given without writing. The caller has
//! checked access.

use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use heard_app::record::cards::{Card, Pile, SavedVoiceNote};
use heard_app::record::voice_notes::{self, AudioKind};
use heard_app::services::{RecordError, VoiceNoteRefused};

pub async fn card_choices(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<(Card, Pile)>, RecordError> {
    let child_id = child.child_id();
    let rows: Vec<(String, String)> =
        storage::query_as("SELECT card, pile FROM card_choices WHERE child_id = $1")
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
    pool: &Db,
    child: &AllowedChild<Changing>,
    card: Card,
    pile: Option<Pile>,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let query = match pile {
        Some(pile) => storage::query(
            "INSERT INTO card_choices (child_id, card, pile, chosen_by, chosen_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (child_id, card) DO UPDATE SET pile = excluded.pile,
                 chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at",
        )
        .bind(child_id)
        .bind(card.code())
        .bind(pile.code())
        .bind(child.account_id())
        .bind(crate::storage::unix_seconds_now()),
        None => storage::query("DELETE FROM card_choices WHERE child_id = $1 AND card = $2")
            .bind(child_id)
            .bind(card.code()),
    };
    query.execute(pool).await.map_err(unavailable)?;
    Ok(())
}

pub async fn voice_notes(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<SavedVoiceNote>, RecordError> {
    let child_id = child.child_id();
    let rows: Vec<(i64, String, i64, Option<String>, i64)> = storage::query_as(
        "SELECT v.id, v.media_type, CAST(length(v.audio) AS BIGINT),
                (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = v.recorded_by),
                v.recorded_at
         FROM voice_notes v WHERE v.child_id = $1 ORDER BY v.recorded_at DESC, v.id DESC",
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

/// Keeps a note if the child has room for it and the person has not saved too many this hour. One
/// writer at a time (`BEGIN IMMEDIATE`), so two saves at once cannot both squeeze under a limit.
pub async fn add_voice_note(
    pool: &Db,
    child: &AllowedChild<Changing>,
    kind: AudioKind,
    audio: &[u8],
) -> Result<i64, VoiceNoteRefused> {
    let child_id = child.child_id();
    let now = crate::storage::unix_seconds_now();
    let hour_ago = now - voice_notes::RATE_WINDOW_SECONDS;
    let mut tx = pool
        .begin_locked(storage::Lock::on("voice-note-saves", child.account_id()))
        .await
        .map_err(unavailable)?;
    let (saved_this_hour, first_at): (i64, Option<i64>) = storage::query_as(
        "SELECT COUNT(*), MIN(saved_at) FROM voice_note_saves WHERE account_id = $1 AND saved_at > $2",
    )
    .bind(child.account_id())
    .bind(hour_ago)
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    if saved_this_hour >= voice_notes::NOTES_PER_HOUR {
        // One more may be saved when the hour's first save stops counting.
        let wait = first_at.unwrap_or(now) - hour_ago;
        let minutes = u32::try_from((wait + 59) / 60).unwrap_or(60).clamp(1, 60);
        return Err(VoiceNoteRefused::TooOften { minutes });
    }
    let (notes, bytes): (i64, i64) = storage::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(length(audio)), 0) AS BIGINT) FROM voice_notes WHERE child_id = $1",
    )
    .bind(child_id)
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    let size = i64::try_from(audio.len()).unwrap_or(i64::MAX);
    if notes >= voice_notes::NOTES_PER_CHILD
        || bytes.saturating_add(size) > voice_notes::BYTES_PER_CHILD
    {
        return Err(VoiceNoteRefused::ChildFull);
    }
    let id = storage::query_scalar(
        "INSERT INTO voice_notes (child_id, media_type, audio, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(child_id)
    .bind(kind.media_type())
    .bind(audio)
    .bind(child.account_id())
    .bind(now)
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    // Saves older than the hour no longer count; they go, so the table stays small.
    storage::query("DELETE FROM voice_note_saves WHERE saved_at <= $1")
        .bind(hour_ago)
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
    storage::query("INSERT INTO voice_note_saves (account_id, saved_at) VALUES ($1, $2)")
        .bind(child.account_id())
        .bind(now)
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(id)
}

pub async fn voice_note_audio(
    pool: &Db,
    child: &AllowedChild<Reading>,
    note_id: i64,
) -> Result<(String, Vec<u8>), RecordError> {
    let child_id = child.child_id();
    storage::query_as("SELECT media_type, audio FROM voice_notes WHERE id = $1 AND child_id = $2")
        .bind(note_id)
        .bind(child_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?
        .ok_or(RecordError::NotFound)
}

pub async fn delete_voice_note(
    pool: &Db,
    child: &AllowedChild<Changing>,
    note_id: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    one_row(
        storage::query("DELETE FROM voice_notes WHERE id = $1 AND child_id = $2")
            .bind(note_id)
            .bind(child_id)
            .execute(pool)
            .await
            .map_err(unavailable)?,
    )
}
