//! `heard import-oruk` as an operator runs it: the real binary, a SQLite file on disk, the sample feeds
//! in `tests/fixtures/oruk/`. A second import of the same feed updates by id, unlists what is gone and
//! keeps what families saved; a broken feed changes nothing and says why.

use heard_app::local_offer::SearchQuery;
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates;
use heard_app::record::SupportStatus;
use heard_app::scope::Viewer;
use heard_app::services::{FamilyRecords, LocalOffer};
use heard_server::accounts::{self, NewAccount};
use heard_server::local_offer::LocalOfferStore;
use heard_server::record::RecordStore;
use heard_server::storage;
use heard_server::storage::Db;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Ran {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// Runs `heard import-oruk` as an operator would, on the database at `database` (a SQLite file or,
/// in the PostgreSQL run, a schema of its own).
fn import(database: &str, source: &Path, extra: &[&str]) -> Ran {
    let output = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--database-url")
        .arg(database)
        .arg("import-oruk")
        .arg(source)
        .args(extra)
        .env("HEARD_LOG", "warn")
        .output()
        .unwrap();
    Ran {
        ok: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/oruk")
        .join(name)
}

fn service(id: &str, name: &str, description: &str) -> serde_json::Value {
    json!({
        "id": id, "name": name, "description": description,
        "phones": [{"number": "01632 960001"}],
        "attributes": [{"taxonomy_term": {"name": "Leisure and activities"}}],
    })
}

async fn listed(pool: &Db) -> Vec<(String, bool)> {
    storage::query_as("SELECT id, listed FROM services ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_second_import_updates_by_id_unlists_what_is_gone_and_keeps_what_families_saved() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    let feed = dir.path().join("feed.json");
    std::fs::write(
        &feed,
        json!([
            service("a", "Art Club", "Painting on Saturdays."),
            service("b", "Boccia Club", "Boccia for wheelchair users."),
            service("c", "Cookery Club", "Cooking for teenagers."),
        ])
        .to_string(),
    )
    .unwrap();
    let first = import(&database, &feed, &[]);
    assert!(first.ok, "{}", first.stderr);
    assert!(
        first.stdout.contains("Read 3 services from 1 page"),
        "{}",
        first.stdout
    );
    assert!(first
        .stdout
        .contains("Added 3, updated 0, unchanged 0; 0 no longer listed."));

    // A family saves the boccia club to their child's record.
    let pool = storage::open(&database).await.unwrap();
    let account = accounts::create(
        &pool,
        NewAccount {
            email: "parent@example.org",
            password: "a long enough password",
            locale: None,
            reading_options: None,
        },
    )
    .await
    .unwrap();
    let viewer = Viewer {
        account_id: account.id,
        email: account.email,
    };
    let child_id = RecordStore::new(pool.clone())
        .add_child(
            &viewer,
            &ChildDetails {
                called_name: "Sam".into(),
                date_of_birth: dates::from_iso("2015-05-01").unwrap(),
                setting: String::new(),
                year_group_chosen: None,
                support_status: SupportStatus::SenSupport,
                key_dates: KeyDates::default(),
                areas_of_need: vec![],
            },
        )
        .await
        .unwrap();
    let directory = LocalOfferStore::new(pool.clone());
    directory
        .save_service(&viewer, child_id, "b", "We rang on 3 March.")
        .await
        .unwrap();
    let boccia = SearchQuery {
        words: "boccia".into(),
        page: 1,
        ..SearchQuery::default()
    };
    assert_eq!(directory.search(&boccia).await.unwrap().total, 1);

    // The council changes the art club, drops the boccia club, leaves cookery alone.
    std::fs::write(
        &feed,
        json!([
            service("a", "Art Club", "Painting and clay on Saturdays."),
            service("c", "Cookery Club", "Cooking for teenagers."),
        ])
        .to_string(),
    )
    .unwrap();
    let second = import(&database, &feed, &[]);
    assert!(second.ok, "{}", second.stderr);
    assert!(
        second
            .stdout
            .contains("Added 0, updated 1, unchanged 1; 1 no longer listed."),
        "{}",
        second.stdout
    );
    assert_eq!(
        listed(&pool).await,
        [("a".into(), true), ("b".into(), false), ("c".into(), true)]
    );
    // The running server's index notices, so the dropped service is no longer found...
    assert_eq!(directory.search(&boccia).await.unwrap().total, 0);
    // ...but the family's saved service and note are still there, marked.
    let saved = directory.saved_services(&viewer, child_id).await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].service_name, "Boccia Club");
    assert_eq!(saved[0].note, "We rang on 3 March.");
    assert!(!saved[0].still_listed);
    assert!(!directory.service("b").await.unwrap().still_listed);
    let art = directory.service("a").await.unwrap();
    assert_eq!(art.service.description, "Painting and clay on Saturdays.");

    // Back in the feed, it is listed again.
    std::fs::write(
        &feed,
        json!([service("b", "Boccia Club", "Boccia for wheelchair users.")]).to_string(),
    )
    .unwrap();
    let third = import(&database, &feed, &[]);
    assert!(third.stdout.contains("updated 1") && third.stdout.contains("2 no longer listed"));
    assert_eq!(directory.search(&boccia).await.unwrap().total, 1);
}

#[tokio::test]
async fn a_broken_feed_changes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    assert!(import(&database, &fixture("v3-page.json"), &[]).ok);
    let pool = storage::open(&database).await.unwrap();
    let before = listed(&pool).await;
    assert!(!before.is_empty());

    let bad_json = import(&database, &fixture("broken-bad-json.json"), &[]);
    assert!(!bad_json.ok);
    assert!(
        bad_json.stderr.contains("not valid JSON"),
        "{}",
        bad_json.stderr
    );
    let wrong_shape = import(&database, &fixture("broken-wrong-shape.json"), &[]);
    assert!(!wrong_shape.ok);
    assert!(
        wrong_shape.stderr.contains("not Open Referral UK services"),
        "{}",
        wrong_shape.stderr
    );
    let too_big = import(&database, &fixture("v3-page.json"), &["--max-bytes", "100"]);
    assert!(!too_big.ok);
    assert!(
        too_big.stderr.contains("larger than 100 bytes"),
        "{}",
        too_big.stderr
    );
    let missing = import(&database, &dir.path().join("nowhere.json"), &[]);
    assert!(!missing.ok);
    assert!(
        missing.stderr.contains("could not read"),
        "{}",
        missing.stderr
    );
    for ran in [&bad_json, &wrong_shape, &too_big, &missing] {
        assert!(
            ran.stderr.contains("nothing was imported"),
            "{}",
            ran.stderr
        );
    }
    assert_eq!(listed(&pool).await, before, "nothing changed");
}

