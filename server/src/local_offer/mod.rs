//! The Local Offer: services imported from Open Referral UK feeds (`oruk`, `import`), kept in SQLite,
//! and searched through an in-memory full-text index rebuilt from SQLite whenever an import changes it
//! (`search`). Saving a service to a child's record follows the record's access rule (`saved`).

pub mod oruk;
