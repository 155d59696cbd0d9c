//! The access matrix: every service method a page or island can reach, asked by every kind of person
//! about their own family's child and another family's child, each cell allowed or refused as the
//! consent rules say. Real SQLite file, real invitations, real shares.
//!
//! The expected answers are written out here by hand, not worked out from `ChildAccess`, so a change
//! to the rule that is not also a change to this table fails.

use super::PeopleStore;
use crate::local_offer::{import, oruk, synthetic, LocalOfferStore};
use crate::storage;
use crate::test_world::TestDb;
use heard_app::people::{Job, NewInvitation, RecordPart, Role};
use heard_app::record::about_me::CheckedEntry;
use heard_app::record::cards::{Card, Pile};
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates::{self, Date};
use heard_app::record::documents::{DocumentKind, NewDocument};
use heard_app::record::goal::GoalWords;
use heard_app::record::notes::NoteWords;
use heard_app::record::review::{ReviewWords, SchoolView};
use heard_app::record::{
    AboutMePart, AreaOfNeed, Author, GoalState, GoalTheme, Rating, SupportStatus,
};
use heard_app::scope::Viewer;
use heard_app::services::{
    Direction, DocumentRefused, FamilyRecords, InvitationError, LocalOffer, People, RecordError,
    VoiceNoteRefused,
};
use std::collections::BTreeSet;

mod accepting;
mod notes;
mod pack_links;
use accepting::{accept_cell, may_accept};
use pack_links::{link_refused, pack_link};

/// The start of a WebM recording as Chrome's `MediaRecorder` writes it: enough to be known as sound.
const WEBM: &[u8] = &[
    0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81,
    0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, b'w', b'e', b'b', b'm', 0x42, 0x87, 0x81, 0x04,
    0x42, 0x85, 0x81, 0x02, 0x18, 0x53, 0x80, 0x67,
];

fn d(iso: &str) -> Date {
    dates::from_iso(iso).unwrap()
}

fn today() -> Date {
    heard_app::clock::today()
}

/// A fresh database with a small Local Offer in it, and the services the matrix calls.
struct World {
    db: TestDb,
    offer: LocalOfferStore,
    people: PeopleStore,
}

impl std::ops::Deref for World {
    type Target = TestDb;
    fn deref(&self) -> &TestDb {
        &self.db
    }
}

async fn world() -> World {
    let db = TestDb::fresh().await;
    let feed = oruk::read_json(&serde_json::to_vec(&synthetic::feed(3, 1)).unwrap()).unwrap();
    import::store(&db.pool, &Default::default(), "test feed", feed)
        .await
        .unwrap();
    World {
        offer: LocalOfferStore::new(db.pool.clone()),
        people: PeopleStore::new(db.pool.clone()),
        db,
    }
}

impl World {
    async fn child(&self, parent: &Viewer, name: &str, born: &str) -> i64 {
        let details = ChildDetails {
            called_name: name.into(),
            date_of_birth: d(born),
            setting: String::new(),
            year_group_chosen: None,
            support_status: SupportStatus::EhcPlan,
            key_dates: KeyDates::default(),
            areas_of_need: vec![AreaOfNeed::CommunicationAndInteraction],
        };
        self.records.add_child(parent, &details).await.unwrap()
    }

    /// Invites by the real path: the family makes a link, the person uses it.
    async fn invite(
        &self,
        by: &Viewer,
        child_id: i64,
        who: &Viewer,
        invitation: NewInvitation,
    ) -> Result<(), InvitationError> {
        self.people.invite(by, child_id, &invitation).await.unwrap();
        let token = latest_token(self).await;
        self.people
            .accept_invitation(who, &token, &who.email)
            .await
            .map(|_| ())
    }

    async fn first_service(&self) -> String {
        storage::query_scalar("SELECT id FROM services ORDER BY id LIMIT 1")
            .fetch_one(&self.pool)
            .await
            .unwrap()
    }

    /// Rows in every table a refused call must leave alone.
    async fn row_counts(&self) -> Vec<i64> {
        let mut counts = Vec::new();
        for table in [
            "family_members",
            "children",
            "about_me_versions",
            "goals",
            "review_points",
            "goal_ratings",
            "saved_services",
            "card_choices",
            "voice_notes",
            "documents",
            "professional_notes",
            "invitations",
            "shares",
            "parents_stopped",
            "pack_links",
            "pack_link_documents",
        ] {
            counts.push(self.rows_in(table).await);
        }
        counts.push(
            storage::query_scalar("SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM children")
                .fetch_one(&self.pool)
                .await
                .unwrap(),
        );
        counts.push(
            storage::query_scalar("SELECT COUNT(*) FROM shares WHERE withdrawn_at IS NOT NULL")
                .fetch_one(&self.pool)
                .await
                .unwrap(),
        );
        counts.push(
            storage::query_scalar(
                "SELECT COUNT(*) FROM invitations WHERE cancelled_at IS NOT NULL",
            )
            .fetch_one(&self.pool)
            .await
            .unwrap(),
        );
        counts
    }
}

fn advocate(parts: &[RecordPart], may_change: bool) -> NewInvitation {
    NewInvitation {
        role: Role::Advocate,
        for_name: String::new(),
        child_id: None,
        parts: parts.to_vec(),
        may_change,
        until: None,
        email_to: None,
        job: None,
        organisation: String::new(),
    }
}

fn professional(parts: &[RecordPart], may_change: bool) -> NewInvitation {
    NewInvitation {
        role: Role::Professional,
        job: Some(Job::Senco),
        organisation: "Riverside Academy".into(),
        ..advocate(parts, may_change)
    }
}

fn words(outcome: &str) -> GoalWords {
    GoalWords {
        outcome: outcome.into(),
        theme: GoalTheme::Need(AreaOfNeed::CommunicationAndInteraction),
        support: String::new(),
        measure: String::new(),
        by_when: None,
    }
}

