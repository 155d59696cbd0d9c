//! The Local Offer search, woken up in the browser: results that follow the search form as a person
//! types (`LiveSearch`), and "use my location" (`UseMyLocation`). Both only add to a page that
//! already works: the search form is a GET form the server answers, so without WebAssembly a person
//! presses Search and gets the same results on a new page.

use leptos::prelude::*;

/// The element the server renders the results in. It carries `data-announce`: the sentence that
/// tells a screen reader user what changed ("12 services found").
pub const RESULTS_ID: &str = "results";
/// The live region that says that sentence. It stays on the page while the results change.
pub const STATUS_ID: &str = "results-status";

/// Wraps the search form. With WebAssembly running, a change to any field (after a short pause in
/// typing) fetches the same page the form would have loaded, swaps in its results, puts the address
/// in the location bar (so the search can still be shared) and says how many were found. Focus never
/// moves; an answer that arrives after a newer one is dropped. The island takes no props (an island
/// with props brings a JSON reader into the WebAssembly): its words come from `LiveSearchForm`.
#[island]
pub fn LiveSearch(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::LiveSearch);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let changed = move |_event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        live::soon(&_event);
    };
    let submitted = move |_event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        live::now(&_event);
    };
    view! {
        <div
            class="live-search"
            data-island="live-search"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            on:input=changed
            on:change=changed
            on:submit=submitted
        >
            {children()}
        </div>
    }
}

/// The search form in `LiveSearch`, with what the island may show: the notice that new results
/// could not be fetched (hidden until then) and the live region that says what was found.
#[cfg(feature = "ssr")]
#[component]
pub fn LiveSearchForm(
    /// Shown (and said) when new results could not be fetched.
    failed_message: String,
    children: Children,
) -> impl IntoView {
    view! {
        <LiveSearch>
            {children()}
            <p class="notice notice-warning live-search-failed" hidden>{failed_message}</p>
            <p class="visually-hidden" role="status" id=STATUS_ID></p>
        </LiveSearch>
    }
}

/// A button that fills in the device's location as where distances are measured from, and searches.
/// Hidden until WebAssembly runs, and only shown when the browser can tell a location. Its words
/// come from `UseMyLocationButton`.
#[island]
pub fn UseMyLocation(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::UseMyLocation);
    let hydrated = RwSignal::new(false);
    let wrapper = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(wrapper) = wrapper.get() {
            location::show_button_if_available(&wrapper);
        }
        hydrated.set(true);
    });
    let pressed = move |_event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        location::pressed(&_event);
    };
    view! {
        <div
            class="use-location"
            node_ref=wrapper
            data-island="use-my-location"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            on:click=pressed
        >
            {children()}
        </div>
    }
}

