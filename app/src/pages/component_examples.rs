//! Every example of the shared form components on one page (`components::examples`), so the browser
//! tests can run axe and the 320 px check on each in every language and reading mode.
//!
//! For tests only: it exists only when the server runs with `--component-examples`
//! (`HEARD_COMPONENT_EXAMPLES=1`), and is a plain "page not found" otherwise. Its headings name the
//! components and examples in plain English for the people writing tests, marked `lang="en-GB"` so
//! screen readers say them as English in every language; every label, hint and problem inside the
//! examples is a real message in the page's language.

use crate::components::examples::components;
use crate::components::NotFoundPage;
use crate::components::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

static SHOWN: AtomicBool = AtomicBool::new(false);

/// Serves the page from now on, for the life of the process. Set once, at start, by the server's
/// `--component-examples`; nothing turns it off, so no request sees it come and go.
pub fn show_component_examples() {
    SHOWN.store(true, Ordering::Relaxed);
}

#[component]
pub fn ComponentExamplesPage() -> impl IntoView {
    if !SHOWN.load(Ordering::Relaxed) {
        return NotFoundPage().into_any();
    }
    ExamplesView().into_any()
}

#[component]
fn ExamplesView() -> impl IntoView {
    let i18n = use_i18n();
    let shown = components(i18n)
        .into_iter()
        .map(|component| {
            let examples = component
                .examples
                .into_iter()
                .map(|example| {
                    view! {
                        <section class="component-example">
                            <h3 lang="en-GB">{example.name}</h3>
                            {example.inputs.view()}
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section>
                    <h2 lang="en-GB">{component.name}</h2>
                    {examples}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTitle text="Component examples".to_string() />
        <h1 lang="en-GB">"Component examples (for tests only)"</h1>
        {shown}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without the flag the page is not there: a 404 with the usual "not found" words. (No test in
    /// this binary turns the page on, so this holds whatever order tests run in.)
    #[test]
    fn without_the_flag_the_page_is_not_found() {
        let owner = Owner::new();
        let (html, status) = owner.with(|| {
            let response = leptos_axum::ResponseOptions::default();
            provide_context(response.clone());
            let html = view! { <ComponentExamplesPage /> }.to_html();
            let status = response.0.read().unwrap().status;
            (html, status)
        });
        assert_eq!(status, Some(http::StatusCode::NOT_FOUND));
        assert!(!html.contains("Component examples"), "{html}");
        assert!(!html.contains("<input"), "{html}");
    }

    #[test]
    fn the_examples_view_shows_every_example() {
        let owner = Owner::new();
        let html = owner.with(|| view! { <ExamplesView /> }.to_html());
        let all = components(crate::i18n::loader(crate::locale::Locale::EnglishUk));
        let examples: usize = all.iter().map(|c| c.examples.len()).sum();
        assert_eq!(
            html.matches("<section class=\"component-example\">")
                .count(),
            examples
        );
        for component in &all {
            assert!(
                html.contains(&format!(">{}</h2>", component.name)),
                "{html}"
            );
        }
    }
}
