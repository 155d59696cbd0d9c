//! Picture cards sorted in place. The cards on the young person's page are plain forms that post to
//! the server and load the page at the next card; with WebAssembly running, `CardSorter` posts the
//! same form to the same address (so the server checks it exactly as it checks the form), and swaps
//! in the fresh cards from the page the server answers with, without reloading the page. Then the
//! live region says where the card went (the server's sentence, in the person's language) and focus
//! moves to the next card's name, so it is read out and the next Tab reaches its choices.

use leptos::prelude::*;

/// The part of the page the island swaps: the card to sort now and the piles so far.
pub const SORTING_ID: &str = "cards-sorting";
/// The polite live region that says where a card went. It stays while the cards change.
pub const STATUS_ID: &str = "cards-status";

/// Wraps the cards. Without WebAssembly the forms and links inside work as they are.
#[island]
pub fn CardSorter(children: Children) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::islands::expect_island(crate::islands::Island::CardSorter);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let submitted = move |_event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        in_place::submitted(&_event);
    };
    let clicked = move |_event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        in_place::clicked(&_event);
    };
    view! {
        <div
            class="card-sorter"
            data-island="card-sorter"
            data-hydrated=move || if hydrated.get() { "true" } else { "false" }
            on:submit=submitted
            on:click=clicked
        >
            {children()}
            <p class="visually-hidden" role="status" id=STATUS_ID></p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod in_place {
    use super::{SORTING_ID, STATUS_ID};
    use leptos::prelude::*;
    use std::cell::Cell;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::js_sys;

    /// Marks a form the island has handed back to the browser to post as it would without
    /// WebAssembly, after the island could not show the answer itself.
    const POST_PLAINLY: &str = "data-post-plainly";

    thread_local! {
        /// One press at a time: a second press while the first is on its way does nothing.
        static BUSY: Cell<bool> = const { Cell::new(false) };
    }

    fn closest<T: JsCast>(event: &web_sys::Event, selector: &str) -> Option<T> {
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest(selector)
            .ok()??
            .dyn_into()
            .ok()
    }

    fn encode(value: &str) -> String {
        js_sys::encode_uri_component(value).into()
    }

    /// A choice pressed: post the card and the pile, as the form would.
    pub fn submitted(event: &web_sys::SubmitEvent) {
        let Some(form) = closest::<web_sys::HtmlFormElement>(event, "form.picture-card-choices")
        else {
            return;
        };
        if form.has_attribute(POST_PLAINLY) {
            return;
        }
        event.prevent_default();
        if BUSY.get() {
            return;
        }
        let submitter = event.submitter();
        let card = form
            .query_selector("input[name=\"card\"]")
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let pile = submitter
            .as_ref()
            .and_then(|button| button.get_attribute("value"))
            .unwrap_or_default();
        let action = form.get_attribute("action").unwrap_or_default();
        let body = format!("card={}&pile={}", encode(&card), encode(&pile));
        BUSY.set(true);
        leptos::task::spawn_local(async move {
            let shown = matches!(fetch_page(&action, Some(&body)).await, Ok(true));
            BUSY.set(false);
            if !shown {
                // Whatever went wrong (signed out, a problem), the server's own page says it.
                let _ = form.set_attribute(POST_PLAINLY, "");
                let _ = form.request_submit_with_submitter(submitter.as_ref());
            }
        });
    }

    /// A link to another card ("skip", or a card's name in its pile): show that card in place.
    pub fn clicked(event: &web_sys::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(link) = closest::<web_sys::Element>(event, "a[data-card-link]") else {
            return;
        };
        let Some(href) = link.get_attribute("href") else {
            return;
        };
        event.prevent_default();
        if BUSY.get() {
            return;
        }
        BUSY.set(true);
        leptos::task::spawn_local(async move {
            let shown = matches!(fetch_page(&href, None).await, Ok(true));
            BUSY.set(false);
            if !shown {
                let _ = window().location().assign(&href);
            }
        });
    }

    /// Fetches a page (posting `body` as a form, if any; a post's answer is the page it leads to)
    /// and shows its cards here. False when it has none to show.
    async fn fetch_page(url: &str, body: Option<&str>) -> Result<bool, JsValue> {
        let init = web_sys::RequestInit::new();
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        if let Some(body) = body {
            let headers = web_sys::Headers::new()?;
            headers.set("Content-Type", "application/x-www-form-urlencoded")?;
            init.set_method("POST");
            init.set_headers(&headers);
            init.set_body(&JsValue::from_str(body));
        }
        let response: web_sys::Response =
            JsFuture::from(window().fetch_with_str_and_init(url, &init))
                .await?
                .dyn_into()?;
        if !response.ok() {
            return Ok(false);
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        let page = web_sys::DomParser::new()?
            .parse_from_string(&html, web_sys::SupportedType::TextHtml)?;
        Ok(show(&page, &response.url()))
    }

    /// Swaps in the fetched page's cards, says what happened and moves focus to the card now shown.
    fn show(page: &web_sys::Document, url: &str) -> bool {
        let document = document();
        let (Some(fresh), Some(here)) = (
            page.get_element_by_id(SORTING_ID),
            document.get_element_by_id(SORTING_ID),
        ) else {
            return false;
        };
        here.set_inner_html(&fresh.inner_html());
        // The address the page would have had without WebAssembly, so a reload shows the same.
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("{url}#card-now")),
            );
        }
        if let Some(said) = here
            .query_selector(".card-sorted")
            .ok()
            .flatten()
            .and_then(|notice| notice.text_content())
        {
            announce(said.trim());
        }
        let next = document
            .get_element_by_id("card-now-title")
            .or_else(|| document.get_element_by_id("cards-done"))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(next) = next {
            let _ = next.focus();
        }
        true
    }

    /// Says `sentence` through the live region; the same sentence twice is changed a little, so
    /// it is said again (another card went to the same pile).
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
