//! The Local Offer: the services a council lists for children and young people with SEND, as Heard
//! holds them after import (`service`), and how families search them (`search`). Plain data and rules,
//! shared by the server and the browser; the importer, storage and search index are in
//! `heard_server::local_offer`.

#[cfg(feature = "ssr")]
pub mod query_form;
pub mod search;
pub mod service;
#[cfg(feature = "ssr")]
pub mod words;

pub use search::{FoundService, MatchReason, SearchQuery, SearchResults};
pub use service::{Service, ServiceCategory, ServiceSummary};
