//! The islands as the server renders them. None takes props: an island with props is handed them as
//! JSON, which brings a JSON reader (and float formatting) into the WebAssembly every phone
//! downloads. Their words travel as the islands' children, in the person's language.

use crate::common::*;

/// Each page, and the islands it must show (their `data-island`).
fn pages(heard: &Running, child: &str) -> Vec<(String, Vec<&'static str>)> {
    let base = &heard.base;
    vec![
        (format!("{base}/"), vec!["read-aloud"]),
        (
            format!("{base}/local-offer?q=speech"),
            vec!["read-aloud", "live-search", "use-my-location"],
        ),
        (
            format!("{base}/reading-options"),
            vec!["read-aloud", "reading-options"],
        ),
        (
            format!("{base}{child}/goals/new"),
            vec!["read-aloud", "keep-while-typing"],
        ),
        (
            format!("{base}{child}/my-page"),
            vec!["read-aloud", "voice-note"],
        ),
    ]
}

#[tokio::test]
async fn every_island_takes_its_words_as_children_and_no_props() {
    let heard = start().await;
    let (family, child) = family_with_amira(&heard, "family@example.org").await;
    for (url, islands) in pages(&heard, &child) {
        let (status, html) = get(&family, &url).await;
        assert_eq!(status, 200, "{url}");
        for island in islands {
            assert!(
                html.contains(&format!("data-island=\"{island}\"")),
                "{url} shows {island}"
            );
        }
        assert!(html.contains("<leptos-island"), "{url} has islands");
        assert!(!html.contains("data-props"), "{url} hands an island props");
    }

    // The words each island may show are there, hidden until it needs them.
    let (_, search) = get(&family, &format!("{}/local-offer", heard.base)).await;
    assert_hidden_saying(
        &search,
        "live-search-failed",
        "The results could not be updated. Press Search to try again.",
    );
    assert_hidden_saying(&search, "use-location-button", "Use my location");
    let (_, form) = get(&family, &format!("{}{child}/goals/new", heard.base)).await;
    assert_hidden_saying(&form, "draft-restored", "We put back what you were writing");
    let (_, my_page) = get(&family, &format!("{}{child}/my-page", heard.base)).await;
    let (words, _) = tag_with(&my_page, "voice-note-words");
    assert!(words.contains(" hidden"), "{words}");
    assert!(
        words.contains(&format!("data-post-to=\"{child}/voice-notes\"")),
        "{words}"
    );
    assert_eq!(
        tag_with(&my_page, "data-word=\"start\"").1,
        "Record a voice note"
    );
}

/// The opening tag holding `marker`, and the text straight after it.
fn tag_with<'a>(html: &'a str, marker: &str) -> (&'a str, &'a str) {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    let text = &html[end + 1..];
    (&html[start..=end], &text[..text.find('<').unwrap()])
}

fn assert_hidden_saying(html: &str, class: &str, words: &str) {
    let (tag, text) = tag_with(html, class);
    assert!(tag.contains(" hidden"), "{tag} is hidden until needed");
    assert!(text.trim().starts_with(words), "{tag}{text} says {words}");
}
