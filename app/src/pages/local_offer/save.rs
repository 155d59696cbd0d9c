//! Saving a service to a child's record, with a note: the form on the service's page. The save
//! itself is checked and stored by the server, which puts `SaveRefused` in context when the child
//! named is not the viewer's.

use super::FamilyChild;
use crate::components::{RadioChoice, SelectField, TextArea};
use crate::forms::{for_field, FormOutcome, ShownProblem};
use crate::i18n::fl;
use crate::local_offer::service::Service;
use crate::paths::urlencode;
use crate::record::problems::FieldProblem;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// Put in context by the server when a save named a child that is not the viewer's: the page says
/// "not found" (never which of "missing" and "another family's").
#[derive(Debug, Clone, Copy)]
pub struct SaveRefused;

pub(super) fn save_view(
    service: &Service,
    signed_in: bool,
    children: &[FamilyChild],
    outcome: &Option<FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let href = crate::paths::service(&service.id);
    let body = if !signed_in {
        let sign_in = format!("/sign-in?return_to={}", urlencode(&href));
        view! { <p><a href=sign_in>{fl!(i18n, "service-sign-in-to-save")}</a></p> }.into_any()
    } else if children.is_empty() {
        view! {
            <p>{fl!(i18n, "service-save-no-children")}</p>
            <p><a class="button button-secondary" href="/children/new">{fl!(i18n, "service-add-child")}</a></p>
        }
        .into_any()
    } else {
        let kept = |field: &str| outcome.as_ref().and_then(|o| o.kept_value(field));
        let only_child = match children {
            [only] => Some(only.id.to_string()),
            _ => None,
        };
        let mut choices = Vec::new();
        if children.len() > 1 {
            choices.push(RadioChoice::new("", fl!(i18n, "service-save-child-choose")));
        }
        choices.extend(
            children
                .iter()
                .map(|child| RadioChoice::new(child.id.to_string(), child.name.clone())),
        );
        view! {
            <p>{fl!(i18n, "service-save-intro")}</p>
            <form class="service-save-form" action=format!("{href}/save") method="post" novalidate>
                <SelectField
                    name="child"
                    label=fl!(i18n, "service-save-child")
                    choices=choices
                    selected=kept("child").unwrap_or_else(|| only_child.unwrap_or_default())
                    error=for_field(problems, "child")
                />
                <TextArea
                    name="note"
                    label=fl!(i18n, "service-save-note")
                    hint=fl!(i18n, "service-save-note-hint")
                    value=kept("note")
                    error=for_field(problems, "note")
                    rows=3
                />
                <button class="button" type="submit">{fl!(i18n, "service-save-button")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <section class="service-save" aria-labelledby="service-save-title">
            <h2 id="service-save-title">{fl!(i18n, "service-save-title")}</h2>
            {body}
        </section>
    }
    .into_any()
}

// Answering the save form, and the button that forgets a saved service. Every post checks the child
// through the Local Offer service, which answers "not found" for anything that is not the viewer's.

use crate::forms::{Address, Posted, Reply};
use crate::record::problems::Problem;
use crate::services::{LocalOfferError, RecordError};

/// The child's page, where their saved services are listed.
fn saved_services_of(child_id: i64) -> String {
    crate::paths::saved_services(child_id)
}

/// The same page again with what was typed, saying to try again (503).
fn try_again(posted: &Posted) -> Reply {
    Reply::show(
        http::StatusCode::SERVICE_UNAVAILABLE,
        FormOutcome::<FieldProblem> {
            problems: Vec::new(),
            kept: posted.kept(),
        },
    )
}

/// Saves a service to a child's record with the family's note
/// (`/local-offer/services/{service}/save`).
pub async fn save_service(posted: Posted) -> Reply {
    let service_id = posted.address.text("service");
    match posted.directory.service(service_id).await {
        Ok(_) => {}
        // The page at this address says the service is not found.
        Err(LocalOfferError::NotFound) => return Reply::not_found(),
        Err(_) => return try_again(&posted),
    }
    let child_id = posted.field("child").trim().parse::<i64>().ok();
    let mut problems = Vec::new();
    if child_id.is_none() {
        problems.push(FieldProblem::new("child", Problem::ChooseOne));
    }
    let note = crate::record::problems::optional_text(
        "note",
        posted.field("note"),
        crate::local_offer::service::NOTE_MAX_CHARS,
        &mut problems,
    );
    let Some(child_id) = child_id.filter(|_| problems.is_empty()) else {
        return posted.again(problems);
    };
    match posted
        .directory
        .save_service(&posted.viewer, child_id, service_id, &note)
        .await
    {
        Ok(_) => Reply::Next(saved_services_of(child_id)),
        // Another family's child, or none: nothing is saved, and the page says "not found".
        Err(RecordError::NotFound) => Reply::show(http::StatusCode::NOT_FOUND, SaveRefused),
        Err(_) => try_again(&posted),
    }
}

/// A button press while signed out: back to the child's page after signing in.
pub fn child_after_sign_in(address: &Address) -> String {
    address
        .number("child")
        .map(crate::paths::child)
        .unwrap_or_else(|| "/family".to_string())
}

/// Forgets a saved service (`/children/{child}/saved-services/{saved}/forget`).
pub async fn forget_saved_service(posted: Posted) -> Reply {
    let (Some(child_id), Some(saved_id)) = (posted.number("child"), posted.number("saved")) else {
        return Reply::not_found();
    };
    match posted
        .directory
        .forget_saved_service(&posted.viewer, child_id, saved_id)
        .await
    {
        Ok(()) => Reply::Next(saved_services_of(child_id)),
        Err(RecordError::NotFound) => Reply::not_found(),
        // Storage failed: back to the child's page, where the service is still listed to try again.
        Err(_) => Reply::Next(saved_services_of(child_id)),
    }
}
