//! Voice notes over HTTP against the real server: only real sound is kept (known by its own first
//! bytes, stored as what it is, whatever it was labelled), a child's notes stop at a limit, and one
//! person may save only so many in an hour, counted in the database so two servers agree. Every
//! refusal says why in plain words, in the person's language.

use crate::common::*;
use heard_server::storage;

use heard_app::record::voice_notes::{
    BYTES_PER_CHILD, NOTES_PER_CHILD, NOTES_PER_HOUR, VOICE_NOTE_MAX_BYTES,
};
use heard_server::web::{self, Settings};
use reqwest::StatusCode;

/// The start of a WebM recording as Chrome's `MediaRecorder` writes it.
const WEBM: &[u8] = &[
    0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81,
    0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, b'w', b'e', b'b', b'm', 0x42, 0x87, 0x81, 0x04,
    0x42, 0x85, 0x81, 0x02, 0x18, 0x53, 0x80, 0x67,
];

/// What an iPhone's Voice Memos saves (`.m4a`): an ISO media file whose brand says audio.
const M4A: &[u8] = b"\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom\0\0\0\x08free";

async fn post_note(
    client: &reqwest::Client,
    base: &str,
    child: &str,
    label: &str,
    body: &[u8],
) -> reqwest::Response {
    client
        .post(format!("{base}{child}/voice-notes"))
        .header("content-type", label)
        .body(body.to_vec())
        .send()
        .await
        .unwrap()
}

