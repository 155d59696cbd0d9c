//! Who is signed in, and how many wrong passwords they have had, is the same on every instance.

use crate::load::{browser, PASSWORD};
use crate::*;
use heard_server::sign_in_limit::FREE_TRIES;
use reqwest::header::{COOKIE, ORIGIN, SET_COOKIE};
use reqwest::StatusCode;

const EMAIL: &str = "amina@example.org";

/// A client with no cookie store: the test carries the session cookie itself, so signing out
/// cannot take it away, and only the servers decide whether it still opens the account.
fn bare() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// `heard_session=…`, as the browser sends it back.
fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with("heard_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_string()
}

async fn family_page(heard: &Heard, cookie: &str) -> reqwest::Response {
    bare()
        .get(format!("{}/family", heard.base))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_session_made_on_one_instance_works_on_the_other_and_signing_out_on_either_ends_it() {
    let Some(shared) =
        on_postgres("sessions are shared between instances only on PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;

    let created = send(
        &browser(),
        &a.base,
        "/account/new",
        &[("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let cookie = session_cookie(&created);
    for (name, heard) in [("A", &a), ("B", &b)] {
        let page = family_page(heard, &cookie).await;
        assert_eq!(page.status(), StatusCode::OK, "signed in on {name}");
        assert!(page.text().await.unwrap().contains(EMAIL), "on {name}");
    }

    let signed_out = bare()
        .post(format!("{}/sign-out", b.base))
        .header(COOKIE, &cookie)
        .header(ORIGIN, &b.base)
        .form(&[] as &[(&str, &str)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&signed_out), "/");
    // The same cookie, still sent, opens nothing on either instance.
    for (name, heard) in [("A", &a), ("B", &b)] {
        let page = family_page(heard, &cookie).await;
        assert_eq!(page.status(), StatusCode::SEE_OTHER, "signed out on {name}");
        assert_eq!(location(&page), "/sign-in?return_to=/family", "on {name}");
    }
}

async fn sign_in(client: &reqwest::Client, heard: &Heard, password: &str) -> (StatusCode, String) {
    let answer = send(
        client,
        &heard.base,
        "/sign-in",
        &[("email", EMAIL), ("password", password)],
    )
    .await;
    (answer.status(), answer.text().await.unwrap())
}

#[tokio::test]
async fn wrong_passwords_count_across_instances_as_on_one() {
    let Some(shared) =
        on_postgres("sign-in tries are counted across instances only on PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    let owner = send(
        &browser(),
        &a.base,
        "/account/new",
        &[("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(owner.status(), StatusCode::SEE_OTHER);

    // A stranger takes turns between the instances, as a load balancer would send them. Each
    // instance alone has seen only half the wrong passwords.
    let stranger = browser();
    let instances = [("A", &a), ("B", &b)];
    for n in 0..FREE_TRIES as usize {
        let (name, heard) = instances[n % 2];
        let (status, page) = sign_in(&stranger, heard, "not the password").await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "try {n} on {name}"
        );
        assert!(
            page.contains("The email address or password is not right"),
            "try {n} on {name} is checked: {page}"
        );
    }
    // The free tries are used up on both, after the same number as on one instance: even the right
    // password waits, whichever instance it reaches.
    for (name, heard) in [
        instances[FREE_TRIES as usize % 2],
        instances[1 - FREE_TRIES as usize % 2],
    ] {
        let (status, page) = sign_in(&stranger, heard, PASSWORD).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "on {name}");
        assert!(
            page.contains("Wait 1 minute, then try again"),
            "on {name}: {page}"
        );
    }
}
