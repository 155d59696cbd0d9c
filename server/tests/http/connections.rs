//! Slow and idle clients, against the real `heard` binary with its timeouts set small by flag: a client
//! trickling its headers is cut off while others are served; idle sockets filling the connection cap
//! are closed and the next client is served; and under a low open-file limit, hundreds of idle sockets
//! no longer lock everyone out with "Too many open files". Bounds are generous (a loaded 2-core machine):
//! each test says only that something happens, never how fast.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The server, killed when the test ends, with everything it logged.
struct Heard {
    child: Child,
    addr: String,
    log: Arc<Mutex<String>>,
    _dir: tempfile::TempDir,
}

impl Drop for Heard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Heard {
    /// Starts `heard serve` on a free port. With `open_files`, under that open-file limit (soft and
    /// hard, so it cannot be raised).
    fn start(open_files: Option<u32>, flags: &[&str]) -> Heard {
        let dir = tempfile::tempdir().unwrap();
        let heard = env!("CARGO_BIN_EXE_heard");
        let mut command = match open_files {
            Some(limit) => {
                let mut sh = Command::new("sh");
                sh.arg("-c")
                    .arg(format!("ulimit -n {limit} && exec \"$0\" \"$@\""))
                    .arg(heard);
                sh
            }
            None => Command::new(heard),
        };
        command
            .arg("--database-url")
            .arg(format!(
                "sqlite://{}",
                dir.path().join("heard.db").display()
            ))
            .arg("--addr")
            .arg("127.0.0.1:0")
            .arg("--site-root")
            .arg(dir.path().join("site"))
            .args(flags)
            .arg("serve")
            .env("HEARD_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (found, addr) = std::sync::mpsc::channel();
        for output in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let log = log.clone();
            let found = found.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(output).lines().map_while(Result::ok) {
                    if let Some((_, rest)) = line.split_once("Heard is at http://") {
                        let addr: String =
                            rest.chars().take_while(|c| !c.is_whitespace()).collect();
                        let _ = found.send(addr);
                    }
                    let mut log = log.lock().unwrap();
                    log.push_str(&line);
                    log.push('\n');
                }
            });
        }
        let addr = addr
            .recv_timeout(Duration::from_secs(120))
            .expect("heard says where it listens");
        Heard {
            child,
            addr,
            log,
            _dir: dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

/// A client that gets its answer within a minute, however long it waits for a place.
fn patient_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .pool_max_idle_per_host(0)
        .build()
        .unwrap()
}

/// Whether the server has closed this socket (end of file, or reset), waiting up to `within`.
async fn closed_by_server(socket: &mut TcpStream, within: Duration) -> bool {
    let mut byte = [0u8; 64];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        match tokio::time::timeout(left, socket.read(&mut byte)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // Hyper may say 408 before closing; the close still follows.
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn a_client_trickling_its_headers_is_cut_off_while_others_are_served() {
    let heard = Heard::start(None, &["--header-timeout", "2"]);
    let mut trickler = TcpStream::connect(&heard.addr).await.unwrap();
    let trickling = tokio::spawn(async move {
        let started = Instant::now();
        let request = format!(
            "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: {}",
            "a".repeat(500)
        );
        let mut answer = Vec::new();
        for byte in request.bytes() {
            if trickler.write_all(&[byte]).await.is_err() {
                return (started.elapsed(), answer);
            }
            let mut buf = [0u8; 256];
            match tokio::time::timeout(Duration::from_millis(250), trickler.read(&mut buf)).await {
                Err(_) => {}
                Ok(Ok(0)) | Ok(Err(_)) => return (started.elapsed(), answer),
                Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
            }
        }
        panic!("the server still listened after 500 header bytes over two minutes");
    });

    // Others are served all the while.
    let client = patient_client();
    let mut served = 0;
    while !trickling.is_finished() {
        let response = client.get(heard.url("/healthz")).send().await.unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::OK);
        served += 1;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (cut_off_after, answer) = trickling.await.unwrap();
    assert!(served > 0, "others were served while it trickled");
    assert!(
        !String::from_utf8_lossy(&answer).contains("200 OK"),
        "its request was never answered"
    );
    assert!(
        cut_off_after < Duration::from_secs(60),
        "cut off after {cut_off_after:?}"
    );
}

#[tokio::test]
async fn idle_sockets_at_the_connection_cap_are_closed_and_the_next_client_is_served() {
    let heard = Heard::start(
        None,
        &[
            "--max-connections",
            "8",
            "--header-timeout",
            "2",
            "--idle-timeout",
            "2",
        ],
    );
    let mut idle = Vec::new();
    for _ in 0..40 {
        idle.push(TcpStream::connect(&heard.addr).await.unwrap());
    }
    let response = patient_client()
        .get(heard.url("/healthz"))
        .send()
        .await
        .expect("served once the idle sockets are closed");
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    for (n, socket) in idle.iter_mut().enumerate() {
        assert!(
            closed_by_server(socket, Duration::from_secs(60)).await,
            "idle socket {n} was closed by the server"
        );
    }
    assert!(
        !heard.log().contains("Too many open files"),
        "{}",
        heard.log()
    );
}

#[cfg(unix)]
#[tokio::test]
async fn hundreds_of_idle_sockets_under_a_low_open_file_limit_do_not_lock_everyone_out() {
    // 256 open files at most, soft and hard: before, 400 idle sockets ran the server out of file
    // descriptors and nobody was served again.
    let heard = Heard::start(Some(256), &["--header-timeout", "2"]);
    let mut idle = Vec::new();
    for _ in 0..400 {
        idle.push(TcpStream::connect(&heard.addr).await.unwrap());
    }
    let response = patient_client()
        .get(heard.url("/healthz"))
        .send()
        .await
        .expect("served once idle sockets are closed");
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let log = heard.log();
    assert!(
        log.contains("serving at most 64 connections at once"),
        "{log}"
    );
    assert!(!log.contains("Too many open files"), "{log}");
}
