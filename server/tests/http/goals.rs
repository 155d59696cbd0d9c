//! Goals over HTTP, with JavaScript off: add, list in order, move, achieve, change, conflicts, and
//! another family's ids. The real server on a real port, with a SQLite file on disk.

use crate::common::*;
use heard_server::storage;
use heard_server::storage::Db;

use reqwest::StatusCode;

/// The add-a-child form for a child called `name` in the given year group (a year-group code, like
/// "8").
fn child_form<'a>(name: &'a str, year: &'a str) -> [(&'a str, &'a str); 6] {
    [
        ("called-name", name),
        ("date-of-birth-day", "14"),
        ("date-of-birth-month", "2"),
        ("date-of-birth-year", "2012"),
        ("year-group", year),
        ("support-status", "sen-support"),
    ]
}

/// Adds a goal through the form; returns the goal's id (from the redirect's anchor).
async fn add_goal(
    heard: &Running,
    client: &reqwest::Client,
    child: i64,
    outcome: &str,
    theme: &str,
) -> i64 {
    let added = post_form(
        client,
        &format!("{}/children/{child}/goals/new", heard.base),
        &[
            ("outcome", outcome),
            ("theme", theme),
            ("support", "A picture timetable"),
            ("measure", "Asks once a day for two weeks"),
            ("by-when-day", "31"),
            ("by-when-month", "7"),
            ("by-when-year", "2027"),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER, "adding {outcome}");
    let next = location(&added);
    let (page, anchor) = next.split_once("#goal-").unwrap();
    assert_eq!(page, format!("/children/{child}/goals"));
    anchor.parse().unwrap()
}

/// Presses a goal's move button (`direction` as the form sends it: "up", "down").
async fn move_goal(
    heard: &Running,
    client: &reqwest::Client,
    child: i64,
    goal: i64,
    direction: &str,
) -> reqwest::Response {
    let url = format!("{}/children/{child}/goals/{goal}/move", heard.base);
    post_form(client, &url, &[("direction", direction)]).await
}

/// Marks a goal achieved, stopped or active again (`state` as the form sends it).
async fn set_goal_state(
    heard: &Running,
    client: &reqwest::Client,
    child: i64,
    goal: i64,
    state: &str,
) -> reqwest::Response {
    let url = format!("{}/children/{child}/goals/{goal}/state", heard.base);
    post_form(client, &url, &[("state", state)]).await
}

/// A goal's words as someone who should not reach it would send them.
const TAKEN_OVER: [(&str, &str); 3] = [
    ("based-on-version", "1"),
    ("outcome", "Taken over"),
    ("theme", "need:learning"),
];

/// Every form that changes `goal`, posted as if under `child`: each path with its fields.
fn changes_to_goal(child: i64, goal: i64) -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let goal_path = format!("/children/{child}/goals/{goal}");
    vec![
        (goal_path.clone(), TAKEN_OVER.to_vec()),
        // With problems too: still not found.
        (goal_path.clone(), vec![("outcome", "")]),
        (format!("{goal_path}/move"), vec![("direction", "down")]),
        (format!("{goal_path}/state"), vec![("state", "stopped")]),
    ]
}

