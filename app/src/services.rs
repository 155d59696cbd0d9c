//! What pages ask of the server. The server crate implements these over its database and puts them in
//! each request's context; `app` never touches SQL, and every method checks who is asking.

use crate::record::about_me::{AboutMePart, CheckedEntry};
use crate::record::cards::{Card, Pile, SavedVoiceNote};
use crate::record::child::ChildDetails;
use crate::record::dates::Date;
use crate::record::documents::{DocumentFile, NewDocument, SavedDocument};
use crate::record::goal::{GoalState, GoalWords};
use crate::record::notes::{NoteWords, SavedNote};
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

impl RecordError {
    /// The status a response with this error answers with: 404 for not found (never "not yours"),
    /// 409 for a conflict, 503 when storage failed.
    pub fn status(&self) -> http::StatusCode {
        match self {
            RecordError::NotFound => http::StatusCode::NOT_FOUND,
            RecordError::ChangedMeanwhile => http::StatusCode::CONFLICT,
            RecordError::Unavailable => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Why a voice note was not kept. The limits are in `crate::record::voice_notes`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoiceNoteRefused {
    /// The bytes are not sound in a container browsers play, whatever they were labelled.
    #[error("not a sound recording")]
    NotAudio,
    /// Bigger than one note may be.
    #[error("too big for one voice note")]
    TooBig,
    /// The child has as many notes, or as much sound, as Heard keeps for one child.
    #[error("no room left for this child's voice notes")]
    ChildFull,
    /// This person saved as many notes as they may in the last hour; one more may be saved in
    /// `minutes`.
    #[error("too many voice notes in the last hour; wait {minutes} minutes")]
    TooOften { minutes: u32 },
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// Why a document was not kept. The limits are in `crate::record::documents`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentRefused {
    /// The form came with no file chosen (or an empty one).
    #[error("no file")]
    NoFile,
    /// The bytes are not a PDF, picture or Word file, whatever the file was called.
    #[error("not a kind of file Heard keeps")]
    NotADocument,
    /// Bigger than one document may be.
    #[error("too big for one document")]
    TooBig,
    /// The child's documents together would be more than Heard keeps for one child.
    #[error("no room left for this child's documents")]
    ChildFull,
    #[error(transparent)]
    Record(#[from] RecordError),
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
    /// The school's rating and comment for goals at a review point: all a professional with change
    /// access may change. Marked as theirs when a professional gives it.
    async fn save_school_view(
        &self,
        viewer: &Viewer,
        child_id: i64,
        review_point_id: i64,
        views: &[crate::record::review::SchoolView],
    ) -> Result<(), RecordError>;

    /// The picture cards sorted so far, in card order.
    async fn card_choices(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<(Card, Pile)>, RecordError>;
    /// Puts a card on a pile, or back among the unsorted ones (`None`).
    async fn choose_card(
        &self,
        viewer: &Viewer,
        child_id: i64,
        card: Card,
        pile: Option<Pile>,
    ) -> Result<(), RecordError>;
    /// Voice notes, newest first, without their sound.
    async fn voice_notes(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedVoiceNote>, RecordError>;
    /// Keeps a voice note if its bytes are sound (the kind is found from them, not from any label)
    /// and it is within the limits for one note, one child and one hour.
    async fn add_voice_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        audio: &[u8],
    ) -> Result<i64, VoiceNoteRefused>;
    /// A voice note's sound and its media type.
    async fn voice_note_audio(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
    ) -> Result<(String, Vec<u8>), RecordError>;
    async fn delete_voice_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
    ) -> Result<(), RecordError>;

    /// Documents on the record, newest date first, without their files.
    async fn documents(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedDocument>, RecordError>;
    /// Keeps a document if its bytes are a kind Heard keeps (found from them, never the name) and it
    /// is within the limits for one document and one child.
    async fn add_document(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document: &NewDocument,
        content: &[u8],
    ) -> Result<i64, DocumentRefused>;
    /// A document's file, to download (logged as a download).
    async fn document_file(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document_id: i64,
    ) -> Result<DocumentFile, RecordError>;
    async fn delete_document(
        &self,
        viewer: &Viewer,
        child_id: i64,
        document_id: i64,
    ) -> Result<(), RecordError>;

    /// Notes from school and others, newest day first, each marked with who wrote it.
    async fn notes(&self, viewer: &Viewer, child_id: i64) -> Result<Vec<SavedNote>, RecordError>;
    /// A note from a professional the family let change what they share (no one else writes one).
    async fn add_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note: &NoteWords,
    ) -> Result<i64, RecordError>;
    /// Changes a note's words: only its writer, while the family still lets them change.
    async fn update_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
        note: &NoteWords,
    ) -> Result<(), RecordError>;
    /// Deletes a note: the family (a parent or carer, a young person in control), or its writer.
    async fn delete_note(
        &self,
        viewer: &Viewer,
        child_id: i64,
        note_id: i64,
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

use crate::people::{
    AccessLogEntry, ChildAccess, InvitationSummary, MyAccount, NewInvitation, PendingInvitation,
    PersonWithAccess, Role, Share,
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    /// No live link with this secret: mistyped, or cancelled by the family.
    #[error("no such invitation")]
    Unknown,
    #[error("the link is out of date")]
    Expired,
    #[error("the link was used already")]
    Used,
    /// A young person's account can be the young person of one record only.
    #[error("this account is already a young person's own")]
    AlreadyYoungPerson,
    /// The account already has its place with this family or child; a link never adds a second,
    /// stronger one (see `heard_server::people::invitations`). Nothing changed, and the link still
    /// works for the person it was meant for.
    #[error("this account already has a place with this family")]
    AlreadyWithFamily,
    #[error("storage failed")]
    Unavailable,
}

/// What the server hands the page when saying yes did not work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptRefused(pub InvitationError);

/// Everything the "who can see" page shows for one child.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhoCanSee {
    pub people: Vec<PersonWithAccess>,
    /// Advocates seeing the record now.
    pub shares: Vec<Share>,
    /// Shares withdrawn or past their last day, newest first: the family sees that they ended.
    pub ended: Vec<Share>,
    pub invitations: Vec<PendingInvitation>,
}

/// Where an accepted invitation leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    pub role: Role,
    pub child_id: Option<i64>,
}

/// Who may see a child's record, invitations, and who has seen it. Every method checks who is asking.
#[async_trait::async_trait]
pub trait People: Send + Sync {
    /// What this person may do with this child's record (pages show only what they may use; the
    /// records service checks again on every call).
    async fn access(&self, viewer: &Viewer, child_id: i64) -> Result<ChildAccess, RecordError>;
    async fn who_can_see(&self, viewer: &Viewer, child_id: i64) -> Result<WhoCanSee, RecordError>;
    /// Makes an invitation link for this child's record; returns the invitation's id.
    async fn invite(
        &self,
        viewer: &Viewer,
        child_id: i64,
        invitation: &NewInvitation,
    ) -> Result<i64, RecordError>;
    async fn cancel_invitation(
        &self,
        viewer: &Viewer,
        child_id: i64,
        invitation_id: i64,
    ) -> Result<(), RecordError>;
    /// From 16, a young person in control stops a parent or carer seeing their record, at once.
    async fn stop_parent(
        &self,
        viewer: &Viewer,
        child_id: i64,
        account_id: i64,
    ) -> Result<(), RecordError>;
    /// Stops an advocate's access to this child at once.
    async fn withdraw_share(
        &self,
        viewer: &Viewer,
        child_id: i64,
        share_id: i64,
    ) -> Result<(), RecordError>;
    /// Who has read or changed the record, newest first, leaving out the viewer's own visits.
    async fn access_log(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<AccessLogEntry>, RecordError>;

    /// What a link offers, shown before the invited person says yes. Needs no sign-in: the secret in
    /// the link is the key.
    async fn invitation(&self, token: &str) -> Result<InvitationSummary, InvitationError>;
    /// Uses the link: the person joins the family, becomes the young person of the record, or gets
    /// the share. `name` is how the family will see them.
    async fn accept_invitation(
        &self,
        viewer: &Viewer,
        token: &str,
        name: &str,
    ) -> Result<Accepted, InvitationError>;

    /// For an advocate: every child shared with them now, newest first.
    async fn shared_with_me(&self, viewer: &Viewer) -> Result<Vec<Share>, RecordError>;
    /// The signed-in person's own account: their name and email.
    async fn my_account(&self, viewer: &Viewer) -> Result<MyAccount, RecordError>;
    /// Sets the name the people who see the same records know this person by (empty: none given).
    async fn set_my_name(&self, viewer: &Viewer, name: &str) -> Result<(), RecordError>;
    /// For a young person: the id of their own record.
    async fn own_record(&self, viewer: &Viewer) -> Result<Option<i64>, RecordError>;
    /// Everything stored about a child, as JSON text, for the family or the young person to keep.
    async fn export_json(&self, viewer: &Viewer, child_id: i64) -> Result<String, RecordError>;
    /// Deletes a child's record and everything in it, for good.
    async fn delete_child(&self, viewer: &Viewer, child_id: i64) -> Result<(), RecordError>;
    /// Deletes the person's account; a family they looked after alone goes with it.
    async fn delete_account(&self, viewer: &Viewer) -> Result<(), RecordError>;
    /// From the end of compulsory school age, the young person decides who sees their record.
    async fn take_control(
        &self,
        viewer: &Viewer,
        child_id: i64,
        today: Date,
    ) -> Result<(), RecordError>;

    /// Makes a link to the review pack for a named person with no account; returns its secret, to
    /// show once. Only whoever may change who sees the record, with a confirmed email; documents
    /// only of this child's, and only by someone who may read them.
    async fn make_pack_link(
        &self,
        viewer: &Viewer,
        child_id: i64,
        link: &crate::pack_links::NewPackLink,
    ) -> Result<String, crate::pack_links::PackLinkRefused>;
    /// The pack links that work today, for whoever may change who sees the record.
    async fn pack_links(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<crate::pack_links::PackLink>, RecordError>;
    /// Stops a pack link at once.
    async fn withdraw_pack_link(
        &self,
        viewer: &Viewer,
        child_id: i64,
        link_id: i64,
    ) -> Result<(), RecordError>;
    /// Opens a pack link: needs no sign-in, the secret is the key. Every opening is logged.
    async fn open_pack_link(
        &self,
        secret: &str,
    ) -> Result<crate::pack_links::OpenedPack, crate::pack_links::PackLinkError>;
    /// A document chosen to go with a pack link, to download through the link while it works; one
    /// not chosen for it is unknown. Every download is logged.
    async fn pack_link_document(
        &self,
        secret: &str,
        document_id: i64,
    ) -> Result<crate::record::documents::DocumentFile, crate::pack_links::PackLinkError>;
}

/// The people service as pages find it in context.
pub type PeopleService = Arc<dyn People>;

/// The people service for this request. The server always provides one.
pub fn use_people() -> PeopleService {
    leptos::prelude::use_context::<PeopleService>().expect("the server provides People")
}
