//! The Local Offer as an operator runs it, on the tests' database (a SQLite file, or PostgreSQL with
//! HEARD_TEST_POSTGRES): a scheduled import claimed by exactly one of several instances, a claim
//! left by a killed instance taken over, searches answered from the old index while a new one is
//! built, and services from before feeds had names moved to the default feed.

use super::feeds::FeedName;
use super::oruk::{Feed, ReadService};
use super::{import, schedule, LocalOfferStore};
use crate::storage::{self, for_tests, Backend, Db};
use heard_app::local_offer::{SearchQuery, Service};
use heard_app::services::LocalOffer;
use std::sync::Arc;
use std::time::Duration;

/// Long enough for a debug build on a busy machine; only a hang reaches it.
const PATIENCE: Duration = Duration::from_secs(120);
const DAY: i64 = 24 * 60 * 60;

fn feed(services: &[(&str, &str)]) -> Feed {
    Feed {
        services: services
            .iter()
            .map(|(id, name)| ReadService {
                service: Service {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: format!("{name} for children and young people."),
                    ..Service::default()
                },
                warnings: vec![],
            })
            .collect(),
        rejected: vec![],
        pages_read: 1,
    }
}

fn name(text: &str) -> FeedName {
    text.parse().unwrap()
}

async fn found(directory: &LocalOfferStore, words: &str) -> usize {
    let query = SearchQuery {
        words: words.into(),
        page: 1,
        ..SearchQuery::default()
    };
    tokio::time::timeout(PATIENCE, directory.search(&query))
        .await
        .expect("a search answers without waiting for a rebuild")
        .unwrap()
        .total
}

