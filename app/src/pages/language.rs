use crate::components::{PageTitle, RadioChoice, RadioGroup, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::locale::Locale;
use crate::paths;
use crate::scope::{request_scope, safe_return_path};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Each language is listed by its own name, in its own script, so a person can find theirs whatever
/// language the page is in now.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let i18n = use_i18n();
    let current = request_scope().locale;
    let query = use_query_map().get_untracked();
    let return_to = safe_return_path(&query.get("return_to").unwrap_or_default()).to_string();
    let choices = Locale::ALL
        .into_iter()
        .map(|locale| RadioChoice {
            value: locale.tag().into(),
            label: locale.own_name().to_string().into(),
            lang: Some(locale.html_lang()),
        })
        .collect::<Vec<_>>();
    view! {
        <PageTitle text=fl!(i18n, "language-title") />
        <WithSymbol message="language-title"><h1>{fl!(i18n, "language-title")}</h1></WithSymbol>
        <form action=paths::LANGUAGE method="post">
            <input type="hidden" name="return_to" value=return_to />
            <RadioGroup
                name="locale"
                legend=fl!(i18n, "language-legend")
                hint=fl!(i18n, "language-hint")
                choices=choices
                selected=current.tag().to_string()
            />
            <button class="button" type="submit">{fl!(i18n, "language-button")}</button>
        </form>
    }
}
