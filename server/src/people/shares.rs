//! The people service: who can see a child's record, sharing with advocates, and the log.

use super::{invitations, own_account};
use crate::access::{log, pack_links, parts_from, AllowedChild, Changing, Gate, Reading};
use crate::storage;
use crate::storage::Db;
use crate::storage::{one_row, unavailable};
use heard_app::clock::today;
use heard_app::pack_links::{NewPackLink, OpenedPack, PackLink, PackLinkError, PackLinkRefused};
use heard_app::people::{
    end_of_compulsory_school_age, AccessLogEntry, Action, ChildAccess, InvitationSummary, Job,
    MyAccount, NewInvitation, PersonWithAccess, RecordPart, Role, Share,
};
use heard_app::record::dates::{self, Date};
use heard_app::scope::Viewer;
use heard_app::services::{Accepted, InvitationError, RecordError, WhoCanSee};

#[derive(Clone)]
pub struct PeopleStore {
    pool: Db,
    gate: Gate,
}

impl PeopleStore {
    /// Asks the access rule afresh on every call.
    pub fn new(pool: Db) -> Self {
        PeopleStore {
            pool,
            gate: Gate::every_time(),
        }
    }

    /// The same service for one request, through that request's gate.
    pub fn with_gate(&self, gate: Gate) -> Self {
        PeopleStore {
            pool: self.pool.clone(),
            gate,
        }
    }
}

async fn family_of_child<P>(pool: &Db, allowed: &AllowedChild<P>) -> Result<i64, RecordError> {
    storage::query_scalar("SELECT family_id FROM children WHERE id = $1")
        .bind(allowed.child_id())
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?
        .ok_or(RecordError::NotFound)
}

type ShareRow = (
    i64,
    i64,
    String,
    String,
    String,
    bool,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    String,
);

const SHARES: &str = "SELECT s.id, s.child_id, c.called_name,
        CASE WHEN a.name <> '' THEN a.name ELSE a.email END,
        s.parts, s.may_change, s.until,
        (SELECT CASE WHEN f.name <> '' THEN f.name ELSE f.email END FROM accounts f WHERE f.id = s.invited_by),
        s.role, s.job, s.organisation
    FROM shares s JOIN children c ON c.id = s.child_id JOIN accounts a ON a.id = s.account_id";

/// A share is live while not withdrawn and not past its last day.
// Its day is always the second value bound, after the child or the account.
const LIVE: &str = "s.withdrawn_at IS NULL AND (s.until IS NULL OR s.until >= $2)";

fn share_from(
    (id, child_id, child_name, advocate, parts, may_change, until, family, role, job, organisation): ShareRow,
) -> Share {
    Share {
        id,
        child_id,
        child_name,
        advocate,
        parts: parts_from(&parts),
        may_change,
        until: until.as_deref().and_then(dates::from_iso),
        family: family.unwrap_or_default(),
        role: Role::from_code(&role).unwrap_or(Role::Advocate),
        job: job.as_deref().and_then(Job::from_code),
        organisation,
    }
}

/// Sharing a child's record waits until the account's email is confirmed: an account anyone can make
/// with anyone's address must not hand the record on (an invitation, a link to the pack). The page
/// says why.
async fn only_when_confirmed(pool: &Db, viewer: &Viewer) -> Result<(), RecordError> {
    let confirmed: Option<i64> =
        storage::query_scalar("SELECT confirmed_at FROM accounts WHERE id = $1")
            .bind(viewer.account_id)
            .fetch_optional(pool)
            .await
            .map_err(|_| RecordError::Unavailable)?
            .flatten();
    if confirmed.is_none() {
        return Err(RecordError::Unavailable);
    }
    Ok(())
}

#[async_trait::async_trait]
impl heard_app::services::People for PeopleStore {
    async fn access(&self, viewer: &Viewer, child_id: i64) -> Result<ChildAccess, RecordError> {
        self.gate.access(&self.pool, viewer, child_id).await
    }