fn entry(author: Author) -> CheckedEntry {
    CheckedEntry {
        text: "Likes trains".into(),
        author,
        based_on_version: Some(1),
    }
}

/// Every kind of person the matrix asks as.
const ROLES: &[&str] = &[
    "parent",
    "second parent",
    "young person",
    "advocate reads about me",
    "advocate changes about me",
    "advocate reads goals",
    "advocate changes goals",
    "advocate reads saved services",
    "advocate changes saved services",
    "advocate reads documents",
    "advocate changes documents",
    "advocate reads notes",
    "advocate changes notes",
    "professional reads",
    "professional changes",
    "advocate after withdrawal",
    "advocate after the end date",
    "stranger",
];

const FAMILY: &[&str] = &["parent", "second parent"];

/// Every advocate and professional whose share is still running.
const LIVE_ADVOCATES: &[&str] = &[
    "advocate reads about me",
    "advocate changes about me",
    "advocate reads goals",
    "advocate changes goals",
    "advocate reads saved services",
    "advocate changes saved services",
    "advocate reads documents",
    "advocate changes documents",
    "advocate reads notes",
    "advocate changes notes",
    "professional reads",
    "professional changes",
];

/// The professionals, each shared about me, goals and notes: one to read, one to read and change.
const PROFESSIONALS: &[&str] = &["professional reads", "professional changes"];

/// Who may call each method about their own family's child. Another family's child: nobody.
fn allowed(method: &str) -> BTreeSet<&'static str> {
    let mut who: Vec<&str> = FAMILY.to_vec();
    let plus = |extra: &[&'static str]| {
        let mut all = FAMILY.to_vec();
        all.extend_from_slice(extra);
        all
    };
    match method {
        "child" | "access" => {
            who = plus(&["young person"]);
            who.extend_from_slice(LIVE_ADVOCATES);
        }
        "update_child" => {}
        "about_me" | "entry_history" | "card_choices" | "voice_notes" | "voice_note_audio" => {
            who = plus(&[
                "young person",
                "advocate reads about me",
                "advocate changes about me",
            ]);
            who.extend_from_slice(PROFESSIONALS);
        }
        "add_entry" | "update_entry" | "choose_card" | "add_voice_note" | "delete_voice_note" => {
            who = plus(&["young person", "advocate changes about me"])
        }
        "goals" | "review_points" => {
            who = plus(&[
                "young person",
                "advocate reads goals",
                "advocate changes goals",
            ]);
            who.extend_from_slice(PROFESSIONALS);
        }
        // The school's view at a review point: whoever may change goals, and a professional the
        // family let change what they share (and nothing else of it).
        "save_school_view" => who = plus(&["advocate changes goals", "professional changes"]),
        "add_goal" | "update_goal" | "move_goal" | "set_goal_state" | "save_review"
        | "save_questions" => who = plus(&["advocate changes goals"]),
        "saved_services" => {
            who = plus(&[
                "young person",
                "advocate reads saved services",
                "advocate changes saved services",
            ])
        }
        "save_service" | "forget_saved_service" => who = plus(&["advocate changes saved services"]),
        "documents" | "document_file" => {
            who = plus(&[
                "young person",
                "advocate reads documents",
                "advocate changes documents",
            ])
        }
        "add_document" | "delete_document" => who = plus(&["advocate changes documents"]),
        // Notes from school and others: read by whoever they are shared with; written only by a
        // professional the family let change (and changed only by their writer: each cell's note
        // is the caller's own); deleted by the family, or by the professional who wrote it. An
        // advocate who may change what is shared still only reads notes.
        "notes" => {
            who = plus(&[
                "young person",
                "advocate reads notes",
                "advocate changes notes",
            ]);
            who.extend_from_slice(PROFESSIONALS);
        }
        "add_note" | "update_note" => who = vec!["professional changes"],
        "delete_note" => who = plus(&["professional changes"]),
        "who_can_see" | "access_log" => who = plus(&["young person"]),
        // The secret in a waiting link: only for whoever may send it (the young person reading the
        // page sees that a link is waiting, not the link).
        "see_invitation_links" => {}
        "invite" | "cancel_invitation" | "withdraw_share" => {}
        // Sharing the review pack by a link: whoever may change who sees the record (a young person
        // in control, from 16, in `pack_links_follow_the_say_over_the_record`).
        "make_pack_link" | "pack_links" | "withdraw_pack_link" => {}
        // Choosing documents to go with a link: whoever makes links, as they may read documents.
        // The download through a link asks for no account (the secret is the key): its cells, for
        // every role and signed out, are in `pack_links::a_links_documents_are_only_those_chosen`.
        "make_pack_link_with_documents" => {}
        // Only a young person who has taken control (from 16); the matrix's young person is 10.
        "stop_parent" => who.clear(),
        other => panic!("no expectation for {other}"),
    }
    who.into_iter().collect()
}

const METHODS: &[&str] = &[
    "access",
    "child",
    "update_child",
    "about_me",
    "entry_history",
    "add_entry",
    "update_entry",
    "card_choices",
    "choose_card",
    "voice_notes",
    "add_voice_note",
    "voice_note_audio",
    "delete_voice_note",
    "goals",
    "add_goal",
    "update_goal",
    "move_goal",
    "set_goal_state",
    "review_points",
    "save_review",
    "save_questions",
    "save_school_view",
    "saved_services",
    "save_service",
    "forget_saved_service",
    "documents",
    "add_document",
    "document_file",
    "delete_document",
    "notes",
    "add_note",
    "update_note",
    "delete_note",
    "who_can_see",
    "access_log",
    "see_invitation_links",
    "invite",
    "cancel_invitation",
    "withdraw_share",
    "stop_parent",
    "make_pack_link",
    "pack_links",
    "withdraw_pack_link",
    "make_pack_link_with_documents",
];

