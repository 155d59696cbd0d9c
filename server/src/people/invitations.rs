//! Invitation links: made by a family for one person, working once, for `INVITATION_DAYS`.

use crate::access::{parts_from, parts_text, AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use heard_app::people::{
    InvitationSummary, Job, NewInvitation, PendingInvitation, Role, INVITATION_DAYS,
};
use heard_app::record::dates;
use heard_app::scope::Viewer;
use heard_app::services::{Accepted, InvitationError, RecordError};

/// 128 random bits as 32 hex digits: unguessable, and plain enough to read out or type from a text.
fn new_token() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn create(
    pool: &Db,
    viewer: &Viewer,
    family_id: i64,
    invitation: &NewInvitation,
) -> Result<i64, RecordError> {
    let now = crate::storage::unix_seconds_now();
    storage::query_scalar(
        "INSERT INTO invitations (token, family_id, role, for_name, child_id, parts, may_change,
             share_until, invited_by, created_at, expires_at, email_to, job, organisation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(new_token())
    .bind(family_id)
    .bind(invitation.role.code())
    .bind(&invitation.for_name)
    .bind(invitation.child_id)
    .bind(parts_text(&invitation.parts))
    .bind(invitation.may_change)
    .bind(invitation.until.map(dates::to_iso))
    .bind(viewer.account_id)
    .bind(now)
    .bind(now + INVITATION_DAYS * 24 * 60 * 60)
    .bind(invitation.email_to.as_deref())
    .bind(invitation.job.map(|job| job.code()))
    .bind(&invitation.organisation)
    .fetch_one(pool)
    .await
    .map_err(unavailable)
}

type PendingRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    bool,
    Option<String>,
    i64,
    Option<String>,
    Option<String>,
    String,
);

/// Links still waiting to be used that concern this child: theirs, and the family's own. The secret
/// in each link goes only to someone who may send that invitation (`ChildAccess::may_invite`):
/// anyone else who may see the page learns only that a link is waiting, so cannot use it themself.
pub async fn pending(
    pool: &Db,
    allowed: &AllowedChild<Reading>,
    family_id: i64,
) -> Result<Vec<PendingInvitation>, RecordError> {
    let access = allowed.access();
    let child_id = allowed.child_id();
    let rows: Vec<PendingRow> = storage::query_as(
        "SELECT i.id, i.token, i.role, i.for_name, c.called_name, i.parts, i.may_change,
                i.share_until, i.expires_at, i.email_to, i.job, i.organisation
         FROM invitations i LEFT JOIN children c ON c.id = i.child_id
         WHERE i.family_id = $1 AND (i.child_id = $2 OR i.child_id IS NULL)
           AND i.used_at IS NULL AND i.cancelled_at IS NULL AND i.expires_at > $3
         ORDER BY i.id DESC",
    )
    .bind(family_id)
    .bind(child_id)
    .bind(crate::storage::unix_seconds_now())
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(
                id,
                token,
                role,
                for_name,
                child_name,
                parts,
                may_change,
                until,
                expires_at,
                email_to,
                job,
                organisation,
            )| {
                let role = Role::from_code(&role)?;
                let may_invite = access.may_invite(role);
                Some(PendingInvitation {
                    id,
                    token: may_invite.then_some(token),
                    email_to: email_to.filter(|_| may_invite),
                    role,
                    for_name,
                    child_name,
                    parts: parts_from(&parts),
                    may_change,
                    until: until.as_deref().and_then(dates::from_iso),
                    expires_at,
                    job: job.as_deref().and_then(Job::from_code),
                    organisation,
                })
            },
        )
        .collect())
}

/// Cancels a link the viewer may send (the same rule as seeing it).
pub async fn cancel(
    pool: &Db,
    allowed: &AllowedChild<Changing>,
    family_id: i64,
    invitation_id: i64,
) -> Result<(), RecordError> {
    let access = allowed.access();
    let child_id = allowed.child_id();
    let role: Option<String> = storage::query_scalar(
        "SELECT role FROM invitations WHERE id = $1 AND family_id = $2 AND (child_id = $3 OR child_id IS NULL)",
    )
    .bind(invitation_id)
    .bind(family_id)
    .bind(child_id)
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    if !role
        .as_deref()
        .and_then(Role::from_code)
        .is_some_and(|role| access.may_invite(role))
    {
        return Err(RecordError::NotFound);
    }
    one_row(
        storage::query(
            "UPDATE invitations SET cancelled_at = $1
         WHERE id = $2 AND family_id = $3 AND (child_id = $4 OR child_id IS NULL)
           AND used_at IS NULL AND cancelled_at IS NULL",
        )
        .bind(crate::storage::unix_seconds_now())
        .bind(invitation_id)
        .bind(family_id)
        .bind(child_id)
        .execute(pool)
        .await
        .map_err(unavailable)?,
    )
}

fn refused(error: sqlx::Error) -> InvitationError {
    tracing::error!(%error, "invitation storage failed");
    InvitationError::Unavailable
}