    async fn who_can_see(&self, viewer: &Viewer, child_id: i64) -> Result<WhoCanSee, RecordError> {
        let allowed: AllowedChild<Reading> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        let child_id = allowed.child_id();
        let family_id = family_of_child(&self.pool, &allowed).await?;
        let members: Vec<(i64, String)> = storage::query_as(
            "SELECT a.id, CASE WHEN a.name <> '' THEN a.name ELSE a.email END
             FROM family_members m JOIN accounts a ON a.id = m.account_id
             WHERE m.family_id = $1
               AND NOT EXISTS (SELECT 1 FROM parents_stopped p WHERE p.child_id = $2 AND p.account_id = m.account_id)
             ORDER BY m.joined_at, a.id",
        )
        .bind(family_id)
        .bind(child_id)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        let mut people: Vec<PersonWithAccess> = members
            .into_iter()
            .map(|(account_id, name)| PersonWithAccess {
                account_id,
                name,
                role: Role::ParentOrCarer,
                child_name: String::new(),
            })
            .collect();
        let young: Option<(i64, String, String)> = storage::query_as(
            "SELECT a.id, CASE WHEN a.name <> '' THEN a.name ELSE a.email END, c.called_name
             FROM children c JOIN accounts a ON a.id = c.young_person_account WHERE c.id = $1",
        )
        .bind(child_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        people.extend(
            young.map(|(account_id, name, child_name)| PersonWithAccess {
                account_id,
                name,
                role: Role::YoungPerson,
                child_name,
            }),
        );
        let today = dates::to_iso(today());
        let shares: Vec<ShareRow> = storage::query_as(&format!(
            "{SHARES} WHERE s.child_id = $1 AND {LIVE} ORDER BY s.started_at, s.id"
        ))
        .bind(child_id)
        .bind(&today)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        let ended: Vec<ShareRow> = storage::query_as(&format!(
            "{SHARES} WHERE s.child_id = $1 AND NOT ({LIVE})
             ORDER BY COALESCE(s.withdrawn_at, s.started_at) DESC, s.id DESC LIMIT 20"
        ))
        .bind(child_id)
        .bind(&today)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(WhoCanSee {
            people,
            shares: shares.into_iter().map(share_from).collect(),
            ended: ended.into_iter().map(share_from).collect(),
            invitations: invitations::pending(&self.pool, &allowed, family_id).await?,
        })
    }

    async fn invite(
        &self,
        viewer: &Viewer,
        child_id: i64,
        invitation: &NewInvitation,
    ) -> Result<i64, RecordError> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        if !allowed.access().may_invite(invitation.role) {
            return Err(RecordError::NotFound);
        }
        only_when_confirmed(&self.pool, viewer).await?;
        let mut invitation = invitation.clone();
        if invitation.role != Role::ParentOrCarer {
            invitation.child_id = Some(allowed.child_id());
        }
        let family_id = family_of_child(&self.pool, &allowed).await?;
        let id = invitations::create(&self.pool, viewer, family_id, &invitation).await?;
        if invitation.email_to.is_some() {
            // The link goes by email on this instance's next pass, which this makes now.
            crate::reminders::nudge();
        }
        Ok(id)
    }

