//! Reading Open Referral UK feeds (v1 and v3) into Heard's `Service`, checking each service, keeping
//! what is usable and saying what was not.
//!
//! A feed is one JSON document (a file, or each page of an API): a v3 service, a list of services
//! (v1 or v3), a v3 API page (`{total_items, total_pages, page_number, size, first_page, last_page,
//! empty, contents}`), a v1 API page (`{totalElements, totalPages, number, size, first, last,
//! content}`) or v1 tables (`{service: [...], eligibility: [...], ...}`, see `v1`). v1 services are
//! put into v3's words (`v1`), then every service is checked here (id, name, repeated ids, status)
//! and read (`v3`), with its taxonomy terms mapped onto Heard's vocabulary by
//! `server/data/taxonomy-map.txt` (`terms`) and its words cleaned of HTML (`text`). `fetch` reads
//! files and URLs, following an API's pages; `stream` reads each document a service at a time.
//! `days` reads weekdays as both versions write them.

mod days;
mod fetch;
mod json;
mod stream;
pub mod terms;
mod text;
mod v1;
mod v3;

#[cfg(test)]
mod tests;

use heard_app::local_offer::service::ServiceStatus;
use heard_app::local_offer::Service;
use json::{kind, shown, Object};
use serde_json::Value;
use std::collections::HashMap;
use stream::Paging;
pub use stream::{MAX_HELD_BYTES, MAX_SERVICE_BYTES};

/// The largest feed Heard reads, file or all pages of a URL together. Services are read one at a
/// time (`stream`), so this bounds the time an import takes more than the memory it needs.
pub const DEFAULT_MAX_BYTES: usize = 512 * 1024 * 1024;

/// A whole feed, read and checked. Nothing is stored yet.
#[derive(Debug, Default)]
pub struct Feed {
    /// Usable services, in feed order, each with what was wrong but could be worked around.
    pub services: Vec<ReadService>,
    /// Services that could not be used at all.
    pub rejected: Vec<Rejected>,
    /// How many pages were read (1 for a file).
    pub pages_read: usize,
}

#[derive(Debug)]
pub struct ReadService {
    pub service: Service,
    /// Plain English, for the operator's report ("minimum_age \"five\" is not a number: left out").
    pub warnings: Vec<String>,
}

#[derive(Debug)]
pub struct Rejected {
    /// The service's id when it had one.
    pub id: Option<String>,
    /// Its place in the feed, from 1, so a service without an id can still be found.
    pub position: usize,
    pub reasons: Vec<String>,
}

/// Why a feed could not be read at all. Nothing is changed when any of these happens.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("the feed is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the feed is not valid JSON: {0}")]
    NotJson(String),
    #[error("the feed is JSON but not Open Referral UK services: {0}")]
    WrongShape(String),
    #[error("could not read {place}: {reason}")]
    Unreadable { place: String, reason: String },
    #[error("the service at position {position} is larger than {limit} bytes")]
    ServiceTooLarge { position: usize, limit: usize },
}

/// Reads a file path or an http(s) URL. A URL that answers with an API page is followed page by page.
pub async fn read_source(source: &str, max_bytes: usize) -> Result<Feed, FeedError> {
    fetch::read_source(source, max_bytes).await
}

/// Reads one JSON document: a v3 service, an array of services (v1 or v3), a v3 API page (or a v1
/// one), or v1 tables. A page is read alone: its other pages are not fetched.
pub fn read_json(bytes: &[u8]) -> Result<Feed, FeedError> {
    let mut checker = Checker::default();
    whole_document(stream::read_document(bytes, usize::MAX, &mut checker)?)?;
    Ok(checker.finish(1))
}

/// A saved file holding one page of several: importing it alone would mark every service on the other
/// pages as no longer listed, so it is refused.
fn whole_document(paging: Option<Paging>) -> Result<(), FeedError> {
    match paging {
        Some(paging) if paging.total_pages > 1 => Err(FeedError::WrongShape(format!(
            "this is one page of {} from an API; import the API's address to read every page",
            paging.total_pages
        ))),
        _ => Ok(()),
    }
}

/// Checks and reads each service as it is read, numbering them across pages.
#[derive(Default)]
struct Checker {
    feed: Feed,
    first_seen: HashMap<String, usize>,
    position: usize,
}

impl Checker {
    fn finish(mut self, pages_read: usize) -> Feed {
        self.feed.pages_read = pages_read;
        self.feed
    }
}

impl stream::Sink for Checker {
    fn take(&mut self, item: Value, from_tables: bool) {
        self.position += 1;
        match check_one(item, from_tables, self.position, &mut self.first_seen) {
            Ok(read) => self.feed.services.push(read),
            Err(rejected) => self.feed.rejected.push(rejected),
        }
    }

    fn taken(&self) -> usize {
        self.position
    }
}

fn check_one(
    item: Value,
    from_tables: bool,
    position: usize,
    first_seen: &mut HashMap<String, usize>,
) -> Result<ReadService, Rejected> {
    let object = match item {
        Value::Object(object) => object,
        other => {
            return Err(Rejected {
                id: None,
                position,
                reasons: vec![format!("it is {}, not a service", kind(&other))],
            })
        }
    };
    let mut warnings = Vec::new();
    let object = if from_tables || v1::looks_v1(&object) {
        v1::to_v3(object, &mut warnings)
    } else {
        object
    };
    let mut reasons = Vec::new();
    let id = json::text(object.get("id"));
    match (&id, object.get("id")) {
        (Some(_), _) | (None, None | Some(Value::Null | Value::String(_))) => {}
        (None, Some(other)) => reasons.push(format!("its id is {}, not text", kind(other))),
    }
    if id.is_none() && reasons.is_empty() {
        reasons.push("it has no id".to_string());
    }
    let name = json::text(object.get("name"))
        .map(|n| text::clean_line(&n))
        .filter(|n| !n.is_empty());
    if name.is_none() {
        reasons.push("it has no name".to_string());
    }
    if let Some(id) = &id {
        match first_seen.get(id) {
            Some(first) => reasons.push(format!(
                "it has the same id as the service at position {first}"
            )),
            None => {
                first_seen.insert(id.clone(), position);
            }
        }
    }
    let status = status(&object, &mut reasons, &mut warnings);
    match (id, name, reasons.is_empty()) {
        (Some(id), Some(name), true) => {
            let service = v3::read(&object, id, name, status, &mut warnings);
            Ok(ReadService { service, warnings })
        }
        (id, _, _) => Err(Rejected {
            id,
            position,
            reasons,
        }),
    }
}

/// The service's status; inactive and defunct services are rejected, unknown ones read as active.
fn status(object: &Object, reasons: &mut Vec<String>, warnings: &mut Vec<String>) -> ServiceStatus {
    let Some(value) = object.get("status").filter(|v| !v.is_null()) else {
        return ServiceStatus::Active;
    };
    let said = json::text(Some(value))
        .map(|s| text::words(&s).join(" "))
        .unwrap_or_default();
    match said.as_str() {
        "" | "active" => ServiceStatus::Active,
        "temporarily closed" | "closed temporarily" => ServiceStatus::TemporarilyClosed,
        "inactive" | "defunct" => {
            reasons.push(format!("the feed says it is {said}"));
            ServiceStatus::Active
        }
        _ => {
            warnings.push(format!(
                "status {} is not one Open Referral UK uses: read as active",
                shown(value)
            ));
            ServiceStatus::Active
        }
    }
}
