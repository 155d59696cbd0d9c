//! The review pack shared by a link, over HTTP against the real `heard` binary (so its request log
//! can be read, and the day it takes as today set with `HEARD_TODAY`), on SQLite or PostgreSQL: the
//! family makes a link, a person with no account opens it (logged in "who has looked"), it is gone at
//! once when withdrawn and after its last day, a made-up one is not found, and the secret is never in
//! the log. The service-level rows for every role are in `heard_server::people::tests`.

use crate::common::*;
use heard_server::storage;
use heard_server::storage::for_tests::fresh_database_url;
use reqwest::StatusCode;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Text typed as the person's name that would run if a page put it in as markup.
const HOSTILE: &str = "<script>alert(1)</script> Mr Jones";

struct Heard {
    base: String,
    process: Child,
}

impl Drop for Heard {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// `heard serve` on a free port, taking `today` as today, its log lines gathered into `log`.
async fn serve(
    database: &str,
    folder: &std::path::Path,
    today: &str,
    log: &Arc<Mutex<String>>,
) -> Heard {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut process = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--database-url")
        .arg(database)
        .arg("--site-root")
        .arg(folder.join("site"))
        .env("HEARD_LOG", "info")
        .env("HEARD_TODAY", today)
        .env("HEARD_MAIL_FOLDER", folder.join("mail-outbox"))
        .env_remove("HEARD_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for output in [
        Box::new(process.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(process.stderr.take().unwrap()),
    ] {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(output).lines().map_while(Result::ok) {
                let mut log = log.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
    }
    let base = format!("http://127.0.0.1:{port}");
    let client = browser();
    for _ in 0..1200 {
        if let Ok(response) = client.get(format!("{base}/healthz")).send().await {
            if response.status() == StatusCode::OK {
                return Heard { base, process };
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = process.kill();
    let _ = process.wait();
    panic!("heard answered /healthz:\n{}", log.lock().unwrap());
}

async fn sign_up(heard: &Heard, pool: &storage::Db, email: &str) -> reqwest::Client {
    let client = browser();
    let created = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER, "{email} signs up");
    storage::query("UPDATE accounts SET confirmed_at = created_at WHERE email = $1")
        .bind(email)
        .execute(pool)
        .await
        .unwrap();
    client
}

/// The log as written, less the terminal's colour codes.
fn without_colours(log: &str) -> String {
    let mut out = String::new();
    let mut chars = log.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The secret in the link the page shows once.
fn secret_in(page: &str) -> String {
    let at = page.find("/pack/").expect("the page shows the link") + "/pack/".len();
    let secret: String = page[at..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    assert_eq!(secret.len(), 64, "256 bits, as hex: {secret}");
    secret
}

async fn make_link(
    heard: &Heard,
    client: &reqwest::Client,
    child: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let made = post_form(
        client,
        &format!("{}{child}/review-pack/share", heard.base),
        fields,
    )
    .await;
    (made.status(), made.text().await.unwrap())
}

#[tokio::test]
async fn a_link_opens_the_pack_with_no_account_until_withdrawn_or_past_its_day() {
    let folder = tempfile::tempdir().unwrap();
    let database = fresh_database_url(folder.path()).await;
    let log = Arc::new(Mutex::new(String::new()));
    let heard = serve(&database, folder.path(), "2026-12-06", &log).await;
    let pool = storage::open(&database).await.unwrap();

    let parent = sign_up(&heard, &pool, "parent@example.org").await;
    let added = post_form(&parent, &format!("{}/children/new", heard.base), CHILD).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let child = location(&added);
    let named = post_form(
        &parent,
        &format!("{}/account/name", heard.base),
        &[("name", "Anna Kowalska")],
    )
    .await;
    assert_eq!(named.status(), StatusCode::SEE_OTHER);
    let wrote = post_form(
        &parent,
        &format!("{}{child}/about-me/new", heard.base),
        &[
            ("part", "important-to-me"),
            ("text", "Trains, and the number 7 bus"),
            ("author", "parent-or-carer"),
        ],
    )
    .await;
    assert_eq!(wrote.status(), StatusCode::SEE_OTHER);

    // The pack page offers sharing; the sharing page makes the link and shows it once.
    let (status, pack) = get(&parent, &format!("{}{child}/review-pack", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        pack.contains(&format!("{child}/review-pack/share")),
        "{pack}"
    );
    let (status, page) = make_link(
        &heard,
        &parent,
        &child,
        &[
            ("for-name", HOSTILE),
            ("how-long", "14"),
            ("locale", "en-GB"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{page}");
    let secret = secret_in(&page);
    assert!(
        !page.contains("<script>alert(1)"),
        "the name is text:\n{page}"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mr Jones"),
        "{page}"
    );
    // It is not shown again.
    let (status, page) = get(&parent, &format!("{}{child}/review-pack/share", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains(&secret), "the secret is shown once");
    assert!(
        page.contains("20 December 2026"),
        "the link works 14 days:\n{page}"
    );
    // Nothing typed is lost when a choice is missing.
    let (status, page) = make_link(&heard, &parent, &child, &[("for-name", "Ms Patel")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("Ms Patel") && !page.contains("/pack/"),
        "{page}"
    );

    // Someone with no account opens it.
    let teacher = browser();
    let opened = visit(&teacher, &format!("{}/pack/{secret}", heard.base)).await;
    assert_eq!(opened.status(), StatusCode::OK);
    for (name, value) in [
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
        ("x-robots-tag", "noindex"),
    ] {
        assert_eq!(
            opened.headers().get(name).map(|v| v.to_str().unwrap()),
            Some(value),
            "{name}"
        );
    }
    let shown = opened.text().await.unwrap();
    assert!(shown.contains("Review pack for Priya"), "{shown}");
    assert!(shown.contains("Trains, and the number 7 bus"), "{shown}");
    assert!(
        shown.contains(
            "Anna Kowalska shared this pack with you. The link works until 20 December 2026."
        ),
        "{shown}"
    );

    // The family sees the opening, with its time, named for the person the link is for.
    let (status, seen) = get(&parent, &format!("{}{child}/seen", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        seen.contains(
            "A link for &lt;script&gt;alert(1)&lt;/script&gt; Mr Jones opened the review pack."
        ),
        "{seen}"
    );
    assert!(!seen.contains("<script>alert(1)"), "{seen}");
    assert!(seen.contains("<time datetime="), "{seen}");
    let (_, page) = get(&parent, &format!("{}{child}/review-pack/share", heard.base)).await;
    assert!(page.contains("opened once"), "{page}");

    // Made-up links are not found.
    for made_up in ["0".repeat(64), "g".repeat(64), "short".to_string()] {
        let (status, _) = get(&teacher, &format!("{}/pack/{made_up}", heard.base)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{made_up}");
    }

    // Withdrawn: gone at once.
    let link_id: i64 = storage::query_scalar("SELECT id FROM pack_links WHERE for_name = $1")
        .bind(HOSTILE)
        .fetch_one(&pool)
        .await
        .unwrap();
    let (status, page) = get(
        &parent,
        &format!("{}{child}/review-pack/share?withdraw={link_id}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Yes, stop the link"),
        "the family is asked once:\n{page}"
    );
    let withdrawn = post_form(
        &parent,
        &format!("{}{child}/review-pack/share/{link_id}/withdraw", heard.base),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let (status, gone) = get(&teacher, &format!("{}/pack/{secret}", heard.base)).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(gone.contains("This link does not work any more"), "{gone}");
    assert!(!gone.contains("Trains"), "{gone}");

    // A link for 7 days works on its last day and is gone the day after.
    let (status, page) = make_link(
        &heard,
        &parent,
        &child,
        &[
            ("for-name", "Ms Patel (SENCo)"),
            ("how-long", "7"),
            ("locale", "en-GB"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let week = secret_in(&page);
    drop(heard);
    let heard = serve(&database, folder.path(), "2026-12-13", &log).await;
    let (status, _) = get(&teacher, &format!("{}/pack/{week}", heard.base)).await;
    assert_eq!(status, StatusCode::OK, "on its last day");
    drop(heard);
    let heard = serve(&database, folder.path(), "2026-12-14", &log).await;
    let (status, gone) = get(&teacher, &format!("{}/pack/{week}", heard.base)).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(gone.contains("This link does not work any more"), "{gone}");
    drop(heard);

    // The log has the route, never the secret.
    let log = without_colours(&log.lock().unwrap());
    assert!(log.contains("path=\"/pack/…\" status=200"), "{log}");
    assert!(log.contains("path=\"/pack/…\" status=410"), "{log}");
    for secret in [&secret, &week] {
        assert!(
            !log.contains(&secret[..16]),
            "the log holds a link's secret:\n{log}"
        );
    }
}

#[tokio::test]
async fn an_advocate_or_a_stranger_cannot_make_see_or_withdraw_links() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let made = post_form(
        &family,
        &format!("{}{child}/review-pack/share", heard.base),
        &[
            ("for-name", "Mr Jones"),
            ("how-long", "14"),
            ("locale", "en-GB"),
        ],
    )
    .await;
    assert_eq!(made.status(), StatusCode::CREATED);
    let link_id: i64 = storage::query_scalar("SELECT id FROM pack_links")
        .fetch_one(&heard.pool)
        .await
        .unwrap();

    // An advocate the family shared everything with, who may change it.
    let invited = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "advocate"),
            ("parts", "about-me"),
            ("parts", "goals"),
            ("parts", "saved-services"),
            ("may-change", "yes"),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let token: String =
        storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    let advocate = signed_up(&heard, "advocate@example.org").await;
    let said = say_yes(&heard, &advocate, &token, "Sam").await;
    assert_eq!(said.status(), StatusCode::SEE_OTHER);
    let (status, _) = get(&advocate, &format!("{}{child}/review-pack", heard.base)).await;
    assert_eq!(status, StatusCode::OK, "the advocate reads the pack");

    let stranger = signed_up(&heard, "stranger@example.org").await;
    for (who, client) in [("advocate", &advocate), ("stranger", &stranger)] {
        let (status, _) = get(client, &format!("{}{child}/review-pack/share", heard.base)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who} sees the links");
        let made = post_form(
            client,
            &format!("{}{child}/review-pack/share", heard.base),
            &[
                ("for-name", "Mr Jones"),
                ("how-long", "14"),
                ("locale", "en-GB"),
            ],
        )
        .await;
        assert_eq!(made.status(), StatusCode::NOT_FOUND, "{who} makes a link");
        let withdrawn = post_form(
            client,
            &format!("{}{child}/review-pack/share/{link_id}/withdraw", heard.base),
            &[("confirm", "yes")],
        )
        .await;
        assert_eq!(withdrawn.status(), StatusCode::NOT_FOUND, "{who} withdraws");
    }
    let (status, pack) = get(&advocate, &format!("{}{child}/review-pack", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !pack.contains("/review-pack/share"),
        "no sharing offered to an advocate"
    );

    // Signed out: sent to sign in, nothing made.
    let signed_out = browser();
    let (status, _) = get(
        &signed_out,
        &format!("{}{child}/review-pack/share", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let made = post_form(
        &signed_out,
        &format!("{}{child}/review-pack/share", heard.base),
        &[("for-name", "Mr Jones"), ("how-long", "14")],
    )
    .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let count: i64 =
        storage::query_scalar("SELECT COUNT(*) FROM pack_links WHERE withdrawn_at IS NULL")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    assert_eq!(count, 1, "only the family's link, still working");

    // An account whose email is not confirmed makes no link, even for its own child.
    let unconfirmed = signed_up_unconfirmed(&heard, "new@example.org").await;
    let own = add_child(&heard, &unconfirmed, CHILD).await;
    let made = post_form(
        &unconfirmed,
        &format!("{}/children/{own}/review-pack/share", heard.base),
        &[
            ("for-name", "Mr Jones"),
            ("how-long", "14"),
            ("locale", "en-GB"),
        ],
    )
    .await;
    assert_ne!(made.status(), StatusCode::CREATED);
    let count: i64 = storage::query_scalar("SELECT COUNT(*) FROM pack_links")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);
}

/// A file name typed to break out of the page or the download's header.
const HOSTILE_FILE: &str = "EHC plan <img src=x onerror=alert(1)>.pdf";

async fn upload(
    heard: &Heard,
    client: &reqwest::Client,
    child: &str,
    file_name: &str,
) -> reqwest::Response {
    let (kind, body) = crate::documents::form(
        crate::documents::PLAN,
        file_name,
        "application/pdf",
        crate::documents::PDF,
    );
    client
        .post(format!("{}{child}/documents", heard.base))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn newest_document(pool: &storage::Db) -> i64 {
    storage::query_scalar("SELECT MAX(id) FROM documents")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// The tag of the tick box for one document on the sharing page.
fn tick_box(page: &str, document: i64) -> String {
    let id = format!("id=\"documents-{document}\"");
    let at = page
        .find(&id)
        .unwrap_or_else(|| panic!("{id} offered:\n{page}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    page[start..=end].to_string()
}

#[tokio::test]
async fn a_link_carries_only_the_documents_the_family_chose() {
    let folder = tempfile::tempdir().unwrap();
    let database = fresh_database_url(folder.path()).await;
    let log = Arc::new(Mutex::new(String::new()));
    let heard = serve(&database, folder.path(), "2026-12-06", &log).await;
    let pool = storage::open(&database).await.unwrap();

    let parent = sign_up(&heard, &pool, "parent@example.org").await;
    let added = post_form(&parent, &format!("{}/children/new", heard.base), CHILD).await;
    let child = location(&added);
    assert_eq!(
        upload(&heard, &parent, &child, HOSTILE_FILE).await.status(),
        StatusCode::SEE_OTHER
    );
    let plan = newest_document(&pool).await;
    assert_eq!(
        upload(&heard, &parent, &child, "letter.pdf").await.status(),
        StatusCode::SEE_OTHER
    );
    let letter = newest_document(&pool).await;
    // Another family's child, and their document.
    let other = sign_up(&heard, &pool, "other@example.org").await;
    let added = post_form(&other, &format!("{}/children/new", heard.base), CHILD).await;
    let theirs = location(&added);
    assert_eq!(
        upload(&heard, &other, &theirs, "theirs.pdf").await.status(),
        StatusCode::SEE_OTHER
    );
    let their_document = newest_document(&pool).await;

    // The form offers the child's documents, none ticked, their names as text.
    let (status, page) = get(&parent, &format!("{}{child}/review-pack/share", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    for document in [plan, letter] {
        let tag = tick_box(&page, document);
        assert!(tag.contains("type=\"checkbox\""), "{tag}");
        assert!(!tag.contains("checked"), "not ticked: {tag}");
    }
    assert!(!page.contains(&format!("documents-{their_document}\"")));
    assert!(!page.contains("<img src=x"), "the name is text:\n{page}");
    assert!(
        page.contains("&lt;img src=x onerror=alert(1)&gt;.pdf"),
        "{page}"
    );

    // Another child's document, alone or among this child's: refused beside the field, kept as typed.
    for chosen in [vec![their_document], vec![plan, their_document]] {
        let mut fields = vec![
            ("for-name", "Ms Patel"),
            ("how-long", "14"),
            ("locale", "en-GB"),
        ];
        let ids: Vec<String> = chosen.iter().map(i64::to_string).collect();
        fields.extend(ids.iter().map(|id| ("documents", id.as_str())));
        let (status, page) = make_link(&heard, &parent, &child, &fields).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{chosen:?}");
        assert!(
            page.contains("Choose only documents from this list."),
            "{page}"
        );
        assert!(
            page.contains("value=\"Ms Patel\""),
            "kept as typed:\n{page}"
        );
        assert!(!page.contains("/pack/"), "no link made:\n{page}");
        if chosen.contains(&plan) {
            assert!(tick_box(&page, plan).contains("checked"), "kept ticked");
        }
    }
    let made: i64 = storage::query_scalar("SELECT COUNT(*) FROM pack_links")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(made, 0);

    let plan_id = plan.to_string();
    let (status, page) = make_link(
        &heard,
        &parent,
        &child,
        &[
            ("for-name", "Mr Jones"),
            ("how-long", "14"),
            ("locale", "en-GB"),
            ("documents", &plan_id),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{page}");
    let secret = secret_in(&page);
    let (_, page) = get(&parent, &format!("{}{child}/review-pack/share", heard.base)).await;
    assert!(page.contains("1 document goes with it."), "{page}");

    // The pack lists the chosen document only, with its download.
    let teacher = browser();
    let (status, shown) = get(&teacher, &format!("{}/pack/{secret}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(shown.contains("Documents shared with you"), "{shown}");
    assert!(
        shown.contains(&format!("href=\"/pack/{secret}/documents/{plan}\"")),
        "{shown}"
    );
    assert!(!shown.contains(&format!("/documents/{letter}")), "{shown}");
    assert!(!shown.contains("<img src=x"), "{shown}");
    assert!(shown.contains("&lt;img src=x onerror=alert(1)&gt;.pdf"));

    // Downloaded as the record's own download is: only ever a file, nothing in it run.
    let downloaded = visit(
        &teacher,
        &format!("{}/pack/{secret}/documents/{plan}", heard.base),
    )
    .await;
    assert_eq!(downloaded.status(), StatusCode::OK);
    let headers = downloaded.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with(
            "attachment; filename=\"EHC plan _img src_x onerror_alert(1)_.pdf\"; filename*=UTF-8''"
        ),
        "{disposition}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "sandbox; default-src 'none'"
    );
    assert_eq!(headers["cache-control"], "private, no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(
        downloaded.bytes().await.unwrap().as_ref(),
        crate::documents::PDF
    );

    // Nothing else through the link: not the child's other document, not another child's.
    for not_chosen in [letter, their_document] {
        let (status, body) = get(
            &teacher,
            &format!("{}/pack/{secret}/documents/{not_chosen}", heard.base),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{not_chosen}");
        assert!(!body.starts_with("%PDF"), "{body}");
    }
    let (status, _) = get(
        &teacher,
        &format!("{}/pack/{}/documents/{plan}", heard.base, "0".repeat(64)),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The family sees the download, named for the person the link is for.
    let (_, seen) = get(&parent, &format!("{}{child}/seen", heard.base)).await;
    assert_eq!(
        seen.matches("A link for Mr Jones downloaded a document.")
            .count(),
        1,
        "{seen}"
    );

    // Withdrawn: the download is gone at once, and says so.
    let link_id: i64 = storage::query_scalar("SELECT id FROM pack_links")
        .fetch_one(&pool)
        .await
        .unwrap();
    let withdrawn = post_form(
        &parent,
        &format!("{}{child}/review-pack/share/{link_id}/withdraw", heard.base),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let (status, gone) = get(
        &teacher,
        &format!("{}/pack/{secret}/documents/{plan}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::GONE);
    assert!(gone.contains("This link does not work any more"), "{gone}");
    assert!(!gone.contains("%PDF"), "{gone}");
    drop(heard);

    let log = without_colours(&log.lock().unwrap());
    assert!(log.contains("path=\"/pack/…\" status=200"), "{log}");
    assert!(log.contains("path=\"/pack/…\" status=410"), "{log}");
    assert!(
        !log.contains(&secret[..16]),
        "the log holds the link's secret:\n{log}"
    );
}
