use crate::components::{PageTitle, WithSymbol, WithTerms};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    let topics = paths::HELP_TOPICS
        .into_iter()
        .map(|topic| {
            view! {
                <li>
                    <a href=paths::help_topic(topic)>{i18n.get(&format!("info-{topic}-title"))}</a>
                    <p class="hint"><WithTerms text=i18n.get(&format!("info-{topic}-summary")) /></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=fl!(i18n, "help-title") />
        <WithSymbol message="help-title"><h1>{fl!(i18n, "help-title")}</h1></WithSymbol>
        <h2>{fl!(i18n, "info-list-title")}</h2>
        <p><WithTerms text=fl!(i18n, "info-list-lead") /></p>
        <ul class="list topic-list">{topics}</ul>
        <h2>{fl!(i18n, "help-words-title")}</h2>
        <p><a href=paths::GLOSSARY>{fl!(i18n, "glossary-page-title")}</a></p>
        <h2>{fl!(i18n, "help-advice-title")}</h2>
        <p><WithTerms text=fl!(i18n, "help-sendiass") /></p>
        <h2>{fl!(i18n, "help-using-title")}</h2>
        <ul class="list">
            <li><a href=paths::READING_OPTIONS>{fl!(i18n, "help-reading-options")}</a></li>
            <li><a href=paths::LANGUAGE>{fl!(i18n, "help-language")}</a></li>
        </ul>
    }
}
