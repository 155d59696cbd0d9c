//! The parts of pages that wake up in the browser. Everything else is plain server HTML, so these
//! are all the WebAssembly a person downloads. Islands get their words from the server as children.

#[cfg(feature = "ssr")]
use crate::api::ApiError;
#[cfg(any(feature = "ssr", not(feature = "read-aloud-only")))]
use leptos::prelude::*;

/// Loads the WebAssembly that wakes the page's islands. Every page has one (read aloud), so the
/// shell renders this once for all pages; which WebAssembly depends on the page (`Bundle`).
#[cfg(feature = "ssr")]
#[component]
pub fn WakeIslands() -> impl IntoView {
    let bundle = Bundle::for_path(&crate::scope::request_scope().here);
    use_context::<leptos::config::LeptosOptions>().map(|mut options| {
        options.output_name = bundle.output_name().into();
        view! { <HydrationScripts options islands=true /> }
    })
}

/// The three builds of the browser code (scripts/build makes each). Most pages have no island but
/// read aloud, and the forms families spend longest in add only drafts, so a phone downloads every
/// island only on the few pages that use the rest (the Local Offer's search, my page, voice notes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Read aloud alone (the `read-aloud-only` feature).
    ReadAloudOnly,
    /// Read aloud, drafts kept while typing and the reading options preview (`forms-only`).
    Forms,
    /// Every island.
    AllIslands,
}

/// The islands besides read aloud, which is in every build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    ReadingOptionsPreview,
    KeepWhileTyping,
    LiveSearch,
    UseMyLocation,
    CardSorter,
    VoiceNoteRecorder,
}

impl Bundle {
    /// The files' name in /pkg (`.js` and `.wasm`).
    pub fn output_name(self) -> &'static str {
        match self {
            Bundle::ReadAloudOnly => "heard-read-aloud",
            Bundle::Forms => "heard-forms",
            Bundle::AllIslands => "heard",
        }
    }

    /// Whether this build wakes `island`.
    pub fn wakes(self, island: Island) -> bool {
        match self {
            Bundle::ReadAloudOnly => false,
            Bundle::Forms => matches!(
                island,
                Island::ReadingOptionsPreview | Island::KeepWhileTyping
            ),
            Bundle::AllIslands => true,
        }
    }

    /// The build each page needs, by its path (a query is ignored). A page missing here still
    /// works, as every island's page does without WebAssembly, and debug builds say so loudly
    /// (`expect_island`).
    pub fn for_path(here: &str) -> Bundle {
        let path = here.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            // The reading options preview.
            ["reading-options"] => Bundle::Forms,
            // Live search and "use my location"; the component examples show every island.
            ["local-offer"] | ["component-examples"] => Bundle::AllIslands,
            ["children", _, rest @ ..] => match rest {
                // Forms whose writing is kept while typing.
                ["about-me", "new"]
                | ["about-me", _]
                | ["goals", _]
                | ["reviews", _]
                | ["prepare"]
                // A professional's note form (adding on the list, changing on its own page).
                | ["notes"]
                | ["notes", _] => Bundle::Forms,
                // Voice notes and the card sorter, and the forms that show them again.
                ["my-page", ..] | ["cards", ..] | ["voice-notes", ..] => Bundle::AllIslands,
                _ => Bundle::ReadAloudOnly,
            },
            _ => Bundle::ReadAloudOnly,
        }
    }
}

/// Called by every island but read aloud as the server renders it: in a page whose build
/// (`Bundle::for_path`) leaves the island out, it would never wake. Debug builds (every test) stop
/// there.
#[cfg(feature = "ssr")]
pub fn expect_island(island: Island) {
    let here = crate::scope::request_scope().here;
    if !Bundle::for_path(&here).wakes(island) {
        leptos::logging::error!(
            "{here} shows the {island:?} island, which its WebAssembly leaves out"
        );
        debug_assert!(
            false,
            "{here} shows {island:?}: give the page a build with it in Bundle::for_path"
        );
    }
}

/// Wraps the reading options form. With WebAssembly running, each choice is applied to the page at
/// once, so a person sees the effect before saving; the form still posts to the server to keep it.
#[cfg(any(feature = "ssr", not(feature = "read-aloud-only")))]
#[island]
pub fn ReadingOptionsPreview(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::ReadingOptionsPreview);
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

/// Shows or hides the first element matching `selector` within `within`: the notices and buttons
/// the server renders hidden for an island to show when they apply. Returns the element.
#[cfg(all(feature = "hydrate", not(feature = "read-aloud-only")))]
pub(crate) fn show_when(
    within: &web_sys::Element,
    selector: &str,
    shown: bool,
) -> Option<web_sys::Element> {
    let element = within.query_selector(selector).ok().flatten()?;
    let _ = element.toggle_attribute_with_force("hidden", !shown);
    Some(element)
}

