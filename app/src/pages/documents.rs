//! The documents kept on a child's record: the EHC plan, draft plans, reports and letters, each
//! downloaded (never shown as a page), and a plain form to add one that works without JavaScript and
//! lets a phone take a photo of a letter or pick a file.

use crate::components::{
    ChildNav, DateField, ErrorSummary, PageTitle, RadioChoice, RadioGroup, RecordSection, TextArea,
};
use crate::forms::{FormProblem, Posted, Reply, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{RecordPart, Role};
use crate::record::dates::{self, Date};
use crate::record::documents::{
    DocumentKind, SavedDocument, ACCEPT, DATE_FIELD, DOCUMENT_MAX_BYTES, FILE_FIELD, KIND_FIELD,
    NOTE_FIELD, NOTE_MAX_CHARS,
};
use crate::record_page::record_view;
use crate::services::DocumentRefused;
use crate::typed_text::{tidy, Shape};
use crate::words::{document_refusal, long_date, long_date_of_time};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What the person typed into the upload form (never the file: a browser cannot be given one back).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentTyped {
    pub kind: String,
    /// Day, month and year as typed.
    pub date: [String; 3],
    pub note: String,
}

/// A problem with the upload form, each beside its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentProblem {
    Kind,
    Date,
    NoteTooLong,
    NoteHidden { after: String },
    File(DocumentRefused),
}

impl FormProblem for DocumentProblem {
    fn field_id(&self) -> Option<String> {
        Some(match self {
            DocumentProblem::Kind => format!("{KIND_FIELD}-{}", DocumentKind::ALL[0].code()),
            DocumentProblem::Date => format!("{DATE_FIELD}-day"),
            DocumentProblem::NoteTooLong | DocumentProblem::NoteHidden { .. } => {
                NOTE_FIELD.to_string()
            }
            DocumentProblem::File(_) => FILE_FIELD.to_string(),
        })
    }
    fn message(&self, i18n: &FluentLanguageLoader) -> String {
        match self {
            DocumentProblem::Kind => fl!(i18n, "documents-kind-needed"),
            DocumentProblem::Date => fl!(i18n, "documents-date-needed"),
            DocumentProblem::NoteTooLong => {
                fl!(i18n, "documents-note-too-long", max = NOTE_MAX_CHARS)
            }
            DocumentProblem::NoteHidden { after } => {
                crate::record_problems::hidden_character(after, i18n)
            }
            DocumentProblem::File(refused) => document_refusal(refused, i18n),
        }
    }
}

impl DocumentTyped {
    /// The kind, date and note, or every problem with them at once.
    pub fn check(&self) -> Result<(DocumentKind, Date, String), Vec<DocumentProblem>> {
        let mut problems = Vec::new();
        let kind = DocumentKind::from_code(&self.kind);
        if kind.is_none() {
            problems.push(DocumentProblem::Kind);
        }
        let [day, month, year] = &self.date;
        let date = dates::from_typed(day, month, year).ok().flatten();
        if date.is_none() {
            problems.push(DocumentProblem::Date);
        }
        let note = match tidy(&self.note, Shape::Lines) {
            Ok(note) if note.chars().count() > NOTE_MAX_CHARS => {
                problems.push(DocumentProblem::NoteTooLong);
                note
            }
            Ok(note) => note,
            Err(hidden) => {
                problems.push(DocumentProblem::NoteHidden {
                    after: hidden.after,
                });
                String::new()
            }
        };
        match (kind, date) {
            (Some(kind), Some(date)) if problems.is_empty() => Ok((kind, date, note)),
            _ => Err(problems),
        }
    }
}