/// One family's child and what the matrix needs in it: an entry, two goals, a review point, a saved
/// service, a live invitation and a spare advocate share to cancel and withdraw.
struct Record {
    child: i64,
    entry: i64,
    goal: i64,
    review_point: i64,
    saved: i64,
    voice_note: i64,
    document: i64,
}

async fn record_with_everything(w: &World, parent: &Viewer, name: &str, born: &str) -> Record {
    let child = w.child(parent, name, born).await;
    let entry = w
        .records
        .add_entry(
            parent,
            child,
            AboutMePart::ImportantToMe,
            &entry(Author::ParentOrCarer),
        )
        .await
        .unwrap();
    let goal = w
        .records
        .add_goal(parent, child, &words("Say hello"))
        .await
        .unwrap();
    w.records
        .add_goal(parent, child, &words("Ask for help"))
        .await
        .unwrap();
    let review_point = w
        .records
        .review_points(parent, child, today())
        .await
        .unwrap()[0]
        .id;
    let service = w.first_service().await;
    let saved = w
        .offer
        .save_service(parent, child, &service, "near school")
        .await
        .unwrap();
    let voice_note = w.records.add_voice_note(parent, child, WEBM).await.unwrap();
    let document = w
        .records
        .add_document(parent, child, &letter(), PDF)
        .await
        .unwrap();
    Record {
        child,
        entry,
        goal,
        review_point,
        saved,
        voice_note,
        document,
    }
}