/// The cookie the server sets after a save, naming the places (`data-keep-as`) whose drafts are now
/// saved for real; the island then forgets them. Places are joined by `~`.
pub const SAVED_PLACES_COOKIE: &str = "heard_saved";

/// Wraps a form with text boxes that have `data-keep-as`. With WebAssembly running, every keystroke
/// is kept in this browser (localStorage) and, when a box loses focus, on the server as a draft too.
/// If the page is reloaded, the connection drops or the session runs out before saving, the text is
/// put back the next time the form opens, and the person is told (the notice `KeptWhileTyping`
/// renders, hidden until then). Without WebAssembly the form still posts, and the server keeps what
/// was typed if the session had run out. No props, so no JSON reader in the WebAssembly.
#[cfg(any(feature = "ssr", not(feature = "read-aloud-only")))]
#[island]
pub fn KeepWhileTyping(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::KeepWhileTyping);
    let hydrated = RwSignal::new(false);
    let wrapper = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(wrapper) = wrapper.get() {
            drafts::forget_saved_places();
            if drafts::restore_all(&wrapper) {
                // Shown, and so said: it is a status.
                show_when(&wrapper, ".draft-restored", true);
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
            drafts::keep_on_server(&box_);
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
            {children()}
        </div>
    }
}

/// Keeps a draft on the server for the signed-in person. Refused when nobody is signed in; a place
/// our pages do not make, or a body longer than any box takes, is the caller's mistake. The island
/// posts the same form with `fetch` (`drafts::keep_on_server`) rather than through the server
/// function's client, whose JSON answer would bring a JSON reader into the WebAssembly.
#[cfg(feature = "ssr")]
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

#[cfg(all(feature = "hydrate", not(feature = "read-aloud-only")))]
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

    /// Posts the box's text to `keep_draft` as a plain form. Best effort: when it fails (offline,
    /// signed out) the browser copy remains.
    pub fn keep_on_server(text_box: &web_sys::HtmlTextAreaElement) {
        let Some(place) = text_box.get_attribute("data-keep-as") else {
            return;
        };
        let Ok(form) = web_sys::UrlSearchParams::new() else {
            return;
        };
        form.append("place", &place);
        form.append("body", &text_box.value());
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        init.set_body(&form);
        // The answer is not read: there is nothing to do about a refusal while typing.
        let _ = leptos::prelude::window().fetch_with_str_and_init(crate::paths::KEEP_DRAFT, &init);
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
        <KeepWhileTyping>
            <p class="notice draft-restored" role="status" hidden>
                {crate::i18n::fl!(i18n, "drafts-restored")}
            </p>
            {children()}
        </KeepWhileTyping>
    }
}

#[cfg(test)]
mod tests {
    use super::{Bundle, Island};

    /// The island posts drafts to the address the server function answers at.
    #[cfg(feature = "ssr")]
    #[test]
    fn drafts_are_posted_where_the_server_function_answers() {
        use leptos::server_fn::ServerFn;
        assert_eq!(
            <super::KeepDraft as ServerFn>::PATH,
            crate::paths::KEEP_DRAFT
        );
    }

    #[test]
    fn each_page_loads_the_smallest_build_that_wakes_its_islands() {
        for path in [
            "/local-offer?q=speech",
            "/children/3/my-page",
            "/children/3/voice-notes/2",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::AllIslands, "{path}");
        }
        for path in [
            "/reading-options",
            "/children/3/goals/new",
            "/children/3/goals/12",
            "/children/3/about-me/new",
            "/children/3/about-me/7",
            "/children/3/reviews/4",
            "/children/3/prepare",
            "/children/3/notes",
            "/children/3/notes/5",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Forms, "{path}");
        }
        for path in [
            "/",
            "/sign-in",
            "/help/ehc-plan",
            "/local-offer/services/abc",
            "/family",
            "/children/3",
            "/children/3/goals",
            "/children/3/about-me",
            "/children/3/about-me/7/history",
            "/children/3/reviews",
            "/children/3/review-pack?for=school",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::ReadAloudOnly, "{path}");
        }
        assert!(Bundle::Forms.wakes(Island::KeepWhileTyping));
        assert!(!Bundle::Forms.wakes(Island::VoiceNoteRecorder));
        assert!(!Bundle::ReadAloudOnly.wakes(Island::KeepWhileTyping));
    }
}
