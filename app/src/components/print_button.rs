//! A Print button for a page made to be printed. Printing from a page needs JavaScript, so the button
//! starts hidden and the small same-origin `/print.js` shows it and makes it print; without
//! JavaScript the page's own words say to use the browser's Print menu. No WebAssembly is added.

use crate::paths;
use leptos::prelude::*;

#[component]
pub fn PrintButton(
    /// What the button says, in the reader's language.
    words: String,
) -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    view! {
        <p class="no-print print-button">
            <button type="button" class="button button-secondary" data-print="" hidden>{words}</button>
        </p>
        <script type="module" src=paths::PRINT_SCRIPT nonce=nonce></script>
    }
}
