use crate::components::PageTitle;
use crate::i18n::{fl, use_i18n};
use crate::scope::require_viewer;
use leptos::prelude::*;

/// A signed-in person's home: their children. Signed out, it sends them to sign in.
#[component]
pub fn FamilyPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return view! { <p>{fl!(i18n, "family-signed-out")}</p> }.into_any();
    };
    view! {
        <PageTitle text=fl!(i18n, "family-title") />
        <h1>{fl!(i18n, "family-title")}</h1>
        <p class="signed-in-as">{fl!(i18n, "family-signed-in-as", email = viewer.email)}</p>
        <h2>{fl!(i18n, "family-children-title")}</h2>
        <p>{fl!(i18n, "family-no-children")}</p>
    }
    .into_any()
}
