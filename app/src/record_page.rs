//! What every page of a child's record starts from: who is asking, which child, the records service,
//! and today's date. Pages load their part of the record inside `<Suspense>`; their routes are
//! rendered with `SsrMode::Async`, so the server sends whole pages that work without JavaScript.

use crate::clock::today;
use crate::components::PageTitle;
use crate::i18n::{fl, use_i18n};
use crate::record::dates::Date;
use crate::scope::{require_viewer, Viewer};
use crate::services::{use_people, use_records, PeopleService, RecordError, Records};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[derive(Clone)]
pub struct RecordPage {
    pub viewer: Viewer,
    pub child_id: i64,
    pub records: Records,
    /// Who may see what: pages show only what this person may use.
    pub people: PeopleService,
    pub i18n: &'static FluentLanguageLoader,
    pub today: Date,
}

/// A number from the route, like the child's id; `None` when it is missing or not a number.
pub fn route_number(name: &str) -> Option<i64> {
    use_params_map()
        .read_untracked()
        .get(name)
        .and_then(|value| value.parse().ok())
}

/// A piece of text from the route, like an invitation's secret.
pub fn route_text(name: &str) -> Option<String> {
    use_params_map().read_untracked().get(name)
}

/// The page's starting point, or `None` (and a sign-in redirect) when nobody is signed in.
/// A child id that is not a number is treated like any id that is not theirs: not found.
fn record_page() -> Option<Result<RecordPage, RecordError>> {
    let viewer = require_viewer()?;
    let page = route_number("child")
        .map(|child_id| RecordPage {
            viewer,
            child_id,
            records: use_records(),
            people: use_people(),
            i18n: use_i18n(),
            today: today(),
        })
        .ok_or(RecordError::NotFound);
    Some(page)
}

impl RecordPage {
    /// `Ok` when this person may change this part: form pages are for them only, and anyone else is
    /// shown "not found", as the server would refuse their save anyway.
    pub async fn may_change(&self, part: crate::people::RecordPart) -> Result<(), RecordError> {
        let access = self.people.access(&self.viewer, self.child_id).await?;
        if access.can_change(part) {
            Ok(())
        } else {
            Err(RecordError::NotFound)
        }
    }
}

/// Sets the response status for an error (404 for not found, 409 for a conflict, 503 when storage
/// failed). Call before the async part of a page, while the response is reachable.
pub fn status_setter() -> impl Fn(&RecordError) + Send + Sync + Clone + 'static {
    let response = use_context::<leptos_axum::ResponseOptions>();
    move |error| {
        if let Some(response) = &response {
            response.set_status(error.status());
        }
    }
}

/// What a person sees when the record cannot be shown: never which of "missing" and "not yours".
pub fn record_error_view(error: &RecordError, i18n: &FluentLanguageLoader) -> AnyView {
    let (title, body) = match error {
        RecordError::NotFound => (
            fl!(i18n, "record-not-found-title"),
            fl!(i18n, "record-not-found-body"),
        ),
        RecordError::ChangedMeanwhile | RecordError::Unavailable => (
            fl!(i18n, "record-unavailable-title"),
            fl!(i18n, "record-unavailable-body"),
        ),
    };
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p>{body}</p>
        <p><a href=crate::paths::START>{fl!(i18n, "record-back-to-start")}</a></p>
    }
    .into_any()
}

/// A page of a child's record, written once: nobody signed in is sent to sign in; otherwise `show`
/// loads its part of the record and renders it inside `<Suspense>` (the route is `SsrMode::Async`,
/// so the server sends the whole page). An error from the route or from `show` sets the response
/// status and shows the "not found" or "try again" page.
pub fn record_view<Show, Shown>(show: Show) -> AnyView
where
    Show: FnOnce(RecordPage) -> Shown + Send + 'static,
    Shown: std::future::Future<Output = Result<AnyView, RecordError>> + Send + 'static,
{
    let i18n = use_i18n();
    let Some(page) = record_page() else {
        return signed_out_view();
    };
    let set_status = status_setter();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let shown = match page {
                    Ok(page) => show(page).await,
                    Err(error) => Err(error),
                };
                shown.unwrap_or_else(|error| {
                    set_status(&error);
                    record_error_view(&error, i18n)
                })
            })}
        </Suspense>
    }
    .into_any()
}

/// The signed-out case of a record page: the redirect is already set; this is only seen by clients
/// that do not follow it.
pub fn signed_out_view() -> AnyView {
    let i18n = use_i18n();
    view! { <p>{fl!(i18n, "family-signed-out")}</p> }.into_any()
}
