//! Documents kept on a child's record, their files in the database so every instance sees them and
//! they go with the child. The caller has checked access.

use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use heard_app::record::dates;
use heard_app::record::documents::{
    DocumentFile, DocumentKind, FileKind, NewDocument, SavedDocument, DOCUMENTS_BYTES_PER_CHILD,
};
use heard_app::services::{DocumentRefused, RecordError};

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    i64,
);

const LISTED: &str = "SELECT d.id, d.kind, d.dated, d.note, d.file_name, d.media_type, d.size,
        (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END FROM accounts a WHERE a.id = d.added_by),
        d.added_at
    FROM documents d";

pub async fn list(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<SavedDocument>, RecordError> {
    let rows: Vec<Row> = storage::query_as(&format!(
        "{LISTED} WHERE d.child_id = $1 ORDER BY d.dated DESC, d.id DESC"
    ))
    .bind(child.child_id())
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(listed(rows))
}

/// The child's documents chosen to go with a review pack link (`crate::access::pack_links`).
pub async fn on_link(
    pool: &Db,
    child: &AllowedChild<Reading>,
    link_id: i64,
) -> Result<Vec<SavedDocument>, RecordError> {
    let rows: Vec<Row> = storage::query_as(&format!(
        "{LISTED} JOIN pack_link_documents p ON p.document_id = d.id
         WHERE d.child_id = $1 AND p.link_id = $2 ORDER BY d.dated DESC, d.id DESC"
    ))
    .bind(child.child_id())
    .bind(link_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(listed(rows))
}

fn listed(rows: Vec<Row>) -> Vec<SavedDocument> {
    rows.into_iter()
        .filter_map(
            |(id, kind, dated, note, file_name, media_type, bytes, added_by, added_at)| {
                Some(SavedDocument {
                    id,
                    kind: DocumentKind::from_code(&kind)?,
                    dated: dates::from_iso(&dated)?,
                    note,
                    file_name,
                    media_type,
                    bytes,
                    added_by,
                    added_at,
                })
            },
        )
        .collect()
}

/// Keeps a document if the child has room for it. One writer a child at a time, so two uploads at
/// once cannot both squeeze under the quota.
pub async fn add(
    pool: &Db,
    child: &AllowedChild<Changing>,
    document: &NewDocument,
    kind: FileKind,
    content: &[u8],
) -> Result<i64, DocumentRefused> {
    let child_id = child.child_id();
    let mut tx = pool
        .begin_locked(storage::Lock::on("documents", child_id))
        .await
        .map_err(unavailable)?;
    let kept: i64 = storage::query_scalar(
        "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM documents WHERE child_id = $1",
    )
    .bind(child_id)
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    let size = i64::try_from(content.len()).unwrap_or(i64::MAX);
    if kept.saturating_add(size) > DOCUMENTS_BYTES_PER_CHILD {
        return Err(DocumentRefused::ChildFull);
    }
    let id = storage::query_scalar(
        "INSERT INTO documents (child_id, kind, dated, note, file_name, media_type, size, content, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(child_id)
    .bind(document.kind.code())
    .bind(dates::to_iso(document.dated))
    .bind(&document.note)
    .bind(&document.file_name)
    .bind(kind.media_type())
    .bind(size)
    .bind(content)
    .bind(child.account_id())
    .bind(crate::storage::unix_seconds_now())
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(id)
}

pub async fn file(
    pool: &Db,
    child: &AllowedChild<Reading>,
    document_id: i64,
) -> Result<DocumentFile, RecordError> {
    let found: Option<(String, String, Vec<u8>)> = storage::query_as(
        "SELECT file_name, media_type, content FROM documents WHERE id = $1 AND child_id = $2",
    )
    .bind(document_id)
    .bind(child.child_id())
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let (file_name, media_type, content) = found.ok_or(RecordError::NotFound)?;
    Ok(DocumentFile {
        file_name,
        media_type,
        content,
    })
}

/// A document's file, only if it was chosen to go with this link.
pub async fn file_on_link(
    pool: &Db,
    child: &AllowedChild<Reading>,
    link_id: i64,
    document_id: i64,
) -> Result<DocumentFile, RecordError> {
    let found: Option<(String, String, Vec<u8>)> = storage::query_as(
        "SELECT d.file_name, d.media_type, d.content
         FROM documents d JOIN pack_link_documents p ON p.document_id = d.id
         WHERE d.id = $1 AND d.child_id = $2 AND p.link_id = $3",
    )
    .bind(document_id)
    .bind(child.child_id())
    .bind(link_id)
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let (file_name, media_type, content) = found.ok_or(RecordError::NotFound)?;
    Ok(DocumentFile {
        file_name,
        media_type,
        content,
    })
}

pub async fn delete(
    pool: &Db,
    child: &AllowedChild<Changing>,
    document_id: i64,
) -> Result<(), RecordError> {
    one_row(
        storage::query("DELETE FROM documents WHERE id = $1 AND child_id = $2")
            .bind(document_id)
            .bind(child.child_id())
            .execute(pool)
            .await
            .map_err(unavailable)?,
    )
}
