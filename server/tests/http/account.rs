//! The account page: a person sees their own name and email, gives or changes their name, and the
//! people they share with see that name (as text, however it is written).

use crate::common::*;
use heard_server::storage;
use reqwest::StatusCode;

#[tokio::test]
async fn signed_out_the_account_pages_ask_to_sign_in_first() {
    let heard = start().await;
    let client = browser();
    for path in ["/account", "/account/name"] {
        let response = visit(&client, &format!("{}{path}", heard.base)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(
            location(&response).starts_with("/sign-in?return_to="),
            "{path}: {}",
            location(&response)
        );
    }
    // A name posted signed out is kept until they sign in; nothing is saved.
    let posted = post_form(
        &client,
        &format!("{}/account/name", heard.base),
        &[("name", "Sam")],
    )
    .await;
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    assert!(
        location(&posted).starts_with("/sign-in"),
        "{}",
        location(&posted)
    );
}

#[tokio::test]
async fn a_parent_gives_their_name_and_their_advocate_sees_it_as_text() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "sam@example.org").await;

    let (status, page) = get(&family, &format!("{}/account", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("sam@example.org"), "the email is shown");
    assert!(page.contains("Not given yet"), "no name yet");
    assert!(
        page.contains(r#"href="/account/name""#),
        "a link to give a name"
    );
    assert!(
        page.contains(r#"href="/account""#),
        "the header links to the account page"
    );

    // A name that would be markup if it were not text.
    let name = "Sam <b>Okafor</b> & \"co\"";
    let saved = post_form(
        &family,
        &format!("{}/account/name", heard.base),
        &[("name", name)],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&saved), "/account?saved=name");
    let (_, page) = get(&family, &format!("{}/account?saved=name", heard.base)).await;
    assert!(page.contains("Your name is saved."));
    assert!(
        page.contains("Sam &lt;b&gt;Okafor&lt;/b&gt; &amp; \"co\""),
        "the name is shown as text: {}",
        &page[page.find("Okafor").map(|i| i - 40).unwrap_or(0)..][..120]
    );
    assert!(!page.contains("<b>Okafor</b>"));
    let (_, form) = get(&family, &format!("{}/account/name", heard.base)).await;
    assert!(
        form.contains(r#"value="Sam &lt;b&gt;Okafor&lt;/b&gt; &amp; &quot;co&quot;""#),
        "the form holds the saved name, as text: {}",
        &form[form.find("id=\"name\"").unwrap_or(0)..][..300.min(form.len())]
    );

    // An advocate the family invites sees the name the parent gave.
    let sent = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "advocate"),
            ("parts", "goals"),
            ("may-change", "no"),
        ],
    )
    .await;
    let id: i64 = location(&sent).rsplit('/').next().unwrap().parse().unwrap();
    let token: String = storage::query_scalar("SELECT token FROM invitations WHERE id = $1")
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let advocate = signed_up(&heard, "advocate@example.org").await;
    assert_eq!(
        say_yes(&heard, &advocate, &token, "Jo").await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, page) = get(&advocate, &format!("{}/advocate", heard.base)).await;
    assert!(
        page.contains("Okafor"),
        "the advocate sees the parent's name"
    );
    assert!(!page.contains("<b>Okafor</b>"));
    assert!(!page.contains("sam@example.org"), "not the parent's email");
}

#[tokio::test]
async fn a_name_with_a_hidden_character_comes_back_with_a_message_and_what_was_typed() {
    let heard = start().await;
    let client = signed_up(&heard, "sam@example.org").await;
    let typed = "Sam\u{202E}kafO";
    let refused = post_form(
        &client,
        &format!("{}/account/name", heard.base),
        &[("name", typed)],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("id=\"name-error\""),
        "the message is beside the field"
    );
    assert!(page.contains("kafO"), "what was typed is still there");
    let name: String = storage::query_scalar("SELECT name FROM accounts WHERE email = $1")
        .bind("sam@example.org")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(name, "", "nothing saved");

    let too_long = "a".repeat(81);
    let refused = post_form(
        &client,
        &format!("{}/account/name", heard.base),
        &[("name", too_long.as_str())],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
