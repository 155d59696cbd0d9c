//! A school or other professional, through the real server with JavaScript off: the family invites
//! a SENCo, who says yes and lands on their own page; they see only what was shared, add the school's
//! view at a review point (shown to the family as written by them), and are refused everything else:
//! the family's words, goals, who sees the record. A read-only professional adds nothing.

use crate::common::*;
use heard_server::storage;
use reqwest::StatusCode;

/// The family's invitation to a professional, as the people page's form posts it.
async fn invite_professional(
    heard: &Running,
    family: &reqwest::Client,
    child: &str,
    may_change: &str,
) -> String {
    let invited = post_form(
        family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "professional"),
            ("job", "senco"),
            ("organisation", "<b>Riverside</b> Academy"),
            ("parts", "goals"),
            ("may-change", may_change),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

fn without_isolation(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

async fn scalar(heard: &Running, sql: &str, id: i64) -> String {
    storage::query_scalar(sql)
        .bind(id)
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_senco_adds_the_schools_view_marked_as_theirs_and_nothing_else() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let added = post_form(
        &family,
        &format!("{}{child}/goals/new", heard.base),
        &[
            ("outcome", "Say hello to a friend"),
            ("theme", "need:communication"),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let goal: i64 = storage::query_scalar("SELECT id FROM goals")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    // The review points are made when the list is first shown.
    let (status, _) = get(&family, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let point: i64 = storage::query_scalar(
        "SELECT id FROM review_points ORDER BY held_on DESC, id DESC LIMIT 1",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    let review = format!("{}{child}/reviews/{point}", heard.base);
    // The family's own words at the review point.
    let saved = post_form(
        &family,
        &review,
        &[
            ("based-on-version".to_string(), "1".to_string()),
            ("held-on-day".into(), "10".into()),
            ("held-on-month".into(), "7".into()),
            ("held-on-year".into(), "2026".into()),
            (format!("rating-{goal}"), "getting-there".into()),
            (
                format!("family-comment-{goal}"),
                "She says hello at home".into(),
            ),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let token = invite_professional(&heard, &family, &child, "yes").await;
    let senco = signed_up(&heard, "patel@example.org").await;
    let accepted = say_yes(&heard, &senco, &token, "Ms <b>Patel</b>").await;
    assert_eq!(location(&accepted), "/professional");

    // Their own page lists Amira, with who they are there as; hostile text stays text.
    let (status, landing) = get(&senco, &format!("{}/professional", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let landing = without_isolation(&landing);
    assert!(landing.contains("Children shared with you"), "{landing}");
    assert!(landing.contains(">Amira<"), "{landing}");
    assert!(
        landing.contains("SENCo, &lt;b&gt;Riverside&lt;/b&gt; Academy"),
        "{landing}"
    );
    assert!(!landing.contains("<b>Riverside"));

    // Only what was shared: goals, not all about me nor who sees the record.
    for page in ["/goals", "/reviews", ""] {
        let (status, _) = get(&senco, &format!("{}{child}{page}", heard.base)).await;
        assert_eq!(status, StatusCode::OK, "{page}");
    }
    for page in ["/about-me", "/people", "/people/invite"] {
        let (status, _) = get(&senco, &format!("{}{child}{page}", heard.base)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
    }

    // The list offers the school's view; the review point's page is only that form.
    let (_, list) = get(&senco, &format!("{}{child}/reviews", heard.base)).await;
    assert!(list.contains("the school&#x27;s view") || list.contains("school's view"));
    let (status, form) = get(&senco, &review).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains(&format!("{child}/reviews/{point}/school")),
        "{form}"
    );
    assert!(!form.contains(&format!("family-comment-{goal}")));

    let school = post_form(
        &senco,
        &format!("{review}/school"),
        &[
            (format!("school-rating-{goal}"), "nearly-there".to_string()),
            (
                format!("school-comment-{goal}"),
                "<b>Reading</b> aloud in class".to_string(),
            ),
            // Anything else posted with it is not read.
            (format!("family-comment-{goal}"), "Changed by school".into()),
            (format!("rating-{goal}"), "achieved".into()),
        ],
    )
    .await;
    assert_eq!(school.status(), StatusCode::SEE_OTHER);
    let ratings =
        "SELECT rating || '|' || school_rating || '|' || family_comment || '|' || school_comment
        FROM goal_ratings WHERE goal_id = $1";
    assert_eq!(
        scalar(&heard, ratings, goal).await,
        "getting-there|nearly-there|She says hello at home|<b>Reading</b> aloud in class"
    );

    // The family sees it, marked as theirs; names typed by anyone stay text.
    let (_, page) = get(&family, &review).await;
    let page = without_isolation(&page);
    assert!(
        page.contains(
            "Written by Ms &lt;b&gt;Patel&lt;/b&gt; (SENCo, &lt;b&gt;Riverside&lt;/b&gt; Academy)."
        ),
        "{page}"
    );
    assert!(page.contains("&lt;b&gt;Reading&lt;/b&gt; aloud in class"));
    assert!(!page.contains("<b>Patel") && !page.contains("<b>Reading"));

    // Refused: the family's review form, goals, all about me, who sees the record.
    let versions = "SELECT CAST(version AS TEXT) FROM review_points WHERE id = $1";
    let version = scalar(&heard, versions, point).await;
    for (form, fields) in [
        (
            format!("/reviews/{point}"),
            vec![
                ("based-on-version".to_string(), version.clone()),
                ("held-on-day".into(), "10".into()),
                ("held-on-month".into(), "7".into()),
                ("held-on-year".into(), "2026".into()),
                (format!("family-comment-{goal}"), "Changed by school".into()),
            ],
        ),
        (
            "/goals/new".to_string(),
            vec![
                ("outcome".into(), "Written by school".into()),
                ("theme".into(), "need:communication".into()),
            ],
        ),
        (
            "/about-me/new".to_string(),
            vec![
                ("part".into(), "important-to-me".into()),
                ("text".into(), "Written by school".into()),
                ("author".into(), "parent-or-carer".into()),
            ],
        ),
        (
            "/people/invite".to_string(),
            vec![
                ("role".into(), "advocate".into()),
                ("parts".into(), "goals".into()),
                ("may-change".into(), "yes".into()),
            ],
        ),
        ("/people/shares/1/withdraw".to_string(), vec![]),
        (
            "/edit".to_string(),
            vec![
                ("called-name".into(), "Changed by school".into()),
                ("date-of-birth-day".into(), "12".into()),
                ("date-of-birth-month".into(), "3".into()),
                ("date-of-birth-year".into(), "2013".into()),
                ("support-status".into(), "ehc-plan".into()),
                ("based-on-version".into(), "1".into()),
            ],
        ),
    ] {
        let refused = post_form(&senco, &format!("{}{child}{form}", heard.base), &fields).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "POST {form}");
    }
    assert_eq!(
        scalar(&heard, ratings, goal).await,
        "getting-there|nearly-there|She says hello at home|<b>Reading</b> aloud in class"
    );
    let counts: (i64, i64, i64, i64) = storage::query_as(
        "SELECT (SELECT COUNT(*) FROM goals), (SELECT COUNT(*) FROM about_me_entries),
                (SELECT COUNT(*) FROM invitations), (SELECT COUNT(*) FROM shares WHERE withdrawn_at IS NULL)",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    assert_eq!(counts, (1, 0, 1, 1));
    let name: String = storage::query_scalar("SELECT called_name FROM children")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(name, "Amira");
    assert_eq!(scalar(&heard, versions, point).await, version);
}

#[tokio::test]
async fn a_read_only_professional_adds_no_schools_view() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let added = post_form(
        &family,
        &format!("{}{child}/goals/new", heard.base),
        &[
            ("outcome", "Say hello to a friend"),
            ("theme", "need:communication"),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let goal: i64 = storage::query_scalar("SELECT id FROM goals")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let (status, _) = get(&family, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let point: i64 = storage::query_scalar("SELECT id FROM review_points LIMIT 1")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    let token = invite_professional(&heard, &family, &child, "no").await;
    let teacher = signed_up(&heard, "teacher@example.org").await;
    let accepted = say_yes(&heard, &teacher, &token, "Mr Jones").await;
    assert_eq!(location(&accepted), "/professional");

    let (status, list) = get(&teacher, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!list.contains("review-point-link"), "no links for a reader");
    let review = format!("{}{child}/reviews/{point}", heard.base);
    let (status, _) = get(&teacher, &review).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let refused = post_form(
        &teacher,
        &format!("{review}/school"),
        &[(format!("school-rating-{goal}"), "achieved".to_string())],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let ratings: i64 = storage::query_scalar("SELECT COUNT(*) FROM goal_ratings")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(ratings, 0);
}

/// The signed-out row: the professional's page and the school's view form send them to sign in.
#[tokio::test]
async fn signed_out_people_reach_no_professional_page_or_form() {
    let heard = start().await;
    let (_, child) = family_with_amira(&heard, "family@example.org").await;
    let stranger = browser();
    let response = visit(&stranger, &format!("{}/professional", heard.base)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in"));
    let response = post_form(
        &stranger,
        &format!("{}{child}/reviews/1/school", heard.base),
        &[("school-rating-1", "achieved")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in"));
}

/// Two goals, the review points made, and the newest point's address; returns (goals, point, review).
async fn two_goals_and_a_review_point(
    heard: &Running,
    family: &reqwest::Client,
    child: &str,
) -> (Vec<i64>, i64, String) {
    for outcome in ["Say hello to a friend", "Read a short book aloud"] {
        let added = post_form(
            family,
            &format!("{}{child}/goals/new", heard.base),
            &[("outcome", outcome), ("theme", "need:communication")],
        )
        .await;
        assert_eq!(added.status(), StatusCode::SEE_OTHER);
    }
    let goals: Vec<i64> = storage::query_scalar("SELECT id FROM goals ORDER BY id")
        .fetch_all(&heard.pool)
        .await
        .unwrap();
    let (status, _) = get(family, &format!("{}{child}/reviews", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    let point: i64 = storage::query_scalar(
        "SELECT id FROM review_points ORDER BY held_on DESC, id DESC LIMIT 1",
    )
    .fetch_one(&heard.pool)
    .await
    .unwrap();
    let review = format!("{}{child}/reviews/{point}", heard.base);
    (goals, point, review)
}

/// The family's review form shows a professional's school view to read only, and no post from the
/// family (their own form, or the school's view form forged) changes it or its mark; the family's
/// other words in the same save are kept, and they still give the school's view where no
/// professional has.
#[tokio::test]
async fn the_familys_form_keeps_the_professionals_school_view_as_they_wrote_it() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let (goals, point, review) = two_goals_and_a_review_point(&heard, &family, &child).await;
    let (theirs, ours) = (goals[0], goals[1]);

    let token = invite_professional(&heard, &family, &child, "yes").await;
    let senco = signed_up(&heard, "patel@example.org").await;
    say_yes(&heard, &senco, &token, "Ms Patel").await;
    let school = post_form(
        &senco,
        &format!("{review}/school"),
        &[
            (
                format!("school-rating-{theirs}"),
                "nearly-there".to_string(),
            ),
            (
                format!("school-comment-{theirs}"),
                "Reads <script>aloud</script> in class".to_string(),
            ),
        ],
    )
    .await;
    assert_eq!(school.status(), StatusCode::SEE_OTHER);

    // The family's form: the professional's view to read, with their mark, and nothing to change it.
    let (status, page) = get(&family, &review).await;
    assert_eq!(status, StatusCode::OK);
    let page = without_isolation(&page);
    assert!(
        !page.contains(&format!("name=\"school-rating-{theirs}\"")),
        "no input for the professional's rating: {page}"
    );
    assert!(
        page.contains(&format!("name=\"school-rating-{ours}\"")),
        "{page}"
    );
    assert!(page.contains("Written by Ms Patel (SENCo, &lt;b&gt;Riverside&lt;/b&gt; Academy)."));
    assert!(
        page.contains("nearly there</dd>"),
        "the rating in words: {page}"
    );
    assert!(page.contains("Reads &lt;script&gt;aloud&lt;/script&gt; in class"));
    assert!(page.contains("Only the person who wrote this can change it."));

    // The school's view form, forged by the family, tries to change it.
    let forged = post_form(
        &family,
        &format!("{review}/school"),
        &[
            (format!("school-rating-{theirs}"), "achieved".to_string()),
            (
                format!("school-comment-{theirs}"),
                "Changed by family".into(),
            ),
        ],
    )
    .await;
    assert_eq!(forged.status(), StatusCode::SEE_OTHER);

    // Then a forged family save tries; everything else the family typed is saved.
    let version = scalar(
        &heard,
        "SELECT CAST(version AS TEXT) FROM review_points WHERE id = $1",
        point,
    )
    .await;
    let saved = post_form(
        &family,
        &review,
        &[
            ("based-on-version".to_string(), version),
            ("held-on-day".into(), "10".into()),
            ("held-on-month".into(), "7".into()),
            ("held-on-year".into(), "2026".into()),
            (format!("rating-{theirs}"), "getting-there".into()),
            (format!("school-rating-{theirs}"), "achieved".into()),
            (
                format!("family-comment-{theirs}"),
                "She says hello at home".into(),
            ),
            (format!("school-rating-{ours}"), "just-starting".into()),
            ("what-is-working".into(), "The quiet room".into()),
        ],
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let row = "SELECT COALESCE(rating, '-') || '|' || COALESCE(school_rating, '-') || '|' || family_comment
            || '|' || school_comment || '|' || COALESCE(CAST(school_written_by AS TEXT), 'nobody')
            || '|' || COALESCE(school_job, '-')
        FROM goal_ratings WHERE goal_id = $1";
    let patel: i64 = storage::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind("patel@example.org")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(
        scalar(&heard, row, theirs).await,
        format!(
            "getting-there|nearly-there|She says hello at home|Reads <script>aloud</script> in class|{patel}|senco"
        )
    );
    assert_eq!(
        scalar(&heard, row, ours).await,
        "-|just-starting|||nobody|-",
        "the family gives the school's view where no professional has"
    );
    let working = scalar(
        &heard,
        "SELECT what_is_working FROM review_points WHERE id = $1",
        point,
    )
    .await;
    assert_eq!(working, "The quiet room");
}

/// The family's invitation to a professional for notes (and goals), as the people page's form posts it.
async fn invite_for_notes(
    heard: &Running,
    family: &reqwest::Client,
    child: &str,
    may_change: &str,
) -> String {
    let invited = post_form(
        family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "professional"),
            ("job", "senco"),
            ("organisation", "Riverside Academy"),
            ("parts", "goals"),
            ("parts", "notes"),
            ("may-change", may_change),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// Notes from school and others, JavaScript off: a SENCo adds a note (hostile words stay text) and
/// changes their own; the family reads it marked as theirs, cannot change its words, and deletes
/// it; a reader and an advocate the family did not share notes with do neither.
#[tokio::test]
async fn a_senco_writes_notes_the_family_reads_and_may_delete_but_never_rewrite() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    let notes = format!("{}{child}/notes", heard.base);
    let token = invite_for_notes(&heard, &family, &child, "yes").await;
    let senco = signed_up(&heard, "patel@example.org").await;
    say_yes(&heard, &senco, &token, "Ms <b>Patel</b>").await;

    // Their own page leads to the notes; the notes page offers them the form.
    let (_, landing) = get(&senco, &format!("{}/professional", heard.base)).await;
    assert!(
        landing.contains(&format!("href=\"{child}/notes\"")),
        "{landing}"
    );
    let (status, page) = get(&senco, &notes).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Add a note"), "{page}");

    // A problem first: no words. What was typed comes back.
    let again = post_form(
        &senco,
        &notes,
        &[
            ("about-day", "20"),
            ("about-month", "11"),
            ("about-year", "2026"),
            ("text", "  "),
        ],
    )
    .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let again = again.text().await.unwrap();
    assert!(again.contains("value=\"20\""), "{again}");
    let count = || async {
        storage::query_scalar::<i64>("SELECT COUNT(*) FROM professional_notes")
            .fetch_one(&heard.pool)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 0);

    let hostile = "<b>Settled</b> well <script>window.x=1</script> after lunch";
    let added = post_form(
        &senco,
        &notes,
        &[
            ("about-day", "20"),
            ("about-month", "11"),
            ("about-year", "2026"),
            ("text", hostile),
        ],
    )
    .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let note: i64 = storage::query_scalar("SELECT id FROM professional_notes")
        .fetch_one(&heard.pool)
        .await
        .unwrap();
    assert_eq!(location(&added), format!("{child}/notes#note-{note}"));

    // The family reads it, marked with who wrote it, as text; they may delete it, not change it.
    let (status, page) = get(&family, &notes).await;
    assert_eq!(status, StatusCode::OK);
    let page = without_isolation(&page);
    assert!(
        page.contains("Written by Ms &lt;b&gt;Patel&lt;/b&gt; (SENCo, Riverside Academy)."),
        "{page}"
    );
    assert!(page.contains(
        "&lt;b&gt;Settled&lt;/b&gt; well &lt;script&gt;window.x=1&lt;/script&gt; after lunch"
    ));
    assert!(page.contains("About 20 November 2026"), "{page}");
    assert!(!page.contains("<b>Settled") && !page.contains("<script>window.x"));
    assert!(page.contains(&format!("action=\"{child}/notes/{note}/delete\"")));
    assert!(!page.contains(&format!("href=\"{child}/notes/{note}\"")));
    assert!(!page.contains("Add a note"));
    let (_, overview) = get(&family, &format!("{}{child}", heard.base)).await;
    assert!(overview.contains(&format!("href=\"{child}/notes\"")));

    let changed = [
        ("about-day", "21"),
        ("about-month", "11"),
        ("about-year", "2026"),
        ("text", "Changed by family"),
    ];
    let (status, _) = get(&family, &format!("{notes}/{note}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let refused = post_form(&family, &format!("{notes}/{note}"), &changed).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let refused = post_form(&family, &notes, &changed).await;
    assert_eq!(
        refused.status(),
        StatusCode::NOT_FOUND,
        "the family adds no note as the school"
    );
    let text = "SELECT text FROM professional_notes WHERE id = $1";
    assert_eq!(scalar(&heard, text, note).await, hostile);

    // The writer changes their own.
    let (status, form) = get(&senco, &format!("{notes}/{note}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("value=\"20\""));
    let mine = post_form(
        &senco,
        &format!("{notes}/{note}"),
        &[
            ("about-day", "21"),
            ("about-month", "11"),
            ("about-year", "2026"),
            ("text", "Settled well after lunch"),
        ],
    )
    .await;
    assert_eq!(mine.status(), StatusCode::SEE_OTHER);
    assert_eq!(scalar(&heard, text, note).await, "Settled well after lunch");

    // A reader the family shared only goals with, and an advocate, see no notes; a reader with notes
    // sees them and adds none.
    let goals_only = post_form(
        &family,
        &format!("{}{child}/people/invite", heard.base),
        &[
            ("role", "professional"),
            ("job", "teacher"),
            ("organisation", "Riverside Academy"),
            ("parts", "goals"),
            ("may-change", "yes"),
        ],
    )
    .await;
    assert_eq!(goals_only.status(), StatusCode::SEE_OTHER);
    let token: String =
        storage::query_scalar("SELECT token FROM invitations ORDER BY id DESC LIMIT 1")
            .fetch_one(&heard.pool)
            .await
            .unwrap();
    let teacher = signed_up(&heard, "teacher@example.org").await;
    say_yes(&heard, &teacher, &token, "Mr Jones").await;
    let (status, _) = get(&teacher, &notes).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let refused = post_form(&teacher, &notes, &changed).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let token = invite_for_notes(&heard, &family, &child, "no").await;
    let reader = signed_up(&heard, "reader@example.org").await;
    say_yes(&heard, &reader, &token, "Ms Reader").await;
    let (status, page) = get(&reader, &notes).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Settled well after lunch"));
    assert!(!page.contains("Add a note") && !page.contains("/delete\""));
    for (form, fields) in [
        (notes.clone(), changed.to_vec()),
        (format!("{notes}/{note}"), changed.to_vec()),
        (format!("{notes}/{note}/delete"), vec![]),
    ] {
        let refused = post_form(&reader, &form, &fields).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "POST {form}");
    }
    assert_eq!(count().await, 1);

    // The family deletes it.
    let deleted = post_form(&family, &format!("{notes}/{note}/delete"), &[("", "")]).await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    assert_eq!(count().await, 0);

    // Signed out: the page and every form send them to sign in.
    let stranger = browser();
    let response = visit(&stranger, &notes).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/sign-in"));
    for form in [
        notes.clone(),
        format!("{notes}/1"),
        format!("{notes}/1/delete"),
    ] {
        let response = post_form(&stranger, &form, &changed).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "POST {form}");
        assert!(location(&response).starts_with("/sign-in"), "POST {form}");
    }
}
