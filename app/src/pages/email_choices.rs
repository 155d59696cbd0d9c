//! Which emails a person wants (`/account/emails`): one box a kind of reminder, all ticked until they
//! untick one. A plain form, so it works with JavaScript off; the server saves it and comes back here.

use crate::components::{CheckboxGroup, PageTitle, RadioChoice, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::reminders::{EmailChoicesService, ReminderKind};
use crate::scope::require_viewer;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The query the page is shown with after a save, so it can say the choices were kept.
pub const SAVED_QUERY: &str = "saved";

/// In the page's context when a save failed, so it says so.
#[derive(Debug, Clone, Copy)]
pub struct NotSaved;

#[component]
pub fn EmailChoicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let choices = use_context::<EmailChoicesService>().expect("the server provides EmailChoices");
    let saved = use_query_map().get_untracked().get(SAVED_QUERY).is_some();
    let not_saved = use_context::<NotSaved>().is_some();
    let set_status = status_setter();
    view! {
        <PageTitle text=fl!(i18n, "email-choices-title") />
        <WithSymbol message="email-choices-title"><h1>{fl!(i18n, "email-choices-title")}</h1></WithSymbol>
        {saved.then(|| view! {
            <p class="notice" role="status">{fl!(i18n, "email-choices-saved")}</p>
        })}
        {not_saved.then(|| view! {
            <p class="notice" role="alert">{fl!(i18n, "email-choices-not-saved")}</p>
        })}
        <p class="lead">{fl!(i18n, "email-choices-lead")}</p>
        <Suspense>
            {Suspend::new(async move {
                let off = match choices.turned_off(&viewer).await {
                    Ok(off) => off,
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                let boxes = ReminderKind::ALL
                    .into_iter()
                    .map(|kind| RadioChoice::new(kind.code(), i18n.get(&kind.choice_message())))
                    .collect();
                let on = ReminderKind::ALL
                    .into_iter()
                    .filter(|kind| !off.contains(kind))
                    .map(|kind| kind.code().to_string())
                    .collect();
                view! {
                    <form action=paths::EMAIL_CHOICES method="post">
                        <CheckboxGroup
                            name="on"
                            legend=fl!(i18n, "email-choices-legend")
                            hint=fl!(i18n, "email-choices-hint")
                            choices=boxes
                            selected=on
                        />
                        <button class="button" type="submit">{fl!(i18n, "email-choices-button")}</button>
                    </form>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
