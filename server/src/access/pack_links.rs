//! The review pack shared by a link: the family (whoever may change who sees the record) makes a link
//! for a named person, who opens it with no account. The link's secret is made and hashed as emailed
//! links' are (`crate::accounts::email_links`): 256 random bits, only the SHA-256 kept, so guessing is
//! useless and the database alone opens nothing. A link works until its last day unless withdrawn, and
//! only while the person who made it still has the say over who sees the record. Every opening goes in
//! the record's log of who has looked.
//!
//! Documents chosen to go with the pack (`pack_link_documents`): only the child's own, chosen by
//! someone who may read them; listed when the link opens and downloadable through it, each download
//! in "who has looked", and nothing else of the record's documents reachable by the link.

use super::{access_to_child, AllowedChild, Changing, Reading};
use crate::accounts::email_links::{hash, new_secret};
use crate::storage;
use crate::storage::{unavailable, Db};
use heard_app::pack_links::{NewPackLink, OpenedPack, PackLink, PackLinkError, PackLinkRefused};
use heard_app::people::{Action, ChildAccess, Mode, RecordPart};
use heard_app::record::dates::{self, Date};
use heard_app::record::documents::DocumentFile;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use std::marker::PhantomData;

/// Makes a link and returns its secret, to show the family once and keep nowhere. The documents
/// chosen go with it only if every one is this child's and the maker may read them; else nothing
/// is made.
pub async fn make(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    link: &NewPackLink,
    now: i64,
) -> Result<String, PackLinkRefused> {
    if !link.documents.is_empty() && !allowed.access().can_read(RecordPart::Documents) {
        return Err(PackLinkRefused::NotThisChildsDocument);
    }
    let secret = new_secret();
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let link_id: i64 = storage::query_scalar(
        "INSERT INTO pack_links (child_id, made_by, for_name, for_school, locale, created_at, until, token_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(allowed.child_id())
    .bind(allowed.account_id())
    .bind(&link.for_name)
    .bind(link.for_school)
    .bind(&link.locale)
    .bind(now)
    .bind(dates::to_iso(link.until))
    .bind(hash(&secret).expect("a secret we made has our shape"))
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    for &document_id in &link.documents {
        // Kept only if it is this child's: an id from a forged form adds nothing.
        let added = storage::query(
            "INSERT INTO pack_link_documents (link_id, document_id)
             SELECT $1, d.id FROM documents d WHERE d.id = $2 AND d.child_id = $3",
        )
        .bind(link_id)
        .bind(document_id)
        .bind(allowed.child_id())
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
        if added.rows_affected() != 1 {
            return Err(PackLinkRefused::NotThisChildsDocument);
        }
    }
    tx.commit().await.map_err(unavailable)?;
    Ok(secret)
}

/// The child's links that work today, newest first, with how often each was opened.
pub async fn live(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    today: Date,
) -> Result<Vec<PackLink>, RecordError> {
    let rows: Vec<(i64, String, String, bool, i64, i64)> = storage::query_as(
        "SELECT l.id, l.for_name, l.until, l.for_school,
                (SELECT COUNT(*) FROM pack_link_openings o WHERE o.link_id = l.id),
                (SELECT COUNT(*) FROM pack_link_documents p WHERE p.link_id = l.id)
         FROM pack_links l
         WHERE l.child_id = $1 AND l.withdrawn_at IS NULL AND l.until >= $2
         ORDER BY l.created_at DESC, l.id DESC",
    )
    .bind(allowed.child_id())
    .bind(dates::to_iso(today))
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, for_name, until, for_school, opened, documents)| {
            Some(PackLink {
                id,
                for_name,
                until: dates::from_iso(&until)?,
                for_school,
                opened,
                documents,
            })
        })
        .collect())
}

