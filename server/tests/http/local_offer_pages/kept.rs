//! Public pages kept for visitors who are not signed in (`web::page_cache`): the same page asked
//! for the same way is sent again as it was, nonce and all; anything that shapes a page (language,
//! reading options, encoding, an import) makes a new one; and nobody signed in, no page that reads
//! a session or a secret, is ever answered from what was kept.

use super::*;
use reqwest::header::{
    ACCEPT_ENCODING, ACCEPT_LANGUAGE, CONTENT_ENCODING, CONTENT_SECURITY_POLICY,
};

/// The script nonce a page was sent with: the same nonce twice means the same kept page.
fn nonce(response: &reqwest::Response) -> String {
    let policy = response.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    let start = policy.find("'nonce-").expect("a nonce") + "'nonce-".len();
    policy[start..].split('\'').next().unwrap().to_string()
}

/// A page's nonce, its encoding and its body (as sent, so compressed if it was).
async fn sent(
    client: &reqwest::Client,
    url: &str,
    headers: &[(reqwest::header::HeaderName, &str)],
) -> (String, Option<String>, Vec<u8>) {
    let request = headers
        .iter()
        .fold(client.get(url), |request, (name, value)| {
            request.header(name, *value)
        });
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{url}");
    let nonce = nonce(&response);
    let encoding = response
        .headers()
        .get(CONTENT_ENCODING)
        .map(|value| value.to_str().unwrap().to_string());
    (nonce, encoding, response.bytes().await.unwrap().to_vec())
}

/// The server with the services imported and its index built from exactly that import, so no
/// rebuild (and so no new pages) comes later. `start_with_services` waits until the search shows
/// the services, but the first index may have been built while the import was being stored: it
/// then holds them under the generation before, and a rebuild follows a second or more later.
async fn settled_with_services() -> Running {
    let (heard, metrics) = start_with_metrics().await;
    import(&heard, services()).await;
    let stored = import::generation(&heard.pool).await.unwrap();
    let settled = format!("heard_local_offer_index_generation {stored}");
    let waiting = std::time::Instant::now();
    loop {
        let (_, text) = get(&browser(), &format!("{metrics}/metrics")).await;
        if text.lines().any(|line| line == settled) {
            return heard;
        }
        assert!(waiting.elapsed().as_secs() < 60, "never settled: {text}");
        // A visitor's page is what makes the server look for the import (at most once a second).
        get(&browser(), &format!("{}/", heard.base)).await;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn visitors_share_a_kept_page_and_nobody_signed_in_is_sent_one() {
    let heard = settled_with_services().await;
    let home = format!("{}/", heard.base);
    let search = format!("{}/local-offer?q=speech", heard.base);
    let br = [(ACCEPT_ENCODING, "br")];

    // Two visitors who are not signed in, the same page the same way: the same bytes.
    let (first, encoding, body) = sent(&browser(), &home, &br).await;
    assert_eq!(encoding.as_deref(), Some("br"));
    let (again, _, body_again) = sent(&browser(), &home, &br).await;
    assert_eq!((first.as_str(), &body), (again.as_str(), &body_again));
    let (searched, _, _) = sent(&browser(), &search, &br).await;
    assert_eq!(sent(&browser(), &search, &br).await.0, searched);
    assert_ne!(searched, first, "another address, another page");

    // Each encoding is its own page, and a browser gets the one it takes.
    let (gzip, encoding, _) = sent(&browser(), &home, &[(ACCEPT_ENCODING, "gzip")]).await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert_ne!(gzip, first);
    let (plain_nonce, encoding, plain_body) = sent(&browser(), &home, &[]).await;
    assert_eq!(encoding, None);
    let plain_page = String::from_utf8(plain_body).unwrap();
    assert!(plain_page.contains("href=\"/account/new\""), "{plain_page}");
    assert_ne!(plain_nonce, gzip);
    assert_eq!(sent(&browser(), &home, &br).await.0, first);

    // Each language and each set of reading options is its own page.
    let (urdu, _, urdu_body) = sent(&browser(), &home, &[(ACCEPT_LANGUAGE, "ur")]).await;
    assert!(String::from_utf8(urdu_body)
        .unwrap()
        .contains("lang=\"ur\""));
    assert_ne!(urdu, plain_nonce);
    let (polish, _, polish_body) = sent(
        &browser(),
        &home,
        &[(reqwest::header::COOKIE, "heard_locale=pl")],
    )
    .await;
    assert!(String::from_utf8(polish_body)
        .unwrap()
        .contains("lang=\"pl\""));
    assert_ne!(polish, plain_nonce);
    let (large, _, large_body) = sent(
        &browser(),
        &home,
        &[(reqwest::header::COOKIE, "heard_reading=text_size=largest")],
    )
    .await;
    assert!(String::from_utf8(large_body)
        .unwrap()
        .contains("data-text-size=\"largest\""));
    assert_ne!(large, plain_nonce);

    // Signed in: rendered for this person every time, never the visitors' page.
    let family = signed_up(&heard, "kept@example.org").await;
    let (mine, _, my_body) = sent(&family, &home, &[]).await;
    let my_home = String::from_utf8(my_body).unwrap();
    assert!(my_home.contains("href=\"/family\""), "{my_home}");
    assert!(!my_home.contains("href=\"/account/new\""), "{my_home}");
    assert_ne!(mine, plain_nonce);
    assert_ne!(sent(&family, &home, &[]).await.0, mine);
    // ... and nothing rendered for them was kept for visitors.
    let (visitor, _, visitor_body) = sent(&browser(), &home, &[]).await;
    assert_eq!(visitor, plain_nonce);
    assert!(!String::from_utf8(visitor_body)
        .unwrap()
        .contains("href=\"/family\""));

    // A session cookie that no longer counts is not a visitor's request either: rendered.
    let stale = [(reqwest::header::COOKIE, "heard_session=gone")];
    assert_ne!(sent(&browser(), &home, &stale).await.0, plain_nonce);

    // Pages that read a session or a secret are rendered every time.
    for path in ["/sign-in", "/account/new", "/forgot-password"] {
        let url = format!("{}{path}", heard.base);
        let one = sent(&browser(), &url, &[]).await.0;
        assert_ne!(sent(&browser(), &url, &[]).await.0, one, "{path}");
    }
}

#[tokio::test]
async fn an_import_makes_new_pages() {
    let heard = start_with_services().await;
    let visitor = browser();
    let search = format!("{}/local-offer?q=speech", heard.base);
    let service = format!("{}/local-offer/services/lo-salt", heard.base);
    let (_, before) = page(&visitor, &search).await;
    assert!(before.contains("Little Voices"), "{before}");
    let (_, before) = page(&visitor, &service).await;
    assert!(before.contains("Little Voices"), "{before}");

    let mut renamed = services();
    renamed[0].name = "Clear Voices Speech and Language Therapy".into();
    // The same number of services, so `import` returns once stored; the search follows soon after.
    import(&heard, renamed).await;
    let waiting = std::time::Instant::now();
    let after = loop {
        let (_, after) = page(&visitor, &search).await;
        if after.contains("Clear Voices") || waiting.elapsed().as_secs() > 30 {
            break after;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert!(after.contains("Clear Voices"), "{after}");
    assert!(!after.contains("Little Voices"), "{after}");
    let (_, after) = page(&visitor, &service).await;
    assert!(after.contains("Clear Voices"), "{after}");
}
