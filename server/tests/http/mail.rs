//! Email through the real `heard mail-test` command: to a real SMTP server (scripts/smtp-sink, aiosmtpd)
//! whose received messages are read back from disk, and into the folder when no server is set.

use crate::common::mail::{decode_words, header, take_apart, Sink, FROM};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn heard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(args)
        // Everything lettre and Heard log, so a test sees any password that reaches a log line.
        .env("HEARD_LOG", "trace")
        .env("NO_COLOR", "1")
        .env_remove("HEARD_SMTP_URL")
        .env_remove("HEARD_MAIL_FROM")
        .env_remove("HEARD_MAIL_FOLDER")
        .output()
        .unwrap()
}

fn all_output(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn mail_test_sends_one_email_in_urdu_through_a_real_smtp_server() {
    let sink = Sink::start();
    let url = sink.url();
    let output = heard(&[
        "mail-test",
        "--to",
        "parent@example.org",
        "--locale",
        "ur",
        "--smtp-url",
        &url,
        "--mail-from",
        FROM,
    ]);
    assert!(output.status.success(), "{}", all_output(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains(&format!("SMTP server 127.0.0.1:{}", sink.port)),
        "{said}"
    );

    let received = sink.received();
    assert_eq!(received.len(), 1, "one email arrived");
    let email = take_apart(&received[0]);
    let urdu = heard_app::i18n::loader(heard_app::locale::Locale::Urdu);
    let subject = urdu.get("mail-test-subject");
    let body = urdu.get("mail-test-body");
    assert!(
        subject.contains("ای میل"),
        "the subject is in Urdu: {subject}"
    );
    assert_eq!(decode_words(header(&email.headers, "Subject")), subject);
    assert_eq!(header(&email.headers, "From"), FROM);
    assert_eq!(header(&email.headers, "To"), "parent@example.org");
    assert_eq!(header(&email.headers, "Content-Language"), "ur");

    let kinds: Vec<&str> = email
        .parts
        .iter()
        .map(|(headers, _)| header(headers, "Content-Type"))
        .collect();
    assert_eq!(
        kinds,
        ["text/plain; charset=utf-8", "text/html; charset=utf-8"]
    );
    let (plain, html) = (&email.parts[0].1, &email.parts[1].1);
    assert!(plain.contains(&body), "{plain}");
    assert!(
        !plain.contains('<'),
        "the plain part has no markup: {plain}"
    );
    assert!(html.contains(&body), "{html}");
    assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"), "{html}");
    let recipients = std::fs::read_to_string(sink.folder.path().join("000001.rcpt")).unwrap();
    assert_eq!(recipients.trim(), "parent@example.org");
}

#[test]
fn without_an_smtp_server_the_email_is_written_to_the_folder_for_its_owner_only() {
    let folder = tempfile::tempdir().unwrap();
    let outbox = folder.path().join("mail-outbox");
    let output = heard(&[
        "mail-test",
        "--to",
        "parent@example.org",
        "--mail-folder",
        outbox.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", all_output(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    let files: Vec<PathBuf> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(said.contains(files[0].to_str().unwrap()), "{said}");
    let email = take_apart(&std::fs::read_to_string(&files[0]).unwrap());
    assert_eq!(header(&email.headers, "Subject"), "Heard can send email");
    assert_eq!(header(&email.headers, "Content-Language"), "en-GB");
    assert!(email.parts[0].1.contains("You do not need to do anything."));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&files[0]), 0o600, "the file is its owner's only");
        assert_eq!(mode(&outbox), 0o700, "the folder is its owner's only");
    }
}

#[test]
fn the_smtp_password_appears_in_no_error_and_no_log_line() {
    let sink = Sink::start();
    let password = "pw-9f3k2-secret";
    // The sink offers no sign-in, so sending with a user name and password fails after connecting;
    // a closed port fails at once. Neither error may show the password, at any log level.
    for url in [
        format!("smtp://heard:{password}@127.0.0.1:{}?tls=none", sink.port),
        format!("smtp://heard:{password}@127.0.0.1:1?tls=none"),
        format!("smtp://heard:{password}@127.0.0.1:1?tls=maybe"),
    ] {
        let output = heard(&[
            "mail-test",
            "--to",
            "parent@example.org",
            "--smtp-url",
            &url,
            "--mail-from",
            FROM,
        ]);
        let text = all_output(&output);
        assert!(!output.status.success(), "{url}: {text}");
        assert!(
            text.contains("127.0.0.1") || text.contains("tls=maybe"),
            "{text}"
        );
        assert!(!text.contains(password), "{text}");
    }
    assert!(sink.received().is_empty());
}

#[test]
fn a_missing_or_wrong_sender_address_stops_heard_with_a_clear_error() {
    let sink = Sink::start();
    let url = sink.url();
    let missing = heard(&["mail-test", "--to", "a@example.org", "--smtp-url", &url]);
    assert!(!missing.status.success());
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("--mail-from must be set"),
        "{}",
        all_output(&missing)
    );
    let wrong = heard(&[
        "mail-test",
        "--to",
        "a@example.org",
        "--smtp-url",
        &url,
        "--mail-from",
        "Heard team",
    ]);
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("--mail-from must be an email address"),
        "{}",
        all_output(&wrong)
    );
    assert!(sink.received().is_empty());
}

#[test]
fn heard_serve_says_at_start_that_email_goes_to_a_folder() {
    let folder = tempfile::tempdir().unwrap();
    let log = folder.path().join("heard.log");
    let output = std::fs::File::create(&log).unwrap();
    let database = format!("sqlite://{}", folder.path().join("heard.db").display());
    let outbox = folder.path().join("outbox");
    let mut process = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--database-url",
            &database,
        ])
        .arg("--mail-folder")
        .arg(&outbox)
        .env("HEARD_LOG", "info")
        .env("NO_COLOR", "1")
        .env_remove("HEARD_SMTP_URL")
        .stdout(output.try_clone().unwrap())
        .stderr(output)
        .spawn()
        .unwrap();
    let mut text = String::new();
    for _ in 0..1200 {
        text = std::fs::read_to_string(&log).unwrap_or_default();
        // The line about email comes before this one.
        if text.contains("Heard is at") {
            break;
        }
        if let Ok(Some(_)) = process.try_wait() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = process.kill();
    let _ = process.wait();
    let line = text
        .lines()
        .find(|line| line.contains("email is not sent"))
        .unwrap_or_else(|| panic!("no line about email: {text}"));
    assert!(line.contains(outbox.to_str().unwrap()), "{line}");
}
