//! The sign-in and sign-up limits over HTTP, on the real server: the owner is never locked out by a
//! stranger, strangers are slowed down, client addresses come from X-Forwarded-For only through a
//! trusted proxy, and a crowd of sign-ups is limited politely and hashed in turn.

use crate::common::*;
use heard_server::storage;

use heard_server::accounts;
use heard_server::sign_in_limit::{FAILURES_PER_ADDRESS, FREE_TRIES};
use heard_server::sign_up_limit::DEFAULT_PER_HOUR;
use reqwest::StatusCode;
use std::net::IpAddr;

const OWNER: &str = "owner@example.org";
const WRONG: &str = "not the password";
const WRONG_MESSAGE: &str = "The email address or password is not right";

async fn make_owner(heard: &Running) {
    let new = accounts::NewAccount {
        email: OWNER,
        password: PASSWORD,
        locale: None,
        reading_options: None,
    };
    accounts::create(&heard.pool, new).await.unwrap();
}

/// Signs in and returns the status and the page (empty for a redirect).
async fn sign_in(
    client: &reqwest::Client,
    heard: &Running,
    email: &str,
    password: &str,
    forwarded_for: Option<&str>,
) -> (StatusCode, String) {
    let mut request = client
        .post(format!("{}/sign-in", heard.base))
        .form(&[("email", email), ("password", password)]);
    if let Some(address) = forwarded_for {
        request = request.header("x-forwarded-for", address);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// A client whose connections come from another loopback address than the server's 127.0.0.1.
fn browser_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(address.parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_owner_gets_in_from_their_own_device_after_a_strangers_ten_wrong_guesses() {
    let heard = start().await;
    make_owner(&heard).await;
    let phone = browser();
    let first = post_form(
        &phone,
        &format!("{}/sign-in", heard.base),
        &[("email", OWNER), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let device_cookie = set_cookies(&first)
        .into_iter()
        .find(|c| c.starts_with("heard_device="))
        .expect("a device cookie after signing in");
    assert!(device_cookie.contains("HttpOnly"), "{device_cookie}");
    assert!(device_cookie.contains("SameSite=Lax"), "{device_cookie}");
    assert!(device_cookie.contains("Max-Age="), "{device_cookie}");
    post_form(
        &phone,
        &format!("{}/sign-out", heard.base),
        &[("sign_out", "1")],
    )
    .await;

    let stranger = browser();
    for n in 0..10 {
        let (status, page) = sign_in(&stranger, &heard, OWNER, WRONG, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "guess {n}");
        if n >= FREE_TRIES {
            assert!(page.contains("too many tries"), "guess {n}: {page}");
        }
    }
    let (status, page) = sign_in(&phone, &heard, OWNER, PASSWORD, None).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the owner is let in: {page}");
}

#[tokio::test]
async fn a_stranger_is_slowed_down_a_little_more_each_time_not_locked_out() {
    let heard = start().await;
    make_owner(&heard).await;
    let stranger = browser();
    for _ in 0..FREE_TRIES {
        let (_, page) = sign_in(&stranger, &heard, OWNER, WRONG, None).await;
        assert!(page.contains(WRONG_MESSAGE), "{page}");
    }
    // Even the right password waits: this device has not signed in to the account before.
    let (status, page) = sign_in(&stranger, &heard, OWNER, PASSWORD, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Wait 1 minute, then try again"), "{page}");
    // A minute later (moved on in the database rather than waited for) one more try is checked...
    storage::query("UPDATE sign_in_failures SET attempted_at = attempted_at - 61")
        .execute(&heard.pool)
        .await
        .unwrap();
    let (_, page) = sign_in(&stranger, &heard, OWNER, WRONG, None).await;
    assert!(page.contains(WRONG_MESSAGE), "{page}");
    // ...and the next wait is longer.
    let (_, page) = sign_in(&stranger, &heard, OWNER, PASSWORD, None).await;
    assert!(page.contains("Wait 2 minutes, then try again"), "{page}");
    storage::query("UPDATE sign_in_failures SET attempted_at = attempted_at - 121")
        .execute(&heard.pool)
        .await
        .unwrap();
    let (status, _) = sign_in(&stranger, &heard, OWNER, PASSWORD, None).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "after the wait the right password works"
    );
}

/// Wrong passwords for many accounts from what the server takes to be one address; returns the
/// answer to one more try, for another account, "from" `last_forwarded_for`.
async fn spray_then_one_more(
    heard: &Running,
    client: &reqwest::Client,
    forwarded_for: impl Fn(i64) -> String,
    last_forwarded_for: &str,
) -> String {
    for n in 0..FAILURES_PER_ADDRESS {
        let email = format!("person{n}@example.org");
        let (_, page) = sign_in(client, heard, &email, WRONG, Some(&forwarded_for(n))).await;
        assert!(page.contains(WRONG_MESSAGE), "try {n}: {page}");
    }
    let (_, page) = sign_in(
        client,
        heard,
        "someone.else@example.org",
        WRONG,
        Some(last_forwarded_for),
    )
    .await;
    page
}

#[tokio::test]
async fn x_forwarded_for_is_ignored_without_a_trusted_proxy() {
    let heard = start().await;
    // Made-up addresses in the header do not dodge the per-address limit.
    let page = spray_then_one_more(
        &heard,
        &browser(),
        |n| format!("203.0.113.{n}"),
        "198.51.100.1",
    )
    .await;
    assert!(page.contains("too many tries"), "{page}");
}

#[tokio::test]
async fn x_forwarded_for_is_honoured_from_a_trusted_proxy_and_only_from_it() {
    let heard = start_with_flags(&["--trusted-proxy", "127.0.0.1"]).await;
    // Through the proxy, one client's wrong passwords count against that client only.
    let proxy = browser();
    let page = spray_then_one_more(&heard, &proxy, |_| "203.0.113.9".into(), "203.0.113.9").await;
    assert!(page.contains("too many tries"), "{page}");
    let (_, page) = sign_in(
        &proxy,
        &heard,
        "someone.else@example.org",
        WRONG,
        Some("1.1.1.1, 198.51.100.1"),
    )
    .await;
    assert!(
        page.contains(WRONG_MESSAGE),
        "another family behind the proxy: {page}"
    );

    // A connection from anywhere else may say what it likes in the header: it is not believed.
    let not_a_proxy = browser_from("127.0.0.2");
    let page = spray_then_one_more(
        &heard,
        &not_a_proxy,
        |n| format!("192.0.2.{n}"),
        "192.0.2.200",
    )
    .await;
    assert!(page.contains("too many tries"), "{page}");
}

#[tokio::test]
async fn the_device_cookie_is_secure_when_served_over_https() {
    let heard = start_with(Some("https://heard.example.org")).await;
    make_owner(&heard).await;
    let response = post_form(
        &browser(),
        &format!("{}/sign-in", heard.base),
        &[("email", OWNER), ("password", PASSWORD)],
    )
    .await;
    let device_cookie = set_cookies(&response)
        .into_iter()
        .find(|c| c.starts_with("heard_device="))
        .expect("a device cookie");
    assert!(device_cookie.contains("Secure"), "{device_cookie}");
}

/// Sends `how_many` sign-ups at once; each with its own X-Forwarded-For when `forwarded` is set.
async fn sign_ups_at_once(
    heard: &Running,
    how_many: usize,
    forwarded: bool,
) -> Vec<(StatusCode, String)> {
    let sign_ups = (0..how_many).map(|n| {
        let url = format!("{}/account/new", heard.base);
        tokio::spawn(async move {
            let mut request = browser().post(url).form(&[
                ("email", format!("person{n}@example.org")),
                ("password", PASSWORD.to_string()),
            ]);
            if forwarded {
                request = request.header("x-forwarded-for", format!("203.0.113.{n}"));
            }
            let response = request.send().await.unwrap();
            (response.status(), response.text().await.unwrap())
        })
    });
    let mut answers = Vec::new();
    for sign_up in sign_ups.collect::<Vec<_>>() {
        answers.push(sign_up.await.unwrap());
    }
    answers
}

#[tokio::test]
async fn sign_ups_from_one_address_are_limited_and_told_politely_with_the_email_kept() {
    let heard = start().await;
    let answers = sign_ups_at_once(&heard, 48, false).await;
    let made = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(made, DEFAULT_PER_HOUR as usize);
    assert_eq!(
        accounts::count(&heard.pool).await.unwrap(),
        i64::from(DEFAULT_PER_HOUR)
    );
    for (n, (status, page)) in answers.iter().enumerate() {
        if *status == StatusCode::SEE_OTHER {
            continue;
        }
        assert_eq!(*status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        assert!(
            page.contains("A lot of new accounts have been made from this internet connection"),
            "{page}"
        );
        assert!(page.contains("minutes, then try again"), "{page}");
        assert!(
            page.contains(&format!("value=\"person{n}@example.org\"")),
            "the email is kept: {page}"
        );
        assert!(!page.contains(PASSWORD), "the password is not sent back");
    }
}

#[tokio::test]
async fn a_crowd_signing_up_at_once_through_a_proxy_all_get_accounts() {
    let heard = start_with_flags(&["--trusted-proxy", "127.0.0.1"]).await;
    let answers = sign_ups_at_once(&heard, 48, true).await;
    for (status, page) in &answers {
        assert_eq!(*status, StatusCode::SEE_OTHER, "{page}");
    }
    assert_eq!(accounts::count(&heard.pool).await.unwrap(), 48);
}
