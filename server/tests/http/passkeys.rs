//! Passkeys over HTTP against the real server, with a passkey made here as a phone's would be (a
//! P-256 key; "none" attestation): the ceremonies' refusals (no session, another site, another
//! origin, a challenge answered twice), the sign-in limit, and whose passkeys a person may touch.
//! The happy path in a real browser is tests/e2e/passkeys.test.mjs.

use crate::common::*;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use heard_server::storage;
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::sign::Signer;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// A passkey as an authenticator holds it: its id, key, owner's user handle and signature counter.
struct SoftPasskey {
    id: Vec<u8>,
    key: PKey<Private>,
    user_handle: String,
    counter: u32,
}

/// WebAuthn needs a site name, not an IP address: the server is asked for as `localhost`, as a
/// browser on this machine would.
fn on_localhost(heard: &Running) -> String {
    heard.base.replace("127.0.0.1", "localhost")
}

fn sha256(bytes: &[u8]) -> Vec<u8> {
    Sha256::digest(bytes).to_vec()
}

/// A CBOR byte string's head (major type 2).
fn cbor_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = match bytes.len() {
        n if n < 24 => vec![0x40 | n as u8],
        n if n < 256 => vec![0x58, n as u8],
        n => vec![0x59, (n >> 8) as u8, n as u8],
    };
    out.extend_from_slice(bytes);
    out
}

fn client_data(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "type": kind,
        "challenge": challenge,
        "origin": origin,
        "crossOrigin": false,
    }))
    .unwrap()
}

impl SoftPasskey {
    fn new(user_handle: &str) -> Self {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let key = PKey::from_ec_key(EcKey::generate(&group).unwrap()).unwrap();
        SoftPasskey {
            id: rand_id(),
            key,
            user_handle: user_handle.to_string(),
            counter: 0,
        }
    }

    /// The public key as COSE (EC2, ES256, P-256).
    fn cose_key(&self) -> Vec<u8> {
        let ec = self.key.ec_key().unwrap();
        let group = ec.group();
        let mut ctx = openssl::bn::BigNumContext::new().unwrap();
        let (mut x, mut y) = (
            openssl::bn::BigNum::new().unwrap(),
            openssl::bn::BigNum::new().unwrap(),
        );
        ec.public_key()
            .affine_coordinates(group, &mut x, &mut y, &mut ctx)
            .unwrap();
        let mut out = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        out.extend(cbor_bytes(&x.to_vec_padded(32).unwrap()));
        out.push(0x22);
        out.extend(cbor_bytes(&y.to_vec_padded(32).unwrap()));
        out
    }

    /// The answer to a registration challenge, made for `rp_id` and said to come from `origin`.
    fn register(&self, options: &Value, origin: &str) -> Value {
        let public_key = &options["publicKey"];
        let rp_id = public_key["rp"]["id"].as_str().unwrap();
        let challenge = public_key["challenge"].as_str().unwrap();
        // User present and verified, with attested credential data.
        let mut auth_data = sha256(rp_id.as_bytes());
        auth_data.push(0x45);
        auth_data.extend(0u32.to_be_bytes());
        auth_data.extend([0u8; 16]);
        auth_data.extend((self.id.len() as u16).to_be_bytes());
        auth_data.extend(&self.id);
        auth_data.extend(self.cose_key());
        let mut attestation = vec![0xa3, 0x63];
        attestation.extend(b"fmt");
        attestation.push(0x64);
        attestation.extend(b"none");
        attestation.push(0x67);
        attestation.extend(b"attStmt");
        attestation.push(0xa0);
        attestation.push(0x68);
        attestation.extend(b"authData");
        attestation.extend(cbor_bytes(&auth_data));
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "attestationObject": B64.encode(attestation),
                "clientDataJSON": B64.encode(client_data("webauthn.create", challenge, origin)),
            },
        })
    }

    /// The answer to a sign-in challenge, signed, with the counter moved on.
    fn sign_in(&mut self, options: &Value, origin: &str) -> Value {
        let challenge = options["publicKey"]["challenge"].as_str().unwrap();
        let rp_id = options["publicKey"]["rpId"].as_str().unwrap();
        self.counter += 1;
        let mut auth_data = sha256(rp_id.as_bytes());
        auth_data.push(0x05);
        auth_data.extend(self.counter.to_be_bytes());
        let client_data = client_data("webauthn.get", challenge, origin);
        let mut signer = Signer::new(MessageDigest::sha256(), &self.key).unwrap();
        signer.update(&auth_data).unwrap();
        signer.update(&sha256(&client_data)).unwrap();
        let signature = signer.sign_to_vec().unwrap();
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "authenticatorData": B64.encode(auth_data),
                "clientDataJSON": B64.encode(client_data),
                "signature": B64.encode(signature),
                "userHandle": self.user_handle,
            },
        })
    }
}

