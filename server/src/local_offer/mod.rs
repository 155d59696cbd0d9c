//! The Local Offer: services imported from Open Referral UK feeds (`oruk`, `import`), each feed by
//! its name (`feeds`), every import recorded (`import_record`) and re-imported on a schedule across
//! instances (`schedule`); kept in the database, and searched through an in-memory full-text index
//! rebuilt in the background whenever an import changes it (`live_index`, `search`, `words`,
//! `own_words`, `places`). Saving a service to a child's record follows the record's access rule (`saved`).
//! `directory` puts these together as the `LocalOffer` pages use.

pub mod directory;
pub mod feeds;
pub mod import;
pub mod import_record;
pub mod live_index;
pub mod oruk;
pub mod own_words;
pub mod places;
mod saved;
pub mod schedule;
pub mod search;
#[doc(hidden)]
pub mod synthetic;
pub mod words;

pub use directory::LocalOfferStore;

#[cfg(test)]
mod operator_tests;
#[cfg(test)]
mod search_tests;