/// The upload form again, with what was typed and what was wrong. The server puts it in the page's
/// context; nothing was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentUploadAgain {
    pub typed: DocumentTyped,
    pub problems: Vec<DocumentProblem>,
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let saved = use_query_map()
        .get_untracked()
        .get("document")
        .is_some_and(|said| said == "saved");
    let again = use_context::<DocumentUploadAgain>();
    record_view(move |page| async move {
        let (v, c) = (&page.viewer, page.child_id);
        let access = page.people.access(v, c).await?;
        let child = page.records.child(v, c).await?;
        let documents = page.records.documents(v, c).await?;
        let may_change = access.can_change(RecordPart::Documents);
        let name = child.details.called_name.clone();
        let title = if access.role == Role::YoungPerson {
            fl!(i18n, "documents-title-own")
        } else {
            fl!(i18n, "documents-title", name = (name.clone()))
        };
        let shown: Vec<ShownProblem> = again
            .as_ref()
            .map(|again| {
                again
                    .problems
                    .iter()
                    .map(|problem| ShownProblem {
                        field: problem.field_id(),
                        message: problem.message(i18n),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=c name=name.clone() current=RecordSection::Documents />
            <ErrorSummary problems=shown />
            <h1 dir="auto">{title}</h1>
            <p>{fl!(i18n, "documents-lead")}</p>
            {saved.then(|| view! {
                <div class="notice" role="status" id="document-saved"><p>{fl!(i18n, "documents-saved")}</p></div>
            })}
            <section aria-labelledby="documents-list-title" id="documents-list">
                <h2 id="documents-list-title">{fl!(i18n, "documents-list-title")}</h2>
                {if documents.is_empty() {
                    view! { <p>{fl!(i18n, "documents-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="documents">
                            {documents.iter().map(|document| document_item(c, document, may_change, i18n)).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            {may_change.then(|| upload_form(c, again.clone(), i18n))}
        }
        .into_any())
    })
}

/// A size in the person's language: kilobytes under a megabyte, else megabytes to one place.
fn size_words(bytes: i64, i18n: &FluentLanguageLoader) -> String {
    if bytes < 1024 * 1024 {
        let kilobytes = (bytes + 1023) / 1024;
        fl!(i18n, "documents-size-kb", kilobytes = kilobytes)
    } else {
        let megabytes = (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0;
        fl!(i18n, "documents-size-mb", megabytes = megabytes)
    }
}

fn document_item(
    child_id: i64,
    document: &SavedDocument,
    may_change: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let kind = i18n.get(&document.kind.message_id());
    let dated = long_date(i18n, document.dated);
    let named = fl!(
        i18n,
        "documents-named",
        kind = (kind.clone()),
        date = (dated.clone())
    );
    let added = match &document.added_by {
        Some(who) => fl!(
            i18n,
            "documents-added-by",
            who = (who.clone()),
            date = (long_date_of_time(document.added_at, i18n))
        ),
        None => fl!(
            i18n,
            "documents-added-on",
            date = (long_date_of_time(document.added_at, i18n))
        ),
    };
    let href = paths::document_file(child_id, document.id);
    view! {
        <li class="document">
            <h3 class="document-title">{format!("{kind}, {dated}")}</h3>
            {(!document.note.is_empty()).then(|| view! { <p class="document-note" dir="auto">{document.note.clone()}</p> })}
            <p class="hint">
                // Each isolated, so a right-to-left page keeps a Latin file name and "1 KB" whole.
                <bdi>{document.file_name.clone()}</bdi>{fl!(i18n, "documents-file-size-separator")}<bdi>{size_words(document.bytes, i18n)}</bdi>
            </p>
            <p class="hint">{added}</p>
            <p>
                <a class="button button-secondary" href=href download="" aria-label=fl!(i18n, "documents-download-named", name = (named.clone()))>
                    {fl!(i18n, "documents-download")}
                </a>
            </p>
            {may_change.then(|| view! {
                // One confirmation, without JavaScript: the button to delete is inside.
                <details class="document-delete">
                    <summary>{fl!(i18n, "documents-delete")}</summary>
                    <form action=paths::delete_document(child_id, document.id) method="post">
                        <p>{fl!(i18n, "documents-delete-sure", name = (named.clone()))}</p>
                        <button class="button button-warning" type="submit" aria-label=fl!(i18n, "documents-delete-named", name = (named.clone()))>
                            {fl!(i18n, "documents-delete-confirm")}
                        </button>
                    </form>
                </details>
            })}
        </li>
    }
}

fn upload_form(
    child_id: i64,
    again: Option<DocumentUploadAgain>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let (typed, problems) = match again {
        Some(again) => (again.typed, again.problems),
        None => (DocumentTyped::default(), Vec::new()),
    };
    let error_for = |wanted: fn(&DocumentProblem) -> bool| {
        problems.iter().find(|p| wanted(p)).map(|p| p.message(i18n))
    };
    let kind_error = error_for(|p| matches!(p, DocumentProblem::Kind));
    let date_error = error_for(|p| matches!(p, DocumentProblem::Date));
    let note_error = error_for(|p| {
        matches!(
            p,
            DocumentProblem::NoteTooLong | DocumentProblem::NoteHidden { .. }
        )
    });
    let file_error = error_for(|p| matches!(p, DocumentProblem::File(_)));
    let has_file_error = file_error.is_some();
    let described = if has_file_error {
        format!("{FILE_FIELD}-hint {FILE_FIELD}-error")
    } else {
        format!("{FILE_FIELD}-hint")
    };
    let kinds = DocumentKind::ALL
        .iter()
        .map(|kind| RadioChoice::new(kind.code(), i18n.get(&kind.message_id())))
        .collect::<Vec<_>>();
    let megabytes = DOCUMENT_MAX_BYTES / (1024 * 1024);
    view! {
        <section aria-labelledby="documents-add-title">
            <h2 id="documents-add-title">{fl!(i18n, "documents-add-title")}</h2>
            <form
                class="document-upload"
                id="document-upload"
                action=format!("{}#document-upload", paths::documents(child_id))
                method="post"
                enctype="multipart/form-data"
                novalidate
            >
                <RadioGroup name=KIND_FIELD legend=fl!(i18n, "documents-kind-label") choices=kinds selected=typed.kind.clone() error=kind_error small=true />
                <DateField name=DATE_FIELD legend=fl!(i18n, "documents-date-label") hint=fl!(i18n, "documents-date-hint") typed=typed.date.clone() error=date_error />
                <TextArea name=NOTE_FIELD label=fl!(i18n, "documents-note-label") hint=fl!(i18n, "documents-note-hint") value=Some(typed.note.clone()) error=note_error rows=3 />
                // The file last, so the fields above arrive first and are kept whatever the file is.
                // No `capture`: a phone offers its camera or its files.
                <div class="field" class:field-with-error=has_file_error>
                    <label class="label" for=FILE_FIELD>{fl!(i18n, "documents-file-label")}</label>
                    <p class="hint" id=format!("{FILE_FIELD}-hint")>{fl!(i18n, "documents-file-hint", megabytes = megabytes)}</p>
                    {file_error.map(|error| view! { <p class="field-error" id=format!("{FILE_FIELD}-error")>{error}</p> })}
                    <input
                        class="input-file"
                        type="file"
                        id=FILE_FIELD
                        name=FILE_FIELD
                        accept=ACCEPT
                        aria-describedby=described
                        aria-invalid=has_file_error.then_some("true")
                    />
                </div>
                <button class="button" type="submit">{fl!(i18n, "documents-add-button")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Deletes a document (`/children/{child}/documents/{document}/delete`).
pub async fn delete_document(posted: Posted) -> Reply {
    let (Some(child_id), Some(document_id)) = (posted.number("child"), posted.number("document"))
    else {
        return Reply::not_found();
    };
    let done = posted
        .records
        .delete_document(&posted.viewer, child_id, document_id)
        .await;
    posted.answer(
        done,
        &format!("{}#documents-list", paths::documents(child_id)),
    )
}
