//! The child's record in SQLite, behind the access rule (`crate::access`): every method asks first
//! whether this person may read or change this part of this child's record, and the storage functions
//! take the `AllowedChild` that answer gives. What they may not see looks exactly like a child that
//! does not exist.

mod about_me;
mod children;
pub(crate) mod documents;
pub(crate) mod drafts;
mod goals;
mod my_page;
mod notes;
mod reviews;

use crate::access::{AddingSchoolView, AllowedChild, Changing, Gate, Reading};
use crate::storage;
use crate::storage::unavailable;
use crate::storage::Db;
use heard_app::people::{RecordPart, Role};
use heard_app::record::about_me::{AboutMePart, CheckedEntry};
use heard_app::record::cards::{Card, Pile, SavedVoiceNote};
use heard_app::record::child::ChildDetails;
use heard_app::record::dates::{self, Date};
use heard_app::record::documents::{DocumentFile, NewDocument, SavedDocument};
use heard_app::record::goal::{GoalState, GoalWords};
use heard_app::record::notes::{NoteWords, SavedNote};
use heard_app::record::review::ReviewWords;
use heard_app::record::saved::{Draft, SavedChild, SavedEntry, SavedGoal, SavedReviewPoint};
use heard_app::record::voice_notes;
use heard_app::record::SchoolYear;
use heard_app::scope::Viewer;
use heard_app::services::{Direction, DocumentRefused, RecordError, VoiceNoteRefused};

/// Every child, for the reminders scheduler only (see `children::every_child`).
pub(crate) async fn every_child_for_reminders(pool: &Db) -> Result<Vec<SavedChild>, RecordError> {
    children::every_child(pool).await
}

