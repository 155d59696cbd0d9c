//! The search index a server answers from, kept up to date without making anyone wait.
//!
//! The database holds the services and a generation number that every import changing them bumps
//! (perhaps made by another instance, the schedule, or `heard import-oruk`). A search answers at once
//! from the index held; if the database has moved on, a new index is built in the background and
//! swapped in when whole, and the old one answers until then. Only the very first index is waited
//! for: until it exists there is nothing true to answer from ("no services" would be false). The
//! server starts building it as it starts (`keep_fresh`), and `/readyz` says not ready until it is
//! built, so a load balancer sends no family to an instance before then.

use super::import;
use super::search::ServiceIndex;
use super::words::Lexicon;
use crate::storage;
use crate::storage::Db;
use heard_app::local_offer::Service;
use heard_app::services::LocalOfferError;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How often a running server looks for imports made elsewhere, so its index follows them even
/// when nobody searches.
const FOLLOW_EVERY: Duration = Duration::from_secs(15);
/// How often answers that do not search ask whether an import has happened (`look_for_imports`).
const LOOK_AT_MOST_EVERY: Duration = Duration::from_secs(1);
/// After a failed build, searches do not start another for this long (each build reads every
/// service, which a struggling database does not need on every search).
const AFTER_A_FAILURE: Duration = Duration::from_secs(30);

/// What the index searches are answered from was built from, for `/readyz` and `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStatus {
    /// The import generation it was built from.
    pub generation: i64,
    pub services: usize,
}

#[derive(Clone)]
struct Built {
    generation: i64,
    index: Arc<ServiceIndex>,
}

/// The index, shared by every request (and every clone) of one server.
#[derive(Clone)]
pub struct LiveIndex {
    pool: Db,
    lexicon: Arc<Lexicon>,
    shared: Arc<Shared>,
}

struct Shared {
    /// The index searches answer from; `None` until the first is built.
    current: watch::Sender<Option<Built>>,
    /// Held while an index is built: one build at a time.
    building: Arc<tokio::sync::Mutex<()>>,
    last_failure: Mutex<Option<Instant>>,
    /// When `look_for_imports` last asked the database, as milliseconds since `started`.
    last_look: AtomicU64,
    started: Instant,
    /// Tests hold the next swap until they let it go, to search while a rebuild is under way.
    #[cfg(test)]
    pause: Mutex<
        Option<(
            tokio::sync::oneshot::Sender<i64>,
            tokio::sync::oneshot::Receiver<()>,
        )>,
    >,
}

fn unavailable(error: impl std::fmt::Display) -> LocalOfferError {
    tracing::error!(%error, "Local Offer search index could not be built");
    LocalOfferError::Unavailable
}

impl LiveIndex {
    pub fn new(pool: Db, lexicon: Arc<Lexicon>) -> Self {
        LiveIndex {
            pool,
            lexicon,
            shared: Arc::new(Shared {
                current: watch::Sender::new(None),
                building: Arc::default(),
                last_failure: Mutex::default(),
                last_look: AtomicU64::new(0),
                started: Instant::now(),
                #[cfg(test)]
                pause: Mutex::default(),
            }),
        }
    }

    fn held(&self) -> Option<Built> {
        self.shared.current.borrow().clone()
    }

    /// The index to answer a search from, at once. If an import has changed the services since it
    /// was built, a new one is started in the background and this one answers meanwhile. Waits
    /// only while the first index of this server is built.
    pub async fn for_search(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        let Some(held) = self.held() else {
            return self.first().await;
        };
        match import::generation(&self.pool).await {
            // Different, not only newer: a database restored from a backup goes back.
            Ok(generation) if generation != held.generation => self.rebuild_in_background(),
            Ok(_) => {}
            // The index answers without the database; the next search looks again.
            Err(error) => {
                tracing::warn!(%error, "could not ask the database for a newer Local Offer")
            }
        }
        Ok(held.index)
    }

    /// For answers made without searching (pages kept for visitors, `web::page_cache`), which would
    /// otherwise never notice an import until `keep_fresh` looks: asks the database, at most once
    /// a second and in the background, whether an import has changed the services, and starts a
    /// rebuild if so, as a search does.
    pub fn look_for_imports(&self) {
        let now = self.shared.started.elapsed().as_millis() as u64;
        let last = self.shared.last_look.load(Ordering::Relaxed);
        if now.saturating_sub(last) < LOOK_AT_MOST_EVERY.as_millis() as u64
            || self
                .shared
                .last_look
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let index = self.clone();
        tokio::spawn(async move {
            let _ = index.for_search().await;
        });
    }

    async fn first(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        let _building = self.shared.building.lock().await;
        if let Some(held) = self.held() {
            return Ok(held.index);
        }
        Ok(self.build_and_swap().await?.index)
    }

