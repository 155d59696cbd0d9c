//! The young person's page: sorting picture cards (a form per card, with or without JavaScript) and
//! voice notes (sent by the recorder island, played back through an ordinary `<audio>`).

use super::{field, read_form, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep, status_of};
use axum::body::{to_bytes, Body};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use heard_app::record::cards::{is_voice_note_type, Card, Pile, VOICE_NOTE_MAX_BYTES};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/{child}/cards", post(choose_card))
        .route("/children/{child}/voice-notes", post(add_voice_note))
        .route(
            "/children/{child}/voice-notes/{note}",
            get(voice_note_audio),
        )
        .route(
            "/children/{child}/voice-notes/{note}/delete",
            post(delete_voice_note),
        )
}

async fn choose_card(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let back = format!("/children/{child_id}/my-page");
    let Some(card) = Card::from_code(field(&fields, "card")) else {
        return Redirect::to(&back).into_response();
    };
    // Any other value (the "put back" button) returns the card to the unsorted ones.
    let pile = Pile::from_code(field(&fields, "pile"));
    let done = state
        .records
        .choose_card(&viewer, child_id, card, pile)
        .await;
    answer(
        &state,
        parts,
        fields,
        done,
        &format!("{back}#card-{}", card.code()),
    )
    .await
}

/// The recorder posts the sound itself as the body, typed by its media type.
async fn add_voice_note(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let media_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if !is_voice_note_type(&media_type) {
        return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
    }
    let Ok(audio) = to_bytes(body, VOICE_NOTE_MAX_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if audio.is_empty() {
        return StatusCode::UNPROCESSABLE_ENTITY.into_response();
    }
    match state
        .records
        .add_voice_note(&viewer, child_id, &media_type, &audio)
        .await
    {
        Ok(id) => (
            StatusCode::CREATED,
            [(
                header::LOCATION,
                format!("/children/{child_id}/voice-notes/{id}"),
            )],
        )
            .into_response(),
        Err(error) => status_of(&error).into_response(),
    }
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
        .records
        .voice_note_audio(&viewer, child_id, note_id)
        .await
    {
        Ok((media_type, audio)) => {
            let mut response = Response::new(Body::from(audio));
            if let Ok(value) = HeaderValue::from_str(&media_type) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
            response
        }
        Err(error) => status_of(&error).into_response(),
    }
}

async fn delete_voice_note(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, note_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let done = state
        .records
        .delete_voice_note(&viewer, child_id, note_id)
        .await;
    let back = format!("/children/{child_id}/my-page#voice-notes");
    answer(&state, parts, fields, done, &back).await
}