/// Calls one method as one person about one record; `Err(NotFound)` is a refusal, anything else
/// (including "changed meanwhile") got past the access rule.
async fn call(w: &World, who: &Viewer, method: &str, r: &Record, family: &Viewer) -> bool {
    let c = r.child;
    let version = |sql: &'static str, id: i64| async move { w.scalar(sql, id).await };
    let refused = |result: Result<(), RecordError>| matches!(result, Err(RecordError::NotFound));
    let outcome: Result<(), RecordError> = match method {
        "access" => w.people.access(who, c).await.map(|_| ()),
        "child" => w.records.child(who, c).await.map(|_| ()),
        "update_child" => {
            let saved = w.records.child(family, c).await.unwrap();
            w.records
                .update_child(who, c, &saved.details, saved.version)
                .await
        }
        "about_me" => w.records.about_me(who, c).await.map(|_| ()),
        "entry_history" => w.records.entry_history(who, c, r.entry).await.map(|_| ()),
        "add_entry" => w
            .records
            .add_entry(
                who,
                c,
                AboutMePart::HowToSupportMe,
                &entry(Author::ParentOrCarer),
            )
            .await
            .map(|_| ()),
        "update_entry" => {
            let mut e = entry(Author::ParentOrCarer);
            e.based_on_version = Some(
                version(
                    "SELECT version FROM about_me_entries WHERE id = $1",
                    r.entry,
                )
                .await,
            );
            w.records.update_entry(who, c, r.entry, &e).await
        }
        "card_choices" => w.records.card_choices(who, c).await.map(|_| ()),
        "choose_card" => {
            w.records
                .choose_card(who, c, Card::Music, Some(Pile::Like))
                .await
        }
        "voice_notes" => w.records.voice_notes(who, c).await.map(|_| ()),
        "add_voice_note" => match w.records.add_voice_note(who, c, WEBM).await {
            Ok(_) => Ok(()),
            Err(VoiceNoteRefused::Record(error)) => Err(error),
            Err(refused) => panic!("{} refused a voice note: {refused}", who.email),
        },
        "voice_note_audio" => w
            .records
            .voice_note_audio(who, c, r.voice_note)
            .await
            .map(|_| ()),
        "delete_voice_note" => {
            // A fresh note each time, so deleting it harms no other cell. Put in directly, so the
            // matrix does not run into the family's hourly limit on saving notes.
            let note: i64 = storage::query_scalar(
                "INSERT INTO voice_notes (child_id, media_type, audio, recorded_by, recorded_at)
                 VALUES ($1, 'audio/webm', $2, $3, 0) RETURNING id",
            )
            .bind(c)
            .bind(WEBM)
            .bind(family.account_id)
            .fetch_one(&w.pool)
            .await
            .unwrap();
            w.records.delete_voice_note(who, c, note).await
        }
        "goals" => w.records.goals(who, c).await.map(|_| ()),
        "add_goal" => w
            .records
            .add_goal(who, c, &words("Join a club"))
            .await
            .map(|_| ()),
        "update_goal" => {
            let v = version("SELECT version FROM goals WHERE id = $1", r.goal).await;
            w.records
                .update_goal(who, c, r.goal, &words("Say hello first"), v)
                .await
        }
        "move_goal" => w.records.move_goal(who, c, r.goal, Direction::Down).await,
        "set_goal_state" => {
            w.records
                .set_goal_state(who, c, r.goal, GoalState::Active, today())
                .await
        }
        "review_points" => w.records.review_points(who, c, today()).await.map(|_| ()),
        "save_review" => {
            let v = version(
                "SELECT version FROM review_points WHERE id = $1",
                r.review_point,
            )
            .await;
            w.records
                .save_review(who, c, r.review_point, today(), &ReviewWords::default(), v)
                .await
        }
        "save_questions" => {
            let v = version(
                "SELECT version FROM review_points WHERE id = $1",
                r.review_point,
            )
            .await;
            w.records
                .save_questions(who, c, r.review_point, "When is the next one?", v)
                .await
        }
        "save_school_view" => {
            let view = SchoolView {
                goal_id: r.goal,
                school_rating: Rating::new(3),
                school_comment: "Reading more".into(),
            };
            w.records
                .save_school_view(who, c, r.review_point, &[view])
                .await
        }
        "saved_services" => w.offer.saved_services(who, c).await.map(|_| ()),
        "save_service" => {
            let service = w.first_service().await;
            w.offer
                .save_service(who, c, &service, "a note")
                .await
                .map(|_| ())
        }
        "forget_saved_service" => {
            let result = w.offer.forget_saved_service(who, c, r.saved).await;
            // Put it back, so the next person has something to forget.
            if result.is_ok() {
                let service = w.first_service().await;
                w.offer
                    .save_service(family, c, &service, "near school")
                    .await
                    .unwrap();
                let id = w
                    .scalar("SELECT id FROM saved_services WHERE child_id = $1", c)
                    .await;
                storage::query("UPDATE saved_services SET id = $1 WHERE id = $2")
                    .bind(r.saved)
                    .bind(id)
                    .execute(&w.pool)
                    .await
                    .unwrap();
            }
            result
        }
        "documents" => w.records.documents(who, c).await.map(|_| ()),
        "add_document" => match w.records.add_document(who, c, &letter(), PDF).await {
            Ok(_) => Ok(()),
            Err(DocumentRefused::Record(error)) => Err(error),
            Err(refused) => panic!("{} refused a document: {refused}", who.email),
        },
        "document_file" => w
            .records
            .document_file(who, c, r.document)
            .await
            .map(|_| ()),
        "delete_document" => {
            // A fresh document each time, so deleting it harms no other cell.
            let spare: i64 = storage::query_scalar(
                "INSERT INTO documents (child_id, kind, dated, note, file_name, media_type, size, content, added_by, added_at)
                 VALUES ($1, 'letter', '2025-01-02', '', 'spare.pdf', 'application/pdf', 5, $2, NULL, 0) RETURNING id",
            )
            .bind(c)
            .bind(PDF)
            .fetch_one(&w.pool)
            .await
            .unwrap();
            w.records.delete_document(who, c, spare).await
        }
        "notes" => w.records.notes(who, c).await.map(|_| ()),
        "add_note" => w.records.add_note(who, c, &note()).await.map(|_| ()),
        "update_note" => {
            // A fresh note "written by" the caller each time: only a professional's own is changed.
            let mine = spare_note(w, c, who).await;
            w.records.update_note(who, c, mine, &note()).await
        }
        "delete_note" => {
            let mine = spare_note(w, c, who).await;
            w.records.delete_note(who, c, mine).await
        }
        "who_can_see" => w.people.who_can_see(who, c).await.map(|_| ()),
        "access_log" => w.people.access_log(who, c).await.map(|_| ()),
        "see_invitation_links" => {
            // A fresh link waiting, so there is always one to see.
            w.people
                .invite(family, c, &advocate(&[RecordPart::AboutMe], false))
                .await
                .unwrap();
            match w.people.who_can_see(who, c).await {
                Ok(seen) if seen.invitations.iter().any(|i| i.token.is_some()) => Ok(()),
                Ok(seen) => {
                    assert!(!seen.invitations.is_empty(), "the link waiting is listed");
                    Err(RecordError::NotFound)
                }
                Err(error) => Err(error),
            }
        }
        "invite" => w
            .people
            .invite(who, c, &advocate(&[RecordPart::AboutMe], false))
            .await
            .map(|_| ()),
        "cancel_invitation" => {
            let id = w
                .people
                .invite(family, c, &advocate(&[RecordPart::AboutMe], false))
                .await
                .unwrap();
            w.people.cancel_invitation(who, c, id).await
        }
        "withdraw_share" => {
            // A spare advocate's share, made fresh each time, so withdrawing it harms no other cell.
            let share: i64 = storage::query_scalar(
                "INSERT INTO shares (child_id, account_id, parts, may_change, started_at)
                 VALUES ($1, $2, 'about-me', FALSE, 0) RETURNING id",
            )
            .bind(c)
            .bind(family.account_id)
            .fetch_one(&w.pool)
            .await
            .unwrap();
            w.people.withdraw_share(who, c, share).await
        }
        "stop_parent" => w.people.stop_parent(who, c, family.account_id).await,
        "make_pack_link" => w
            .people
            .make_pack_link(who, c, &pack_link("Mr Jones"))
            .await
            .map(|_| ())
            .map_err(link_refused),
        "make_pack_link_with_documents" => {
            let mut link = pack_link("Mr Jones");
            link.documents = vec![r.document];
            w.people
                .make_pack_link(who, c, &link)
                .await
                .map(|_| ())
                .map_err(link_refused)
        }
        "pack_links" => w.people.pack_links(who, c).await.map(|_| ()),
        "withdraw_pack_link" => {
            // A fresh link each time, so withdrawing it harms no other cell.
            w.people
                .make_pack_link(family, c, &pack_link("Ms Patel"))
                .await
                .unwrap();
            let link = w
                .scalar("SELECT MAX(id) FROM pack_links WHERE child_id = $1", c)
                .await;
            w.people.withdraw_pack_link(who, c, link).await
        }
        other => panic!("no call for {other}"),
    };
    assert!(
        !matches!(outcome, Err(RecordError::Unavailable)),
        "{method} failed in storage for {}",
        who.email
    );
    !refused(outcome)
}

