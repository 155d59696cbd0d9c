//! Review points and progress, through the real server with JavaScript off: the list makes this
//! school year's three review points, a review point is recorded and read back, the progress page
//! shows each goal's ratings, and nobody reaches another family's or another child's review points.

use crate::common::*;
use heard_server::storage;

use heard_app::clock::today;
use heard_app::record::goal::{GoalTheme, GoalWords};
use heard_app::record::{AreaOfNeed, SchoolYear, Term};
use heard_app::scope::Viewer;
use heard_app::services::FamilyRecords;
use heard_server::record::RecordStore;
use reqwest::StatusCode;

/// A family member, signed in, with their account id for adding goals through the records service.
struct Person {
    client: reqwest::Client,
    viewer: Viewer,
}

async fn sign_up(heard: &Running, email: &str) -> Person {
    let client = signed_up(heard, email).await;
    let account_id = account_id(&heard.pool, email).await;
    Person {
        client,
        viewer: Viewer {
            account_id,
            email: email.to_string(),
        },
    }
}

/// The add-a-child form for a child called `name`, born 14 March 2015, on SEN support.
fn child_form(name: &str) -> [(&str, &str); 5] {
    [
        ("called-name", name),
        ("date-of-birth-day", "14"),
        ("date-of-birth-month", "3"),
        ("date-of-birth-year", "2015"),
        ("support-status", "sen-support"),
    ]
}

async fn add_goal(heard: &Running, person: &Person, child_id: i64, outcome: &str) -> i64 {
    RecordStore::new(heard.pool.clone())
        .add_goal(
            &person.viewer,
            child_id,
            &GoalWords {
                outcome: outcome.to_string(),
                theme: GoalTheme::Need(AreaOfNeed::ALL[0]),
                support: String::new(),
                measure: String::new(),
                by_when: None,
            },
        )
        .await
        .unwrap()
}

/// Status and HTML, without the Unicode isolation marks Fluent puts around inserted words.
async fn post(
    client: &reqwest::Client,
    url: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    post_form(client, url, fields).await
}

