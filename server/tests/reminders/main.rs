//! Reminders by email, end to end: the real `heard` (serve, and `heard send-reminders`) as processes
//! of their own on one database (a SQLite file, or a PostgreSQL schema with HEARD_TEST_POSTGRES),
//! sending to a real SMTP server (scripts/smtp-sink) whose messages are read back. "Today" is each
//! process's `--today`, so a test moves the clock forward by starting the next process with a later
//! day: no waiting, and the same meaning on any day the tests run.

#[path = "../load/mod.rs"]
mod load;
#[path = "../common/mail.rs"]
mod mail;

use heard_server::storage;
use load::{browser, post, Heard, PASSWORD};
use reqwest::StatusCode;
use std::time::{Duration, Instant};

/// One database and one SMTP sink, shared by every process a test starts.
struct World {
    url: String,
    folder: tempfile::TempDir,
    sink: mail::Sink,
}

impl World {
    async fn new() -> World {
        let folder = tempfile::tempdir().unwrap();
        let url = storage::for_tests::fresh_database_url(folder.path()).await;
        World {
            url,
            folder,
            sink: mail::Sink::start(),
        }
    }

    fn mail_flags(&self, today: &str) -> Vec<String> {
        self.mail_flags_through(today, &self.sink.url())
    }

    fn mail_flags_through(&self, today: &str, smtp_url: &str) -> Vec<String> {
        [
            "--today",
            today,
            "--smtp-url",
            smtp_url,
            "--mail-from",
            mail::FROM,
            "--sign-ups-per-hour",
            "1000",
            // Only the pass at start (and an invitation's nudge) within a test.
            "--reminders-every",
            "6h",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    /// `count` instances of `heard serve` on `today`, started at the same moment, each answering.
    async fn serve(&self, count: usize, today: &str) -> Vec<Heard> {
        let flags = self.mail_flags(today);
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let mut started: Vec<Heard> = (0..count)
            .map(|_| Heard::spawn(&self.url, self.folder.path(), &flags, "warn"))
            .collect();
        for heard in &mut started {
            assert!(
                heard.answers().await,
                "heard did not start: {}",
                heard.log_text()
            );
        }
        started
    }

    /// `count` runs of `heard send-reminders` on `today`, all at once; each must succeed.
    async fn send_reminders(&self, count: usize, today: &str) {
        self.send_reminders_through(count, today, &self.sink.url())
            .await;
    }

    /// As `send_reminders`, through the SMTP server at `smtp_url`; returns what each run printed.
    async fn send_reminders_through(
        &self,
        count: usize,
        today: &str,
        smtp_url: &str,
    ) -> Vec<String> {
        let flags = self.mail_flags_through(today, smtp_url);
        let mut printed = Vec::new();
        let runs: Vec<std::process::Child> = (0..count)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_heard"))
                    .arg("send-reminders")
                    .arg("--database-url")
                    .arg(&self.url)
                    .arg("--public-url")
                    .arg("https://heard.example.org")
                    .args(&flags)
                    .env("HEARD_LOG", "warn")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for run in runs {
            let output = tokio::task::spawn_blocking(move || run.wait_with_output().unwrap())
                .await
                .unwrap();
            assert!(
                output.status.success(),
                "heard send-reminders failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            printed.push(String::from_utf8_lossy(&output.stdout).to_string());
        }
        printed
    }

    /// The messages received, once there are at least `count` (generous: a busy machine).
    async fn mail(&self, count: usize) -> Vec<mail::Received> {
        let waiting = Instant::now();
        loop {
            let received = self.sink.received();
            if received.len() >= count {
                return received.iter().map(|m| mail::take_apart(m)).collect();
            }
            assert!(
                waiting.elapsed() < Duration::from_secs(120),
                "{} messages arrived, not {count}",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// How many reminders the database says were sent.
    async fn sent_rows(&self) -> i64 {
        let db = storage::open(&self.url).await.unwrap();
        storage::query_scalar("SELECT COUNT(*) FROM reminders_sent WHERE sent_at IS NOT NULL")
            .fetch_one(&db)
            .await
            .unwrap()
    }
}

/// Who a message is to, its subject, and its plain text.
fn read(message: &mail::Received) -> (String, String, String) {
    let to = mail::header(&message.headers, "To").to_string();
    let subject = mail::decode_words(mail::header(&message.headers, "Subject"));
    let text = message
        .parts
        .iter()
        .find(|(headers, _)| mail::header(headers, "Content-Type").starts_with("text/plain"))
        .map(|(_, text)| text.clone())
        .unwrap();
    (to, subject, text)
}

/// Signs up and confirms the address by the emailed link (unconfirmed accounts get no reminders),
/// then empties the sink so each test counts only the reminders.
async fn sign_up(world: &World, heard: &Heard, email: &str) -> reqwest::Client {
    let client = browser();
    let created = post(
        &client,
        &heard.base,
        "/account/new",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER, "{email} signs up");
    let waiting = Instant::now();
    let link = loop {
        let link = world.sink.received().iter().find_map(|raw| {
            let message = mail::take_apart(raw);
            let (to, _, text) = read(&message);
            if !to.contains(email) {
                return None;
            }
            text.lines()
                .find_map(|line| line.trim().split_once("/confirm-email/"))
                .map(|(_, token)| format!("/confirm-email/{token}"))
        });
        if let Some(link) = link {
            break link;
        }
        assert!(
            waiting.elapsed() < Duration::from_secs(60),
            "no link to confirm {email}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let confirmed = post(&client, &heard.base, &link, &[]).await;
    assert_eq!(confirmed.status(), StatusCode::OK, "{email} confirms");
    world.sink.clear();
    client
}

/// Adds a child; returns their id.
async fn add_child(heard: &Heard, client: &reqwest::Client, fields: &[(&str, &str)]) -> i64 {
    let added = post(client, &heard.base, "/children/new", fields).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    added.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/children/")
        .parse()
        .unwrap()
}

/// Sam, on SEN support: one review point a term (the summer one on Monday 30 June 2025).
const SAM: &[(&str, &str)] = &[
    ("called-name", "Sam"),
    ("date-of-birth-day", "14"),
    ("date-of-birth-month", "3"),
    ("date-of-birth-year", "2013"),
    ("support-status", "sen-support"),
];

/// Ola, whose family asked for an EHC needs assessment on 21 April 2025: the council decides
/// whether to assess by 2 June 2025 (6 weeks), and whether to issue a plan by 11 August (16 weeks).
const OLA: &[(&str, &str)] = &[
    ("called-name", "Ola"),
    ("date-of-birth-day", "2"),
    ("date-of-birth-month", "10"),
    ("date-of-birth-year", "2015"),
    ("support-status", "assessment-requested"),
    ("assessment-requested-on-day", "21"),
    ("assessment-requested-on-month", "4"),
    ("assessment-requested-on-year", "2025"),
];

#[tokio::test]
async fn each_reminder_is_sent_once_however_many_passes_race_and_a_gap_is_caught_up() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-05-20").await.pop().unwrap();
    let family = sign_up(&world, &heard, "family@example.org").await;
    let ola = add_child(&heard, &family, OLA).await;
    drop(heard);

    // 26 May: the council's 6 weeks end within a week. Two passes at once send it once.
    world.send_reminders(2, "2025-05-26").await;
    let received = world.mail(1).await;
    assert_eq!(received.len(), 1);
    let (to, subject, text) = read(&received[0]);
    assert!(to.contains("family@example.org"), "{to}");
    assert_eq!(subject, "A date the law sets is one week away");
    assert!(!subject.contains("Ola"));
    assert!(
        text.contains(
            "For Ola: The council decides whether to do an EHC needs assessment. This should happen by 2 June 2025."
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "https://heard.example.org/children/{ola}/next-steps"
        )),
        "{text}"
    );
    assert!(
        text.contains("https://heard.example.org/account/emails"),
        "{text}"
    );

    // The same day again, and the next day, by two servers started at once: nothing new.
    let both = world.serve(2, "2025-05-27").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    drop(both);
    assert_eq!(world.sink.received().len(), 1);

    // Heard is down from 27 May to 5 June. On starting, the date that passed on 2 June is told.
    let heard = world.serve(1, "2025-06-05").await.pop().unwrap();
    let received = world.mail(2).await;
    let (_, subject, text) = read(&received[1]);
    assert_eq!(subject, "A date the law sets has passed");
    assert!(
        text.contains("This should have happened by 2 June 2025."),
        "{text}"
    );
    drop(heard);
    assert_eq!(world.sent_rows().await, 2);
    assert_eq!(world.sink.received().len(), 2);
}

#[tokio::test]
async fn a_review_reminder_comes_two_weeks_before_unless_turned_off() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-06-02").await.pop().unwrap();
    let family = sign_up(&world, &heard, "family@example.org").await;
    let sam = add_child(&heard, &family, SAM).await;
    // The family turns review reminders off (every other box stays ticked).
    let saved = post(
        &family,
        &heard.base,
        "/account/emails",
        &[
            ("on", "deadline"),
            ("on", "invitation"),
            ("on", "record-changed"),
            ("on", "access-ending"),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(saved.headers()["location"], "/account/emails?saved");
    let page = family
        .get(format!("{}/account/emails?saved", heard.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your choices are saved."), "{page}");
    assert!(!page.contains(r#"value="review-soon" checked"#), "{page}");
    assert!(page.contains(r#"value="deadline" checked"#), "{page}");
    drop(heard);

    // 16 June, two weeks before the summer review point (30 June): nothing, as the family chose.
    world.send_reminders(1, "2025-06-16").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 0);

    // Ticked again, the reminder comes on the next pass, still before the review.
    let heard = world.serve(1, "2025-06-16").await.pop().unwrap();
    let every: Vec<(&str, &str)> = heard_app::reminders::ReminderKind::ALL
        .iter()
        .map(|k| ("on", k.code()))
        .collect();
    let saved = post(&family, &heard.base, "/account/emails", &every).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    drop(heard);
    world.send_reminders(2, "2025-06-18").await;
    let received = world.mail(1).await;
    let (_, subject, text) = read(&received[0]);
    assert_eq!(subject, "A review point is two weeks away");
    assert!(
        text.contains("Sam's Summer review point is on 30 June 2025."),
        "{text}"
    );
    assert!(
        text.contains(&format!("https://heard.example.org/children/{sam}/prepare")),
        "{text}"
    );
    // After the review, no reminder about it (the row stays: it was sent).
    world.send_reminders(1, "2025-07-01").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 1);
}

#[tokio::test]
async fn an_invitation_is_emailed_with_a_working_link_and_an_advocate_s_doings_are_told() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-06-02").await.pop().unwrap();
    let family = sign_up(&world, &heard, "family@example.org").await;
    // The family uses Heard in Polish: its emails come in Polish.
    let chosen = post(&family, &heard.base, "/language", &[("locale", "pl")]).await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    let sam = add_child(&heard, &family, SAM).await;
    let invited = post(
        &family,
        &heard.base,
        &format!("/children/{sam}/people/invite"),
        &[
            ("role", "advocate"),
            ("for-name", "Jo"),
            ("email", "Advocate@Example.org"),
            ("parts", "goals"),
            ("may-change", "yes"),
            ("until-day", "7"),
            ("until-month", "6"),
            ("until-year", "2025"),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let link_page = invited.headers()["location"].to_str().unwrap().to_string();
    let page = family
        .get(format!("{}{link_page}", heard.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The family still sees the link, as before.
    let shown = format!("{}/invitations/", heard.base);
    let token_start = page.find(&shown).expect("the link is on the page") + shown.len();
    let token: String = page[token_start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    assert_eq!(token.len(), 32, "{page}");
    assert!(
        page.contains("Heard wysyła też ten link e-mailem na adres advocate@example.org."),
        "the family is told where the link is going: {page}"
    );

    // The email comes at once (the invitation wakes the scheduler), in the family's language.
    let received = world.mail(1).await;
    let (to, subject, text) = read(&received[0]);
    assert!(to.contains("advocate@example.org"), "{to}");
    assert_eq!(mail::header(&received[0].headers, "Content-Language"), "pl");
    assert_eq!(subject, "Zaproszenie do zobaczenia karty w Heard");
    assert!(!subject.contains("Sam"));
    let link = format!("{}/invitations/{token}", heard.base);
    assert!(text.contains(&link), "{text}");
    assert!(text.contains("family@example.org zaprasza"), "{text}");

    // The link works: the advocate opens it, makes an account and says yes.
    let opened = browser().get(&link).send().await.unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    // (Confirming the advocate's address empties the sink: the invitation was read above.)
    let advocate = sign_up(&world, &heard, "advocate@example.org").await;
    let yes = post(
        &advocate,
        &heard.base,
        &format!("/invitations/{token}"),
        &[("name", "Jo Bloggs")],
    )
    .await;
    assert_eq!(yes.status(), StatusCode::SEE_OTHER, "the advocate says yes");

    // The advocate adds a goal, twice: the family hears once that day, who and which part.
    for outcome in ["Reads a bus timetable", "Asks for help in class"] {
        let added = post(
            &advocate,
            &heard.base,
            &format!("/children/{sam}/goals/new"),
            &[
                ("outcome", outcome),
                ("theme", "need:learning"),
                ("support", "A picture timetable"),
                ("measure", "Asks once a day for two weeks"),
                ("by-when-day", "31"),
                ("by-when-month", "7"),
                ("by-when-year", "2026"),
            ],
        )
        .await;
        assert_eq!(
            added.status(),
            StatusCode::SEE_OTHER,
            "the advocate adds a goal"
        );
    }
    drop(heard);
    // Two passes at once, then another: the change (to the family) and the share ending on 7 June
    // (to the advocate and to the family), each once.
    world.send_reminders(2, "2025-06-02").await;
    world.send_reminders(1, "2025-06-03").await;
    let received = world.mail(3).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 3);
    let messages: Vec<(String, String, String)> = received.iter().map(read).collect();
    let find = |to: &str, subject: &str| {
        messages
            .iter()
            .find(|(t, s, _)| t.contains(to) && s == subject)
            .unwrap_or_else(|| panic!("no {subject:?} to {to}: {messages:?}"))
            .2
            .clone()
    };
    let changed = find(
        "family@example.org",
        "Ktoś zmienił kartę, którą się opiekujesz",
    );
    assert!(changed.contains("Jo Bloggs"), "{changed}");
    assert!(changed.contains("cele i postępy"), "{changed}");
    assert!(
        !changed.contains("timetable"),
        "says who and which part, not what: {changed}"
    );
    assert!(
        changed.contains(&format!("/children/{sam}/seen")),
        "{changed}"
    );
    let ending = find(
        "advocate@example.org",
        "You can see a record for one more week",
    );
    assert!(
        ending.contains("You can see Sam's record until 7 June 2025."),
        "{ending}"
    );
    let told = find(
        "family@example.org",
        "Rzecznik może widzieć kartę jeszcze tydzień",
    );
    assert!(told.contains("Jo Bloggs"), "{told}");
}

#[tokio::test]
async fn the_child_s_overview_shows_what_is_coming_up_as_the_family_page_does() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-06-02").await.pop().unwrap();
    let family = sign_up(&world, &heard, "family@example.org").await;
    let sam = add_child(&heard, &family, SAM).await;
    let ola = add_child(&heard, &family, OLA).await;
    let overview = family
        .get(format!("{}/children/{ola}", heard.base))
        .send()
        .await
        .unwrap();
    assert_eq!(overview.status(), StatusCode::OK);
    let overview = overview.text().await.unwrap();
    let section = overview
        .split(r#"aria-labelledby="coming-up-title""#)
        .nth(1)
        .unwrap_or_else(|| panic!("a coming up section in {overview}"))
        .split("</section>")
        .next()
        .unwrap();
    for line in [
        "Coming up",
        "Summer review point: 30 June 2025",
        "The council decides whether to do an EHC needs assessment: 2 June 2025",
        "Get ready for Ola&#x27;s review",
    ] {
        let line = line.replace("&#x27;", "'");
        assert!(
            section.contains(&line) || section.contains(&line.replace('\'', "&#x27;")),
            "{line} in {section}"
        );
    }
    assert!(
        section.contains(&format!(r#"href="/children/{ola}/prepare""#)),
        "{section}"
    );
    // The family page: the same lines, and a getting-ready link for each child, named for them.
    let page = family
        .get(format!("{}/family", heard.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for (id, name) in [(sam, "Sam"), (ola, "Ola")] {
        let named = format!("Get ready for {name}");
        assert!(page.contains(&named), "{named} in {page}");
        assert!(
            page.contains(&format!(r#"href="/children/{id}/prepare""#)),
            "{page}"
        );
    }
    assert!(page.contains("The council decides whether to do an EHC needs assessment: 2 June 2025"));
}

#[tokio::test]
async fn a_send_that_fails_is_tried_again_on_a_later_pass_and_sent_once() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-05-20").await.pop().unwrap();
    let family = sign_up(&world, &heard, "family@example.org").await;
    add_child(&heard, &family, OLA).await;
    drop(heard);
    // Nothing listens on port 1: the SMTP server is down.
    let printed = world
        .send_reminders_through(1, "2025-05-26", "smtp://127.0.0.1:1?tls=none")
        .await;
    assert!(printed[0].contains("0 sent, 1 failed"), "{printed:?}");
    assert_eq!(world.sent_rows().await, 0);
    // Back up: the next passes (two at once, then one more) send it, once.
    world.send_reminders(2, "2025-05-27").await;
    world.send_reminders(1, "2025-05-28").await;
    let received = world.mail(1).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 1);
    assert_eq!(read(&received[0]).1, "A date the law sets is one week away");
    assert_eq!(world.sent_rows().await, 1);
}

#[tokio::test]
async fn with_every_kind_turned_off_nothing_is_sent() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-06-02").await.pop().unwrap();
    // The advocate has an account already, and wants no email from Heard; nor does the family.
    let advocate = sign_up(&world, &heard, "advocate@example.org").await;
    let family = sign_up(&world, &heard, "family@example.org").await;
    for person in [&advocate, &family] {
        let saved = post(person, &heard.base, "/account/emails", &[]).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    }
    let sam = add_child(&heard, &family, SAM).await;
    add_child(&heard, &family, OLA).await;
    let invited = post(
        &family,
        &heard.base,
        &format!("/children/{sam}/people/invite"),
        &[
            ("role", "advocate"),
            ("email", "advocate@example.org"),
            ("parts", "goals"),
            ("may-change", "yes"),
            ("until-day", "20"),
            ("until-month", "6"),
            ("until-year", "2025"),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let token: String = storage::query_scalar("SELECT token FROM invitations")
        .fetch_one(&storage::open(&world.url).await.unwrap())
        .await
        .unwrap();
    let yes = post(
        &advocate,
        &heard.base,
        &format!("/invitations/{token}"),
        &[("name", "Jo Bloggs")],
    )
    .await;
    assert_eq!(yes.status(), StatusCode::SEE_OTHER);
    let added = post(
        &advocate,
        &heard.base,
        &format!("/children/{sam}/goals/new"),
        &[
            ("outcome", "Reads a bus timetable"),
            ("theme", "need:learning"),
            ("by-when-day", "31"),
            ("by-when-month", "7"),
            ("by-when-year", "2026"),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    drop(heard);
    // Ola's 6 weeks end today, the advocate changed Sam's record, Sam's review is two weeks off on
    // 16 June, and the advocate's access ends on 20 June: every kind is due, and nothing is sent.
    world.send_reminders(1, "2025-06-02").await;
    world.send_reminders(1, "2025-06-16").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 0);
    // The family ticks one kind again: that one comes, and only to them.
    let heard = world.serve(1, "2025-06-16").await.pop().unwrap();
    let saved = post(
        &family,
        &heard.base,
        "/account/emails",
        &[("on", "access-ending")],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    drop(heard);
    world.send_reminders(1, "2025-06-16").await;
    let received = world.mail(1).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(world.sink.received().len(), 1);
    let (to, subject, _) = read(&received[0]);
    assert!(to.contains("family@example.org"), "{to}");
    assert_eq!(subject, "An advocate can see a record for one more week");
}

#[tokio::test]
async fn an_address_never_confirmed_gets_no_reminders() {
    let world = World::new().await;
    let heard = world.serve(1, "2025-05-20").await.pop().unwrap();
    let family = browser();
    let created = post(
        &family,
        &heard.base,
        "/account/new",
        &[("email", "family@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    add_child(&heard, &family, OLA).await;
    // The link to confirm goes out after the page answers: it has arrived before Heard stops.
    world.mail(1).await;
    drop(heard);
    // The council's 6 weeks end within a week, but the address may not be theirs: nothing more is
    // sent to it.
    world.send_reminders(1, "2025-05-26").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let received = world.mail(1).await;
    assert_eq!(received.len(), 1);
    assert_eq!(read(&received[0]).1, "Confirm your email address for Heard");
    assert_eq!(world.sent_rows().await, 0);
}