/// "Use my location" and the message shown when the person or their device refused; the island
/// shows each when it applies.
#[cfg(feature = "ssr")]
#[component]
pub fn UseMyLocationButton(
    label: String,
    /// Said when the person or their device refused.
    refused_message: String,
) -> impl IntoView {
    view! {
        <UseMyLocation>
            <button class="button button-secondary use-location-button" type="button" hidden>
                {label}
            </button>
            <p class="use-location-message" role="status">
                <span class="field-error" hidden>{refused_message}</span>
            </p>
        </UseMyLocation>
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use super::{RESULTS_ID, STATUS_ID};
    use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
    use leptos::prelude::*;
    use std::cell::RefCell;
    use std::time::Duration;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::js_sys;

    /// The search form's fields, in the order the server writes them into an address.
    const FIELDS: &[&str] = &[
        "q", "age", "child", "need", "category", "free", "near", "within", "lat", "lon",
    ];
    /// How long typing pauses before searching.
    const PAUSE: Duration = Duration::from_millis(300);

    #[derive(Default)]
    struct State {
        timer: Option<TimeoutHandle>,
        /// The address last fetched, so an `input` and a `change` for the same value fetch once.
        asked: Option<String>,
        /// Counts the fetches; only the newest one's answer is shown.
        latest: u32,
    }

    thread_local! {
        static STATE: RefCell<State> = RefCell::default();
    }

    fn search_form(event: &web_sys::Event) -> Option<web_sys::HtmlFormElement> {
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("form.search-form")
            .ok()??
            .dyn_into()
            .ok()
    }

    fn stop_waiting() {
        if let Some(timer) = STATE.with_borrow_mut(|state| state.timer.take()) {
            timer.clear();
        }
    }

    /// After a pause in typing (or at once for a choice), search with what the form holds.
    pub fn soon(event: &web_sys::Event) {
        let Some(form) = search_form(event) else {
            return;
        };
        stop_waiting();
        let timer = set_timeout_with_handle(
            move || {
                STATE.with_borrow_mut(|state| state.timer = None);
                search(&form, false);
            },
            PAUSE,
        )
        .ok();
        STATE.with_borrow_mut(|state| state.timer = timer);
    }

    /// The Search button (or Enter): search now, in place of loading a new page.
    pub fn now(event: &web_sys::SubmitEvent) {
        let Some(form) = search_form(event) else {
            return;
        };
        event.prevent_default();
        stop_waiting();
        search(&form, true);
    }

    /// The address the form would load: the fields that are filled in, the distance only with
    /// somewhere to measure from (as the server writes its own links).
    fn address(form: &web_sys::HtmlFormElement) -> Option<String> {
        let data = web_sys::FormData::new_with_form(form).ok()?;
        let value = |name: &str| {
            data.get(name)
                .as_string()
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let has_origin = !value("near").is_empty() || !value("lat").is_empty();
        let pairs: Vec<String> = FIELDS
            .iter()
            .filter(|field| **field != "within" || has_origin)
            .filter_map(|field| {
                let typed = value(field);
                (!typed.is_empty()).then(|| {
                    format!(
                        "{field}={}",
                        String::from(js_sys::encode_uri_component(&typed))
                    )
                })
            })
            .collect();
        let action = form
            .get_attribute("action")
            .unwrap_or_else(|| "/local-offer".into());
        Some(if pairs.is_empty() {
            action
        } else {
            format!("{action}?{}", pairs.join("&"))
        })
    }

    fn search(form: &web_sys::HtmlFormElement, even_if_same: bool) {
        let Some(url) = address(form) else {
            return;
        };
        let number = STATE.with_borrow_mut(|state| {
            if !even_if_same && state.asked.as_deref() == Some(url.as_str()) {
                return None;
            }
            state.asked = Some(url.clone());
            state.latest += 1;
            Some(state.latest)
        });
        let Some(number) = number else {
            return;
        };
        leptos::task::spawn_local(async move {
            let page = fetch_page(&url).await;
            if STATE.with_borrow(|state| state.latest) != number {
                return;
            }
            let shown = page.ok().is_some_and(|page| show(&page, &url));
            let notice = document()
                .document_element()
                .and_then(|page| crate::islands::show_when(&page, ".live-search-failed", !shown));
            if !shown {
                // Fetch this address again next time, even if nothing changes.
                STATE.with_borrow_mut(|state| state.asked = None);
                let message = notice
                    .and_then(|notice| notice.text_content())
                    .unwrap_or_default();
                announce(message.trim());
            }
        });
    }

    async fn fetch_page(url: &str) -> Result<web_sys::Document, JsValue> {
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
            .await?
            .dyn_into()?;
        // A page with a problem (422) says what to fix in its results, so it is shown like any other.
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        web_sys::DomParser::new()?.parse_from_string(&html, web_sys::SupportedType::TextHtml)
    }

    /// Swaps in the fetched page's results; false when it has none (not a search page).
    fn show(page: &web_sys::Document, url: &str) -> bool {
        let document = document();
        let (Some(fresh), Some(results)) = (
            page.get_element_by_id(RESULTS_ID),
            document.get_element_by_id(RESULTS_ID),
        ) else {
            return false;
        };
        results.set_inner_html(&fresh.inner_html());
        let sentence = fresh.get_attribute("data-announce").unwrap_or_default();
        let _ = results.set_attribute("data-announce", &sentence);
        document.set_title(&page.title());
        show_problems(page);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
        }
        announce(&sentence);
        true
    }

    /// Messages beside fields follow the fetched page: a problem put right is no longer shown.
    fn show_problems(page: &web_sys::Document) {
        let document = document();
        for field in FIELDS {
            let id = format!("{field}-error");
            let Some(here) = document.get_element_by_id(&id) else {
                continue;
            };
            let fresh = page.get_element_by_id(&id).and_then(|e| e.text_content());
            match &fresh {
                Some(text) => {
                    here.set_text_content(Some(text));
                    let _ = here.remove_attribute("hidden");
                }
                None => {
                    here.set_text_content(None);
                    let _ = here.set_attribute("hidden", "");
                }
            }
            if let Some(field_box) = here.closest(".field").ok().flatten() {
                let mut classes: Vec<String> = field_box
                    .class_name()
                    .split_whitespace()
                    .filter(|class| *class != "field-with-error")
                    .map(str::to_string)
                    .collect();
                if fresh.is_some() {
                    classes.push("field-with-error".into());
                }
                field_box.set_class_name(&classes.join(" "));
            }
            if let Some(input) = document.get_element_by_id(field) {
                let _ = match fresh {
                    Some(_) => input.set_attribute("aria-invalid", "true"),
                    None => input.remove_attribute("aria-invalid"),
                };
            }
        }
        let fresh_summary = page.query_selector(".error-summary").ok().flatten();
        if let Some(summary) = document.query_selector(".error-summary").ok().flatten() {
            match fresh_summary {
                Some(fresh) => {
                    summary.set_inner_html(&fresh.inner_html());
                    let _ = summary.remove_attribute("hidden");
                }
                None => {
                    let _ = summary.set_attribute("hidden", "");
                }
            }
        }
    }

    /// Says `sentence` through the live region. The same sentence twice is changed a little, so it
    /// is said again (the results did change).
    fn announce(sentence: &str) {
        if let Some(status) = document().get_element_by_id(STATUS_ID) {
            let before = status.text_content().unwrap_or_default();
            let sentence = if before == sentence {
                format!("{sentence}\u{a0}")
            } else {
                sentence.to_string()
            };
            status.set_text_content(Some(&sentence));
        }
    }
}

/// `value` to two decimal places (about a kilometre, for a latitude or longitude), written with
/// whole-number arithmetic: `format!("{:.2}")` on a float brings float formatting into the
/// WebAssembly.
#[cfg(any(feature = "hydrate", test))]
fn hundredths(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let whole = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", whole / 100, whole % 100)
}

#[cfg(feature = "hydrate")]
mod location {
    use crate::islands::show_when;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::js_sys;

    fn available() -> bool {
        js_sys::Reflect::has(
            &leptos::prelude::window().navigator(),
            &JsValue::from_str("geolocation"),
        )
        .unwrap_or(false)
    }

    /// The button is shown only where the browser can tell a location.
    pub fn show_button_if_available(wrapper: &web_sys::Element) {
        show_when(wrapper, ".use-location-button", available());
    }

    /// Shows or hides the message that the location was refused.
    fn refused(wrapper: &web_sys::Element, refused: bool) {
        show_when(wrapper, ".use-location-message .field-error", refused);
    }

    fn set_field(form: &web_sys::HtmlFormElement, name: &str, value: &str) {
        if let Some(input) = form
            .query_selector(&format!("[name=\"{name}\"]"))
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
    }

    /// A press on the button: asks the browser where the device is; fills in `lat` and `lon`,
    /// empties the postcode (a typed postcode would win) and searches. Refused or failed: says so.
    pub fn pressed(event: &web_sys::MouseEvent) {
        let Some(button) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest(".use-location-button").ok().flatten())
        else {
            return;
        };
        let (Some(wrapper), Some(form)) = (
            button.closest(".use-location").ok().flatten(),
            button
                .closest("form")
                .ok()
                .flatten()
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok()),
        ) else {
            return;
        };
        refused(&wrapper, false);
        let Ok(geolocation) = leptos::prelude::window().navigator().geolocation() else {
            refused(&wrapper, true);
            return;
        };
        let found = Closure::once_into_js(move |position: web_sys::Position| {
            let coords = position.coords();
            // Rounded to about a kilometre: a search's address may be shared, and that is close
            // enough for distances to services.
            set_field(&form, "lat", &super::hundredths(coords.latitude()));
            set_field(&form, "lon", &super::hundredths(coords.longitude()));
            set_field(&form, "near", "");
            let _ = form.request_submit();
        });
        let failed = {
            let wrapper = wrapper.clone();
            Closure::once_into_js(move |_error: JsValue| refused(&wrapper, true))
        };
        if geolocation
            .get_current_position_with_error_callback(
                found.unchecked_ref(),
                Some(failed.unchecked_ref()),
            )
            .is_err()
        {
            refused(&wrapper, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::hundredths;

    #[test]
    fn a_location_is_written_to_two_places_as_a_float_would_be() {
        assert_eq!(hundredths(51.50735), "51.51");
        assert_eq!(hundredths(-0.1277583), "-0.13");
        assert_eq!(hundredths(-0.004), "0.00");
        assert_eq!(hundredths(0.999), "1.00");
        assert_eq!(hundredths(-1.5), "-1.50");
        assert_eq!(hundredths(53.0), "53.00");
    }
}