type LinkRow = (
    i64,
    i64,
    String,
    Option<i64>,
    String,
    bool,
    Option<String>,
    Option<i64>,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
);

const LINK: &str =
    "SELECT id, family_id, role, child_id, parts, may_change, share_until, invited_by,
        expires_at, used_at, used_by, cancelled_at, job, organisation
    FROM invitations WHERE token = $1";

struct Link {
    id: i64,
    family_id: i64,
    role: Role,
    child_id: Option<i64>,
    parts: String,
    may_change: bool,
    until: Option<String>,
    invited_by: Option<i64>,
    used_by: Option<i64>,
    job: Option<String>,
    organisation: String,
}

/// A live link, or why it does not work. A link used before by this same person still opens, so
/// following it twice is harmless.
fn usable(row: Option<LinkRow>, viewer: Option<&Viewer>) -> Result<Link, InvitationError> {
    let Some((
        id,
        family_id,
        role,
        child_id,
        parts,
        may_change,
        until,
        invited_by,
        expires_at,
        used_at,
        used_by,
        cancelled_at,
        job,
        organisation,
    )) = row
    else {
        return Err(InvitationError::Unknown);
    };
    if cancelled_at.is_some() {
        return Err(InvitationError::Unknown);
    }
    let by_this_person = viewer.is_some_and(|v| used_by == Some(v.account_id));
    if used_at.is_some() && !by_this_person {
        return Err(InvitationError::Used);
    }
    if used_at.is_none() && expires_at <= crate::storage::unix_seconds_now() {
        return Err(InvitationError::Expired);
    }
    Ok(Link {
        id,
        family_id,
        role: Role::from_code(&role).ok_or(InvitationError::Unknown)?,
        child_id,
        parts,
        may_change,
        until,
        invited_by,
        used_by,
        job,
        organisation,
    })
}

/// Only tokens of the shape we make are looked up.
fn plausible(token: &str) -> bool {
    token.len() == 32 && token.chars().all(|c| c.is_ascii_hexdigit())
}

pub async fn summary(pool: &Db, token: &str) -> Result<InvitationSummary, InvitationError> {
    if !plausible(token) {
        return Err(InvitationError::Unknown);
    }
    let row: Option<LinkRow> = storage::query_as(LINK)
        .bind(token)
        .fetch_optional(pool)
        .await
        .map_err(refused)?;
    let link = usable(row, None)?;
    let from: Option<String> = storage::query_scalar(
        "SELECT CASE WHEN name <> '' THEN name ELSE email END FROM accounts WHERE id = $1",
    )
    .bind(link.invited_by)
    .fetch_optional(pool)
    .await
    .map_err(refused)?;
    let children: Vec<String> = storage::query_scalar(
        "SELECT called_name FROM children WHERE family_id = $1 AND ($2 IS NULL OR id = $2)
         ORDER BY date_of_birth, called_name",
    )
    .bind(link.family_id)
    .bind(link.child_id)
    .fetch_all(pool)
    .await
    .map_err(refused)?;
    Ok(InvitationSummary {
        role: link.role,
        from: from.unwrap_or_default(),
        children,
        parts: parts_from(&link.parts),
        may_change: link.may_change,
        until: link.until.as_deref().and_then(dates::from_iso),
    })
}

