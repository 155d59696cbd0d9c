//! Heard's user interface.
//!
//! Built twice: with `ssr` into the server (every page, rendered there, with Fluent messages), and with
//! `hydrate` into WebAssembly, which holds only the islands: the few parts that need the browser.
//! Pages therefore live behind `ssr`; islands are handed their words by the server.

pub mod account;
pub mod api;
// The smaller builds of the WebAssembly (features `read-aloud-only` and `forms-only`, see
// `islands::Bundle`) leave these islands out.
#[cfg(any(
    feature = "ssr",
    not(any(feature = "read-aloud-only", feature = "forms-only"))
))]
pub mod card_sorter;
pub mod islands;
#[cfg(any(
    feature = "ssr",
    not(any(feature = "read-aloud-only", feature = "forms-only"))
))]
pub mod live_search;
// `record` first: it defines `coded_enum!`, which `local_offer` uses too.
#[macro_use]
pub mod record;
pub mod local_offer;
pub mod locale;
pub mod pack_links;
pub mod paths;
pub mod people;
pub mod read_aloud;
pub mod reading;
pub mod typed_text;
#[cfg(any(
    feature = "ssr",
    not(any(feature = "read-aloud-only", feature = "forms-only"))
))]
pub mod voice_note;

#[cfg(feature = "ssr")]
pub mod account_problems;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod filled_message;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod glossary;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod passkeys;
#[cfg(feature = "ssr")]
pub mod record_page;
#[cfg(feature = "ssr")]
pub mod record_problems;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod scope;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod words;
#[cfg(feature = "ssr")]
pub use shell::{shell, App};

/// The browser's entry point: wakes up the islands in the server's HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

/// Helpers the unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    /// A posted form's fields as the form checks receive them, written as tests write them.
    pub fn posted(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }
}
