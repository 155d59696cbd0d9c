//! Form posts for who can see a child's record: inviting, cancelling a link, stopping a share,
//! saying yes to an invitation, and a young person taking control at 16.

use super::{field, read_form, render_again, render_with_status, scope_of, AppState};
use crate::web::record_forms::{answer, signed_out_keep, status_of};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use heard_app::account::DeleteProblem;
use heard_app::clock::today;
use heard_app::forms::FormOutcome;
use heard_app::paths;
use heard_app::people::{InvitationForm, Role, NAME_MAX_CHARS};
use heard_app::record::problems::optional_line;
use heard_app::services::AcceptRefused;
use heard_app::services::InvitationError;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/children/{child}/people/invite", post(invite))
        .route(
            "/children/{child}/people/invitations/{invitation}/cancel",
            post(cancel_invitation),
        )
        .route(
            "/children/{child}/people/shares/{share}/withdraw",
            post(withdraw_share),
        )
        .route(
            "/children/{child}/people/parents/{account}/stop",
            post(stop_parent),
        )
        .route("/children/{child}/take-control", post(take_control))
        .route("/invitations/{token}", post(accept_invitation))
}

async fn invite(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    match InvitationForm::from_fields(&fields).check(child_id, today()) {
        Ok(invitation) => match state.people.invite(&viewer, child_id, &invitation).await {
            Ok(id) => Redirect::to(&paths::invitation(child_id, id)).into_response(),
            Err(error) => answer(&state, parts, fields, Err(error), "/family").await,
        },
        Err(problems) => {
            render_again(
                &state,
                parts,
                FormOutcome {
                    problems,
                    kept: fields,
                },
            )
            .await
        }
    }
}

async fn cancel_invitation(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, invitation_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let done = state
        .people
        .cancel_invitation(&viewer, child_id, invitation_id)
        .await;
    let back = paths::people(child_id);
    answer(&state, parts, fields, done, &back).await
}

async fn withdraw_share(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, share_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let done = state
        .people
        .withdraw_share(&viewer, child_id, share_id)
        .await;
    let back = paths::people(child_id);
    answer(&state, parts, fields, done, &back).await
}

async fn stop_parent(
    State(state): State<AppState>,
    session: Session,
    Path((child_id, account_id)): Path<(i64, i64)>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let done = state
        .people
        .stop_parent(&viewer, child_id, account_id)
        .await;
    let back = paths::people(child_id);
    answer(&state, parts, fields, done, &back).await
}

async fn take_control(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    let done = state.people.take_control(&viewer, child_id, today()).await;
    let back = paths::people(child_id);
    answer(&state, parts, fields, done, &back).await
}

async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        let back = paths::accept_invitation(&token);
        return Redirect::to(&paths::sign_in_then(&back)).into_response();
    };
    let mut problems = Vec::new();
    let name = optional_line(
        "name",
        field(&fields, "name"),
        NAME_MAX_CHARS,
        &mut problems,
    );
    if !problems.is_empty() {
        return render_again(
            &state,
            parts,
            FormOutcome {
                problems,
                kept: fields,
            },
        )
        .await;
    }
    match state.people.accept_invitation(&viewer, &token, &name).await {
        Ok(accepted) => {
            let next = match (accepted.role, accepted.child_id) {
                (Role::Advocate, _) => "/advocate".to_string(),
                (Role::YoungPerson, Some(child)) => paths::my_page(child),
                _ => "/family".to_string(),
            };
            Redirect::to(&next).into_response()
        }
        Err(error) => {
            let status = match error {
                InvitationError::Expired | InvitationError::Used => StatusCode::GONE,
                InvitationError::Unknown => StatusCode::NOT_FOUND,
                InvitationError::AlreadyYoungPerson | InvitationError::AlreadyWithFamily => {
                    StatusCode::CONFLICT
                }
                InvitationError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            };
            render_with_status(&state, parts, AcceptRefused(error), status).await
        }
    }
}

pub fn your_data_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/children/{child}/download.json",
            axum::routing::get(download),
        )
        .route("/children/{child}/delete", post(delete_child))
        .route("/account/delete", post(delete_account))
}

async fn download(
    State(state): State<AppState>,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(viewer) = scope_of(&parts).viewer else {
        let back = paths::your_data(child_id);
        return Redirect::to(&paths::sign_in_then(&back)).into_response();
    };
    match state.people.export_json(&viewer, child_id).await {
        Ok(json) => (
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "application/json; charset=utf-8".to_string(),
                ),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"heard-record-{child_id}.json\""),
                ),
            ],
            json,
        )
            .into_response(),
        Err(error) => render_with_status(&state, parts, (), status_of(&error)).await,
    }
}

fn delete_problems(
    problems: Vec<DeleteProblem>,
    fields: &[(String, String)],
) -> FormOutcome<DeleteProblem> {
    FormOutcome {
        problems,
        // Nothing typed here needs keeping, and a password never is.
        kept: fields
            .iter()
            .filter(|(n, _)| n != "password")
            .cloned()
            .collect(),
    }
}

async fn delete_child(
    State(state): State<AppState>,
    session: Session,
    Path(child_id): Path<i64>,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return signed_out_keep(&session, &parts, fields).await;
    };
    if field(&fields, "confirm") != "yes" {
        return render_again(
            &state,
            parts,
            delete_problems(vec![DeleteProblem::NotConfirmed], &fields),
        )
        .await;
    }
    let done = state.people.delete_child(&viewer, child_id).await;
    answer(&state, parts, fields, done, "/family").await
}

async fn delete_account(
    State(state): State<AppState>,
    session: Session,
    request: Request,
) -> Response {
    let (parts, fields) = read_form(request).await;
    let Some(viewer) = scope_of(&parts).viewer else {
        return Redirect::to("/sign-in?return_to=%2Faccount%2Fdelete").into_response();
    };
    let mut problems = Vec::new();
    // The password is checked as at sign-in, within the same rate limit.
    if crate::accounts::sign_in(
        &state.pool,
        &viewer.email,
        field(&fields, "password"),
        &super::devices::tried_from(&state, &parts),
    )
    .await
    .is_err()
    {
        problems.push(DeleteProblem::WrongPassword);
    }
    if field(&fields, "confirm") != "yes" {
        problems.push(DeleteProblem::NotConfirmed);
    }
    if !problems.is_empty() {
        return render_again(&state, parts, delete_problems(problems, &fields)).await;
    }
    if let Err(error) = state.people.delete_account(&viewer).await {
        tracing::error!(%error, "could not delete an account");
        return render_again(
            &state,
            parts,
            delete_problems(vec![DeleteProblem::Unavailable], &fields),
        )
        .await;
    }
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not end the deleted account's session");
    }
    Redirect::to("/account/deleted").into_response()
}