#[tokio::test]
async fn every_method_for_every_role_about_their_own_and_another_familys_child() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let ours = record_with_everything(&w, &parent, "Amira", "2016-05-01").await;
    let other_parent = w.person("other@example.org").await;
    let theirs = record_with_everything(&w, &other_parent, "Jonah", "2015-02-01").await;

    let mut people: Vec<(&str, Viewer)> = Vec::new();
    people.push(("parent", parent.clone()));
    let second = w.person("second@example.org").await;
    w.invite(
        &parent,
        ours.child,
        &second,
        invitation(Role::ParentOrCarer),
    )
    .await
    .unwrap();
    people.push(("second parent", second));
    let young = w.person("amira@example.org").await;
    w.invite(&parent, ours.child, &young, invitation(Role::YoungPerson))
        .await
        .unwrap();
    people.push(("young person", young));
    for (role, part, may_change) in [
        ("advocate reads about me", RecordPart::AboutMe, false),
        ("advocate changes about me", RecordPart::AboutMe, true),
        ("advocate reads goals", RecordPart::GoalsAndProgress, false),
        ("advocate changes goals", RecordPart::GoalsAndProgress, true),
        (
            "advocate reads saved services",
            RecordPart::SavedServices,
            false,
        ),
        (
            "advocate changes saved services",
            RecordPart::SavedServices,
            true,
        ),
        ("advocate reads documents", RecordPart::Documents, false),
        ("advocate changes documents", RecordPart::Documents, true),
        ("advocate reads notes", RecordPart::Notes, false),
        ("advocate changes notes", RecordPart::Notes, true),
    ] {
        let who = w
            .person(&format!("{}@example.org", role.replace(' ', "-")))
            .await;
        w.invite(&parent, ours.child, &who, advocate(&[part], may_change))
            .await
            .unwrap();
        people.push((role, who));
    }
    for (role, may_change) in [
        ("professional reads", false),
        ("professional changes", true),
    ] {
        let who = w
            .person(&format!("{}@example.org", role.replace(' ', "-")))
            .await;
        let shared = [
            RecordPart::AboutMe,
            RecordPart::GoalsAndProgress,
            RecordPart::Notes,
        ];
        w.invite(&parent, ours.child, &who, professional(&shared, may_change))
            .await
            .unwrap();
        people.push((role, who));
    }
    // Shared everything, then withdrawn by the family.
    let withdrawn = w.person("withdrawn@example.org").await;
    let every_part = RecordPart::SHAREABLE.to_vec();
    w.invite(&parent, ours.child, &withdrawn, advocate(&every_part, true))
        .await
        .unwrap();
    let share = w
        .scalar(
            "SELECT id FROM shares WHERE account_id = $1",
            withdrawn.account_id,
        )
        .await;
    w.people
        .withdraw_share(&parent, ours.child, share)
        .await
        .unwrap();
    people.push(("advocate after withdrawal", withdrawn));
    // Shared everything until yesterday.
    let ended = w.person("ended@example.org").await;
    let mut until_yesterday = advocate(&every_part, true);
    until_yesterday.until = Some(today().previous_day().unwrap());
    w.invite(&parent, ours.child, &ended, until_yesterday)
        .await
        .unwrap();
    people.push(("advocate after the end date", ended));
    people.push(("stranger", w.person("stranger@example.org").await));
    assert_eq!(people.iter().map(|(r, _)| *r).collect::<Vec<_>>(), ROLES);

    let mut wrong = Vec::new();
    for method in METHODS {
        let expected = allowed(method);
        for (role, who) in &people {
            for (whose, record, family) in [
                ("own", &ours, &parent),
                ("another family's", &theirs, &other_parent),
            ] {
                let before = w.row_counts().await;
                let was_allowed = call(&w, who, method, record, family).await;
                let should = whose == "own" && expected.contains(role);
                if was_allowed != should {
                    wrong.push(format!(
                        "{method} by {role} about {whose} child: {} but should be {}",
                        if was_allowed { "allowed" } else { "refused" },
                        if should { "allowed" } else { "refused" },
                    ));
                }
                // A refused call changes nothing, anywhere (the spare rows the cell itself made aside).
                if !was_allowed
                    && !matches!(
                        *method,
                        "cancel_invitation"
                            | "withdraw_share"
                            | "withdraw_pack_link"
                            | "delete_voice_note"
                            | "delete_document"
                            | "update_note"
                            | "delete_note"
                            | "see_invitation_links"
                    )
                {
                    assert_eq!(
                        before,
                        w.row_counts().await,
                        "{method} by {role} about {whose} child"
                    );
                }
            }
        }
    }

    // Saying yes to each kind of link, from our own family and from another, as each person.
    for kind in [
        Role::ParentOrCarer,
        Role::YoungPerson,
        Role::Advocate,
        Role::Professional,
    ] {
        for (role, who) in &people {
            for (whose, record, family) in [
                ("own", &ours, &parent),
                ("another family's", &theirs, &other_parent),
            ] {
                let was_allowed = accept_cell(&w, who, kind, record.child, family).await;
                let should = may_accept(kind, whose).contains(role);
                if was_allowed != should {
                    wrong.push(format!(
                        "accepting a link for a {} from {whose} family as {role}: {} but should be {}",
                        kind.code(),
                        if was_allowed { "allowed" } else { "refused" },
                        if should { "allowed" } else { "refused" },
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cells wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The smallest file that is a PDF by its content.
const PDF: &[u8] = b"%PDF-1.7\n%%EOF\n";

fn letter() -> NewDocument {
    NewDocument {
        kind: DocumentKind::Letter,
        dated: heard_app::record::dates::from_iso("2025-03-27").unwrap(),
        note: String::new(),
        file_name: "letter.pdf".into(),
    }
}

fn note() -> NoteWords {
    NoteWords {
        about: d("2026-11-20"),
        text: "Settled well after lunch".into(),
    }
}

/// A note put in directly as written by `by`, so a cell that changes or deletes one harms no other.
async fn spare_note(w: &World, child_id: i64, by: &Viewer) -> i64 {
    storage::query_scalar(
        "INSERT INTO professional_notes (child_id, about, text, written_by, writer_name, writer_job,
             organisation, written_at)
         VALUES ($1, '2026-11-01', 'A spare note', $2, 'Ms Patel', 'senco', 'Riverside Academy', 0)
         RETURNING id",
    )
    .bind(child_id)
    .bind(by.account_id)
    .fetch_one(&w.pool)
    .await
    .unwrap()
}

fn invitation(role: Role) -> NewInvitation {
    NewInvitation {
        role,
        ..advocate(&[], false)
    }
}

async fn latest_token(w: &World) -> String {
    storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
        .fetch_one(&w.pool)
        .await
        .unwrap()
}

/// Amira's record, her parent, and Sam: an advocate who has said yes to `parts` of it.
async fn amira_shared_with_sam(
    w: &World,
    parts: &[RecordPart],
    may_change: bool,
) -> (Viewer, i64, Viewer) {
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2013-03-12").await;
    let sam = w.person("sam@example.org").await;
    w.invite(&parent, child, &sam, advocate(parts, may_change))
        .await
        .unwrap();
    (parent, child, sam)
}

/// A new link to Amira's About me, as her parent makes it: its id and its secret.
async fn about_me_link(w: &World, parent: &Viewer, child: i64) -> (i64, String) {
    let id = w
        .people
        .invite(parent, child, &advocate(&[RecordPart::AboutMe], false))
        .await
        .unwrap();
    (id, latest_token(w).await)
}

#[tokio::test]
async fn an_invitation_works_once_for_a_week_and_not_after_it_is_cancelled() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2013-03-12").await;
    let sam = w.person("sam@example.org").await;
    let other = w.person("other@example.org").await;

    let (_, token) = about_me_link(&w, &parent, child).await;
    let summary = w.people.invitation(&token).await.unwrap();
    assert_eq!(summary.role, Role::Advocate);
    assert_eq!(summary.children, vec!["Amira".to_string()]);
    assert_eq!(summary.from, "parent@example.org");
    let accepted = w
        .people
        .accept_invitation(&sam, &token, "Sam Okafor")
        .await
        .unwrap();
    assert_eq!(accepted.child_id, Some(child));
    // Following it again is harmless for Sam, and refused for anyone else.
    assert!(w.people.accept_invitation(&sam, &token, "").await.is_ok());
    assert_eq!(
        w.people.accept_invitation(&other, &token, "").await,
        Err(InvitationError::Used)
    );
    assert!(w.records.about_me(&other, child).await.is_err());
    // The name Sam gave is what the family sees.
    let who = w.people.who_can_see(&parent, child).await.unwrap();
    assert_eq!(who.shares[0].advocate, "Sam Okafor");

    // Out of date after a week.
    let (_, token) = about_me_link(&w, &parent, child).await;
    storage::query("UPDATE invitations SET expires_at = $1 WHERE token = $2")
        .bind(crate::storage::unix_seconds_now() - 1)
        .bind(&token)
        .execute(&w.pool)
        .await
        .unwrap();
    assert_eq!(
        w.people.accept_invitation(&other, &token, "").await,
        Err(InvitationError::Expired)
    );

    // Cancelled by the family.
    let (id, token) = about_me_link(&w, &parent, child).await;
    w.people
        .cancel_invitation(&parent, child, id)
        .await
        .unwrap();
    assert_eq!(
        w.people.accept_invitation(&other, &token, "").await,
        Err(InvitationError::Unknown)
    );
    // Made-up and mangled links.
    for token in ["", "x", "0123456789abcdef0123456789abcdef", "' OR 1=1 --"] {
        assert_eq!(
            w.people.invitation(token).await,
            Err(InvitationError::Unknown),
            "{token}"
        );
    }
    assert!(w.records.about_me(&other, child).await.is_err());
}

#[tokio::test]
async fn withdrawing_stops_the_very_next_request_and_the_family_sees_it_ended() {
    let w = world().await;
    let (parent, child, sam) =
        amira_shared_with_sam(&w, &[RecordPart::GoalsAndProgress], true).await;
    assert!(w.records.goals(&sam, child).await.is_ok());
    assert_eq!(w.people.shared_with_me(&sam).await.unwrap().len(), 1);
    let share = w.people.who_can_see(&parent, child).await.unwrap().shares[0].id;
    w.people
        .withdraw_share(&parent, child, share)
        .await
        .unwrap();
    assert_eq!(
        w.records.goals(&sam, child).await,
        Err(RecordError::NotFound)
    );
    assert!(w.people.shared_with_me(&sam).await.unwrap().is_empty());
    let who = w.people.who_can_see(&parent, child).await.unwrap();
    assert!(who.shares.is_empty());
    assert_eq!(who.ended.len(), 1);
    // Withdrawing twice is "not found", not a second change.
    assert_eq!(
        w.people.withdraw_share(&parent, child, share).await,
        Err(RecordError::NotFound)
    );
}

#[tokio::test]
async fn the_log_says_who_looked_at_what_and_leaves_out_the_readers_own_visits() {
    let w = world().await;
    let (parent, child, sam) = amira_shared_with_sam(&w, &[RecordPart::AboutMe], true).await;
    w.records.about_me(&sam, child).await.unwrap();
    // Reading again straight away is the same visit.
    w.records.about_me(&sam, child).await.unwrap();
    w.records
        .add_entry(
            &sam,
            child,
            AboutMePart::HowToSupportMe,
            &entry(Author::YoungPerson),
        )
        .await
        .unwrap();
    w.records.goals(&parent, child).await.unwrap();
    let log = w.people.access_log(&parent, child).await.unwrap();
    let lines: Vec<(String, Role, RecordPart, heard_app::people::Action)> = log
        .iter()
        .map(|e| (e.who.clone(), e.role, e.part, e.action))
        .collect();
    use heard_app::people::Action;
    assert!(lines.contains(&(
        "sam@example.org".into(),
        Role::Advocate,
        RecordPart::AboutMe,
        Action::Read
    )));
    assert!(lines.contains(&(
        "sam@example.org".into(),
        Role::Advocate,
        RecordPart::AboutMe,
        Action::Change
    )));
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.3 == Action::Read && l.2 == RecordPart::AboutMe)
            .count(),
        1,
        "{lines:?}"
    );
    assert!(
        lines.iter().all(|l| l.0 != "parent@example.org"),
        "{lines:?}"
    );
    // What Sam wrote says so.
    let entries = w.records.about_me(&parent, child).await.unwrap();
    let sams = entries
        .iter()
        .find(|e| e.writer_role == Role::Advocate)
        .unwrap();
    assert_eq!(sams.saved_by.as_deref(), Some("sam@example.org"));
}

#[tokio::test]
async fn a_young_person_writes_in_their_own_words_and_takes_control_only_from_16() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let today = today();
    let sixteen = format!("{}-01-01", today.year() - 17);
    let older = w.child(&parent, "Amira", &sixteen).await;
    let younger = w.child(&parent, "Josh", "2016-05-01").await;
    let amira = w.person("amira@example.org").await;
    let josh = w.person("josh@example.org").await;
    w.invite(&parent, older, &amira, invitation(Role::YoungPerson))
        .await
        .unwrap();
    w.invite(&parent, younger, &josh, invitation(Role::YoungPerson))
        .await
        .unwrap();
    // A young person sees their own record only, not a brother's or sister's.
    assert!(w.records.child(&amira, younger).await.is_err());
    assert_eq!(w.people.own_record(&amira).await.unwrap(), Some(older));

    // Whatever the form says, it is saved as their own words.
    w.records
        .add_entry(
            &josh,
            younger,
            AboutMePart::ImportantToMe,
            &entry(Author::ParentOrCarer),
        )
        .await
        .unwrap();
    let saved = w.records.about_me(&parent, younger).await.unwrap();
    assert_eq!(saved[0].author, Author::YoungPerson);

    assert_eq!(
        w.people.take_control(&josh, younger, today).await,
        Err(RecordError::NotFound)
    );
    assert_eq!(
        w.people.take_control(&parent, older, today).await,
        Err(RecordError::NotFound)
    );
    assert!(w
        .people
        .invite(&amira, older, &advocate(&[RecordPart::AboutMe], false))
        .await
        .is_err());
    w.people.take_control(&amira, older, today).await.unwrap();
    // Now Amira shares her record, and her parent no longer can.
    assert!(w
        .people
        .invite(&amira, older, &advocate(&[RecordPart::AboutMe], false))
        .await
        .is_ok());
    assert!(w
        .people
        .invite(&amira, older, &invitation(Role::ParentOrCarer))
        .await
        .is_err());
    assert_eq!(
        w.people
            .invite(&parent, older, &advocate(&[RecordPart::AboutMe], false))
            .await,
        Err(RecordError::NotFound)
    );
    assert!(w.people.access_log(&parent, older).await.is_ok());

    // Amira stops her parent seeing her record: at once, and only hers.
    assert_eq!(
        w.people
            .stop_parent(&parent, older, parent.account_id)
            .await,
        Err(RecordError::NotFound)
    );
    assert!(w.records.about_me(&parent, older).await.is_ok());
    w.people
        .stop_parent(&amira, older, parent.account_id)
        .await
        .unwrap();
    assert_eq!(
        w.records.about_me(&parent, older).await,
        Err(RecordError::NotFound)
    );
    assert!(w.people.access_log(&parent, older).await.is_err());
    assert!(w.records.child(&parent, younger).await.is_ok());
    let listed: Vec<i64> = w
        .records
        .children(&parent)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(listed, vec![younger]);
    let who = w.people.who_can_see(&amira, older).await.unwrap();
    assert!(who.people.iter().all(|p| p.account_id != parent.account_id));
}

/// Bytes of the database file and its write-ahead log, after a checkpoint.
async fn file_bytes(w: &World) -> Vec<u8> {
    storage::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&w.pool)
        .await
        .unwrap();
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(w.dir.path()).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[tokio::test]
async fn deleting_a_child_removes_every_row_and_the_words_from_the_file() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let kept = w.child(&parent, "Josh", "2016-05-01").await;
    let r = record_with_everything(&w, &parent, "Amira", "2013-03-12").await;
    let secret = "Zebra-crossing-words-only-Amira-said";
    w.records
        .add_entry(
            &parent,
            r.child,
            AboutMePart::HopesAndDreams,
            &CheckedEntry {
                text: secret.into(),
                author: Author::YoungPerson,
                based_on_version: None,
            },
        )
        .await
        .unwrap();
    let sam = w.person("sam@example.org").await;
    w.invite(
        &parent,
        r.child,
        &sam,
        advocate(&[RecordPart::AboutMe], true),
    )
    .await
    .unwrap();
    w.records.about_me(&sam, r.child).await.unwrap();
    w.records
        .choose_card(&parent, r.child, Card::Trains, Some(Pile::Like))
        .await
        .unwrap();
    let note_words = "Narwhal-words-a-SENCo-wrote-about-Amira";
    storage::query(
        "INSERT INTO professional_notes (child_id, about, text, written_by, writer_name, writer_job,
             organisation, written_at)
         VALUES ($1, '2026-11-20', $2, NULL, 'Ms Patel', 'senco', 'Riverside Academy', 0)",
    )
    .bind(r.child)
    .bind(note_words)
    .execute(&w.pool)
    .await
    .unwrap();
    let plan_words = "Quokka-section-F-words-of-Amiras-plan";
    let plan = format!("%PDF-1.7\n{plan_words}\n%%EOF\n");
    let mut ehc_plan = letter();
    ehc_plan.kind = DocumentKind::EhcPlan;
    ehc_plan.note = "Final plan".into();
    w.records
        .add_document(&parent, r.child, &ehc_plan, plan.as_bytes())
        .await
        .unwrap();

    let json = w.people.export_json(&parent, r.child).await.unwrap();
    let exported: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(exported["child"]["called_name"], "Amira");
    assert!(json.contains(secret));
    assert_eq!(exported["picture_cards"][0]["card"], "trains");
    // A yes-or-no reads the same from either database.
    assert_eq!(exported["shared_with_advocates"][0]["may_change"], true);
    assert_eq!(
        exported["voice_notes"][0]["audio_base64"],
        // `WEBM`, as saved.
        "GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQRChYECGFOAZw=="
    );
    assert!(exported["who_has_looked"].as_array().unwrap().len() >= 2);
    // Documents: what they are, and the file itself.
    let documents = exported["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 2);
    let exported_plan = documents.iter().find(|d| d["kind"] == "ehc-plan").unwrap();
    assert_eq!(exported_plan["date"], "2025-03-27");
    assert_eq!(exported_plan["note"], "Final plan");
    assert_eq!(exported_plan["file_name"], "letter.pdf");
    assert_eq!(exported_plan["media_type"], "application/pdf");
    assert_eq!(exported_plan["size"], plan.len());
    assert_eq!(
        exported_plan["content_base64"],
        super::your_data::base64(plan.as_bytes())
    );
    assert_eq!(
        exported["notes_from_school_and_others"][0]["text"],
        note_words
    );
    assert!(w.people.export_json(&sam, r.child).await.is_err());
    // Only SQLite promises the words leave the file (`secure_delete`); PostgreSQL cannot (SECURITY.md).
    let on_sqlite = storage::for_tests::runs_on(
        storage::Backend::Sqlite,
        "PostgreSQL keeps deleted rows until VACUUM, so the file check is SQLite's",
    );
    if on_sqlite {
        let bytes = file_bytes(&w).await;
        assert!(contains(&bytes, secret));
        assert!(contains(&bytes, plan_words));
        assert!(contains(&bytes, note_words));
    }

    assert!(w.people.delete_child(&sam, r.child).await.is_err());
    w.people.delete_child(&parent, r.child).await.unwrap();
    for table in [
        "about_me_entries",
        "goals",
        "review_points",
        "saved_services",
        "card_choices",
        "voice_notes",
        "documents",
        "professional_notes",
        "invitations",
        "shares",
        "access_log",
    ] {
        let left = w
            .scalar(
                &format!("SELECT COUNT(*) FROM {table} WHERE child_id = $1"),
                r.child,
            )
            .await;
        assert_eq!(left, 0, "{table}");
    }
    assert_eq!(w.rows_in("about_me_versions").await, 0);
    if on_sqlite {
        let bytes = file_bytes(&w).await;
        assert!(
            !contains(&bytes, secret),
            "deleted words are still in the file"
        );
        assert!(
            !contains(&bytes, plan_words),
            "a deleted document is still in the file"
        );
        assert!(
            !contains(&bytes, note_words),
            "a deleted note is still in the file"
        );
    }
    assert!(w.records.child(&parent, kept).await.is_ok());
}

