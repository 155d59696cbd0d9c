//! The review pack shared by a link: the family (whoever may change who sees the record) makes a link
//! for a named person, who opens it with no account. The link's secret is made and hashed as emailed
//! links' are (`crate::accounts::email_links`): 256 random bits, only the SHA-256 kept, so guessing is
//! useless and the database alone opens nothing. A link works until its last day unless withdrawn, and
//! only while the person who made it still has the say over who sees the record. Every opening goes in
//! the record's log of who has looked.
//!
//! Documents chosen to go with the pack: when documents join the record, a `pack_link_documents` table
//! (link, document) and a list in `NewPackLink` and `OpenedPack` carry them; `open` reads them here,
//! through the same `AllowedChild` as the pack.

use super::{access_to_child, AllowedChild, Changing, Reading};
use crate::accounts::email_links::{hash, new_secret};
use crate::storage;
use crate::storage::{unavailable, Db};
use heard_app::pack_links::{NewPackLink, OpenedPack, PackLink, PackLinkError};
use heard_app::people::{Action, ChildAccess, Mode, RecordPart};
use heard_app::record::dates::{self, Date};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use std::marker::PhantomData;

/// Makes a link and returns its secret, to show the family once and keep nowhere.
pub async fn make(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    link: &NewPackLink,
    now: i64,
) -> Result<String, RecordError> {
    let secret = new_secret();
    storage::query(
        "INSERT INTO pack_links (child_id, made_by, for_name, for_school, locale, created_at, until, token_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(allowed.child_id())
    .bind(allowed.account_id())
    .bind(&link.for_name)
    .bind(link.for_school)
    .bind(&link.locale)
    .bind(now)
    .bind(dates::to_iso(link.until))
    .bind(hash(&secret).expect("a secret we made has our shape"))
    .execute(pool)
    .await
    .map_err(unavailable)?;
    Ok(secret)
}

/// The child's links that work today, newest first, with how often each was opened.
pub async fn live(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    today: Date,
) -> Result<Vec<PackLink>, RecordError> {
    let rows: Vec<(i64, String, String, bool, i64)> = storage::query_as(
        "SELECT l.id, l.for_name, l.until, l.for_school,
                (SELECT COUNT(*) FROM pack_link_openings o WHERE o.link_id = l.id)
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
        .filter_map(|(id, for_name, until, for_school, opened)| {
            Some(PackLink {
                id,
                for_name,
                until: dates::from_iso(&until)?,
                for_school,
                opened,
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

/// Opens a link: the pack, who shared it and until when, and a line in the record's log. A link
/// withdrawn, past its last day, or made by someone who no longer has the say over the record has
/// ended; a secret we never made is unknown.
pub async fn open(
    pool: &Db,
    secret: &str,
    today: Date,
    now: i64,
) -> Result<OpenedPack, PackLinkError> {
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
    let maker_access = match access_to_child(pool, &maker, child_id).await {
        Ok(access) if access.can_change(RecordPart::People) => access,
        Ok(_) | Err(RecordError::NotFound) => return Err(ended()),
        Err(_) => return Err(PackLinkError::Unavailable),
    };
    // What a link may read: the pack's parts, nothing else.
    let allowed = AllowedChild::<Reading> {
        access: ChildAccess {
            child_id,
            role: maker_access.role,
            parts: vec![
                (RecordPart::Details, Mode::Read),
                (RecordPart::AboutMe, Mode::Read),
                (RecordPart::GoalsAndProgress, Mode::Read),
            ],
            until: Some(until),
        },
        account_id: made_by,
        part: RecordPart::GoalsAndProgress,
        permission: PhantomData,
    };
    let (child, entries, goals, points) = crate::record::review_pack(pool, &allowed)
        .await
        .map_err(|_| PackLinkError::Unavailable)?;
    // Every opening is written down: in the link's own count, and in "who has looked", named for the
    // person the link is for (nobody signed in, so no account).
    storage::query("INSERT INTO pack_link_openings (link_id, opened_at) VALUES ($1, $2)")
        .bind(link_id)
        .bind(now)
        .execute(pool)
        .await
        .map_err(failed)?;
    storage::query(
        "INSERT INTO access_log (child_id, account_id, who, role, part, action, at)
         VALUES ($1, NULL, $2, $3, $4, $5, $6)",
    )
    .bind(child_id)
    .bind(&for_name)
    .bind(maker_access.role.code())
    .bind(RecordPart::GoalsAndProgress.code())
    .bind(Action::OpenedByLink.code())
    .bind(now)
    .execute(pool)
    .await
    .map_err(failed)?;
    Ok(OpenedPack {
        shared_by,
        until,
        for_school,
        locale,
        child_id,
        child,
        entries,
        goals,
        points,
    })
}
