//! The record storage against a real SQLite file: the access rule on every method, edits that cross
//! (changed meanwhile), goal order and state, review points, and drafts.

use super::{family_id_for, join_family, RecordStore};
use crate::storage;
use crate::test_world::TestDb;
use heard_app::record::about_me::CheckedEntry;
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates::{self, Date};
use heard_app::record::goal::GoalWords;
use heard_app::record::review::{GoalReview, ReviewWords};
use heard_app::record::saved::{SavedChild, SavedEntry, SavedGoal, SavedReviewPoint};
use heard_app::record::{
    AboutMePart, AreaOfNeed, Author, GoalState, GoalTheme, Rating, SchoolYear, SupportStatus, Term,
    YearGroup,
};
use heard_app::scope::Viewer;
use heard_app::services::{Direction, FamilyRecords, RecordError};
use std::future::Future;
use std::pin::Pin;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn d(iso: &str) -> Date {
    dates::from_iso(iso).unwrap()
}

/// The day the tests run on: school year 2026/27, autumn term.
fn today() -> Date {
    d("2026-11-23")
}

/// A fresh database file, the records service over it, and its families.
struct World(TestDb);

impl std::ops::Deref for World {
    type Target = TestDb;
    fn deref(&self) -> &TestDb {
        &self.0
    }
}

async fn world() -> World {
    World(TestDb::fresh().await)
}

impl World {
    /// Brings `newcomer` into `member`'s family.
    async fn join(&self, member: &Viewer, newcomer: &Viewer) {
        let family = family_id_for(&self.pool, member).await.unwrap();
        join_family(&self.pool, family, newcomer.account_id)
            .await
            .unwrap();
    }

    /// Rows in every record table, so a refused call that wrote anywhere at all is caught.
    async fn row_counts(&self) -> Vec<(&'static str, i64)> {
        let mut counts = Vec::new();
        for table in [
            "families",
            "family_members",
            "children",
            "about_me_entries",
            "about_me_versions",
            "goals",
            "review_points",
            "goal_ratings",
            "drafts",
        ] {
            counts.push((table, self.rows_in(table).await));
        }
        counts
    }
}

fn details(name: &str) -> ChildDetails {
    ChildDetails {
        called_name: name.into(),
        date_of_birth: d("2013-03-14"),
        setting: "Oak Hill Academy".into(),
        year_group_chosen: None,
        support_status: SupportStatus::EhcPlan,
        key_dates: KeyDates {
            plan_issued_on: Some(d("2024-06-01")),
            ..KeyDates::default()
        },
        areas_of_need: vec![AreaOfNeed::CommunicationAndInteraction],
    }
}

fn entry(text: &str, author: Author, based_on_version: Option<i64>) -> CheckedEntry {
    CheckedEntry {
        text: text.into(),
        author,
        based_on_version,
    }
}

fn goal(outcome: &str) -> GoalWords {
    GoalWords {
        outcome: outcome.into(),
        theme: GoalTheme::Need(AreaOfNeed::CognitionAndLearning),
        support: "Ten minutes a day with an adult".into(),
        measure: "Reads a short book without help".into(),
        by_when: Some(d("2027-07-16")),
    }
}

fn goal_review(goal_id: i64, step: Option<u8>, family_comment: &str) -> GoalReview {
    GoalReview {
        goal_id,
        rating: step.and_then(Rating::new),
        school_rating: step.and_then(|s| Rating::new(s.saturating_sub(1))),
        family_comment: family_comment.into(),
        young_person_comment: String::new(),
        ..Default::default()
    }
}

fn review(what_is_working: &str, goals: Vec<GoalReview>) -> ReviewWords {
    ReviewWords {
        what_is_working: what_is_working.into(),
        what_is_not_working: String::new(),
        goals,
    }
}

/// A child with something in every part of the record.
struct Filled {
    child: i64,
    entry: i64,
    /// First of two goals.
    goal: i64,
    second_goal: i64,
    /// This school year's autumn review point.
    point: i64,
}

async fn fill(w: &World, viewer: &Viewer, name: &str) -> Filled {
    let r = &w.records;
    let child = r.add_child(viewer, &details(name)).await.unwrap();
    let words = format!("{name} wants to be a train driver");
    let entry = r
        .add_entry(
            viewer,
            child,
            AboutMePart::HopesAndDreams,
            &entry(&words, Author::YoungPerson, None),
        )
        .await
        .unwrap();
    let first = r
        .add_goal(viewer, child, &goal(&format!("{name} reads alone")))
        .await
        .unwrap();
    let second_goal = r
        .add_goal(viewer, child, &goal(&format!("{name} asks for help")))
        .await
        .unwrap();
    let points = r.review_points(viewer, child, today()).await.unwrap();
    Filled {
        child,
        entry,
        goal: first,
        second_goal,
        point: points[0].id,
    }
}

