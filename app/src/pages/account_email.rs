//! The account's email address and password: confirming the address, sending the link again,
//! changing the address, changing the password, signing out on every device, and making a new
//! password from an emailed link. Forms post back to these addresses and the server's account
//! handlers answer them (they touch the session), handing back an `AccountNotice` or problems.

use crate::account::{AccountNotice, AccountProblem};
use crate::account_problems::shown;
use crate::components::{ErrorSummary, NewPasswordField, PageTitle, PasswordField, TextField};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record_page::signed_out_view;
use crate::scope::{request_scope, require_viewer};
use crate::words::long_date;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn notice() -> Option<AccountNotice> {
    use_context::<AccountNotice>()
}

/// On every page for someone who has not confirmed their address: what to do, and the day the account
/// goes if they do not.
#[component]
pub fn ConfirmBanner() -> impl IntoView {
    let i18n = use_i18n();
    let scope = request_scope();
    let (Some(viewer), Some(day)) = (scope.viewer, scope.confirm_by) else {
        return ().into_any();
    };
    view! {
        <section class="notice notice-warning confirm-banner" aria-labelledby="confirm-banner-title">
            <h2 id="confirm-banner-title">{fl!(i18n, "confirm-banner-title")}</h2>
            <p>{fl!(i18n, "confirm-banner-sent", email = viewer.email.clone())}</p>
            <p>{fl!(i18n, "confirm-banner-deleted-on", date = long_date(i18n, day))}</p>
            <form action=paths::CONFIRM_AGAIN method="post">
                <button class="button button-secondary" type="submit">{fl!(i18n, "confirm-banner-again")}</button>
            </form>
            <p><a href=paths::CHANGE_EMAIL>{fl!(i18n, "confirm-banner-wrong-address")}</a></p>
        </section>
    }
    .into_any()
}

/// Said instead of a form an unconfirmed account may not use yet (inviting, sharing).
#[component]
pub fn ConfirmFirst() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="notice">{fl!(i18n, "confirm-first")}</p> }
}

/// `/confirm-email/…`: one button, so a mail program that opens links to check them confirms nothing.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = fl!(i18n, "confirm-email-title");
    let secret = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let action = format!("/confirm-email/{secret}");
    let body = match notice() {
        Some(AccountNotice::EmailConfirmed { signed_in }) => view! {
            <p>{fl!(i18n, "confirm-email-done")}</p>
            {if signed_in {
                view! { <p><a class="button" href=paths::FAMILY>{fl!(i18n, "confirm-email-continue")}</a></p> }.into_any()
            } else {
                view! { <p><a class="button" href=paths::SIGN_IN>{fl!(i18n, "sign-in-title")}</a></p> }.into_any()
            }}
        }
        .into_any(),
        Some(AccountNotice::AddressTaken) => {
            view! { <p class="notice">{fl!(i18n, "confirm-email-taken")}</p> }.into_any()
        }
        Some(_) => link_spent(i18n).into_any(),
        None => view! {
            <p>{fl!(i18n, "confirm-email-intro")}</p>
            <form action=action method="post">
                <button class="button" type="submit">{fl!(i18n, "confirm-email-button")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        {body}
    }
}

fn link_spent(i18n: &'static i18n_embed::fluent::FluentLanguageLoader) -> impl IntoView {
    view! {
        <div class="notice" id="link-spent">
            <p>{fl!(i18n, "link-spent")}</p>
            <p>
                <a href=paths::FORGOT_PASSWORD>{fl!(i18n, "link-spent-new-password")}</a>
            </p>
        </div>
    }
}

/// `/account/confirm-again`: sends the confirmation link again (a few times an hour at most).
#[component]
pub fn ConfirmAgainPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let title = fl!(i18n, "confirm-again-title");
    let sent = matches!(notice(), Some(AccountNotice::ConfirmLinkSent));
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <h1>{title}</h1>
        {if sent {
            view! { <p>{fl!(i18n, "confirm-again-sent", email = viewer.email.clone())}</p> }.into_any()
        } else {
            view! {
                <p>{fl!(i18n, "confirm-again-intro", email = viewer.email.clone())}</p>
                <form action=paths::CONFIRM_AGAIN method="post">
                    <button class="button" type="submit">{fl!(i18n, "confirm-banner-again")}</button>
                </form>
            }
            .into_any()
        }}
        <p><a href=paths::CHANGE_EMAIL>{fl!(i18n, "confirm-banner-wrong-address")}</a></p>
    }
    .into_any()
}

