//! The signed-out row of the access matrix, over HTTP against the real server: every page and form
//! of people and consent sends a signed-out person to sign in (or refuses them), and never shows or
//! changes a record. The other rows are in `heard_server::people::tests`, against every method.

use crate::common::*;
use heard_server::storage;
use heard_server::storage::Db;

use reqwest::StatusCode;

#[tokio::test]
async fn signed_out_people_reach_nothing() {
    let heard = start().await;
    // A family with a child, so the ids exist.
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    assert!(child.starts_with("/children/"), "{child}");

    let stranger = browser();
    for page in [
        "/people",
        "/people/invite",
        "/people/invitations/1",
        "/seen",
        "/my-page",
        "/your-data",
        "/your-data/copy",
        "/delete",
        "/download.json",
    ] {
        let response = visit(&stranger, &format!("{}{child}{page}", heard.base)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "GET {page}");
        assert!(location(&response).starts_with("/sign-in"), "GET {page}");
    }
    for (form, fields) in [
        (
            "/people/invite",
            vec![
                ("role", "advocate"),
                ("parts", "goals"),
                ("may-change", "yes"),
            ],
        ),
        ("/people/invitations/1/cancel", vec![]),
        ("/people/shares/1/withdraw", vec![]),
        ("/take-control", vec![]),
        ("/cards", vec![("card", "music"), ("pile", "like")]),
        ("/voice-notes/1/delete", vec![]),
        // The page's own form for uploading a recording.
        ("/my-page", vec![("recording", "")]),
        ("/delete", vec![("confirm", "yes")]),
    ] {
        let response = post_form(&stranger, &format!("{}{child}{form}", heard.base), &fields).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "POST {form}");
        assert!(location(&response).starts_with("/sign-in"), "POST {form}");
    }
    let voice = stranger
        .post(format!("{}{child}/voice-notes", heard.base))
        .header("content-type", "audio/webm")
        .body(vec![1u8, 2, 3])
        .send()
        .await
        .unwrap();
    assert_eq!(voice.status(), StatusCode::UNAUTHORIZED);
    let audio = visit(&stranger, &format!("{}{child}/voice-notes/1", heard.base)).await;
    assert_eq!(audio.status(), StatusCode::NOT_FOUND);
    for page in [
        "/advocate",
        "/account",
        "/account/name",
        "/account/delete",
        "/account/emails",
        "/account/passkeys",
        "/account/email",
        "/account/password",
        "/account/confirm-again",
    ] {
        let response = visit(&stranger, &format!("{}{page}", heard.base)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "GET {page}");
    }
    for (form, fields) in [
        ("/account/delete", vec![("confirm", "yes")]),
        ("/account/emails", vec![("on", "deadline")]),
        ("/account/name", vec![("name", "Sam")]),
        ("/account/passkeys/1/remove", vec![("confirm", "yes")]),
    ] {
        let response = post_form(&stranger, &format!("{}{form}", heard.base), &fields).await;
        assert!(location(&response).starts_with("/sign-in"), "POST {form}");
    }
    // Adding a passkey needs an account to add it to.
    for start in ["/account/passkeys/start", "/account/passkeys/finish"] {
        let response = stranger
            .post(format!("{}{start}", heard.base))
            .header("content-type", "application/json")
            .body(r#"{"name":"My phone"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "POST {start}");
    }
    for form in [
        "/account/email",
        "/account/password",
        "/account/confirm-again",
        "/account/sign-out-everywhere",
    ] {
        let response = post_form(&stranger, &format!("{}{form}", heard.base), &[("x", "")]).await;
        assert!(location(&response).starts_with("/sign-in"), "POST {form}");
    }
    // What anyone may ask: whether the server is alive and ready, in a word, with no session made
    // and nothing of any record. The metrics are not on the public address at all.
    for probe in ["/healthz", "/readyz"] {
        // Ready once the search index is built, which starts with the server: asked till then.
        let mut response = visit(&stranger, &format!("{}{probe}", heard.base)).await;
        for _ in 0..600 {
            if response.status() != StatusCode::SERVICE_UNAVAILABLE {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            response = visit(&stranger, &format!("{}{probe}", heard.base)).await;
        }
        assert_eq!(response.status(), StatusCode::OK, "GET {probe}");
        assert!(response.headers().get("set-cookie").is_none(), "{probe}");
        let body = response.text().await.unwrap();
        assert!(
            !body.contains("Amira") && !body.contains("family@"),
            "{probe}"
        );
    }
    let response = visit(&stranger, &format!("{}/metrics", heard.base)).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // A pack link's document asks for no account, only the link: one never made is not found (the
    // rows for a real link are in `pack_links`).
    let response = visit(
        &stranger,
        &format!("{}/pack/{}/documents/1", heard.base, "0".repeat(64)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // Nothing changed: no invitations, cards, notes; the child is still there.
    for table in [
        "invitations",
        "card_choices",
        "voice_notes",
        "shares",
        "email_choices_off",
    ] {
        let rows: i64 = storage::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&heard.pool)
            .await
            .unwrap();
        assert_eq!(rows, 0, "{table}");
    }
    let (status, _) = get(&family, &format!("{}{child}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);

    // A stranger who is signed in gets "not found" for the same pages and the download.
    let other = signed_up(&heard, "other@example.org").await;
    for page in [
        "/people",
        "/seen",
        "/my-page",
        "/your-data",
        "/download.json",
        "/voice-notes/1",
    ] {
        let (status, body) = get(&other, &format!("{}{child}{page}", heard.base)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
        assert!(!body.contains("Amira"), "{page} shows the child's name");
    }
    let voice = other
        .post(format!("{}{child}/voice-notes", heard.base))
        .header("content-type", "audio/webm")
        .body(vec![1u8, 2, 3])
        .send()
        .await
        .unwrap();
    assert_eq!(voice.status(), StatusCode::NOT_FOUND);
    let uploaded = other
        .post(format!("{}{child}/my-page", heard.base))
        .header("content-type", "multipart/form-data; boundary=b")
        .body(&b"--b\r\nContent-Disposition: form-data; name=\"recording\"; filename=\"a.webm\"\r\n\r\n\x1a\x45\xdf\xa3\r\n--b--\r\n"[..])
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::NOT_FOUND);
    assert!(!uploaded.text().await.unwrap().contains("Amira"));
    // Not audio at all is refused before anything else.
    let html = family
        .post(format!("{}{child}/voice-notes", heard.base))
        .header("content-type", "text/html")
        .body("<script>")
        .send()
        .await
        .unwrap();
    assert_eq!(html.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // The start of a WebM recording as Chrome writes it; played back as what its bytes say it is.
    let webm: &[u8] = &[
        0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2,
        0x81, 0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, b'w', b'e', b'b', b'm',
    ];
    let ok = family
        .post(format!("{}{child}/voice-notes", heard.base))
        .header("content-type", "audio/webm;codecs=opus")
        .body(webm.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::CREATED);
    let played = visit(&family, &format!("{}{}", heard.base, location(&ok))).await;
    assert_eq!(played.headers()["content-type"], "audio/webm");
    assert_eq!(played.bytes().await.unwrap().as_ref(), webm);
}

#[tokio::test]
async fn a_read_only_advocate_gets_no_forms_and_their_saves_are_refused() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let invited = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "advocate"),
            ("parts", "goals"),
            ("may-change", "no"),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let token: String = storage::query_scalar("SELECT token FROM invitations")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let advocate = signed_up(&heard, "sam@example.org").await;
    let accepted = say_yes(&heard, &advocate, &token, "Sam").await;
    assert_eq!(location(&accepted), "/advocate");

    let (status, goals) = get(&advocate, &format!("{}{child}/goals", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !goals.contains("/goals/new"),
        "no add-a-goal button for a reader"
    );
    let (status, reviews) = get(&advocate, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !reviews.contains("review-point-link"),
        "no record-a-review links for a reader"
    );
    let (status, _) = get(&advocate, &format!("{}{child}/goals/new", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let saved = post_form(
        &advocate,
        &format!("{}{child}/goals/new", heard.base),
        &[
            ("outcome", "Written by a reader"),
            ("theme", "need:communication"),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::NOT_FOUND);
    let goals: i64 = storage::query_scalar("SELECT COUNT(*) FROM goals")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(goals, 0);
    // The family's own pages are not theirs at all.
    let (status, _) = get(&advocate, &format!("{}{child}/people", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = get(&advocate, &format!("{}{child}/about-me", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A young person reading who can see her record sees that a link is waiting, never the link; and
/// a parent's link she gets hold of anyway does not make her a parent of her own family.
#[tokio::test]
async fn a_young_person_sees_no_links_and_cannot_make_herself_a_parent() {
    let heard = start().await;
    let family = signed_up(&heard, "family@example.org").await;
    let mut records = Vec::new();
    for (name, year) in [("Amira", "2013"), ("Josh", "2016")] {
        let added = post_form(
            &family,
            &format!("{}/children/new", heard.base),
            &[
                ("called-name", name),
                ("date-of-birth-day", "12"),
                ("date-of-birth-month", "3"),
                ("date-of-birth-year", year),
                ("support-status", "ehc-plan"),
            ],
        )
        .await;
        records.push(location(&added));
    }
    let (amiras, joshs) = (&records[0], &records[1]);
    let invite = |role: &'static str| {
        let family = family.clone();
        let url = format!("{}{amiras}/people/invite", heard.base);
        async move {
            let sent = post_form(&family, &url, &[("role", role)]).await;
            assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{role}");
            location(&sent)
        }
    };
    let token_of = |page: String| {
        let pool = heard.pool.clone();
        async move {
            let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();
            storage::query_scalar::<String>("SELECT token FROM invitations WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let amiras_link = token_of(invite("young-person").await).await;
    let amira = signed_up(&heard, "amira@example.org").await;
    let joined = say_yes(&heard, &amira, &amiras_link, "Amira").await;
    assert_eq!(location(&joined), format!("{amiras}/my-page"));

    let parents_page = invite("parent-or-carer").await;
    let parents_link = token_of(parents_page.clone()).await;
    // The family sees the link to send.
    let (status, page) = get(&family, &format!("{}{parents_page}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&parents_link));

    // Amira sees it is waiting, without the link, and cannot open the family's page for it.
    let (status, page) = get(&amira, &format!("{}{amiras}/people", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Invitations not used yet"), "{page}");
    assert!(!page.contains(&parents_link));
    assert!(!page.contains(&parents_page), "no show-the-link button");
    let (status, page) = get(&amira, &format!("{}{parents_page}", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains(&parents_link));

    // Got hold of anyway, the link does not make her a parent: she is told so, and nothing changes.
    let members = |pool: Db| async move {
        storage::query_scalar::<i64>("SELECT COUNT(*) FROM family_members")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let before = members(heard.pool.clone()).await;
    let refused = say_yes(&heard, &amira, &parents_link, "Amira").await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let page = refused.text().await.unwrap();
    assert!(page.contains("This link is not for your account"), "{page}");
    assert!(page.contains("Nothing has changed."), "{page}");
    assert_eq!(members(heard.pool.clone()).await, before);
    let (status, _) = get(&amira, &format!("{}{joshs}", heard.base)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "her brother's record");
    let deleted = post_form(
        &amira,
        &format!("{}{amiras}/delete", heard.base),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::NOT_FOUND);
    let (status, _) = get(&family, &format!("{}{amiras}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);

    // The link still works for the person it was sent to.
    let dad = signed_up(&heard, "dad@example.org").await;
    let joined = say_yes(&heard, &dad, &parents_link, "Dad").await;
    assert_eq!(location(&joined), "/family");
    let (status, _) = get(&dad, &format!("{}{joshs}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_delete_form_with_problems_says_so_beside_each_field_and_deletes_nothing() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;

    let response = post_form(
        &family,
        &format!("{}{child}/delete", heard.base),
        &[("confirm", "")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Tick the box to say you understand."),
        "{page}"
    );
    assert!(
        page.contains("href=\"#confirm\""),
        "the summary links to the box"
    );

    let response = post_form(
        &family,
        &format!("{}/account/delete", heard.base),
        &[("password", "not the password"), ("confirm", "yes")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("That is not your password. Type it again."),
        "{page}"
    );
    assert!(
        page.contains("href=\"#password\""),
        "the summary links to the password"
    );
    assert!(
        !page.contains("not the password"),
        "a password is never shown again"
    );

    let children: i64 = storage::query_scalar("SELECT COUNT(*) FROM children")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(children, 1);
}