/// Two people in one family and a child of theirs.
async fn two_carers(w: &World) -> (Viewer, Viewer, i64) {
    let amina = w.person("amina@example.org").await;
    let ben = w.person("ben@example.org").await;
    let child = w.records.add_child(&amina, &details("Sam")).await.unwrap();
    w.join(&amina, &ben).await;
    (amina, ben, child)
}

/// Amina writes "Trains" under what is important to the child, as its parent; the entry's id.
async fn trains_by_amina(w: &World, amina: &Viewer, child: i64) -> i64 {
    let trains = entry("Trains", Author::ParentOrCarer, None);
    w.records
        .add_entry(amina, child, AboutMePart::ImportantToMe, &trains)
        .await
        .unwrap()
}

async fn goal_order(w: &World, viewer: &Viewer, child: i64) -> Vec<i64> {
    w.records
        .goals(viewer, child)
        .await
        .unwrap()
        .iter()
        .map(|g| g.id)
        .collect()
}

/// Everything its family sees of one child.
#[derive(Debug, PartialEq)]
struct Record {
    child: SavedChild,
    entries: Vec<SavedEntry>,
    histories: Vec<Vec<SavedEntry>>,
    goals: Vec<SavedGoal>,
    points: Vec<SavedReviewPoint>,
}

async fn record(w: &World, viewer: &Viewer, child: i64) -> Record {
    let r = &w.records;
    let entries = r.about_me(viewer, child).await.unwrap();
    let mut histories = Vec::new();
    for e in &entries {
        histories.push(r.entry_history(viewer, child, e.id).await.unwrap());
    }
    Record {
        child: r.child(viewer, child).await.unwrap(),
        entries,
        histories,
        goals: r.goals(viewer, child).await.unwrap(),
        // Today's review points already exist (see `fill`), so this reads without making any.
        points: r.review_points(viewer, child, today()).await.unwrap(),
    }
}

/// Records taken before refused calls, to show afterwards that nothing changed.
struct Unchanged {
    watched: Vec<(Viewer, i64)>,
    records: Vec<Record>,
    rows: Vec<(&'static str, i64)>,
}

impl Unchanged {
    async fn take(w: &World, watched: &[(&Viewer, i64)]) -> Unchanged {
        let watched: Vec<(Viewer, i64)> = watched.iter().map(|(v, c)| ((*v).clone(), *c)).collect();
        let mut records = Vec::new();
        for (viewer, child) in &watched {
            records.push(record(w, viewer, *child).await);
        }
        Unchanged {
            watched,
            records,
            rows: w.row_counts().await,
        }
    }

    /// The call was refused as `NotFound`, and no record changed.
    async fn refused<T>(&self, w: &World, what: &str, result: Result<T, RecordError>) {
        assert_eq!(result.err(), Some(RecordError::NotFound), "{what}");
        for ((viewer, child), before) in self.watched.iter().zip(&self.records) {
            assert_eq!(
                &record(w, viewer, *child).await,
                before,
                "{what} changed child {child}'s record"
            );
        }
        assert_eq!(w.row_counts().await, self.rows, "{what} wrote rows");
    }
}

/// One call to the records service, named for the message if it is let through. Nothing happens
/// until it is awaited, so a list of them is made in turn by `Unchanged::all_refused`.
type Call<'a> = (
    String,
    Pin<Box<dyn Future<Output = Result<(), RecordError>> + 'a>>,
);

fn call<'a, T: 'a>(
    what: String,
    made: impl Future<Output = Result<T, RecordError>> + 'a,
) -> Call<'a> {
    (what, Box::pin(async move { made.await.map(|_| ()) }))
}

impl Unchanged {
    /// Makes each call in turn: each is refused as `NotFound`, and no record changed.
    async fn all_refused(&self, w: &World, calls: Vec<Call<'_>>) {
        for (what, made) in calls {
            self.refused(w, &what, made.await).await;
        }
    }
}

/// Every change that names Sam's entry, goal or review point, asked by `viewer` about `child`,
/// each with the right version so that only the access rule can refuse it.
fn changes_to_sams_record<'a>(
    r: &'a RecordStore,
    viewer: &'a Viewer,
    child: i64,
    sam: &'a Filled,
    what: impl Fn(&str) -> String,
) -> Vec<Call<'a>> {
    vec![
        call(what("update_entry"), async move {
            let overwritten = entry("Overwritten", Author::ParentOrCarer, Some(1));
            r.update_entry(viewer, child, sam.entry, &overwritten).await
        }),
        call(what("update_goal"), async move {
            r.update_goal(viewer, child, sam.goal, &goal("Overwritten"), 1)
                .await
        }),
        call(
            what("move_goal up"),
            r.move_goal(viewer, child, sam.second_goal, Direction::Up),
        ),
        call(
            what("move_goal down"),
            r.move_goal(viewer, child, sam.goal, Direction::Down),
        ),
        call(
            what("set_goal_state"),
            r.set_goal_state(viewer, child, sam.goal, GoalState::Achieved, today()),
        ),
        call(what("save_review"), async move {
            let words = review("Overwritten", vec![goal_review(sam.goal, Some(4), "x")]);
            r.save_review(viewer, child, sam.point, d("2026-11-18"), &words, 1)
                .await
        }),
        call(
            what("save_questions"),
            r.save_questions(viewer, child, sam.point, "Overwritten", 1),
        ),
    ]
}

