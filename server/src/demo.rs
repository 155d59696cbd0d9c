//! `heard demo`: a fictional family, so a newcomer sees a working portal at once: two children, each
//! with all about me, goals and two school years of review points. Dates are worked out from today,
//! so the record always looks current.

use crate::accounts::{self, AccountError, NewAccount};
use crate::local_offer::import::{self, ImportError};
use crate::local_offer::{oruk, LocalOfferStore};
use crate::people::PeopleStore;
use crate::record::RecordStore;
use crate::storage;
use crate::storage::Db;
use heard_app::people::{NewInvitation, RecordPart, Role};
use heard_app::record::about_me::{AboutMePart, Author, CheckedEntry};
use heard_app::record::cards::{Card, Pile};
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates::{self, Date};
use heard_app::record::documents::{DocumentKind, NewDocument};
use heard_app::record::goal::{AdulthoodTheme, GoalState, GoalTheme, GoalWords};
use heard_app::record::review::{GoalReview, ReviewWords};
use heard_app::record::{AreaOfNeed, Rating, SchoolYear, SupportStatus};
use heard_app::scope::Viewer;
use heard_app::services::People;
use heard_app::services::{DocumentRefused, FamilyRecords, LocalOffer, RecordError};

pub const DEMO_EMAIL: &str = "family@example.org";
pub const DEMO_PASSWORD: &str = "heard-demo-family";
/// Amira's own account: the young person's view of her record.
pub const DEMO_YOUNG_PERSON_EMAIL: &str = "amira@example.org";
pub const DEMO_YOUNG_PERSON_PASSWORD: &str = "heard-demo-amira";
/// An advocate the family shared Amira's record with.
pub const DEMO_ADVOCATE_EMAIL: &str = "advocate@example.org";
pub const DEMO_ADVOCATE_PASSWORD: &str = "heard-demo-advocate";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("could not add the demo family: {0}")]
    Account(#[from] AccountError),
    #[error("could not add the demo family's record: {0}")]
    Record(#[from] RecordError),
    #[error("could not add the demo Local Offer: {0}")]
    LocalOffer(#[from] ImportError),
}

/// The fictional Local Offer, shipped in the binary so `heard demo` works from anywhere.
const DEMO_LOCAL_OFFER: &[u8] = include_bytes!("../demo/local-offer.json");
/// Where the demo feed says it was read from, in its import report.
pub const DEMO_LOCAL_OFFER_FEED: &str = "heard demo Local Offer";

/// The feed the demo's services belong to, apart from a real feed imported beside them.
fn demo_feed() -> crate::local_offer::feeds::FeedName {
    "demo".parse().expect("a plain feed name")
}
/// The service the demo family saved to Amira's record.
const DEMO_SAVED_SERVICE: &str = "Open Door SEND Information and Advice (SENDIASS)";

/// Adds the demo family to an empty database; leaves a database that has accounts alone.
pub async fn fill(pool: &Db) -> Result<String, DemoError> {
    fill_on(pool, heard_app::clock::today()).await
}

/// The demo with markup in every text a person or a feed can supply (`heard demo --markup-in-text`,
/// see `demo_markup`), on an empty database only.
pub async fn fill_with_markup(pool: &Db) -> Result<String, DemoError> {
    if accounts::count(pool).await? > 0 {
        return Ok(
            "The database already has accounts: markup is added to an empty one only.".into(),
        );
    }
    let feed = crate::demo_markup::marked_feed(DEMO_LOCAL_OFFER);
    let report = fill_from(pool, heard_app::clock::today(), &feed).await?;
    let parent: (i64, String) =
        storage::query_as("SELECT id, email FROM accounts WHERE email = $1")
            .bind(DEMO_EMAIL)
            .fetch_one(pool)
            .await
            .map_err(|e| DemoError::Record(crate::storage::unavailable(e)))?;
    let parent = Viewer {
        account_id: parent.0,
        email: parent.1,
    };
    let first_child: i64 = storage::query_scalar("SELECT MIN(id) FROM children")
        .fetch_one(pool)
        .await
        .map_err(|e| DemoError::Record(crate::storage::unavailable(e)))?;
    crate::demo_markup::mark_every_text(pool, &parent, first_child)
        .await
        .map_err(|e| DemoError::Record(crate::storage::unavailable(e)))?;
    Ok(format!(
        "{report}\nEvery name and text now holds markup, to check that pages show it as text."
    ))
}

/// Loads the demo Local Offer when the database has no services yet.
async fn add_local_offer(pool: &Db, feed: &[u8]) -> Result<String, DemoError> {
    let services: i64 = storage::query_scalar("SELECT COUNT(*) FROM services")
        .fetch_one(pool)
        .await
        .map_err(ImportError::Storage)?;
    if services > 0 {
        return Ok(
            "The database already has Local Offer services, so the demo ones were not added.\n"
                .into(),
        );
    }
    let feed = oruk::read_json(feed).map_err(ImportError::Feed)?;
    let report = import::store(pool, &demo_feed(), DEMO_LOCAL_OFFER_FEED, feed).await?;
    Ok(format!(
        "Added the demo Local Offer: {} services.\n",
        report.added
    ))
}

/// Amira's family saved the advice service, with a note, to show what saving looks like.
async fn save_a_service(pool: &Db, viewer: &Viewer, child_id: i64) -> Result<(), DemoError> {
    let service_id: Option<String> =
        storage::query_scalar("SELECT id FROM services WHERE name = $1")
            .bind(DEMO_SAVED_SERVICE)
            .fetch_optional(pool)
            .await
            .map_err(ImportError::Storage)?;
    if let Some(service_id) = service_id {
        LocalOfferStore::new(pool.clone())
            .save_service(
                viewer,
                child_id,
                &service_id,
                "We rang them in October. They can come with us to the annual review.",
            )
            .await?;
    }
    Ok(())
}

/// Amira has sorted some picture cards into each pile, so her page (and every check of it) shows
/// piles with cards in them as well as cards still to sort.
async fn sort_some_cards(
    records: &RecordStore,
    viewer: &Viewer,
    child_id: i64,
) -> Result<(), DemoError> {
    let sorted = [
        (Card::Swimming, Pile::Like),
        (Card::Animals, Pile::Like),
        (Card::Music, Pile::Like),
        (Card::Sport, Pile::NotSure),
        (Card::Crowds, Pile::DontLike),
        (Card::LoudNoise, Pile::DontLike),
    ];
    for (card, pile) in sorted {
        records
            .choose_card(viewer, child_id, card, Some(pile))
            .await?;
    }
    Ok(())
}

/// Amira's EHC plan is kept on her record (a tiny PDF), so her documents page shows one.
async fn keep_the_plan(
    records: &RecordStore,
    viewer: &Viewer,
    child_id: i64,
    today: Date,
) -> Result<i64, DemoError> {
    const PLAN: &[u8] = b"%PDF-1.4\n% Amira's EHC plan (the demo's)\n%%EOF\n";
    let plan = NewDocument {
        kind: DocumentKind::EhcPlan,
        dated: today.previous_day().unwrap_or(today),
        note: "The final plan, after the annual review.".into(),
        file_name: "Amira EHC plan.pdf".into(),
    };
    match records.add_document(viewer, child_id, &plan, PLAN).await {
        Ok(id) => Ok(id),
        Err(DocumentRefused::Record(error)) => Err(error.into()),
        Err(_) => Err(RecordError::Unavailable.into()),
    }
}

/// The review pack shared by a link with Amira's class teacher, her EHC plan with it, so the sharing
/// page lists a link that works. Its secret is not kept anywhere, as for every link.
async fn share_the_pack(
    pool: &Db,
    parent: &Viewer,
    child_id: i64,
    plan: i64,
    today: Date,
) -> Result<(), DemoError> {
    let link = heard_app::pack_links::NewPackLink {
        for_name: "Mr Okafor (class teacher)".into(),
        until: today + time::Duration::days(heard_app::pack_links::PACK_LINK_DEFAULT_DAYS),
        for_school: true,
        locale: "en-GB".into(),
        documents: vec![plan],
    };
    match PeopleStore::new(pool.clone())
        .make_pack_link(parent, child_id, &link)
        .await
    {
        Ok(_) => Ok(()),
        Err(heard_app::pack_links::PackLinkRefused::Record(error)) => Err(error.into()),
        Err(_) => Err(RecordError::Unavailable.into()),
    }
}

/// Amira's own account and an advocate, both brought in by the real invitation path; the advocate
/// has written one entry with Amira, so "written by … with …" shows.
async fn add_people(
    pool: &Db,
    parent: &Viewer,
    child_id: i64,
    today: Date,
) -> Result<(), DemoError> {
    let people = PeopleStore::new(pool.clone());
    let school_year_ends = Some(SchoolYear::containing(today).ends_on());
    for (email, password, name, invitation) in [
        (
            DEMO_YOUNG_PERSON_EMAIL,
            DEMO_YOUNG_PERSON_PASSWORD,
            "Amira",
            NewInvitation {
                role: Role::YoungPerson,
                for_name: "Amira".into(),
                child_id: Some(child_id),
                parts: Vec::new(),
                may_change: false,
                until: None,
                email_to: None,
                job: None,
                organisation: String::new(),
            },
        ),
        (
            DEMO_ADVOCATE_EMAIL,
            DEMO_ADVOCATE_PASSWORD,
            "Sam Okafor (SENDIASS)",
            NewInvitation {
                role: Role::Advocate,
                for_name: "Sam".into(),
                child_id: Some(child_id),
                parts: vec![RecordPart::AboutMe, RecordPart::GoalsAndProgress],
                may_change: true,
                until: school_year_ends,
                email_to: None,
                job: None,
                organisation: String::new(),
            },
        ),
    ] {
        let account = accounts::create(
            pool,
            NewAccount {
                email,
                password,
                locale: None,
                reading_options: None,
            },
        )
        .await?;
        let viewer = Viewer {
            account_id: account.id,
            email: account.email,
        };
        let id = people.invite(parent, child_id, &invitation).await?;
        let token: String = storage::query_scalar("SELECT token FROM invitations WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .map_err(|e| DemoError::Record(crate::storage::unavailable(e)))?;
        people
            .accept_invitation(&viewer, &token, name)
            .await
            .map_err(|_| DemoError::Record(RecordError::Unavailable))?;
        if invitation.role == Role::Advocate {
            let entry = CheckedEntry {
                text: "Amira told me she wants her teachers to know she needs a minute to answer. \
                       Rushing her makes her go quiet."
                    .into(),
                author: Author::YoungPerson,
                based_on_version: None,
            };
            RecordStore::new(pool.clone())
                .add_entry(&viewer, child_id, AboutMePart::HowToSupportMe, &entry)
                .await?;
        }
    }
    Ok(())
}

/// A goal in the demo, with its ratings at each review point from the start of last school year
/// (`None`: not rated then).
struct DemoGoal {
    words: GoalWords,
    ratings: [Option<u8>; 6],
    finished: Option<GoalState>,
}

struct DemoChild {
    details: ChildDetails,
    about_me: Vec<(AboutMePart, Author, &'static str)>,
    /// A later version of the first entry, so "earlier versions" has something to show.
    first_entry_rewritten: Option<&'static str>,
    goals: Vec<DemoGoal>,
    working: [&'static str; 2],
}

pub async fn fill_on(pool: &Db, today: Date) -> Result<String, DemoError> {
    fill_from(pool, today, DEMO_LOCAL_OFFER).await
}

async fn fill_from(pool: &Db, today: Date, feed: &[u8]) -> Result<String, DemoError> {
    let local_offer = add_local_offer(pool, feed).await?;
    if accounts::count(pool).await? > 0 {
        return Ok(format!(
            "{local_offer}The database already has accounts, so the demo family was not added."
        ));
    }
    let account = accounts::create(
        pool,
        NewAccount {
            email: DEMO_EMAIL,
            password: DEMO_PASSWORD,
            locale: None,
            reading_options: None,
        },
    )
    .await?;
    let viewer = Viewer {
        account_id: account.id,
        email: account.email,
    };
    // The name other people see (an advocate's list says who shared with them).
    storage::query("UPDATE accounts SET name = $1 WHERE id = $2")
        .bind("Leila (Amira and Josh's mum)")
        .bind(viewer.account_id)
        .execute(pool)
        .await
        .map_err(|e| DemoError::Record(crate::storage::unavailable(e)))?;
    let records = RecordStore::new(pool.clone());
    let mut child_ids = Vec::new();
    for child in demo_children(today) {
        child_ids.push(add_child(&records, &viewer, child, today).await?);
    }
    save_a_service(pool, &viewer, child_ids[0]).await?;
    sort_some_cards(&records, &viewer, child_ids[0]).await?;
    let plan = keep_the_plan(&records, &viewer, child_ids[0], today).await?;
    share_the_pack(pool, &viewer, child_ids[0], plan, today).await?;
    add_people(pool, &viewer, child_ids[0], today).await?;
    Ok(format!(
        "{local_offer}Added the demo family with two children. Sign in with {DEMO_EMAIL} and the password {DEMO_PASSWORD}.\n\
         Amira's own account: {DEMO_YOUNG_PERSON_EMAIL}, password {DEMO_YOUNG_PERSON_PASSWORD}.\n\
         An advocate the family shares Amira's record with: {DEMO_ADVOCATE_EMAIL}, password {DEMO_ADVOCATE_PASSWORD}."
    ))
}

async fn add_child(
    records: &RecordStore,
    viewer: &Viewer,
    child: DemoChild,
    today: Date,
) -> Result<i64, RecordError> {
    let child_id = records.add_child(viewer, &child.details).await?;
    for (index, (part, author, text)) in child.about_me.iter().enumerate() {
        let entry = CheckedEntry {
            text: text.to_string(),
            author: *author,
            based_on_version: None,
        };
        let entry_id = records.add_entry(viewer, child_id, *part, &entry).await?;
        if let (0, Some(rewritten)) = (index, child.first_entry_rewritten) {
            let newer = CheckedEntry {
                text: rewritten.to_string(),
                author: *author,
                based_on_version: Some(1),
            };
            records
                .update_entry(viewer, child_id, entry_id, &newer)
                .await?;
        }
    }
    let mut goal_ids = Vec::new();
    for goal in &child.goals {
        goal_ids.push(records.add_goal(viewer, child_id, &goal.words).await?);
    }
    // Last school year's three review points, then this year's: those already past get ratings.
    let this_year = SchoolYear::containing(today);
    records
        .ensure_school_year(viewer, child_id, this_year.previous())
        .await?;
    let points = records.review_points(viewer, child_id, today).await?;
    for (index, point) in points.iter().enumerate().take(6) {
        if point.held_on > today {
            continue;
        }
        let goals = child
            .goals
            .iter()
            .zip(&goal_ids)
            .filter_map(|(goal, id)| {
                let rating = goal.ratings[index].and_then(Rating::new)?;
                Some(GoalReview {
                    goal_id: *id,
                    rating: Some(rating),
                    school_rating: Rating::new(rating.step().saturating_sub((index % 2) as u8)),
                    family_comment: family_comment(rating).into(),
                    young_person_comment: String::new(),
                    ..Default::default()
                })
            })
            .collect();
        let words = ReviewWords {
            what_is_working: child.working[0].into(),
            what_is_not_working: child.working[1].into(),
            goals,
        };
        records
            .save_review(
                viewer,
                child_id,
                point.id,
                point.held_on,
                &words,
                point.version,
            )
            .await?;
    }
    for (goal, id) in child.goals.iter().zip(&goal_ids) {
        if let Some(state) = goal.finished {
            records
                .set_goal_state(viewer, child_id, *id, state, dates::add_days(today, -30))
                .await?;
        }
    }
    Ok(child_id)
}

fn family_comment(rating: Rating) -> &'static str {
    match rating.step() {
        0 => "We have not seen a change yet.",
        1 => "A few small signs at home.",
        2 => "Better most days. Still hard when things change.",
        3 => "Nearly there. We see it most days now.",
        _ => "Done! We are very proud.",
    }
}

fn date(day: u8, month: u8, year: i32) -> Date {
    dates::from_parts(day, month, year).expect("a fixed real date")
}

fn demo_children(today: Date) -> Vec<DemoChild> {
    let start = SchoolYear::containing(today).0;
    let amira = DemoChild {
        details: ChildDetails {
            called_name: "Amira".into(),
            // Year 9 this school year: 13 on 31 August before it started.
            date_of_birth: date(12, 3, start - 13),
            setting: "Riverside Academy".into(),
            year_group_chosen: None,
            support_status: SupportStatus::EhcPlan,
            key_dates: KeyDates {
                plan_issued_on: Some(date(20, 6, start - 2)),
                last_annual_review_on: Some(dates::add_months(today, -10)),
                ..KeyDates::default()
            },
            areas_of_need: vec![
                AreaOfNeed::CommunicationAndInteraction,
                AreaOfNeed::SocialEmotionalMentalHealth,
            ],
        },
        about_me: vec![
            (AboutMePart::LikedAndAdmired, Author::ParentOrCarer, "Amira is kind and funny. She remembers everyone's birthday."),
            (AboutMePart::ImportantToMe, Author::YoungPerson, "My cat Biscuit. Drawing. Knowing what is happening tomorrow."),
            (AboutMePart::HowToSupportMe, Author::YoungPerson, "Tell me about changes before they happen.\nLet me wear my ear defenders in the hall.\nDo not ask me to answer in front of the class."),
            (AboutMePart::HowICommunicate, Author::ParentOrCarer, "She talks a lot about things she likes. When she is upset she goes quiet and pulls her sleeves over her hands."),
            (AboutMePart::HopesAndDreams, Author::YoungPerson, "I want to work with animals. Maybe at a vet's. I want to live with a friend one day."),
            (AboutMePart::WorkingAndNotWorking, Author::Advocate, "Working: the quiet room at lunch. Not working: the school bus, which is loud and late."),
        ],
        first_entry_rewritten: Some("Amira is kind and funny. She remembers everyone's birthday, and she is a brilliant artist."),
        goals: vec![
            DemoGoal {
                words: GoalWords {
                    outcome: "Amira will ask a teacher for help when she is stuck, at least once a day.".into(),
                    theme: GoalTheme::Need(AreaOfNeed::CommunicationAndInteraction),
                    support: "A help card on her desk. Teachers check in with her after giving instructions.".into(),
                    measure: "Her teaching assistant keeps a simple tally for two weeks before each review.".into(),
                    by_when: Some(date(20, 7, start + 1)),
                },
                ratings: [Some(0), Some(1), Some(1), Some(2), Some(3), Some(3)],
                finished: None,
            },
            DemoGoal {
                words: GoalWords {
                    outcome: "Amira will stay in lessons when she feels worried, using her calm plan.".into(),
                    theme: GoalTheme::Need(AreaOfNeed::SocialEmotionalMentalHealth),
                    support: "A calm plan she made with the school counsellor. A time-out card.".into(),
                    measure: "Fewer times leaving class, from the school's records.".into(),
                    by_when: None,
                },
                ratings: [Some(1), Some(2), Some(1), Some(1), Some(2), Some(2)],
                finished: None,
            },
            DemoGoal {
                words: GoalWords {
                    outcome: "Amira will travel to the town centre on the bus with a friend.".into(),
                    theme: GoalTheme::Adulthood(AdulthoodTheme::IndependentLiving),
                    support: "Practice trips at weekends. A travel card with her route on it.".into(),
                    measure: "She does the trip three times without an adult.".into(),
                    by_when: Some(date(31, 3, start + 1)),
                },
                ratings: [None, None, None, Some(0), Some(1), Some(2)],
                finished: None,
            },
            DemoGoal {
                words: GoalWords {
                    outcome: "Amira will eat lunch in the dining hall twice a week.".into(),
                    theme: GoalTheme::Need(AreaOfNeed::SocialEmotionalMentalHealth),
                    support: "A quiet table near the door, with one friend.".into(),
                    measure: "She tells us, and the lunch staff agree.".into(),
                    by_when: None,
                },
                ratings: [Some(1), Some(2), Some(3), Some(4), None, None],
                finished: Some(GoalState::Achieved),
            },
        ],
        working: [
            "The quiet room at lunch. Her art club.",
            "Loud assemblies. Supply teachers who do not know her plan.",
        ],
    };
    let josh = DemoChild {
        details: ChildDetails {
            called_name: "Josh".into(),
            // Year 4 this school year.
            date_of_birth: date(5, 11, start - 9),
            setting: "St Mary's Primary School".into(),
            year_group_chosen: None,
            support_status: SupportStatus::SenSupport,
            key_dates: KeyDates::default(),
            areas_of_need: vec![AreaOfNeed::CognitionAndLearning, AreaOfNeed::SensoryPhysical],
        },
        about_me: vec![
            (AboutMePart::LikedAndAdmired, Author::ParentOrCarer, "Josh never gives up. He makes everyone laugh."),
            (AboutMePart::ImportantToMe, Author::YoungPerson, "Football. My big sister. Lego."),
            (AboutMePart::HowToSupportMe, Author::ParentOrCarer, "Short steps, one at a time. Pictures help more than words. He needs a sloped board for writing."),
            (AboutMePart::HopesAndDreams, Author::YoungPerson, "I want to be a footballer or a builder."),
        ],
        first_entry_rewritten: None,
        goals: vec![
            DemoGoal {
                words: GoalWords {
                    outcome: "Josh will read a short picture book on his own.".into(),
                    theme: GoalTheme::Need(AreaOfNeed::CognitionAndLearning),
                    support: "Phonics every day in a small group. Reading at home for ten minutes.".into(),
                    measure: "He reads a book from the school's green band to his teacher.".into(),
                    by_when: Some(date(20, 7, start + 1)),
                },
                ratings: [Some(0), Some(1), Some(2), Some(2), Some(3), Some(3)],
                finished: None,
            },
            DemoGoal {
                words: GoalWords {
                    outcome: "Josh will write his name and a short sentence neatly.".into(),
                    theme: GoalTheme::Need(AreaOfNeed::SensoryPhysical),
                    support: "A sloped board and a pencil grip. Hand exercises from the OT (occupational therapist).".into(),
                    measure: "Samples of his writing each term.".into(),
                    by_when: None,
                },
                ratings: [Some(1), Some(1), Some(2), Some(3), Some(2), Some(2)],
                finished: None,
            },
        ],
        working: [
            "His small reading group. Movement breaks.",
            "Copying from the board.",
        ],
    };
    vec![amira, josh]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage;

    #[tokio::test]
    async fn demo_fills_an_empty_database_once_with_two_children_and_two_school_years() {
        let (_dir, pool) = storage::open_fresh_for_test().await;
        let today = dates::from_iso("2026-11-23").unwrap();
        let report = fill_on(&pool, today).await.unwrap();
        assert!(report.starts_with("Added the demo Local Offer"), "{report}");
        let account = accounts::sign_in(&pool, DEMO_EMAIL, DEMO_PASSWORD, &Default::default())
            .await
            .unwrap();
        assert!(fill(&pool).await.unwrap().contains("already"));
        // The family, Amira's own account and the advocate.
        assert_eq!(accounts::count(&pool).await.unwrap(), 3);

        let viewer = Viewer {
            account_id: account.id,
            email: account.email,
        };
        let records = RecordStore::new(pool.clone());
        let children = records.children(&viewer).await.unwrap();
        assert_eq!(children.len(), 2);
        for child in &children {
            assert!(!records
                .about_me(&viewer, child.id)
                .await
                .unwrap()
                .is_empty());
            let goals = records.goals(&viewer, child.id).await.unwrap();
            assert!(goals.len() >= 2);
            let points = records
                .review_points(&viewer, child.id, today)
                .await
                .unwrap();
            let years: std::collections::BTreeSet<_> =
                points.iter().map(|p| p.school_year).collect();
            assert_eq!(years.len(), 2, "two school years of review points");
            let rated = points.iter().filter(|p| p.is_recorded()).count();
            assert_eq!(
                rated, 4,
                "last year's three and this autumn's, before 23 November 2026"
            );
        }
        let amira = &children[0];
        assert_eq!(amira.details.called_name, "Amira");
        // Amira signs in to her own record; the advocate sees what was shared, nothing more.
        let people = PeopleStore::new(pool.clone());
        let young = accounts::sign_in(
            &pool,
            DEMO_YOUNG_PERSON_EMAIL,
            DEMO_YOUNG_PERSON_PASSWORD,
            &Default::default(),
        )
        .await
        .unwrap();
        let young = Viewer {
            account_id: young.id,
            email: young.email,
        };
        assert_eq!(people.own_record(&young).await.unwrap(), Some(amira.id));
        let advocate = accounts::sign_in(
            &pool,
            DEMO_ADVOCATE_EMAIL,
            DEMO_ADVOCATE_PASSWORD,
            &Default::default(),
        )
        .await
        .unwrap();
        let advocate = Viewer {
            account_id: advocate.id,
            email: advocate.email,
        };
        let shared = people.shared_with_me(&advocate).await.unwrap();
        assert_eq!(shared.len(), 1);
        assert_eq!(shared[0].child_id, amira.id);
        assert_eq!(shared[0].family, "Leila (Amira and Josh's mum)");
        assert!(records.goals(&advocate, amira.id).await.is_ok());
        assert!(records.child(&advocate, children[1].id).await.is_err());
        let entries = records.about_me(&viewer, amira.id).await.unwrap();
        assert!(entries.iter().any(|e| e.writer_role == Role::Advocate));
        let goals = records.goals(&viewer, amira.id).await.unwrap();
        assert!(goals.iter().any(|g| g.state == GoalState::Achieved));
        let first = &records.about_me(&viewer, amira.id).await.unwrap()[0];
        assert_eq!(first.version, 2, "an entry with an earlier version to read");

        let directory = LocalOfferStore::new(pool.clone());
        let saved = directory.saved_services(&viewer, amira.id).await.unwrap();
        assert_eq!(saved.len(), 1);
        assert_eq!(saved[0].service_name, DEMO_SAVED_SERVICE);
        let everything = directory
            .search(&heard_app::local_offer::SearchQuery {
                page: 1,
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(everything.total >= 60, "{} demo services", everything.total);
    }
}
