//! The page the service worker shows when there is no connection (server/src/web/installable.rs).
//! The service worker keeps it in the person's language, fetched without cookies, so it never holds
//! anyone's name or record.

use crate::components::PageTitle;
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

#[component]
pub fn OfflinePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=fl!(i18n, "offline-title") />
        // Marked, so that showing it to a signed-in phone does not count as signing out.
        <h1 data-offline-page="">{fl!(i18n, "offline-title")}</h1>
        <p class="lead">{fl!(i18n, "offline-lead")}</p>
        <p>{fl!(i18n, "offline-kept")}</p>
        // Shown in place of the page the person asked for, so an empty address is that page again.
        <p><a class="button" href="">{fl!(i18n, "offline-try-again")}</a></p>
    }
}
