//! Server functions (`/api/…`, called by islands) through the real server: bad input, a signed-out
//! caller and a body too large are answered 400, 401 and 413 with a short code, never internal text
//! (they were once all 500 with the error's own words, such as "Args|missing field `place`").

use crate::common::*;
use heard_server::storage;

use heard_server::web::body_limits::API_LIMIT_BYTES;
use reqwest::header::CONTENT_TYPE;
use reqwest::StatusCode;

/// What each failed call's body may be: one of the short codes, nothing else.
const CODES: [&str; 5] = [
    "\"signed-out\"",
    "\"bad-request\"",
    "\"too-large\"",
    "\"not-found\"",
    "\"unavailable\"",
];

async fn call(
    client: &reqwest::Client,
    url: &str,
    content_type: &str,
    body: String,
) -> (StatusCode, String) {
    let response = client
        .post(url)
        .header(CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

fn says_nothing_internal(body: &str) {
    assert!(CODES.contains(&body), "only a code: {body}");
    for internal in [
        "ServerFnError",
        "ServerError",
        "Args",
        "missing field",
        "RecordError",
        "NotFound",
        "sqlx",
        "SELECT",
        "INSERT",
        "::",
    ] {
        assert!(!body.contains(internal), "{internal} in {body}");
    }
}

#[tokio::test]
async fn server_functions_answer_bad_input_signed_out_and_too_large_without_internals() {
    let heard = start().await;
    let keep_draft = format!("{}/api/keep-draft", heard.base);
    let form = "application/x-www-form-urlencoded";
    let place = "child/1/about-me/new/hopes-and-dreams";
    let too_large = format!("place={place}&body={}", "a".repeat(API_LIMIT_BYTES));

    // Signed out.
    let stranger = browser();
    let cases = [
        (
            format!("place={place}&body=Hello"),
            form,
            StatusCode::UNAUTHORIZED,
        ),
        ("nothing=here".to_string(), form, StatusCode::BAD_REQUEST),
        ("{".to_string(), "application/json", StatusCode::BAD_REQUEST),
        (too_large.clone(), form, StatusCode::PAYLOAD_TOO_LARGE),
    ];
    for (body, content_type, status) in cases {
        let (got, answer) = call(&stranger, &keep_draft, content_type, body).await;
        assert_eq!(got, status, "signed out: {answer}");
        says_nothing_internal(&answer);
    }

    // Signed in.
    let family = signed_up(&heard, "amina@example.org").await;
    let cases = [
        (
            "place=../../etc/passwd&body=Hello".to_string(),
            StatusCode::BAD_REQUEST,
        ),
        (format!("place={place}"), StatusCode::BAD_REQUEST),
        (
            format!("place={place}&body={}", "a".repeat(8001)),
            StatusCode::BAD_REQUEST,
        ),
        (too_large, StatusCode::PAYLOAD_TOO_LARGE),
    ];
    for (body, status) in cases {
        let (got, answer) = call(&family, &keep_draft, form, body).await;
        assert_eq!(got, status, "signed in: {answer}");
        says_nothing_internal(&answer);
    }
    let (got, _) = call(
        &family,
        &keep_draft,
        form,
        format!("place={place}&body=She%20wants%20to"),
    )
    .await;
    assert_eq!(got, StatusCode::OK, "a good call still works");
    let kept: String = storage::query_scalar("SELECT body FROM drafts WHERE place = $1")
        .bind(place)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(kept, "She wants to");

    let (got, answer) = call(
        &family,
        &format!("{}/api/no-such-function", heard.base),
        form,
        "a=b".into(),
    )
    .await;
    assert_eq!(got, StatusCode::NOT_FOUND);
    says_nothing_internal(&answer);
}