// ---------------------------------------------------------------------------------------------
// 1. Access
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn another_familys_child_is_not_found_by_every_method() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let sam = fill(&w, &amina, "Sam").await;
    // One outsider with a family and child of their own, one with no family at all.
    let ben = w.person("ben@example.org").await;
    fill(&w, &ben, "Ola").await;
    let chris = w.person("chris@example.org").await;
    let guard = Unchanged::take(&w, &[(&amina, sam.child)]).await;
    let c = sam.child;

    for outsider in [&ben, &chris] {
        let who = &outsider.email;
        let what = |method: &str| format!("{method} by {who}");
        let mut renamed = details("Not Sam");
        renamed.setting = "Somewhere else".into();
        let mut calls = vec![
            // Reads.
            call(what("child"), r.child(outsider, c)),
            call(what("about_me"), r.about_me(outsider, c)),
            call(
                what("entry_history"),
                r.entry_history(outsider, c, sam.entry),
            ),
            call(what("goals"), r.goals(outsider, c)),
            call(what("review_points"), r.review_points(outsider, c, today())),
            // A school year with no review points yet: asking must not make them.
            call(
                what("review_points next year"),
                r.review_points(outsider, c, d("2027-10-01")),
            ),
            // Writes, each with the right version so only the access rule can refuse them.
            call(
                what("update_child"),
                r.update_child(outsider, c, &renamed, 1),
            ),
            call(what("add_entry"), async move {
                let planted = entry("Planted", Author::Advocate, None);
                r.add_entry(outsider, c, AboutMePart::ImportantToMe, &planted)
                    .await
            }),
            call(what("add_goal"), async move {
                r.add_goal(outsider, c, &goal("Planted goal")).await
            }),
        ];
        calls.extend(changes_to_sams_record(r, outsider, c, &sam, what));
        guard.all_refused(&w, calls).await;
        assert!(
            !r.children(outsider)
                .await
                .unwrap()
                .iter()
                .any(|child| child.id == c),
            "{who} is not listed Sam"
        );
    }

    // A child that does not exist looks the same as another family's.
    guard
        .refused(&w, "child 9999", r.child(&amina, 9999).await)
        .await;
    guard
        .refused(&w, "goals of 9999", r.goals(&amina, 9999).await)
        .await;
    // And the family itself still sees everything.
    assert_eq!(r.children(&amina).await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_id_from_another_child_is_not_found_and_writes_nothing() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let sam = fill(&w, &amina, "Sam").await;
    let mia = fill(&w, &amina, "Mia").await;
    let ben = w.person("ben@example.org").await;
    let ola = fill(&w, &ben, "Ola").await;
    let guard = Unchanged::take(
        &w,
        &[(&amina, sam.child), (&amina, mia.child), (&ben, ola.child)],
    )
    .await;

    // Sam's entry, goal and review point ids, with a child the person may see: Sam's sister (same
    // family) or the other family's own child.
    for (viewer, other) in [(&amina, mia.child), (&ben, ola.child)] {
        let what = |method: &str| format!("{method} for child {other}");
        let mut calls = vec![call(
            what("entry_history"),
            r.entry_history(viewer, other, sam.entry),
        )];
        calls.extend(changes_to_sams_record(r, viewer, other, &sam, what));
        guard.all_refused(&w, calls).await;
    }
}

#[tokio::test]
async fn a_person_with_no_family_sees_no_children() {
    let w = world().await;
    let amina = w.person("amina@example.org").await;
    fill(&w, &amina, "Sam").await;
    let chris = w.person("chris@example.org").await;
    assert_eq!(w.records.children(&chris).await.unwrap(), vec![]);
}