fn rand_id() -> Vec<u8> {
    let mut id = vec![0u8; 16];
    openssl::rand::rand_bytes(&mut id).unwrap();
    id
}

/// A post as the passkeys script sends it: JSON.
fn json_post(client: &reqwest::Client, url: &str, body: &Value) -> reqwest::RequestBuilder {
    client
        .post(url)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(body).unwrap())
}

async fn json_of(response: reqwest::Response) -> Value {
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap_or(Value::Null)
}

async fn post_json(client: &reqwest::Client, url: &str, body: &Value) -> (StatusCode, Value) {
    let response = json_post(client, url, body).send().await.unwrap();
    (response.status(), json_of(response).await)
}

/// Signs up `email` at `base` (the server as `localhost`) and adds a passkey called "Kitchen laptop".
async fn with_passkey(heard: &Running, email: &str) -> (reqwest::Client, SoftPasskey) {
    let base = on_localhost(heard);
    let client = browser();
    let created = post_form(
        &client,
        &format!("{base}/account/new"),
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let (status, options) = post_json(
        &client,
        &format!("{base}/account/passkeys/start"),
        &json!({ "name": "Kitchen laptop" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{options}");
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "required"
    );
    let passkey = SoftPasskey::new(options["publicKey"]["user"]["id"].as_str().unwrap());
    let (status, done) = post_json(
        &client,
        &format!("{base}/account/passkeys/finish"),
        &json!({ "name": "Kitchen laptop", "credential": passkey.register(&options, &base) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["go"], "/account/passkeys");
    (client, passkey)
}

async fn start_sign_in(client: &reqwest::Client, base: &str) -> Value {
    let (status, options) =
        post_json(client, &format!("{base}/sign-in/passkey/start"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    options
}

async fn passkeys_stored(heard: &Running) -> i64 {
    storage::query_scalar("SELECT COUNT(*) FROM passkeys")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_passkey_signs_in_once_for_each_challenge() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let (_, mut passkey) = with_passkey(&heard, "family@example.org").await;

    let phone = browser();
    let options = start_sign_in(&phone, &base).await;
    assert_eq!(options["publicKey"]["rpId"], "localhost");
    let answer = json!({ "credential": passkey.sign_in(&options, &base), "return_to": "/" });
    let finish = format!("{base}/sign-in/passkey/finish");
    let signed_in = json_post(&phone, &finish, &answer).send().await.unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    assert!(
        set_cookies(&signed_in)
            .iter()
            .any(|c| c.starts_with("heard_device=")),
        "the device is remembered, as after a password"
    );
    let go = json_of(signed_in).await;
    assert_eq!(go["go"], "/family", "lands where a password lands");
    let (status, _) = get(&phone, &format!("{base}/family")).await;
    assert_eq!(status, StatusCode::OK, "signed in");
    let used: Option<i64> = storage::query_scalar("SELECT last_used_at FROM passkeys")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert!(used.is_some());

    // The same answer again: the challenge was taken out when it was answered.
    let stranger = browser();
    let (status, body) = post_json(&phone, &finish, &answer).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["problem"], "not-started");
    // Replayed into a new ceremony of another browser: the challenge is not the one it signed.
    start_sign_in(&stranger, &base).await;
    let (status, body) = post_json(&stranger, &finish, &answer).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["problem"], "not-recognised");
    assert!(body["message"].as_str().unwrap().contains("did not know"));
    let (status, _) = get(&stranger, &format!("{base}/family")).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the stranger is not signed in"
    );
}

#[tokio::test]
async fn another_origin_or_another_site_is_refused() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let (family, mut passkey) = with_passkey(&heard, "family@example.org").await;

    // Signed by the real passkey, but for a page of another origin (a phishing copy of the site).
    let phone = browser();
    let options = start_sign_in(&phone, &base).await;
    let answer =
        json!({ "credential": passkey.sign_in(&options, "http://localhost.evil.example") });
    let (status, body) =
        post_json(&phone, &format!("{base}/sign-in/passkey/finish"), &answer).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["problem"], "not-recognised");
    let (status, _) = get(&phone, &format!("{base}/family")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "not signed in");

    // A new passkey made on another origin is not kept.
    let (status, options) = post_json(
        &family,
        &format!("{base}/account/passkeys/start"),
        &json!({ "name": "Tablet" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let tablet = SoftPasskey::new(options["publicKey"]["user"]["id"].as_str().unwrap());
    let (status, body) = post_json(
        &family,
        &format!("{base}/account/passkeys/finish"),
        &json!({ "name": "Tablet", "credential": tablet.register(&options, "http://evil.example") }),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["problem"], "not-recognised");
    assert_eq!(passkeys_stored(&heard).await, 1);

    // Every ceremony post from another site's page is refused before it is read.
    let passkey_id: i64 = storage::query_scalar("SELECT id FROM passkeys")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    for path in [
        "/account/passkeys/start".to_string(),
        "/account/passkeys/finish".to_string(),
        format!("/account/passkeys/{passkey_id}/remove"),
        "/sign-in/passkey/start".to_string(),
        "/sign-in/passkey/finish".to_string(),
    ] {
        let response = json_post(&family, &format!("{base}{path}"), &json!({ "name": "x" }))
            .header("sec-fetch-site", "cross-site")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(passkeys_stored(&heard).await, 1);
}

#[tokio::test]
async fn adding_a_passkey_needs_a_session_and_a_name() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let stranger = browser();
    for path in ["/account/passkeys/start", "/account/passkeys/finish"] {
        let (status, body) = post_json(
            &stranger,
            &format!("{base}{path}"),
            &json!({ "name": "My phone" }),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(body["problem"], "signed-out", "{path}");
    }
    let family = signed_up_at(&base, "family@example.org").await;
    // Finishing what was never started.
    let (status, body) = post_json(
        &family,
        &format!("{base}/account/passkeys/finish"),
        &json!({ "name": "My phone", "credential": {} }),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["problem"], "not-started");
    let (status, body) = post_json(
        &family,
        &format!("{base}/account/passkeys/start"),
        &json!({ "name": "  " }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["problem"], "name-missing");
    // Said in the person's language.
    let (_, body) = post_json(
        &stranger,
        &format!("{base}/sign-in/passkey/finish"),
        &json!({}),
    )
    .await;
    assert_eq!(body["problem"], "not-started");
    assert!(body["message"].as_str().unwrap().contains("try again"));
    let polish = json_post(
        &stranger,
        &format!("{base}/sign-in/passkey/finish"),
        &json!({}),
    )
    .header("cookie", "heard_locale=pl")
    .send()
    .await
    .unwrap();
    let body = json_of(polish).await;
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("Spróbuj jeszcze raz"),
        "{body}"
    );
    assert_eq!(passkeys_stored(&heard).await, 0);
}

async fn signed_up_at(base: &str, email: &str) -> reqwest::Client {
    let client = browser();
    let created = post_form(
        &client,
        &format!("{base}/account/new"),
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    client
}

#[tokio::test]
async fn wrong_passkey_answers_count_in_the_sign_in_limit() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let (_, mut passkey) = with_passkey(&heard, "family@example.org").await;
    let finish = format!("{base}/sign-in/passkey/finish");
    // Five answers for another page's origin, from a browser that never signed in here.
    for _ in 0..heard_server::sign_in_limit::FREE_TRIES {
        let phone = browser();
        let options = start_sign_in(&phone, &base).await;
        let answer = json!({ "credential": passkey.sign_in(&options, "http://evil.example") });
        let (status, _) = post_json(&phone, &finish, &answer).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let failures: i64 =
        storage::query_scalar("SELECT COUNT(*) FROM sign_in_failures WHERE email = $1")
            .bind("family@example.org")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    assert_eq!(failures, heard_server::sign_in_limit::FREE_TRIES);
    // Now even a right answer waits, as a right password would.
    let phone = browser();
    let options = start_sign_in(&phone, &base).await;
    let answer = json!({ "credential": passkey.sign_in(&options, &base) });
    let (status, body) = post_json(&phone, &finish, &answer).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["problem"], "too-many-tries");
}

#[tokio::test]
async fn only_the_owner_sees_and_removes_a_passkey_and_deleting_the_account_deletes_them() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let (family, _) = with_passkey(&heard, "family@example.org").await;
    let id: i64 = storage::query_scalar("SELECT id FROM passkeys")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let (status, page) = get(&family, &format!("{base}/account/passkeys")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Kitchen laptop"));

    // Signed out: to sign in, and nothing removed.
    let stranger = browser();
    let response = visit(&stranger, &format!("{base}/account/passkeys")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in"));
    let response = post_form(
        &stranger,
        &format!("{base}/account/passkeys/{id}/remove"),
        &[("x", "")],
    )
    .await;
    assert!(location(&response).starts_with("/sign-in"));
    // Another account: neither listed nor removed.
    let other = signed_up_at(&base, "other@example.org").await;
    let (_, page) = get(&other, &format!("{base}/account/passkeys?remove={id}")).await;
    assert!(
        !page.contains("Kitchen laptop"),
        "another account's passkey shown"
    );
    let response = post_form(
        &other,
        &format!("{base}/account/passkeys/{id}/remove"),
        &[("x", "")],
    )
    .await;
    assert_eq!(location(&response), "/account/passkeys");
    assert_eq!(passkeys_stored(&heard).await, 1);

    // The owner removes it, after one "are you sure".
    let (_, page) = get(&family, &format!("{base}/account/passkeys?remove={id}")).await;
    assert!(page.contains(&format!("action=\"/account/passkeys/{id}/remove\"")));
    let response = post_form(
        &family,
        &format!("{base}/account/passkeys/{id}/remove"),
        &[("x", "")],
    )
    .await;
    assert_eq!(location(&response), "/account/passkeys");
    assert_eq!(passkeys_stored(&heard).await, 0);

    // Deleting an account deletes its passkeys and its user handle.
    let (other_family, _) = with_passkey(&heard, "parent@example.org").await;
    assert_eq!(passkeys_stored(&heard).await, 1);
    let deleted = post_form(
        &other_family,
        &format!("{base}/account/delete"),
        &[("password", PASSWORD), ("confirm", "yes")],
    )
    .await;
    assert_eq!(location(&deleted), "/account/deleted");
    assert_eq!(passkeys_stored(&heard).await, 0);
    let handles: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM passkey_users u JOIN accounts a ON a.id = u.account_id
         WHERE a.email = $1",
    )
    .bind("parent@example.org")
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(handles, 0);
    let orphans: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM passkey_users WHERE account_id NOT IN (SELECT id FROM accounts)",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(orphans, 0);
}

#[tokio::test]
async fn behind_a_public_url_the_site_is_that_url_whatever_the_host_header_says() {
    let heard = start_with(Some("https://heard.example")).await;
    let client = browser();
    for host in ["heard.example", "evil.example", "localhost"] {
        let response = json_post(
            &client,
            &format!("{}/sign-in/passkey/start", heard.base),
            &json!({}),
        )
        .header("host", host)
        .send()
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{host}");
        let options = json_of(response).await;
        assert_eq!(options["publicKey"]["rpId"], "heard.example", "{host}");
    }
}

#[tokio::test]
async fn passkeys_no_account_has_slow_down_the_address_they_come_from() {
    let heard = start().await;
    let base = on_localhost(&heard);
    let finish = format!("{base}/sign-in/passkey/finish");
    // A passkey made for no account here, tried again and again from this address.
    let mut unknown = SoftPasskey::new(&B64.encode([7u8; 16]));
    for _ in 0..heard_server::sign_in_limit::FREE_TRIES {
        let bot = browser();
        let options = start_sign_in(&bot, &base).await;
        let answer = json!({ "credential": unknown.sign_in(&options, &base) });
        let (status, body) = post_json(&bot, &finish, &answer).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["problem"], "not-recognised");
    }
    let bot = browser();
    let options = start_sign_in(&bot, &base).await;
    let answer = json!({ "credential": unknown.sign_in(&options, &base) });
    let (status, body) = post_json(&bot, &finish, &answer).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let counted: i64 = storage::query_scalar(
        "SELECT COUNT(*) FROM sign_in_failures WHERE email = $1 AND address = $2",
    )
    .bind("(unknown passkey from 127.0.0.1)")
    .bind("127.0.0.1")
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(counted, heard_server::sign_in_limit::FREE_TRIES);
}
