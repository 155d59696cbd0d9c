//! Documents on a child's record over HTTP: adding one through the page's plain form (a file upload,
//! so not one of the page forms in `routes`), and downloading one, only ever as a download.

use super::attachment::document_response;
use super::body_limits::READ_PAST_LIMIT_BYTES;
use super::record_files::UPLOAD_FRAMING_BYTES;
use super::{render_with_status, scope_of, AppState};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use heard_app::pack_links::PackLinkError;
use heard_app::pages::documents::{DocumentProblem, DocumentTyped, DocumentUploadAgain};
use heard_app::paths;
use heard_app::people::RecordPart;
use heard_app::record::documents::{
    NewDocument, DATE_FIELD, DOCUMENT_MAX_BYTES, FILE_FIELD, FILE_NAME_MAX_CHARS, KIND_FIELD,
    NOTE_FIELD,
};
use heard_app::services::{DocumentRefused, RecordError};

pub fn routes() -> Router<AppState> {
    Router::new()
        // The page's own address, as every form posts to: a problem shows the page again.
        .route("/children/{child}/documents", post(upload_document))
        .route(
            "/children/{child}/documents/{document}",
            get(download_document),
        )
        .route("/pack/{secret}/documents/{document}", get(download_by_link))
}

/// The most a text field of the form may hold (the note is far shorter; this only bounds memory).
const TEXT_FIELD_MAX_BYTES: usize = 64 * 1024;

/// The upload form as read: what was typed, and the file (or why it is not there).
struct Upload {
    typed: DocumentTyped,
    file_name: String,
    file: Result<Vec<u8>, DocumentRefused>,
}

/// Reads the form as it arrives. A file over the limit is read on (and thrown away) so the person
/// still sees the page with what they typed, up to the same margin every form has
/// (`READ_PAST_LIMIT_BYTES`); beyond that the reading stops.
async fn read_upload(body: Body, boundary: String) -> Option<Upload> {
    let whole = DOCUMENT_MAX_BYTES + UPLOAD_FRAMING_BYTES + READ_PAST_LIMIT_BYTES;
    let constraints =
        multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(whole as u64));
    let mut form =
        multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);
    let mut upload = Upload {
        typed: DocumentTyped::default(),
        file_name: String::new(),
        file: Err(DocumentRefused::NoFile),
    };
    let mut read_any = false;
    loop {
        let mut field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // Too big to read on: the file is refused, what came before it is kept.
            Err(multer::Error::StreamSizeExceeded { .. }) => {
                upload.file = Err(DocumentRefused::TooBig);
                break;
            }
            Err(_) if read_any => break,
            Err(_) => return None,
        };
        read_any = true;
        let name = field.name().unwrap_or_default().to_string();
        if name == FILE_FIELD {
            upload.file_name = field.file_name().unwrap_or_default().to_string();
            let mut content = Vec::new();
            let mut too_big = false;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if content.len() + chunk.len() > DOCUMENT_MAX_BYTES {
                            too_big = true;
                            content = Vec::new();
                        }
                        if !too_big {
                            content.extend_from_slice(&chunk);
                        }
                    }
                    Ok(None) => break,
                    Err(_) => {
                        too_big = true;
                        break;
                    }
                }
            }
            upload.file = if too_big {
                Err(DocumentRefused::TooBig)
            } else if content.is_empty() {
                Err(DocumentRefused::NoFile)
            } else {
                Ok(content)
            };
            continue;
        }
        let mut text = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if text.len() + chunk.len() <= TEXT_FIELD_MAX_BYTES {
                text.extend_from_slice(&chunk);
            }
        }
        let text = String::from_utf8_lossy(&text).into_owned();
        match name.as_str() {
            KIND_FIELD => upload.typed.kind = text,
            NOTE_FIELD => upload.typed.note = text,
            _ if name == format!("{DATE_FIELD}-day") => upload.typed.date[0] = text,
            _ if name == format!("{DATE_FIELD}-month") => upload.typed.date[1] = text,
            _ if name == format!("{DATE_FIELD}-year") => upload.typed.date[2] = text,
            _ => {}
        }
    }
    Some(upload)
}

