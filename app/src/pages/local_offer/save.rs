//! Saving a service to a child's record, with a note: the form on the service's page. The save
//! itself is checked and stored by the server, which puts `SaveRefused` in context when the child
//! named is not the viewer's.

use super::{service_href, FamilyChild};
use crate::components::{urlencode, RadioChoice, SelectField, TextArea};
use crate::forms::{for_field, FormOutcome, ShownProblem};
use crate::i18n::fl;
use crate::local_offer::service::Service;
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
    let href = service_href(&service.id);
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
