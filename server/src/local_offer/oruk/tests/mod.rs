//! Reading the sample feeds in `server/tests/fixtures/oruk/`, each asserting exactly what comes out.
//! One file a kind of feed (`v3`, `v1`), `broken_feeds`, and `sources` (files and URLs); the demo feed here.

mod broken_feeds;
mod sources;
mod v1;
mod v3;

use super::*;
use heard_app::local_offer::service::{
    AgeRange, Contact, Cost, OpeningTime, Phone, Place, Referral, ServiceCategory, Weekday,
};
use heard_app::record::{AdulthoodTheme, AreaOfNeed};
use std::path::PathBuf;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/oruk")
        .join(name)
}

fn read(name: &str) -> Feed {
    let bytes = std::fs::read(fixture_path(name)).expect("fixture");
    read_json(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn service<'a>(feed: &'a Feed, id: &str) -> &'a ReadService {
    feed.services
        .iter()
        .find(|s| s.service.id == id)
        .unwrap_or_else(|| panic!("no service {id}"))
}

fn ids(feed: &Feed) -> Vec<&str> {
    feed.services
        .iter()
        .map(|s| s.service.id.as_str())
        .collect()
}

/// (id, position, reasons) of each rejected service.
fn rejected(feed: &Feed) -> Vec<(Option<&str>, usize, Vec<&str>)> {
    feed.rejected
        .iter()
        .map(|r| {
            (
                r.id.as_deref(),
                r.position,
                r.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

fn ages(min: Option<u8>, max: Option<u8>) -> AgeRange {
    AgeRange { min, max }
}

fn phone(number: &str, description: &str) -> Phone {
    Phone {
        number: number.into(),
        description: description.into(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn open(days: &[Weekday], opens: &str, closes: &str, description: &str) -> OpeningTime {
    OpeningTime {
        days: days.to_vec(),
        opens: Some(opens.into()),
        closes: Some(closes.into()),
        description: description.into(),
    }
}

// --- The demo feed -----------------------------------------------------------------------------

#[test]
fn the_demo_feed_reads_without_rejections() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("demo/local-offer.json");
    let bytes = std::fs::read(&path).expect("server/demo/local-offer.json");
    let feed = read_json(&bytes).expect("the demo feed reads");
    assert_eq!(
        rejected(&feed),
        [],
        "the demo feed's services are all usable"
    );
    let said: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        Some(feed.services.len() as u64),
        said["total_items"].as_u64(),
        "every service in the demo feed is read"
    );
    // Every demo term is in the taxonomy map, so every demo service can be found by category.
    let uncategorised: Vec<&str> = feed
        .services
        .iter()
        .filter(|s| s.service.categories.is_empty())
        .map(|s| s.service.id.as_str())
        .collect();
    assert_eq!(uncategorised, Vec::<&str>::new());
}

#[test]
fn one_saved_page_of_several_is_refused_so_nothing_is_unlisted() {
    let error = read_json(
        br#"{"total_pages": 3, "page_number": 1, "contents": [{"id": "a", "name": "A"}]}"#,
    )
    .unwrap_err();
    assert!(
        matches!(&error, FeedError::WrongShape(why) if why.contains("one page of 3")),
        "{error}"
    );
}
