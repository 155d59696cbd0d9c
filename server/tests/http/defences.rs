//! The browser defences over HTTP against the real server: the Content-Security-Policy and its
//! nonce, the device features each page may use, HSTS and Secure cookies only over HTTPS, posts
//! that cannot show they came from this site, and a request log that never holds what people typed.

use crate::common::*;

use reqwest::header::{HeaderMap, COOKIE, ORIGIN};
use reqwest::StatusCode;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

fn header(headers: &HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Checks the policy and that every script on the page carries the policy's nonce; returns it.
fn assert_page_policy(headers: &HeaderMap, body: &str, what: &str) -> String {
    let csp = header(headers, "content-security-policy");
    assert_eq!(
        csp.replace(&nonce_in(&csp), "N"),
        "default-src 'none'; script-src 'self' 'nonce-N' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self' blob:; \
         manifest-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'",
        "{what}"
    );
    let nonce = nonce_in(&csp);
    assert!(nonce.len() >= 22, "{what}: a 128-bit nonce, got {nonce}");
    for script in body.split("<script").skip(1) {
        let tag = &script[..script.find('>').unwrap()];
        assert!(
            tag.contains(&format!("nonce=\"{nonce}\"")),
            "{what}: a script without this response's nonce: <script{tag}>"
        );
    }
    assert_eq!(header(headers, "x-frame-options"), "DENY", "{what}");
    assert_eq!(header(headers, "referrer-policy"), "same-origin", "{what}");
    assert_eq!(
        header(headers, "cross-origin-opener-policy"),
        "same-origin",
        "{what}"
    );
    assert_eq!(header(headers, "x-content-type-options"), "nosniff");
    nonce
}

fn nonce_in(csp: &str) -> String {
    let start = csp.find("'nonce-").expect("a nonce in the policy") + "'nonce-".len();
    csp[start..start + csp[start..].find('\'').unwrap()].to_string()
}

/// The `feature=allowlist` entries of a Permissions-Policy.
fn allowed(policy: &str, feature: &str) -> String {
    policy
        .split(", ")
        .find_map(|entry| entry.strip_prefix(&format!("{feature}=")))
        .unwrap_or_else(|| panic!("{feature} is not in {policy}"))
        .to_string()
}

async fn family_with_child(heard: &Running, client: &reqwest::Client) -> String {
    post_form(
        client,
        &format!("{}/account/new", heard.base),
        &[("email", "parent@example.org"), ("password", PASSWORD)],
    )
    .await;
    let added = post_form(client, &format!("{}/children/new", heard.base), CHILD).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    location(&added)
}

#[tokio::test]
async fn every_page_says_which_scripts_may_run_with_a_fresh_nonce_each_time() {
    let heard = start().await;
    let client = browser();
    let mut nonces = Vec::new();
    for path in ["/", "/sign-in", "/local-offer?q=swimming", "/help", "/nope"] {
        let response = visit(&client, &format!("{}{path}", heard.base)).await;
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        assert!(body.contains("<script"), "{path} has its hydration scripts");
        nonces.push(assert_page_policy(&headers, &body, path));
    }
    // The same page twice: a new nonce. (Public pages are kept for visitors who are not signed in,
    // nonce and all: see `kept.rs`. The sign-in page is rendered every time.)
    let again = client
        .get(format!("{}/sign-in", heard.base))
        .send()
        .await
        .unwrap();
    let headers = again.headers().clone();
    nonces.push(assert_page_policy(
        &headers,
        &again.text().await.unwrap(),
        "/sign-in again",
    ));
    let mut unique = nonces.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), nonces.len(), "{nonces:?}");

    // The page refusing another site's post, and a page rendered again after a failed form.
    let refused = client
        .post(format!("{}/language", heard.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("locale", "pl")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let headers = refused.headers().clone();
    assert_page_policy(&headers, &refused.text().await.unwrap(), "refusal page");
    let failed = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[("email", "not an email"), ("password", "short")],
    )
    .await;
    assert_eq!(failed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let headers = failed.headers().clone();
    assert_page_policy(&headers, &failed.text().await.unwrap(), "form again");
}

#[tokio::test]
async fn the_microphone_is_for_the_young_persons_page_and_the_location_for_the_local_offer() {
    let heard = start().await;
    let client = browser();
    let child = family_with_child(&heard, &client).await;
    let policy_of = |path: String| {
        let client = client.clone();
        async move {
            let response = client.get(path).send().await.unwrap();
            assert!(response.status().is_success(), "{}", response.url());
            header(response.headers(), "permissions-policy")
        }
    };
    let my_page = policy_of(format!("{}{child}/my-page", heard.base)).await;
    assert_eq!(allowed(&my_page, "microphone"), "(self)");
    assert_eq!(allowed(&my_page, "geolocation"), "()");
    let search = policy_of(format!("{}/local-offer?q=speech", heard.base)).await;
    assert_eq!(allowed(&search, "geolocation"), "(self)");
    assert_eq!(allowed(&search, "microphone"), "()");
    // Passkeys: used only to sign in, made only on the passkeys page.
    let sign_in = policy_of(format!("{}/sign-in", heard.base)).await;
    assert_eq!(allowed(&sign_in, "publickey-credentials-get"), "(self)");
    assert_eq!(allowed(&sign_in, "publickey-credentials-create"), "()");
    let passkeys = policy_of(format!("{}/account/passkeys", heard.base)).await;
    assert_eq!(allowed(&passkeys, "publickey-credentials-create"), "(self)");
    assert_eq!(allowed(&passkeys, "publickey-credentials-get"), "()");
    for path in ["/".to_string(), child.clone(), format!("{child}/about-me")] {
        let policy = policy_of(format!("{}{path}", heard.base)).await;
        for feature in [
            "microphone",
            "geolocation",
            "camera",
            "payment",
            "usb",
            "publickey-credentials-get",
            "publickey-credentials-create",
        ] {
            assert_eq!(allowed(&policy, feature), "()", "{path}: {feature}");
        }
    }
}

#[tokio::test]
async fn hsts_only_when_people_reach_the_site_over_https() {
    for (public_url, hsts) in [
        (None, ""),
        (Some("http://heard.example.org"), ""),
        (
            Some("https://heard.example.org"),
            "max-age=31536000; includeSubDomains",
        ),
    ] {
        let heard = start_with(public_url).await;
        let response = visit(&browser(), &format!("{}/", heard.base)).await;
        assert_eq!(
            header(response.headers(), "strict-transport-security"),
            hsts,
            "{public_url:?}"
        );
    }
}

/// Every cookie Heard sets, over HTTPS: the session, the language, the reading options, and the
/// short-lived one that tells the browser a form's drafts are saved.
async fn cookies_set_by_heard(public_url: Option<&str>) -> Vec<String> {
    let heard = start_with(public_url).await;
    // Secure cookies are not sent back over the test's plain HTTP, so the session goes by hand.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let created = post_form(
        &client,
        &format!("{}/account/new", heard.base),
        &[("email", "parent@example.org"), ("password", PASSWORD)],
    )
    .await;
    let mut cookies = set_cookies(&created);
    let session = cookies
        .iter()
        .find(|c| c.starts_with("heard_session="))
        .map(|c| c.split(';').next().unwrap().to_string())
        .expect("a session cookie");
    let signed_in = |path: &str| {
        client
            .post(format!("{}{path}", heard.base))
            .header(COOKIE, &session)
            .header("sec-fetch-site", "same-origin")
    };
    let mut fields = CHILD.to_vec();
    fields.push(("kept-places", "child/new/notes"));
    let added = signed_in("/children/new")
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    // Saving an edit goes through the answer every record form shares.
    let edit = format!("{}/edit", location(&added));
    fields.push(("based-on-version", "1"));
    let saved = signed_in(&edit).form(&fields).send().await.unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    cookies.extend(set_cookies(&saved));
    let language = signed_in("/language")
        .form(&[("locale", "pl")])
        .send()
        .await
        .unwrap();
    cookies.extend(set_cookies(&language));
    let reading = signed_in("/reading-options")
        .form(&[("theme", "dark")])
        .send()
        .await
        .unwrap();
    cookies.extend(set_cookies(&reading));
    for name in [
        "heard_session=",
        "heard_saved=",
        "heard_locale=",
        "heard_reading=",
    ] {
        assert!(
            cookies.iter().any(|c| c.starts_with(name)),
            "{name} {cookies:?}"
        );
    }
    cookies
}

