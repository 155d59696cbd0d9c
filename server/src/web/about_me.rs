//! Form posts for all about me: add to a part, change an entry (which saves a new version).

use super::{field, read_form, render_again, render_with_status, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::record::about_me::{AboutMePart, EntryForm};
use heard_app::record::problems::FieldProblem;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/{child}/about-me/new", post(add_entry))
        .route("/children/{child}/about-me/{entry}", post(edit_entry))
}

/// The part to add to: `?part=CODE` on the address, else the form's hidden `part`.
fn part_asked_for(query: Option<&str>, fields: &[(String, String)]) -> Option<AboutMePart> {
    let from_query = query
        .map(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).unwrap_or_default())
        .unwrap_or_default()
        .into_iter()
        .find_map(|(name, value)| (name == "part").then_some(value));
    let code = from_query.unwrap_or_else(|| field(fields, "part").to_string());
    AboutMePart::from_code(code.trim())
}

async fn not_found(state: &AppState, parts: axum::http::request::Parts) -> Response {
    render_with_status(state, parts, (), StatusCode::NOT_FOUND).await
}

async fn add_entry(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    Path(child_id): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let (Ok(child_id), Some(part)) = (
        child_id.parse::<i64>(),
        part_asked_for(parts.uri.query(), &fields),
    ) else {
        return not_found(&state, parts).await;
    };
    // Another family's child is not found, whatever was typed.
    if let Err(error) = state.records.child(&viewer, child_id).await {
        return answer(&state, parts, fields, Err(error), "").await;
    }
    match EntryForm::from_fields(&fields).check() {
        Ok(entry) => match state
            .records
            .add_entry(&viewer, child_id, part, &entry)
            .await
        {
            Ok(_) => {
                answer(
                    &state,
                    parts,
                    fields,
                    Ok(()),
                    &paths::about_me_part(child_id, part),
                )
                .await
            }
            Err(error) => answer(&state, parts, fields, Err(error), "").await,
        },
        Err(problems) => again(&state, parts, fields, problems).await,
    }
}

async fn edit_entry(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    Path((child_id, entry_id)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let (Ok(child_id), Ok(entry_id)) = (child_id.parse::<i64>(), entry_id.parse::<i64>()) else {
        return not_found(&state, parts).await;
    };
    // The entry must be this child's, and the child this family's; its part says where to go back to.
    let part = match state
        .records
        .entry_history(&viewer, child_id, entry_id)
        .await
    {
        Ok(versions) => match versions.first() {
            Some(newest) => newest.part,
            None => return not_found(&state, parts).await,
        },
        Err(error) => return answer(&state, parts, fields, Err(error), "").await,
    };
    match EntryForm::from_fields(&fields).check() {
        Ok(entry) => {
            let saved = state
                .records
                .update_entry(&viewer, child_id, entry_id, &entry)
                .await;
            answer(
                &state,
                parts,
                fields,
                saved,
                &paths::about_me_part(child_id, part),
            )
            .await
        }
        Err(problems) => again(&state, parts, fields, problems).await,
    }
}

async fn again(
    state: &AppState,
    parts: axum::http::request::Parts,
    fields: Vec<(String, String)>,
    problems: Vec<FieldProblem>,
) -> Response {
    render_again(
        state,
        parts,
        FormOutcome {
            problems,
            kept: fields,
        },
    )
    .await
}
