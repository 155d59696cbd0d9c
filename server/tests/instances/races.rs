//! Decisions two instances could each take at the same moment are taken once: an invitation link is
//! used once, a new account's first visits make one family, new goals take distinct places. Each
//! rests on `Db::begin_locked` (an advisory lock on PostgreSQL). The requests of each round are held
//! at a barrier and let go together, half to each instance, over several rounds: a race lost once
//! in a while would otherwise pass.

use crate::load::{browser, PASSWORD};
use crate::*;
use reqwest::StatusCode;
use std::sync::Arc;
use tokio::sync::Barrier;

/// A browser that has just made an account for `email` on `heard`, and so is signed in.
async fn signed_up(heard: &Heard, email: &str) -> reqwest::Client {
    let client = browser();
    let made = send(
        &client,
        &heard.base,
        "/account/new",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER, "{email} signs up");
    client
}

/// One form post: who sends it, to which instance, where, with what.
struct Post {
    client: reqwest::Client,
    base: String,
    path: String,
    fields: Vec<(&'static str, String)>,
}

/// Sends every post at the same moment; the answers in order, each as its status, where it leads
/// and its page.
async fn all_at_once(posts: Vec<Post>) -> Vec<(StatusCode, String, String)> {
    let barrier = Arc::new(Barrier::new(posts.len()));
    let sent: Vec<_> = posts
        .into_iter()
        .map(|post| {
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                let answer = send(&post.client, &post.base, &post.path, &post.fields).await;
                let to = location(&answer);
                (answer.status(), to, answer.text().await.unwrap())
            })
        })
        .collect();
    let mut answers = Vec::new();
    for post in sent {
        answers.push(post.await.unwrap());
    }
    answers
}

const INVITATION_ROUNDS: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_invitation_accepted_on_two_instances_at_once_works_once() {
    let Some(shared) =
        on_postgres("two instances can race for one link only on a shared PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    let db = shared.db().await;
    let family = signed_up(&a, "family@example.org").await;
    // Sharing waits for a confirmed email address; confirmed here as its emailed link would.
    storage::query("UPDATE accounts SET confirmed_at = created_at WHERE email = $1")
        .bind("family@example.org")
        .execute(&db)
        .await
        .unwrap();
    let added = send(&family, &a.base, "/children/new", &child_form("Amira")).await;
    let child = location(&added);
    let family_id = count(
        &db,
        "SELECT family_id FROM children WHERE id = $1",
        child.trim_start_matches("/children/").parse().unwrap(),
    )
    .await;

    for round in 0..INVITATION_ROUNDS {
        let invited = send(
            &family,
            &a.base,
            &format!("{child}/people/invite"),
            &[("role", "parent-or-carer")],
        )
        .await;
        assert_eq!(invited.status(), StatusCode::SEE_OTHER);
        let invitation: i64 = location(&invited)
            .rsplit('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let token: String = storage::query_scalar("SELECT token FROM invitations WHERE id = $1")
            .bind(invitation)
            .fetch_one(&db)
            .await
            .unwrap();
        // Two people the link was forwarded to, one on each instance (which one alternates).
        let (first, second) = if round % 2 == 0 { (&a, &b) } else { (&b, &a) };
        let dad = signed_up(first, &format!("dad-{round}@example.org")).await;
        let gran = signed_up(second, &format!("gran-{round}@example.org")).await;
        let path = format!("/invitations/{token}");
        let answers = all_at_once(vec![
            Post {
                client: dad,
                base: first.base.clone(),
                path: path.clone(),
                fields: vec![("name", "Dad".to_string())],
            },
            Post {
                client: gran,
                base: second.base.clone(),
                path,
                fields: vec![("name", "Gran".to_string())],
            },
        ])
        .await;
        let joined = answers
            .iter()
            .filter(|(status, to, _)| *status == StatusCode::SEE_OTHER && to == "/family")
            .count();
        let told_used = answers
            .iter()
            .filter(|(status, _, page)| {
                *status == StatusCode::GONE && page.contains("This link has been used")
            })
            .count();
        assert_eq!(
            (joined, told_used),
            (1, 1),
            "round {round}: one joins, the other is told the link was used: {:?}",
            answers
                .iter()
                .map(|(status, to, _)| (status, to))
                .collect::<Vec<_>>()
        );
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM family_members WHERE family_id = $1",
                family_id
            )
            .await,
            2 + round as i64,
            "round {round}: the family and one more"
        );
    }
}