#[tokio::test]
async fn deleting_an_account_takes_a_family_it_looked_after_alone() {
    let w = world().await;
    let alone = w.person("alone@example.org").await;
    let alones_child = w.child(&alone, "Amira", "2013-03-12").await;
    let first = w.person("first@example.org").await;
    let shared_child = w.child(&first, "Josh", "2016-05-01").await;
    let second = w.person("second@example.org").await;
    w.invite(
        &first,
        shared_child,
        &second,
        invitation(Role::ParentOrCarer),
    )
    .await
    .unwrap();

    w.people.delete_account(&alone).await.unwrap();
    let children = w
        .scalar("SELECT COUNT(*) FROM children WHERE id = $1", alones_child)
        .await;
    assert_eq!(children, 0);
    let accounts = w
        .scalar(
            "SELECT COUNT(*) FROM accounts WHERE id = $1",
            alone.account_id,
        )
        .await;
    assert_eq!(accounts, 0);

    w.people.delete_account(&first).await.unwrap();
    assert!(w.records.child(&second, shared_child).await.is_ok());
}

#[tokio::test]
async fn what_an_advocate_records_at_a_review_or_saves_says_who_wrote_it() {
    let w = world().await;
    let (parent, child, sam) = amira_shared_with_sam(&w, RecordPart::SHAREABLE, true).await;
    let point = w
        .records
        .review_points(&parent, child, today())
        .await
        .unwrap()[0]
        .clone();
    w.records
        .save_questions(
            &sam,
            child,
            point.id,
            "Can Amira have a quiet space?",
            point.version,
        )
        .await
        .unwrap();
    let service = w.first_service().await;
    w.offer
        .save_service(&sam, child, &service, "Sam says they run a Saturday group")
        .await
        .unwrap();
    let points = w
        .records
        .review_points(&parent, child, today())
        .await
        .unwrap();
    let saved_point = points.iter().find(|p| p.id == point.id).unwrap();
    assert_eq!(
        saved_point.written_by_advocate.as_deref(),
        Some("sam@example.org")
    );
    let saved = w.offer.saved_services(&parent, child).await.unwrap();
    assert_eq!(
        saved[0].saved_by_advocate.as_deref(),
        Some("sam@example.org")
    );
    // The family saving again makes it theirs.
    w.offer
        .save_service(&parent, child, &service, "We rang them")
        .await
        .unwrap();
    let saved = w.offer.saved_services(&parent, child).await.unwrap();
    assert_eq!(saved[0].saved_by_advocate, None);
    assert!(points
        .iter()
        .filter(|p| p.id != point.id)
        .all(|p| p.written_by_advocate.is_none()));
}

#[tokio::test]
async fn an_account_whose_email_is_not_confirmed_cannot_share_a_record() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.child(&parent, "Amira", "2013-03-12").await;
    storage::query("UPDATE accounts SET confirmed_at = NULL WHERE id = $1")
        .bind(parent.account_id)
        .execute(&w.pool)
        .await
        .unwrap();
    let before = w.row_counts().await;
    for role in [Role::ParentOrCarer, Role::YoungPerson, Role::Advocate] {
        assert_eq!(
            w.people.invite(&parent, child, &invitation(role)).await,
            Err(RecordError::Unavailable),
            "{role:?}"
        );
    }
    let links: i64 = storage::query_scalar("SELECT COUNT(*) FROM invitations")
        .fetch_one(&w.pool)
        .await
        .unwrap();
    assert_eq!(links, 0);
    assert_eq!(w.row_counts().await, before);
    // Once confirmed, it can.
    storage::query("UPDATE accounts SET confirmed_at = created_at WHERE id = $1")
        .bind(parent.account_id)
        .execute(&w.pool)
        .await
        .unwrap();
    assert!(w
        .people
        .invite(&parent, child, &invitation(Role::Advocate))
        .await
        .is_ok());
}