/// The name a device gave the file, as kept: its last part only (no folders), no control or
/// direction characters, and not too long. It is shown as text and offered back on download, never
/// trusted for anything else.
fn tidy_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let kept: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        })
        .take(FILE_NAME_MAX_CHARS)
        .collect();
    kept.trim().to_string()
}

/// Adds a document from the page's form (`multipart/form-data`). Saved: back to the list, which says
/// so. Not saved: the page again, with every reason beside its field and what was typed still there;
/// nothing changes.
async fn upload_document(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(&paths::sign_in_then(&paths::documents(child_id))).into_response();
    };
    let services = state.services();
    // Who may add is asked first, so a stranger learns nothing about their file; the service asks
    // again when it keeps it.
    match services.people.access(&viewer, child_id).await {
        Ok(access) if access.can_change(RecordPart::Documents) => {}
        Ok(_) => {
            return render_with_status(&state, parts, (), RecordError::NotFound.status()).await
        }
        Err(error) => return render_with_status(&state, parts, (), error.status()).await,
    }
    let boundary = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|kind| kind.to_str().ok())
        .and_then(|kind| multer::parse_boundary(kind).ok());
    let Some(boundary) = boundary else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let Some(upload) = read_upload(body, boundary).await else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let mut problems = match upload.typed.check() {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    let refused = match (&upload.file, upload.typed.check()) {
        (Err(refused), _) => Some(refused.clone()),
        (Ok(content), Ok((kind, dated, note))) => {
            let document = NewDocument {
                kind,
                dated,
                note,
                file_name: tidy_file_name(&upload.file_name),
            };
            match services
                .records
                .add_document(&viewer, child_id, &document, content)
                .await
            {
                Ok(_) => {
                    return Redirect::to(&format!(
                        "{}?document=saved#documents-list",
                        paths::documents(child_id)
                    ))
                    .into_response()
                }
                Err(DocumentRefused::Record(error)) => {
                    return render_with_status(&state, parts, (), error.status()).await
                }
                Err(refused) => Some(refused),
            }
        }
        // The file is looked at even when a field needs another go, so the person hears about
        // both at once.
        (Ok(content), Err(_)) => heard_app::record::documents::sniff(content)
            .is_none()
            .then_some(DocumentRefused::NotADocument),
    };
    let status = match &refused {
        Some(DocumentRefused::NotADocument) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        Some(DocumentRefused::TooBig | DocumentRefused::ChildFull) => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    problems.extend(refused.map(DocumentProblem::File));
    let again = DocumentUploadAgain {
        typed: upload.typed,
        problems,
    };
    render_with_status(&state, parts, again, status).await
}

/// A document's file: only ever a download, under its own type, with nothing a browser could run.
async fn download_document(
    State(state): State<AppState>,
    Path((child_id, document_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(&paths::sign_in_then(&paths::documents(child_id))).into_response();
    };
    match state
        .services()
        .records
        .document_file(&viewer, child_id, document_id)
        .await
    {
        Ok(file) => document_response(file),
        Err(error) => render_with_status(&state, parts, (), error.status()).await,
    }
}

/// A document chosen to go with a review pack link, for the person the link is for, with no account:
/// sent as the record's own download is. A link withdrawn or ended answers as its pack page does
/// (gone, in English and the family's words); a document not chosen for the link is not found.
async fn download_by_link(
    State(state): State<AppState>,
    Path((secret, document_id)): Path<(String, i64)>,
    request: Request,
) -> Response {
    let (mut parts, _) = request.into_parts();
    match state
        .services()
        .people
        .pack_link_document(&secret, document_id)
        .await
    {
        Ok(file) => document_response(file),
        Err(error @ PackLinkError::Ended { .. }) => {
            // The link's own page, saying it ended (given the answer, so it opens nothing).
            if let Ok(uri) = format!("{}{secret}", paths::PACK_LINK_PREFIX).parse() {
                parts.uri = uri;
            }
            render_with_status(&state, parts, error, StatusCode::GONE).await
        }
        Err(PackLinkError::Unknown) => {
            render_with_status(&state, parts, (), StatusCode::NOT_FOUND).await
        }
        Err(PackLinkError::Unavailable) => {
            render_with_status(&state, parts, (), StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_name_has_no_folders_or_hidden_characters() {
        assert_eq!(tidy_file_name("C:\\Users\\x\\\u{202E}fdp.exe"), "fdp.exe");
    }
}