/// Withdraws a link of this child's at once: its very next opening is refused.
pub async fn withdraw(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    link_id: i64,
    now: i64,
) -> Result<(), RecordError> {
    let done = storage::query(
        "UPDATE pack_links SET withdrawn_at = $1
         WHERE id = $2 AND child_id = $3 AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(link_id)
    .bind(allowed.child_id())
    .execute(pool)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() == 0 {
        return Err(RecordError::NotFound);
    }
    Ok(())
}

type LinkRow = (
    i64,
    i64,
    i64,
    String,
    bool,
    String,
    String,
    Option<i64>,
    String,
);

/// A link that works today, and what its maker may see of the record.
struct Working {
    link_id: i64,
    for_name: String,
    for_school: bool,
    locale: String,
    until: Date,
    shared_by: String,
    maker: ChildAccess,
    made_by: i64,
}

impl Working {
    /// What the link may read: the pack's parts, and the documents chosen for it when its maker
    /// may read documents; nothing else.
    fn allowed(&self, part: RecordPart) -> AllowedChild<Reading> {
        let mut parts = vec![
            (RecordPart::Details, Mode::Read),
            (RecordPart::AboutMe, Mode::Read),
            (RecordPart::GoalsAndProgress, Mode::Read),
        ];
        if self.maker.can_read(RecordPart::Documents) {
            parts.push((RecordPart::Documents, Mode::Read));
        }
        AllowedChild::<Reading> {
            access: ChildAccess {
                child_id: self.maker.child_id,
                role: self.maker.role,
                parts,
                until: Some(self.until),
            },
            account_id: self.made_by,
            part,
            permission: PhantomData,
        }
    }

    /// A line in the record's "who has looked", named for the person the link is for (nobody
    /// signed in, so no account).
    async fn log(
        &self,
        pool: &Db,
        part: RecordPart,
        action: Action,
        now: i64,
    ) -> Result<(), PackLinkError> {
        storage::query(
            "INSERT INTO access_log (child_id, account_id, who, role, part, action, at)
             VALUES ($1, NULL, $2, $3, $4, $5, $6)",
        )
        .bind(self.maker.child_id)
        .bind(&self.for_name)
        .bind(self.maker.role.code())
        .bind(part.code())
        .bind(action.code())
        .bind(now)
        .execute(pool)
        .await
        .map_err(|_| PackLinkError::Unavailable)?;
        Ok(())
    }
}

/// The link with this secret, if it works today. A link withdrawn, past its last day, or made by
/// someone who no longer has the say over the record has ended; a secret we never made is unknown.
async fn working(pool: &Db, secret: &str, today: Date) -> Result<Working, PackLinkError> {
    let failed = |_| PackLinkError::Unavailable;
    let Some(hash) = hash(secret) else {
        return Err(PackLinkError::Unknown);
    };
    let row: Option<LinkRow> = storage::query_as(
        "SELECT l.id, l.child_id, l.made_by, l.for_name, l.for_school, l.locale, l.until, l.withdrawn_at,
                CASE WHEN a.name <> '' THEN a.name ELSE a.email END
         FROM pack_links l JOIN accounts a ON a.id = l.made_by
         WHERE l.token_hash = $1",
    )
    .bind(hash)
    .fetch_optional(pool)
    .await
    .map_err(failed)?;
    let Some((
        link_id,
        child_id,
        made_by,
        for_name,
        for_school,
        locale,
        until,
        withdrawn,
        shared_by,
    )) = row
    else {
        return Err(PackLinkError::Unknown);
    };
    let ended = || PackLinkError::Ended {
        locale: locale.clone(),
    };
    let until = dates::from_iso(&until).ok_or_else(ended)?;
    if withdrawn.is_some() || until < today {
        return Err(ended());
    }
    let maker = Viewer {
        account_id: made_by,
        email: String::new(),
    };
    let maker = match access_to_child(pool, &maker, child_id).await {
        Ok(access) if access.can_change(RecordPart::People) => access,
        Ok(_) | Err(RecordError::NotFound) => return Err(ended()),
        Err(_) => return Err(PackLinkError::Unavailable),
    };
    Ok(Working {
        link_id,
        for_name,
        for_school,
        locale,
        until,
        shared_by,
        maker,
        made_by,
    })
}

/// Opens a link: the pack, who shared it and until when, the documents chosen for it, and a line
/// in the record's log.
pub async fn open(
    pool: &Db,
    secret: &str,
    today: Date,
    now: i64,
) -> Result<OpenedPack, PackLinkError> {
    let failed = |_| PackLinkError::Unavailable;
    let link = working(pool, secret, today).await?;
    let allowed = link.allowed(RecordPart::GoalsAndProgress);
    let (child, entries, goals, points) = crate::record::review_pack(pool, &allowed)
        .await
        .map_err(|_| PackLinkError::Unavailable)?;
    let documents = if allowed.access().can_read(RecordPart::Documents) {
        crate::record::documents::on_link(pool, &link.allowed(RecordPart::Documents), link.link_id)
            .await
            .map_err(|_| PackLinkError::Unavailable)?
    } else {
        Vec::new()
    };
    // Every opening is written down: in the link's own count, and in "who has looked".
    storage::query("INSERT INTO pack_link_openings (link_id, opened_at) VALUES ($1, $2)")
        .bind(link.link_id)
        .bind(now)
        .execute(pool)
        .await
        .map_err(failed)?;
    link.log(
        pool,
        RecordPart::GoalsAndProgress,
        Action::OpenedByLink,
        now,
    )
    .await?;
    Ok(OpenedPack {
        shared_by: link.shared_by,
        until: link.until,
        for_school: link.for_school,
        locale: link.locale,
        child_id: link.maker.child_id,
        child,
        entries,
        goals,
        points,
        documents,
    })
}

/// A document chosen for a working link, to download; any other (not chosen for it, or the
/// child's at all) is unknown. Each download goes in "who has looked".
pub async fn document(
    pool: &Db,
    secret: &str,
    document_id: i64,
    today: Date,
    now: i64,
) -> Result<DocumentFile, PackLinkError> {
    let link = working(pool, secret, today).await?;
    let allowed = link.allowed(RecordPart::Documents);
    if !allowed.access().can_read(RecordPart::Documents) {
        return Err(PackLinkError::Unknown);
    }
    let file =
        match crate::record::documents::file_on_link(pool, &allowed, link.link_id, document_id)
            .await
        {
            Ok(file) => file,
            Err(RecordError::NotFound) => return Err(PackLinkError::Unknown),
            Err(_) => return Err(PackLinkError::Unavailable),
        };
    link.log(pool, RecordPart::Documents, Action::DownloadedByLink, now)
        .await?;
    Ok(file)
}