fn is_secure(cookie: &str) -> bool {
    cookie
        .split(';')
        .skip(1)
        .any(|attribute| attribute.trim().eq_ignore_ascii_case("secure"))
}

#[tokio::test]
async fn every_cookie_is_secure_over_https_and_only_then() {
    let https = cookies_set_by_heard(Some("https://heard.example.org")).await;
    let not_secure: Vec<&String> = https.iter().filter(|c| !is_secure(c)).collect();
    assert!(
        not_secure.is_empty(),
        "not Secure over HTTPS: {not_secure:?}"
    );
    // Over plain HTTP a Secure cookie would never come back, and nobody could stay signed in.
    let http = cookies_set_by_heard(None).await;
    assert!(!http.iter().any(|c| is_secure(c)), "{http:?}");
}

#[tokio::test]
async fn a_signed_in_post_that_cannot_show_it_came_from_this_site_is_refused() {
    let heard = start().await;
    // A client that keeps cookies but sends none of a browser's headers unless told.
    let program = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // Without a session there is nobody's account to borrow: signing up works as before.
    let created = post_form(
        &program,
        &format!("{}/account/new", heard.base),
        &[("email", "parent@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let add_child = |origin: Option<String>| {
        let mut request = program.post(format!("{}/children/new", heard.base));
        if let Some(origin) = origin {
            request = request.header(ORIGIN, origin);
        }
        request.form(CHILD).send()
    };
    let bare = add_child(None).await.unwrap();
    assert_eq!(bare.status(), StatusCode::FORBIDDEN);
    // The right host and port over another scheme is another site.
    let https = heard.base.replace("http://", "https://");
    let other_scheme = add_child(Some(https)).await.unwrap();
    assert_eq!(other_scheme.status(), StatusCode::FORBIDDEN);
    let (_, family) = get(&program, &format!("{}/family", heard.base)).await;
    assert!(!family.contains("Priya"), "nothing was added");
    let same_origin = add_child(Some(heard.base.clone())).await.unwrap();
    assert_eq!(same_origin.status(), StatusCode::SEE_OTHER);
}

/// Takes ANSI colours out of the log, so it can be searched as text.
fn plain(log: &str) -> String {
    let mut out = String::new();
    let mut chars = log.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[tokio::test]
async fn the_request_log_has_paths_and_statuses_but_never_what_people_typed() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--database-url")
        .arg(format!(
            "sqlite://{}",
            dir.path().join("heard.db").display()
        ))
        .arg("--site-root")
        .arg(dir.path().join("site"))
        .env("HEARD_LOG", "info")
        // A sign-up's email goes into the test's folder, not the repository.
        .env("HEARD_MAIL_FOLDER", dir.path().join("mail-outbox"))
        .env_remove("HEARD_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let client = browser();
    let mut up = false;
    for _ in 0..300 {
        if let Ok(response) = client.get(format!("{base}/healthz")).send().await {
            up = response.status() == StatusCode::OK;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server answered /healthz");

    let (status, _) = get(
        &client,
        &format!("{base}/local-offer?q=Zephyrine+Quillfeather+autism&near=DE22+1AB&age=9"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let created = post_form(
        &client,
        &format!("{base}/account/new"),
        &[
            ("email", "zephyrine.quillfeather@example.org"),
            ("password", "marmalade hedgehog 1987"),
        ],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let session = set_cookies(&created)
        .into_iter()
        .find(|c| c.starts_with("heard_session="))
        .unwrap();
    let session_id = session
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("heard_session=")
        .to_string();
    let mut child = CHILD.to_vec();
    child[0] = ("called-name", "Thaddeus-Moonbeam");
    let added = post_form(&client, &format!("{base}/children/new"), &child).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let (status, _) = get(
        &client,
        &format!("{base}/invitations/5f2b8c0d9e7a4b1c8d3e6f9a0b1c2d3e"),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = get(
        &client,
        &format!("{base}/sign-in?return_to=/secret-path-Quill"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);

    server.kill().unwrap();
    let mut log = String::new();
    server
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    server.wait().unwrap();
    let log = plain(&log);
    for line in [
        "heard_server::request: method=GET path=\"/local-offer?q=…&near=…&age=…\" status=200",
        "heard_server::request: method=POST path=\"/account/new\" status=303",
        "heard_server::request: method=POST path=\"/children/new\" status=303",
        "heard_server::request: method=GET path=\"/invitations/…\" status=404",
        "heard_server::request: method=GET path=\"/sign-in?return_to=…\" status=200",
    ] {
        assert!(log.contains(line), "the log has {line}:\n{log}");
    }
    assert!(log.contains(" ms="), "{log}");
    for secret in [
        "Zephyrine",
        "Quillfeather",
        "Quill",
        "DE22",
        "zephyrine.quillfeather",
        "marmalade",
        "Thaddeus",
        "Elm Tree",
        "5f2b8c0d9e7a4b1c",
        session_id.as_str(),
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}
