//! Where each person arrives: signed out, every page offers "Sign in" and comes back; signed in with
//! nowhere else to go, a young person lands on their own page, an advocate on the families they help,
//! and someone who is more than one of these on the family page, which links to each.

use crate::common::*;
use heard_server::storage;
use reqwest::StatusCode;

const NO_CHILD_YET: &str = "You have not added a child yet";
const ADD_CHILD_BUTTON: &str = r#"<a href="/children/new" class="button">"#;

/// Sends an invitation to Amira's record as `role`, returning its secret.
async fn invite(heard: &Running, family: &reqwest::Client, child: &str, role: &str) -> String {
    let mut fields = vec![("role", role)];
    if role == "advocate" {
        fields.extend([("parts", "goals"), ("may-change", "no")]);
    }
    let sent = post_form(
        family,
        &format!("{}{child}/people/invite", heard.base),
        &fields,
    )
    .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{role}");
    let id: i64 = location(&sent).rsplit('/').next().unwrap().parse().unwrap();
    storage::query_scalar("SELECT token FROM invitations WHERE id = $1")
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// Signs in afresh through the sign-in page's form, opened with nowhere to go back to; returns the
/// browser and where the server sent it.
async fn sign_in(heard: &Running, email: &str) -> (reqwest::Client, String) {
    let client = browser();
    let (_, form) = get(&client, &format!("{}/sign-in", heard.base)).await;
    let field = r#"name="return_to" value=""#;
    let start = form.find(field).expect("the form says where to go back to") + field.len();
    let return_to = &form[start..start + form[start..].find('"').unwrap()];
    let signed_in = post_form(
        &client,
        &format!("{}/sign-in", heard.base),
        &[
            ("email", email),
            ("password", PASSWORD),
            ("return_to", return_to),
        ],
    )
    .await;
    assert_eq!(
        signed_in.status(),
        StatusCode::SEE_OTHER,
        "{email} signs in"
    );
    let landed = location(&signed_in);
    (client, landed)
}

async fn family_page(heard: &Running, client: &reqwest::Client) -> String {
    let (status, page) = get(client, &format!("{}/family", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    page
}

#[tokio::test]
async fn signed_out_every_page_offers_sign_in_and_comes_back() {
    let heard = start().await;
    let anyone = browser();
    for (page, link) in [
        ("/", "/sign-in?return_to=/"),
        ("/help", "/sign-in?return_to=/help"),
        ("/help/words", "/sign-in?return_to=/help/words"),
        ("/privacy", "/sign-in?return_to=/privacy"),
        ("/local-offer", "/sign-in?return_to=/local-offer"),
        // The sign-in and create-account pages keep the way back they were given.
        ("/sign-in?return_to=/help", "/sign-in?return_to=/help"),
        ("/account/new?return_to=/help", "/sign-in?return_to=/help"),
    ] {
        let (status, body) = get(&anyone, &format!("{}{page}", heard.base)).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let expected = format!(r#"<a href="{link}" class="header-link">Sign in</a>"#);
        assert!(body.contains(&expected), "{page} offers {expected}");
    }
    // Following it and signing in comes back to the page.
    signed_up(&heard, "family@example.org").await;
    let back = post_form(
        &browser(),
        &format!("{}/sign-in", heard.base),
        &[
            ("email", "family@example.org"),
            ("password", PASSWORD),
            ("return_to", "/help"),
        ],
    )
    .await;
    assert_eq!(location(&back), "/help");
    // Signed in, the header offers signing out instead.
    let (_, body) = get(
        &signed_up(&heard, "other@example.org").await,
        &format!("{}/help", heard.base),
    )
    .await;
    assert!(
        !body.contains("/sign-in?return_to"),
        "no sign-in link when signed in"
    );
}

#[tokio::test]
async fn someone_with_nothing_yet_is_offered_adding_a_child() {
    let heard = start().await;
    signed_up(&heard, "new@example.org").await;
    let (client, landed) = sign_in(&heard, "new@example.org").await;
    assert_eq!(landed, "/family");
    let page = family_page(&heard, &client).await;
    assert!(page.contains(NO_CHILD_YET), "{page}");
    assert!(page.contains(ADD_CHILD_BUTTON), "{page}");
}

#[tokio::test]
async fn a_young_person_lands_on_her_own_page() {
    let heard = start().await;
    let (family, amiras) = family_with_amira(&heard, "family@example.org").await;
    let token = invite(&heard, &family, &amiras, "young-person").await;
    let amira = signed_up(&heard, "amira@example.org").await;
    say_yes(&heard, &amira, &token, "Amira").await;

    let (amira, landed) = sign_in(&heard, "amira@example.org").await;
    assert_eq!(landed, format!("{amiras}/my-page"));
    let page = family_page(&heard, &amira).await;
    assert!(
        page.contains(&format!(r#"href="{amiras}/my-page""#)),
        "{page}"
    );
    assert!(!page.contains(NO_CHILD_YET), "{page}");
    assert!(!page.contains(ADD_CHILD_BUTTON), "{page}");
    assert!(
        page.contains(r#"<a href="/children/new">"#),
        "still a plain way to add a child"
    );
}

#[tokio::test]
async fn an_advocate_lands_on_the_families_she_helps() {
    let heard = start().await;
    let (family, amiras) = family_with_amira(&heard, "family@example.org").await;
    let token = invite(&heard, &family, &amiras, "advocate").await;
    let sam = signed_up(&heard, "sam@example.org").await;
    say_yes(&heard, &sam, &token, "Sam").await;

    let (sam, landed) = sign_in(&heard, "sam@example.org").await;
    assert_eq!(landed, "/advocate");
    let page = family_page(&heard, &sam).await;
    assert!(page.contains(r#"href="/advocate""#), "{page}");
    assert!(!page.contains(NO_CHILD_YET), "{page}");
    assert!(!page.contains(ADD_CHILD_BUTTON), "{page}");
}

/// An advocate who is also a parent, and a young person who is also an advocate, land on the family
/// page and find each of their ways in there.
#[tokio::test]
async fn someone_who_is_both_sees_both_on_the_family_page() {
    let heard = start().await;
    let (family, amiras) = family_with_amira(&heard, "family@example.org").await;

    let sam = signed_up(&heard, "sam@example.org").await;
    say_yes(
        &heard,
        &sam,
        &invite(&heard, &family, &amiras, "advocate").await,
        "Sam",
    )
    .await;
    add_child(&heard, &sam, CHILD).await;
    let (sam, landed) = sign_in(&heard, "sam@example.org").await;
    assert_eq!(landed, "/family");
    let page = family_page(&heard, &sam).await;
    assert!(page.contains(r#"href="/advocate""#), "{page}");
    assert!(page.contains("Priya"), "{page}");
    assert!(!page.contains(NO_CHILD_YET), "{page}");

    // Amira has her own record and helps another family.
    let (other, priyas) = family_with_amira(&heard, "other@example.org").await;
    let amira = signed_up(&heard, "amira@example.org").await;
    say_yes(
        &heard,
        &amira,
        &invite(&heard, &family, &amiras, "young-person").await,
        "Amira",
    )
    .await;
    say_yes(
        &heard,
        &amira,
        &invite(&heard, &other, &priyas, "advocate").await,
        "Amira",
    )
    .await;
    let (amira, landed) = sign_in(&heard, "amira@example.org").await;
    assert_eq!(landed, "/family");
    let page = family_page(&heard, &amira).await;
    assert!(
        page.contains(&format!(r#"href="{amiras}/my-page""#)),
        "{page}"
    );
    assert!(page.contains(r#"href="/advocate""#), "{page}");
    assert!(!page.contains(NO_CHILD_YET), "{page}");
    assert!(!page.contains(ADD_CHILD_BUTTON), "{page}");
}

/// A date as the English pages write it ("12 March 2026").
fn in_words(date: heard_app::record::dates::Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// The real `heard serve` in a process of its own with today fixed (`--today`), so the dates it
/// shows are the same on any day the test runs; stopped when dropped.
struct FixedDayServer {
    base: String,
    pool: storage::Db,
    process: std::process::Child,
    _dir: tempfile::TempDir,
}

impl Drop for FixedDayServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn serve_on(today: &str) -> FixedDayServer {
    let dir = tempfile::tempdir().unwrap();
    let url = storage::for_tests::fresh_database_url(dir.path()).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = std::process::Command::new(env!("CARGO_BIN_EXE_heard"))
        .args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--today",
            today,
        ])
        .arg("--database-url")
        .arg(&url)
        .arg("--site-root")
        .arg(dir.path().join("site"))
        .env("HEARD_MAIL_FOLDER", dir.path().join("mail-outbox"))
        .env_remove("HEARD_PUBLIC_URL")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = browser();
    let mut up = false;
    // Generous: a loaded machine may take a while to start it.
    for _ in 0..600 {
        if let Ok(response) = client.get(format!("{base}/healthz")).send().await {
            up = response.status() == StatusCode::OK;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(up, "the server answered /healthz");
    let pool = storage::open(&url).await.unwrap();
    FixedDayServer {
        base,
        pool,
        process,
        _dir: dir,
    }
}

/// The family page says, for each child, what is coming up: the next review point, when the annual
/// review's papers are due, the next statutory step, and a link to getting ready.
#[tokio::test]
async fn the_family_page_says_what_is_coming_up_for_each_child() {
    use heard_app::record::dates::from_iso;
    let server = serve_on("2026-03-02").await;
    let heard = Running {
        base: server.base.clone(),
        pool: server.pool.clone(),
        _dir: tempfile::tempdir().unwrap(),
    };
    let family = signed_up(&heard, "family@example.org").await;
    // Amira's annual review meeting is on Monday 11 May 2026: papers by 27 April.
    let amira = add_child(
        &heard,
        &family,
        &[
            ("called-name", "Amira"),
            ("date-of-birth-day", "12"),
            ("date-of-birth-month", "3"),
            ("date-of-birth-year", "2013"),
            ("support-status", "ehc-plan"),
            ("next-annual-review-on-day", "11"),
            ("next-annual-review-on-month", "5"),
            ("next-annual-review-on-year", "2026"),
        ],
    )
    .await;
    let priya = add_child(&heard, &family, CHILD).await;

    let page = family_page(&heard, &family).await;
    let today = from_iso("2026-03-02").unwrap();
    for child in [amira, priya] {
        // The review points the page made sure of for this school year; the next is the first to come.
        let points: Vec<String> =
            storage::query_scalar("SELECT held_on FROM review_points WHERE child_id = $1")
                .bind(child)
                .fetch_all(&heard.pool)
                .await
                .unwrap();
        let next = points
            .iter()
            .filter_map(|p| from_iso(p))
            .filter(|d| *d >= today)
            .min()
            .expect("a review point to come");
        let line = format!("review point: {}", in_words(next));
        assert!(page.contains(&line), "{child}: {line}\n{page}");
        let ready = format!(r#"href="/children/{child}/prepare""#);
        assert!(page.contains(&ready), "{child}: a link to getting ready");
    }
    let papers = "Papers for the annual review are sent out: 27 April 2026";
    assert_eq!(page.matches(papers).count(), 1, "papers said once\n{page}");
}

#[tokio::test]
async fn a_record_someone_cannot_see_sends_them_to_their_own_start_and_start_knows_each_person() {
    let heard = start().await;
    let (family, amiras) = family_with_amira(&heard, "family@example.org").await;
    let token = invite(&heard, &family, &amiras, "advocate").await;
    let sam = signed_up(&heard, "sam@example.org").await;
    say_yes(&heard, &sam, &token, "Sam").await;
    // Another family's child, never shared with Sam.
    let (_, other) = family_with_amira(&heard, "other@example.org").await;

    let (status, page) = get(&sam, &format!("{}{other}", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        !page.contains("your own family"),
        "no advice that is wrong for an advocate"
    );
    assert!(page.contains("stopped sharing it with you"), "{page}");
    assert!(
        page.contains(r#"<a href="/start">Go to your start page</a>"#),
        "{page}"
    );

    for (client, lands) in [(&sam, "/advocate"), (&family, "/family"), (&browser(), "/")] {
        let response = visit(client, &format!("{}/start", heard.base)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), lands);
    }
}