/// The goals page split in two: the active goals, and the achieved and stopped ones.
async fn goals_page(heard: &Running, client: &reqwest::Client, child: i64) -> (String, String) {
    let (status, page) = get(client, &format!("{}/children/{child}/goals", heard.base)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    // Fluent puts the words it fills in between invisible direction marks; they do not matter here.
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    let (active, finished) = page
        .split_once("id=\"finished-goals-title\"")
        .expect("the finished goals section");
    (active.to_string(), finished.to_string())
}

/// Where each text appears in `html`, in order; panics if one is missing.
fn in_order(html: &str, texts: &[&str]) -> bool {
    let places: Vec<usize> = texts
        .iter()
        .map(|t| html.find(t).unwrap_or_else(|| panic!("{t} not in page")))
        .collect();
    places.windows(2).all(|w| w[0] < w[1])
}

type GoalRow = (i64, i64, String, String, String, i64);

async fn goal_rows(pool: &Db) -> Vec<GoalRow> {
    storage::query_as("SELECT id, position, outcome, theme, state, version FROM goals ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn goals_are_listed_in_order_moved_and_achieved() {
    let heard = start().await;
    let client = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &client, &child_form("Ali", "5")).await;

    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(active.contains("There are no goals yet"), "{active}");

    let first = add_goal(
        &heard,
        &client,
        child,
        "Reads a short book",
        "need:learning",
    )
    .await;
    let second = add_goal(
        &heard,
        &client,
        child,
        "Asks for help in class",
        "need:communication",
    )
    .await;
    let third = add_goal(&heard, &client, child, "Joins in at playtime", "need:semh").await;

    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(in_order(
        &active,
        &[
            "Reads a short book",
            "Asks for help in class",
            "Joins in at playtime"
        ]
    ));
    assert!(
        active.contains("A picture timetable"),
        "what will help is shown"
    );
    assert!(
        active.contains("Asks once a day for two weeks"),
        "how we will know is shown"
    );
    assert!(active.contains("31 July 2027"), "by when is shown");
    assert!(
        active.contains("Social, emotional and mental health"),
        "the theme in words"
    );
    // The first goal cannot move up and the last cannot move down; the names say which goal.
    assert!(!active.contains("Move up: Reads a short book"), "{active}");
    assert!(active.contains("Move down: Reads a short book"), "{active}");
    assert!(active.contains("Move up: Joins in at playtime"), "{active}");
    assert!(
        !active.contains("Move down: Joins in at playtime"),
        "{active}"
    );

    // Move the third goal up: it swaps with the second.
    let moved = move_goal(&heard, &client, child, third, "up").await;
    assert_eq!(moved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&moved),
        format!("/children/{child}/goals#goal-{third}")
    );
    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(in_order(
        &active,
        &[
            "Reads a short book",
            "Joins in at playtime",
            "Asks for help in class"
        ]
    ));
    // And the first one down.
    let moved = move_goal(&heard, &client, child, first, "down").await;
    assert_eq!(moved.status(), StatusCode::SEE_OTHER);
    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(in_order(
        &active,
        &[
            "Joins in at playtime",
            "Reads a short book",
            "Asks for help in class"
        ]
    ));

    // Achieved: it leaves the active list and appears under achieved, with the date.
    let achieved = set_goal_state(&heard, &client, child, second, "achieved").await;
    assert_eq!(achieved.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&achieved),
        format!("/children/{child}/goals#goal-{second}")
    );
    let (active, finished) = goals_page(&heard, &client, child).await;
    assert!(!active.contains("Asks for help in class"), "{active}");
    assert!(finished.contains("Asks for help in class"), "{finished}");
    let today = time::OffsetDateTime::now_utc().date();
    let month = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][u8::from(today.month()) as usize - 1];
    let on = format!("Achieved on {} {month} {}", today.day(), today.year());
    assert!(finished.contains(&on), "{on}: {finished}");
    assert!(finished.contains("Make active again"), "{finished}");
    let (state, changed_on): (String, Option<String>) =
        storage::query_as("SELECT state, state_changed_on FROM goals WHERE id = $1")
            .bind(second)
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    assert_eq!(state, "achieved");
    assert!(changed_on.is_some());

    // Stopped, then active again: back at the end of the active list.
    for state in ["stopped", "active"] {
        let done = set_goal_state(&heard, &client, child, first, state).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
    }
    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(in_order(
        &active,
        &["Joins in at playtime", "Reads a short book"]
    ));

    // A made-up direction or state changes nothing.
    let before = goal_rows(&heard.pool).await;
    let odd = move_goal(&heard, &client, child, first, "sideways").await;
    assert_eq!(odd.status(), StatusCode::BAD_REQUEST);
    let odd = set_goal_state(&heard, &client, child, first, "deleted").await;
    assert_eq!(odd.status(), StatusCode::BAD_REQUEST);
    assert_eq!(goal_rows(&heard.pool).await, before);
}

