//! A family's data, theirs to take and to delete: everything about a child as JSON, and deletion
//! that removes the rows (SQLite's `secure_delete` overwrites them on disk too).

use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use heard_app::services::RecordError;
use serde_json::{json, Value};

async fn rows(pool: &Db, sql: &str, child_id: i64) -> Result<Vec<Value>, RecordError> {
    let rows = storage::query(sql)
        .bind(child_id)
        .fetch_json(pool)
        .await
        .map_err(unavailable)?;
    Ok(rows.into_iter().map(Value::Object).collect())
}

/// SQLite keeps a yes-or-no as 0 or 1 and PostgreSQL as a boolean: the download says `true` or
/// `false` whichever database it came from.
fn yes_or_no_as_json(mut share: Value) -> Value {
    if let Some(may_change) = share.get_mut("may_change") {
        *may_change = Value::Bool(
            may_change
                .as_bool()
                .unwrap_or(may_change.as_i64() == Some(1)),
        );
    }
    share
}

pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A document as the download lists it: id, kind, date, note, file name, media type, added at, size.
type DocumentRow = (i64, String, String, String, String, String, i64, i64);

/// Everything stored about one child, as the family would want to take it elsewhere.
pub async fn export(pool: &Db, allowed: &AllowedChild<Reading>) -> Result<String, RecordError> {
    let child_id = allowed.child_id();
    let child = rows(
        pool,
        "SELECT called_name, date_of_birth, setting, year_group_chosen, support_status,
                assessment_requested_on, draft_plan_received_on, plan_issued_on,
                last_annual_review_on, next_annual_review_on, areas_of_need, created_at, updated_at
         FROM children WHERE id = $1",
        child_id,
    )
    .await?;
    let about_me = rows(
        pool,
        "SELECT e.id AS entry, e.part, v.version, v.body, v.author, v.writer_role,
                (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = v.account_id) AS saved_by,
                v.saved_at
         FROM about_me_entries e JOIN about_me_versions v ON v.entry_id = e.id
         WHERE e.child_id = $1 ORDER BY e.id, v.version",
        child_id,
    )
    .await?;
    let goals = rows(
        pool,
        "SELECT id, position, outcome, theme, support, measure, by_when, state, state_changed_on,
                writer_role, created_at, updated_at
         FROM goals WHERE child_id = $1 ORDER BY position",
        child_id,
    )
    .await?;
    let review_points = rows(
        pool,
        "SELECT id, school_year, term, held_on, what_is_working, what_is_not_working, questions
         FROM review_points WHERE child_id = $1 ORDER BY held_on",
        child_id,
    )
    .await?;
    let ratings = rows(
        pool,
        "SELECT r.review_point_id, r.goal_id, r.rating, r.school_rating, r.family_comment,
                r.young_person_comment, r.school_comment,
                (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END
                 FROM accounts a WHERE a.id = r.school_written_by) AS school_written_by,
                r.school_job, r.school_organisation
         FROM goal_ratings r JOIN review_points p ON p.id = r.review_point_id
         WHERE p.child_id = $1 ORDER BY r.review_point_id, r.goal_id",
        child_id,
    )
    .await?;
    let saved_services = rows(
        pool,
        "SELECT s.service_id, v.name AS service_name, s.note, s.saved_on
         FROM saved_services s JOIN services v ON v.id = s.service_id
         WHERE s.child_id = $1 ORDER BY s.saved_on",
        child_id,
    )
    .await?;
    let cards = rows(
        pool,
        "SELECT card, pile, chosen_at FROM card_choices WHERE child_id = $1 ORDER BY card",
        child_id,
    )
    .await?;
    let notes: Vec<(i64, String, Vec<u8>, i64)> = storage::query_as(
        "SELECT id, media_type, audio, recorded_at FROM voice_notes WHERE child_id = $1 ORDER BY recorded_at",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    let voice_notes: Vec<Value> = notes
        .iter()
        .map(|(id, media_type, audio, recorded_at)| {
            json!({
                "id": id,
                "media_type": media_type,
                "recorded_at": recorded_at,
                "audio_base64": base64(audio),
            })
        })
        .collect();
    let kept: Vec<DocumentRow> = storage::query_as(
        "SELECT id, kind, dated, note, file_name, media_type, added_at, size FROM documents
         WHERE child_id = $1 ORDER BY dated, id",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    let mut documents = Vec::with_capacity(kept.len());
    // One file at a time, so a child with many large documents is not all held twice over.
    for (id, kind, dated, note, file_name, media_type, added_at, size) in kept {
        let content: Vec<u8> = storage::query_scalar("SELECT content FROM documents WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .map_err(unavailable)?;
        documents.push(json!({
            "id": id,
            "kind": kind,
            "date": dated,
            "note": note,
            "file_name": file_name,
            "media_type": media_type,
            "size": size,
            "added_at": added_at,
            "content_base64": base64(&content),
        }));
    }
    let professional_notes = rows(
        pool,
        "SELECT id, about, text, writer_name, writer_job, organisation, written_at
         FROM professional_notes WHERE child_id = $1 ORDER BY about, id",
        child_id,
    )
    .await?;
    let shares = rows(
        pool,
        "SELECT (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = s.account_id) AS advocate,
                s.parts, s.may_change, s.until, s.started_at, s.withdrawn_at, s.role, s.job,
                s.organisation
         FROM shares s WHERE s.child_id = $1 ORDER BY s.started_at",
        child_id,
    )
    .await?
    .into_iter()
    .map(yes_or_no_as_json)
    .collect::<Vec<_>>();
    let access_log = rows(
        pool,
        "SELECT who, role, part, action, at FROM access_log WHERE child_id = $1 ORDER BY at, id",
        child_id,
    )
    .await?;
    let everything = json!({
        "format": "heard-child-record",
        "version": 1,
        "exported_at": crate::storage::unix_seconds_now(),
        "notes": "Times are unix seconds (UTC); dates are YYYY-MM-DD. Codes are explained in Heard's README.",
        "child": child.into_iter().next().unwrap_or(Value::Null),
        "all_about_me": about_me,
        "goals": goals,
        "review_points": review_points,
        "goal_ratings": ratings,
        "saved_services": saved_services,
        "picture_cards": cards,
        "voice_notes": voice_notes,
        "documents": documents,
        "notes_from_school_and_others": professional_notes,
        "shared_with_advocates": shares,
        "who_has_looked": access_log,
    });
    serde_json::to_string_pretty(&everything).map_err(|error| {
        tracing::error!(%error, "could not write a record as JSON");
        RecordError::Unavailable
    })
}

/// Deletes a child and everything about them (every table refers to the child with ON DELETE
/// CASCADE).
pub async fn delete_child(pool: &Db, allowed: &AllowedChild<Changing>) -> Result<(), RecordError> {
    one_row(
        storage::query("DELETE FROM children WHERE id = $1")
            .bind(allowed.child_id())
            .execute(pool)
            .await
            .map_err(unavailable)?,
    )
}

/// Deletes an account. A family it looked after alone goes with it, children's records and all; a
/// family with another parent or carer stays with them.
pub async fn delete_account(pool: &Db, account_id: i64) -> Result<(), RecordError> {
    let mut tx = pool
        .begin_locked(storage::Lock::all("family-membership"))
        .await
        .map_err(unavailable)?;
    storage::query(
        "DELETE FROM families WHERE id IN (
             SELECT m.family_id FROM family_members m WHERE m.account_id = $1
               AND NOT EXISTS (SELECT 1 FROM family_members o
                               WHERE o.family_id = m.family_id AND o.account_id <> $1))",
    )
    .bind(account_id)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    storage::query("DELETE FROM accounts WHERE id = $1")
        .bind(account_id)
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(())
}