    async fn cancel_invitation(
        &self,
        viewer: &Viewer,
        child_id: i64,
        invitation_id: i64,
    ) -> Result<(), RecordError> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        let family_id = family_of_child(&self.pool, &allowed).await?;
        invitations::cancel(&self.pool, &allowed, family_id, invitation_id).await
    }

    async fn stop_parent(
        &self,
        viewer: &Viewer,
        child_id: i64,
        account_id: i64,
    ) -> Result<(), RecordError> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        if allowed.role() != Role::YoungPerson {
            return Err(RecordError::NotFound);
        }
        self.gate.forget(child_id);
        one_row(
            storage::query(
                "INSERT INTO parents_stopped (child_id, account_id, stopped_at)
                 SELECT c.id, m.account_id, $1 FROM children c
                 JOIN family_members m ON m.family_id = c.family_id
                 WHERE c.id = $2 AND m.account_id = $3
                 ON CONFLICT DO NOTHING",
            )
            .bind(crate::storage::unix_seconds_now())
            .bind(allowed.child_id())
            .bind(account_id)
            .execute(&self.pool)
            .await
            .map_err(unavailable)?,
        )
    }

    async fn withdraw_share(
        &self,
        viewer: &Viewer,
        child_id: i64,
        share_id: i64,
    ) -> Result<(), RecordError> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        self.gate.forget(child_id);
        one_row(storage::query(
            "UPDATE shares SET withdrawn_at = $1 WHERE id = $2 AND child_id = $3 AND withdrawn_at IS NULL",
        )
        .bind(crate::storage::unix_seconds_now())
        .bind(share_id)
        .bind(allowed.child_id())
        .execute(&self.pool)
        .await
        .map_err(unavailable)?)
    }

    async fn access_log(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<AccessLogEntry>, RecordError> {
        let allowed: AllowedChild<Reading> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        log::for_child(&self.pool, &allowed).await
    }

    async fn invitation(&self, token: &str) -> Result<InvitationSummary, InvitationError> {
        invitations::summary(&self.pool, token).await
    }

    async fn accept_invitation(
        &self,
        viewer: &Viewer,
        token: &str,
        name: &str,
    ) -> Result<Accepted, InvitationError> {
        invitations::accept(&self.pool, viewer, token, name).await
    }

    async fn shared_with_me(&self, viewer: &Viewer) -> Result<Vec<Share>, RecordError> {
        let rows: Vec<ShareRow> = storage::query_as(&format!(
            "{SHARES} WHERE s.account_id = $1 AND {LIVE} ORDER BY s.started_at DESC, s.id DESC"
        ))
        .bind(viewer.account_id)
        .bind(dates::to_iso(today()))
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(share_from).collect())
    }

    async fn my_account(&self, viewer: &Viewer) -> Result<MyAccount, RecordError> {
        own_account::my_account(&self.pool, viewer).await
    }

    async fn set_my_name(&self, viewer: &Viewer, name: &str) -> Result<(), RecordError> {
        own_account::set_my_name(&self.pool, viewer, name).await
    }

    async fn own_record(&self, viewer: &Viewer) -> Result<Option<i64>, RecordError> {
        storage::query_scalar("SELECT id FROM children WHERE young_person_account = $1")
            .bind(viewer.account_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(unavailable)
    }

    async fn export_json(&self, viewer: &Viewer, child_id: i64) -> Result<String, RecordError> {
        let allowed: AllowedChild<Reading> = self
            .gate
            .allow_logged_as(
                &self.pool,
                viewer,
                child_id,
                RecordPart::People,
                Some(Action::Download),
            )
            .await?;
        super::your_data::export(&self.pool, &allowed).await
    }

    async fn delete_child(&self, viewer: &Viewer, child_id: i64) -> Result<(), RecordError> {
        // Nothing is logged: the log goes with the record.
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow_logged_as(&self.pool, viewer, child_id, RecordPart::Details, None)
            .await?;
        // Only the family deletes a record (a young person in control shares it; the family keeps
        // the say over keeping it).
        if allowed.role() != Role::ParentOrCarer {
            return Err(RecordError::NotFound);
        }
        self.gate.forget(child_id);
        super::your_data::delete_child(&self.pool, &allowed).await
    }

    async fn delete_account(&self, viewer: &Viewer) -> Result<(), RecordError> {
        super::your_data::delete_account(&self.pool, viewer.account_id).await
    }

    async fn take_control(
        &self,
        viewer: &Viewer,
        child_id: i64,
        today: Date,
    ) -> Result<(), RecordError> {
        // Logged once done, as a change to who sees the record.
        let allowed: AllowedChild<Reading> = self
            .gate
            .allow_logged_as(&self.pool, viewer, child_id, RecordPart::Details, None)
            .await?;
        if allowed.role() != Role::YoungPerson {
            return Err(RecordError::NotFound);
        }
        let born: String =
            storage::query_scalar("SELECT date_of_birth FROM children WHERE id = $1")
                .bind(allowed.child_id())
                .fetch_one(&self.pool)
                .await
                .map_err(unavailable)?;
        let old_enough =
            dates::from_iso(&born).is_some_and(|born| end_of_compulsory_school_age(born) <= today);
        if !old_enough {
            return Err(RecordError::NotFound);
        }
        let now = crate::storage::unix_seconds_now();
        let mut tx = self
            .pool
            .begin_locked(storage::Lock::on("child", allowed.child_id()))
            .await
            .map_err(unavailable)?;
        storage::query(
            "UPDATE children SET young_person_in_control_since = COALESCE(young_person_in_control_since, $1)
             WHERE id = $2",
        )
        .bind(now)
        .bind(allowed.child_id())
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
        // From now on the young person says who sees their record: links the family sent for it and
        // nobody has used yet stop working (the family's links for the whole family stay).
        storage::query(
            "UPDATE invitations SET cancelled_at = $1
             WHERE child_id = $2 AND used_at IS NULL AND cancelled_at IS NULL
               AND invited_by IS DISTINCT FROM $3",
        )
        .bind(now)
        .bind(allowed.child_id())
        .bind(viewer.account_id)
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
        tx.commit().await.map_err(unavailable)?;
        self.gate.forget(child_id);
        let access = self.gate.access(&self.pool, viewer, child_id).await?;
        self.gate
            .log(
                &self.pool,
                viewer,
                &access,
                RecordPart::People,
                Action::Change,
            )
            .await
    }

    async fn make_pack_link(
        &self,
        viewer: &Viewer,
        child_id: i64,
        link: &NewPackLink,
    ) -> Result<String, PackLinkRefused> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        only_when_confirmed(&self.pool, viewer).await?;
        pack_links::make(&self.pool, &allowed, link, storage::unix_seconds_now()).await
    }

    async fn pack_links(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<PackLink>, RecordError> {
        // The list is for whoever makes and withdraws them; their own page is not logged.
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow_logged_as(&self.pool, viewer, child_id, RecordPart::People, None)
            .await?;
        pack_links::live(&self.pool, &allowed, today()).await
    }

    async fn withdraw_pack_link(
        &self,
        viewer: &Viewer,
        child_id: i64,
        link_id: i64,
    ) -> Result<(), RecordError> {
        let allowed: AllowedChild<Changing> = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::People)
            .await?;
        pack_links::withdraw(&self.pool, &allowed, link_id, storage::unix_seconds_now()).await
    }

    async fn open_pack_link(&self, secret: &str) -> Result<OpenedPack, PackLinkError> {
        pack_links::open(&self.pool, secret, today(), storage::unix_seconds_now()).await
    }

    async fn pack_link_document(
        &self,
        secret: &str,
        document_id: i64,
    ) -> Result<heard_app::record::documents::DocumentFile, PackLinkError> {
        pack_links::document(
            &self.pool,
            secret,
            document_id,
            today(),
            storage::unix_seconds_now(),
        )
        .await
    }
}
