//! Documents on a child's record over HTTP against the real server: a plain form adds one (known by
//! its content, never its name), a file that is not one, too big, or over the child's quota is refused
//! beside the field with what was typed kept and nothing changed; a document is only ever a download,
//! logged as one; the access rule holds for every role; the JSON download carries the file, and
//! deleting the child takes it.

use crate::common::*;
use heard_app::record::documents::{DOCUMENTS_BYTES_PER_CHILD, DOCUMENT_MAX_BYTES};
use heard_server::storage;
use reqwest::StatusCode;

pub(crate) const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
const JPEG: &[u8] = &[
    0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1,
];
const HTML: &[u8] = b"<!DOCTYPE html><script>alert(document.cookie)</script>";

/// The page's form as a browser posts it: the typed fields, then the file under the name and type
/// the device gave it.
pub(crate) fn form(
    fields: &[(&str, &str)],
    file_name: &str,
    declared: &str,
    bytes: &[u8],
) -> (String, Vec<u8>) {
    let boundary = "----HeardDocumentBoundary1x2y3z";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; \
             filename=\"{file_name}\"\r\nContent-Type: {declared}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

pub(crate) const PLAN: &[(&str, &str)] = &[
    ("kind", "ehc-plan"),
    ("date-day", "27"),
    ("date-month", "3"),
    ("date-year", "2025"),
    ("note", "Final plan after the tribunal"),
];

async fn upload(
    client: &reqwest::Client,
    heard: &Running,
    child: &str,
    fields: &[(&str, &str)],
    file_name: &str,
    declared: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let (kind, body) = form(fields, file_name, declared, bytes);
    client
        .post(format!("{}{child}/documents", heard.base))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn documents(heard: &Running) -> i64 {
    storage::query_scalar("SELECT COUNT(*) FROM documents")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

async fn newest(heard: &Running) -> i64 {
    storage::query_scalar("SELECT MAX(id) FROM documents")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_parent_adds_documents_and_each_is_only_ever_a_download_logged_as_one() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;

    let saved = upload(
        &family,
        &heard,
        &child,
        PLAN,
        "EHC plan.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("{child}/documents?document=saved#documents-list")
    );
    let plan = newest(&heard).await;
    // A phone's photo of a letter, under a name and type that say otherwise: kept as what it is.
    let letter = [
        ("kind", "letter"),
        ("date-day", "2"),
        ("date-month", "12"),
        ("date-year", "2025"),
        ("note", ""),
    ];
    let saved = upload(
        &family,
        &heard,
        &child,
        &letter,
        "IMG_0042.heic",
        "image/heic",
        JPEG,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let photo = newest(&heard).await;

    let (status, page) = get(
        &family,
        &format!("{}{child}/documents?document=saved", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Your document is saved."), "{page}");
    assert_eq!(page.matches("class=\"document\"").count(), 2);
    for words in [
        "EHC plan, 27 March 2025",
        "Letter, 2 December 2025",
        "Final plan after the tribunal",
        "EHC plan.pdf",
        "1 KB",
    ] {
        assert!(page.contains(words), "the list says {words:?}");
    }
    // The overview links to the documents.
    let (_, overview) = get(&family, &format!("{}{child}", heard.base)).await;
    assert!(overview.contains(&format!("href=\"{child}/documents\"")));

    let downloaded = visit(&family, &format!("{}{child}/documents/{plan}", heard.base)).await;
    assert_eq!(downloaded.status(), StatusCode::OK);
    let headers = downloaded.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"EHC plan.pdf\"; filename*=UTF-8''EHC%20plan.pdf"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "sandbox; default-src 'none'"
    );
    assert_eq!(downloaded.bytes().await.unwrap().as_ref(), PDF);
    let downloaded = visit(&family, &format!("{}{child}/documents/{photo}", heard.base)).await;
    assert_eq!(downloaded.headers()["content-type"], "image/jpeg");
    assert_eq!(
        downloaded.headers()["content-disposition"],
        "attachment; filename=\"IMG_0042.jpg\"; filename*=UTF-8''IMG_0042.jpg"
    );

    // "Who has looked" has the download.
    let logged: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM access_log WHERE part = 'documents' AND action = 'download'",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert!(logged >= 1, "the download is in the access log");

    // Deleted with one confirmation.
    let deleted = post_form(
        &family,
        &format!("{}{child}/documents/{photo}/delete", heard.base),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(documents(&heard).await, 1);
    let gone = visit(&family, &format!("{}{child}/documents/{photo}", heard.base)).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

/// The page shown again: the status, the reason beside the file field, and what was typed still there.
async fn refused_beside_the_field(response: reqwest::Response, status: StatusCode, words: &str) {
    assert_eq!(response.status(), status, "{words}");
    let page = response.text().await.unwrap();
    let error = page
        .find("id=\"file-error\"")
        .unwrap_or_else(|| panic!("no reason beside the file field: {words}"));
    assert!(page[error..].contains(words), "{words}");
    assert!(
        page.contains("Final plan after the tribunal"),
        "the note is kept"
    );
    assert!(page.contains("value=\"27\""), "the day is kept");
    assert!(page.contains("value=\"2025\""), "the year is kept");
    let chosen = page.find("value=\"ehc-plan\"").unwrap();
    assert!(
        page[chosen..chosen + 80].contains("checked"),
        "the kind is kept"
    );
}

#[tokio::test]
async fn a_false_name_too_big_a_file_or_a_full_record_is_refused_and_nothing_changes() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;

    // A web page called a PDF, a zip called a Word file, bare magic bytes of a zip.
    let not_word = {
        // A zip whose only entry is not Word's.
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&[0; 26]);
        zip
    };
    for (name, declared, bytes) in [
        ("letter.pdf", "application/pdf", HTML),
        (
            "plan.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            &not_word[..],
        ),
        ("photo.jpg", "image/jpeg", b"GIF89a"),
    ] {
        let refused = upload(&family, &heard, &child, PLAN, name, declared, bytes).await;
        refused_beside_the_field(
            refused,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "This is not a PDF, a photo or a Word file",
        )
        .await;
    }
    assert_eq!(documents(&heard).await, 0);

    // One byte over the limit.
    let mut too_big = PDF.to_vec();
    too_big.resize(DOCUMENT_MAX_BYTES + 1, b' ');
    let refused = upload(
        &family,
        &heard,
        &child,
        PLAN,
        "big.pdf",
        "application/pdf",
        &too_big,
    )
    .await;
    refused_beside_the_field(
        refused,
        StatusCode::PAYLOAD_TOO_LARGE,
        "This file is too big. A file can be up to 20 MB.",
    )
    .await;
    assert_eq!(documents(&heard).await, 0);

    // In the person's language.
    let (kind, body) = form(PLAN, "letter.pdf", "application/pdf", HTML);
    let polish = family
        .post(format!("{}{child}/documents", heard.base))
        .header("content-type", kind)
        .header("accept-language", "pl")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(polish.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(polish
        .text()
        .await
        .unwrap()
        .contains("To nie jest plik PDF"));

    // The record already holds nearly all Heard keeps for one child.
    let child_id: i64 = child.trim_start_matches("/children/").parse().unwrap();
    storage::query(
        "INSERT INTO documents (child_id, kind, dated, note, file_name, media_type, size, content, added_by, added_at)
         VALUES ($1, 'report', '2024-01-01', '', 'old.pdf', 'application/pdf', $2, $3, NULL, 0)",
    )
    .bind(child_id)
    .bind(DOCUMENTS_BYTES_PER_CHILD - 10)
    .bind(PDF)
    .execute(&heard.pool)
    .await
    .unwrap();
    let refused = upload(
        &family,
        &heard,
        &child,
        PLAN,
        "plan.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    refused_beside_the_field(
        refused,
        StatusCode::PAYLOAD_TOO_LARGE,
        "There is no more room for documents on this record.",
    )
    .await;
    assert_eq!(documents(&heard).await, 1, "nothing more was kept");

    // A field left out: said beside it, and the file is not kept.
    let refused = upload(
        &family,
        &heard,
        &child,
        &[("kind", "letter"), ("note", "x")],
        "a.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("Enter the date on the document"));
    assert_eq!(documents(&heard).await, 1);
}

/// Invites an advocate to the documents only, reading or also changing; their browser.
async fn advocate_for_documents(
    heard: &Running,
    family: &reqwest::Client,
    child: &str,
    email: &str,
    may_change: &str,
) -> reqwest::Client {
    let invited = post_form(
        family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "advocate"),
            ("parts", "documents"),
            ("may-change", may_change),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let token: String =
        storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    let advocate = signed_up(heard, email).await;
    let accepted = say_yes(heard, &advocate, &token, "Sam").await;
    assert_eq!(location(&accepted), "/advocate");
    advocate
}

#[tokio::test]
async fn who_may_see_add_and_delete_documents() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let saved = upload(
        &family,
        &heard,
        &child,
        PLAN,
        "plan.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let plan = newest(&heard).await;
    let page = format!("{}{child}/documents", heard.base);
    let file = format!("{page}/{plan}");
    let delete = format!("{file}/delete");

    // Shared to read: sees and downloads, is offered no form, and cannot add or delete.
    let reader = advocate_for_documents(&heard, &family, &child, "reader@example.org", "no").await;
    let (status, shown) = get(&reader, &page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(shown.contains("plan.pdf"));
    assert!(!shown.contains("document-upload"), "no form for a reader");
    assert!(!shown.contains("/delete"), "no delete for a reader");
    assert_eq!(visit(&reader, &file).await.status(), StatusCode::OK);
    // The family sees the download in "who has looked", as a document's, not the whole record's.
    let (_, seen) = get(&family, &format!("{}{child}/seen", heard.base)).await;
    assert!(
        seen.contains("Sam (advocate) downloaded a document."),
        "{seen}"
    );
    let refused = upload(
        &reader,
        &heard,
        &child,
        PLAN,
        "mine.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let refused = post_form(&reader, &delete, &[("confirm", "yes")]).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert_eq!(documents(&heard).await, 1);

    // Shared to read and change: adds one.
    let writer = advocate_for_documents(&heard, &family, &child, "writer@example.org", "yes").await;
    let added = upload(
        &writer,
        &heard,
        &child,
        PLAN,
        "report.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    assert_eq!(documents(&heard).await, 2);

    // An advocate shared something else sees no documents.
    let invited = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "advocate"),
            ("parts", "goals"),
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
    let goals_only = signed_up(&heard, "goals@example.org").await;
    say_yes(&heard, &goals_only, &token, "Gita").await;

    // Another family, and a stranger: not found, as if there were no such child.
    let (other_family, _) = family_with_amira(&heard, "other@example.org").await;
    let stranger = signed_up(&heard, "stranger@example.org").await;
    for (who, client) in [
        ("goals-only advocate", &goals_only),
        ("another family", &other_family),
        ("stranger", &stranger),
    ] {
        assert_eq!(get(client, &page).await.0, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(
            visit(client, &file).await.status(),
            StatusCode::NOT_FOUND,
            "{who}"
        );
        let refused = upload(
            client,
            &heard,
            &child,
            PLAN,
            "x.pdf",
            "application/pdf",
            PDF,
        )
        .await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "{who}");
        let refused = post_form(client, &delete, &[("confirm", "yes")]).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "{who}");
    }
    assert_eq!(documents(&heard).await, 2);

    // Signed out: sent to sign in, and nothing shown or kept.
    let signed_out = browser();
    for url in [&page, &file] {
        let response = visit(&signed_out, url).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{url}");
        assert!(location(&response).starts_with("/sign-in"));
    }
    let refused = upload(
        &signed_out,
        &heard,
        &child,
        PLAN,
        "x.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(location(&refused).starts_with("/sign-in"));
    let refused = post_form(&signed_out, &delete, &[("confirm", "yes")]).await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert_eq!(documents(&heard).await, 2);
}

#[tokio::test]
async fn the_json_download_carries_the_files_and_deleting_the_child_takes_them() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let saved = upload(
        &family,
        &heard,
        &child,
        PLAN,
        "plan.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let (status, json) = get(&family, &format!("{}{child}/download.json", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let exported: serde_json::Value = serde_json::from_str(&json).unwrap();
    let document = &exported["documents"][0];
    assert_eq!(document["kind"], "ehc-plan");
    assert_eq!(document["date"], "2025-03-27");
    assert_eq!(document["file_name"], "plan.pdf");
    assert_eq!(document["media_type"], "application/pdf");
    assert_eq!(document["size"], PDF.len());
    assert!(document["content_base64"]
        .as_str()
        .unwrap()
        .starts_with("JVBERi0xLjcK"));

    let deleted = post_form(
        &family,
        &format!("{}{child}/delete", heard.base),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(documents(&heard).await, 0);
}
