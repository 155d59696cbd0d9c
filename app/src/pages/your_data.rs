//! Your data: everything about a child to download (a JSON file) or to read and print, and deleting
//! a child's record or your whole account, each with a plain warning and a confirmation.

use crate::account::DeleteProblem;
use crate::components::{
    details_list, ChildNav, ErrorSummary, PageTitle, PasswordField, RecordSection, WithSymbol,
};
use crate::forms::{for_field, shown, use_form_outcome, FormProblem};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{ChildAccess, RecordPart, Role};
use crate::record::cards::Pile;
use crate::record::saved::SavedChild;
use crate::record::AboutMePart;
use crate::record_page::{record_view, signed_out_view, RecordPage};
use crate::scope::require_viewer;
use crate::services::RecordError;
use crate::words::{
    about_me_part_words, long_date, rating_words, record_part_words, record_parts_words,
    review_point_name, role_words, written_by,
};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

impl FormProblem for DeleteProblem {
    fn field_id(&self) -> Option<String> {
        match self {
            DeleteProblem::NotConfirmed => Some("confirm".into()),
            DeleteProblem::WrongPassword => Some("password".into()),
            DeleteProblem::Unavailable => None,
        }
    }
    fn message(&self, i18n: &FluentLanguageLoader) -> String {
        match self {
            DeleteProblem::NotConfirmed => fl!(i18n, "delete-not-confirmed"),
            DeleteProblem::WrongPassword => fl!(i18n, "delete-wrong-password"),
            DeleteProblem::Unavailable => fl!(i18n, "record-unavailable-body"),
        }
    }
}

async fn child_and_access(page: &RecordPage) -> Result<(SavedChild, ChildAccess), RecordError> {
    let access = page.people.access(&page.viewer, page.child_id).await?;
    if !access.can_read(RecordPart::People) {
        return Err(RecordError::NotFound);
    }
    Ok((
        page.records.child(&page.viewer, page.child_id).await?,
        access,
    ))
}

#[component]
pub fn YourDataPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let loaded = child_and_access(&page).await;
        let (child, access) = loaded?;
        let id = child.id;
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "your-data-title", name = (name.clone()));
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=id name=name.clone() current=RecordSection::People />
            <WithSymbol message="your-data-title"><h1 dir="auto">{title}</h1></WithSymbol>
            <p class="lead">{fl!(i18n, "your-data-lead")}</p>
            <h2>{fl!(i18n, "your-data-download-title")}</h2>
            <p>{fl!(i18n, "your-data-download-lead")}</p>
            <div class="button-row">
                <a class="button" href=paths::download(id) download="">{fl!(i18n, "your-data-download")}</a>
                <a class="button button-secondary" href=paths::record_copy(id)>{fl!(i18n, "your-data-copy")}</a>
            </div>
            {(access.role == Role::ParentOrCarer).then(|| view! {
                <h2>{fl!(i18n, "your-data-delete-title")}</h2>
                <p>{fl!(i18n, "your-data-delete-lead", name = (name.clone()))}</p>
                <p><a class="button button-warning" href=paths::delete_child(id)>{fl!(i18n, "your-data-delete", name = (name.clone()))}</a></p>
            })}
            <h2>{fl!(i18n, "your-data-account-title")}</h2>
            <p><a href=paths::DELETE_ACCOUNT>{fl!(i18n, "your-data-account-link")}</a></p>
        }
        .into_any())
    })
}

/// The whole record, readable and ready to print.
#[component]
pub fn RecordCopyPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move { copy(&page, i18n).await })
}

