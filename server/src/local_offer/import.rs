//! Storing a read feed: one transaction, updating services by id, unlisting what the feed no longer
//! carries, never deleting (families' saved services point at these rows).

use super::oruk::{Feed, Rejected};
use crate::storage;
use crate::storage::Db;
use std::collections::HashSet;
use std::fmt;

/// What an import did, for the operator.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub feed: String,
    pub pages_read: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Listed before, missing (or unusable) in this import.
    pub no_longer_listed: usize,
    /// (position, id, reasons)
    pub rejected: Vec<(usize, Option<String>, Vec<String>)>,
    /// (id, warnings) for services imported with something left out.
    pub partly: Vec<(String, Vec<String>)>,
}

impl ImportReport {
    pub fn read(&self) -> usize {
        self.added + self.updated + self.unchanged + self.rejected.len()
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pages = if self.pages_read == 1 {
            "page"
        } else {
            "pages"
        };
        writeln!(
            f,
            "Read {} services from {} {pages} of {}.",
            self.read(),
            self.pages_read,
            self.feed
        )?;
        writeln!(
            f,
            "Added {}, updated {}, unchanged {}; {} no longer listed.",
            self.added, self.updated, self.unchanged, self.no_longer_listed
        )?;
        writeln!(
            f,
            "Imported with something left out: {}. Rejected: {}.",
            self.partly.len(),
            self.rejected.len()
        )?;
        for (position, id, reasons) in &self.rejected {
            let id = id.as_deref().unwrap_or("(no id)");
            writeln!(f, "  rejected   #{position} {id}: {}", reasons.join("; "))?;
        }
        for (id, warnings) in &self.partly {
            writeln!(f, "  left out   {id}: {}", warnings.join("; "))?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Feed(#[from] super::oruk::FeedError),
    #[error("could not store the services: {0}")]
    Storage(#[from] sqlx::Error),
    #[error("could not write a service as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Reads a file or URL and stores it. Nothing changes unless the whole feed could be read.
pub async fn import_source(
    pool: &Db,
    source: &str,
    max_bytes: usize,
) -> Result<ImportReport, ImportError> {
    let feed = super::oruk::read_source(source, max_bytes).await?;
    store(pool, source, feed).await
}

/// Stores a feed read from `source` in one transaction.
pub async fn store(pool: &Db, source: &str, feed: Feed) -> Result<ImportReport, ImportError> {
    let now = crate::storage::unix_seconds_now();
    let mut report = ImportReport {
        feed: source.to_string(),
        pages_read: feed.pages_read,
        ..ImportReport::default()
    };
    let mut tx = pool
        .begin_locked(storage::Lock::all("local-offer-import"))
        .await?;
    let mut carried = HashSet::new();
    for read in feed.services {
        let service = read.service;
        let details = serde_json::to_string(&service)?;
        let before: Option<(String, String, bool)> =
            storage::query_as("SELECT details, feed, listed FROM services WHERE id = $1")
                .bind(&service.id)
                .fetch_optional(&mut tx)
                .await?;
        match before {
            None => {
                storage::query(
                    "INSERT INTO services (id, name, feed, listed, details, first_imported_at, imported_at)
                     VALUES ($1, $2, $3, TRUE, $4, $5, $6)",
                )
                .bind(&service.id)
                .bind(&service.name)
                .bind(source)
                .bind(&details)
                .bind(now)
                .bind(now)
                .execute(&mut tx)
                .await?;
                report.added += 1;
            }
            Some((old, old_feed, listed)) if old == details && old_feed == source && listed => {
                report.unchanged += 1;
            }
            Some(_) => {
                storage::query(
                    "UPDATE services SET name = $1, feed = $2, listed = TRUE, details = $3, imported_at = $4
                     WHERE id = $5",
                )
                .bind(&service.name)
                .bind(source)
                .bind(&details)
                .bind(now)
                .bind(&service.id)
                .execute(&mut tx)
                .await?;
                report.updated += 1;
            }
        }
        if !read.warnings.is_empty() {
            report.partly.push((service.id.clone(), read.warnings));
        }
        carried.insert(service.id);
    }
    let listed_before: Vec<String> =
        storage::query_scalar("SELECT id FROM services WHERE feed = $1 AND listed = TRUE")
            .bind(source)
            .fetch_all(&mut tx)
            .await?;
    for id in listed_before.iter().filter(|id| !carried.contains(*id)) {
        storage::query("UPDATE services SET listed = FALSE, imported_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut tx)
            .await?;
        report.no_longer_listed += 1;
    }
    report.rejected = feed
        .rejected
        .into_iter()
        .map(
            |Rejected {
                 id,
                 position,
                 reasons,
             }| (position, id, reasons),
        )
        .collect();
    if report.added + report.updated + report.no_longer_listed > 0 {
        storage::query("UPDATE local_offer_generation SET generation = generation + 1")
            .execute(&mut tx)
            .await?;
    }
    tx.commit().await?;
    Ok(report)
}

/// The current generation: changes whenever an import changed any service.
pub async fn generation(pool: &Db) -> Result<i64, sqlx::Error> {
    storage::query_scalar("SELECT generation FROM local_offer_generation")
        .fetch_one(pool)
        .await
}
