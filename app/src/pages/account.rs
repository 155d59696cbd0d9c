//! The account page: who you are to the others who see your child's record, how you sign in, what
//! Heard emails you, how pages read, and leaving. Each thing is changed on a page of its own, linked
//! from here, so each works without JavaScript and says plainly what it changes.

use super::account_email::SignOutEverywhere;
use crate::components::{ErrorSummary, PageTitle, TextField, WithSymbol};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::MyAccount;
use crate::record::problems::FieldProblem;
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::record_problems::shown;
use crate::scope::{request_scope, require_viewer};
use crate::services::use_people;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What was just saved, said at the top of the account page (`/account?saved=…`).
const SAVED_NAME: &str = "name";

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let people = use_people();
    let set_status = status_setter();
    let saved = use_query_map().get_untracked().get("saved");
    let title = fl!(i18n, "account-title");
    view! {
        <PageTitle text=title.clone() />
        {(saved.as_deref() == Some(SAVED_NAME)).then(|| view! {
            <div class="notice" role="status"><p>{fl!(i18n, "account-name-saved")}</p></div>
        })}
        <WithSymbol message="account-title"><h1>{title}</h1></WithSymbol>
        <Suspense>
            {Suspend::new(async move {
                match people.my_account(&viewer).await {
                    Ok(account) => account_view(&account, i18n),
                    Err(error) => {
                        set_status(&error);
                        record_error_view(&error, i18n)
                    }
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// One row of the account's summary: what it is, what it is now, and where to change it.
struct Row {
    key: String,
    value: Option<String>,
    /// Where to change it and the link's words; `None` where it is changed elsewhere.
    change: Option<(String, String)>,
}

fn account_view(account: &MyAccount, i18n: &'static FluentLanguageLoader) -> AnyView {
    let scope = request_scope();
    let name = if account.name.is_empty() {
        fl!(i18n, "account-name-not-given")
    } else {
        account.name.clone()
    };
    let you = vec![
        Row {
            key: fl!(i18n, "account-name"),
            value: Some(name),
            change: Some((paths::ACCOUNT_NAME.into(), fl!(i18n, "account-name-change"))),
        },
        Row {
            key: fl!(i18n, "account-email"),
            value: Some(account.email.clone()),
            change: Some((paths::CHANGE_EMAIL.into(), fl!(i18n, "change-email-title"))),
        },
        Row {
            key: fl!(i18n, "field-password"),
            value: None,
            change: Some((
                paths::CHANGE_PASSWORD.into(),
                fl!(i18n, "change-password-title"),
            )),
        },
    ];
    let reading = vec![
        Row {
            key: fl!(i18n, "nav-language"),
            value: Some(scope.locale.own_name().to_string()),
            change: Some((
                paths::language_then(paths::ACCOUNT),
                fl!(i18n, "account-language-change"),
            )),
        },
        Row {
            key: fl!(i18n, "nav-reading-options"),
            value: None,
            change: Some((
                paths::reading_options_then(paths::ACCOUNT),
                fl!(i18n, "account-reading-change"),
            )),
        },
    ];
    view! {
        <p class="lead">{fl!(i18n, "account-lead")}</p>
        <h2>{fl!(i18n, "account-you")}</h2>
        {summary(you)}
        <h2>{fl!(i18n, "account-signing-in")}</h2>
        <p><a href=paths::PASSKEYS>{fl!(i18n, "account-passkeys")}</a></p>
        <h2>{fl!(i18n, "email-choices-title")}</h2>
        <p><a href=paths::EMAIL_CHOICES>{fl!(i18n, "account-emails-change")}</a></p>
        <h2>{fl!(i18n, "account-reading")}</h2>
        {summary(reading)}
        <SignOutEverywhere />
        <h2>{fl!(i18n, "account-leaving")}</h2>
        <p><a href=paths::DELETE_ACCOUNT>{fl!(i18n, "delete-account-title")}</a></p>
    }
    .into_any()
}

fn summary(rows: Vec<Row>) -> AnyView {
    view! {
        <dl class="summary-list">
            {rows
                .into_iter()
                .map(|row| view! {
                    <div class="summary-row summary-row-with-change">
                        <dt>{row.key}</dt>
                        <dd dir="auto">{row.value}</dd>
                        {row.change.map(|(href, words)| view! {
                            <dd class="summary-change"><a href=href>{words}</a></dd>
                        })}
                    </div>
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// Giving or changing the name the others who see the same record know you by.
#[component]
pub fn AccountNamePage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let people = use_people();
    let set_status = status_setter();
    let outcome = use_form_outcome::<FieldProblem>();
    let title = fl!(i18n, "account-name-title");
    view! {
        <Suspense>
            {Suspend::new(async move {
                let account = match people.my_account(&viewer).await {
                    Ok(account) => account,
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                let problems = shown(&outcome, i18n);
                // What they typed, when the form came back with a problem; else the name saved.
                let typed = outcome
                    .as_ref()
                    .and_then(|o| o.kept_value("name"))
                    .unwrap_or(account.name);
                view! {
                    <PageTitle text=title.clone() has_errors=!problems.is_empty() />
                    <ErrorSummary problems=problems.clone() />
                    <WithSymbol message="account-name-title"><h1>{title.clone()}</h1></WithSymbol>
                    <form action=paths::ACCOUNT_NAME method="post" novalidate>
                        <TextField
                            name="name"
                            label=fl!(i18n, "account-name")
                            hint=fl!(i18n, "account-name-hint")
                            autocomplete="name"
                            value=Some(typed)
                            error=for_field(&problems, "name")
                        />
                        <div class="button-row">
                            <button class="button" type="submit">{fl!(i18n, "account-name-save")}</button>
                            <a href=paths::ACCOUNT>{fl!(i18n, "account-back")}</a>
                        </div>
                    </form>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

// Answering the name form.

use crate::forms::{Posted, Reply};

/// Saves the name (`/account/name`), then back to the account page, which says it is saved.
pub async fn save_name(posted: Posted) -> Reply {
    let mut problems = Vec::new();
    let name = crate::record::problems::optional_line(
        "name",
        posted.field("name"),
        crate::people::NAME_MAX_CHARS,
        &mut problems,
    );
    if !problems.is_empty() {
        return posted.again(problems);
    }
    let saved = posted.people.set_my_name(&posted.viewer, &name).await;
    posted.answer(saved, &format!("{}?saved={SAVED_NAME}", paths::ACCOUNT))
}
