//! The account's passkeys (`/account/passkeys`): each with the name its owner gave it, when it was
//! added and last used; adding one (with JavaScript, where the browser can make passkeys) and
//! removing one (a plain form, after one "are you sure").

use crate::components::{ErrorSummary, PageTitle, TextField, WithSymbol};
use crate::forms::{shown, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::passkeys::{use_passkeys, PasskeyProblem, SavedPasskey};
use crate::paths;
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::scope::require_viewer;
use crate::words::long_date_of_time;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PasskeysPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let passkeys = use_passkeys();
    let set_status = status_setter();
    let removing = use_query_map()
        .get_untracked()
        .get("remove")
        .and_then(|id| id.parse::<i64>().ok());
    // Only a removal that failed on our side comes back as a form outcome.
    let problems = shown(&use_form_outcome::<PasskeyProblem>(), i18n);
    let title = fl!(i18n, "passkeys-title");
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems />
        <WithSymbol message="passkeys-title"><h1>{title}</h1></WithSymbol>
        <p class="lead">{fl!(i18n, "passkeys-lead")}</p>
        <Suspense>
            {Suspend::new(async move {
                let list = match passkeys.passkeys(&viewer).await {
                    Ok(list) => list,
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                let confirm = removing
                    .and_then(|id| list.iter().find(|p| p.id == id).cloned())
                    .map(|passkey| confirm_removal(passkey, i18n));
                view! {
                    {confirm}
                    {passkey_list(list, i18n)}
                    {add_passkey(i18n)}
                }
                .into_any()
            })}
        </Suspense>
        <PasskeysScript />
    }
    .into_any()
}

/// The passkeys script, for the two pages that use it: empty, with a fixed same-origin address, so
/// nothing typed can ever be inside it; marked with the page's nonce like every script of Heard's.
#[component]
pub fn PasskeysScript() -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    view! { <script type="module" src=paths::PASSKEYS_SCRIPT nonce=nonce></script> }
}

fn passkey_list(list: Vec<SavedPasskey>, i18n: &'static FluentLanguageLoader) -> AnyView {
    if list.is_empty() {
        return view! { <p>{fl!(i18n, "passkeys-none")}</p> }.into_any();
    }
    let items = list
        .into_iter()
        .map(|passkey| {
            let added = fl!(
                i18n,
                "passkeys-added",
                date = (long_date_of_time(passkey.added_at, i18n))
            );
            let used = match passkey.last_used_at {
                Some(at) => fl!(
                    i18n,
                    "passkeys-last-used",
                    date = (long_date_of_time(at, i18n))
                ),
                None => fl!(i18n, "passkeys-not-used"),
            };
            let remove = fl!(i18n, "passkeys-remove-link", name = (passkey.name.clone()));
            view! {
                <li class="passkey">
                    <h3 class="passkey-name" dir="auto">{passkey.name.clone()}</h3>
                    <p>{added}" "{used}</p>
                    <p><a href=paths::confirm_remove_passkey(passkey.id)>{remove}</a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{fl!(i18n, "passkeys-yours")}</h2>
        <ul class="passkeys">{items}</ul>
    }
    .into_any()
}

/// "Remove this passkey?", with the one button that does it.
fn confirm_removal(passkey: SavedPasskey, i18n: &'static FluentLanguageLoader) -> AnyView {
    let question = fl!(i18n, "passkeys-remove-title", name = (passkey.name.clone()));
    view! {
        <div class="warning-text" id="remove-passkey">
            <h2 dir="auto">{question}</h2>
            <p>{fl!(i18n, "passkeys-remove-what")}</p>
            <form action=paths::remove_passkey(passkey.id) method="post">
                <div class="button-row">
                    <button class="button button-warning" type="submit">{fl!(i18n, "passkeys-remove-button")}</button>
                    <a href=paths::PASSKEYS>{fl!(i18n, "passkeys-keep")}</a>
                </div>
            </form>
        </div>
    }
    .into_any()
}

/// Adding a passkey needs the browser: the form is hidden until the script finds the browser can
/// make passkeys, and until then the page says what is needed.
fn add_passkey(i18n: &'static FluentLanguageLoader) -> AnyView {
    view! {
        <p data-passkey-unsupported>{fl!(i18n, "passkeys-need-browser")}</p>
        <section data-passkey-add hidden aria-labelledby="add-passkey-title">
            <h2 id="add-passkey-title">{fl!(i18n, "passkeys-add-title")}</h2>
            <p>{fl!(i18n, "passkeys-add-what")}</p>
            <form
                id="passkey-add-form"
                data-start=paths::PASSKEY_ADD_START
                data-finish=paths::PASSKEY_ADD_FINISH
                novalidate
            >
                <TextField
                    name="passkey-name"
                    label=fl!(i18n, "passkeys-name-label")
                    hint=fl!(i18n, "passkeys-name-hint")
                    autocomplete="off"
                />
                {browser_problems(i18n)}
                <button class="button" type="submit">{fl!(i18n, "passkeys-add-button")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Where the script shows a problem, holding the words for what only the browser can say: the
/// person stopped, this device has a passkey here already, or the server could not be reached.
pub fn browser_problems(i18n: &'static FluentLanguageLoader) -> impl IntoView {
    view! {
        <div
            class="passkey-problem field-error"
            data-passkey-problem
            role="alert"
            hidden
            data-cancelled=fl!(i18n, "passkey-error-cancelled")
            data-already-added=PasskeyProblem::AlreadyAdded.message(i18n)
            data-unavailable=PasskeyProblem::Unavailable.message(i18n)
        ></div>
    }
}
