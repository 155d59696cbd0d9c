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
    // The running server's index notices and is rebuilt (in the background; waited for here), so
    // the dropped service is no longer found...
    directory.refreshed_index().await.unwrap();
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
    directory.refreshed_index().await.unwrap();
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

fn write_feed(path: &Path, services: &[serde_json::Value]) {
    std::fs::write(path, serde_json::Value::from(services.to_vec()).to_string()).unwrap();
}

#[tokio::test]
async fn this_months_export_under_a_new_file_name_unlists_what_the_council_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    let (march, april, may) = (
        dir.path().join("derby-2025-03.json"),
        dir.path().join("derby-2025-04.json"),
        dir.path().join("derby-2025-05.json"),
    );
    let art = service("a", "Art Club", "Painting on Saturdays.");
    let boccia = service("b", "Boccia Club", "Boccia for wheelchair users.");
    let cookery = service("c", "Cookery Club", "Cooking for teenagers.");
    write_feed(&march, &[art.clone(), boccia, cookery.clone()]);
    write_feed(&april, &[art.clone(), cookery]);
    write_feed(&may, &[art]);

    // A named feed, each month from a new file.
    assert!(import(&database, &march, &["--feed", "derby"]).ok);
    let second = import(&database, &april, &["--feed", "derby"]);
    assert!(second.ok, "{}", second.stderr);
    assert!(
        second.stdout.contains("unchanged 2; 1 no longer listed")
            && second.stdout.contains("(feed derby)"),
        "{}",
        second.stdout
    );
    let pool = storage::open(&database).await.unwrap();
    assert_eq!(
        listed(&pool).await,
        [("a".into(), true), ("b".into(), false), ("c".into(), true)]
    );

    // An installation with one feed need not name it: `heard import-oruk FILE` as before.
    let other = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(other.path()).await;
    assert!(import(&database, &march, &[]).ok);
    assert!(import(&database, &april, &[]).ok);
    let third = import(&database, &may, &[]);
    assert!(
        third.stdout.contains("1 no longer listed") && third.stdout.contains("(feed local)"),
        "{}",
        third.stdout
    );
    let pool = storage::open(&database).await.unwrap();
    assert_eq!(
        listed(&pool).await,
        [("a".into(), true), ("b".into(), false), ("c".into(), false)]
    );

    let badly_named = import(&database, &may, &["--feed", "Derby City"]);
    assert!(!badly_named.ok);
    assert!(
        badly_named.stderr.contains("is not a feed name"),
        "{}",
        badly_named.stderr
    );
}

#[tokio::test]
async fn two_councils_feeds_do_not_unlist_each_others_services() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    let (city, county) = (dir.path().join("city.json"), dir.path().join("county.json"));
    write_feed(
        &city,
        &[
            service("city-art", "Art Club", "Painting on Saturdays."),
            service("city-swim", "Splash", "Swimming with a hoist."),
        ],
    );
    write_feed(
        &county,
        &[
            service("county-farm", "Farm Days", "A city farm for all."),
            service("county-music", "Music Makers", "Drumming and singing."),
        ],
    );
    assert!(import(&database, &city, &["--feed", "derby"]).ok);
    assert!(import(&database, &county, &["--feed", "derbyshire"]).ok);

    // The county drops a service: only the county's is unlisted.
    write_feed(
        &county,
        &[service("county-farm", "Farm Days", "A city farm for all.")],
    );
    let again = import(&database, &county, &["--feed", "derbyshire"]);
    assert!(
        again.stdout.contains("unchanged 1; 1 no longer listed"),
        "{}",
        again.stdout
    );
    // The city's feed again, from the same file: nothing of the county's is touched.
    let city_again = import(&database, &city, &["--feed", "derby"]);
    assert!(
        city_again
            .stdout
            .contains("unchanged 2; 0 no longer listed"),
        "{}",
        city_again.stdout
    );
    let pool = storage::open(&database).await.unwrap();
    assert_eq!(
        listed(&pool).await,
        [
            ("city-art".into(), true),
            ("city-swim".into(), true),
            ("county-farm".into(), true),
            ("county-music".into(), false)
        ]
    );
}