#[tokio::test]
async fn messy_feeds_import_what_is_usable_and_name_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;

    let missing_id = import(&database, &fixture("broken-missing-id.json"), &[]);
    assert!(missing_id.ok, "{}", missing_id.stderr);
    assert!(
        missing_id.stdout.contains("rejected   #1 (no id)"),
        "{}",
        missing_id.stdout
    );
    assert!(
        missing_id.stdout.contains("no-name-club"),
        "{}",
        missing_id.stdout
    );

    let duplicates = import(&database, &fixture("broken-duplicate-ids.json"), &[]);
    assert!(duplicates.ok);
    assert!(
        duplicates.stdout.contains("#3 dup-1: ") && duplicates.stdout.contains("position 1"),
        "{}",
        duplicates.stdout
    );

    let ages = import(&database, &fixture("broken-ages-as-strings.json"), &[]);
    assert!(ages.ok);
    assert!(ages.stdout.contains("left out"), "{}", ages.stdout);
    assert!(ages.stdout.contains("was text"), "{}", ages.stdout);

    let no_contacts = import(&database, &fixture("broken-no-contacts.json"), &[]);
    assert!(no_contacts.ok);
    assert!(
        no_contacts.stdout.contains("no way to contact"),
        "{}",
        no_contacts.stdout
    );

    for v1 in ["v1-nested.json", "v1-flat.json"] {
        let ran = import(&database, &fixture(v1), &[]);
        assert!(ran.ok, "{v1}: {}", ran.stderr);
        assert!(ran.stdout.contains("Rejected: 0."), "{v1}: {}", ran.stdout);
        assert!(!ran.stdout.contains("Added 0,"), "{v1}: {}", ran.stdout);
    }
}
