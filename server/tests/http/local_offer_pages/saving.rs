//! Saving a service to a child's record: signing in first, the note kept, only one's own children,
//! removing, and services the council stops listing.

use super::*;

#[tokio::test]
async fn saving_needs_signing_in_and_keeps_the_note() {
    let heard = start_with_services().await;
    let (client, child) = family_with_child(&heard, "saver@example.org", "Amira").await;
    let stranger = browser();
    let note = "We rang on 3 March. They will call back.";
    let signed_out = post_form(
        &stranger,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[("child", child.to_string().as_str()), ("note", note)],
    )
    .await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    assert!(location(&signed_out).starts_with("/sign-in?return_to="));
    assert_eq!(saved_count(&heard).await, 0);

    // Signed in, the service page has the form; the child is already chosen (the only one).
    let (_, body) = page(
        &client,
        &format!("{}/local-offer/services/lo-salt", heard.base),
    )
    .await;
    assert!(
        body.contains("action=\"/local-offer/services/lo-salt/save\""),
        "{body}"
    );
    assert!(
        body.contains(&format!("<option value=\"{child}\" selected")),
        "{body}"
    );

    // Problems: no child, a note too long. Everything typed comes back.
    let long = "x".repeat(2001);
    let refused = post_form(
        &client,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[("child", ""), ("note", long.as_str())],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = plain(&refused.text().await.unwrap());
    assert!(
        body.contains("href=\"#child\"") && body.contains("href=\"#note\""),
        "{body}"
    );
    assert!(body.contains(&long), "the note is kept");
    assert_eq!(saved_count(&heard).await, 0);

    let saved = post_form(
        &client,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[("child", child.to_string().as_str()), ("note", note)],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("/children/{child}#saved-services")
    );
    let (_, overview) = page(&client, &format!("{}/children/{child}", heard.base)).await;
    assert!(overview.contains("id=\"saved-services\""), "{overview}");
    assert!(overview.contains("Little Voices Speech and Language Therapy"));
    assert!(overview.contains(note));
    assert!(overview.contains("Saved on"));
    assert!(overview.contains("href=\"/local-offer/services/lo-salt\""));
    assert!(!overview.contains("No longer listed"));

    // Saving again changes the note, not the number saved.
    let again = post_form(
        &client,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[
            ("child", child.to_string().as_str()),
            ("note", "They called back."),
        ],
    )
    .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(saved_count(&heard).await, 1);
}

#[tokio::test]
async fn another_familys_child_is_never_saved_to() {
    let heard = start_with_services().await;
    let (_, their_child) = family_with_child(&heard, "first@example.org", "Amira").await;
    let (other, _) = family_with_child(&heard, "second@example.org", "Zain").await;
    let refused = post_form(
        &other,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[
            ("child", their_child.to_string().as_str()),
            ("note", "sneaky"),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let body = plain(&refused.text().await.unwrap());
    assert!(!body.contains("Amira"), "{body}");
    assert_eq!(saved_count(&heard).await, 0);
    // Nor removed from, nor read.
    let forget = post_form(
        &other,
        &format!(
            "{}/children/{their_child}/saved-services/1/forget",
            heard.base
        ),
        &[("x", "")],
    )
    .await;
    assert_eq!(forget.status(), StatusCode::NOT_FOUND);
    // A child id in a search that is not theirs is ignored: no age is searched for.
    let (status, body) = page(
        &other,
        &format!("{}/local-offer?child={their_child}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body.contains("for age"), "{body}");
    // An unknown service cannot be saved to their own child either.
    let (mine, my_child) = family_with_child(&heard, "third@example.org", "Ola").await;
    let unknown = post_form(
        &mine,
        &format!("{}/local-offer/services/no-such/save", heard.base),
        &[("child", my_child.to_string().as_str()), ("note", "")],
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(saved_count(&heard).await, 0);
}

#[tokio::test]
async fn saved_services_can_be_removed_and_stay_when_the_council_stops_listing_them() {
    let heard = start_with_services().await;
    let (client, child) = family_with_child(&heard, "keeper@example.org", "Amira").await;
    for service in ["lo-old", "lo%2Fsplash%201"] {
        let saved = post_form(
            &client,
            &format!("{}/local-offer/services/{service}/save", heard.base),
            &[("child", child.to_string().as_str()), ("note", "")],
        )
        .await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{service}");
    }
    // The council's next feed no longer carries the playgroup.
    import(
        &heard,
        services()
            .into_iter()
            .filter(|s| s.id != "lo-old")
            .collect(),
    )
    .await;
    let (_, overview) = page(&client, &format!("{}/children/{child}", heard.base)).await;
    assert!(overview.contains("Old Mill Playgroup"), "{overview}");
    assert!(
        overview.contains("No longer listed by the council"),
        "{overview}"
    );
    assert!(overview.contains("href=\"/local-offer/services/lo%2Fsplash%201\""));
    let (status, body) = page(
        &client,
        &format!("{}/local-offer/services/lo-old", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "a saved service still opens");
    assert!(
        body.contains("The council no longer lists this service"),
        "{body}"
    );
    let (_, search) = page(&client, &format!("{}/local-offer", heard.base)).await;
    assert!(
        !results(&search).contains("Old Mill Playgroup"),
        "not in the search"
    );

    // Remove one: the form on the overview.
    let forget_path = overview
        .split("action=\"")
        .filter_map(|part| part.split('"').next())
        .find(|action| action.ends_with("/forget"))
        .unwrap()
        .to_string();
    let forgot = post_form(
        &client,
        &format!("{}{forget_path}", heard.base),
        &[("x", "")],
    )
    .await;
    assert_eq!(forgot.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&forgot),
        format!("/children/{child}#saved-services")
    );
    assert_eq!(saved_count(&heard).await, 1);

    let stranger = browser();
    let signed_out = post_form(
        &stranger,
        &format!("{}{forget_path}", heard.base),
        &[("x", "")],
    )
    .await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    assert!(location(&signed_out).starts_with("/sign-in"));
    assert_eq!(saved_count(&heard).await, 1);
}

#[tokio::test]
async fn with_nothing_saved_the_overview_points_to_the_local_offer() {
    let heard = start_with_services().await;
    let (client, child) = family_with_child(&heard, "empty@example.org", "Amira").await;
    let (_, overview) = page(&client, &format!("{}/children/{child}", heard.base)).await;
    assert!(
        overview.contains("You have not saved any services for Amira yet."),
        "{overview}"
    );
    assert!(overview.contains("Find services in the Local Offer"));
}

#[tokio::test]
async fn a_note_typed_after_the_session_ran_out_comes_back_after_signing_in() {
    let heard = start_with_services().await;
    let (client, child) = family_with_child(&heard, "late@example.org", "Amira").await;
    let out = post_form(&client, &format!("{}/sign-out", heard.base), &[("x", "")]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let note = "Ring them back on Monday";
    let kept = post_form(
        &client,
        &format!("{}/local-offer/services/lo-salt/save", heard.base),
        &[("child", child.to_string().as_str()), ("note", note)],
    )
    .await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    let sign_in = location(&kept);
    let return_to = sign_in
        .split("return_to=")
        .nth(1)
        .unwrap()
        .replace("%2F", "/");
    assert_eq!(return_to, "/local-offer/services/lo-salt/save");
    let signed_in = post_form(
        &client,
        &format!("{}/sign-in", heard.base),
        &[
            ("email", "late@example.org"),
            ("password", PASSWORD),
            ("return_to", return_to.as_str()),
        ],
    )
    .await;
    assert_eq!(location(&signed_in), return_to);
    let (status, body) = page(&client, &format!("{}{return_to}", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(note), "the note is back in the form: {body}");
    assert_eq!(
        saved_count(&heard).await,
        0,
        "nothing saved until they press save"
    );
}