async fn fresh() -> (tempfile::TempDir, String, Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = for_tests::fresh_database_url(dir.path()).await;
    let db = storage::open(&url).await.unwrap();
    (dir, url, db)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_eight_instances_claiming_a_due_import_at_once_exactly_one_wins() {
    let (_dir, url, first) = fresh().await;
    let derby = name("derby");
    let now = 1_000_000;
    schedule::register(&first, &derby, now, now + DAY)
        .await
        .unwrap();
    // Eight instances, each with connections of its own to the one database.
    let mut instances = vec![first];
    for _ in 1..8 {
        instances.push(storage::open(&url).await.unwrap());
    }
    for round in 0..5 {
        let at_once = Arc::new(tokio::sync::Barrier::new(instances.len()));
        let claims: Vec<_> = instances
            .iter()
            .enumerate()
            .map(|(n, db)| {
                let (db, derby, at_once) = (db.clone(), derby.clone(), at_once.clone());
                tokio::spawn(async move {
                    at_once.wait().await;
                    let me = format!("instance-{n}");
                    let won = schedule::claim(&db, &derby, &me, now, now + 300)
                        .await
                        .unwrap();
                    (me, won)
                })
            })
            .collect();
        let mut winners = Vec::new();
        for claim in claims {
            let (me, won) = claim.await.unwrap();
            if won {
                winners.push(me);
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?} all won");
        let holder: Option<String> =
            storage::query_scalar("SELECT claimed_by FROM local_offer_schedule WHERE feed = $1")
                .bind(derby.as_str())
                .fetch_one(&instances[0])
                .await
                .unwrap();
        assert_eq!(holder.as_ref(), Some(&winners[0]));
        // Due again at once, for the next round.
        assert!(schedule::finish(&instances[0], &derby, &winners[0], now)
            .await
            .unwrap());
    }
}

#[tokio::test]
async fn a_claim_left_by_a_killed_instance_lapses_and_another_takes_the_run_over() {
    let (_dir, _url, db) = fresh().await;
    let derby = name("derby");
    let now = 2_000_000;
    schedule::register(&db, &derby, now, now + DAY)
        .await
        .unwrap();
    assert!(schedule::claim(&db, &derby, "killed", now, now + 300)
        .await
        .unwrap());
    // "killed" stops here, holding its claim. Until the claim lapses nobody else runs the import...
    assert!(!schedule::claim(&db, &derby, "other", now + 299, now + 599)
        .await
        .unwrap());
    // ...then another instance takes it over.
    assert!(schedule::claim(&db, &derby, "other", now + 300, now + 600)
        .await
        .unwrap());
    // The killed one's claim is no longer its own, should it come back.
    assert!(!schedule::renew(&db, &derby, "killed", now + 900)
        .await
        .unwrap());
    assert!(!schedule::finish(&db, &derby, "killed", now + DAY)
        .await
        .unwrap());
    assert!(schedule::renew(&db, &derby, "other", now + 900)
        .await
        .unwrap());
    assert!(schedule::finish(&db, &derby, "other", now + 400 + DAY)
        .await
        .unwrap());
    // Done: not due again until the next time, whoever asks.
    assert!(!schedule::claim(&db, &derby, "third", now + 401, now + 701)
        .await
        .unwrap());
    assert!(
        schedule::claim(&db, &derby, "third", now + 400 + DAY, now + 700 + DAY)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn a_feed_on_the_schedule_keeps_its_time_across_restarts_unless_the_interval_shortens() {
    let (_dir, _url, db) = fresh().await;
    let derby = name("derby");
    let next = || async {
        storage::query_scalar::<i64>("SELECT next_run_at FROM local_offer_schedule WHERE feed = $1")
            .bind("derby")
            .fetch_one(&db)
            .await
            .unwrap()
    };
    // New: due at once, so a new installation gets its Local Offer on first start.
    schedule::register(&db, &derby, 100, 100 + DAY)
        .await
        .unwrap();
    assert_eq!(next().await, 100);
    assert!(!schedule::finish(&db, &derby, "nobody", 100 + DAY)
        .await
        .unwrap());
    storage::query("UPDATE local_offer_schedule SET next_run_at = $1")
        .bind(100 + DAY)
        .execute(&db)
        .await
        .unwrap();
    // A restart with the same interval leaves the time alone; a shorter one brings it forward.
    schedule::register(&db, &derby, 200, 200 + DAY)
        .await
        .unwrap();
    assert_eq!(next().await, 100 + DAY);
    schedule::register(&db, &derby, 300, 300 + 3600)
        .await
        .unwrap();
    assert_eq!(next().await, 300 + 3600);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn while_a_new_index_is_built_searches_answer_at_once_from_the_old_one() {
    let (_dir, _url, db) = fresh().await;
    let local = FeedName::default();
    import::store(&db, &local, "march.json", feed(&[("art", "Art Club")]))
        .await
        .unwrap();
    let directory = LocalOfferStore::new(db.clone());
    assert!(!directory.is_ready());
    // The very first index is waited for: there is nothing else true to answer from.
    assert_eq!(found(&directory, "art").await, 1);
    assert!(directory.is_ready());
    let old = directory.index_status().unwrap();
    assert_eq!(old.services, 1);

    let (built, go_on) = directory.live_index().pause_next_swap();
    import::store(
        &db,
        &local,
        "april.json",
        feed(&[("art", "Art Club"), ("boccia", "Boccia Club")]),
    )
    .await
    .unwrap();
    // The import is seen: the search answers from the index held and starts a new one behind it.
    assert_eq!(found(&directory, "boccia").await, 0);
    let new_generation = tokio::time::timeout(PATIENCE, built)
        .await
        .expect("a rebuild started")
        .unwrap();
    assert!(new_generation > old.generation);
    // The new index is whole and not yet swapped in: searches still answer, from the old one, and
    // start no second build.
    for _ in 0..3 {
        assert_eq!(found(&directory, "boccia").await, 0);
        assert_eq!(found(&directory, "art").await, 1);
    }
    assert_eq!(directory.index_status(), Some(old));

    go_on.send(()).unwrap();
    tokio::time::timeout(PATIENCE, directory.refreshed_index())
        .await
        .unwrap()
        .unwrap();
    let new = directory.index_status().unwrap();
    assert_eq!((new.generation, new.services), (new_generation, 2));
    assert_eq!(found(&directory, "boccia").await, 1);
}

#[tokio::test]
async fn services_from_before_feeds_had_names_join_the_default_feed_and_the_demo_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let url = for_tests::fresh_database_url(dir.path()).await;
    // The database as the release before named feeds left it: migrations up to 0010, with services
    // imported from two file names for one council, and the demo's.
    let folder = match for_tests::backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let before = dir.path().join("migrations-before");
    std::fs::create_dir(&before).unwrap();
    let all = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(folder);
    for entry in std::fs::read_dir(&all).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_str().unwrap().to_string();
        if file.as_str() < "0011" {
            std::fs::copy(&path, before.join(&file)).unwrap();
        }
    }
    let old = sqlx::migrate::Migrator::new(before.as_path())
        .await
        .unwrap();
    assert_eq!(old.iter().count(), 10);
    let old_db = match for_tests::backend() {
        Backend::Sqlite => {
            use std::str::FromStr;
            let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
                .unwrap()
                .create_if_missing(true);
            let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
            old.run(&pool).await.unwrap();
            Db::Sqlite(pool)
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&url).await.unwrap();
            old.run(&pool).await.unwrap();
            Db::Postgres(pool)
        }
    };
    for (id, from) in [
        ("march-only", "/srv/feeds/derby-march.json"),
        ("both", "/srv/feeds/derby-april.json"),
        ("demo-club", "heard demo Local Offer"),
    ] {
        storage::query(
            "INSERT INTO services (id, name, feed, listed, details, first_imported_at, imported_at)
             VALUES ($1, $1, $2, TRUE, $3, 1, 1)",
        )
        .bind(id)
        .bind(from)
        .bind(
            serde_json::to_string(&Service {
                id: id.into(),
                name: id.into(),
                ..Service::default()
            })
            .unwrap(),
        )
        .execute(&old_db)
        .await
        .unwrap();
    }
    old_db.close().await;

    let db = storage::open(&url).await.unwrap();
    let feeds: Vec<(String, String)> =
        storage::query_as("SELECT id, feed FROM services ORDER BY id")
            .fetch_all(&db)
            .await
            .unwrap();
    let feeds: Vec<(&str, &str)> = feeds
        .iter()
        .map(|(id, feed)| (id.as_str(), feed.as_str()))
        .collect();
    assert_eq!(
        feeds,
        [
            ("both", "local"),
            ("demo-club", "demo"),
            ("march-only", "local")
        ]
    );
    // This month's export, under yet another file name, unlists what the council dropped from
    // either earlier file, and leaves the demo alone.
    let report = import::store(
        &db,
        &FeedName::default(),
        "/srv/feeds/derby-may.json",
        feed(&[("both", "both")]),
    )
    .await
    .unwrap();
    assert_eq!(report.no_longer_listed, 1);
    let listed: Vec<String> =
        storage::query_scalar("SELECT id FROM services WHERE listed = TRUE ORDER BY id")
            .fetch_all(&db)
            .await
            .unwrap();
    assert_eq!(listed, ["both", "demo-club"]);
}
