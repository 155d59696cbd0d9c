//! The real server on a real port, with a SQLite file on disk, driven over HTTP.

use crate::common::*;
use heard_server::storage;

use heard_server::accounts;
use reqwest::header::{
    ACCEPT_ENCODING, ACCEPT_LANGUAGE, CONTENT_ENCODING, COOKIE, ORIGIN, SET_COOKIE,
};
use reqwest::StatusCode;

async fn create_account(client: &reqwest::Client, base: &str, email: &str) -> reqwest::Response {
    post_form(
        client,
        &format!("{base}/account/new"),
        &[("email", email), ("password", PASSWORD)],
    )
    .await
}

async fn sign_in(client: &reqwest::Client, base: &str, email: &str) -> reqwest::Response {
    post_form(
        client,
        &format!("{base}/sign-in"),
        &[("email", email), ("password", PASSWORD)],
    )
    .await
}

/// The page's HTML, fetched with any extra request headers.
async fn page_text(client: &reqwest::Client, url: &str, headers: &[(&str, &str)]) -> String {
    let mut request = client.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn create_account_sign_out_and_sign_in_again() {
    let heard = start().await;
    let client = browser();
    let created = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[
            ("email", "Amina@Example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&created), "/family");
    let session_cookie = set_cookies(&created)
        .into_iter()
        .find(|c| c.starts_with("heard_session="))
        .expect("a session cookie");
    assert!(session_cookie.contains("HttpOnly"), "{session_cookie}");
    assert!(session_cookie.contains("SameSite=Lax"), "{session_cookie}");
    assert!(!session_cookie.contains("Secure"), "{session_cookie}");
    let sessions: i64 = storage::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 1, "the session lives in the database");

    let family = visit(&client, &format!("{}/family", heard.base)).await;
    assert_eq!(family.status(), StatusCode::OK);
    assert!(family.text().await.unwrap().contains("amina@example.org"));

    let signed_out = post_form(
        &client,
        &format!("{}/sign-out", heard.base),
        &[] as &[(&str, &str)],
    )
    .await;
    assert_eq!(location(&signed_out), "/");
    let family = visit(&client, &format!("{}/family", heard.base)).await;
    assert!(family.status().is_redirection(), "{}", family.status());
    assert_eq!(family.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&family), "/sign-in?return_to=/family");

    let signed_in = post_form(
        &client,
        &format!("{}/sign-in", heard.base),
        &[
            ("email", "amina@example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    assert_eq!(location(&signed_in), "/family");
    let family = visit(&client, &format!("{}/family", heard.base)).await;
    assert_eq!(family.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_wrong_password_shows_the_problem_and_keeps_the_email() {
    let heard = start().await;
    let client = browser();
    let new = accounts::NewAccount {
        email: "a@example.org",
        password: "the right password",
        locale: None,
        reading_options: None,
    };
    accounts::create(&heard.pool, new).await.unwrap();
    let response = post_form(
        &client,
        &format!("{}/sign-in", heard.base),
        &[("email", "a@example.org"), ("password", "wrong password")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("class=\"error-summary\""), "{page}");
    assert!(
        page.contains("The email address or password is not right"),
        "{page}"
    );
    assert!(
        page.contains("value=\"a@example.org\""),
        "the email is kept: {page}"
    );
    assert!(page.contains("<title>Error:"), "{page}");
}

#[tokio::test]
async fn bad_new_account_details_are_shown_beside_each_field() {
    let heard = start().await;
    let response = post_form(
        &browser(),
        &format!("{}/account/new", heard.base),
        &[("email", "not an email"), ("password", "short")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("id=\"email-error\""), "{page}");
    assert!(page.contains("id=\"password-error\""), "{page}");
    assert!(
        page.contains("href=\"#email\"") && page.contains("href=\"#password\""),
        "{page}"
    );
    assert!(page.contains("value=\"not an email\""), "{page}");
    assert_eq!(accounts::count(&heard.pool).await.unwrap(), 0);
}

#[tokio::test]
async fn posts_from_another_site_are_refused() {
    let heard = start().await;
    let response = browser()
        .post(format!("{}/account/new", heard.base))
        .header(ORIGIN, "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("email", "a@example.org"),
            ("password", "a long enough password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(accounts::count(&heard.pool).await.unwrap(), 0);
    let same_site = browser()
        .post(format!("{}/account/new", heard.base))
        .header(ORIGIN, heard.base.clone())
        .form(&[
            ("email", "a@example.org"),
            ("password", "a long enough password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(same_site.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn cookies_are_secure_when_served_over_https() {
    let heard = start_with(Some("https://heard.example.org")).await;
    let response = post_form(
        &browser(),
        &format!("{}/account/new", heard.base),
        &[
            ("email", "a@example.org"),
            ("password", "a long enough password"),
        ],
    )
    .await;
    let cookies: Vec<String> = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().into())
        .collect();
    assert!(!cookies.is_empty());
    assert!(cookies.iter().all(|c| c.contains("Secure")), "{cookies:?}");
}

#[tokio::test]
async fn language_follows_the_cookie_then_the_account_then_the_browser() {
    let heard = start().await;
    let home = format!("{}/", heard.base);
    let english = page_text(&browser(), &home, &[]).await;
    assert!(
        english.contains("<html lang=\"en-GB\" dir=\"ltr\""),
        "{}",
        &english[..200]
    );
    let from_browser = page_text(
        &browser(),
        &home,
        &[(ACCEPT_LANGUAGE.as_str(), "ur-PK,en;q=0.5")],
    )
    .await;
    assert!(from_browser.contains("<html lang=\"ur\" dir=\"rtl\""));

    // An explicit choice beats the browser's language, and follows the account to a new device.
    let client = browser();
    create_account(&client, &heard.base, "a@example.org").await;
    let chosen = post_form(
        &client,
        &format!("{}/language", heard.base),
        &[("locale", "ur"), ("return_to", "/family")],
    )
    .await;
    assert_eq!(location(&chosen), "/family");
    let urdu = page_text(&client, &home, &[(ACCEPT_LANGUAGE.as_str(), "en-GB")]).await;
    assert!(urdu.contains("<html lang=\"ur\" dir=\"rtl\""));
    let other_device = browser();
    sign_in(&other_device, &heard.base, "a@example.org").await;
    let urdu_again = page_text(&other_device, &home, &[(ACCEPT_LANGUAGE.as_str(), "en-GB")]).await;
    assert!(urdu_again.contains("<html lang=\"ur\" dir=\"rtl\""));
}

#[tokio::test]
async fn reading_options_are_rendered_on_html_and_kept_with_the_account() {
    let heard = start().await;
    let client = browser();
    create_account(&client, &heard.base, "a@example.org").await;
    let saved = post_form(
        &client,
        &format!("{}/reading-options", heard.base),
        &[
            ("text_size", "largest"),
            ("spacing", "wide"),
            ("font", "dyslexia"),
            ("theme", "contrast"),
            ("motion", "reduce"),
            ("return_to", "https://evil.example"),
        ],
    )
    .await;
    assert_eq!(
        location(&saved),
        "/reading-options?saved=1&return_to=/",
        "an outside return address is dropped"
    );
    let page = page_text(&client, &format!("{}/help", heard.base), &[]).await;
    for attribute in [
        "data-text-size=\"largest\"",
        "data-spacing=\"wide\"",
        "data-font=\"dyslexia\"",
        "data-theme=\"contrast\"",
        "data-motion=\"reduce\"",
    ] {
        assert!(page.contains(attribute), "{attribute} missing");
    }
    let other_device = browser();
    sign_in(&other_device, &heard.base, "a@example.org").await;
    let page = page_text(&other_device, &format!("{}/", heard.base), &[]).await;
    assert!(page.contains("data-text-size=\"largest\""));
    // A tampered cookie falls back to the defaults instead of breaking the page.
    let tampered = browser()
        .get(format!("{}/", heard.base))
        .header(COOKIE, "heard_reading=text_size=%3Cscript%3E")
        .send()
        .await
        .unwrap();
    assert_eq!(tampered.status(), StatusCode::OK);
    assert!(tampered
        .text()
        .await
        .unwrap()
        .contains("data-text-size=\"standard\""));
}

#[tokio::test]
async fn pages_are_compressed_and_unknown_pages_are_a_friendly_404() {
    let heard = start().await;
    let brotli = browser()
        .get(format!("{}/", heard.base))
        .header(ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(brotli.headers().get(CONTENT_ENCODING).unwrap(), "br");
    let gzip = browser()
        .get(format!("{}/", heard.base))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzip.headers().get(CONTENT_ENCODING).unwrap(), "gzip");
    let missing = visit(&browser(), &format!("{}/no-such-page", heard.base)).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing.text().await.unwrap().contains("Page not found"));
}