const FIRST_VISITS: usize = 20;
const FIRST_VISIT_ROUNDS: usize = 5;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_first_requests_at_once_on_two_instances_make_one_family() {
    let Some(shared) =
        on_postgres("two instances can race to make a family only on a shared PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    let db = shared.db().await;
    for round in 0..FIRST_VISIT_ROUNDS {
        // A new account has no family until it first adds a child; twenty first adds at once.
        let email = format!("new-{round}@example.org");
        let parent = signed_up(&a, &email).await;
        let posts = (0..FIRST_VISITS)
            .map(|n| {
                let heard = if n % 2 == 0 { &a } else { &b };
                Post {
                    client: parent.clone(),
                    base: heard.base.clone(),
                    path: "/children/new".to_string(),
                    fields: child_form(&format!("Child {n}")),
                }
            })
            .collect();
        let answers = all_at_once(posts).await;
        for (n, (status, to, page)) in answers.iter().enumerate() {
            assert_eq!(
                *status,
                StatusCode::SEE_OTHER,
                "round {round}, add {n}: {page}"
            );
            assert!(to.starts_with("/children/"), "round {round}, add {n}: {to}");
        }
        let (families, children): (i64, i64) = storage::query_as(
            "SELECT COUNT(DISTINCT m.family_id), COUNT(c.id)
             FROM accounts a JOIN family_members m ON m.account_id = a.id
             LEFT JOIN children c ON c.family_id = m.family_id
             WHERE a.email = $1",
        )
        .bind(&email)
        .fetch_one(&db)
        .await
        .unwrap();
        assert_eq!(
            (families, children),
            (1, FIRST_VISITS as i64),
            "round {round}: one family with every child"
        );
    }
    let families: i64 = storage::query_scalar("SELECT COUNT(*) FROM families")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(families, FIRST_VISIT_ROUNDS as i64, "no family left over");
}

const GOALS_AT_ONCE: usize = 10;
const GOAL_ROUNDS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn goals_added_at_once_on_two_instances_take_distinct_places() {
    let Some(shared) =
        on_postgres("two instances can race for a goal's place only on a shared PostgreSQL").await
    else {
        return;
    };
    let (a, b) = shared.two(&[]).await;
    let db = shared.db().await;
    let family = signed_up(&a, "family@example.org").await;
    // Sharing waits for a confirmed email address; confirmed here as its emailed link would.
    storage::query("UPDATE accounts SET confirmed_at = created_at WHERE email = $1")
        .bind("family@example.org")
        .execute(&db)
        .await
        .unwrap();
    for round in 0..GOAL_ROUNDS {
        // A child of their own each round, so every round starts from no goals.
        let added = send(
            &family,
            &a.base,
            "/children/new",
            &child_form(&format!("Child {round}")),
        )
        .await;
        let child: i64 = location(&added)
            .trim_start_matches("/children/")
            .parse()
            .unwrap();
        let posts = (0..GOALS_AT_ONCE)
            .map(|n| {
                let heard = if n % 2 == 0 { &a } else { &b };
                Post {
                    client: family.clone(),
                    base: heard.base.clone(),
                    path: format!("/children/{child}/goals/new"),
                    fields: goal_form(&format!("Goal {n}")),
                }
            })
            .collect();
        for (n, (status, to, page)) in all_at_once(posts).await.iter().enumerate() {
            assert_eq!(
                *status,
                StatusCode::SEE_OTHER,
                "round {round}, goal {n}: {page}"
            );
            assert!(to.contains("#goal-"), "round {round}, goal {n}: {to}");
        }
        let positions: Vec<i64> = storage::query_scalar(
            "SELECT position FROM goals WHERE child_id = $1 ORDER BY position",
        )
        .bind(child)
        .fetch_all(&db)
        .await
        .unwrap();
        assert_eq!(
            positions,
            (1..=GOALS_AT_ONCE as i64).collect::<Vec<_>>(),
            "round {round}"
        );
    }
}
