//! `LocalOffer` over the database: services and saved services live in the database; searches are
//! answered from an in-memory index kept up to date in the background (`live_index`), and the
//! services a page of results shows are read from the database.

use super::live_index::{IndexStatus, LiveIndex};
use super::places::PostcodeDistricts;
use super::saved;
use super::search::ServiceIndex;
use super::words::Lexicon;
use crate::access::Gate;
use crate::storage;
use crate::storage::Db;
use heard_app::local_offer::search::Origin;
use heard_app::local_offer::service::SavedService;
use heard_app::local_offer::{SearchQuery, SearchResults, Service};
use heard_app::people::RecordPart;
use heard_app::scope::Viewer;
use heard_app::services::{ListedService, LocalOffer, LocalOfferError, RecordError};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone)]
pub struct LocalOfferStore {
    pool: Db,
    districts: Arc<PostcodeDistricts>,
    /// The search index, shared by every request.
    index: LiveIndex,
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
            index: LiveIndex::new(pool.clone(), Arc::new(Lexicon::load())),
            pool,
            districts: Arc::new(PostcodeDistricts::load()),
            gate: Gate::every_time(),
        }
    }

    /// The same directory (and its index) for one request, through that request's gate.
    pub fn with_gate(&self, gate: Gate) -> Self {
        LocalOfferStore {
            pool: self.pool.clone(),
            districts: self.districts.clone(),
            index: self.index.clone(),
            gate,
        }
    }

    /// The index a search is answered from now: never waits for a rebuild after an import (that
    /// runs in the background), only for this server's very first index.
    pub async fn current_index(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        self.index.for_search().await
    }

    /// The index as of the database now, waiting for a rebuild if an import changed it.
    pub async fn refreshed_index(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        self.index.refreshed().await
    }

    /// What searches are answered from now (import generation, services), once an index is built.
    pub fn index_status(&self) -> Option<IndexStatus> {
        self.index.status()
    }

    /// Starts a rebuild in the background if an import has changed the services (asking the
    /// database at most once a second); for answers made without a search.
    pub fn look_for_imports(&self) {
        self.index.look_for_imports()
    }

    /// True once this server's first search index is built (for `/readyz`).
    pub fn is_ready(&self) -> bool {
        self.index.is_ready()
    }

    /// Builds the first index now and follows imports made anywhere; spawned once as the server
    /// starts.
    pub async fn keep_index_fresh(self) {
        self.index.keep_fresh().await
    }

    #[cfg(test)]
    pub(crate) fn live_index(&self) -> &LiveIndex {
        &self.index
    }

    /// The services with these ids (a page of results), in one query: the index holds only ids.
    async fn services_by_id(
        &self,
        ids: &[String],
    ) -> Result<HashMap<String, Service>, LocalOfferError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let marks: Vec<String> = (1..=ids.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT id, details FROM services WHERE id IN ({})",
            marks.join(", ")
        );
        let rows: Vec<(String, String)> = ids
            .iter()
            .fold(storage::query_as(&sql), |query, id| query.bind(id))
            .fetch_all(&self.pool)
            .await
            .map_err(unavailable)?;
        rows.into_iter()
            .map(|(id, details)| Ok((id, serde_json::from_str(&details).map_err(unavailable)?)))
            .collect()
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
        let matches = index.find(query, origin).map_err(unavailable)?;
        let services = self.services_by_id(&matches.ids).await?;
        Ok(index.show(matches, query, origin, services))
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