pub async fn accept(
    pool: &Db,
    viewer: &Viewer,
    token: &str,
    name: &str,
) -> Result<Accepted, InvitationError> {
    if !plausible(token) {
        return Err(InvitationError::Unknown);
    }
    let now = crate::storage::unix_seconds_now();
    // One writer at a time, so a link cannot be used twice by two people at once.
    let mut tx = pool
        .begin_locked(storage::Lock::all("family-membership"))
        .await
        .map_err(refused)?;
    let row: Option<LinkRow> = storage::query_as(LINK)
        .bind(token)
        .fetch_optional(&mut tx)
        .await
        .map_err(refused)?;
    let link = usable(row, Some(viewer))?;
    let accepted = Accepted {
        role: link.role,
        child_id: link.child_id,
    };
    if link.used_by == Some(viewer.account_id) {
        return Ok(accepted);
    }
    // Refused before anything is written: the link stays unused, for the person it was meant for.
    no_second_place(&mut tx, viewer, &link).await?;
    let name = name.trim();
    if !name.is_empty() {
        storage::query("UPDATE accounts SET name = $1 WHERE id = $2")
            .bind(
                name.chars()
                    .take(heard_app::people::NAME_MAX_CHARS)
                    .collect::<String>(),
            )
            .bind(viewer.account_id)
            .execute(&mut tx)
            .await
            .map_err(refused)?;
    }
    match (link.role, link.child_id) {
        (Role::ParentOrCarer, _) => {
            storage::query(
                "INSERT INTO family_members (family_id, account_id, joined_at) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
            )
            .bind(link.family_id)
            .bind(viewer.account_id)
            .bind(now)
            .execute(&mut tx)
            .await
            .map_err(refused)?;
        }
        (Role::YoungPerson, Some(child_id)) => {
            let linked = storage::query(
                "UPDATE children SET young_person_account = $1 WHERE id = $2 AND family_id = $3",
            )
            .bind(viewer.account_id)
            .bind(child_id)
            .bind(link.family_id)
            .execute(&mut tx)
            .await;
            match linked {
                Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                    return Err(InvitationError::AlreadyYoungPerson)
                }
                Err(error) => return Err(refused(error)),
                Ok(done) if done.rows_affected() == 0 => return Err(InvitationError::Unknown),
                Ok(_) => {}
            }
        }
        // A professional's share is an advocate's, marked with what they do and where.
        (Role::Advocate | Role::Professional, Some(child_id)) => {
            // A new share replaces any earlier one for the same person and child.
            storage::query(
                "UPDATE shares SET withdrawn_at = $1 WHERE child_id = $2 AND account_id = $3 AND withdrawn_at IS NULL",
            )
            .bind(now)
            .bind(child_id)
            .bind(viewer.account_id)
            .execute(&mut tx)
            .await
            .map_err(refused)?;
            storage::query(
                "INSERT INTO shares (child_id, account_id, parts, may_change, until, invited_by,
                     started_at, role, job, organisation)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(child_id)
            .bind(viewer.account_id)
            .bind(&link.parts)
            .bind(link.may_change)
            .bind(&link.until)
            .bind(link.invited_by)
            .bind(now)
            .bind(link.role.code())
            .bind(&link.job)
            .bind(&link.organisation)
            .execute(&mut tx)
            .await
            .map_err(refused)?;
        }
        (_, None) => return Err(InvitationError::Unknown),
    }
    storage::query("UPDATE invitations SET used_at = $1, used_by = $2 WHERE id = $3")
        .bind(now)
        .bind(viewer.account_id)
        .bind(link.id)
        .execute(&mut tx)
        .await
        .map_err(refused)?;
    tx.commit().await.map_err(refused)?;
    Ok(accepted)
}

/// A link never gives an account a second, stronger place with a family it already has one with.
/// What the account already is, for the family or child the link is about, decides:
///
/// - **A parent or carer** of the family takes nothing more from its links: not another parent's
///   place (they have it), not a young person's (a parent's account is never the child's own, and
///   would take the place meant for them), not an advocate's (they see everything already). One
///   exception: a parent a young person in control has stopped seeing their record may take an
///   advocate's share of it, because only that young person can send it then (taking control ended
///   the family's unused links for it): they choose to let that parent see some of it again.
/// - **A young person** of one of the family's children is never made a parent or carer of their
///   own family: that would give them the family's say over their brothers' and sisters' records,
///   and over deleting them. Nor does an advocate's share of their own record add anything (it could
///   only let them change what they may only read). A young person's account is for one record
///   (`AlreadyYoungPerson`). They may help a brother or sister as an advocate, when sent that link.
/// - **An advocate** of a child is not that child, so does not become their young person. A new
///   advocate's link for the same child replaces their share (the family changed what it shares),
///   and a parent-or-carer link makes them one of the family: a link only the family can send, so
///   that is the family's own choice.
/// - A share withdrawn or past its last day is no place at all: they are asked like anyone else.
async fn no_second_place(
    tx: &mut storage::Tx,
    viewer: &Viewer,
    link: &Link,
) -> Result<(), InvitationError> {
    let (
        parent,
        stopped,
        young_person_here,
        young_person_of_family,
        young_person_anywhere,
        advocate,
    ): (bool, bool, bool, bool, bool, bool) = storage::query_as(
        "SELECT
            EXISTS (SELECT 1 FROM family_members WHERE family_id = $1 AND account_id = $2),
            EXISTS (SELECT 1 FROM parents_stopped WHERE child_id = $3 AND account_id = $2),
            EXISTS (SELECT 1 FROM children WHERE id = $3 AND young_person_account = $2),
            EXISTS (SELECT 1 FROM children WHERE family_id = $1 AND young_person_account = $2),
            EXISTS (SELECT 1 FROM children WHERE young_person_account = $2),
            EXISTS (SELECT 1 FROM shares WHERE child_id = $3 AND account_id = $2
                      AND withdrawn_at IS NULL AND (until IS NULL OR until >= $4))",
    )
    .bind(link.family_id)
    .bind(viewer.account_id)
    .bind(link.child_id)
    .bind(dates::to_iso(heard_app::clock::today()))
    .fetch_one(&mut *tx)
    .await
    .map_err(refused)?;
    match link.role {
        Role::ParentOrCarer if parent || young_person_of_family => {
            Err(InvitationError::AlreadyWithFamily)
        }
        Role::YoungPerson if parent || advocate => Err(InvitationError::AlreadyWithFamily),
        Role::YoungPerson if young_person_anywhere => Err(InvitationError::AlreadyYoungPerson),
        Role::Advocate | Role::Professional if (parent && !stopped) || young_person_here => {
            Err(InvitationError::AlreadyWithFamily)
        }
        _ => Ok(()),
    }
}
