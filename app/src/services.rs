//! What pages ask of the server. The server crate implements these over its database and puts them in
//! each request's context; `app` never touches SQL, and every method checks who is asking.

use crate::record::about_me::{AboutMePart, CheckedEntry};
use crate::record::child::ChildDetails;
use crate::record::dates::Date;
use crate::record::goal::{GoalState, GoalWords};
use crate::record::review::ReviewWords;
use crate::record::saved::{Draft, SavedChild, SavedEntry, SavedGoal, SavedReviewPoint};
use crate::scope::Viewer;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// No such child, entry or goal for this person: it does not exist, or it is another family's.
    /// The two are never told apart, so ids cannot be probed.
    #[error("not found")]
    NotFound,
    /// Someone saved this since the person started editing; nothing was overwritten.
    #[error("changed meanwhile")]
    ChangedMeanwhile,
    /// A fault on our side; the detail is logged, the person is asked to try again.
    #[error("storage failed")]
    Unavailable,
}

/// Which way to move a goal in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

#[async_trait::async_trait]
pub trait FamilyRecords: Send + Sync {
    async fn children(&self, viewer: &Viewer) -> Result<Vec<SavedChild>, RecordError>;
    async fn child(&self, viewer: &Viewer, child_id: i64) -> Result<SavedChild, RecordError>;
    async fn add_child(&self, viewer: &Viewer, details: &ChildDetails) -> Result<i64, RecordError>;
    async fn update_child(
        &self,
        viewer: &Viewer,
        child_id: i64,
        details: &ChildDetails,
        based_on_version: i64,
    ) -> Result<(), RecordError>;

    /// Every entry at its newest version, in part order then oldest first.
    async fn about_me(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedEntry>, RecordError>;
    /// An entry's versions, newest first.
    async fn entry_history(
        &self,
        viewer: &Viewer,
        child_id: i64,
        entry_id: i64,
    ) -> Result<Vec<SavedEntry>, RecordError>;
    async fn add_entry(
        &self,
        viewer: &Viewer,
        child_id: i64,
        part: AboutMePart,
        entry: &CheckedEntry,
    ) -> Result<i64, RecordError>;
    async fn update_entry(
        &self,
        viewer: &Viewer,
        child_id: i64,
        entry_id: i64,
        entry: &CheckedEntry,
    ) -> Result<(), RecordError>;

    /// Every goal, active ones first in the family's order, then achieved and stopped ones.
    async fn goals(&self, viewer: &Viewer, child_id: i64) -> Result<Vec<SavedGoal>, RecordError>;
    async fn add_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal: &GoalWords,
    ) -> Result<i64, RecordError>;
    async fn update_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        goal: &GoalWords,
        based_on_version: i64,
    ) -> Result<(), RecordError>;
    async fn move_goal(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        direction: Direction,
    ) -> Result<(), RecordError>;
    async fn set_goal_state(
        &self,
        viewer: &Viewer,
        child_id: i64,
        goal_id: i64,
        state: GoalState,
        on: Date,
    ) -> Result<(), RecordError>;

    /// Every review point, oldest first. The current school year's three are made (on their default
    /// dates) the first time they are asked for.
    async fn review_points(
        &self,
        viewer: &Viewer,
        child_id: i64,
        today: Date,
    ) -> Result<Vec<SavedReviewPoint>, RecordError>;
    async fn save_review(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        held_on: Date,
        review: &ReviewWords,
        based_on_version: i64,
    ) -> Result<(), RecordError>;
    async fn save_questions(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        questions: &str,
        based_on_version: i64,
    ) -> Result<(), RecordError>;

    async fn draft(&self, viewer: &Viewer, place: &str) -> Result<Option<Draft>, RecordError>;
    async fn save_draft(&self, viewer: &Viewer, place: &str, body: &str)
        -> Result<(), RecordError>;
    async fn clear_draft(&self, viewer: &Viewer, place: &str) -> Result<(), RecordError>;
}

/// The records service as pages find it in context.
pub type Records = Arc<dyn FamilyRecords>;

/// The records service for this request. The server always provides one.
pub fn use_records() -> Records {
    leptos::prelude::use_context::<Records>().expect("the server provides FamilyRecords")
}

use crate::local_offer::service::{SavedService, Service};
use crate::local_offer::{SearchQuery, SearchResults};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalOfferError {
    /// No service with this id has ever been imported.
    #[error("no such service")]
    NotFound,
    /// The search asked for distances from a postcode area Heard has no location for.
    #[error("postcode area not known")]
    UnknownDistrict,
    /// A fault on our side; the detail is logged, the person is asked to try again.
    #[error("storage failed")]
    Unavailable,
}

/// A service and whether the council still lists it (a service dropped from the feed stays, so what
/// families saved is never lost, but it is marked).
#[derive(Debug, Clone, PartialEq)]
pub struct ListedService {
    pub service: Service,
    pub still_listed: bool,
}

/// The council's Local Offer: searching needs no sign-in; saving to a child's record follows the
/// record's access rule.
#[async_trait::async_trait]
pub trait LocalOffer: Send + Sync {
    /// One page of services that match, best first, each with why it matched.
    async fn search(&self, query: &SearchQuery) -> Result<SearchResults, LocalOfferError>;
    async fn service(&self, id: &str) -> Result<ListedService, LocalOfferError>;

    /// Saves a service to a child's record with the family's note; returns the saved row's id.
    /// Saving the same service again updates the note.
    async fn save_service(
        &self,
        viewer: &Viewer,
        child_id: i64,
        service_id: &str,
        note: &str,
    ) -> Result<i64, RecordError>;
    /// Services saved to a child's record, newest first.
    async fn saved_services(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedService>, RecordError>;
    async fn forget_saved_service(
        &self,
        viewer: &Viewer,
        child_id: i64,
        saved_id: i64,
    ) -> Result<(), RecordError>;
}

/// The Local Offer service as pages find it in context.
pub type Directory = Arc<dyn LocalOffer>;

/// The Local Offer for this request. The server always provides one.
pub fn use_directory() -> Directory {
    leptos::prelude::use_context::<Directory>().expect("the server provides LocalOffer")
}
