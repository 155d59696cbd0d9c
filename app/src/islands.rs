//! The parts of pages that wake up in the browser. Everything else is plain server HTML, so these
//! are all the WebAssembly a person downloads. Islands get their words from the server as children.

use crate::api::ApiError;
use leptos::prelude::*;

/// Loads the WebAssembly that wakes the page's islands. Every page has one (read aloud), so the
/// shell renders this once for all pages.
#[cfg(feature = "ssr")]
#[component]
pub fn WakeIslands() -> impl IntoView {
    use_context::<leptos::config::LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}

/// Wraps the reading options form. With WebAssembly running, each choice is applied to the page at
/// once, so a person sees the effect before saving; the form still posts to the server to keep it.
#[island]
pub fn ReadingOptionsPreview(children: Children) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser: this marks the island as awake for people and tests alike.
    Effect::new(move |_| hydrated.set(true));
    let preview = move |event: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&event);
        if let Some(attribute) = crate::reading::attribute_for_field(&input.name()) {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute(attribute, &input.value());
            }
        }
    };
    view! {
        <div
            data-island="reading-options"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            on:change=preview
        >
            {children()}
        </div>
    }
}

/// The cookie the server sets after a save, naming the places (`data-keep-as`) whose drafts are now
/// saved for real; the island then forgets them. Places are joined by `~`.
pub const SAVED_PLACES_COOKIE: &str = "heard_saved";

/// Wraps a form with text boxes that have `data-keep-as`. With WebAssembly running, every keystroke
/// is kept in this browser (localStorage) and, when a box loses focus, on the server as a draft too.
/// If the page is reloaded, the connection drops or the session runs out before saving, the text is
/// put back the next time the form opens, and the person is told. Without WebAssembly the form still
/// posts, and the server keeps what was typed if the session had run out.
#[island]
pub fn KeepWhileTyping(
    /// Said (politely, to screen readers too) when kept text was put back.
    restored_message: String,
    children: Children,
) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let restored = RwSignal::new(false);
    let wrapper = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(wrapper) = wrapper.get() {
            drafts::forget_saved_places();
            if drafts::restore_all(&wrapper) {
                restored.set(true);
            }
        }
        hydrated.set(true);
    });
    let keep = move |_event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        if let Some(box_) = drafts::text_box(&_event) {
            drafts::keep_locally(&box_);
        }
    };
    let send = move |_event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        if let Some(box_) = drafts::text_box(&_event) {
            let (place, body) = (box_.get_attribute("data-keep-as"), box_.value());
            if let Some(place) = place {
                leptos::task::spawn_local(async move {
                    // Best effort: when it fails (offline, signed out) the browser copy remains.
                    let _ = keep_draft(place, body).await;
                });
            }
        }
    };
    view! {
        <div
            node_ref=wrapper
            data-island="keep-while-typing"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            on:input=keep
            on:change=send
        >
            <p class="notice draft-restored" role="status" hidden=move || !restored.get()>
                {restored_message}
            </p>
            {children()}
        </div>
    }
}

/// Keeps a draft on the server for the signed-in person. Refused when nobody is signed in; a place
/// our pages do not make, or a body longer than any box takes, is the caller's mistake.
#[server(prefix = "/api", endpoint = "keep-draft")]
pub async fn keep_draft(place: String, body: String) -> Result<(), ApiError> {
    use crate::services::RecordError;
    let viewer = crate::scope::request_scope()
        .viewer
        .ok_or(ApiError::SignedOut)?;
    crate::services::use_records()
        .save_draft(&viewer, &place, &body)
        .await
        .map_err(|error| match error {
            RecordError::Unavailable => ApiError::Unavailable,
            RecordError::NotFound | RecordError::ChangedMeanwhile => ApiError::BadRequest,
        })
}

#[cfg(feature = "hydrate")]
mod drafts {
    use gloo_storage::{LocalStorage, Storage};
    use wasm_bindgen::JsCast;

    const KEY_PREFIX: &str = "heard-draft:";