fn clean(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

/// The text of a piece of HTML: tags dropped, spaces (and no-break spaces) collapsed.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&nbsp;", " ")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of each table row on the page.
fn table_rows(html: &str) -> Vec<String> {
    html.split("<tr")
        .skip(1)
        .filter_map(|rest| rest.split_once("</tr>").map(|(row, _)| row))
        .map(|row| text_of(&format!("<tr{row}")))
        .collect()
}

/// Whether the input with this id is checked.
fn is_checked(html: &str, id: &str) -> bool {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no input {id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    html[start..end].contains(" checked")
}

/// The value of the form's hidden based-on-version.
fn version_in(html: &str) -> String {
    let at = html.find("name=\"based-on-version\"").expect("a version");
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    let tag = &html[start..end];
    let value = tag.split("value=\"").nth(1).unwrap();
    value[..value.find('"').unwrap()].to_string()
}

async fn point_id(heard: &Running, child_id: i64, term: Term) -> i64 {
    storage::query_scalar("SELECT id FROM review_points WHERE child_id = $1 AND term = $2")
        .bind(child_id)
        .bind(term.code())
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

async fn count(heard: &Running, sql: &str, id: i64) -> i64 {
    storage::query_scalar(sql)
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// The review point has no ratings and is still at its first version.
async fn assert_nothing_saved_at(heard: &Running, point: i64) {
    let ratings = "SELECT COUNT(*) FROM goal_ratings WHERE review_point_id = $1";
    assert_eq!(count(heard, ratings, point).await, 0, "nothing saved");
    let version = "SELECT version FROM review_points WHERE id = $1";
    assert_eq!(count(heard, version, point).await, 1);
}

/// What the family wrote about a goal at a review point, as stored.
async fn family_comment(heard: &Running, point: i64, goal: i64) -> String {
    storage::query_scalar(
        "SELECT family_comment FROM goal_ratings WHERE review_point_id = $1 AND goal_id = $2",
    )
    .bind(point)
    .bind(goal)
    .fetch_one(&heard.pool)
    .await
    .unwrap()
}

fn this_year() -> SchoolYear {
    SchoolYear::containing(today())
}

/// Amina, signed in, with her daughter Zara and one goal for her: Zara's id and the goal's.
async fn zara_with_a_goal(heard: &Running) -> (Person, i64, i64) {
    let parent = sign_up(heard, "amina@example.org").await;
    let child = add_child(heard, &parent.client, &child_form("Zara")).await;
    let goal = add_goal(heard, &parent, child, "Zara reads a short book on her own").await;
    (parent, child, goal)
}

/// Opens the child's review points list, which makes this school year's three.
async fn open_reviews(heard: &Running, person: &Person, child: i64) {
    get(
        &person.client,
        &format!("{}/children/{child}/reviews", heard.base),
    )
    .await;
}

/// This school year's autumn review point (made by opening the list): its id and its page.
async fn autumn_point(heard: &Running, person: &Person, child: i64) -> (i64, String) {
    open_reviews(heard, person, child).await;
    let autumn = point_id(heard, child, Term::Autumn).await;
    let url = format!("{}/children/{child}/reviews/{autumn}", heard.base);
    (autumn, url)
}

/// The form's fields for one review point, held on its term's usual date.
fn review_fields(term: Term, version: &str, rest: &[(String, String)]) -> Vec<(String, String)> {
    let held_on = term.default_review_date(this_year());
    let mut fields = vec![
        ("based-on-version".to_string(), version.to_string()),
        ("held-on-day".to_string(), held_on.day().to_string()),
        (
            "held-on-month".to_string(),
            u8::from(held_on.month()).to_string(),
        ),
        ("held-on-year".to_string(), held_on.year().to_string()),
        ("what-is-working".to_string(), String::new()),
        ("what-is-not-working".to_string(), String::new()),
    ];
    fields.extend(rest.iter().cloned());
    fields
}

fn goal_fields(
    goal: i64,
    rating: &str,
    school: &str,
    family: &str,
    young: &str,
) -> Vec<(String, String)> {
    vec![
        (format!("rating-{goal}"), rating.to_string()),
        (format!("school-rating-{goal}"), school.to_string()),
        (format!("family-comment-{goal}"), family.to_string()),
        (format!("young-person-comment-{goal}"), young.to_string()),
    ]
}

#[tokio::test]
async fn the_reviews_page_makes_this_school_years_three_review_points() {
    let heard = start().await;
    let parent = sign_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &parent.client, &child_form("Zara")).await;
    let url = format!("{}/children/{child}/reviews", heard.base);

    let (status, page) = get(&parent.client, &url).await;
    assert_eq!(status, StatusCode::OK);
    let points = "SELECT COUNT(*) FROM review_points WHERE child_id = $1";
    assert_eq!(count(&heard, points, child).await, 3);
    assert!(page.contains(&format!("School year {}", this_year().label())));
    for term in ["Autumn term", "Spring term", "Summer term"] {
        assert!(page.contains(term), "{term}");
    }
    assert_eq!(page.matches(">Record this review point<").count(), 3);
    for term in Term::ALL {
        let id = point_id(&heard, child, *term).await;
        assert!(page.contains(&format!("href=\"/children/{child}/reviews/{id}\"")));
    }

    let (status, _) = get(&parent.client, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(count(&heard, points, child).await, 3, "made only once");
}

#[tokio::test]
async fn a_review_point_is_recorded_and_read_back() {
    let heard = start().await;
    let parent = sign_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &parent.client, &child_form("Zara")).await;
    let reading = add_goal(&heard, &parent, child, "Zara reads a short book on her own").await;
    let friends = add_goal(&heard, &parent, child, "Zara plays with a friend at break").await;
    let (_, url) = autumn_point(&heard, &parent, child).await;

    let (status, form) = get(&parent.client, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("Zara reads a short book on her own"));
    assert!(form.contains("Zara plays with a friend at break"));
    assert!(form.contains("◑\u{a0}getting there"), "symbol and words");
    assert!(
        is_checked(&form, &format!("rating-{reading}-")),
        "not rated yet"
    );
    let version = version_in(&form);

    let mut rest = goal_fields(
        reading,
        "getting-there",
        "nearly-there",
        "She reads with Mum every night",
        "I like the dinosaur books",
    );
    rest.extend(goal_fields(friends, "", "", "", ""));
    let mut fields = review_fields(Term::Autumn, &version, &rest);
    fields.push(("what-is-working".into(), "The quiet room at lunch".into()));
    fields.retain(|(n, v)| n != "what-is-working" || !v.is_empty());
    let saved = post(&parent.client, &url, &fields).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&saved), format!("/children/{child}/reviews"));

    let (_, list) = get(
        &parent.client,
        &format!("{}/children/{child}/reviews", heard.base),
    )
    .await;
    assert!(list.contains("Recorded"));
    assert_eq!(list.matches(">See or change<").count(), 1);

    let (status, form) = get(&parent.client, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert!(is_checked(
        &form,
        &format!("rating-{reading}-getting-there")
    ));
    assert!(is_checked(
        &form,
        &format!("school-rating-{reading}-nearly-there")
    ));
    assert!(is_checked(&form, &format!("rating-{friends}-")));
    assert!(form.contains("She reads with Mum every night"));
    assert!(form.contains("I like the dinosaur books"));
    assert!(form.contains("The quiet room at lunch"));
    assert_eq!(version_in(&form), "2");
}

#[tokio::test]
async fn three_recorded_review_points_show_on_the_progress_page() {
    let heard = start().await;
    let (parent, child, goal) = zara_with_a_goal(&heard).await;
    open_reviews(&heard, &parent, child).await;
    let ratings = [
        (Term::Autumn, "not-started", "just-starting"),
        (Term::Spring, "getting-there", ""),
        (Term::Summer, "nearly-there", "nearly-there"),
    ];
    for (term, rating, school) in ratings {
        let id = point_id(&heard, child, term).await;
        let fields = review_fields(term, "1", &goal_fields(goal, rating, school, "", ""));
        let saved = post(
            &parent.client,
            &format!("{}/children/{child}/reviews/{id}", heard.base),
            &fields,
        )
        .await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{term:?}");
    }

    let (status, page) = get(
        &parent.client,
        &format!("{}/children/{child}/progress", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<svg"), "a chart");
    let year = this_year().label();
    let rows = table_rows(&page);
    assert!(
        rows.contains(&format!("Autumn {year} ○ not started ◔ just starting")),
        "{rows:?}"
    );
    assert!(
        rows.contains(&format!("Spring {year} ◑ getting there Not rated")),
        "{rows:?}"
    );
    assert!(
        rows.contains(&format!("Summer {year} ◕ nearly there ◕ nearly there")),
        "{rows:?}"
    );
    assert!(page.contains("Moved on"), "this year's movement, in words");
}

#[tokio::test]
async fn a_rating_not_on_the_scale_is_refused_and_what_was_typed_is_kept() {
    let heard = start().await;
    let (parent, child, goal) = zara_with_a_goal(&heard).await;
    let (autumn, url) = autumn_point(&heard, &parent, child).await;

    let fields = review_fields(
        Term::Autumn,
        "1",
        &goal_fields(
            goal,
            "superb",
            "achieved",
            "Words typed before the mistake",
            "",
        ),
    );
    let refused = post(&parent.client, &url, &fields).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = clean(&refused.text().await.unwrap());
    assert!(
        page.contains("<title>Error:"),
        "the title says there is a problem"
    );
    assert!(
        page.contains(&format!("href=\"#rating-{goal}\"")),
        "summary links to the field"
    );
    assert!(
        page.contains(&format!("id=\"rating-{goal}-error\"")),
        "error beside the field"
    );
    assert!(page.contains("Choose one of the options."));
    assert!(page.contains("Words typed before the mistake"));
    assert!(is_checked(&page, &format!("school-rating-{goal}-achieved")));

    assert_nothing_saved_at(&heard, autumn).await;
}

#[tokio::test]
async fn another_family_finds_nothing_and_changes_nothing() {
    let heard = start().await;
    let (parent, child, goal) = zara_with_a_goal(&heard).await;
    let other = sign_up(&heard, "someone@example.org").await;
    let points = "SELECT COUNT(*) FROM review_points WHERE child_id = $1";

    // Before the family has ever looked: the other family's visits make nothing.
    for path in ["reviews", "progress"] {
        let (status, page) = get(
            &other.client,
            &format!("{}/children/{child}/{path}", heard.base),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!page.contains("Zara"), "{path}");
    }
    assert_eq!(count(&heard, points, child).await, 0);

    let (autumn, url) = autumn_point(&heard, &parent, child).await;
    for path in ["reviews", "progress", &format!("reviews/{autumn}")] {
        let (status, page) = get(
            &other.client,
            &format!("{}/children/{child}/{path}", heard.base),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!page.contains("Zara"), "{path}");
    }
    let fields = review_fields(
        Term::Autumn,
        "1",
        &goal_fields(goal, "achieved", "", "Written by a stranger", ""),
    );
    let refused = post(&other.client, &url, &fields).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    assert_nothing_saved_at(&heard, autumn).await;
    assert_eq!(count(&heard, points, child).await, 3);

    // Signed out: off to sign in, and back here afterwards.
    let (status, _) = get(&browser(), &url).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_review_point_of_another_child_is_not_found() {
    let heard = start().await;
    let parent = sign_up(&heard, "amina@example.org").await;
    let zara = add_child(&heard, &parent.client, &child_form("Zara")).await;
    let sami = add_child(&heard, &parent.client, &child_form("Sami")).await;
    let goal = add_goal(&heard, &parent, sami, "Sami asks for help in class").await;
    open_reviews(&heard, &parent, zara).await;
    open_reviews(&heard, &parent, sami).await;
    let zaras = point_id(&heard, zara, Term::Autumn).await;
    let url = format!("{}/children/{sami}/reviews/{zaras}", heard.base);

    let (status, _) = get(&parent.client, &url).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let fields = review_fields(
        Term::Autumn,
        "1",
        &goal_fields(goal, "achieved", "", "On the wrong child", ""),
    );
    let refused = post(&parent.client, &url, &fields).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let ratings = "SELECT COUNT(*) FROM goal_ratings";
    let all: i64 = storage::query_scalar(ratings)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(all, 0);
    let version = "SELECT version FROM review_points WHERE id = $1";
    assert_eq!(count(&heard, version, zaras).await, 1);
    let (status, _) = get(
        &parent.client,
        &format!("{}/children/{sami}/reviews/999999", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn two_saves_from_the_same_version_conflict_and_both_versions_are_shown() {
    let heard = start().await;
    let (parent, child, goal) = zara_with_a_goal(&heard).await;
    let (autumn, url) = autumn_point(&heard, &parent, child).await;
    let (_, form) = get(&parent.client, &url).await;
    let version = version_in(&form);

    let first = review_fields(
        Term::Autumn,
        &version,
        &goal_fields(goal, "just-starting", "", "Saved first by Dad", ""),
    );
    let saved = post(&parent.client, &url, &first).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let second = review_fields(
        Term::Autumn,
        &version,
        &goal_fields(
            goal,
            "getting-there",
            "",
            "Typed by Mum at the same time",
            "",
        ),
    );
    let conflict = post(&parent.client, &url, &second).await;
    assert_eq!(conflict.status(), StatusCode::CONFLICT);
    let page = clean(&conflict.text().await.unwrap());
    assert!(page.contains("id=\"changed-meanwhile\""), "a clear notice");
    assert!(
        page.contains("Typed by Mum at the same time"),
        "what was typed is kept"
    );
    assert!(is_checked(&page, &format!("rating-{goal}-getting-there")));
    let panel_start = page.find("review-saved-title").unwrap();
    let form_start = page
        .find(&format!(
            "<form action=\"/children/{child}/reviews/{autumn}\""
        ))
        .unwrap();
    let saved_panel = text_of(&page[panel_start..form_start]);
    assert!(saved_panel.contains("◔ just starting"), "the saved rating");
    assert!(
        saved_panel.contains("Saved first by Dad"),
        "the saved comment"
    );
    assert_eq!(
        version_in(&page),
        "2",
        "saving again is based on what was seen"
    );

    assert_eq!(
        family_comment(&heard, autumn, goal).await,
        "Saved first by Dad",
        "nothing overwritten"
    );

    let again = review_fields(
        Term::Autumn,
        &version_in(&page),
        &goal_fields(
            goal,
            "getting-there",
            "",
            "Typed by Mum at the same time",
            "",
        ),
    );
    let saved = post(&parent.client, &url, &again).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        family_comment(&heard, autumn, goal).await,
        "Typed by Mum at the same time"
    );
}

/// The value of the hidden field `name` in a page's form.
fn hidden_value(page: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in the page"))
        + marker.len();
    page[start..start + page[start..].find('"').unwrap()].to_string()
}

#[tokio::test]
async fn getting_ready_links_to_each_changed_part_by_name_and_says_the_questions_are_saved() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let added = add_to_about_me(&heard, &family, &child, "Swimming on Saturdays").await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);

    let (status, page) = get(&family, &format!("{}{child}/prepare", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    // The link lands on the part's own section (its id on the all about me page), and says which.
    assert!(
        page.contains(&format!(
            r#"href="{child}/about-me#about-me-important-to-me">Read What is important to me, now and in the future</a>"#
        )),
        "{}",
        &page[page.find("class=\"changes\"").unwrap_or(0)..][..600.min(page.len())]
    );
    let (_, about_me) = get(&family, &format!("{}{child}/about-me", heard.base)).await;
    assert!(about_me.contains(r#"id="about-me-important-to-me""#));

    let saved = post_form(
        &family,
        &format!("{}{child}/prepare", heard.base),
        &[
            ("review-point", hidden_value(&page, "review-point").as_str()),
            (
                "based-on-version",
                hidden_value(&page, "based-on-version").as_str(),
            ),
            ("questions", "Can she have a quiet place at lunch?"),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&saved),
        format!("{child}/prepare?saved#questions-title")
    );
    let (_, page) = get(&family, &format!("{}{child}/prepare?saved", heard.base)).await;
    assert!(page.contains("Your questions are saved."));
    assert!(page.contains("Can she have a quiet place at lunch?"));
}
