//! Where an invitation link leads: what the family offers, then sign in (or make an account) and say
//! yes. The secret in the link is the key; it works once, for a week.

use crate::components::{share_terms, ErrorSummary, PageTitle, TextField, WithSymbol};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{InvitationSummary, Role};
use crate::record::problems::FieldProblem;
use crate::record_page::route_text;
use crate::record_problems::shown;
use crate::scope::request_scope;
use crate::services::{use_people, AcceptRefused, InvitationError};
use crate::words::role_words;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// Sets the status for a link that does not work: 410 for used or out of date, 404 for unknown.
fn set_gone_status(response: Option<&leptos_axum::ResponseOptions>, error: &InvitationError) {
    if let Some(response) = response {
        response.set_status(match error {
            InvitationError::Expired | InvitationError::Used => http::StatusCode::GONE,
            InvitationError::Unknown => http::StatusCode::NOT_FOUND,
            InvitationError::AlreadyYoungPerson | InvitationError::AlreadyWithFamily => {
                http::StatusCode::CONFLICT
            }
            InvitationError::Unavailable => http::StatusCode::SERVICE_UNAVAILABLE,
        });
    }
}

pub fn invitation_error_words(
    error: &InvitationError,
    i18n: &FluentLanguageLoader,
) -> (String, String) {
    match error {
        InvitationError::Expired => (
            fl!(i18n, "invitation-expired-title"),
            fl!(i18n, "invitation-expired-body"),
        ),
        InvitationError::Used => (
            fl!(i18n, "invitation-used-title"),
            fl!(i18n, "invitation-used-body"),
        ),
        InvitationError::Unknown => (
            fl!(i18n, "invitation-unknown-title"),
            fl!(i18n, "invitation-unknown-body"),
        ),
        InvitationError::AlreadyYoungPerson => (
            fl!(i18n, "invitation-already-young-person-title"),
            fl!(i18n, "invitation-already-young-person-body"),
        ),
        InvitationError::AlreadyWithFamily => (
            fl!(i18n, "invitation-already-with-family-title"),
            fl!(i18n, "invitation-already-with-family-body"),
        ),
        InvitationError::Unavailable => (
            fl!(i18n, "record-unavailable-title"),
            fl!(i18n, "record-unavailable-body"),
        ),
    }
}

#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = route_text("token").unwrap_or_default();
    let people = use_people();
    let scope = request_scope();
    let refused = use_context::<AcceptRefused>();
    // The name came back with a problem (a hidden character in it, or too long).
    let outcome = use_form_outcome::<FieldProblem>();
    let response = use_context::<leptos_axum::ResponseOptions>();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let summary = match refused.map(|r| r.0) {
                    Some(error) => Err(error),
                    None => people.invitation(&token).await,
                };
                let summary = match summary {
                    Ok(summary) => summary,
                    Err(error) => {
                        set_gone_status(response.as_ref(), &error);
                        let (title, body) = invitation_error_words(&error, i18n);
                        return view! {
                            <PageTitle text=title.clone() />
                            <h1>{title}</h1>
                            <p>{body}</p>
                        }
                        .into_any();
                    }
                };
                let here = paths::accept_invitation(&token);
                let title = fl!(i18n, "accept-title");
                let problems = shown(&outcome, i18n);
                let name_error = for_field(&problems, "name");
                let typed_name = outcome.as_ref().and_then(|o| o.kept_value("name"));
                view! {
                    <PageTitle text=title.clone() />
                    <ErrorSummary problems=problems />
                    <WithSymbol message="accept-title"><h1>{title}</h1></WithSymbol>
                    {offer(&summary, i18n)}
                    {match scope.viewer {
                        Some(viewer) => view! {
                            <form action=here method="post" novalidate>
                                <TextField
                                    name="name"
                                    label=fl!(i18n, "accept-your-name")
                                    hint=fl!(i18n, "accept-your-name-hint")
                                    autocomplete="name"
                                    value=typed_name
                                    error=name_error
                                />
                                <p class="hint">{fl!(i18n, "accept-signed-in-as", email = (viewer.email.clone()))}</p>
                                <button class="button" type="submit">{fl!(i18n, "accept-button")}</button>
                            </form>
                        }.into_any(),
                        None => {
                            view! {
                                <p>{fl!(i18n, "accept-sign-in-first")}</p>
                                <div class="button-row">
                                    <a class="button" href=paths::create_account_then(&here)>{fl!(i18n, "accept-create-account")}</a>
                                    <a class="button button-secondary" href=paths::sign_in_then(&here)>{fl!(i18n, "accept-sign-in")}</a>
                                </div>
                            }.into_any()
                        }
                    }}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// What the family offers, in plain words.
fn offer(summary: &InvitationSummary, i18n: &'static FluentLanguageLoader) -> AnyView {
    let children = summary.children.join(", ");
    let from = summary.from.clone();
    match summary.role {
        Role::ParentOrCarer => view! {
            <p class="lead" dir="auto">{fl!(i18n, "accept-as-parent", from = from, children = children)}</p>
        }
        .into_any(),
        Role::YoungPerson => view! {
            <p class="lead" dir="auto">{fl!(i18n, "accept-as-young-person", from = from, name = children)}</p>
        }
        .into_any(),
        role @ (Role::Advocate | Role::Professional) => view! {
            <p class="lead" dir="auto">{fl!(i18n, "accept-as-advocate", from = from, name = children, role = (role_words(role, i18n)))}</p>
            {share_terms(&summary.parts, summary.may_change, summary.until, i18n)}
        }
        .into_any(),
    }
}

// Answering the invitation: saying yes.

use crate::forms::{Address, Posted, Reply};

/// Saying yes needs an account: back to the invitation after signing in.
pub fn invitation_after_sign_in(address: &Address) -> String {
    crate::paths::accept_invitation(address.text("token"))
}

/// Says yes to an invitation (`/invitations/{token}`), with the name the family will see.
pub async fn accept(posted: Posted) -> Reply {
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
    let token = posted.address.text("token");
    match posted
        .people
        .accept_invitation(&posted.viewer, token, &name)
        .await
    {
        Ok(accepted) => Reply::Next(match (accepted.role, accepted.child_id) {
            (Role::Advocate, _) => crate::paths::ADVOCATE.to_string(),
            (Role::Professional, _) => crate::paths::PROFESSIONAL.to_string(),
            (Role::YoungPerson, Some(child)) => crate::paths::my_page(child),
            _ => "/family".to_string(),
        }),
        Err(error) => {
            let status = match error {
                InvitationError::Expired | InvitationError::Used => http::StatusCode::GONE,
                InvitationError::Unknown => http::StatusCode::NOT_FOUND,
                InvitationError::AlreadyYoungPerson | InvitationError::AlreadyWithFamily => {
                    http::StatusCode::CONFLICT
                }
                InvitationError::Unavailable => http::StatusCode::SERVICE_UNAVAILABLE,
            };
            Reply::show(status, AcceptRefused(error))
        }
    }
}
