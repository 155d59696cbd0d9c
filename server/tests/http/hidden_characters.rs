//! Every form a person can type into refuses text with a hidden character in it (a NUL, another
//! control code, or in a name a change of direction), over HTTP against the real server with
//! JavaScript off: the same page comes back (422) with a plain message beside the field, everything
//! typed is still in the form, and nothing was stored.

use crate::common::*;
use heard_server::storage;

use heard_server::local_offer::{import, oruk, synthetic};
use reqwest::StatusCode;

/// Everything people type that is kept, one query per table, the same on SQLite and PostgreSQL.
const EVERYTHING_TYPED: &[&str] = &[
    "SELECT email || '|' || name FROM accounts ORDER BY id",
    "SELECT called_name || '|' || setting || '|' || CAST(version AS TEXT) FROM children ORDER BY id",
    "SELECT body FROM about_me_versions ORDER BY entry_id, version",
    "SELECT outcome || '|' || support || '|' || measure || '|' || CAST(version AS TEXT) FROM goals ORDER BY id",
    "SELECT what_is_working || '|' || what_is_not_working || '|' || questions || '|' || CAST(version AS TEXT)
       FROM review_points ORDER BY id",
    "SELECT family_comment || '|' || young_person_comment FROM goal_ratings ORDER BY review_point_id, goal_id",
    "SELECT for_name FROM invitations ORDER BY id",
    "SELECT note FROM saved_services ORDER BY id",
    "SELECT CAST(COUNT(*) AS TEXT) FROM shares",
    "SELECT CAST(COUNT(*) AS TEXT) FROM family_members",
];

/// Everything people type that is kept, in one string: it must not change when a form is refused.
async fn everything_typed(heard: &Running) -> String {
    let mut all = Vec::new();
    for sql in EVERYTHING_TYPED {
        let rows: Vec<String> = storage::query_scalar(sql)
            .fetch_all(&heard.pool)
            .await
            .unwrap();
        all.push(rows.join(" ¦ "));
    }
    all.join(" ‖ ")
}

async fn scalar(heard: &Running, sql: &str) -> i64 {
    storage::query_scalar(sql)
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// Posts a form whose field `field` holds a hidden character, and says what (if anything) was
/// wrong with the answer: it should be the same page (422) with `message` beside the field, what
/// was typed kept, and nothing stored.
async fn refused(
    heard: &Running,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    field: &str,
    message: &str,
) -> Option<String> {
    let before = everything_typed(heard).await;
    let response = post_form(client, &format!("{}{path}", heard.base), fields).await;
    let status = response.status();
    let page = response.text().await.unwrap();
    let typed = fields.iter().find(|(n, _)| *n == field).unwrap().1;
    let beside = page
        .find(&format!("id=\"{field}-error\""))
        .map(|at| &page[at..at + page[at..].find("</p>").unwrap_or(0)]);
    let mut wrong = Vec::new();
    if status != StatusCode::UNPROCESSABLE_ENTITY {
        wrong.push(format!("answered {status}"));
    }
    if !beside.is_some_and(|beside| beside.contains(message)) {
        wrong.push(format!("no {message:?} beside the field"));
    }
    if !page.contains(typed) {
        wrong.push("what was typed is not kept".to_string());
    }
    if everything_typed(heard).await != before {
        wrong.push("something was stored".to_string());
    }
    (!wrong.is_empty()).then(|| format!("POST {path} ({field}): {}", wrong.join("; ")))
}

fn child_fields<'a>(name: &'a str, setting: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("called-name", name),
        ("date-of-birth-day", "12"),
        ("date-of-birth-month", "3"),
        ("date-of-birth-year", "2013"),
        ("setting", setting),
        ("support-status", "ehc-plan"),
    ]
}

fn goal_fields<'a>(outcome: &'a str, support: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("outcome", outcome),
        ("theme", "need:communication"),
        ("support", support),
    ]
}

fn invite(for_name: &str) -> Vec<(&str, &str)> {
    vec![
        ("role", "advocate"),
        ("for-name", for_name),
        ("parts", "goals"),
        ("may-change", "no"),
    ]
}