async fn copy(
    page: &RecordPage,
    i18n: &'static FluentLanguageLoader,
) -> Result<AnyView, RecordError> {
    let (child, _) = child_and_access(page).await?;
    let (v, c) = (&page.viewer, page.child_id);
    let entries = page.records.about_me(v, c).await?;
    let goals = page.records.goals(v, c).await?;
    let points = page.records.review_points(v, c, page.today).await?;
    let cards = page.records.card_choices(v, c).await?;
    let notes = page.records.voice_notes(v, c).await?;
    let who = page.people.who_can_see(v, c).await?;
    let log = page.people.access_log(v, c).await?;
    let name = child.details.called_name.clone();
    let title = fl!(i18n, "record-copy-title", name = (name.clone()));
    let about = AboutMePart::ALL
        .iter()
        .map(|part| {
            let in_part: Vec<_> = entries.iter().filter(|e| e.part == *part).collect();
            view! {
                <h3>{about_me_part_words(*part, i18n)}</h3>
                {if in_part.is_empty() {
                    view! { <p>{fl!(i18n, "about-me-nothing-yet")}</p> }.into_any()
                } else {
                    view! {
                        <ul>{in_part.iter().map(|e| view! {
                            <li><p dir="auto">{e.text.clone()}</p><p class="hint">{written_by(e, i18n)}</p></li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
            }
        })
        .collect_view();
    let goal_items = goals
        .iter()
        .map(|g| view! { <li><span dir="auto">{g.words.outcome.clone()}</span></li> })
        .collect_view();
    let point_items = points
        .iter()
        .filter(|p| p.is_recorded())
        .map(|p| {
            let ratings = goals
                .iter()
                .filter_map(|g| {
                    let rating = p.for_goal(g.id)?.rating?;
                    Some(view! { <li><span dir="auto">{g.words.outcome.clone()}</span>": "{rating_words(rating, i18n)}</li> })
                })
                .collect_view();
            view! {
                <h3>{review_point_name(p.school_year, p.term, i18n)}" – "{long_date(i18n, p.held_on)}</h3>
                <p dir="auto">{p.what_is_working.clone()}</p>
                <p dir="auto">{p.what_is_not_working.clone()}</p>
                <ul>{ratings}</ul>
            }
        })
        .collect_view();
    let card_items = Pile::ALL
        .iter()
        .map(|pile| {
            let names: Vec<String> = cards
                .iter()
                .filter(|(_, p)| p == pile)
                .map(|(card, _)| i18n.get(&card.name_id()))
                .collect();
            view! { <li>{i18n.get(&pile.message_id())}": "{if names.is_empty() { "–".to_string() } else { names.join(", ") }}</li> }
        })
        .collect_view();
    let people = who
        .people
        .iter()
        .map(|p| view! { <li><span dir="auto">{p.name.clone()}</span>" – "{role_words(p.role, i18n)}</li> }.into_any())
        .chain(who.shares.iter().map(|s| {
            view! { <li><span dir="auto">{s.advocate.clone()}</span>" – "{role_words(s.role, i18n)}": "{record_parts_words(&s.parts, i18n)}</li> }.into_any()
        }))
        .collect_view();
    let log_items = log
        .iter()
        .map(|e| view! { <li>{e.who.clone()}" ("{role_words(e.role, i18n)}"): "{record_part_words(e.part, i18n)}</li> })
        .collect_view();
    Ok(view! {
        <PageTitle text=title.clone() />
        <p class="no-print"><a href=paths::your_data(child.id)>{fl!(i18n, "record-copy-back")}</a></p>
        <h1 dir="auto">{title}</h1>
        <p class="no-print">{fl!(i18n, "record-copy-print")}</p>
        <div class="record-copy">
        <h2>{fl!(i18n, "record-copy-details")}</h2>
        {details_list(&child.details, page.today, i18n)}
        <h2>{fl!(i18n, "child-nav-about-me")}</h2>
        {about}
        <h2>{fl!(i18n, "child-nav-goals")}</h2>
        <ul>{goal_items}</ul>
        <h2>{fl!(i18n, "child-nav-reviews")}</h2>
        {point_items}
        <h2>{fl!(i18n, "my-page-cards-title")}</h2>
        <ul>{card_items}</ul>
        <h2>{fl!(i18n, "my-page-voice-title")}</h2>
        <p>{fl!(i18n, "record-copy-voice-notes", count = (notes.len()))}</p>
        <h2>{fl!(i18n, "people-title", name = (name.clone()))}</h2>
        <ul>{people}</ul>
        <h2>{fl!(i18n, "seen-title", name = name)}</h2>
        <ul>{log_items}</ul>
        </div>
    }
    .into_any())
}

/// Deleting a child's record: what goes, that it cannot be undone, and a box to tick.
#[component]
pub fn DeleteChildPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<DeleteProblem>();
    record_view(move |page| async move {
        let loaded = match child_and_access(&page).await {
            Ok((child, access)) if access.role == Role::ParentOrCarer => Ok(child),
            Ok(_) => Err(RecordError::NotFound),
            Err(error) => Err(error),
        };
        let child = loaded?;
        let problems = shown(&outcome, i18n);
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "delete-child-title", name = (name.clone()));
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <WithSymbol message="delete-child-title"><h1 dir="auto">{title}</h1></WithSymbol>
            <div class="warning-text">
                <p><strong>{fl!(i18n, "delete-cannot-undo")}</strong></p>
                <p>{fl!(i18n, "delete-child-what", name = (name.clone()))}</p>
                <p>{fl!(i18n, "delete-child-first")}" "<a href=paths::your_data(child.id)>{fl!(i18n, "your-data-download")}</a></p>
            </div>
            <form action=paths::delete_child(child.id) method="post" novalidate>
                <ConfirmBox label=fl!(i18n, "delete-child-confirm", name = (name.clone())) error=for_field(&problems, "confirm") />
                <div class="button-row">
                    <button class="button button-warning" type="submit">{fl!(i18n, "delete-child-button", name = (name.clone()))}</button>
                    <a href=paths::child(child.id)>{fl!(i18n, "delete-keep")}</a>
                </div>
            </form>
        }
        .into_any())
    })
}

#[component]
fn ConfirmBox(label: String, error: Option<String>) -> impl IntoView {
    let has_error = error.is_some();
    view! {
        <div class="field" class:field-with-error=has_error>
            {error.map(|error| view! { <p class="field-error" id="confirm-error">{error}</p> })}
            <div class="radio">
                <input class="radio-input" type="checkbox" id="confirm" name="confirm" value="yes"
                    aria-describedby=has_error.then_some("confirm-error") />
                <label class="radio-label" for="confirm">{label}</label>
            </div>
        </div>
    }
}

/// Deleting the whole account, confirmed with its password.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(_viewer) = require_viewer() else {
        return signed_out_view();
    };
    let outcome = use_form_outcome::<DeleteProblem>();
    let problems = shown(&outcome, i18n);
    let title = fl!(i18n, "delete-account-title");
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <WithSymbol message="delete-account-title"><h1>{title}</h1></WithSymbol>
        <div class="warning-text">
            <p><strong>{fl!(i18n, "delete-cannot-undo")}</strong></p>
            <p>{fl!(i18n, "delete-account-what")}</p>
            <p>{fl!(i18n, "delete-account-family")}</p>
            <p>{fl!(i18n, "delete-account-first")}</p>
        </div>
        <form action=paths::DELETE_ACCOUNT method="post" novalidate>
            <PasswordField name="password" label=fl!(i18n, "delete-account-password") autocomplete="current-password" error=for_field(&problems, "password") />
            <ConfirmBox label=fl!(i18n, "delete-account-confirm") error=for_field(&problems, "confirm") />
            <div class="button-row">
                <button class="button button-warning" type="submit">{fl!(i18n, "delete-account-button")}</button>
                <a href=paths::FAMILY>{fl!(i18n, "delete-keep")}</a>
            </div>
        </form>
    }
    .into_any()
}

#[component]
pub fn AccountDeletedPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = fl!(i18n, "account-deleted-title");
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{fl!(i18n, "account-deleted-body")}</p>
        <p><a href=paths::HOME>{fl!(i18n, "account-deleted-home")}</a></p>
    }
}

// Answering the delete form for a child's record. (Deleting an account checks the password and ends
// the session, so the server's account handlers answer that one.)

use crate::forms::{Posted, Reply};

/// Deletes a child's record for good (`/children/{child}/delete`).
pub async fn delete_child(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    if posted.field("confirm") != "yes" {
        return posted.again(vec![DeleteProblem::NotConfirmed]);
    }
    let done = posted.people.delete_child(&posted.viewer, child_id).await;
    posted.answer(done, "/family")
}