#[tokio::test]
async fn joining_a_family_shows_the_same_child() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let ben = w.person("ben@example.org").await;
    let child = r.add_child(&amina, &details("Sam")).await.unwrap();
    assert_eq!(r.child(&ben, child).await, Err(RecordError::NotFound));

    w.join(&amina, &ben).await;
    let amina_sees = r.children(&amina).await.unwrap();
    assert_eq!(amina_sees.len(), 1);
    assert_eq!(amina_sees[0].details, details("Sam"), "details round-trip");
    assert_eq!(r.children(&ben).await.unwrap(), amina_sees);
    assert_eq!(r.child(&ben, child).await.unwrap(), amina_sees[0]);
    // What one writes, the other reads.
    let id = r
        .add_entry(
            &ben,
            child,
            AboutMePart::LikedAndAdmired,
            &entry("Kind to the dog", Author::ParentOrCarer, None),
        )
        .await
        .unwrap();
    let entries = r.about_me(&amina, child).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].id, id);
    assert_eq!(entries[0].saved_by.as_deref(), Some("ben@example.org"));
    // Joining twice changes nothing.
    w.join(&amina, &ben).await;
    assert_eq!(r.children(&ben).await.unwrap().len(), 1);
}

#[tokio::test]
async fn about_me_lists_parts_in_order_then_oldest_first() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let child = r.add_child(&amina, &details("Sam")).await.unwrap();
    let mut added = Vec::new();
    for (part, text) in [
        (AboutMePart::HopesAndDreams, "Drive trains"),
        (AboutMePart::LikedAndAdmired, "Funny"),
        (AboutMePart::HopesAndDreams, "Live by the sea"),
    ] {
        let id = r
            .add_entry(&amina, child, part, &entry(text, Author::YoungPerson, None))
            .await
            .unwrap();
        added.push(id);
    }
    let listed: Vec<(i64, AboutMePart, String)> = r
        .about_me(&amina, child)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.id, e.part, e.text))
        .collect();
    assert_eq!(
        listed,
        vec![
            (added[1], AboutMePart::LikedAndAdmired, "Funny".into()),
            (added[0], AboutMePart::HopesAndDreams, "Drive trains".into()),
            (
                added[2],
                AboutMePart::HopesAndDreams,
                "Live by the sea".into()
            ),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Edits that cross
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_about_me_entry_saved_meanwhile_is_not_overwritten() {
    let w = world().await;
    let r = &w.records;
    let (amina, ben, child) = two_carers(&w).await;
    let id = trains_by_amina(&w, &amina, child).await;
    // Both open the entry at version 1.
    let amina_loaded = r.about_me(&amina, child).await.unwrap();
    assert_eq!(r.about_me(&ben, child).await.unwrap(), amina_loaded);
    assert_eq!(amina_loaded[0].version, 1);

    r.update_entry(
        &ben,
        child,
        id,
        &entry("Trains and buses", Author::YoungPerson, Some(1)),
    )
    .await
    .unwrap();
    assert_eq!(
        r.update_entry(
            &amina,
            child,
            id,
            &entry("Trains, mostly", Author::ParentOrCarer, Some(1))
        )
        .await,
        Err(RecordError::ChangedMeanwhile)
    );

    let now = r.about_me(&amina, child).await.unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].text, "Trains and buses");
    assert_eq!(now[0].version, 2);
    assert_eq!(now[0].author, Author::YoungPerson);
    assert_eq!(now[0].saved_by.as_deref(), Some("ben@example.org"));

    let history: Vec<(i64, String, Author, Option<String>)> = r
        .entry_history(&amina, child, id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.version, e.text, e.author, e.saved_by))
        .collect();
    assert_eq!(
        history,
        vec![
            (
                2,
                "Trains and buses".into(),
                Author::YoungPerson,
                Some("ben@example.org".into())
            ),
            (
                1,
                "Trains".into(),
                Author::ParentOrCarer,
                Some("amina@example.org".into())
            ),
        ]
    );

    // Starting again from the newest version saves, and keeps every version.
    r.update_entry(
        &amina,
        child,
        id,
        &entry("Trains, mostly", Author::ParentOrCarer, Some(2)),
    )
    .await
    .unwrap();
    let history = r.entry_history(&ben, child, id).await.unwrap();
    assert_eq!(
        history.iter().map(|e| e.version).collect::<Vec<_>>(),
        vec![3, 2, 1]
    );
    assert_eq!(history[0].text, "Trains, mostly");
}

#[tokio::test]
async fn history_outlives_the_account_that_saved_it() {
    let w = world().await;
    let r = &w.records;
    let (amina, ben, child) = two_carers(&w).await;
    let id = trains_by_amina(&w, &amina, child).await;
    r.update_entry(
        &ben,
        child,
        id,
        &entry("Buses", Author::ParentOrCarer, Some(1)),
    )
    .await
    .unwrap();
    storage::query("DELETE FROM accounts WHERE id = $1")
        .bind(ben.account_id)
        .execute(&w.pool)
        .await
        .unwrap();
    let history: Vec<(String, Option<String>)> = r
        .entry_history(&amina, child, id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.text, e.saved_by))
        .collect();
    assert_eq!(
        history,
        vec![
            ("Buses".into(), None),
            ("Trains".into(), Some("amina@example.org".into()))
        ]
    );
    // And the account that is gone no longer sees the child.
    assert_eq!(r.child(&ben, child).await, Err(RecordError::NotFound));
}

