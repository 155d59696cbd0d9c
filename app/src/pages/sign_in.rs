use crate::account::AccountProblem;
use crate::account_problems::shown;
use crate::components::{ErrorSummary, PageTitle, PasswordField, TextField, WithSymbol};
use crate::forms::for_field;
use crate::forms::use_form_outcome;
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::scope::safe_return_path;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let email = outcome.as_ref().and_then(|o| o.kept_value("email"));
    let return_to = outcome
        .as_ref()
        .and_then(|o| o.kept_value("return_to"))
        .or_else(|| use_query_map().get_untracked().get("return_to"))
        .map(|path| safe_return_path(&path).to_string())
        // Nowhere asked for: the server sends each person where they land (`paths::landing`).
        .unwrap_or_else(|| paths::HOME.into());
    view! {
        <PageTitle text=fl!(i18n, "sign-in-title") has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <WithSymbol message="sign-in-title"><h1>{fl!(i18n, "sign-in-title")}</h1></WithSymbol>
        <form action=paths::SIGN_IN method="post" novalidate>
            <input type="hidden" name="return_to" value=return_to />
            <TextField
                name="email"
                label=fl!(i18n, "field-email")
                input_type="email"
                autocomplete="username"
                spellcheck=false
                value=email
                error=for_field(&problems, "email")
            />
            <PasswordField
                name="password"
                label=fl!(i18n, "field-password")
                autocomplete="current-password"
                error=for_field(&problems, "password")
            />
            <button class="button" type="submit">{fl!(i18n, "sign-in-button")}</button>
        </form>
        <p><a href=paths::FORGOT_PASSWORD>{fl!(i18n, "sign-in-forgot-link")}</a></p>
        // Shown by the script only where the browser can use passkeys; with JavaScript off, nothing.
        <section class="passkey-sign-in" data-passkey-sign-in hidden aria-labelledby="passkey-sign-in-title">
            <h2 id="passkey-sign-in-title">{fl!(i18n, "passkey-sign-in-title")}</h2>
            <p>{fl!(i18n, "passkey-sign-in-what")}</p>
            <form
                id="passkey-sign-in-form"
                data-start=paths::PASSKEY_SIGN_IN_START
                data-finish=paths::PASSKEY_SIGN_IN_FINISH
            >
                {super::passkeys::browser_problems(i18n)}
                <button class="button button-secondary" type="submit">{fl!(i18n, "passkey-sign-in-button")}</button>
            </form>
        </section>
        <super::passkeys::PasskeysScript />
        <p>
            {fl!(i18n, "sign-in-no-account")} " "
            <a href=paths::CREATE_ACCOUNT>{fl!(i18n, "sign-in-create-link")}</a>
        </p>
    }
}
