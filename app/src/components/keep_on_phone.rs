//! "Keep this record on this phone": the family's choice to have a child's record open on their
//! phone with no connection. Keeping pages needs the service worker, so the part starts hidden and
//! the small same-origin `/keep-on-phone.js` shows it where a service worker runs; the service worker
//! (server/src/web/service-worker.js) keeps the pages, refreshes them when they open with a
//! connection, and forgets every kept record once the phone is signed out. No WebAssembly is added.

use crate::i18n::{fl, use_i18n};
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn KeepOnPhone(child_id: i64, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let nonce = leptos::nonce::use_nonce();
    // What the script says as things happen travels with the part, in the person's language.
    view! {
        <section
            class="keep-on-phone no-print"
            id="keep-on-phone"
            aria-labelledby="keep-on-phone-title"
            data-child=child_id.to_string()
            data-kept=fl!(i18n, "keep-on-phone-kept", name = (name.clone()))
            data-forgotten=fl!(i18n, "keep-on-phone-forgotten", name = (name.clone()))
            data-failed=fl!(i18n, "keep-on-phone-failed")
            hidden
        >
            <h2 id="keep-on-phone-title">{fl!(i18n, "keep-on-phone-title")}</h2>
            <p>{fl!(i18n, "keep-on-phone-about", name = (name.clone()))}</p>
            <p class="keep-on-phone-status" role="status"></p>
            <p class="actions">
                <button type="button" class="button button-secondary" data-keep="">{fl!(i18n, "keep-on-phone-keep")}</button>
                <button type="button" class="button button-secondary" data-forget="" hidden>{fl!(i18n, "keep-on-phone-stop")}</button>
            </p>
        </section>
        <script type="module" src=paths::KEEP_ON_PHONE_SCRIPT nonce=nonce></script>
    }
}