    /// The index as of the database now, waiting for a build if an import changed it since. For
    /// start-up, commands and tests; searches use `for_search`, which never waits for a rebuild.
    pub async fn refreshed(&self) -> Result<Arc<ServiceIndex>, LocalOfferError> {
        let generation = import::generation(&self.pool).await.map_err(unavailable)?;
        let fresh = |held: Option<Built>| held.filter(|held| held.generation == generation);
        if let Some(held) = fresh(self.held()) {
            return Ok(held.index);
        }
        let _building = self.shared.building.lock().await;
        // A build that was under way may have caught up meanwhile.
        if let Some(held) = fresh(self.held()) {
            return Ok(held.index);
        }
        Ok(self.build_and_swap().await?.index)
    }

    fn rebuild_in_background(&self) {
        let Ok(building) = self.shared.building.clone().try_lock_owned() else {
            return; // one is under way already
        };
        let failed_lately = self
            .shared
            .last_failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some_and(|at| at.elapsed() < AFTER_A_FAILURE);
        if failed_lately {
            return;
        }
        let live = self.clone();
        tokio::spawn(async move {
            let _building = building;
            // A failure is logged; the old index goes on answering.
            let _ = live.build_and_swap().await;
        });
    }

    /// Builds an index from the database as it is now and swaps it in. The caller holds `building`.
    async fn build_and_swap(&self) -> Result<Built, LocalOfferError> {
        let result = self.build().await;
        *self
            .shared
            .last_failure
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = result.is_err().then(Instant::now);
        let built = result?;
        #[cfg(test)]
        self.pause_if_asked(built.generation).await;
        // One build at a time, so the one finishing now read the database last.
        self.shared.current.send_replace(Some(built.clone()));
        Ok(built)
    }

    async fn build(&self) -> Result<Built, LocalOfferError> {
        let started = Instant::now();
        // The generation is read before the services: an import committed in between makes the
        // index newer than its number says, never older, so at worst it is built once more.
        let generation = import::generation(&self.pool).await.map_err(unavailable)?;
        let details: Vec<String> =
            storage::query_scalar("SELECT details FROM services WHERE listed = TRUE")
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        let lexicon = self.lexicon.clone();
        let index = tokio::task::spawn_blocking(move || {
            // Each service's JSON is freed as it is read, not held beside all the services.
            let services = details
                .into_iter()
                .filter_map(|json| serde_json::from_str::<Service>(&json).ok())
                .collect();
            let index = ServiceIndex::build(services, lexicon);
            // The build's working memory (many times the index) is free now: give it back, or
            // the server stays as large as the build was.
            crate::memory::give_back_freed();
            index
        })
        .await
        .map_err(unavailable)?
        .map_err(unavailable)?;
        tracing::info!(
            services = index.len(),
            generation,
            seconds = started.elapsed().as_secs_f64(),
            "Local Offer search index built"
        );
        Ok(Built {
            generation,
            index: Arc::new(index),
        })
    }

    /// What searches are answered from now, if an index has been built. Never waits.
    pub fn status(&self) -> Option<IndexStatus> {
        self.shared
            .current
            .borrow()
            .as_ref()
            .map(|built| IndexStatus {
                generation: built.generation,
                services: built.index.len(),
            })
    }

    /// True once the first index is built: searches are then answered at once.
    pub fn is_ready(&self) -> bool {
        self.shared.current.borrow().is_some()
    }

    /// Builds the first index as the server starts, then follows imports made anywhere (another
    /// instance, the schedule, `heard import-oruk`), rebuilding in the background. Runs for as long
    /// as the server; a failure is logged and tried again.
    pub async fn keep_fresh(self) {
        loop {
            let _ = self.refreshed().await;
            tokio::time::sleep(FOLLOW_EVERY).await;
        }
    }

    /// Holds the next swap until the returned sender is dropped or sent to; the receiver hears
    /// the generation built, once the new index is whole and waiting.
    #[cfg(test)]
    pub(crate) fn pause_next_swap(
        &self,
    ) -> (
        tokio::sync::oneshot::Receiver<i64>,
        tokio::sync::oneshot::Sender<()>,
    ) {
        let (built, heard_built) = tokio::sync::oneshot::channel();
        let (go_on, waiting) = tokio::sync::oneshot::channel();
        *self.shared.pause.lock().unwrap() = Some((built, waiting));
        (heard_built, go_on)
    }

    #[cfg(test)]
    async fn pause_if_asked(&self, generation: i64) {
        let pause = self.shared.pause.lock().unwrap().take();
        if let Some((built, go_on)) = pause {
            let _ = built.send(generation);
            let _ = go_on.await;
        }
    }
}
