//! `LocalOffer` over SQLite: services and saved services live in the database; the search index is
//! rebuilt from it whenever an import (perhaps by another process, `heard import-oruk`) has changed it.

use super::places::PostcodeDistricts;
use super::search::ServiceIndex;
use super::words::Lexicon;
use super::{import, saved};
use crate::access::Gate;
use crate::storage;
use crate::storage::Db;
use heard_app::local_offer::search::Origin;
use heard_app::local_offer::service::SavedService;
use heard_app::local_offer::{SearchQuery, SearchResults, Service};
use heard_app::people::RecordPart;
use heard_app::scope::Viewer;
use heard_app::services::{ListedService, LocalOffer, LocalOfferError, RecordError};
use std::sync::Arc;
use tokio::sync::Mutex;

/// A search index and the import generation it was built from.
type BuiltIndex = (i64, Arc<ServiceIndex>);

/// What the held index was built from, for `/readyz` and `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStatus {
    pub generation: i64,
    pub services: usize,
}

#[derive(Clone)]
pub struct LocalOfferStore {
    pool: Db,
    lexicon: Arc<Lexicon>,
    districts: Arc<PostcodeDistricts>,
    /// The index and the import generation it was built from.
    index: Arc<Mutex<Option<BuiltIndex>>>,
    /// Beside `index`, readable while a rebuild holds it.
    built: Arc<std::sync::Mutex<Option<IndexStatus>>>,
    /// The access rule for services saved to a child's record.
    gate: Gate,
}

fn unavailable(error: impl std::fmt::Display) -> LocalOfferError {
    tracing::error!(%error, "Local Offer storage failed");
    LocalOfferError::Unavailable
}

impl LocalOfferStore {
    pub fn new(pool: Db) -> Self {
        LocalOfferStore {
            pool,
            lexicon: Arc::new(Lexicon::load()),
            districts: Arc::new(PostcodeDistricts::load()),
            index: Arc::new(Mutex::new(None)),
            built: Arc::default(),
            gate: Gate::every_time(),
        }
    }

    /// The same directory (and its index) for one request, through that request's gate.
    pub fn with_gate(&self, gate: Gate) -> Self {
        LocalOfferStore {
            pool: self.pool.clone(),
            lexicon: self.lexicon.clone(),
            districts: self.districts.clone(),
            index: self.index.clone(),
            built: self.built.clone(),
            gate,
        }
    }

    /// The index for the database as it is now, rebuilt first if an import changed it. One rebuild
    /// at a time; searches wait for it rather than see half a catalogue.
    pub async fn current_index(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        let generation = import::generation(&self.pool).await.map_err(unavailable)?;
        let mut held = self.index.lock().await;
        if let Some((built_from, index)) = held.as_ref() {
            if *built_from == generation {
                return Ok(index.clone());
            }
        }
        let details: Vec<String> =
            storage::query_scalar("SELECT details FROM services WHERE listed = TRUE")
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        let lexicon = self.lexicon.clone();
        let index = tokio::task::spawn_blocking(move || {
            let services = details
                .iter()
                .filter_map(|json| serde_json::from_str::<Service>(json).ok())
                .collect();
            ServiceIndex::build(services, lexicon)
        })
        .await
        .map_err(unavailable)?
        .map_err(unavailable)?;
        let index = Arc::new(index);
        tracing::info!(
            services = index.len(),
            generation,
            "Local Offer search index built"
        );
        *held = Some((generation, index.clone()));
        *self.built.lock().unwrap_or_else(|e| e.into_inner()) = Some(IndexStatus {
            generation,
            services: index.len(),
        });
        Ok(index)
    }

    /// The index searches are answered from now, if one has been built; it may be a generation
    /// behind while a rebuild runs. Never waits.
    pub fn index_status(&self) -> Option<IndexStatus> {
        *self.built.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn origin_point(&self, origin: &Origin) -> Result<(f64, f64), LocalOfferError> {
        match origin {
            Origin::District(district) => self
                .districts
                .centre(district)
                .ok_or(LocalOfferError::UnknownDistrict),
            Origin::Point {
                latitude,
                longitude,
            } => Ok((*latitude, *longitude)),
        }
    }
}

#[async_trait::async_trait]
impl LocalOffer for LocalOfferStore {
    async fn search(&self, query: &SearchQuery) -> Result<SearchResults, LocalOfferError> {
        let origin = query
            .origin
            .as_ref()
            .map(|origin| self.origin_point(origin))
            .transpose()?;
        let index = self.current_index().await?;
        index.search(query, origin).map_err(unavailable)
    }

    async fn service(&self, id: &str) -> Result<ListedService, LocalOfferError> {
        let row: Option<(String, bool)> =
            storage::query_as("SELECT details, listed FROM services WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .map_err(unavailable)?;
        let (details, listed) = row.ok_or(LocalOfferError::NotFound)?;
        let service = serde_json::from_str(&details).map_err(unavailable)?;
        Ok(ListedService {
            service,
            still_listed: listed,
        })
    }

    async fn save_service(
        &self,
        viewer: &Viewer,
        child_id: i64,
        service_id: &str,
        note: &str,
    ) -> Result<i64, RecordError> {
        let today = heard_app::clock::today();
        let child = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::SavedServices)
            .await?;
        saved::save(&self.pool, &child, service_id, note, today).await
    }

    async fn saved_services(
        &self,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<Vec<SavedService>, RecordError> {
        let child = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::SavedServices)
            .await?;
        saved::list(&self.pool, &child).await
    }

    async fn forget_saved_service(
        &self,
        viewer: &Viewer,
        child_id: i64,
        saved_id: i64,
    ) -> Result<(), RecordError> {
        let child = self
            .gate
            .allow(&self.pool, viewer, child_id, RecordPart::SavedServices)
            .await?;
        saved::forget(&self.pool, &child, saved_id).await
    }
}
