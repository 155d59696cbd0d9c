//! The parts of pages that wake up in the browser. Everything else is plain server HTML, so these
//! are all the WebAssembly a person downloads. Islands get their words from the server as children.

use leptos::prelude::*;

/// Loads the WebAssembly that wakes this page's islands. Only pages with an island render it, so a
/// first visit to a page without one costs no WebAssembly at all.
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
