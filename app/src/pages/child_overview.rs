//! A child's record at a glance: their details and the way into each part.

use super::coming_up::coming_up;
use crate::components::{details_list, ChildNav, KeepOnPhone, PageTitle, RecordSection};
use crate::i18n::{fl, use_i18n};
use crate::local_offer::service::SavedService;
use crate::paths;
use crate::people::{RecordPart as Part, Role};
use crate::record_page::record_view;
use crate::services::{use_directory, use_people, RecordError};
use crate::words::long_date;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

#[component]
pub fn ChildOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let directory = use_directory();
    let people = use_people();
    record_view(move |page| async move {
        let loaded = match (
            page.records.child(&page.viewer, page.child_id).await,
            people.access(&page.viewer, page.child_id).await,
        ) {
            (Ok(child), Ok(access)) => {
                // Only asked for when shared: asking is logged.
                let saved = if access.can_read(Part::SavedServices) {
                    Some(directory.saved_services(&page.viewer, child.id).await)
                } else {
                    None
                };
                Ok((child, page.today, saved, access))
            }
            (Err(error), _) | (_, Err(error)) => Err(error),
        };
        let (child, today, saved, access) = loaded?;
        let d = &child.details;
        let about_me = access.can_read(Part::AboutMe);
        let goals = access.can_read(Part::GoalsAndProgress);
        let parts = [
            (
                about_me,
                "/about-me",
                fl!(i18n, "child-nav-about-me"),
                fl!(i18n, "child-part-about-me"),
            ),
            (
                goals,
                "/goals",
                fl!(i18n, "child-nav-goals"),
                fl!(i18n, "child-part-goals"),
            ),
            (
                goals,
                "/reviews",
                fl!(i18n, "child-nav-reviews"),
                fl!(i18n, "child-part-reviews"),
            ),
            (
                goals,
                "/progress",
                fl!(i18n, "child-nav-progress"),
                fl!(i18n, "child-part-progress"),
            ),
            (
                about_me && goals,
                "/prepare",
                fl!(i18n, "child-nav-prepare"),
                fl!(i18n, "child-part-prepare"),
            ),
            (
                true,
                "/next-steps",
                fl!(i18n, "child-nav-next-steps"),
                fl!(i18n, "child-part-next-steps"),
            ),
            (
                access.can_read(Part::Documents),
                "/documents",
                fl!(i18n, "child-nav-documents"),
                fl!(i18n, "child-part-documents"),
            ),
            (
                access.can_read(Part::Notes),
                "/notes",
                fl!(i18n, "child-nav-notes"),
                fl!(i18n, "child-part-notes"),
            ),
            (
                access.can_read(Part::People),
                "/people",
                fl!(i18n, "child-nav-people"),
                fl!(i18n, "child-part-people"),
            ),
        ];
        let may_change_services = access.can_change(Part::SavedServices);
        // The family's own phone: someone the family shares with does not get to keep the record.
        let may_keep = matches!(access.role, Role::ParentOrCarer | Role::YoungPerson);
        // The same lines as on the family page, so the two never disagree.
        let (coming, review_coming) =
            coming_up(&page.records, &page.viewer, child.id, goals, i18n).await;
        let getting_ready = (review_coming && about_me).then(|| {
            fl!(
                i18n,
                "coming-up-prepare-for",
                name = (d.called_name.clone())
            )
        });
        Ok(view! {
            <PageTitle text=d.called_name.clone() />
            <ChildNav child_id=child.id name=d.called_name.clone() current=RecordSection::Overview />
            <h1 dir="auto">{d.called_name.clone()}</h1>
            {details_list(d, today, i18n)}
            {access.can_change(Part::Details).then(|| view! {
                <p>
                    <a class="button button-secondary" href=paths::edit_child(child.id)>
                        {fl!(i18n, "child-change-details")}
                    </a>
                </p>
            })}
            <section class="coming-up" aria-labelledby="coming-up-title">
                <h2 id="coming-up-title">{fl!(i18n, "advocate-coming-up")}</h2>
                {if coming.is_empty() {
                    view! { <p>{fl!(i18n, "advocate-nothing-coming")}</p> }.into_any()
                } else {
                    view! { <ul>{coming.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                }}
                {getting_ready.map(|text| view! {
                    <p><a href=paths::prepare(child.id) dir="auto">{text}</a></p>
                })}
            </section>
            <h2>{fl!(i18n, "child-parts-title")}</h2>
            <ul class="record-parts">
                {parts
                    .into_iter()
                    .filter(|(open, ..)| *open)
                    .map(|(_, path, title, about)| view! {
                        <li class="record-part">
                            <a class="record-part-link" href=paths::child_part(child.id, path)>{title}</a>
                            <p class="hint">{about}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
            {saved.map(|saved| saved_services_view(child.id, &d.called_name, saved, may_change_services, i18n))}
            {may_keep.then(|| view! { <KeepOnPhone child_id=child.id name=d.called_name.clone() /> })}
        }
        .into_any())
    })
}

/// The Local Offer services the family saved to this child's record, newest first, each with their
/// note and a button to remove it.
fn saved_services_view(
    child_id: i64,
    name: &str,
    saved: Result<Vec<SavedService>, RecordError>,
    may_change: bool,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let body = match saved {
        Err(_) => view! { <p>{fl!(i18n, "record-unavailable-body")}</p> }.into_any(),
        Ok(saved) if saved.is_empty() => view! {
            <p>
                {fl!(i18n, "saved-services-none", name = (name.to_string()))}" "
                <a href=paths::LOCAL_OFFER>{fl!(i18n, "saved-services-find")}</a>
            </p>
        }
        .into_any(),
        Ok(saved) => view! {
            <ul class="saved-services">
                {saved
                    .into_iter()
                    .map(|saved| {
                        let forget = paths::forget_saved_service(child_id, saved.id);
                        let remove_named = fl!(i18n, "saved-services-remove-named", service = (saved.service_name.clone()));
                        view! {
                            <li class="saved-service" id=format!("saved-service-{}", saved.id)>
                                <h3 class="saved-service-name">
                                    <a href=paths::service(&saved.service_id) lang="en" dir="auto">{saved.service_name.clone()}</a>
                                </h3>
                                {(!saved.still_listed).then(|| view! {
                                    <p><strong class="badge badge-warning">{fl!(i18n, "saved-services-not-listed")}</strong></p>
                                })}
                                {(!saved.note.trim().is_empty()).then(|| view! {
                                    <p class="saved-service-note">
                                        <span class="saved-service-note-label">{fl!(i18n, "saved-services-note")}</span>" "
                                        <span class="saved-text" dir="auto">{saved.note.clone()}</span>
                                    </p>
                                })}
                                {saved.saved_by_advocate.clone().map(|who| view! {
                                    <p class="hint" dir="auto">
                                        {fl!(i18n, "saved-services-saved-by-advocate", who = who, with = (fl!(i18n, "written-with-family")))}
                                    </p>
                                })}
                                <p class="hint">
                                    <time datetime=crate::record::dates::to_iso(saved.saved_on)>
                                        {fl!(i18n, "saved-services-saved-on", date = (long_date(i18n, saved.saved_on)))}
                                    </time>
                                </p>
                                {may_change.then(|| view! {
                                    <form class="saved-service-forget" action=forget.clone() method="post">
                                        <button class="button button-secondary" type="submit" aria-label=remove_named.clone()>
                                            {fl!(i18n, "saved-services-remove")}
                                        </button>
                                    </form>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section class="saved-services-section" id="saved-services" aria-labelledby="saved-services-title">
            <h2 id="saved-services-title">{fl!(i18n, "saved-services-title")}</h2>
            {body}
        </section>
    }
    .into_any()
}
