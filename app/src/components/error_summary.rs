use crate::components::WithSymbol;
use crate::forms::ShownProblem;
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

/// Lists every problem at the top of the page, each linking to its field. `role="alert"` makes screen
/// readers announce it; it is focusable so keyboard users land on it from the skip link.
#[component]
pub fn ErrorSummary(
    problems: Vec<ShownProblem>,
    /// The heading's id, which names the summary. Only a page showing several summaries at once (the
    /// component examples page) needs another.
    #[prop(default = "error-summary-title")]
    title_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby=title_id>
                <WithSymbol message="error-summary-title">
                    <h2 id=title_id class="error-summary-title">{fl!(i18n, "error-summary-title")}</h2>
                </WithSymbol>
                <ul class="error-summary-list">
                    {problems
                        .into_iter()
                        .map(|problem| match problem.field {
                            Some(field) => view! {
                                <li><a href=format!("#{field}")>{problem.message}</a></li>
                            }.into_any(),
                            None => view! { <li>{problem.message}</li> }.into_any(),
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