#[tokio::test]
async fn a_goal_is_changed_through_its_form() {
    let heard = start().await;
    let client = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &client, &child_form("Ali", "5")).await;
    let goal = add_goal(
        &heard,
        &client,
        child,
        "Reads a short book",
        "need:learning",
    )
    .await;

    let (status, form) = get(
        &client,
        &format!("{}/children/{child}/goals/{goal}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("Reads a short book"), "{form}");
    assert!(
        form.contains("name=\"based-on-version\" value=\"1\""),
        "{form}"
    );
    assert!(form.contains("value=\"need:learning\" checked"), "{form}");

    let changed = post_form(
        &client,
        &format!("{}/children/{child}/goals/{goal}", heard.base),
        &[
            ("based-on-version", "1"),
            ("outcome", "Reads a chapter book alone"),
            ("theme", "need:learning"),
            ("support", "Reading with an adult"),
            ("measure", ""),
            ("by-when-day", ""),
            ("by-when-month", ""),
            ("by-when-year", ""),
        ],
    )
    .await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&changed),
        format!("/children/{child}/goals#goal-{goal}")
    );
    let (active, _) = goals_page(&heard, &client, child).await;
    assert!(active.contains("Reads a chapter book alone"), "{active}");
    assert!(active.contains("No date set"), "{active}");
}

#[tokio::test]
async fn adulthood_themes_are_offered_from_year_9() {
    let heard = start().await;
    let client = signed_up(&heard, "amina@example.org").await;
    let younger = add_child(&heard, &client, &child_form("Sara", "8")).await;
    let older = add_child(&heard, &client, &child_form("Yusuf", "9")).await;

    let (_, form) = get(
        &client,
        &format!("{}/children/{younger}/goals/new", heard.base),
    )
    .await;
    assert!(!form.contains("adulthood:"), "not offered in Year 8");
    let (_, form) = get(
        &client,
        &format!("{}/children/{older}/goals/new", heard.base),
    )
    .await;
    assert!(
        form.contains("value=\"adulthood:independent-living\""),
        "{form}"
    );
    assert!(
        form.contains("Preparing for Adulthood"),
        "explained where it appears"
    );

    let fields = [
        ("outcome", "Makes a simple lunch"),
        ("theme", "adulthood:independent-living"),
        ("support", "Cooking at home on Saturdays"),
    ];
    let refused = post_form(
        &client,
        &format!("{}/children/{younger}/goals/new", heard.base),
        &fields,
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("id=\"theme-error\""),
        "the problem beside the theme: {page}"
    );
    assert!(page.contains("Choose one of the options"), "{page}");
    assert!(page.contains("Makes a simple lunch"), "typed words kept");
    assert!(goal_rows(&heard.pool).await.is_empty());

    let accepted = post_form(
        &client,
        &format!("{}/children/{older}/goals/new", heard.base),
        &fields,
    )
    .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    let (active, _) = goals_page(&heard, &client, older).await;
    assert!(active.contains("Makes a simple lunch"));
    assert!(
        active.contains("Living as independently as possible"),
        "{active}"
    );
}

