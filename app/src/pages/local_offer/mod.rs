//! The Local Offer: searching the council's services (`LocalOfferPage`), and one service
//! (`ServicePage`), which a signed-in family can save to a child's record with a note.
//!
//! The search is a GET form whose results live in the address, so a search can be shared and
//! bookmarked and works with JavaScript off; the `LiveSearch` island updates the results as the
//! person types. Services come from the council's feed, in English: their words are marked
//! `lang="en"` so screen readers on an Urdu page read them with an English voice.

mod save;
mod search_page;
mod service_page;

pub use save::{child_after_sign_in, forget_saved_service, save_service, SaveRefused};
pub use search_page::LocalOfferPage;
pub use service_page::ServicePage;

use crate::record::dates::{self, Date};
use crate::scope::Viewer;
use crate::services::Records;

/// The language of the council's feed. Marked on its words so they are read in the right voice.
const FEED_LANG: &str = "en";

/// One of the signed-in family's children, as the search offers them.
#[derive(Debug, Clone)]
struct FamilyChild {
    id: i64,
    name: String,
    age: u8,
}

async fn family_children(records: &Records, viewer: &Viewer, today: Date) -> Vec<FamilyChild> {
    records
        .children(viewer)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|child| FamilyChild {
            id: child.id,
            name: child.details.called_name.clone(),
            age: dates::age_on(child.details.date_of_birth, today).clamp(0, 25) as u8,
        })
        .collect()
}
