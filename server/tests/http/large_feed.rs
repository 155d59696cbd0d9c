//! A feed larger than Heard once refused (64 MB) imports with the defaults, and `heard import-oruk`
//! reads it a service at a time: the memory it needs beyond a tiny feed's is far below the feed's
//! size, where reading the feed whole needs several times it. The server that then builds the
//! search index gives the build's working memory back.

use crate::import_oruk::{eventually, Serving};
use heard_server::local_offer::synthetic;
use heard_server::storage;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};

/// The feed size Heard refused before feeds were streamed.
const OLD_LIMIT: u64 = 64 * 1024 * 1024;

struct Ran {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    /// The most memory the process ever had (its peak resident set).
    peak_bytes: u64,
}

/// A feed of `services` synthetic services, each with `padding` bytes Heard does not read; its size.
fn write_feed(path: &Path, services: usize, padding: usize) -> u64 {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    synthetic::write_feed(&mut out, services, 17, padding).unwrap();
    out.flush().unwrap();
    drop(out);
    std::fs::metadata(path).unwrap().len()
}

/// `heard import-oruk FILE` with the defaults, as an operator runs it.
async fn import(database: &str, path: &Path) -> Ran {
    // Waited for below by waitpid, which clippy does not see.
    #[allow(clippy::zombie_processes)]
    let mut child = Command::new(env!("CARGO_BIN_EXE_heard"))
        .arg("--database-url")
        .arg(database)
        .arg("import-oruk")
        .arg(path)
        .env("HEARD_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let read_all = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            pipe.read_to_string(&mut text).unwrap();
            text
        })
    };
    let stdout = read_all(Box::new(child.stdout.take().unwrap()));
    let stderr = read_all(Box::new(child.stderr.take().unwrap()));
    let pid = child.id() as libc::pid_t;
    // The peak is the child's own `VmHWM`, read while it runs. wait4's `ru_maxrss` would not do:
    // Linux carries the spawning process's high-water mark into the child at exec, so it said this
    // test process's peak (an in-process server of a test running alongside: 115 MB) whenever that
    // was the larger.
    let (status, peak_bytes) = tokio::task::spawn_blocking(move || {
        let mut peak = 0;
        loop {
            if let Some(now) = own_peak(pid as u32) {
                peak = peak.max(now);
            }
            let mut status = 0;
            // SAFETY: a plain out-parameter, for one child of ours, not yet waited for.
            let waited = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
            assert!(waited >= 0, "{}", std::io::Error::last_os_error());
            if waited == pid {
                return (ExitStatus::from_raw(status), peak);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    })
    .await
    .unwrap();
    Ran {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
        peak_bytes,
    }
}

#[tokio::test]
async fn a_feed_larger_than_the_old_limit_imports_with_the_defaults_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    // The program and its database alone, for comparison: a feed of ten services.
    let tiny_path = dir.path().join("tiny.json");
    std::fs::create_dir(dir.path().join("tiny")).unwrap();
    write_feed(&tiny_path, 10, 0);
    let tiny = import(
        &storage::for_tests::fresh_database_url(&dir.path().join("tiny")).await,
        &tiny_path,
    )
    .await;
    assert!(tiny.status.success(), "{}{}", tiny.stdout, tiny.stderr);

    // 4,200 services, each with 16 KB of change history Heard does not read: few services to
    // store (quick in a debug build), many bytes to read.
    let services = 4_200;
    let path = dir.path().join("feed.json");
    let size = write_feed(&path, services, 16 * 1024);
    assert!(size > OLD_LIMIT, "the feed is only {size} bytes");
    let large_database = storage::for_tests::fresh_database_url(dir.path()).await;
    let large = import(&large_database, &path).await;
    let said = format!("{}{}", large.stdout, large.stderr);
    assert!(large.status.success(), "{}: {said}", large.status);
    assert!(
        said.contains(&format!("Read {services} services from 1 page")),
        "{said}"
    );
    assert!(said.contains(&format!("Added {services},")), "{said}");
    let grew = large.peak_bytes.saturating_sub(tiny.peak_bytes);
    eprintln!(
        "feed {size} bytes: peak {} bytes, {} for a tiny feed",
        large.peak_bytes, tiny.peak_bytes
    );
    assert!(
        grew < size / 2,
        "importing a feed of {size} bytes took {grew} bytes more at its peak than a tiny feed \
         ({} and {} bytes)",
        large.peak_bytes,
        tiny.peak_bytes
    );

    index_memory_is_given_back(&large_database, dir.path()).await;
}

/// A kilobyte figure from /proc/PID/status (`VmRSS`, `VmHWM`), in bytes; None once the process has
/// ended (a process that has exited has no memory figures).
fn status_bytes(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))?;
    Some(
        line.trim()
            .trim_end_matches("kB")
            .trim()
            .parse::<u64>()
            .ok()?
            * 1024,
    )
}

/// The process's own peak resident set so far.
fn own_peak(pid: u32) -> Option<u64> {
    status_bytes(pid, "VmHWM")
}

/// `heard serve` on the 4,200 services builds its search index at start, which takes several times
/// the index's size while it works. That memory must go back to the system (glibc keeps what is
/// freed unless told): the server's resident set ends well below its peak. Here (debug build) it
/// gives back about 28 MB, 12 without `memory::give_back_freed` (100,000 services, release: the
/// server stayed at 456 MB without it, 67 with).
async fn index_memory_is_given_back(database: &str, folder: &Path) {
    std::fs::create_dir_all(folder.join("site")).unwrap();
    let serving = Serving::start(database, folder, &[]).await;
    let client = reqwest::Client::new();
    let ready = format!("{}/readyz", serving.base);
    eventually("the search index is built", || async {
        let answer = client.get(&ready).send().await;
        answer.is_ok_and(|a| a.status().is_success())
    })
    .await;
    let pid = serving.process.id();
    let (resident, peak) = (status_bytes(pid, "VmRSS").unwrap(), own_peak(pid).unwrap());
    eprintln!("serving 4,200 services: {resident} bytes resident, {peak} at the peak");
    assert!(
        peak - resident > 20 * 1024 * 1024,
        "after building the index the server holds {resident} bytes, its peak was {peak}: the \
         build's working memory was not given back"
    );
}