/// One row of `local_offer_imports`, as an operator reads it.
#[derive(Debug, sqlx::FromRow)]
struct Recorded {
    feed: String,
    source: String,
    run_by: String,
    started_at: i64,
    outcome: String,
    added: i64,
    no_longer_listed: i64,
    rejected: i64,
    report: String,
}

async fn recorded(pool: &Db) -> Vec<Recorded> {
    storage::query_as(
        "SELECT feed, source, run_by, started_at, outcome, added, no_longer_listed, rejected, report
         FROM local_offer_imports ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn every_import_is_recorded_for_the_operator_ok_or_failed() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    assert!(
        import(
            &database,
            &fixture("broken-missing-id.json"),
            &["--feed", "derby"]
        )
        .ok
    );
    assert!(
        !import(
            &database,
            &fixture("broken-bad-json.json"),
            &["--feed", "derby"]
        )
        .ok
    );
    // An address with a password in it: the record keeps the address, never the password.
    let secret_url = "http://heard:s3cret-token@127.0.0.1:1/api/services";
    let unreachable = import(&database, Path::new(secret_url), &["--feed", "derbyshire"]);
    assert!(!unreachable.ok, "{}", unreachable.stdout);

    let pool = storage::open(&database).await.unwrap();
    let records = recorded(&pool).await;
    assert_eq!(records.len(), 3, "{records:?}");
    let ok = &records[0];
    assert_eq!(
        (ok.feed.as_str(), ok.run_by.as_str(), ok.outcome.as_str()),
        ("derby", "cli", "ok")
    );
    assert!(ok.source.ends_with("broken-missing-id.json"), "{ok:?}");
    assert_eq!((ok.added, ok.rejected), (1, 4), "{ok:?}");
    assert!(ok.started_at > 1_700_000_000, "{ok:?}");
    assert!(ok.report.contains("rejected   #1 (no id)"), "{ok:?}");

    let bad_json = &records[1];
    assert_eq!(
        (bad_json.feed.as_str(), bad_json.outcome.as_str()),
        ("derby", "failed")
    );
    assert_eq!((bad_json.added, bad_json.no_longer_listed), (0, 0));
    assert!(bad_json.report.contains("not valid JSON"), "{bad_json:?}");

    let unreachable = &records[2];
    assert_eq!(
        (unreachable.feed.as_str(), unreachable.outcome.as_str()),
        ("derbyshire", "failed")
    );
    assert_eq!(unreachable.source, "http://127.0.0.1:1/api/services");
    assert!(
        !unreachable.report.contains("s3cret") && !unreachable.source.contains("s3cret"),
        "{unreachable:?}"
    );
}

/// `heard serve` as its own process, with its output in a file for the test to read.
pub(crate) struct Serving {
    pub(crate) process: std::process::Child,
    pub(crate) base: String,
    log: PathBuf,
}

impl Serving {
    pub(crate) async fn start(database: &str, folder: &Path, flags: &[&str]) -> Serving {
        for _ in 0..5 {
            // Another test may take the port between here and the server's bind; then try another.
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let log = folder.join(format!("heard-{port}.log"));
            let output = std::fs::File::create(&log).unwrap();
            let process = Command::new(env!("CARGO_BIN_EXE_heard"))
                .arg("serve")
                .arg("--database-url")
                .arg(database)
                .arg("--addr")
                .arg(format!("127.0.0.1:{port}"))
                .arg("--site-root")
                .arg(folder.join("site"))
                .args(flags)
                .env("HEARD_LOG", "info")
                // Log lines as plain text, to be read by this test.
                .env("NO_COLOR", "1")
                .stdout(output.try_clone().unwrap())
                .stderr(output)
                .spawn()
                .unwrap();
            let mut serving = Serving {
                process,
                base: format!("http://127.0.0.1:{port}"),
                log,
            };
            if serving.answers().await {
                return serving;
            }
        }
        panic!("heard serve did not start");
    }

    /// Waits for `/healthz`; false if the process stopped (most likely: the port was taken).
    async fn answers(&mut self) -> bool {
        let client = reqwest::Client::new();
        for _ in 0..1200 {
            if let Ok(Some(_)) = self.process.try_wait() {
                eprintln!("heard stopped: {}", self.log_text());
                return false;
            }
            let health = client
                .get(format!("{}/healthz", self.base))
                .timeout(std::time::Duration::from_secs(5))
                .send()
                .await;
            if health.is_ok_and(|r| r.status().is_success()) {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("heard did not answer: {}", self.log_text());
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// How many services a search for `words` finds, as the page says.
    async fn found(&self, words: &str) -> Option<usize> {
        let page = reqwest::get(format!("{}/local-offer?q={words}", self.base))
            .await
            .ok()?
            .text()
            .await
            .ok()?
            .replace(['\u{2068}', '\u{2069}'], "");
        if page.contains("No services found") {
            return Some(0);
        }
        let before = page
            .find(" services found")
            .or_else(|| page.find(" service found"))?;
        let digits = page[..before]
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()?;
        digits.parse().ok()
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Asks `check` every half second until it says yes; a debug build on a busy machine is given a
/// long time, so only something that never happens fails here.
pub(crate) async fn eventually<F: std::future::Future<Output = bool>>(
    what: &str,
    mut check: impl FnMut() -> F,
) {
    let waiting = std::time::Instant::now();
    while !check().await {
        assert!(
            waiting.elapsed() < std::time::Duration::from_secs(300),
            "never: {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

#[tokio::test]
async fn serve_with_import_imports_the_feed_itself_and_again_on_schedule_once_across_instances() {
    let dir = tempfile::tempdir().unwrap();
    let database = storage::for_tests::fresh_database_url(dir.path()).await;
    let feed = dir.path().join("derby.json");
    write_feed(
        &feed,
        &[
            service("a", "Art Club", "Painting on Saturdays."),
            service("b", "Boccia Club", "Boccia for wheelchair users."),
        ],
    );
    let import = format!("derby={}", feed.display());
    let flags = ["--import", import.as_str(), "--import-every", "1m"];
    // Two instances on one database, started together: each run of the schedule is made once.
    let instances = [
        Serving::start(&database, dir.path(), &flags).await,
        Serving::start(&database, dir.path(), &flags).await,
    ];
    let pool = storage::open(&database).await.unwrap();

    // Nobody ran `heard import-oruk`: the feed is imported on first start.
    eventually("the first scheduled import", || async {
        !recorded(&pool).await.is_empty()
    })
    .await;
    let first = recorded(&pool).await.remove(0);
    assert_eq!(
        (first.feed.as_str(), first.outcome.as_str()),
        ("derby", "ok")
    );
    assert_eq!(first.added, 2);
    assert_ne!(first.run_by, "cli");
    // Families find it on both instances, once each has built its index.
    for serving in &instances {
        eventually("the boccia club is found", || async {
            serving.found("boccia").await == Some(1)
        })
        .await;
    }

    // The council drops the boccia club; the next run, a minute on, unlists it.
    write_feed(&feed, &[service("a", "Art Club", "Painting on Saturdays.")]);
    eventually("the second scheduled import", || async {
        recorded(&pool).await.len() >= 2
    })
    .await;
    let records = recorded(&pool).await;
    assert_eq!(records.len(), 2, "each run is made once: {records:?}");
    assert_eq!(records[1].no_longer_listed, 1, "{records:?}");
    assert!(
        records[1].started_at - records[0].started_at >= 60,
        "{records:?}"
    );
    for serving in &instances {
        eventually("the boccia club is no longer found", || async {
            serving.found("boccia").await == Some(0)
        })
        .await;
    }
    // Each run is one line in the log of whichever instance made it.
    let logs: String = instances.iter().map(Serving::log_text).collect();
    let runs: Vec<&str> = logs
        .lines()
        .filter(|line| line.contains("Local Offer feed imported on schedule"))
        .collect();
    assert_eq!(runs.len(), 2, "{logs}");
    assert!(
        runs.iter()
            .all(|line| line.contains("feed=derby") && line.contains("outcome=\"ok\"")),
        "{runs:?}"
    );
}
