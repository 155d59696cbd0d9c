//! How big a posted form may be, through the real server: a review point in Urdu with every box at its
//! limit saves whole (it was once read as an empty form and answered "Enter a date"), and a body far
//! too long gets a page in the person's language saying so, never the form emptied.

use crate::common::*;
use heard_server::storage;

use heard_app::clock::today;
use heard_app::locale::Locale;
use heard_app::record::goal::{GoalTheme, GoalWords};
use heard_app::record::review::COMMENT_MAX_CHARS;
use heard_app::record::{AreaOfNeed, SchoolYear, Term};
use heard_app::scope::Viewer;
use heard_app::services::FamilyRecords;
use heard_server::record::RecordStore;
use heard_server::web::body_limits::{FORM_LIMIT_BYTES, REVIEW_GOALS_SIZED_FOR};
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_TYPE};
use reqwest::StatusCode;

struct Family {
    client: reqwest::Client,
    viewer: Viewer,
    child: i64,
}

async fn family_with_a_child(heard: &Running, email: &str) -> Family {
    let client = signed_up(heard, email).await;
    let child = add_child(
        heard,
        &client,
        &[
            ("called-name", "Zara"),
            ("date-of-birth-day", "14"),
            ("date-of-birth-month", "3"),
            ("date-of-birth-year", "2015"),
            ("support-status", "sen-support"),
        ],
    )
    .await;
    let account_id = account_id(&heard.pool, email).await;
    Family {
        client,
        viewer: Viewer {
            account_id,
            email: email.to_string(),
        },
        child,
    }
}

async fn add_goals(heard: &Running, family: &Family, how_many: usize) -> Vec<i64> {
    let records = RecordStore::new(heard.pool.clone());
    let mut ids = Vec::new();
    for n in 0..how_many {
        let words = GoalWords {
            outcome: format!("زارا ہدف نمبر {n} پورا کرے گی"),
            theme: GoalTheme::Need(AreaOfNeed::ALL[0]),
            support: String::new(),
            measure: String::new(),
            by_when: None,
        };
        ids.push(
            records
                .add_goal(&family.viewer, family.child, &words)
                .await
                .unwrap(),
        );
    }
    ids
}

/// This school year's autumn review point (made when the reviews page is first seen).
async fn autumn_review(heard: &Running, family: &Family) -> i64 {
    get(
        &family.client,
        &format!("{}/children/{}/reviews", heard.base, family.child),
    )
    .await;
    storage::query_scalar("SELECT id FROM review_points WHERE child_id = $1 AND term = $2")
        .bind(family.child)
        .bind(Term::Autumn.code())
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// A box full to its limit, different for each box: the family's in Urdu (letters 2 bytes each in
/// UTF-8, the zero-width non-joiner Urdu writing uses 3, an emoji 4); the young person's in emoji,
/// the widest characters there are (12 bytes each once encoded).
fn full_box(n: usize, young_person: bool) -> String {
    let words = if young_person {
        "😊👍🏫🎨"
    } else {
        "ہمیں خوشی ہے کہ زارا اب\u{200C}اسکول میں دوستوں کے ساتھ کھیلتی ہے 😊 "
    };
    let mut text: String = format!("خانہ {n}: ")
        .chars()
        .chain(words.chars().cycle())
        .take(COMMENT_MAX_CHARS)
        .collect();
    // The form trims; the last character must not be a space, or the saved text is one shorter.
    text.pop();
    text.push('۔');
    assert_eq!(text.chars().count(), COMMENT_MAX_CHARS);
    text
}

fn html_text(html: &str) -> String {
    html.replace("&#x27;", "'").replace("&amp;", "&")
}

#[tokio::test]
async fn an_urdu_review_point_with_every_box_at_its_limit_saves_whole() {
    let heard = start().await;
    let family = family_with_a_child(&heard, "amina@example.org").await;
    let goals = add_goals(&heard, &family, REVIEW_GOALS_SIZED_FOR).await;
    let review = autumn_review(&heard, &family).await;
    let url = format!("{}/children/{}/reviews/{review}", heard.base, family.child);

    let held_on = Term::Autumn.default_review_date(SchoolYear::containing(today()));
    let mut fields = vec![
        ("based-on-version".to_string(), "1".to_string()),
        ("held-on-day".to_string(), held_on.day().to_string()),
        (
            "held-on-month".to_string(),
            u8::from(held_on.month()).to_string(),
        ),
        ("held-on-year".to_string(), held_on.year().to_string()),
    ];
    let mut boxes = Vec::new();
    for name in ["what-is-working", "what-is-not-working"] {
        boxes.push((name.to_string(), full_box(boxes.len(), false)));
    }
    for goal in &goals {
        fields.push((format!("rating-{goal}"), "getting-there".to_string()));
        boxes.push((
            format!("family-comment-{goal}"),
            full_box(boxes.len(), false),
        ));
        boxes.push((
            format!("young-person-comment-{goal}"),
            full_box(boxes.len(), true),
        ));
    }
    fields.extend(boxes.iter().cloned());
    let encoded = serde_urlencoded::to_string(&fields).unwrap().len();
    assert!(
        encoded > 10 * 64 * 1024 && encoded <= FORM_LIMIT_BYTES,
        "{encoded} bytes: ten times the old limit, within the new"
    );

    let saved = post_form(&family.client, &url, &fields).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "saved, not refused");
    assert_eq!(
        location(&saved),
        format!("/children/{}/reviews", family.child)
    );

    let (status, page) = get(&family.client, &url).await;
    assert_eq!(status, StatusCode::OK);
    let page = html_text(&page);
    for (name, text) in &boxes {
        assert!(page.contains(text.as_str()), "{name} came back whole");
    }
}

#[tokio::test]
async fn a_form_too_long_to_save_gets_a_page_saying_so_in_the_persons_language() {
    let heard = start().await;
    let family = family_with_a_child(&heard, "amina@example.org").await;
    let review = autumn_review(&heard, &family).await;
    let url = format!("{}/children/{}/reviews/{review}", heard.base, family.child);
    let urdu = heard_app::i18n::loader(Locale::Urdu);

    // Just over the limit, and absurdly over it (5 MB).
    for size in [FORM_LIMIT_BYTES + 1, 5 * 1024 * 1024] {
        let prefix =
            "based-on-version=1&held-on-day=1&held-on-month=10&held-on-year=2025&what-is-working=";
        let body = format!("{prefix}{}", "a".repeat(size - prefix.len()));
        assert_eq!(body.len(), size);
        let refused = family
            .client
            .post(&url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT_LANGUAGE, "ur")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::PAYLOAD_TOO_LARGE, "{size}");
        assert!(refused.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        let page = html_text(&refused.text().await.unwrap());
        assert!(page.contains("lang=\"ur\" dir=\"rtl\""), "{page}");
        for message in [
            "error-too-long-title",
            "error-too-long-body",
            "error-too-long-back",
        ] {
            assert!(page.contains(&urdu.get(message)), "{message}: {page}");
        }
        assert!(
            !page.contains("<form"),
            "never the form again, empty: {page}"
        );
        assert!(!page.to_lowercase().contains("error:"), "{page}");
    }

    let version: i64 = storage::query_scalar("SELECT version FROM review_points WHERE id = $1")
        .bind(review)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(version, 1, "nothing was saved");
    let (status, _) = get(&family.client, &url).await;
    assert_eq!(status, StatusCode::OK, "and the server carries on");
}
