//! Killing the server never loses a write it said was saved.
//!
//! The real `heard serve` on a SQLite file, eight writers adding all-about-me entries as a signed-in
//! parent, and SIGKILL (`kill -9`) in the middle of that, a few times over. After each kill the server
//! is started again on the same file; every entry that got its "saved" answer (the 303 back to the
//! page) must be in the file, and SQLite's integrity check must pass.
//!
//! What this can and cannot catch. SIGKILL ends the process, not the machine: whatever the process
//! handed to the kernel with write() is still written out. So this fails when Heard answers "saved"
//! before the transaction has committed: answering first and saving afterwards, a queue or cache of
//! writes in memory, a commit whose error is ignored (checked by making the all-about-me handler
//! answer before saving: 9 of 308 acknowledged entries went missing in the first round). The
//! integrity check fails if a kill leaves the file damaged. What it cannot catch is a setting that
//! only matters when the machine itself stops (power cut, kernel panic): `synchronous` OFF or NORMAL,
//! or even `journal_mode` OFF, passed here, because a dying process loses nothing it already wrote
//! and a kill rarely lands between two page writes of one commit. Heard uses WAL with
//! synchronous=NORMAL (storage.rs): a power cut can lose the last commits since a checkpoint, but
//! never damages the file.

mod load;
use load::*;

use std::time::Instant;

const ROUNDS: usize = 3;
/// Kill once this many writes have been acknowledged in the round: a different moment each round,
/// counted in writes rather than seconds so a slow machine still kills mid-load.
const KILL_AFTER: [usize; ROUNDS] = [300, 600, 900];

// Two threads, so the writers keep posting while this test kills the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_acknowledged_before_kill_9_is_there_after_restart() {
    let began = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("heard.db");
    let mut heard = Heard::start(&database).await;
    let family = family(&heard, "amina@example.org").await;

    let mut acknowledged: Vec<String> = Vec::new();
    let (mut unanswered_but_saved, mut other_answers) = (0, 0);
    for (round, kill_after) in KILL_AFTER.into_iter().enumerate() {
        let load = Load::start(&heard, &family, &format!("round {round}"));
        load.until_acknowledged(kill_after, &heard).await;
        heard.kill();
        let tally = load.stop().await;
        let this_round: Vec<String> = tally.acknowledged.into_iter().map(|a| a.text).collect();
        acknowledged.extend(this_round.iter().cloned());

        // The real server recovers the file, as it would after a crash in service.
        heard = Heard::start(&database).await;
        let (saved, verdict) = read_back(&database).await;
        assert_eq!(verdict, ["ok"], "round {round}: the file is damaged");
        let lost = missing(&acknowledged, &saved);
        assert!(
            lost.is_empty(),
            "round {round}: {} of {} acknowledged writes are missing, e.g. {:?}",
            lost.len(),
            acknowledged.len(),
            &lost[..lost.len().min(5)]
        );
        let prefix = format!("Durability check, round {round},");
        let saved_this_round = saved.iter().filter(|t| t.starts_with(&prefix)).count();
        unanswered_but_saved += saved_this_round - this_round.len();
        other_answers += tally.other_answers.values().sum::<usize>();
        println!(
            "round {round}: killed after {} acknowledged writes; {} saved ({} of them in flight at the kill, unanswered); \
             other answers {:?}; requests left unanswered {}",
            this_round.len(),
            saved_this_round,
            saved_this_round - this_round.len(),
            tally.other_answers,
            tally.no_answer
        );
    }
    heard.kill();

    // Once more with no server running: the file alone holds everything acknowledged.
    let (saved, verdict) = read_back(&database).await;
    assert_eq!(verdict, ["ok"]);
    let found = acknowledged.iter().filter(|t| saved.contains(*t)).count();
    assert_eq!(found, acknowledged.len());
    println!(
        "kill -9 under {WRITERS} writers: {ROUNDS} rounds, {} writes acknowledged, {found} found after restart, \
         {unanswered_but_saved} more saved while their answer was cut off, {other_answers} other answers, \
         integrity_check ok each round; {:.1} s",
        acknowledged.len(),
        began.elapsed().as_secs_f64()
    );
}
