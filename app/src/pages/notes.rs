//! Notes from school and others: what a professional the family invited writes about the child, each
//! marked "Written by Ms Patel (SENCo, Riverside Academy)". A professional the family let change what
//! they share adds notes and changes or deletes their own; the family reads every note and may delete
//! one, never change its words; anyone else the family shares notes with reads them.

use crate::components::{ChildNav, DateField, ErrorSummary, PageTitle, RecordSection, TextArea};
use crate::forms::{for_field, shown, use_form_outcome, FormOutcome, Posted, Reply, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::islands::KeptWhileTyping;
use crate::paths;
use crate::people::{ChildAccess, Mode, RecordPart, Role};
use crate::record::notes::{check_note_form, SavedNote, ABOUT_FIELD, TEXT_FIELD};
use crate::record::problems::FieldProblem;
use crate::record_page::{record_view, route_number};
use crate::services::RecordError;
use crate::words::long_date;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// A professional the family let change what they share adds notes (no one else writes one).
fn adds_notes(access: &ChildAccess) -> bool {
    access.role == Role::Professional && access.allows(RecordPart::Notes, Mode::AddSchoolView)
}

/// The family deletes any note: a parent or carer, or a young person in control.
fn family_deletes(access: &ChildAccess) -> bool {
    matches!(access.role, Role::ParentOrCarer | Role::YoungPerson)
        && access.can_change(RecordPart::Notes)
}

#[component]
pub fn NotesPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let (v, c) = (&page.viewer, page.child_id);
        let access = page.people.access(v, c).await?;
        let child = page.records.child(v, c).await?;
        let notes = page.records.notes(v, c).await?;
        let adds = adds_notes(&access);
        let deletes_any = family_deletes(&access);
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "notes-title");
        let problems = shown(&outcome, i18n);
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ChildNav child_id=c name=name.clone() current=RecordSection::Notes />
            <ErrorSummary problems=problems.clone() />
            <h1>{title}</h1>
            <p>{fl!(i18n, "notes-lead")}</p>
            {deletes_any.then(|| view! { <p class="hint">{fl!(i18n, "notes-family-hint")}</p> })}
            <section aria-labelledby="notes-list-title" id="notes-list">
                <h2 id="notes-list-title">{fl!(i18n, "notes-list-title")}</h2>
                {if notes.is_empty() {
                    view! { <p>{fl!(i18n, "notes-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="notes">
                            {notes
                                .iter()
                                .map(|note| note_item(c, note, adds && note.mine, deletes_any || (adds && note.mine), i18n))
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            {adds.then(|| add_form(c, &outcome, &problems, page.today, i18n))}
        }
        .into_any())
    })
}

fn note_item(
    child_id: i64,
    note: &SavedNote,
    changes: bool,
    deletes: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let date = long_date(i18n, note.words.about);
    let id = note.id;
    view! {
        <li class="note" id=format!("note-{id}")>
            <h3 class="note-title">{fl!(i18n, "notes-about", date = (date.clone()))}</h3>
            <p class="goals-text note-text" dir="auto">{note.words.text.clone()}</p>
            <p class="hint note-writer" dir="auto">
                {super::reviews::written_by_professional(&note.writer, i18n)}
            </p>
            {changes.then(|| view! {
                <p>
                    <a href=paths::note(child_id, id) aria-label=fl!(i18n, "notes-change-named", date = (date.clone()))>
                        {fl!(i18n, "notes-change")}
                    </a>
                </p>
            })}
            {deletes.then(|| view! {
                // One confirmation, without JavaScript: the button to delete is inside.
                <details class="document-delete">
                    <summary>{fl!(i18n, "notes-delete")}</summary>
                    <form action=paths::delete_note(child_id, id) method="post">
                        <p>{fl!(i18n, "notes-delete-sure", date = (date.clone()))}</p>
                        <button class="button button-warning" type="submit" aria-label=fl!(i18n, "notes-delete-named", date = (date.clone()))>
                            {fl!(i18n, "notes-delete-confirm")}
                        </button>
                    </form>
                </details>
            })}
        </li>
    }
}

/// What a field shows: what was typed when the form came back, else `saved`.
fn shown_value(outcome: &Option<FormOutcome<FieldProblem>>, name: &str, saved: String) -> String {
    match outcome {
        Some(outcome) => outcome.kept_value(name).unwrap_or_default(),
        None => saved,
    }
}

/// The note's two fields, blank or as saved, or as typed when the form came back.
fn note_fields(
    outcome: &Option<FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    about: crate::record::dates::Date,
    text: String,
    keep_as: String,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let typed_date = [
        shown_value(outcome, "about-day", about.day().to_string()),
        shown_value(outcome, "about-month", u8::from(about.month()).to_string()),
        shown_value(outcome, "about-year", about.year().to_string()),
    ];
    view! {
        <DateField
            name=ABOUT_FIELD
            legend=fl!(i18n, "notes-about-label")
            hint=fl!(i18n, "notes-about-hint")
            typed=typed_date
            error=for_field(problems, ABOUT_FIELD)
        />
        <TextArea
            name=TEXT_FIELD
            label=fl!(i18n, "notes-text-label")
            hint=fl!(i18n, "notes-text-hint")
            value=Some(shown_value(outcome, TEXT_FIELD, text))
            error=for_field(problems, TEXT_FIELD)
            rows=6
            keep_as=Some(keep_as)
        />
    }
}

fn add_form(
    child_id: i64,
    outcome: &Option<FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    today: crate::record::dates::Date,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let fields = note_fields(
        outcome,
        problems,
        today,
        String::new(),
        format!("child/{child_id}/notes/new"),
        i18n,
    );
    let form = view! {
        <form id="note-add" action=format!("{}#note-add", paths::notes(child_id)) method="post" novalidate>
            {fields}
            <button class="button" type="submit">{fl!(i18n, "notes-add-button")}</button>
        </form>
    }
    .into_any();
    view! {
        <section aria-labelledby="notes-add-title">
            <h2 id="notes-add-title">{fl!(i18n, "notes-add-title")}</h2>
            <KeptWhileTyping>{form}</KeptWhileTyping>
        </section>
    }
    .into_any()
}

/// Changing one's own note (`/children/{child}/notes/{note}`): only its writer, while they may.
#[component]
pub fn EditNotePage() -> impl IntoView {
    let i18n = use_i18n();
    let note_id = route_number("note");
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let (v, c) = (&page.viewer, page.child_id);
        let access = page.people.access(v, c).await?;
        if !adds_notes(&access) {
            return Err(RecordError::NotFound);
        }
        let child = page.records.child(v, c).await?;
        let note = page
            .records
            .notes(v, c)
            .await?
            .into_iter()
            .find(|n| Some(n.id) == note_id && n.mine)
            .ok_or(RecordError::NotFound)?;
        let problems = shown(&outcome, i18n);
        let title = fl!(i18n, "notes-edit-title");
        let fields = note_fields(
            &outcome,
            &problems,
            note.words.about,
            note.words.text.clone(),
            format!("child/{c}/notes/{}", note.id),
            i18n,
        );
        let form = view! {
            <form action=paths::note(c, note.id) method="post" novalidate>
                {fields}
                <button class="button" type="submit">{fl!(i18n, "notes-save-button")}</button>
            </form>
        }
        .into_any();
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ChildNav child_id=c name=child.details.called_name.clone() current=RecordSection::Notes />
            <ErrorSummary problems=problems.clone() />
            <p><a href=paths::notes(c)>{fl!(i18n, "notes-back")}</a></p>
            <h1>{title}</h1>
            <KeptWhileTyping>{form}</KeptWhileTyping>
        }
        .into_any())
    })
}

