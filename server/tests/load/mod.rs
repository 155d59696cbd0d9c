//! What the crash, backup and instances tests share: the real `heard serve` as a process of its own
//! on a SQLite file or a PostgreSQL schema (so it can be killed with SIGKILL), a signed-in family,
//! and eight writers adding all-about-me entries at once, each noting every entry the server said it
//! had saved.
// Each test file uses its own part of this.
#![allow(dead_code)]

use reqwest::header::{LOCATION, ORIGIN};
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const WRITERS: usize = 8;
pub const PASSWORD: &str = "a long enough password";
/// Generous: a debug build on a busy two-core machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// `heard serve` on `database`, on a free port.
pub struct Heard {
    process: Child,
    pub base: String,
    log: PathBuf,
}

impl Heard {
    pub async fn start(database: &Path) -> Heard {
        let url = format!("sqlite://{}", database.display());
        let folder = database.parent().unwrap();
        for _ in 0..5 {
            // Another test may take the port between here and the server's bind; then try another.
            let mut heard = Heard::spawn(&url, folder, &[], "warn");
            if heard.answers().await {
                return heard;
            }
        }
        panic!("heard serve did not start on {}", database.display());
    }

    /// Starts `heard serve` on `database_url` with `flags`, on a free port, without waiting for it
    /// to answer (see [`Heard::answers`]), so several can start at the same moment. Its log (at
    /// `log_level`) is written beside the site folder, in `folder`.
    pub fn spawn(database_url: &str, folder: &Path, flags: &[&str], log_level: &str) -> Heard {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = folder.join(format!("heard-{port}.log"));
        // The log goes to standard output, and a failure to start to standard error: one file.
        let log_file = std::fs::File::create(&log).unwrap();
        let process = Command::new(env!("CARGO_BIN_EXE_heard"))
            .arg("serve")
            .arg("--database-url")
            .arg(database_url)
            .arg("--addr")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--site-root")
            .arg(folder.join("site"))
            .args(flags)
            .env("HEARD_LOG", log_level)
            // Email (a sign-up's link to confirm it) goes into the test's folder, not the repository.
            .env("HEARD_MAIL_FOLDER", folder.join("mail-outbox"))
            .stdout(log_file.try_clone().unwrap())
            .stderr(log_file)
            .spawn()
            .unwrap();
        Heard {
            process,
            base: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    /// Waits for `/healthz`; false if the process stopped (most likely: the port was taken).
    pub async fn answers(&mut self) -> bool {
        let client = reqwest::Client::new();
        let waiting = Instant::now();
        while waiting.elapsed() < PATIENCE {
            if let Ok(Some(_)) = self.process.try_wait() {
                eprintln!("heard stopped: {}", self.log_text());
                return false;
            }
            let health = client
                .get(format!("{}/healthz", self.base))
                .timeout(Duration::from_secs(5))
                .send()
                .await;
            if health.is_ok_and(|r| r.status() == StatusCode::OK) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("heard did not answer: {}", self.log_text());
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGKILL: the process ends at once, in the middle of whatever it was doing, with no chance to
    /// finish a write, answer, or tidy up.
    pub fn kill(mut self) {
        self.process.kill().unwrap();
        self.process.wait().unwrap();
    }
}

impl Drop for Heard {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// A client as a browser with JavaScript off: keeps cookies, sees each 303 rather than following it.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

/// A signed-in parent and their child. The client's cookies are for 127.0.0.1 on any port, so the
/// same family carries on against a restarted server.
pub struct Family {
    pub client: reqwest::Client,
    pub email: String,
    pub child: i64,
}

pub async fn family(heard: &Heard, email: &str) -> Family {
    let client = browser();
    let created = post(
        &client,
        &heard.base,
        "/account/new",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let added = post(
        &client,
        &heard.base,
        "/children/new",
        &[
            ("called-name", "Sam"),
            ("date-of-birth-day", "14"),
            ("date-of-birth-month", "3"),
            ("date-of-birth-year", "2013"),
            ("support-status", "sen-support"),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let child = location(&added)
        .trim_start_matches("/children/")
        .parse()
        .unwrap();
    Family {
        client,
        email: email.to_string(),
        child,
    }
}

/// A form post as the browser sends it, Origin and all.
pub async fn post(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(format!("{base}{path}"))
        .header(ORIGIN, base)
        .form(fields)
        .send()
        .await
        .unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// One entry the server said it had saved: the 303 back to the all-about-me page.
pub struct Acknowledged {
    pub text: String,
    pub sent: Instant,
    pub answered: Instant,
}

/// What the writers got back.
#[derive(Default)]
pub struct Tally {
    pub acknowledged: Vec<Acknowledged>,
    /// Answers other than "saved", by status (for instance 503 when the database was too busy).
    pub other_answers: BTreeMap<u16, usize>,
    /// Requests with no answer at all: the server was killed while they were on their way.
    pub no_answer: usize,
}

/// Eight writers posting new all-about-me entries, each with words of its own, as fast as the server
/// answers, until stopped.
pub struct Load {
    stop: Arc<AtomicBool>,
    acknowledged: Arc<AtomicUsize>,
    writers: Vec<tokio::task::JoinHandle<Tally>>,
}

impl Load {
    /// `label` goes into every entry's words, so writes from different rounds never look alike.
    pub fn start(heard: &Heard, family: &Family, label: &str) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let acknowledged = Arc::new(AtomicUsize::new(0));
        let path = format!("/children/{}/about-me/new", family.child);
        let saved_to = format!(
            "/children/{}/about-me#about-me-hopes-and-dreams",
            family.child
        );
        let writers = (0..WRITERS)
            .map(|writer| {
                let (stop, acknowledged) = (stop.clone(), acknowledged.clone());
                let (client, base) = (family.client.clone(), heard.base.clone());
                let (path, saved_to, label) = (path.clone(), saved_to.clone(), label.to_string());
                tokio::spawn(async move {
                    let mut tally = Tally::default();
                    let mut n = 0;
                    while !stop.load(Ordering::SeqCst) {
                        n += 1;
                        let text =
                            format!("Durability check, {label}, writer {writer}, write {n}.");
                        let sent = Instant::now();
                        let answer = client
                            .post(format!("{base}{path}"))
                            .header(ORIGIN, &base)
                            .form(&[
                                ("part", "hopes-and-dreams"),
                                ("text", text.as_str()),
                                ("author", "parent-or-carer"),
                            ])
                            .timeout(PATIENCE)
                            .send()
                            .await;
                        match answer {
                            // Only this answer means "saved"; a 303 to sign-in does not.
                            Ok(r)
                                if r.status() == StatusCode::SEE_OTHER
                                    && location(&r) == saved_to =>
                            {
                                tally.acknowledged.push(Acknowledged {
                                    text,
                                    sent,
                                    answered: Instant::now(),
                                });
                                acknowledged.fetch_add(1, Ordering::SeqCst);
                            }
                            Ok(r) => {
                                *tally.other_answers.entry(r.status().as_u16()).or_default() += 1
                            }
                            Err(_) => {
                                tally.no_answer += 1;
                                tokio::time::sleep(Duration::from_millis(20)).await;
                            }
                        }
                    }
                    tally
                })
            })
            .collect();
        Load {
            stop,
            acknowledged,
            writers,
        }
    }

    pub fn acknowledged(&self) -> usize {
        self.acknowledged.load(Ordering::SeqCst)
    }

    /// Waits until the server has said "saved" `count` times since the load started.
    pub async fn until_acknowledged(&self, count: usize, heard: &Heard) {
        let waiting = Instant::now();
        while self.acknowledged() < count {
            assert!(
                waiting.elapsed() < PATIENCE,
                "only {} of {count} writes were saved; the server said: {}",
                self.acknowledged(),
                heard.log_text()
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Stops the writers (after their request in flight) and adds up what they got back.
    pub async fn stop(self) -> Tally {
        self.stop.store(true, Ordering::SeqCst);
        let mut all = Tally::default();
        for writer in self.writers {
            let tally = writer.await.unwrap();
            all.acknowledged.extend(tally.acknowledged);
            for (status, count) in tally.other_answers {
                *all.other_answers.entry(status).or_default() += count;
            }
            all.no_answer += tally.no_answer;
        }
        all
    }
}

/// What is in the SQLite file: every all-about-me text saved, and `PRAGMA integrity_check`'s verdict.
/// Opened directly, as another process, whether or not a server has it open too (WAL allows that).
pub async fn read_back(database: &Path) -> (HashSet<String>, Vec<String>) {
    let mut connection = SqliteConnectOptions::new()
        .filename(database)
        .create_if_missing(false)
        .busy_timeout(PATIENCE)
        .connect()
        .await
        .unwrap();
    let texts: Vec<String> = sqlx::query_scalar("SELECT body FROM about_me_versions")
        .fetch_all(&mut connection)
        .await
        .unwrap();
    let verdict: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut connection)
        .await
        .unwrap();
    connection.close().await.unwrap();
    (texts.into_iter().collect(), verdict)
}

/// The acknowledged writes missing from `saved`, for a readable failure.
pub fn missing<'a>(acknowledged: &'a [String], saved: &HashSet<String>) -> Vec<&'a String> {
    acknowledged
        .iter()
        .filter(|t| !saved.contains(*t))
        .collect()
}