/// `/forgot-password`: asks for the address; the answer is the same whether it has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let email = outcome.as_ref().and_then(|o| o.kept_value("email"));
    let title = fl!(i18n, "forgot-title");
    let body = if matches!(notice(), Some(AccountNotice::ResetLinkSent)) {
        view! {
            <div class="notice" id="reset-link-sent">
                <p>{fl!(i18n, "forgot-sent")}</p>
                <p>{fl!(i18n, "forgot-sent-hour")}</p>
            </div>
            <p><a href=paths::SIGN_IN>{fl!(i18n, "sign-in-title")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <p>{fl!(i18n, "forgot-intro")}</p>
            <form action=paths::FORGOT_PASSWORD method="post" novalidate>
                <TextField
                    name="email"
                    label=fl!(i18n, "field-email")
                    input_type="email"
                    autocomplete="email"
                    spellcheck=false
                    value=email
                    error=for_field(&problems, "email")
                />
                <button class="button" type="submit">{fl!(i18n, "forgot-button")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <h1>{title}</h1>
        {body}
    }
}

/// `/reset-password/…`: a new password, from the emailed link.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let title = fl!(i18n, "reset-title");
    let secret = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let action = format!("/reset-password/{secret}");
    let body = if matches!(notice(), Some(AccountNotice::LinkSpent)) {
        link_spent(i18n).into_any()
    } else {
        view! {
            <p>{fl!(i18n, "reset-intro")}</p>
            <form action=action method="post" novalidate>
                <NewPasswordField label=fl!(i18n, "field-new-password") error=for_field(&problems, "password") />
                <button class="button" type="submit">{fl!(i18n, "reset-button")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <h1>{title}</h1>
        {body}
    }
}

/// `/account/email`: a new address, confirmed on that address before anything changes.
#[component]
pub fn ChangeEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let email = outcome.as_ref().and_then(|o| o.kept_value("email"));
    let title = fl!(i18n, "change-email-title");
    let body = if let Some(AccountNotice::NewEmailLinkSent { to }) = notice() {
        view! {
            <div class="notice" id="new-email-link-sent">
                <p>{fl!(i18n, "change-email-sent", email = to)}</p>
                <p>{fl!(i18n, "change-email-until")}</p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p>{fl!(i18n, "change-email-now", email = viewer.email.clone())}</p>
            <p>{fl!(i18n, "change-email-intro")}</p>
            <form action=paths::CHANGE_EMAIL method="post" novalidate>
                <TextField
                    name="email"
                    label=fl!(i18n, "field-new-email")
                    input_type="email"
                    autocomplete="email"
                    spellcheck=false
                    value=email
                    error=for_field(&problems, "email")
                />
                <PasswordField
                    name="current-password"
                    label=fl!(i18n, "field-current-password")
                    autocomplete="current-password"
                    error=for_field(&problems, "current-password")
                />
                <button class="button" type="submit">{fl!(i18n, "change-email-button")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <h1>{title}</h1>
        {body}
    }
    .into_any()
}

/// `/account/password`: asks for the password as it is now, then the new one. Every other device
/// is signed out.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(_viewer) = require_viewer() else {
        return signed_out_view();
    };
    let outcome = use_form_outcome::<AccountProblem>();
    let problems = shown(&outcome, i18n);
    let title = fl!(i18n, "change-password-title");
    let changed = matches!(notice(), Some(AccountNotice::PasswordChanged)).then(|| {
        view! { <p class="notice" id="password-changed">{fl!(i18n, "change-password-done")}</p> }
    });
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <h1>{title}</h1>
        {changed}
        <form action=paths::CHANGE_PASSWORD method="post" novalidate>
            <PasswordField
                name="current-password"
                label=fl!(i18n, "field-current-password")
                autocomplete="current-password"
                error=for_field(&problems, "current-password")
            />
            <NewPasswordField label=fl!(i18n, "field-new-password") error=for_field(&problems, "password") />
            <button class="button" type="submit">{fl!(i18n, "change-password-button")}</button>
        </form>
        <SignOutEverywhere />
    }
    .into_any()
}

/// "Sign out on every device": this one too. For the account page as well.
#[component]
pub fn SignOutEverywhere() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sign-out-everywhere" aria-labelledby="sign-out-everywhere-title">
            <h2 id="sign-out-everywhere-title">{fl!(i18n, "sign-out-everywhere-title")}</h2>
            <p>{fl!(i18n, "sign-out-everywhere-intro")}</p>
            <form action=paths::SIGN_OUT_EVERYWHERE method="post">
                <button class="button button-secondary" type="submit">{fl!(i18n, "sign-out-everywhere-button")}</button>
            </form>
        </section>
    }
}
