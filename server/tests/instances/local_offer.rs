//! An import shows in every instance's searches. Each instance keeps its own search index in memory
//! and rebuilds it in the background when the import generation in the database has moved on
//! (local_offer/live_index.rs); the old index answers until then.

use crate::load::browser;
use crate::*;
use reqwest::StatusCode;
use std::process::Command;

async fn search(heard: &Heard, words: &str) -> String {
    let answer = browser()
        .get(format!("{}/local-offer", heard.base))
        .query(&[("q", words)])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    answer.text().await.unwrap()
}

#[tokio::test]
async fn an_import_by_the_command_line_shows_in_searches_on_both_instances_without_a_restart() {
    let Some(shared) = on_postgres("instances share one Local Offer only on PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    // Each instance has searched, so each holds an index built before the import.
    for (name, heard) in [("A", &a), ("B", &b)] {
        let page = search(heard, "occupational therapy").await;
        assert!(!page.contains("Occupational Therapy"), "on {name}: {page}");
    }

    let feed =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oruk/v3-array.json");
    let imported = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--database-url")
        .arg(&shared.url)
        .arg("import-oruk")
        .arg(&feed)
        .env("HEARD_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );

    for (name, heard) in [("A", &a), ("B", &b)] {
        let waiting = std::time::Instant::now();
        loop {
            let page = search(heard, "occupational therapy").await;
            if page.contains("Occupational Therapy") {
                break;
            }
            assert!(
                waiting.elapsed() < std::time::Duration::from_secs(120),
                "never on {name}: {page}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
}
