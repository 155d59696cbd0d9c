use crate::account::AccountProblem;
use crate::account_problems::shown;
use crate::components::{ErrorSummary, NewPasswordField, PageTitle, TextField, WithSymbol};
use crate::forms::for_field;
use crate::forms::use_form_outcome;
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::scope::safe_return_path;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CreateAccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let email = outcome.as_ref().and_then(|o| o.kept_value("email"));
    // Someone following an invitation goes back to it once their account exists.
    let return_to = outcome
        .as_ref()
        .and_then(|o| o.kept_value("return_to"))
        .or_else(|| use_query_map().get_untracked().get("return_to"))
        .map(|path| safe_return_path(&path).to_string())
        .unwrap_or_else(|| paths::FAMILY.into());
    let sign_in = paths::sign_in_then(&return_to);
    view! {
        <PageTitle text=fl!(i18n, "create-account-title") has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <WithSymbol message="create-account-title"><h1>{fl!(i18n, "create-account-title")}</h1></WithSymbol>
        <p>{fl!(i18n, "create-account-intro")}</p>
        <form action=paths::CREATE_ACCOUNT method="post" novalidate>
            <input type="hidden" name="return_to" value=return_to />
            <TextField
                name="email"
                label=fl!(i18n, "field-email")
                hint=fl!(i18n, "create-account-email-hint")
                input_type="email"
                autocomplete="email"
                spellcheck=false
                value=email
                error=for_field(&problems, "email")
            />
            <NewPasswordField label=fl!(i18n, "field-password") error=for_field(&problems, "password") />
            <button class="button" type="submit">{fl!(i18n, "create-account-button")}</button>
        </form>
        <p>
            {fl!(i18n, "create-account-have-one")} " "
            <a href=sign_in>{fl!(i18n, "create-account-sign-in-link")}</a>
        </p>
    }
}
