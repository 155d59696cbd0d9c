use crate::components::PageTitle;
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=fl!(i18n, "help-title") />
        <h1>{fl!(i18n, "help-title")}</h1>
        <h2>{fl!(i18n, "help-using-title")}</h2>
        <ul class="list">
            <li><a href="/reading-options">{fl!(i18n, "help-reading-options")}</a></li>
            <li><a href="/language">{fl!(i18n, "help-language")}</a></li>
        </ul>
        <h2>{fl!(i18n, "help-advice-title")}</h2>
        <p>{fl!(i18n, "help-sendiass")}</p>
        <h2>{fl!(i18n, "help-words-title")}</h2>
        <dl class="glossary">
            <dt>{fl!(i18n, "glossary-send")}</dt>
            <dd>{fl!(i18n, "glossary-send-meaning")}</dd>
            <dt>{fl!(i18n, "glossary-sen-support")}</dt>
            <dd>{fl!(i18n, "glossary-sen-support-meaning")}</dd>
            <dt>{fl!(i18n, "glossary-ehc-plan")}</dt>
            <dd>{fl!(i18n, "glossary-ehc-plan-meaning")}</dd>
            <dt>{fl!(i18n, "glossary-local-offer")}</dt>
            <dd>{fl!(i18n, "glossary-local-offer-meaning")}</dd>
            <dt>{fl!(i18n, "glossary-sendiass")}</dt>
            <dd>{fl!(i18n, "glossary-sendiass-meaning")}</dd>
        </dl>
    }
}
