//! The Local Offer: services imported from Open Referral UK feeds (`oruk`, `import`), kept in SQLite,
//! and searched through an in-memory full-text index rebuilt from SQLite whenever an import changes it
//! (`search`, `words`, `places`). Saving a service to a child's record follows the record's access
//! rule (`saved`). `directory` puts these together as the `LocalOffer` pages use.

pub mod directory;
pub mod import;
pub mod oruk;
pub mod places;
mod saved;
pub mod search;
#[doc(hidden)]
pub mod synthetic;
pub mod words;

pub use directory::LocalOfferStore;

#[cfg(test)]
mod search_tests;
