//! Reading Open Referral UK feeds (v1 and v3) into Heard's `Service`, checking each service, keeping
//! what is usable and saying what was not.

use heard_app::local_offer::Service;

/// The largest feed Heard reads, file or all pages of a URL together.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

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
}

/// Reads a file path or an http(s) URL. A URL that answers with an API page is followed page by page.
pub async fn read_source(source: &str, max_bytes: usize) -> Result<Feed, FeedError> {
    let _ = (source, max_bytes);
    todo!("being written")
}

/// Reads one JSON document: a v3 service, an array of services (v1 or v3), or a v3 API page.
pub fn read_json(bytes: &[u8]) -> Result<Feed, FeedError> {
    let _ = bytes;
    todo!("being written")
}