#[tokio::test]
async fn a_goal_saved_meanwhile_is_not_overwritten() {
    let w = world().await;
    let r = &w.records;
    let (amina, ben, child) = two_carers(&w).await;
    let id = r
        .add_goal(&amina, child, &goal("Reads alone"))
        .await
        .unwrap();
    let loaded = r.goals(&ben, child).await.unwrap();
    assert_eq!(r.goals(&amina, child).await.unwrap(), loaded);
    assert_eq!(loaded[0].version, 1);

    let mut bens = goal("Reads a chapter book alone");
    bens.by_when = None;
    bens.theme = GoalTheme::Need(AreaOfNeed::CommunicationAndInteraction);
    r.update_goal(&ben, child, id, &bens, 1).await.unwrap();
    assert_eq!(
        r.update_goal(&amina, child, id, &goal("Reads a picture book"), 1)
            .await,
        Err(RecordError::ChangedMeanwhile)
    );
    let now = r.goals(&amina, child).await.unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].words, bens);
    assert_eq!(now[0].version, 2);
}

#[tokio::test]
async fn a_childs_details_saved_meanwhile_are_not_overwritten() {
    let w = world().await;
    let r = &w.records;
    let (amina, ben, child) = two_carers(&w).await;
    assert_eq!(r.child(&ben, child).await.unwrap().version, 1);

    let mut bens = details("Sammy");
    bens.setting = "Riverside College".into();
    bens.year_group_chosen = Some(YearGroup::Year(8));
    bens.support_status = SupportStatus::AssessmentRequested;
    bens.key_dates.assessment_requested_on = Some(d("2026-10-01"));
    bens.areas_of_need = vec![
        AreaOfNeed::CommunicationAndInteraction,
        AreaOfNeed::SensoryPhysical,
    ];
    r.update_child(&ben, child, &bens, 1).await.unwrap();
    assert_eq!(
        r.update_child(&amina, child, &details("Samuel"), 1).await,
        Err(RecordError::ChangedMeanwhile)
    );
    let now = r.child(&amina, child).await.unwrap();
    assert_eq!(now.details, bens);
    assert_eq!(now.version, 2);
}

#[tokio::test]
async fn a_review_point_saved_meanwhile_is_not_overwritten() {
    let w = world().await;
    let r = &w.records;
    let (amina, ben, child) = two_carers(&w).await;
    let g = r
        .add_goal(&amina, child, &goal("Reads alone"))
        .await
        .unwrap();
    let points = r.review_points(&amina, child, today()).await.unwrap();
    assert_eq!(r.review_points(&ben, child, today()).await.unwrap(), points);
    let autumn = points[0].id;
    assert_eq!(points[0].version, 1);

    // The review itself.
    let bens = review("The quiet room", vec![goal_review(g, Some(2), "Better")]);
    r.save_review(&ben, child, autumn, d("2026-11-18"), &bens, 1)
        .await
        .unwrap();
    assert_eq!(
        r.save_review(
            &amina,
            child,
            autumn,
            d("2026-11-19"),
            &review("Nothing", vec![goal_review(g, Some(0), "Worse")]),
            1
        )
        .await,
        Err(RecordError::ChangedMeanwhile)
    );
    let now = &r.review_points(&amina, child, today()).await.unwrap()[0];
    assert_eq!(now.id, autumn);
    assert_eq!(now.what_is_working, "The quiet room");
    assert_eq!(now.held_on, d("2026-11-18"));
    assert_eq!(now.goals, bens.goals);
    assert_eq!(now.version, 2);

    // The family's questions share the point's version.
    r.save_questions(&ben, child, autumn, "Who runs the quiet room?", 2)
        .await
        .unwrap();
    assert_eq!(
        r.save_questions(&amina, child, autumn, "Can we visit?", 2)
            .await,
        Err(RecordError::ChangedMeanwhile)
    );
    assert_eq!(
        r.save_review(&amina, child, autumn, d("2026-11-18"), &bens, 2)
            .await,
        Err(RecordError::ChangedMeanwhile),
        "a review based on the version before the questions were saved"
    );
    let now = &r.review_points(&amina, child, today()).await.unwrap()[0];
    assert_eq!(now.questions, "Who runs the quiet room?");
    assert_eq!(now.what_is_working, "The quiet room");
    assert_eq!(now.version, 3);
}

