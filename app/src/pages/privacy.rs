use crate::components::WithSymbol;
use crate::components::{PageTitle, WithTerms};
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=fl!(i18n, "privacy-title") />
        <WithSymbol message="privacy-title"><h1>{fl!(i18n, "privacy-title")}</h1></WithSymbol>
        <WithSymbol message="privacy-lead"><p class="lead">{fl!(i18n, "privacy-lead")}</p></WithSymbol>
        <h2>{fl!(i18n, "privacy-what-title")}</h2>
        <p>{fl!(i18n, "privacy-what")}</p>
        <h2>{fl!(i18n, "privacy-who-title")}</h2>
        <p><WithTerms text=fl!(i18n, "privacy-who") /></p>
        <h2>{fl!(i18n, "privacy-cookies-title")}</h2>
        <ul class="list">
            <li>{fl!(i18n, "privacy-cookie-session")}</li>
            <li>{fl!(i18n, "privacy-cookie-language")}</li>
            <li>{fl!(i18n, "privacy-cookie-reading")}</li>
            <li>{fl!(i18n, "privacy-cookie-device")}</li>
        </ul>
        <p>{fl!(i18n, "privacy-no-tracking")}</p>
        <p>{fl!(i18n, "privacy-on-this-phone")}</p>
        <h2>{fl!(i18n, "privacy-rights-title")}</h2>
        <p>{fl!(i18n, "privacy-rights")}</p>
    }
}
