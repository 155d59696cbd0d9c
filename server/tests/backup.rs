//! `heard backup` as an operator runs it, while families are saving: the real server under eight
//! writers, the real binary making the backup, and a restore (the backup becomes the database file of
//! a new server). Everything acknowledged before the backup began is in the restored portal; nothing
//! begun after it ended is (so the copy really is a snapshot, and this is the copy being read).

mod load;
use load::*;

use reqwest::StatusCode;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn run_backup(database: &Path, file: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--database-url")
        .arg(format!("sqlite://{}", database.display()))
        .arg("backup")
        .arg(file)
        .env("HEARD_LOG", "warn")
        .output()
        .unwrap()
}

// Two threads, so the writers keep posting while the backup runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_everything_acknowledged_before_it() {
    let began = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    std::fs::create_dir(&live).unwrap();
    let database = live.join("heard.db");
    let heard = Heard::start(&database).await;
    let family = family(&heard, "amina@example.org").await;

    let load = Load::start(&heard, &family, "backup");
    load.until_acknowledged(300, &heard).await;
    let backup_file = dir.path().join("heard-backup.db");
    let backup_began = Instant::now();
    let backup = {
        let (database, backup_file) = (database.clone(), backup_file.clone());
        tokio::task::spawn_blocking(move || run_backup(&database, &backup_file))
            .await
            .unwrap()
    };
    let backup_ended = Instant::now();
    let during_backup = load.acknowledged();
    let stdout = String::from_utf8_lossy(&backup.stdout);
    assert!(
        backup.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    assert!(
        stdout.contains("passed SQLite's integrity check"),
        "{stdout}"
    );
    // Families carry on saving after the backup.
    load.until_acknowledged(during_backup + 100, &heard).await;
    heard.kill();
    let tally = load.stop().await;

    let before: Vec<String> = tally
        .acknowledged
        .iter()
        .filter(|a| a.answered < backup_began)
        .map(|a| a.text.clone())
        .collect();
    let after: Vec<String> = tally
        .acknowledged
        .iter()
        .filter(|a| a.sent > backup_ended)
        .map(|a| a.text.clone())
        .collect();
    assert!(before.len() >= 300 && !after.is_empty());
    // The live file has everything acknowledged, before, during and after.
    let (live_saved, verdict) = read_back(&database).await;
    assert_eq!(verdict, ["ok"]);
    let all: Vec<String> = tally.acknowledged.iter().map(|a| a.text.clone()).collect();
    assert!(missing(&all, &live_saved).is_empty());

    // Restore as README.md says: the backup becomes the database file, and a server starts on it.
    let restored_dir = dir.path().join("restored");
    std::fs::create_dir(&restored_dir).unwrap();
    let restored = restored_dir.join("heard.db");
    std::fs::copy(&backup_file, &restored).unwrap();
    let heard = Heard::start(&restored).await;
    let (saved, verdict) = read_back(&restored).await;
    assert_eq!(verdict, ["ok"], "the restored file is damaged");
    let lost = missing(&before, &saved);
    assert!(
        lost.is_empty(),
        "{} of {} writes acknowledged before the backup are missing from it, e.g. {:?}",
        lost.len(),
        before.len(),
        &lost[..lost.len().min(5)]
    );
    // Sessions are not in a backup: the parent signs in again, with the same password, and sees
    // the last entry saved before the backup began.
    let client = browser();
    let signed_in = post(
        &client,
        &heard.base,
        "/sign-in",
        &[("email", family.email.as_str()), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let page = client
        .get(format!("{}/children/{}/about-me", heard.base, family.child))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    let newest_before = tally
        .acknowledged
        .iter()
        .filter(|a| a.answered < backup_began)
        .max_by_key(|a| a.answered)
        .unwrap();
    assert!(page.contains(&newest_before.text), "{}", newest_before.text);
    heard.kill();

    let found = before.len() - lost.len();
    let leaked: Vec<_> = after.iter().filter(|t| saved.contains(*t)).collect();
    assert!(
        leaked.is_empty(),
        "writes begun after the backup ended are in it: {leaked:?}"
    );
    let while_running: Vec<_> = tally
        .acknowledged
        .iter()
        .filter(|a| a.answered >= backup_began && a.sent <= backup_ended)
        .collect();
    let in_backup_while_running = while_running
        .iter()
        .filter(|a| saved.contains(&a.text))
        .count();
    println!(
        "backup under {WRITERS} writers: {} acknowledged before it began, {found} found in the restored copy; \
         {} acknowledged while it ran ({in_backup_while_running} of them in it); {} begun after it, none in it; \
         backup took {:.2} s, test {:.1} s\n{stdout}",
        before.len(),
        while_running.len(),
        after.len(),
        (backup_ended - backup_began).as_secs_f64(),
        began.elapsed().as_secs_f64()
    );
}