#[tokio::test]
async fn a_missing_outcome_keeps_what_was_typed() {
    let heard = start().await;
    let client = signed_up(&heard, "amina@example.org").await;
    let child = add_child(&heard, &client, &child_form("Ali", "5")).await;
    let response = post_form(
        &client,
        &format!("{}/children/{child}/goals/new", heard.base),
        &[
            ("outcome", "  "),
            ("theme", "need:sensory-physical"),
            ("support", "Ear defenders in assembly"),
            ("measure", "Stays for the whole assembly"),
            ("by-when-day", "1"),
            ("by-when-month", "12"),
            ("by-when-year", "2027"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error:"), "{page}");
    assert!(page.contains("class=\"error-summary\""), "{page}");
    assert!(page.contains("href=\"#outcome\""), "{page}");
    assert!(page.contains("id=\"outcome-error\""), "{page}");
    assert!(page.contains("Ear defenders in assembly"), "{page}");
    assert!(page.contains("Stays for the whole assembly"), "{page}");
    assert!(
        page.contains("value=\"need:sensory-physical\" checked"),
        "{page}"
    );
    assert!(page.contains("value=\"2027\""), "{page}");
    assert!(goal_rows(&heard.pool).await.is_empty());
}

#[tokio::test]
async fn another_familys_goals_are_not_found_and_do_not_change() {
    let heard = start().await;
    let a = signed_up(&heard, "a@example.org").await;
    let child = add_child(&heard, &a, &child_form("Ali", "9")).await;
    let goal = add_goal(&heard, &a, child, "Reads a short book", "need:learning").await;
    add_goal(
        &heard,
        &a,
        child,
        "Asks for help in class",
        "need:communication",
    )
    .await;
    let before = goal_rows(&heard.pool).await;

    let b = signed_up(&heard, "b@example.org").await;
    for path in [
        format!("/children/{child}/goals"),
        format!("/children/{child}/goals/new"),
        format!("/children/{child}/goals/{goal}"),
    ] {
        let (status, page) = get(&b, &format!("{}{path}", heard.base)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "GET {path}");
        assert!(!page.contains("Reads a short book"), "{path}: {page}");
    }
    let mut posts = vec![(format!("/children/{child}/goals/new"), TAKEN_OVER.to_vec())];
    posts.extend(changes_to_goal(child, goal));
    for (path, fields) in &posts {
        let response = post_form(&b, &format!("{}{path}", heard.base), fields).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "POST {path}");
        let page = response.text().await.unwrap();
        assert!(!page.contains("Reads a short book"), "{path}: {page}");
    }
    assert_eq!(goal_rows(&heard.pool).await, before, "nothing changed");
}

#[tokio::test]
async fn a_goal_of_another_child_is_not_found_under_this_child() {
    let heard = start().await;
    let client = signed_up(&heard, "a@example.org").await;
    let ali = add_child(&heard, &client, &child_form("Ali", "5")).await;
    let sara = add_child(&heard, &client, &child_form("Sara", "7")).await;
    let alis_goal = add_goal(&heard, &client, ali, "Reads a short book", "need:learning").await;
    add_goal(
        &heard,
        &client,
        sara,
        "Swims a width",
        "need:sensory-physical",
    )
    .await;
    let before = goal_rows(&heard.pool).await;

    let (status, _) = get(
        &client,
        &format!("{}/children/{sara}/goals/{alis_goal}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for (path, fields) in &changes_to_goal(sara, alis_goal) {
        let response = post_form(&client, &format!("{}{path}", heard.base), fields).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "POST {path}");
    }
    assert_eq!(goal_rows(&heard.pool).await, before, "nothing changed");
    let (status, _) = get(
        &client,
        &format!("{}/children/{ali}/goals/999999", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_conflict_shows_both_versions_and_saving_again_keeps_mine() {
    let heard = start().await;
    let client = signed_up(&heard, "a@example.org").await;
    let child = add_child(&heard, &client, &child_form("Ali", "5")).await;
    let goal = add_goal(
        &heard,
        &client,
        child,
        "Reads a short book",
        "need:learning",
    )
    .await;
    let url = format!("{}/children/{child}/goals/{goal}", heard.base);
    let edit = |outcome: &'static str, version: &'static str| {
        vec![
            ("based-on-version", version),
            ("outcome", outcome),
            ("theme", "need:learning"),
            ("support", ""),
            ("measure", ""),
        ]
    };

    // Dad saves first, from version 1.
    let first = post_form(&client, &url, &edit("Reads a comic with Dad", "1")).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    // Mum, also from version 1, saves later: nothing is overwritten.
    let second = post_form(&client, &url, &edit("Reads a bedtime story to Mum", "1")).await;
    assert_eq!(second.status(), StatusCode::CONFLICT);
    let page = second.text().await.unwrap();
    assert!(page.contains("id=\"changed-meanwhile\""), "{page}");
    assert!(page.contains("Someone else changed this goal"), "{page}");
    assert!(
        page.contains("Reads a comic with Dad"),
        "the newest saved: {page}"
    );
    assert!(
        page.contains("Reads a bedtime story to Mum"),
        "what was typed: {page}"
    );
    assert!(
        page.contains("name=\"based-on-version\" value=\"2\""),
        "{page}"
    );
    let saved: String = storage::query_scalar("SELECT outcome FROM goals WHERE id = $1")
        .bind(goal)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(saved, "Reads a comic with Dad");

    // Having seen both, Mum saves again, knowingly over version 2.
    let again = post_form(&client, &url, &edit("Reads a bedtime story to Mum", "2")).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let saved: String = storage::query_scalar("SELECT outcome FROM goals WHERE id = $1")
        .bind(goal)
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(saved, "Reads a bedtime story to Mum");
}

#[tokio::test]
async fn signed_out_goal_pages_go_to_sign_in() {
    let heard = start().await;
    let client = browser();
    let response = visit(&client, &format!("{}/children/1/goals", heard.base)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in"));
    let response = post_form(
        &client,
        &format!("{}/children/1/goals/1/move", heard.base),
        &[("direction", "up")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in?return_to="));
}