// ---------------------------------------------------------------------------------------------
// 3. Goals
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn goals_keep_the_familys_order_and_finished_ones_stay() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let child = r.add_child(&amina, &details("Sam")).await.unwrap();
    let mut ids = Vec::new();
    for outcome in ["Reads alone", "Asks for help", "Eats lunch in the hall"] {
        ids.push(r.add_goal(&amina, child, &goal(outcome)).await.unwrap());
    }
    let [g1, g2, g3] = [ids[0], ids[1], ids[2]];
    assert_eq!(goal_order(&w, &amina, child).await, vec![g1, g2, g3]);
    let positions: Vec<i64> = r
        .goals(&amina, child)
        .await
        .unwrap()
        .iter()
        .map(|g| g.position)
        .collect();
    assert!(positions.windows(2).all(|p| p[0] < p[1]), "{positions:?}");

    // The middle one moves both ways.
    let moves = [
        (Direction::Up, vec![g2, g1, g3]),
        (Direction::Down, vec![g1, g2, g3]),
        (Direction::Down, vec![g1, g3, g2]),
        (Direction::Up, vec![g1, g2, g3]),
    ];
    for (direction, expected) in moves {
        r.move_goal(&amina, child, g2, direction).await.unwrap();
        assert_eq!(
            goal_order(&w, &amina, child).await,
            expected,
            "{direction:?}"
        );
    }

    // The ends do not move, and nothing about them changes.
    let before = r.goals(&amina, child).await.unwrap();
    r.move_goal(&amina, child, g1, Direction::Up).await.unwrap();
    r.move_goal(&amina, child, g3, Direction::Down)
        .await
        .unwrap();
    assert_eq!(r.goals(&amina, child).await.unwrap(), before);

    // Achieved: out of the working order, still in the record with its state, date and words.
    r.set_goal_state(&amina, child, g2, GoalState::Achieved, d("2026-11-20"))
        .await
        .unwrap();
    let goals = r.goals(&amina, child).await.unwrap();
    assert_eq!(
        goals.iter().map(|g| g.id).collect::<Vec<_>>(),
        vec![g1, g3, g2]
    );
    let achieved = &goals[2];
    assert_eq!(achieved.state, GoalState::Achieved);
    assert_eq!(achieved.state_changed_on, Some(d("2026-11-20")));
    assert_eq!(achieved.words, goal("Asks for help"));
    assert!(goals[..2].iter().all(|g| g.state == GoalState::Active));
    // The active goals now move past it, as neighbours.
    r.move_goal(&amina, child, g3, Direction::Up).await.unwrap();
    assert_eq!(goal_order(&w, &amina, child).await, vec![g3, g1, g2]);
    r.move_goal(&amina, child, g1, Direction::Down)
        .await
        .unwrap();
    assert_eq!(goal_order(&w, &amina, child).await, vec![g3, g1, g2]);
    assert_eq!(
        r.move_goal(&amina, child, g2, Direction::Up).await,
        Err(RecordError::NotFound),
        "an achieved goal has no place in the working order"
    );
    let g4 = r
        .add_goal(&amina, child, &goal("Walks to school"))
        .await
        .unwrap();
    assert_eq!(goal_order(&w, &amina, child).await, vec![g3, g1, g4, g2]);

    // Active again: at the end of the working order.
    r.set_goal_state(&amina, child, g2, GoalState::Active, d("2026-11-23"))
        .await
        .unwrap();
    let goals = r.goals(&amina, child).await.unwrap();
    assert_eq!(
        goals.iter().map(|g| g.id).collect::<Vec<_>>(),
        vec![g3, g1, g4, g2]
    );
    assert_eq!(goals[3].state, GoalState::Active);
    assert_eq!(goals[3].state_changed_on, None);
    assert!(goals[2].position < goals[3].position);
    r.move_goal(&amina, child, g4, Direction::Down)
        .await
        .unwrap();
    assert_eq!(goal_order(&w, &amina, child).await, vec![g3, g1, g2, g4]);

    // Finished goals come after the active ones, most recently finished first.
    r.set_goal_state(&amina, child, g3, GoalState::Achieved, d("2026-11-24"))
        .await
        .unwrap();
    r.set_goal_state(&amina, child, g1, GoalState::Stopped, d("2026-11-25"))
        .await
        .unwrap();
    let goals = r.goals(&amina, child).await.unwrap();
    let summary: Vec<(i64, GoalState)> = goals.iter().map(|g| (g.id, g.state)).collect();
    assert_eq!(
        summary,
        vec![
            (g2, GoalState::Active),
            (g4, GoalState::Active),
            (g1, GoalState::Stopped),
            (g3, GoalState::Achieved),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Review points
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn this_school_years_three_review_points_are_made_once() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let child = r.add_child(&amina, &details("Sam")).await.unwrap();
    let points = r.review_points(&amina, child, today()).await.unwrap();
    let shape: Vec<(SchoolYear, Term, Date)> = points
        .iter()
        .map(|p| (p.school_year, p.term, p.held_on))
        .collect();
    assert_eq!(
        shape,
        vec![
            (SchoolYear(2026), Term::Autumn, d("2026-11-16")),
            (SchoolYear(2026), Term::Spring, d("2027-03-15")),
            (SchoolYear(2026), Term::Summer, d("2027-07-05")),
        ]
    );
    for p in &points {
        assert_eq!(p.held_on, p.term.default_review_date(SchoolYear(2026)));
        assert_eq!(p.version, 1);
        assert!(!p.is_recorded());
        assert!(p.questions.is_empty());
    }

    // Asking again, on any day of the same school year, finds the same three.
    assert_eq!(
        r.review_points(&amina, child, today()).await.unwrap(),
        points
    );
    assert_eq!(
        r.review_points(&amina, child, d("2027-08-31"))
            .await
            .unwrap(),
        points
    );
    let stored = w
        .scalar(
            "SELECT COUNT(*) FROM review_points WHERE child_id = $1",
            child,
        )
        .await;
    assert_eq!(stored, 3);

    // The next school year adds its own three and keeps these.
    let later = r
        .review_points(&amina, child, d("2027-09-01"))
        .await
        .unwrap();
    assert_eq!(later.len(), 6);
    assert_eq!(later[..3], points[..]);
    assert!(later[3..].iter().all(|p| p.school_year == SchoolYear(2027)));
}

#[tokio::test]
async fn a_review_keeps_ratings_and_comments_for_this_childs_goals_only() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let sam = fill(&w, &amina, "Sam").await;
    let mia = fill(&w, &amina, "Mia").await;
    let ben = w.person("ben@example.org").await;
    let ola = fill(&w, &ben, "Ola").await;

    let mut first = goal_review(sam.goal, Some(2), "Better at home");
    first.young_person_comment = "I like the timer".into();
    let second = goal_review(sam.second_goal, None, "Not started yet");
    let words = ReviewWords {
        what_is_working: "The quiet room at lunch\nand the timer — it helps".into(),
        what_is_not_working: "Homework club".into(),
        goals: vec![
            first.clone(),
            second.clone(),
            // Goals of the sister and of another family's child: ignored.
            goal_review(mia.goal, Some(4), "Planted"),
            goal_review(ola.goal, Some(4), "Planted"),
        ],
    };
    r.save_review(&amina, sam.child, sam.point, d("2026-11-18"), &words, 1)
        .await
        .unwrap();

    let saved = r
        .review_points(&amina, sam.child, today())
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.id == sam.point)
        .unwrap();
    assert_eq!(saved.what_is_working, words.what_is_working);
    assert_eq!(saved.what_is_not_working, "Homework club");
    assert_eq!(saved.held_on, d("2026-11-18"));
    assert_eq!(saved.version, 2);
    assert!(saved.is_recorded());
    assert_eq!(saved.goals, vec![first.clone(), second]);
    assert_eq!(saved.for_goal(sam.goal), Some(&first));
    assert_eq!(saved.for_goal(mia.goal), None);
    assert_eq!(saved.for_goal(ola.goal), None);
    for other in [mia.goal, ola.goal] {
        let ratings = w
            .scalar(
                "SELECT COUNT(*) FROM goal_ratings WHERE goal_id = $1",
                other,
            )
            .await;
        assert_eq!(ratings, 0, "goal {other} of another child was rated");
    }
    for (viewer, other) in [(&amina, mia.child), (&ben, ola.child)] {
        let points = r.review_points(viewer, other, today()).await.unwrap();
        assert!(points.iter().all(|p| !p.is_recorded()));
    }

    // Saving again changes the rating in place.
    let mut changed = words.clone();
    changed.goals[0].rating = Rating::new(3);
    r.save_review(&amina, sam.child, sam.point, d("2026-11-18"), &changed, 2)
        .await
        .unwrap();
    let ratings = w
        .scalar(
            "SELECT COUNT(*) FROM goal_ratings WHERE review_point_id = $1",
            sam.point,
        )
        .await;
    assert_eq!(ratings, 2);
    let saved = r.review_points(&amina, sam.child, today()).await.unwrap();
    let saved = saved.iter().find(|p| p.id == sam.point).unwrap();
    assert_eq!(saved.for_goal(sam.goal).unwrap().rating, Rating::new(3));

    // The family's questions for the meeting.
    r.save_questions(
        &amina,
        sam.child,
        sam.point,
        "Who runs the quiet room?\nCan Sam visit first?",
        3,
    )
    .await
    .unwrap();
    let saved = r.review_points(&amina, sam.child, today()).await.unwrap();
    let saved = saved.iter().find(|p| p.id == sam.point).unwrap();
    assert_eq!(
        saved.questions,
        "Who runs the quiet room?\nCan Sam visit first?"
    );
    assert_eq!(saved.what_is_working, words.what_is_working);
    assert_eq!(saved.version, 4);
}