async fn notes(heard: &Running) -> i64 {
    storage::query_scalar("SELECT COUNT(*) FROM voice_notes")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// A refusal: the status, a plain-text body and these words in it.
async fn says(response: reqwest::Response, status: StatusCode, words: &str) {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    let text = response.text().await.unwrap();
    assert!(text.contains(words), "{text:?} does not say {words:?}");
}

#[tokio::test]
async fn only_real_sound_is_kept_and_stored_as_what_it_is() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let base = heard.base.as_str();

    // A web page labelled as a recording, and a picture, an empty body and bare magic bytes.
    for (label, body) in [
        (
            "audio/webm;codecs=opus",
            &b"<!DOCTYPE html><script>alert(1)</script>"[..],
        ),
        ("audio/ogg", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ("audio/mp4", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
        ("audio/webm", b""),
        ("audio/webm", &[0x1A, 0x45, 0xDF, 0xA3]),
    ] {
        let response = post_note(&family, base, &child, label, body).await;
        says(
            response,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This is not a sound recording that Heard can keep.",
        )
        .await;
    }
    assert_eq!(notes(&heard).await, 0, "nothing fake was kept");

    // Said in the person's language.
    let urdu = family
        .post(format!("{base}{child}/voice-notes"))
        .header("content-type", "audio/webm")
        .header("accept-language", "ur")
        .body("<html>")
        .send()
        .await
        .unwrap();
    says(
        urdu,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Heard محفوظ کر سکے",
    )
    .await;

    // Real sound is kept under the type its bytes say, not the label it came with.
    for (label, body, kind) in [
        ("text/html", WEBM, "audio/webm"),
        ("application/octet-stream", M4A, "audio/mp4"),
    ] {
        let saved = post_note(&family, base, &child, label, body).await;
        assert_eq!(saved.status(), StatusCode::CREATED, "{kind}");
        let played = visit(&family, &format!("{base}{}", location(&saved))).await;
        assert_eq!(played.headers()["content-type"], kind);
        assert_eq!(played.bytes().await.unwrap().as_ref(), body);
    }
}

#[tokio::test]
async fn a_childs_notes_stop_at_the_limit_until_one_is_deleted() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let child_id: i64 = child.trim_start_matches("/children/").parse().unwrap();
    // The child already has as many notes as are kept, saved long ago (so the hourly limit is not
    // what refuses the next one).
    for _ in 0..NOTES_PER_CHILD {
        storage::query(
            "INSERT INTO voice_notes (child_id, media_type, audio, recorded_by, recorded_at)
             VALUES ($1, 'audio/webm', $2, NULL, 0)",
        )
        .bind(child_id)
        .bind(WEBM)
        .execute(&heard.pool)
        .await
        .unwrap();
    }
    let refused = post_note(&family, &heard.base, &child, "audio/webm", WEBM).await;
    says(
        refused,
        StatusCode::PAYLOAD_TOO_LARGE,
        "There is no room for more voice notes.",
    )
    .await;
    assert_eq!(notes(&heard).await, NOTES_PER_CHILD);

    let oldest: i64 = storage::query_scalar("SELECT MIN(id) FROM voice_notes")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let deleted = post_form(
        &family,
        &format!("{}{child}/voice-notes/{oldest}/delete", heard.base),
        &[("delete", "yes")],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let saved = post_note(&family, &heard.base, &child, "audio/webm", WEBM).await;
    assert_eq!(saved.status(), StatusCode::CREATED, "room again");

    // Few notes, but as much sound as is kept for one child.
    let (other, second_child) = family_with_amira(&heard, "other@example.org").await;
    let second_id: i64 = second_child
        .trim_start_matches("/children/")
        .parse()
        .unwrap();
    storage::query(
        "INSERT INTO voice_notes (child_id, media_type, audio, recorded_by, recorded_at)
         VALUES ($1, 'audio/webm', $2, NULL, 0)",
    )
    .bind(second_id)
    .bind(vec![0u8; usize::try_from(BYTES_PER_CHILD - 16).unwrap()])
    .execute(&heard.pool)
    .await
    .unwrap();
    let refused = post_note(&other, &heard.base, &second_child, "audio/webm", WEBM).await;
    says(
        refused,
        StatusCode::PAYLOAD_TOO_LARGE,
        "There is no room for more voice notes.",
    )
    .await;
}

/// Another server over the same database, as behind a load balancer.
async fn second_server(heard: &Running) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings = Settings {
        addr,
        site_root: heard._dir.path().join("site"),
        secure_cookies: false,
        public_origin: None,
        trusted_proxies: Default::default(),
        sign_ups_per_hour: heard_server::sign_up_limit::DEFAULT_PER_HOUR,
        connections: Default::default(),
        mailer: crate::common::mail_to_folder(&heard._dir.path().join("site")),
    };
    tokio::spawn(web::serve(
        listener,
        settings,
        heard.pool.clone(),
        std::future::pending(),
    ));
    format!("http://{addr}")
}

#[tokio::test]
async fn one_person_may_save_only_so_many_notes_an_hour_on_any_server() {
    let heard = start().await;
    let other_server = second_server(&heard).await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    // Half the hour's notes through each server (the session is in the database, so it works on
    // both).
    for n in 0..NOTES_PER_HOUR {
        let base = if n % 2 == 0 {
            heard.base.as_str()
        } else {
            other_server.as_str()
        };
        let saved = post_note(&family, base, &child, "audio/webm", WEBM).await;
        assert_eq!(saved.status(), StatusCode::CREATED, "note {n}");
    }
    for base in [heard.base.as_str(), other_server.as_str()] {
        let refused = post_note(&family, base, &child, "audio/webm", WEBM).await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u32 = refused.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((60..=3600).contains(&wait), "{wait}");
        says(
            refused,
            StatusCode::TOO_MANY_REQUESTS,
            "You have saved a lot of voice notes this hour.",
        )
        .await;
    }
    assert_eq!(notes(&heard).await, NOTES_PER_HOUR);

    // Deleting a note does not give its go back.
    let newest: i64 = storage::query_scalar("SELECT MAX(id) FROM voice_notes")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let deleted = post_form(
        &family,
        &format!("{}{child}/voice-notes/{newest}/delete", heard.base),
        &[("delete", "yes")],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let refused = post_note(&family, &heard.base, &child, "audio/webm", WEBM).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);

    // An hour on, the saves no longer count.
    storage::query("UPDATE voice_note_saves SET saved_at = saved_at - 3600")
        .execute(&heard.pool)
        .await
        .unwrap();
    let saved = post_note(&family, &heard.base, &child, "audio/webm", WEBM).await;
    assert_eq!(saved.status(), StatusCode::CREATED);
}

/// A form with `<input type=file name=recording>` as a browser posts it, the file under the name
/// and type the phone gave it.
fn upload_form(file_name: &str, declared: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----HeardTestBoundary7MA4YWxkTrZu0gW";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"recording\"; \
         filename=\"{file_name}\"\r\nContent-Type: {declared}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(
    client: &reqwest::Client,
    page: &str,
    file_name: &str,
    declared: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let (kind, body) = upload_form(file_name, declared, bytes);
    client
        .post(page)
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_recording_uploaded_through_the_page_is_kept_and_anything_else_is_explained() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let base = heard.base.as_str();
    let my_page = format!("{base}{child}/my-page");

    // What an iPhone's Voice Memos saves, with the name and type the phone gives it: kept as what its
    // bytes say, and the page says so and lists it.
    let saved = upload(&family, &my_page, "New Recording 3.m4a", "audio/x-m4a", M4A).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("{child}/my-page?voice-note=saved#voice-notes")
    );
    assert_eq!(notes(&heard).await, 1);
    let (status, page) = get(&family, &format!("{my_page}?voice-note=saved")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Your recording is saved."), "{page}");
    assert_eq!(page.matches("class=\"voice-note-saved\"").count(), 1);
    let id: i64 = storage::query_scalar("SELECT MAX(id) FROM voice_notes")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let played = visit(&family, &format!("{base}{child}/voice-notes/{id}")).await;
    assert_eq!(played.headers()["content-type"], "audio/mp4");
    assert_eq!(played.bytes().await.unwrap().as_ref(), M4A);

    // Each refused with the reason beside the form, in the person's language, and nothing kept.
    let mut too_big = WEBM.to_vec();
    too_big.resize(VOICE_NOTE_MAX_BYTES + 1, 0);
    let mut far_too_big = WEBM.to_vec();
    far_too_big.resize(VOICE_NOTE_MAX_BYTES + 1024 * 1024, 0);
    let refusals: [(&str, &str, &[u8], StatusCode, &str); 6] = [
        // A web page under a recording's name and type.
        (
            "Voice 001.mp3",
            "audio/mpeg",
            b"<!DOCTYPE html><script>alert(1)</script>",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This is not a sound recording that Heard can keep.",
        ),
        // An iPhone photo (an ISO media file too) called a recording.
        (
            "Recording.m4a",
            "audio/mp4",
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This is not a sound recording that Heard can keep.",
        ),
        // No file chosen: the browser sends an empty part with no name.
        (
            "",
            "application/octet-stream",
            b"",
            StatusCode::UNPROCESSABLE_ENTITY,
            "Choose a recording first",
        ),
        // Real sound, one byte over the limit, and well over it.
        (
            "Long.webm",
            "audio/webm",
            &too_big,
            StatusCode::PAYLOAD_TOO_LARGE,
            "This voice note is too big to keep.",
        ),
        (
            "Longer.webm",
            "audio/webm",
            &far_too_big,
            StatusCode::PAYLOAD_TOO_LARGE,
            "This voice note is too big to keep.",
        ),
        // Bare magic bytes and nothing after them.
        (
            "x.webm",
            "audio/webm",
            &[0x1A, 0x45, 0xDF, 0xA3],
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This is not a sound recording that Heard can keep.",
        ),
    ];
    for (name, declared, bytes, status, words) in refusals {
        let refused = upload(&family, &my_page, name, declared, bytes).await;
        assert_eq!(refused.status(), status, "{name}");
        let page = refused.text().await.unwrap();
        let error = page
            .find("id=\"recording-error\"")
            .unwrap_or_else(|| panic!("{name}: no reason beside the form"));
        assert!(page[error..].contains(words), "{name}: {words:?}");
        assert!(page.contains("aria-invalid=\"true\""), "{name}");
        assert_eq!(notes(&heard).await, 1, "{name} was not kept");
    }
    let urdu = family
        .post(&my_page)
        .header("accept-language", "ur")
        .header(
            "content-type",
            upload_form("a.mp3", "audio/mpeg", b"<html>").0,
        )
        .body(upload_form("a.mp3", "audio/mpeg", b"<html>").1)
        .send()
        .await
        .unwrap();
    assert_eq!(urdu.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(urdu.text().await.unwrap().contains("Heard محفوظ کر سکے"));

    // Someone signed out is sent to sign in; another family is told "not found"; a post from another
    // site is refused. None of them keeps anything.
    let signed_out = upload(&browser(), &my_page, "a.m4a", "audio/mp4", M4A).await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    assert!(location(&signed_out).starts_with("/sign-in"));
    let other = signed_up(&heard, "other@example.org").await;
    for bytes in [M4A, b"<html>", b""] {
        let refused = upload(&other, &my_page, "a.m4a", "audio/mp4", bytes).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND);
        assert!(!refused.text().await.unwrap().contains("Amira"));
    }
    let (kind, body) = upload_form("a.m4a", "audio/mp4", M4A);
    let cross_site = family
        .post(&my_page)
        .header("sec-fetch-site", "cross-site")
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(notes(&heard).await, 1, "nothing more was kept");
}