/// What the review pack shows, for a link the family made (`crate::access::pack_links`): the child,
/// all about me, the goals and the review points as they are (a link only reads).
pub(crate) async fn review_pack(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<
    (
        SavedChild,
        Vec<SavedEntry>,
        Vec<SavedGoal>,
        Vec<SavedReviewPoint>,
    ),
    RecordError,
> {
    Ok((
        children::get(pool, child).await?,
        about_me::current(pool, child).await?,
        goals::list(pool, child).await?,
        reviews::list(pool, child).await?,
    ))
}

/// The records service over one database.
#[derive(Clone)]
pub struct RecordStore {
    pool: Db,
    gate: Gate,
}

impl RecordStore {
    /// Asks the access rule afresh on every call.
    pub fn new(pool: Db) -> Self {
        RecordStore {
            pool,
            gate: Gate::every_time(),
        }
    }

    /// The same service for one request, through that request's gate.
    pub fn with_gate(&self, gate: Gate) -> Self {
        RecordStore {
            pool: self.pool.clone(),
            gate,
        }
    }

    /// Makes a school year's three review points for a child (the demo's earlier year).
    pub async fn ensure_school_year(
        &self,
        viewer: &Viewer,
        child_id: i64,
        year: heard_app::record::SchoolYear,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        reviews::ensure_school_year(&self.pool, &child, year).await
    }

    async fn reading(
        &self,
        viewer: &Viewer,
        child_id: i64,
        part: RecordPart,
    ) -> Result<AllowedChild<Reading>, RecordError> {
        self.gate.allow(&self.pool, viewer, child_id, part).await
    }

    async fn changing(
        &self,
        viewer: &Viewer,
        child_id: i64,
        part: RecordPart,
    ) -> Result<AllowedChild<Changing>, RecordError> {
        self.gate.allow(&self.pool, viewer, child_id, part).await
    }
}

const DETAILS: RecordPart = RecordPart::Details;
const ABOUT_ME: RecordPart = RecordPart::AboutMe;
const GOALS: RecordPart = RecordPart::GoalsAndProgress;
const DOCUMENTS: RecordPart = RecordPart::Documents;
const NOTES: RecordPart = RecordPart::Notes;

/// The person's family, made on first use: every account looks after one family (inviting others in
/// comes with the consent work).
pub(crate) async fn family_of(pool: &Db, viewer: &Viewer) -> Result<i64, RecordError> {
    const FIND: &str =
        "SELECT family_id FROM family_members WHERE account_id = $1 ORDER BY joined_at LIMIT 1";
    let existing: Option<i64> = storage::query_scalar(FIND)
        .bind(viewer.account_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?;
    if let Some(id) = existing {
        return Ok(id);
    }
    // Looked up again under a write lock, so two first requests at once make one family, not two.
    let now = crate::storage::unix_seconds_now();
    let mut tx = pool
        .begin_locked(storage::Lock::all("family-membership"))
        .await
        .map_err(unavailable)?;
    let existing: Option<i64> = storage::query_scalar(FIND)
        .bind(viewer.account_id)
        .fetch_optional(&mut tx)
        .await
        .map_err(unavailable)?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let family_id: i64 =
        storage::query_scalar("INSERT INTO families (created_at) VALUES ($1) RETURNING id")
            .bind(now)
            .fetch_one(&mut tx)
            .await
            .map_err(unavailable)?;
    storage::query(
        "INSERT INTO family_members (family_id, account_id, joined_at) VALUES ($1, $2, $3)",
    )
    .bind(family_id)
    .bind(viewer.account_id)
    .bind(now)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(family_id)
}

/// Adds an account to a family (used by the demo and tests; invitations come later).
pub async fn join_family(pool: &Db, family_id: i64, account_id: i64) -> Result<(), RecordError> {
    storage::query(
        "INSERT INTO family_members (family_id, account_id, joined_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )
    .bind(family_id)
    .bind(account_id)
    .bind(crate::storage::unix_seconds_now())
    .execute(pool)
    .await
    .map_err(unavailable)?;
    Ok(())
}

/// The family a person belongs to, making one if needed.
pub async fn family_id_for(pool: &Db, viewer: &Viewer) -> Result<i64, RecordError> {
    family_of(pool, viewer).await
}

/// What a young person writes is in their own words, whatever the form said.
fn in_own_words(
    role: Role,
    entry: &heard_app::record::about_me::CheckedEntry,
) -> heard_app::record::about_me::CheckedEntry {
    let mut entry = entry.clone();
    if role == Role::YoungPerson {
        entry.author = heard_app::record::Author::YoungPerson;
    }
    entry
}

pub(crate) fn date_text(date: Option<Date>) -> Option<String> {
    date.map(dates::to_iso)
}

pub(crate) fn date_from(text: Option<String>) -> Option<Date> {
    text.as_deref().and_then(dates::from_iso)
}

/// After an update that matched no row: the row changed meanwhile if it still exists, else it is gone.
pub(crate) async fn stale_or_missing(
    pool: &Db,
    exists_query: &str,
    id: i64,
    child_id: i64,
) -> RecordError {
    match storage::query_scalar::<bool>(exists_query)
        .bind(id)
        .bind(child_id)
        .fetch_optional(pool)
        .await
    {
        Ok(Some(_)) => RecordError::ChangedMeanwhile,
        Ok(None) => RecordError::NotFound,
        Err(error) => unavailable(error),
    }
}

#[async_trait::async_trait]
impl heard_app::services::FamilyRecords for RecordStore {
    async fn children(&self, viewer: &Viewer) -> Result<Vec<SavedChild>, RecordError> {
        children::list(&self.pool, viewer).await
    }
    async fn child(&self, viewer: &Viewer, child_id: i64) -> Result<SavedChild, RecordError> {
        let child = self.reading(viewer, child_id, DETAILS).await?;
        children::get(&self.pool, &child).await
    }
    async fn add_child(&self, viewer: &Viewer, details: &ChildDetails) -> Result<i64, RecordError> {
        let family_id = family_of(&self.pool, viewer).await?;
        children::add(&self.pool, family_id, details).await
    }
    async fn update_child(
        &self,
        viewer: &Viewer,
        child_id: i64,
        details: &ChildDetails,
        based_on_version: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, DETAILS).await?;
        children::update(&self.pool, &child, details, based_on_version).await
    }

    async fn about_me(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedEntry>, RecordError> {
        let child = self.reading(viewer, child_id, ABOUT_ME).await?;
        about_me::current(&self.pool, &child).await
    }
    async fn entry_history(
        &self,
        viewer: &Viewer,
        child_id: i64,
        entry_id: i64,
    ) -> Result<Vec<SavedEntry>, RecordError> {
        let child = self.reading(viewer, child_id, ABOUT_ME).await?;
        about_me::history(&self.pool, &child, entry_id).await
    }
    async fn add_entry(
        &self,
        viewer: &Viewer,
        child_id: i64,
        part: AboutMePart,
        entry: &CheckedEntry,
    ) -> Result<i64, RecordError> {
        let child = self.changing(viewer, child_id, ABOUT_ME).await?;
        about_me::add(&self.pool, &child, part, &in_own_words(child.role(), entry)).await
    }
    async fn update_entry(
        &self,
        viewer: &Viewer,
        child_id: i64,
        entry_id: i64,
        entry: &CheckedEntry,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, ABOUT_ME).await?;
        about_me::update(
            &self.pool,
            &child,
            entry_id,
            &in_own_words(child.role(), entry),
        )
        .await
    }

    async fn goals(&self, viewer: &Viewer, child_id: i64) -> Result<Vec<SavedGoal>, RecordError> {
        let child = self.reading(viewer, child_id, GOALS).await?;
        goals::list(&self.pool, &child).await
    }
    async fn add_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal: &GoalWords,
    ) -> Result<i64, RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        goals::add(&self.pool, &child, goal).await
    }
    async fn update_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        goal: &GoalWords,
        based_on_version: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        goals::update(&self.pool, &child, goal_id, goal, based_on_version).await
    }
    async fn move_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        direction: Direction,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        goals::move_goal(&self.pool, &child, goal_id, direction).await
    }
    async fn set_goal_state(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        state: GoalState,
        on: Date,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        goals::set_state(&self.pool, &child, goal_id, state, on).await
    }

    async fn review_points(
        &self,
        viewer: &Viewer,
        child_id: i64,
        today: Date,
    ) -> Result<Vec<SavedReviewPoint>, RecordError> {
        let child = self.reading(viewer, child_id, GOALS).await?;
        reviews::ensure_school_year(&self.pool, &child, SchoolYear::containing(today)).await?;
        reviews::list(&self.pool, &child).await
    }
    async fn save_review(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        held_on: Date,
        review: &ReviewWords,
        based_on_version: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        reviews::save(
            &self.pool,
            &child,
            review_point_id,
            held_on,
            review,
            based_on_version,
        )
        .await?;
        reviews::mark_writer(&self.pool, &child, review_point_id).await
    }
    async fn save_questions(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        questions: &str,
        based_on_version: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, GOALS).await?;
        reviews::save_questions(
            &self.pool,
            &child,
            review_point_id,
            questions,
            based_on_version,
        )
        .await?;
        reviews::mark_writer(&self.pool, &child, review_point_id).await
    }
    async fn save_school_view(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        views: &[heard_app::record::review::SchoolView],
    ) -> Result<(), RecordError> {
        let child: AllowedChild<AddingSchoolView> =
            self.gate.allow(&self.pool, viewer, child_id, GOALS).await?;
        reviews::save_school_view(&self.pool, &child, review_point_id, views).await
    }

    async fn card_choices(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<(Card, Pile)>, RecordError> {
        let child = self.reading(viewer, child_id, ABOUT_ME).await?;
        my_page::card_choices(&self.pool, &child).await
    }
    async fn choose_card(
        &self,
        viewer: &Viewer,
        child_id: i64,
        card: Card,
        pile: Option<Pile>,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, ABOUT_ME).await?;
        my_page::choose_card(&self.pool, &child, card, pile).await
    }
    async fn voice_notes(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedVoiceNote>, RecordError> {
        let child = self.reading(viewer, child_id, ABOUT_ME).await?;
        my_page::voice_notes(&self.pool, &child).await
    }
    async fn add_voice_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        audio: &[u8],
    ) -> Result<i64, VoiceNoteRefused> {
        let child = self.changing(viewer, child_id, ABOUT_ME).await?;
        let kind = voice_notes::sniff(audio).ok_or(VoiceNoteRefused::NotAudio)?;
        if audio.len() > voice_notes::VOICE_NOTE_MAX_BYTES {
            return Err(VoiceNoteRefused::TooBig);
        }
        my_page::add_voice_note(&self.pool, &child, kind, audio).await
    }
    async fn voice_note_audio(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
    ) -> Result<(String, Vec<u8>), RecordError> {
        let child = self.reading(viewer, child_id, ABOUT_ME).await?;
        my_page::voice_note_audio(&self.pool, &child, note_id).await
    }
    async fn delete_voice_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, ABOUT_ME).await?;
        my_page::delete_voice_note(&self.pool, &child, note_id).await
    }

    async fn documents(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedDocument>, RecordError> {
        let child = self.reading(viewer, child_id, DOCUMENTS).await?;
        documents::list(&self.pool, &child).await
    }
    async fn add_document(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document: &NewDocument,
        content: &[u8],
    ) -> Result<i64, DocumentRefused> {
        let child = self.changing(viewer, child_id, DOCUMENTS).await?;
        if content.is_empty() {
            return Err(DocumentRefused::NoFile);
        }
        if content.len() > heard_app::record::documents::DOCUMENT_MAX_BYTES {
            return Err(DocumentRefused::TooBig);
        }
        // Known from its bytes, never from its name or the type the browser sent.
        let kind =
            heard_app::record::documents::sniff(content).ok_or(DocumentRefused::NotADocument)?;
        documents::add(&self.pool, &child, document, kind, content).await
    }
    async fn document_file(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document_id: i64,
    ) -> Result<DocumentFile, RecordError> {
        let child: AllowedChild<Reading> = self
            .gate
            .allow_logged_as(
                &self.pool,
                viewer,
                child_id,
                DOCUMENTS,
                Some(heard_app::people::Action::Download),
            )
            .await?;
        documents::file(&self.pool, &child, document_id).await
    }
    async fn delete_document(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document_id: i64,
    ) -> Result<(), RecordError> {
        let child = self.changing(viewer, child_id, DOCUMENTS).await?;
        documents::delete(&self.pool, &child, document_id).await
    }

    async fn notes(&self, viewer: &Viewer, child_id: i64) -> Result<Vec<SavedNote>, RecordError> {
        let child = self.reading(viewer, child_id, NOTES).await?;
        notes::list(&self.pool, &child).await
    }
    async fn add_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note: &NoteWords,
    ) -> Result<i64, RecordError> {
        let child: AllowedChild<AddingSchoolView> =
            self.gate.allow(&self.pool, viewer, child_id, NOTES).await?;
        notes::add(&self.pool, &child, note).await
    }
    async fn update_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
        note: &NoteWords,
    ) -> Result<(), RecordError> {
        let child: AllowedChild<AddingSchoolView> =
            self.gate.allow(&self.pool, viewer, child_id, NOTES).await?;
        notes::update(&self.pool, &child, note_id, note).await
    }
    async fn delete_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
    ) -> Result<(), RecordError> {
        // The family deletes any note; a professional only their own.
        let access = self.gate.access(&self.pool, viewer, child_id).await?;
        if access.role == Role::Professional {
            let child: AllowedChild<AddingSchoolView> =
                self.gate.allow(&self.pool, viewer, child_id, NOTES).await?;
            notes::delete_own(&self.pool, &child, note_id).await
        } else {
            let child = self.changing(viewer, child_id, NOTES).await?;
            notes::delete_by_family(&self.pool, &child, note_id).await
        }
    }

    async fn draft(&self, viewer: &Viewer, place: &str) -> Result<Option<Draft>, RecordError> {
        drafts::get(&self.pool, viewer, place).await
    }
    async fn save_draft(
        &self,
        viewer: &Viewer,
        place: &str,
        body: &str,
    ) -> Result<(), RecordError> {
        drafts::save(&self.pool, viewer, place, body).await
    }
    async fn clear_draft(&self, viewer: &Viewer, place: &str) -> Result<(), RecordError> {
        drafts::clear(&self.pool, viewer, place).await
    }
}

#[cfg(test)]
mod tests;