// ---------------------------------------------------------------------------------------------
// 5. Drafts
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn drafts_are_kept_for_their_writer_only() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let ben = w.person("ben@example.org").await;
    w.join(&amina, &ben).await; // even in the same family
    let place = "child/1/about-me/new/hopes-and-dreams";

    assert_eq!(r.draft(&amina, place).await.unwrap(), None);
    r.save_draft(&amina, place, "She wants to").await.unwrap();
    let draft = r.draft(&amina, place).await.unwrap().unwrap();
    assert_eq!(draft.place, place);
    assert_eq!(draft.body, "She wants to");
    assert!(draft.saved_at > 0);
    r.save_draft(&amina, place, "She wants to drive trains")
        .await
        .unwrap();
    assert_eq!(
        r.draft(&amina, place).await.unwrap().unwrap().body,
        "She wants to drive trains"
    );

    // Another person, same place: not hers, and their own is separate.
    assert_eq!(r.draft(&ben, place).await.unwrap(), None);
    r.save_draft(&ben, place, "Ben's words").await.unwrap();
    assert_eq!(
        r.draft(&amina, place).await.unwrap().unwrap().body,
        "She wants to drive trains"
    );
    r.clear_draft(&amina, place).await.unwrap();
    assert_eq!(r.draft(&amina, place).await.unwrap(), None);
    assert_eq!(
        r.draft(&ben, place).await.unwrap().unwrap().body,
        "Ben's words"
    );

    // An empty body clears.
    r.save_draft(&amina, place, "Something").await.unwrap();
    r.save_draft(&amina, place, "").await.unwrap();
    assert_eq!(r.draft(&amina, place).await.unwrap(), None);
    r.save_draft(&amina, place, "Something").await.unwrap();
    r.save_draft(&amina, place, "  \n ").await.unwrap();
    assert_eq!(r.draft(&amina, place).await.unwrap(), None);

    // A body too long is refused and the draft already kept stays.
    r.save_draft(&amina, place, "Kept").await.unwrap();
    assert!(r
        .save_draft(&amina, place, &"x".repeat(100_000))
        .await
        .is_err());
    assert_eq!(r.draft(&amina, place).await.unwrap().unwrap().body, "Kept");
}

