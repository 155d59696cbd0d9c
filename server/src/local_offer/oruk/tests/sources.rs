//! Reading feeds from files and URLs, following an API's pages.

use super::*;

#[tokio::test]
async fn a_file_is_read_and_a_large_one_refused() {
    let path = fixture_path("v3-page.json");
    let path = path.to_str().unwrap();
    let feed = read_source(path, DEFAULT_MAX_BYTES).await.unwrap();
    assert_eq!(
        (feed.services.len(), feed.rejected.len(), feed.pages_read),
        (4, 1, 1)
    );
    match read_source(path, 100).await {
        Err(FeedError::TooLarge { limit: 100 }) => {}
        other => panic!("expected TooLarge, got {other:?}"),
    }
    match read_source("/no/such/feed.json", DEFAULT_MAX_BYTES).await {
        Err(FeedError::Unreadable { place, reason }) => {
            assert_eq!(
                (place.as_str(), reason.as_str()),
                ("/no/such/feed.json", "there is no such file")
            );
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
}

mod over_http {
    use super::*;
    use axum::extract::{Query, State};
    use axum::http::StatusCode;
    use axum::routing::get;
    use axum::Router;
    use serde_json::json;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    type Asked = Arc<Mutex<Vec<String>>>;

    fn page(number: u64, contents: serde_json::Value) -> String {
        json!({
            "total_items": 7,
            "total_pages": 3,
            "page_number": number,
            "size": 3,
            "first_page": number == 1,
            "last_page": number == 3,
            "empty": false,
            "contents": contents,
        })
        .to_string()
    }

    fn club(id: &str) -> serde_json::Value {
        json!({"id": id, "name": format!("Club {id}"), "email": "club@example.org",
               "attributes": [{"taxonomy_term": {"name": "Sports"}}]})
    }

    async fn services(
        State(asked): State<Asked>,
        Query(query): Query<HashMap<String, String>>,
    ) -> Result<String, StatusCode> {
        let mut keys: Vec<_> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        keys.sort();
        asked.lock().unwrap().push(keys.join("&"));
        match query.get("page").map(String::as_str) {
            None | Some("1") => Ok(page(1, json!([club("p1-a"), club("p1-b"), club("p1-c")]))),
            Some("2") => Ok(page(2, json!([club("p2-a"), club("p2-b")]))),
            Some("3") => Ok(page(
                3,
                json!([club("p3-a"), {"name": "No id"}, club("p1-a")]),
            )),
            _ => Err(StatusCode::NOT_FOUND),
        }
    }

    /// Starts a feed server on a free port; its address, and the query strings it was asked for.
    async fn serve(router: Router<Asked>) -> (String, Asked) {
        let asked: Asked = Arc::default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = router.with_state(asked.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{address}"), asked)
    }

    #[tokio::test]
    async fn every_page_of_an_api_is_read() {
        let (base, asked) = serve(Router::new().route("/services", get(services))).await;
        let feed = read_source(&format!("{base}/services?per_page=3"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!(feed.pages_read, 3);
        assert_eq!(ids(&feed), ["p1-a", "p1-b", "p1-c", "p2-a", "p2-b", "p3-a"]);
        // Positions count across pages.
        assert_eq!(
            rejected(&feed),
            [
                (None, 7, vec!["it has no id"]),
                (
                    Some("p1-a"),
                    8,
                    vec!["it has the same id as the service at position 1"]
                ),
            ]
        );
        assert_eq!(
            *asked.lock().unwrap(),
            ["per_page=3", "page=2&per_page=3", "page=3&per_page=3"]
        );
        // Given the address of a later page, the whole feed is still read, in order.
        let from_two = read_source(&format!("{base}/services?page=2"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!(ids(&from_two), ids(&feed));
        assert_eq!(from_two.pages_read, 3);
    }

    /// A v1 (Spring-style) page numbered from 0 in its answer.
    fn spring_page(number: u64, content: serde_json::Value) -> String {
        json!({"totalElements": 4, "totalPages": 3, "number": number, "size": 2,
               "first": number == 0, "last": number == 2, "content": content})
        .to_string()
    }

    #[tokio::test]
    async fn apis_numbering_pages_from_zero_are_followed_both_ways() {
        let router = Router::new()
            // Asked from 1, answering from 0.
            .route(
                "/one-indexed",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page").map(String::as_str) {
                        None | Some("1") => spring_page(0, json!([club("a"), club("b")])),
                        Some("2") => spring_page(1, json!([club("c")])),
                        _ => spring_page(2, json!([club("d")])),
                    }
                }),
            )
            // Asked and answering from 0.
            .route(
                "/zero-indexed",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page").map(String::as_str) {
                        None | Some("0") => spring_page(0, json!([club("a"), club("b")])),
                        Some("1") => spring_page(1, json!([club("c")])),
                        _ => spring_page(2, json!([club("d")])),
                    }
                }),
            );
        let (base, _) = serve(router).await;
        for path in ["one-indexed", "zero-indexed"] {
            let feed = read_source(&format!("{base}/{path}"), DEFAULT_MAX_BYTES)
                .await
                .unwrap();
            assert_eq!(ids(&feed), ["a", "b", "c", "d"], "{path}");
            assert_eq!((feed.pages_read, feed.rejected.len()), (3, 0), "{path}");
        }
    }

    #[tokio::test]
    async fn pages_together_may_not_pass_the_limit() {
        let (base, _) = serve(Router::new().route("/services", get(services))).await;
        let first_page = page(1, json!([club("p1-a"), club("p1-b"), club("p1-c")])).len();
        match read_source(&format!("{base}/services"), first_page + 10).await {
            Err(FeedError::TooLarge { limit }) => assert_eq!(limit, first_page + 10),
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn an_error_answer_or_a_broken_page_reads_nothing() {
        let router = Router::new()
            .route("/gone", get(|| async { (StatusCode::NOT_FOUND, "gone") }))
            .route(
                "/broken",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page") {
                        None => page(1, json!([club("a")])),
                        Some(_) => "{\"oops\": true}".to_string(),
                    }
                }),
            )
            .route(
                "/array",
                get(|| async { json!([club("only")]).to_string() }),
            );
        let (base, _) = serve(router).await;
        match read_source(&format!("{base}/gone"), DEFAULT_MAX_BYTES).await {
            Err(FeedError::Unreadable { reason, .. }) => {
                assert_eq!(reason, "the server answered 404 Not Found")
            }
            other => panic!("expected Unreadable, got {other:?}"),
        }
        match read_source(&format!("{base}/broken"), DEFAULT_MAX_BYTES).await {
            Err(FeedError::WrongShape(why)) => assert!(why.starts_with("page 2: "), "{why}"),
            other => panic!("expected WrongShape, got {other:?}"),
        }
        let plain = read_source(&format!("{base}/array"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!((ids(&plain), plain.pages_read), (vec!["only"], 1));
    }
}