#[tokio::test]
async fn every_form_refuses_a_hidden_character_and_keeps_what_was_typed() {
    let heard = start().await;
    let feed = oruk::read_json(&serde_json::to_vec(&synthetic::feed(3, 1)).unwrap()).unwrap();
    import::store(&heard.pool, "test feed", feed).await.unwrap();
    let after_am = "There is a hidden character just after “Am”.";
    let mut wrong = Vec::new();

    // Making an account: the email address is shown to others as a name when there is none.
    let stranger = browser();
    wrong.extend(
        refused(
            &heard,
            &stranger,
            "/account/new",
            &[("email", "am\0y@example.org"), ("password", PASSWORD)],
            "email",
            "There is a hidden character just after “am”.",
        )
        .await,
    );

    let family = signed_up(&heard, "family@example.org").await;
    wrong.extend(
        refused(
            &heard,
            &family,
            "/children/new",
            &child_fields("Am\0ira", ""),
            "called-name",
            after_am,
        )
        .await,
    );
    // A school's name may not turn round the words around it.
    wrong.extend(
        refused(
            &heard,
            &family,
            "/children/new",
            &child_fields("Amira", "Elm Tree \u{202E}loohcS"),
            "setting",
            "There is a hidden character just after “Elm Tree”.",
        )
        .await,
    );
    let added = post_form(
        &family,
        &format!("{}/children/new", heard.base),
        &child_fields("Amira", "Elm Tree School"),
    )
    .await;
    let child = location(&added);
    let version = scalar(&heard, "SELECT version FROM children")
        .await
        .to_string();
    let mut edit = child_fields("Am\u{1}ira", "");
    edit.push(("based-on-version", &version));
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/edit"),
            &edit,
            "called-name",
            after_am,
        )
        .await,
    );

    // All about me: a new entry, and a change to one.
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/about-me/new"),
            &[
                ("part", "important-to-me"),
                ("text", "Am\0 I heard?"),
                ("author", "parent-or-carer"),
            ],
            "text",
            after_am,
        )
        .await,
    );
    let saved = add_to_about_me(&heard, &family, &child, "Trains").await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let entry = scalar(&heard, "SELECT id FROM about_me_entries").await;
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/about-me/{entry}"),
            &[
                // A C1 control (next line) in the middle of writing.
                ("text", "Am\u{85}azing trains"),
                ("author", "parent-or-carer"),
                ("based-on-version", "1"),
            ],
            "text",
            after_am,
        )
        .await,
    );

    // Goals: a new one, and a change to one.
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/goals/new"),
            &goal_fields("Am\0ira says hello", ""),
            "outcome",
            after_am,
        )
        .await,
    );
    let saved = post_form(
        &family,
        &format!("{}{child}/goals/new", heard.base),
        &goal_fields("Amira says hello", ""),
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "a goal is saved");
    let goal = scalar(&heard, "SELECT id FROM goals").await;
    let mut change = goal_fields("Amira says hello", "Am\u{7}ira's TA");
    change.push(("based-on-version", "1"));
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/goals/{goal}"),
            &change,
            "support",
            after_am,
        )
        .await,
    );

    // A review point, and the questions for the next one.
    let (status, _) = get(&family, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let point = scalar(&heard, "SELECT MIN(id) FROM review_points").await;
    let held_on: String = storage::query_scalar("SELECT held_on FROM review_points WHERE id = $1")
        .bind(point)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let mut held_on = held_on.split('-').map(|part| part.trim_start_matches('0'));
    let (year, month, day) = (
        held_on.next().unwrap().to_string(),
        held_on.next().unwrap().to_string(),
        held_on.next().unwrap().to_string(),
    );
    let point_version = scalar(
        &heard,
        &format!("SELECT version FROM review_points WHERE id = {point}"),
    )
    .await
    .to_string();
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/reviews/{point}"),
            &[
                ("based-on-version", point_version.as_str()),
                ("held-on-day", &day),
                ("held-on-month", &month),
                ("held-on-year", &year),
                ("what-is-working", "Am\0ira reads more"),
                ("what-is-not-working", ""),
            ],
            "what-is-working",
            after_am,
        )
        .await,
    );
    let point_text = point.to_string();
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/prepare"),
            &[
                ("review-point", point_text.as_str()),
                ("based-on-version", point_version.as_str()),
                ("questions", "Am\0 I invited?"),
            ],
            "questions",
            after_am,
        )
        .await,
    );

    // Inviting someone: who it is for is a name, so a change of direction is refused too.
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/people/invite"),
            &invite("Am\0y from SENDIASS"),
            "for-name",
            after_am,
        )
        .await,
    );
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("{child}/people/invite"),
            &invite("Am\u{2067}y"),
            "for-name",
            after_am,
        )
        .await,
    );
    let invited = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &invite("Amy"),
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let token: String = storage::query_scalar("SELECT token FROM invitations")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let amy = signed_up(&heard, "amy@example.org").await;
    wrong.extend(
        refused(
            &heard,
            &amy,
            &format!("/invitations/{token}"),
            &[("name", "Am\u{202E}y")],
            "name",
            after_am,
        )
        .await,
    );

    // A note on a service saved to the child's record.
    let service: String = storage::query_scalar("SELECT id FROM services ORDER BY id LIMIT 1")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let child_id = child.trim_start_matches("/children/").to_string();
    wrong.extend(
        refused(
            &heard,
            &family,
            &format!("/local-offer/services/{service}/save"),
            &[("child", child_id.as_str()), ("note", "Am\0 I eligible?")],
            "note",
            after_am,
        )
        .await,
    );

    assert!(
        wrong.is_empty(),
        "forms that let hidden characters through:\n{}",
        wrong.join("\n")
    );
    // Nothing with a control code in it reached the database.
    let everything = everything_typed(&heard).await;
    assert!(
        !everything.chars().any(|c| c.is_control()),
        "{everything:?}"
    );
}

#[tokio::test]
async fn line_breaks_are_kept_as_newlines() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    // Browsers send a text box's line breaks as CRLF.
    let saved = add_to_about_me(&heard, &family, &child, "Trains\r\nBuses\r\n\tand trams").await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let body: String = storage::query_scalar("SELECT body FROM about_me_versions")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(body, "Trains\nBuses\n\tand trams");
}
