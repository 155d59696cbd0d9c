use crate::components::PageTitle;
use crate::components::WithSymbol;
use crate::i18n::{fl, use_i18n};
use crate::paths;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=fl!(i18n, "not-found-title") />
        <WithSymbol message="not-found-title"><h1>{fl!(i18n, "not-found-title")}</h1></WithSymbol>
        <p>{fl!(i18n, "not-found-body")}</p>
        <p><a href=paths::HOME>{fl!(i18n, "not-found-home")}</a></p>
    }
}