#[tokio::test]
async fn a_draft_place_that_is_not_ours_is_refused() {
    let w = world().await;
    let r = &w.records;
    let amina = w.person("amina@example.org").await;
    let long = "a".repeat(500);
    for place in [
        "../x",
        "",
        long.as_str(),
        "child/1/../2",
        "Child/1",
        "child/1?x=1",
        "child 1",
        "child/1/about-me/%2e%2e",
    ] {
        let saved = r.save_draft(&amina, place, "Words").await;
        let read = r.draft(&amina, place).await;
        assert!(
            saved.is_err() || read == Ok(None),
            "{place:?}: saved {saved:?}, read back {read:?}"
        );
        assert_eq!(read.unwrap_or(None), None, "{place:?} was kept");
    }
    let kept = w
        .scalar(
            "SELECT COUNT(*) FROM drafts WHERE account_id = $1",
            amina.account_id,
        )
        .await;
    assert_eq!(kept, 0, "no draft stored under a refused place");
}

#[tokio::test]
async fn one_requests_gate_asks_the_rule_once_and_logs_each_use_once() {
    let w = world().await;
    let parent = w.person("parent@example.org").await;
    let child = w.records.add_child(&parent, &details("Sam")).await.unwrap();
    const CHANGES: &str =
        "SELECT COUNT(*) FROM access_log WHERE child_id = $1 AND action = 'change'";

    // One request (a form post shown again asks for the child, its goals and more): one line.
    let request = w.records.with_gate(crate::access::Gate::for_one_request());
    request
        .add_goal(&parent, child, &goal("One"))
        .await
        .unwrap();
    request
        .add_goal(&parent, child, &goal("Two"))
        .await
        .unwrap();
    assert_eq!(w.scalar(CHANGES, child).await, 1);
    // Without a request's gate, each change is its own line.
    w.records
        .add_goal(&parent, child, &goal("Three"))
        .await
        .unwrap();
    w.records
        .add_goal(&parent, child, &goal("Four"))
        .await
        .unwrap();
    assert_eq!(w.scalar(CHANGES, child).await, 3);

    // The request asked the rule once: it keeps its answer until it ends, while the very next
    // request, and every call outside one, asks again.
    storage::query("DELETE FROM family_members WHERE account_id = $1")
        .bind(parent.account_id)
        .execute(&w.pool)
        .await
        .unwrap();
    assert_eq!(request.goals(&parent, child).await.unwrap().len(), 4);
    assert_eq!(
        w.records.goals(&parent, child).await,
        Err(RecordError::NotFound)
    );
    let next_request = w.records.with_gate(crate::access::Gate::for_one_request());
    assert_eq!(
        next_request.goals(&parent, child).await,
        Err(RecordError::NotFound)
    );
}
