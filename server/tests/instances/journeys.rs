//! A family's journey through a real nginx (Debian's) taking turns between two instances: sign up,
//! add a child, add a goal, see it. The proxy passes the client's address in X-Forwarded-For and
//! Heard, trusting 127.0.0.1, counts the sign-up under the family's address rather than the proxy's.
//!
//! nginx is the one `scripts/nginx` starts for tests (its config lives there, once), in a folder of
//! its own under /tmp; dropping the guard stops it.

use crate::load::Heard;
use crate::*;
use reqwest::StatusCode;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// Where the family's connections come from: not 127.0.0.1 (the proxy), so the address Heard
/// counts shows whether X-Forwarded-For was read.
const FAMILY_ADDRESS: &str = "127.0.0.7";

struct Nginx {
    base: String,
    /// The folder `scripts/nginx` made: config, pid and logs.
    folder: PathBuf,
}

fn nginx_script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/nginx")
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(nginx_script())
            .arg("stop")
            .arg(&self.folder)
            .output();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Nginx {
    /// nginx on `port`, passing requests to `instances` in turn (round-robin, nginx's default).
    fn start(port: u16, instances: &[&Heard]) -> Nginx {
        let started = Command::new("bash")
            .arg(nginx_script())
            .arg("start")
            .arg(port.to_string())
            .args(
                instances
                    .iter()
                    .map(|heard| heard.base.trim_start_matches("http://").to_string()),
            )
            .output()
            .unwrap();
        assert!(
            started.status.success(),
            "scripts/nginx start failed: {}",
            String::from_utf8_lossy(&started.stderr)
        );
        let folder = String::from_utf8_lossy(&started.stdout)
            .lines()
            .last()
            .expect("scripts/nginx prints its folder")
            .trim()
            .to_string();
        Nginx {
            base: format!("http://127.0.0.1:{port}"),
            folder: PathBuf::from(folder),
        }
    }

    fn error_log(&self) -> String {
        std::fs::read_to_string(self.folder.join("logs/error.log")).unwrap_or_default()
    }

    /// Waits until a request through nginx reaches an instance.
    async fn answers(&mut self) {
        let client = reqwest::Client::new();
        let waiting = Instant::now();
        while waiting.elapsed() < Duration::from_secs(60) {
            let health = client
                .get(format!("{}/healthz", self.base))
                .timeout(Duration::from_secs(5))
                .send()
                .await;
            if health.is_ok_and(|r| r.status() == StatusCode::OK) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("nginx did not answer: {}", self.error_log());
    }
}

/// The requests an instance logged, other than the health checks made while waiting for it.
fn requests_served(heard: &Heard) -> Vec<String> {
    heard
        .log_text()
        .lines()
        .filter(|line| line.contains("heard_server::request") && !line.contains("/healthz"))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn a_family_signs_up_and_adds_a_goal_through_nginx_in_front_of_two_instances() {
    let Some(shared) = on_postgres("instances behind one proxy share one PostgreSQL").await else {
        return;
    };
    let port = free_port();
    let public_url = format!("http://127.0.0.1:{port}");
    let mut both = shared
        .serve_logging(
            2,
            &["--trusted-proxy", "127.0.0.1", "--public-url", &public_url],
            "warn,heard_server::request=info",
        )
        .await;
    let (b, a) = (both.pop().unwrap(), both.pop().unwrap());
    let mut nginx = Nginx::start(port, &[&a, &b]);
    nginx.answers().await;

    let family = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(FAMILY_ADDRESS.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    let site = &nginx.base;
    let get = |path: &str| {
        let request = family.get(format!("{site}{path}"));
        async move {
            let page = request.send().await.unwrap();
            assert_eq!(page.status(), StatusCode::OK);
            page.text().await.unwrap()
        }
    };

    let made = send(
        &family,
        site,
        "/account/new",
        &[("email", "amina@example.org"), ("password", load::PASSWORD)],
    )
    .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&made), "/family");
    assert!(get("/family").await.contains("amina@example.org"));
    let added = send(&family, site, "/children/new", &child_form("Priya")).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let child = location(&added);
    assert!(get(&child).await.contains("Priya"));
    let goal = send(
        &family,
        site,
        &format!("{child}/goals/new"),
        &goal_form("Reads a short book to her brother"),
    )
    .await;
    assert_eq!(goal.status(), StatusCode::SEE_OTHER);
    let goals = get(&format!("{child}/goals")).await;
    assert!(
        goals.contains("Reads a short book to her brother"),
        "{goals}"
    );

    // Both instances served part of the journey (six requests, taken in turn).
    let (on_a, on_b) = (requests_served(&a), requests_served(&b));
    assert!(
        !on_a.is_empty() && !on_b.is_empty(),
        "A served {on_a:?}, B served {on_b:?}; A's log: {}",
        a.log_text()
    );
    assert_eq!(
        on_a.len() + on_b.len(),
        6,
        "A served {on_a:?}, B served {on_b:?}"
    );
    // The sign-up was counted under the family's address, read from X-Forwarded-For.
    let db = shared.db().await;
    let addresses: Vec<String> = storage::query_scalar("SELECT address FROM sign_ups")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(addresses, [FAMILY_ADDRESS]);
}
