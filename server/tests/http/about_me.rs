//! All about me over HTTP, with JavaScript off: the real server on a real port, a SQLite file on disk,
//! a client that does not follow redirects.

use crate::common::*;
use heard_server::storage;
use heard_server::storage::Db;

use heard_app::scope::Viewer;
use heard_server::record;
use reqwest::StatusCode;

/// The add-a-child form for a child called `name`, born 14 March 2013, on SEN support.
fn child_form(name: &str) -> [(&str, &str); 5] {
    [
        ("called-name", name),
        ("date-of-birth-day", "14"),
        ("date-of-birth-month", "3"),
        ("date-of-birth-year", "2013"),
        ("support-status", "sen-support"),
    ]
}

async fn entry_id(pool: &Db, child: i64, part: &str) -> i64 {
    storage::query_scalar("SELECT id FROM about_me_entries WHERE child_id = $1 AND part = $2")
        .bind(child)
        .bind(part)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// The newest saved text of an entry.
async fn newest_text(pool: &Db, entry: i64) -> String {
    storage::query_scalar(
        "SELECT v.body FROM about_me_versions v JOIN about_me_entries e ON e.id = v.entry_id
         WHERE e.id = $1 AND v.version = e.version",
    )
    .bind(entry)
    .fetch_one(pool)
    .await
    .unwrap()
}

async fn count(pool: &Db, table: &str) -> i64 {
    storage::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(pool)
        .await
        .unwrap()
}

const TEXT_MISSING: &str = "Write something here, or go back without saving.";

#[tokio::test]
async fn entries_show_who_wrote_them_and_every_version_is_kept() {
    let heard = start().await;
    let amina = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &amina, &child_form("Sam")).await;
    let page = format!("{}/children/{child}/about-me", heard.base);

    let (status, empty) = get(&amina, &page).await;
    assert_eq!(status, StatusCode::OK);
    for part in [
        "What people like and admire about me",
        "My hopes and dreams",
        "How I communicate, and how to tell how I feel",
    ] {
        assert!(empty.contains(part), "{part}");
    }
    assert!(
        empty.contains("Section A"),
        "the intro says where this goes"
    );
    assert!(empty.contains(&format!(
        "href=\"/children/{child}/about-me/new?part=hopes-and-dreams\""
    )));

    // The young person's words, in the part named on the address.
    let (status, form) = get(&amina, &format!("{page}/new?part=hopes-and-dreams")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("name=\"text\""));
    assert!(form.contains("data-keep-as=\"child/"));
    let saved = post_form(
        &amina,
        &format!("{page}/new?part=hopes-and-dreams"),
        &[
            ("part", "hopes-and-dreams"),
            ("text", "I want to work with animals.\nMaybe at a farm."),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("/children/{child}/about-me#about-me-hopes-and-dreams")
    );

    // A parent's words, the part carried only by the form's hidden field.
    let saved = post_form(
        &amina,
        &format!("{page}/new"),
        &[
            ("part", "liked-and-admired"),
            ("text", "Sam is kind to everyone at the park."),
            ("author", "parent-or-carer"),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("/children/{child}/about-me#about-me-liked-and-admired")
    );

    let (_, listed) = get(&amina, &page).await;
    assert!(
        listed.contains("I want to work with animals.\nMaybe at a farm."),
        "line breaks are kept: {listed}"
    );
    assert!(listed.contains("Sam is kind to everyone at the park."));
    assert!(listed.contains("the young person, in their own words"));
    assert!(listed.contains("a parent or carer"));
    assert!(!listed.contains("Earlier versions"), "nothing changed yet");
    // Each entry sits in its own part's section.
    let hopes = listed.find("id=\"about-me-hopes-and-dreams\"").unwrap();
    let liked = listed.find("id=\"about-me-liked-and-admired\"").unwrap();
    let animals = listed.find("work with animals").unwrap();
    let kind = listed.find("kind to everyone").unwrap();
    assert!(liked < kind && kind < hopes && hopes < animals);

    // Change the young person's entry: a second version, the first kept.
    let entry = entry_id(&heard.pool, child, "hopes-and-dreams").await;
    let (status, edit) = get(&amina, &format!("{page}/{entry}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(edit.contains("I want to work with animals.\nMaybe at a farm."));
    assert!(edit.contains("name=\"based-on-version\" value=\"1\""));
    let changed = post_form(
        &amina,
        &format!("{page}/{entry}"),
        &[
            ("based-on-version", "1"),
            ("text", "I want to be a vet."),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&changed),
        format!("/children/{child}/about-me#about-me-hopes-and-dreams")
    );

    let (_, listed) = get(&amina, &page).await;
    assert!(listed.contains("I want to be a vet."));
    assert!(
        !listed.contains("work with animals"),
        "only the newest is listed"
    );
    assert!(listed.contains("Earlier versions"));
    assert!(listed.contains(&format!(
        "href=\"/children/{child}/about-me/{entry}/history\""
    )));

    let (status, history) = get(&amina, &format!("{page}/{entry}/history")).await;
    assert_eq!(status, StatusCode::OK);
    let newer = history
        .find("I want to be a vet.")
        .expect("the newest version");
    let older = history
        .find("work with animals")
        .expect("the first version");
    assert!(newer < older, "newest first");
    assert!(history.contains("amina@example.org"), "who saved each");
}

#[tokio::test]
async fn problems_are_shown_beside_the_field_and_what_was_typed_is_kept() {
    let heard = start().await;
    let amina = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &amina, &child_form("Sam")).await;
    let page = format!("{}/children/{child}/about-me", heard.base);

    let empty = post_form(
        &amina,
        &format!("{page}/new?part=important-to-me"),
        &[("text", "   "), ("author", "advocate")],
    )
    .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = empty.text().await.unwrap();
    assert!(body.contains("class=\"error-summary\""), "{body}");
    assert_eq!(body.matches(TEXT_MISSING).count(), 2, "summary and field");
    assert!(body.contains("id=\"text-error\""));
    assert!(body.contains("href=\"#text\""));
    assert!(body.contains("<title>Error:"));
    assert!(
        body.contains("value=\"advocate\" checked"),
        "the choice is kept"
    );
    assert_eq!(count(&heard.pool, "about_me_entries").await, 0);

    let no_author = post_form(
        &amina,
        &format!("{page}/new?part=important-to-me"),
        &[("text", "Swimming on Saturdays"), ("author", "nobody")],
    )
    .await;
    assert_eq!(no_author.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = no_author.text().await.unwrap();
    assert!(body.contains("Swimming on Saturdays"), "the text is kept");
    assert!(body.contains("id=\"author-error\""));
    assert_eq!(count(&heard.pool, "about_me_entries").await, 0);

    // Changing an entry to nothing: refused, the saved words untouched.
    post_form(
        &amina,
        &format!("{page}/new?part=important-to-me"),
        &[
            ("text", "Swimming on Saturdays"),
            ("author", "young-person"),
        ],
    )
    .await;
    let entry = entry_id(&heard.pool, child, "important-to-me").await;
    let emptied = post_form(
        &amina,
        &format!("{page}/{entry}"),
        &[
            ("based-on-version", "1"),
            ("text", ""),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(emptied.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = emptied.text().await.unwrap();
    assert_eq!(body.matches(TEXT_MISSING).count(), 2);
    assert!(body.contains("name=\"based-on-version\" value=\"1\""));
    assert_eq!(
        newest_text(&heard.pool, entry).await,
        "Swimming on Saturdays"
    );
}

#[tokio::test]
async fn an_unknown_part_or_entry_is_not_found() {
    let heard = start().await;
    let amina = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &amina, &child_form("Sam")).await;
    let page = format!("{}/children/{child}/about-me", heard.base);

    for url in [
        format!("{page}/new?part=favourite-food"),
        format!("{page}/new"),
        format!("{page}/99999"),
        format!("{page}/99999/history"),
        format!("{page}/not-a-number"),
        format!("{}/children/99999/about-me", heard.base),
    ] {
        let (status, _) = get(&amina, &url).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{url}");
    }
    let posted = post_form(
        &amina,
        &format!("{page}/new?part=favourite-food"),
        &[("text", "Chips"), ("author", "young-person")],
    )
    .await;
    assert_eq!(posted.status(), StatusCode::NOT_FOUND);
    let posted = post_form(
        &amina,
        &format!("{page}/99999"),
        &[
            ("based-on-version", "1"),
            ("text", "Chips"),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(posted.status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&heard.pool, "about_me_entries").await, 0);
}

#[tokio::test]
async fn another_family_cannot_read_or_change_it() {
    let heard = start().await;
    let amina = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &amina, &child_form("Sam")).await;
    let page = format!("{}/children/{child}/about-me", heard.base);
    post_form(
        &amina,
        &format!("{page}/new?part=how-to-support-me"),
        &[
            ("text", "A quiet place to calm down"),
            ("author", "parent-or-carer"),
        ],
    )
    .await;
    let entry = entry_id(&heard.pool, child, "how-to-support-me").await;

    let other = signed_up(&heard, "other@example.org").await;
    for url in [
        page.clone(),
        format!("{page}/new?part=how-to-support-me"),
        format!("{page}/{entry}"),
        format!("{page}/{entry}/history"),
    ] {
        let (status, body) = get(&other, &url).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{url}");
        assert!(!body.contains("quiet place"), "{url}");
    }
    for (url, fields) in [
        (
            format!("{page}/new?part=how-to-support-me"),
            vec![("text", "Planted"), ("author", "advocate")],
        ),
        (
            format!("{page}/new?part=how-to-support-me"),
            vec![("text", ""), ("author", "advocate")],
        ),
        (
            format!("{page}/{entry}"),
            vec![
                ("based-on-version", "1"),
                ("text", "Overwritten"),
                ("author", "advocate"),
            ],
        ),
        (
            format!("{page}/{entry}"),
            vec![("based-on-version", "1"), ("text", ""), ("author", "")],
        ),
    ] {
        let posted = post_form(&other, &url, &fields).await;
        assert_eq!(posted.status(), StatusCode::NOT_FOUND, "{url}");
        let body = posted.text().await.unwrap();
        assert!(!body.contains("quiet place"), "{url}");
    }
    assert_eq!(count(&heard.pool, "about_me_entries").await, 1);
    assert_eq!(count(&heard.pool, "about_me_versions").await, 1);
    assert_eq!(
        newest_text(&heard.pool, entry).await,
        "A quiet place to calm down"
    );
}

#[tokio::test]
async fn two_people_changing_one_entry_both_see_both_versions() {
    let heard = start().await;
    let amina = signed_up(&heard, "amina@example.org").await;
    let bilal = signed_up(&heard, "bilal@example.org").await;
    let amina_id = account_id(&heard.pool, "amina@example.org").await;
    let bilal_id = account_id(&heard.pool, "bilal@example.org").await;
    let family = record::family_id_for(
        &heard.pool,
        &Viewer {
            account_id: amina_id,
            email: "amina@example.org".into(),
        },
    )
    .await
    .unwrap();
    record::join_family(&heard.pool, family, bilal_id)
        .await
        .unwrap();

    let child = add_child(&heard, &amina, &child_form("Sam")).await;
    let page = format!("{}/children/{child}/about-me", heard.base);
    post_form(
        &amina,
        &format!("{page}/new?part=how-i-communicate"),
        &[("text", "Sam uses signs"), ("author", "parent-or-carer")],
    )
    .await;
    let entry = entry_id(&heard.pool, child, "how-i-communicate").await;

    // Both open the entry at version 1.
    for client in [&amina, &bilal] {
        let (status, edit) = get(client, &format!("{page}/{entry}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(edit.contains("name=\"based-on-version\" value=\"1\""));
    }
    let first = post_form(
        &amina,
        &format!("{page}/{entry}"),
        &[
            ("based-on-version", "1"),
            ("text", "Words from Amina"),
            ("author", "parent-or-carer"),
        ],
    )
    .await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);

    let second = post_form(
        &bilal,
        &format!("{page}/{entry}"),
        &[
            ("based-on-version", "1"),
            ("text", "Words from Bilal"),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(second.status(), StatusCode::CONFLICT);
    let body = second.text().await.unwrap();
    assert!(body.contains("Words from Bilal"), "the typed text is kept");
    assert!(
        body.contains("Words from Amina"),
        "the newest saved is shown"
    );
    assert!(body.contains("id=\"changed-meanwhile\""));
    assert!(body.contains("The newest saved version"));
    assert!(body.contains("amina@example.org"), "who saved it");
    assert!(
        body.contains("name=\"based-on-version\" value=\"2\""),
        "saving again is based on the newest"
    );
    assert!(
        body.contains("value=\"young-person\" checked"),
        "the author chosen is kept"
    );
    assert_eq!(newest_text(&heard.pool, entry).await, "Words from Amina");

    // Having seen both, saving again keeps theirs; Amina's stays as an earlier version.
    let again = post_form(
        &bilal,
        &format!("{page}/{entry}"),
        &[
            ("based-on-version", "2"),
            ("text", "Words from Bilal"),
            ("author", "young-person"),
        ],
    )
    .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(newest_text(&heard.pool, entry).await, "Words from Bilal");
    let (_, history) = get(&amina, &format!("{page}/{entry}/history")).await;
    for words in ["Words from Bilal", "Words from Amina", "Sam uses signs"] {
        assert!(history.contains(words), "{words}");
    }
}
