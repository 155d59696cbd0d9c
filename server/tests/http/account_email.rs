//! The account's email address and password over HTTP, with email read from a real SMTP server:
//! sign-up gives the same answer for a new and a taken address, confirming by the emailed link, the
//! limits before confirming, a change of address, forgetting the password, and ending sessions.

use crate::common::mail::{decode_words, header, take_apart, Received, Sink};
use crate::common::*;
use heard_server::accounts;
use heard_server::storage;
use reqwest::StatusCode;
use std::time::Duration;

const WEEK: i64 = 7 * 24 * 60 * 60;

/// The emails received so far to `to`, waiting (generously) until there are `count`.
async fn mail_to(sink: &Sink, to: &str, count: usize) -> Vec<Received> {
    for _ in 0..600 {
        let found: Vec<Received> = sink
            .received()
            .iter()
            .map(|raw| take_apart(raw))
            .filter(|m| header(&m.headers, "To").contains(to))
            .collect();
        if found.len() >= count {
            // A moment more, so a file still being written is read whole.
            tokio::time::sleep(Duration::from_millis(200)).await;
            return sink
                .received()
                .iter()
                .map(|raw| take_apart(raw))
                .filter(|m| header(&m.headers, "To").contains(to))
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no {count} emails to {to} arrived");
}

/// The first email to `to` about `about` (its subject), waiting for it.
async fn mail_about(sink: &Sink, to: &str, about: &str) -> Received {
    for _ in 0..600 {
        let found = sink
            .received()
            .iter()
            .map(|raw| take_apart(raw))
            .find(|m| header(&m.headers, "To").contains(to) && subject(m) == about);
        if let Some(found) = found {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no email to {to} about {about}");
}

fn subject(email: &Received) -> String {
    decode_words(header(&email.headers, "Subject"))
}

fn plain_text(email: &Received) -> String {
    email
        .parts
        .iter()
        .find(|(headers, _)| header(headers, "Content-Type").starts_with("text/plain"))
        .map(|(_, text)| text.clone())
        .unwrap()
}

/// The path of the first link in the email to this site, such as `/confirm-email/…`.
fn link_in(email: &Received, base: &str) -> String {
    let text = plain_text(email);
    let line = text
        .lines()
        .find(|line| line.starts_with(base))
        .unwrap_or_else(|| panic!("a link to {base} in {text}"));
    line.trim().trim_start_matches(base).to_string()
}

/// A page with what differs by request taken out: the nonce of its scripts (which Leptos also
/// writes as `crossorigin`) and the address typed.
fn normalised(page: &str, email: &str) -> String {
    let mut page = page.replace(email, "EMAIL");
    for marker in ["nonce=\"", "crossorigin=\"", "'nonce-"] {
        let mut out = String::new();
        let mut rest = page.as_str();
        while let Some(at) = rest.find(marker) {
            let (before, after) = rest.split_at(at + marker.len());
            out.push_str(before);
            out.push('…');
            rest = &after[after.find(['"', '\'']).unwrap_or(0)..];
        }
        out.push_str(rest);
        page = out;
    }
    page
}

async fn confirmed(heard: &Running, email: &str) -> i64 {
    accounts::create(
        &heard.pool,
        accounts::NewAccount {
            email,
            password: PASSWORD,
            locale: None,
            reading_options: None,
        },
    )
    .await
    .unwrap()
    .id
}

async fn sign_in_as(heard: &Running, email: &str, password: &str) -> (reqwest::Client, StatusCode) {
    let client = browser();
    let response = post_form(
        &client,
        &format!("{}/sign-in", heard.base),
        &[("email", email), ("password", password)],
    )
    .await;
    (client, response.status())
}

async fn is_signed_in(heard: &Running, client: &reqwest::Client) -> bool {
    let response = visit(client, &format!("{}/family", heard.base)).await;
    response.status() == StatusCode::OK
}

#[tokio::test]
async fn sign_up_gives_the_same_answer_for_a_new_and_a_taken_address_and_the_right_email() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    confirmed(&heard, "taken@example.org").await;

    let mut answers = Vec::new();
    for email in ["taken@example.org", "new@example.org"] {
        let client = browser();
        let response = post_form(
            &client,
            &format!("{}/account/new", heard.base),
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
        let status = response.status();
        let place = location(&response);
        let cookies: Vec<String> = set_cookies(&response)
            .iter()
            .map(|c| {
                // The cookie's name and attributes; its value is a fresh secret each time.
                let (name, rest) = c.split_once('=').unwrap();
                let attributes = rest.split_once(';').map(|(_, a)| a).unwrap_or("");
                format!("{name}; {attributes}")
            })
            .collect();
        let page = visit(&client, &format!("{}/family", heard.base)).await;
        let page_status = page.status();
        let page = normalised(&page.text().await.unwrap(), email);
        answers.push((status, place, cookies, page_status, page));
    }
    assert_eq!(answers[0].0, StatusCode::SEE_OTHER);
    assert_eq!(answers[0].3, StatusCode::OK);
    assert!(answers[0].4.contains("Confirm your email address"));
    assert!(!answers[0].4.contains("already an account"));
    assert_eq!(answers[0], answers[1], "a stranger cannot tell them apart");

    let to_owner = mail_to(&sink, "taken@example.org", 1).await;
    assert_eq!(to_owner.len(), 1);
    assert_eq!(
        subject(&to_owner[0]),
        "Someone tried to make a Heard account with your email"
    );
    let text = plain_text(&to_owner[0]);
    assert!(text.contains(&format!("{}/sign-in", heard.base)), "{text}");
    assert!(
        text.contains(&format!("{}/forgot-password", heard.base)),
        "{text}"
    );
    assert!(!text.contains("/confirm-email/"), "{text}");
    let to_new = mail_to(&sink, "new@example.org", 1).await;
    assert_eq!(subject(&to_new[0]), "Confirm your email address for Heard");
    assert!(link_in(&to_new[0], &heard.base).starts_with("/confirm-email/"));
    let html = &to_new[0].parts[1].1;
    assert!(html.contains("<a href=\""), "{html}");
    // Both accounts are there, unconfirmed beside the confirmed one.
    let with_address: i64 =
        storage::query_scalar("SELECT COUNT(*) FROM accounts WHERE email = 'taken@example.org'")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    assert_eq!(with_address, 2);
}

#[tokio::test]
async fn the_confirm_link_works_once_and_not_once_it_is_out_of_date() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    let client = signed_up_unconfirmed(&heard, "amina@example.org").await;
    let link = link_in(
        &mail_to(&sink, "amina@example.org", 1).await[0],
        &heard.base,
    );

    // Opening the link changes nothing by itself (mail programs open links to check them).
    let page = visit(&client, &format!("{}{link}", heard.base)).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header_of(&page, "referrer-policy"), "no-referrer");
    let body = page.text().await.unwrap();
    assert!(body.contains("Confirm my email address"), "{body}");
    let id = account_id(&heard.pool, "amina@example.org").await;
    assert!(!is_confirmed(&heard, id).await);

    let done = post_form(&client, &format!("{}{link}", heard.base), &[("x", "")]).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(header_of(&done, "referrer-policy"), "no-referrer");
    let done = done.text().await.unwrap();
    assert!(done.contains("Your email address is confirmed"));
    assert!(
        !done.contains("confirm-banner"),
        "the page saying it is confirmed does not also ask to confirm"
    );
    assert!(is_confirmed(&heard, id).await);
    let family = visit(&client, &format!("{}/family", heard.base)).await;
    assert!(!family
        .text()
        .await
        .unwrap()
        .contains("Confirm your email address"));

    let again = post_form(&client, &format!("{}{link}", heard.base), &[("x", "")]).await;
    assert_eq!(again.status(), StatusCode::GONE);
    assert!(again
        .text()
        .await
        .unwrap()
        .contains("does not work any more"));

    // A sign-up link works for the week the account is kept, and not after.
    signed_up_unconfirmed(&heard, "late@example.org").await;
    let link = link_in(&mail_to(&sink, "late@example.org", 1).await[0], &heard.base);
    let valid_for: i64 = storage::query_scalar(
        "SELECT expires_at - created_at FROM email_links WHERE used_at IS NULL",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(valid_for, WEEK);
    age_links(&heard, WEEK + 1).await;
    let late = post_form(&browser(), &format!("{}{link}", heard.base), &[("x", "")]).await;
    assert_eq!(late.status(), StatusCode::GONE);
    let late_id = account_id(&heard.pool, "late@example.org").await;
    assert!(!is_confirmed(&heard, late_id).await);
}

fn header_of(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

async fn is_confirmed(heard: &Running, id: i64) -> bool {
    let at: Option<i64> = storage::query_scalar("SELECT confirmed_at FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    at.is_some()
}

/// Makes every unused link `seconds` older, as if it had been sent that long ago.
async fn age_links(heard: &Running, seconds: i64) {
    storage::query(
        "UPDATE email_links SET created_at = created_at - $1, expires_at = expires_at - $1
         WHERE used_at IS NULL",
    )
    .bind(seconds)
    .execute(&heard.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn an_unconfirmed_account_is_told_cannot_share_and_is_deleted_after_a_week() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    let family = signed_up_unconfirmed(&heard, "new@example.org").await;
    let created: i64 = storage::query_scalar("SELECT created_at FROM accounts")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let day = time::OffsetDateTime::from_unix_timestamp(created + WEEK)
        .unwrap()
        .date();
    let month = day.month().to_string();
    let date = format!("{} {month} {}", day.day(), day.year());

    let child = add_child(&heard, &family, CHILD).await;
    let page = visit(&family, &format!("{}/children/{child}", heard.base)).await;
    let body = page.text().await.unwrap();
    assert!(body.contains("Confirm your email address"), "{body}");
    assert!(body.contains(&date), "the banner says {date}: {body}");
    assert!(body.contains("action=\"/account/confirm-again\""), "{body}");

    let invite = format!("{}/children/{child}/people/invite", heard.base);
    let page = visit(&family, &invite).await.text().await.unwrap();
    assert!(
        page.contains("You can share a record when you have confirmed your email address"),
        "{page}"
    );
    assert!(!page.contains("name=\"role\""), "{page}");
    let tried = post_form(
        &family,
        &invite,
        &[
            ("role", "advocate"),
            ("parts", "goals"),
            ("may-change", "yes"),
        ],
    )
    .await;
    assert_ne!(tried.status(), StatusCode::SEE_OTHER);
    let invitations: i64 = storage::query_scalar("SELECT COUNT(*) FROM invitations")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(invitations, 0);

    // "Send the link again" sends it, a few times an hour at most (the sign-up's email counts).
    for _ in 0..2 {
        let again = post_form(
            &family,
            &format!("{}/account/confirm-again", heard.base),
            &[("x", "")],
        )
        .await;
        assert_eq!(again.status(), StatusCode::OK);
    }
    let too_many = post_form(
        &family,
        &format!("{}/account/confirm-again", heard.base),
        &[("x", "")],
    )
    .await;
    assert_eq!(too_many.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_many
        .text()
        .await
        .unwrap()
        .contains("We have sent a lot of emails"));
    assert_eq!(mail_to(&sink, "new@example.org", 3).await.len(), 3);

    // The sweep `heard serve` runs: a day early nothing goes; a week on, the account and its child.
    let now = storage::unix_seconds_now();
    assert_eq!(
        accounts::delete_unconfirmed(&heard.pool, created + WEEK - 1)
            .await
            .unwrap(),
        0
    );
    assert!(now < created + WEEK);
    assert_eq!(
        accounts::delete_unconfirmed(&heard.pool, created + WEEK)
            .await
            .unwrap(),
        1
    );
    for table in ["accounts", "children", "email_links"] {
        let rows: i64 = storage::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&heard.pool)
            .await
            .unwrap();
        assert_eq!(rows, 0, "{table}");
    }
}

#[tokio::test]
async fn sign_in_tries_the_confirmed_account_first_and_a_late_confirmation_is_refused() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    // Someone signs up with an address nobody has yet, and does not confirm it at once.
    let first = signed_up_unconfirmed(&heard, "shared@example.org").await;
    let link = link_in(
        &mail_to(&sink, "shared@example.org", 1).await[0],
        &heard.base,
    );
    // Meanwhile its owner makes an account and confirms it.
    let owner_id = confirmed(&heard, "shared@example.org").await;
    let late = post_form(&first, &format!("{}{link}", heard.base), &[("x", "")]).await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert!(late
        .text()
        .await
        .unwrap()
        .contains("Another account has this email address now"));

    // Signing in with the owner's password opens the owner's account, with no banner.
    let (owner, status) = sign_in_as(&heard, "shared@example.org", PASSWORD).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = visit(&owner, &format!("{}/account/email", heard.base))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("confirm-banner"), "{page}");
    let confirmed_count: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM accounts WHERE email = 'shared@example.org' AND confirmed_at IS NOT NULL",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(confirmed_count, 1);
    assert!(is_confirmed(&heard, owner_id).await);
}

#[tokio::test]
async fn a_change_of_email_is_confirmed_on_the_new_address_and_the_old_one_is_told() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    let family = signed_up(&heard, "old@example.org").await;
    let url = format!("{}/account/email", heard.base);

    let wrong = post_form(
        &family,
        &url,
        &[
            ("email", "new@example.org"),
            ("current-password", "not my password"),
        ],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = wrong.text().await.unwrap();
    assert!(page.contains("id=\"current-password-error\""), "{page}");
    assert!(
        page.contains("value=\"new@example.org\""),
        "what was typed stays: {page}"
    );
    assert!(!page.contains("not my password"), "{page}");
    let same = post_form(
        &family,
        &url,
        &[("email", "OLD@example.org"), ("current-password", PASSWORD)],
    )
    .await;
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same
        .text()
        .await
        .unwrap()
        .contains("This is already your email address"));

    let sent = post_form(
        &family,
        &url,
        &[("email", "New@Example.org"), ("current-password", PASSWORD)],
    )
    .await;
    assert_eq!(sent.status(), StatusCode::OK);
    assert!(sent
        .text()
        .await
        .unwrap()
        .contains("We sent a link to new@example.org"));
    let id = account_id(&heard.pool, "old@example.org").await;
    let email = mail_about(
        &sink,
        "new@example.org",
        "Confirm your new email address for Heard",
    )
    .await;
    let link = link_in(&email, &heard.base);
    let valid_for: i64 = storage::query_scalar(
        "SELECT expires_at - created_at FROM email_links WHERE purpose = 'confirm-new-email'",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(valid_for, 24 * 60 * 60);
    // Nothing changes until the link is opened.
    assert!(is_signed_in(&heard, &family).await);
    let (_, old_still) = sign_in_as(&heard, "old@example.org", PASSWORD).await;
    assert_eq!(old_still, StatusCode::SEE_OTHER);

    let done = post_form(&family, &format!("{}{link}", heard.base), &[("x", "")]).await;
    assert_eq!(done.status(), StatusCode::OK);
    let now: String = storage::query_scalar("SELECT email FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(now, "new@example.org");
    // Still signed in on this device, as the new address.
    let page = visit(&family, &url).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("Your email address now is new@example.org"));
    let told = mail_about(
        &sink,
        "old@example.org",
        "The email address of your Heard account changed",
    )
    .await;
    assert!(plain_text(&told).contains("new@example.org"));
    let (_, new_works) = sign_in_as(&heard, "new@example.org", PASSWORD).await;
    assert_eq!(new_works, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn forgot_password_answers_the_same_for_any_address_and_is_limited() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    confirmed(&heard, "known@example.org").await;
    let url = format!("{}/forgot-password", heard.base);
    let mut pages = Vec::new();
    for email in ["known@example.org", "unknown@example.org"] {
        let response = post_form(&browser(), &url, &[("email", email)]).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(set_cookies(&response).is_empty());
        pages.push(normalised(&response.text().await.unwrap(), email));
    }
    assert!(pages[0].contains("If there is an account with this email address"));
    assert_eq!(pages[0], pages[1]);
    let email = mail_to(&sink, "known@example.org", 1).await;
    assert_eq!(subject(&email[0]), "Make a new password for Heard");
    assert!(link_in(&email[0], &heard.base).starts_with("/reset-password/"));

    // Three an hour to one address, known or not; then the same "wait" for both.
    for email in ["known@example.org", "unknown@example.org"] {
        for _ in 0..2 {
            let response = post_form(&browser(), &url, &[("email", email)]).await;
            assert_eq!(response.status(), StatusCode::OK, "{email}");
        }
        let refused = post_form(&browser(), &url, &[("email", email)]).await;
        assert_eq!(
            refused.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{email}"
        );
        let page = refused.text().await.unwrap();
        assert!(page.contains("We have sent a lot of emails"), "{page}");
        assert!(page.contains(&format!("value=\"{email}\"")), "{page}");
    }
    // And twenty an hour from one client, whatever the addresses.
    let mut refused_at = None;
    for n in 0..30 {
        let response =
            post_form(&browser(), &url, &[("email", &format!("p{n}@example.org"))]).await;
        if response.status() == StatusCode::UNPROCESSABLE_ENTITY {
            refused_at = Some(n);
            break;
        }
    }
    assert_eq!(refused_at, Some(20 - 6), "six were asked for already");
    assert_eq!(mail_to(&sink, "known@example.org", 3).await.len(), 3);
    let sent_to_unknown = sink
        .received()
        .iter()
        .filter(|raw| raw.contains("unknown@example.org"))
        .count();
    assert_eq!(sent_to_unknown, 0);
}

#[tokio::test]
async fn a_new_password_link_works_once_within_an_hour_and_ends_every_other_session() {
    let sink = Sink::start();
    let heard = start_with_mail(&sink).await;
    confirmed(&heard, "known@example.org").await;
    let (phone, _) = sign_in_as(&heard, "known@example.org", PASSWORD).await;
    assert!(is_signed_in(&heard, &phone).await);

    let desk = browser();
    post_form(
        &desk,
        &format!("{}/forgot-password", heard.base),
        &[("email", "known@example.org")],
    )
    .await;
    let link = link_in(
        &mail_to(&sink, "known@example.org", 1).await[0],
        &heard.base,
    );
    let valid_for: i64 = storage::query_scalar(
        "SELECT expires_at - created_at FROM email_links WHERE used_at IS NULL",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(valid_for, 60 * 60);
    let page = visit(&desk, &format!("{}{link}", heard.base)).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header_of(&page, "referrer-policy"), "no-referrer");
    assert!(page.text().await.unwrap().contains("Make a new password"));

    // A password too short is a mistake to fix, and does not use the link up.
    let short = post_form(
        &desk,
        &format!("{}{link}", heard.base),
        &[("password", "short")],
    )
    .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short
        .text()
        .await
        .unwrap()
        .contains("id=\"password-error\""));
    let new_password = "a brand new password";
    let done = post_form(
        &desk,
        &format!("{}{link}", heard.base),
        &[("password", new_password)],
    )
    .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/family");
    assert!(is_signed_in(&heard, &desk).await, "signed in here");
    assert!(
        !is_signed_in(&heard, &phone).await,
        "signed out on the phone"
    );
    let again = post_form(
        &browser(),
        &format!("{}{link}", heard.base),
        &[("password", "another new password")],
    )
    .await;
    assert_eq!(again.status(), StatusCode::GONE);
    let (_, old) = sign_in_as(&heard, "known@example.org", PASSWORD).await;
    assert_eq!(old, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, new) = sign_in_as(&heard, "known@example.org", new_password).await;
    assert_eq!(new, StatusCode::SEE_OTHER);

    // A link an hour old no longer works.
    post_form(
        &browser(),
        &format!("{}/forgot-password", heard.base),
        &[("email", "known@example.org")],
    )
    .await;
    let second = mail_to(&sink, "known@example.org", 2).await;
    let link = second
        .iter()
        .map(|email| link_in(email, &heard.base))
        .find(|other| *other != link)
        .unwrap();
    age_links(&heard, 60 * 60).await;
    let late = post_form(
        &browser(),
        &format!("{}{link}", heard.base),
        &[("password", "yet another password")],
    )
    .await;
    assert_eq!(late.status(), StatusCode::GONE);
    let (_, still) = sign_in_as(&heard, "known@example.org", new_password).await;
    assert_eq!(still, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn changing_the_password_and_signing_out_everywhere_end_the_other_sessions() {
    let heard = start().await;
    let laptop = signed_up(&heard, "parent@example.org").await;
    let (phone, _) = sign_in_as(&heard, "parent@example.org", PASSWORD).await;
    let url = format!("{}/account/password", heard.base);

    let wrong = post_form(
        &laptop,
        &url,
        &[("current-password", "not it"), ("password", "x")],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = wrong.text().await.unwrap();
    assert!(page.contains("id=\"current-password-error\""), "{page}");
    assert!(page.contains("id=\"password-error\""), "{page}");
    assert!(is_signed_in(&heard, &phone).await);

    let new_password = "a brand new password";
    let changed = post_form(
        &laptop,
        &url,
        &[("current-password", PASSWORD), ("password", new_password)],
    )
    .await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert!(changed
        .text()
        .await
        .unwrap()
        .contains("Your password is changed"));
    assert!(is_signed_in(&heard, &laptop).await, "still signed in here");
    assert!(
        !is_signed_in(&heard, &phone).await,
        "signed out on the phone"
    );

    let (phone, status) = sign_in_as(&heard, "parent@example.org", new_password).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(is_signed_in(&heard, &phone).await);
    let everywhere = post_form(
        &phone,
        &format!("{}/account/sign-out-everywhere", heard.base),
        &[("x", "")],
    )
    .await;
    assert_eq!(everywhere.status(), StatusCode::SEE_OTHER);
    assert!(!is_signed_in(&heard, &phone).await);
    assert!(!is_signed_in(&heard, &laptop).await);
}

#[tokio::test]
async fn account_forms_refuse_the_signed_out_and_other_sites() {
    let heard = start().await;
    let stranger = browser();
    for page in [
        "/account/email",
        "/account/password",
        "/account/confirm-again",
    ] {
        let response = visit(&stranger, &format!("{}{page}", heard.base)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "GET {page}");
        assert!(location(&response).starts_with("/sign-in"), "GET {page}");
    }
    for form in [
        "/account/email",
        "/account/password",
        "/account/confirm-again",
        "/account/sign-out-everywhere",
    ] {
        let response = post_form(
            &stranger,
            &format!("{}{form}", heard.base),
            &[
                ("email", "x@example.org"),
                ("current-password", PASSWORD),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "POST {form}");
        assert!(location(&response).starts_with("/sign-in"), "POST {form}");
    }
    // Signed in, a post from another site changes nothing.
    let family = signed_up(&heard, "family@example.org").await;
    for form in [
        "/account/email",
        "/account/password",
        "/account/confirm-again",
        "/account/sign-out-everywhere",
    ] {
        let response = family
            .post(format!("{}{form}", heard.base))
            .header("sec-fetch-site", "cross-site")
            .form(&[
                ("email", "evil@example.org"),
                ("current-password", PASSWORD),
                ("password", "an attacker's password"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "POST {form}");
    }
    assert!(is_signed_in(&heard, &family).await);
    let links: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM email_links WHERE purpose <> 'confirm-sign-up'",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(links, 0);
    let (_, status) = sign_in_as(&heard, "family@example.org", PASSWORD).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}