// Answering the notes forms.

/// Adds a note (`/children/{child}/notes`).
pub async fn add_note(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    // Only someone who adds notes is shown the form again; anyone else is not found, whatever was posted.
    match posted.people.access(&posted.viewer, child_id).await {
        Ok(access) if adds_notes(&access) => {}
        Ok(_) => return Reply::not_found(),
        Err(error) => return posted.answer::<()>(Err(error), ""),
    }
    match check_note_form(&posted.fields) {
        Ok(note) => match posted
            .records
            .add_note(&posted.viewer, child_id, &note)
            .await
        {
            Ok(id) => Reply::Next(format!("{}#note-{id}", paths::notes(child_id))),
            Err(error) => posted.answer::<()>(Err(error), ""),
        },
        Err(problems) => posted.again(problems),
    }
}

/// Changes one's own note (`/children/{child}/notes/{note}`).
pub async fn edit_note(posted: Posted) -> Reply {
    let (Some(child_id), Some(note_id)) = (posted.number("child"), posted.number("note")) else {
        return Reply::not_found();
    };
    // The note must be this person's own, even when the form has problems to show.
    match posted.records.notes(&posted.viewer, child_id).await {
        Ok(notes) if notes.iter().any(|n| n.id == note_id && n.mine) => {}
        Ok(_) => return Reply::not_found(),
        Err(error) => return posted.answer::<()>(Err(error), ""),
    }
    match check_note_form(&posted.fields) {
        Ok(note) => {
            let saved = posted
                .records
                .update_note(&posted.viewer, child_id, note_id, &note)
                .await;
            posted.answer(saved, &format!("{}#note-{note_id}", paths::notes(child_id)))
        }
        Err(problems) => posted.again(problems),
    }
}

/// Deletes a note (`/children/{child}/notes/{note}/delete`).
pub async fn delete_note(posted: Posted) -> Reply {
    let (Some(child_id), Some(note_id)) = (posted.number("child"), posted.number("note")) else {
        return Reply::not_found();
    };
    let done = posted
        .records
        .delete_note(&posted.viewer, child_id, note_id)
        .await;
    posted.answer(done, &format!("{}#notes-list", paths::notes(child_id)))
}
