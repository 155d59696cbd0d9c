//! Killing one instance loses nothing it said was saved, and the other carries on: the crash test's
//! writers (load/), eight on each of two instances, and SIGKILL of one in the middle of them.

use crate::load::{family, missing, Load};
use crate::*;
use reqwest::StatusCode;
use std::collections::HashSet;

/// Writes acknowledged by each instance before the kill, and by the survivor after it.
const WRITES_BEFORE: usize = 200;
const WRITES_AFTER: usize = 200;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_one_instance_under_load_loses_no_acknowledged_write_and_the_other_keeps_serving() {
    let Some(shared) =
        on_postgres("two instances share one database's writes only on PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    let family = family(&a, "amina@example.org").await;

    let on_a = Load::start(&a, &family, "instance A");
    let on_b = Load::start(&b, &family, "instance B");
    on_a.until_acknowledged(WRITES_BEFORE, &a).await;
    on_b.until_acknowledged(WRITES_BEFORE, &b).await;
    a.kill();
    let at_kill = on_b.acknowledged();
    on_b.until_acknowledged(at_kill + WRITES_AFTER, &b).await;
    let (on_a, on_b) = (on_a.stop().await, on_b.stop().await);

    let page = family
        .client
        .get(format!("{}/children/{}/about-me", b.base, family.child))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK, "B still serves the family");

    let db = shared.db().await;
    let saved: HashSet<String> = storage::query_scalar("SELECT body FROM about_me_versions")
        .fetch_all(&db)
        .await
        .unwrap()
        .into_iter()
        .collect();
    let acknowledged: Vec<String> = on_a
        .acknowledged
        .iter()
        .chain(&on_b.acknowledged)
        .map(|a| a.text.clone())
        .collect();
    let lost = missing(&acknowledged, &saved);
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged writes are missing, e.g. {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(5)]
    );
    println!(
        "kill -9 of A under 2 × {} writers: A acknowledged {} writes (other answers {:?}; {} \
         requests cut off or refused by the kill); B acknowledged {} ({} after the kill, other answers {:?}); \
         all {} found in the database",
        load::WRITERS,
        on_a.acknowledged.len(),
        on_a.other_answers,
        on_a.no_answer,
        on_b.acknowledged.len(),
        on_b.acknowledged.len() - at_kill.min(on_b.acknowledged.len()),
        on_b.other_answers,
        acknowledged.len()
    );
}