    fn key(place: &str) -> String {
        format!("{KEY_PREFIX}{place}")
    }

    pub fn text_box(event: &leptos::ev::Event) -> Option<web_sys::HtmlTextAreaElement> {
        let target = event
            .target()?
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .ok()?;
        target.has_attribute("data-keep-as").then_some(target)
    }

    /// Kept as plain text, the saved version the person started from (if the form edits one) on the
    /// first line and the text after it, so text put back after a reload is still checked against
    /// changes made meanwhile. Plain strings through `LocalStorage::raw()` keep JSON out of the
    /// WebAssembly.
    fn encode(version: Option<String>, text: &str) -> String {
        format!("{}\n{text}", version.unwrap_or_default())
    }

    fn decode(kept: &str) -> (String, Option<String>) {
        let (version, text) = kept.split_once('\n').unwrap_or(("", kept));
        let version = (!version.is_empty()).then(|| version.to_string());
        (text.to_string(), version)
    }

    fn read(place: &str) -> Option<(String, Option<String>)> {
        LocalStorage::raw()
            .get_item(&key(place))
            .ok()
            .flatten()
            .map(|kept| decode(&kept))
    }

    fn version_input(text_box: &web_sys::HtmlTextAreaElement) -> Option<web_sys::HtmlInputElement> {
        text_box
            .form()?
            .query_selector("input[name=\"based-on-version\"]")
            .ok()??
            .dyn_into::<web_sys::HtmlInputElement>()
            .ok()
    }

    pub fn keep_locally(text_box: &web_sys::HtmlTextAreaElement) {
        if let Some(place) = text_box.get_attribute("data-keep-as") {
            let version = version_input(text_box).map(|input| input.value());
            let _ = LocalStorage::raw().set_item(&key(&place), &encode(version, &text_box.value()));
        }
    }

    /// Puts kept text back into every box that shows something else; true when any was put back.
    pub fn restore_all(wrapper: &web_sys::HtmlDivElement) -> bool {
        let Ok(boxes) = wrapper.query_selector_all("textarea[data-keep-as]") else {
            return false;
        };
        let mut any = false;
        for index in 0..boxes.length() {
            let Some(text_box) = boxes
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                continue;
            };
            let Some(place) = text_box.get_attribute("data-keep-as") else {
                continue;
            };
            match read(&place) {
                Some((kept, _)) if kept.trim().is_empty() || kept == text_box.value() => {
                    LocalStorage::delete(key(&place));
                }
                Some((kept, version)) => {
                    text_box.set_value(&kept);
                    // Saved against the version it was typed on: a change made since is a conflict
                    // the person gets to see, not something the old draft silently overwrites.
                    if let (Some(version), Some(input)) = (version, version_input(&text_box)) {
                        input.set_value(&version);
                    }
                    any = true;
                }
                None => {}
            }
        }
        any
    }

    /// Drops the browser copies of text the server has now saved (named in a short-lived cookie).
    pub fn forget_saved_places() {
        let Some(document) = leptos::prelude::document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
        else {
            return;
        };
        let cookies = document.cookie().unwrap_or_default();
        let saved = cookies
            .split(';')
            .map(str::trim)
            .find_map(|cookie| cookie.strip_prefix(&format!("{}=", super::SAVED_PLACES_COOKIE)));
        if let Some(saved) = saved {
            for place in saved.split('~').filter(|p| !p.is_empty()) {
                LocalStorage::delete(key(place));
            }
            let _ = document.set_cookie(&format!(
                "{}=; Path=/; Max-Age=0; SameSite=Lax",
                super::SAVED_PLACES_COOKIE
            ));
        }
    }
}

/// A form whose text boxes are kept while typing: loads the WebAssembly and wraps the form in
/// `KeepWhileTyping`, with its words in the person's language.
#[cfg(feature = "ssr")]
#[component]
pub fn KeptWhileTyping(children: Children) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <KeepWhileTyping restored_message=crate::i18n::fl!(i18n, "drafts-restored")>
            {children()}
        </KeepWhileTyping>
    }
}
