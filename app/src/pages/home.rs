use crate::components::WithSymbol;
use crate::components::{PageTitle, WithTerms};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::scope::request_scope;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = request_scope().viewer.is_some();
    view! {
        <PageTitle text=fl!(i18n, "home-title") />
        <WithSymbol message="home-title"><h1>{fl!(i18n, "home-title")}</h1></WithSymbol>
        <WithSymbol message="home-lead"><p class="lead">{fl!(i18n, "home-lead")}</p></WithSymbol>
        <h2>{fl!(i18n, "home-what-title")}</h2>
        <ul class="list">
            <li>{fl!(i18n, "home-what-views")}</li>
            <li><WithTerms text=fl!(i18n, "home-what-goals") /></li>
            <li>
                {fl!(i18n, "home-what-services")}" "
                <a href=paths::LOCAL_OFFER>{fl!(i18n, "home-local-offer-link")}</a>
            </li>
        </ul>
        <p><WithTerms text=fl!(i18n, "home-send-explained") /></p>
        <p>{fl!(i18n, "home-yours")}</p>
        {if signed_in {
            view! {
                <p><a class="button" href=paths::FAMILY>{fl!(i18n, "home-go-to-family")}</a></p>
            }.into_any()
        } else {
            view! {
                <p class="actions">
                    <a class="button" href=paths::CREATE_ACCOUNT>{fl!(i18n, "home-create-account")}</a>
                    <a class="button button-secondary" href=paths::SIGN_IN>{fl!(i18n, "home-sign-in")}</a>
                </p>
            }.into_any()
        }}
    }
}
