//! What every record form shares, over HTTP against the real server: text typed while the session ran
//! out comes back after signing in, and a saved form tells the browser to forget its draft.

use crate::common::*;

use reqwest::StatusCode;

#[tokio::test]
async fn a_form_sent_after_the_session_ran_out_comes_back_filled_in_after_signing_in() {
    let heard = start().await;
    let base = heard.base.clone();
    signed_up(&heard, "parent@example.org").await;

    // A browser with no session (it ran out) posts the form.
    let client = browser();
    let posted = client
        .post(format!("{base}/children/new"))
        .form(CHILD)
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&posted), "/sign-in?return_to=/children/new");

    let signed_in = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("email", "parent@example.org"),
            ("password", PASSWORD),
            ("return_to", "/children/new"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&signed_in), "/children/new");

    let (_, form) = get(&client, &format!("{base}/children/new")).await;
    assert!(form.contains(r#"value="Priya""#), "the name typed is back");
    assert!(
        form.contains(r#"value="Elm Tree Juniors""#),
        "the school typed is back"
    );
    // Handed back once: a second visit is a fresh form.
    let (_, again) = get(&client, &format!("{base}/children/new")).await;
    assert!(!again.contains(r#"value="Priya""#));
}

#[tokio::test]
async fn a_saved_form_clears_its_drafts_and_tells_the_browser() {
    let heard = start().await;
    let base = heard.base.clone();
    let client = signed_up(&heard, "carer@example.org").await;
    let mut fields = CHILD.to_vec();
    fields.push(("kept-places", "child/new/notes"));
    fields.push(("kept-places", "bad place!"));
    let saved = client
        .post(format!("{base}/children/new"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    // Saving an edit goes through the answer every record form shares.
    let child = location(&saved);
    let edit = client
        .post(format!("{base}{child}/edit"))
        .form(&[fields.as_slice(), &[("based-on-version", "1")]].concat())
        .send()
        .await
        .unwrap();
    assert_eq!(edit.status(), StatusCode::SEE_OTHER);
    let cookie = set_cookies(&edit)
        .into_iter()
        .find(|c| c.starts_with("heard_saved="))
        .expect("the saved-places cookie");
    assert!(
        cookie.starts_with("heard_saved=child/new/notes;"),
        "only valid places: {cookie}"
    );
    assert!(!cookie.contains("HttpOnly"), "the island reads it");
}

#[tokio::test]
async fn a_second_change_to_a_childs_details_is_told_and_sees_what_is_saved() {
    let heard = start().await;
    let base = heard.base.clone();
    let client = signed_up(&heard, "mum@example.org").await;
    let added = client
        .post(format!("{base}/children/new"))
        .form(CHILD)
        .send()
        .await
        .unwrap();
    let edit = format!("{base}{}/edit", location(&added));
    let renamed = |name: &'static str| {
        let mut fields = CHILD.to_vec();
        fields[0] = ("called-name", name);
        fields.push(("based-on-version", "1"));
        fields
    };
    let first = client
        .post(&edit)
        .form(&renamed("Pri"))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let second = client
        .post(&edit)
        .form(&renamed("Priya K"))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), StatusCode::CONFLICT);
    let page = second.text().await.unwrap();
    assert!(
        page.contains(r#"value="Priya K""#),
        "what they typed is kept"
    );
    let saved_panel = &page[page
        .find(r#"id="changed-meanwhile""#)
        .expect("the conflict panel")..];
    assert!(
        saved_panel.contains(">Pri<"),
        "and what is saved now is shown"
    );
    assert!(page.contains(r#"name="based-on-version" value="2""#));
}
