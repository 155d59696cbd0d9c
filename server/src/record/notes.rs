//! Notes from school and others on a child's record. The caller has checked access; the rules that
//! depend on whose note it is are here, in the queries: only a professional writes one, only its
//! writer changes its words, and the family (or its writer) deletes it.

use crate::access::{AddingSchoolView, AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use heard_app::people::{Job, ProfessionalWriter, Role};
use heard_app::record::dates;
use heard_app::record::notes::{NoteWords, SavedNote};
use heard_app::services::RecordError;

type Row = (
    i64,
    String,
    String,
    Option<i64>,
    String,
    String,
    String,
    i64,
);

pub async fn list(pool: &Db, child: &AllowedChild<Reading>) -> Result<Vec<SavedNote>, RecordError> {
    let rows: Vec<Row> = storage::query_as(
        "SELECT id, about, text, written_by, writer_name, writer_job, organisation, written_at
         FROM professional_notes WHERE child_id = $1 ORDER BY about DESC, id DESC",
    )
    .bind(child.child_id())
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    let me = child.account_id();
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, about, text, written_by, name, job, organisation, written_at)| {
                Some(SavedNote {
                    id,
                    words: NoteWords {
                        about: dates::from_iso(&about)?,
                        text,
                    },
                    writer: ProfessionalWriter {
                        name,
                        job: Job::from_code(&job)?,
                        organisation,
                    },
                    mine: written_by == Some(me),
                    written_at,
                })
            },
        )
        .collect())
}

/// Who the writer is now: their name from their account, their job and organisation from the share
/// the family gave them. Only a professional writes a note (a parent's change access reaches this
/// far too, but notes are not theirs to write).
async fn writer(
    pool: &Db,
    child: &AllowedChild<AddingSchoolView>,
) -> Result<(String, String, String), RecordError> {
    if child.role() != Role::Professional {
        return Err(RecordError::NotFound);
    }
    let found: Option<(String, Option<String>, String)> = storage::query_as(
        "SELECT (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = s.account_id),
                s.job, s.organisation
         FROM shares s WHERE s.child_id = $1 AND s.account_id = $2 AND s.withdrawn_at IS NULL
         ORDER BY s.id DESC LIMIT 1",
    )
    .bind(child.child_id())
    .bind(child.account_id())
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let (name, job, organisation) = found.ok_or(RecordError::NotFound)?;
    let job = job
        .as_deref()
        .and_then(Job::from_code)
        .unwrap_or(Job::Other);
    Ok((name, job.code().to_string(), organisation))
}

pub async fn add(
    pool: &Db,
    child: &AllowedChild<AddingSchoolView>,
    note: &NoteWords,
) -> Result<i64, RecordError> {
    let (name, job, organisation) = writer(pool, child).await?;
    storage::query_scalar(
        "INSERT INTO professional_notes (child_id, about, text, written_by, writer_name, writer_job,
             organisation, written_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(child.child_id())
    .bind(dates::to_iso(note.about))
    .bind(&note.text)
    .bind(child.account_id())
    .bind(&name)
    .bind(&job)
    .bind(&organisation)
    .bind(crate::storage::unix_seconds_now())
    .fetch_one(pool)
    .await
    .map_err(unavailable)
}

/// Only the writer's own note: anyone else's looks like no note at all.
pub async fn update(
    pool: &Db,
    child: &AllowedChild<AddingSchoolView>,
    note_id: i64,
    note: &NoteWords,
) -> Result<(), RecordError> {
    let (name, job, organisation) = writer(pool, child).await?;
    one_row(
        storage::query(
            "UPDATE professional_notes SET about = $1, text = $2, writer_name = $3, writer_job = $4,
                 organisation = $5, written_at = $6
             WHERE id = $7 AND child_id = $8 AND written_by = $9",
        )
        .bind(dates::to_iso(note.about))
        .bind(&note.text)
        .bind(&name)
        .bind(&job)
        .bind(&organisation)
        .bind(crate::storage::unix_seconds_now())
        .bind(note_id)
        .bind(child.child_id())
        .bind(child.account_id())
        .execute(pool)
        .await
        .map_err(unavailable)?,
    )
}

/// The family deletes any note on their child's record: a parent or carer, or a young person in
/// control (an advocate's change access never reaches notes, see `ChildAccess::for_role`).
pub async fn delete_by_family(
    pool: &Db,
    child: &AllowedChild<Changing>,
    note_id: i64,
) -> Result<(), RecordError> {
    if !matches!(child.role(), Role::ParentOrCarer | Role::YoungPerson) {
        return Err(RecordError::NotFound);
    }
    one_row(
        storage::query("DELETE FROM professional_notes WHERE id = $1 AND child_id = $2")
            .bind(note_id)
            .bind(child.child_id())
            .execute(pool)
            .await
            .map_err(unavailable)?,
    )
}

/// A professional deletes only a note they wrote.
pub async fn delete_own(
    pool: &Db,
    child: &AllowedChild<AddingSchoolView>,
    note_id: i64,
) -> Result<(), RecordError> {
    if child.role() != Role::Professional {
        return Err(RecordError::NotFound);
    }
    one_row(
        storage::query(
            "DELETE FROM professional_notes WHERE id = $1 AND child_id = $2 AND written_by = $3",
        )
        .bind(note_id)
        .bind(child.child_id())
        .bind(child.account_id())
        .execute(pool)
        .await
        .map_err(unavailable)?,
    )
}
