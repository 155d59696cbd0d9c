//! What a child's record offers that is not a page: a voice note's sound (sent by the recorder island,
//! or uploaded through the page's own form, and played back through an ordinary `<audio>`), and the
//! whole record as a JSON download.

use super::attachment::{attachment_response, Disposition};
use super::body_limits::{read_bounded, Bounded};
use super::{render_with_status, scope_of, AppState};
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use heard_app::i18n::loader;
use heard_app::pages::my_page::UploadProblem;
use heard_app::paths;
use heard_app::record::voice_notes::{UPLOAD_FIELD, VOICE_NOTE_MAX_BYTES};
use heard_app::services::VoiceNoteRefused;
use heard_app::words::voice_note_refusal;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/{child}/voice-notes", post(add_voice_note))
        // The page's own address, as every form posts to: a problem shows the page again.
        .route("/children/{child}/my-page", post(upload_voice_note))
        .route(
            "/children/{child}/voice-notes/{note}",
            get(voice_note_audio),
        )
        .route("/children/{child}/download.json", get(download))
}

/// The recorder posts the sound itself as the body. What kind of sound it is comes from its bytes,
/// never from the label on the request. A refusal says why in plain words (the recorder shows them
/// and keeps the recording), with a status a program can act on.
async fn add_voice_note(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let scope = scope_of(&parts);
    let Some(viewer) = scope.viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let saved = match to_bytes(body, VOICE_NOTE_MAX_BYTES).await {
        Ok(audio) => {
            state
                .services()
                .records
                .add_voice_note(&viewer, child_id, &audio)
                .await
        }
        Err(_) => Err(VoiceNoteRefused::TooBig),
    };
    let refused = match saved {
        Ok(id) => {
            return (
                StatusCode::CREATED,
                [(header::LOCATION, paths::voice_note(child_id, id))],
            )
                .into_response()
        }
        Err(VoiceNoteRefused::Record(error)) => return error.status().into_response(),
        Err(refused) => refused,
    };
    let status = match refused {
        VoiceNoteRefused::NotAudio => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        VoiceNoteRefused::TooOften { .. } => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::PAYLOAD_TOO_LARGE,
    };
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        voice_note_refusal(&refused, loader(scope.locale)),
    )
        .into_response();
    if let VoiceNoteRefused::TooOften { minutes } = refused {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(minutes * 60));
    }
    response
}

/// Room in an upload for the form's framing around the recording: boundaries, the part's headers and
/// the file's name.
pub(crate) const UPLOAD_FRAMING_BYTES: usize = 64 * 1024;

/// A recording uploaded through the young person's page's form (`multipart/form-data`, the file in
/// `UPLOAD_FIELD`): for JavaScript off, or a recording made in the phone's own recorder app. Kept by
/// the same service as the recorder's, under the same access rule and limits, its kind known from
/// its bytes (never the file's name or declared type). Saved: back to the page, which says so. Not
/// saved: the page again, with the reason beside the form.
async fn upload_voice_note(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(&paths::sign_in_then(&paths::my_page(child_id))).into_response();
    };
    let recording = match read_bounded(body, VOICE_NOTE_MAX_BYTES + UPLOAD_FRAMING_BYTES).await {
        Bounded::Whole(bytes) => match recording_in(&parts, bytes).await {
            Some(audio) if !audio.is_empty() => Ok(audio),
            _ => Err(UploadProblem::NoFile),
        },
        Bounded::TooLarge => Err(UploadProblem::Refused(VoiceNoteRefused::TooBig)),
        Bounded::Broken => return StatusCode::BAD_REQUEST.into_response(),
    };
    let records = state.services().records;
    // Nothing to keep still goes through the service (with no sound), so a stranger is told
    // "not found" before anything about their file.
    let saved = match &recording {
        Ok(audio) => records.add_voice_note(&viewer, child_id, audio).await,
        Err(_) => records.add_voice_note(&viewer, child_id, &[]).await,
    };
    let problem = match (saved, recording) {
        (Ok(_), _) => {
            return Redirect::to(&format!(
                "{}?voice-note=saved#voice-notes",
                paths::my_page(child_id)
            ))
            .into_response()
        }
        (Err(VoiceNoteRefused::Record(error)), _) => {
            return render_with_status(&state, parts, (), error.status()).await
        }
        (Err(_), Err(problem)) => problem,
        (Err(refused), Ok(_)) => UploadProblem::Refused(refused),
    };
    let status = match &problem {
        UploadProblem::NoFile => StatusCode::UNPROCESSABLE_ENTITY,
        UploadProblem::Refused(VoiceNoteRefused::NotAudio) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        UploadProblem::Refused(VoiceNoteRefused::TooOften { .. }) => StatusCode::TOO_MANY_REQUESTS,
        UploadProblem::Refused(_) => StatusCode::PAYLOAD_TOO_LARGE,
    };
    render_with_status(&state, parts, problem, status).await
}

/// The file in the form's `UPLOAD_FIELD`, if the body is a multipart form that has one.
async fn recording_in(parts: &axum::http::request::Parts, body: Bytes) -> Option<Bytes> {
    let kind = parts.headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let boundary = multer::parse_boundary(kind).ok()?;
    let mut form = multer::Multipart::new(Body::from(body).into_data_stream(), boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some(UPLOAD_FIELD) {
            return field.bytes().await.ok();
        }
    }
    None
}

async fn voice_note_audio(
    State(state): State<AppState>,
    Path((child_id, note_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state
        .services()
        .records
        .voice_note_audio(&viewer, child_id, note_id)
        .await
    {
        Ok((media_type, audio)) => attachment_response(audio, &media_type, Disposition::Played),
        Err(error) => error.status().into_response(),
    }
}

async fn download(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to(&paths::sign_in_then(&paths::your_data(child_id))).into_response();
    };
    match state.services().people.export_json(&viewer, child_id).await {
        Ok(json) => attachment_response(
            json,
            "application/json; charset=utf-8",
            Disposition::Download {
                name: &format!("heard-record-{child_id}"),
                extension: "json",
            },
        ),
        Err(error) => render_with_status(&state, parts, (), error.status()).await,
    }
}
