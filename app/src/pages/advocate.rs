//! An advocate's start page: the families who invited them, what each shared and until when, and
//! what is coming up for each child.

use crate::clock::today;
use crate::components::{share_terms, step_title, PageTitle, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{RecordPart, Share};
use crate::record::timeline::{timeline, TimelineFacts};
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::scope::{require_viewer, Viewer};
use crate::services::{use_people, use_records, Records};
use crate::words::{long_date, term_words};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

#[component]
pub fn AdvocatePage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let people = use_people();
    let records = use_records();
    let set_status = status_setter();
    let title = fl!(i18n, "advocate-title");
    view! {
        <PageTitle text=title.clone() />
        <WithSymbol message="advocate-title"><h1>{title}</h1></WithSymbol>
        <p class="lead">{fl!(i18n, "advocate-lead")}</p>
        <Suspense>
            {Suspend::new(async move {
                let shares = match people.shared_with_me(&viewer).await {
                    Ok(shares) => shares,
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                if shares.is_empty() {
                    return view! { <p>{fl!(i18n, "advocate-none")}</p> }.into_any();
                }
                let mut items = Vec::new();
                for share in shares {
                    let coming = coming_up(&records, &viewer, &share, i18n).await;
                    items.push(family_item(share, coming, i18n));
                }
                view! { <ul class="shared-children">{items}</ul> }.into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// The next review point (when goals are shared) and the next step of the statutory timeline.
async fn coming_up(
    records: &Records,
    viewer: &Viewer,
    share: &Share,
    i18n: &'static FluentLanguageLoader,
) -> Vec<String> {
    let today = today();
    let mut lines = Vec::new();
    if share.parts.contains(&RecordPart::GoalsAndProgress) {
        if let Ok(points) = records.review_points(viewer, share.child_id, today).await {
            if let Some(next) = points.iter().find(|p| p.held_on >= today) {
                lines.push(fl!(
                    i18n,
                    "advocate-next-review",
                    term = (term_words(next.term, i18n)),
                    date = (long_date(i18n, next.held_on))
                ));
            }
        }
    }
    if let Ok(child) = records.child(viewer, share.child_id).await {
        let d = &child.details;
        let facts = TimelineFacts {
            status: d.support_status,
            date_of_birth: d.date_of_birth,
            year_group: d.year_group(today),
            key_dates: d.key_dates,
        };
        if let Some(step) = timeline(&facts, today).next() {
            lines.push(fl!(
                i18n,
                "advocate-next-step",
                step = (step_title(i18n, step.kind)),
                date = (long_date(i18n, step.due))
            ));
        }
    }
    lines
}

fn family_item(share: Share, coming: Vec<String>, i18n: &'static FluentLanguageLoader) -> AnyView {
    view! {
        <li class="shared-child">
            <h2 class="shared-child-name">
                <a href=paths::child(share.child_id) dir="auto">{share.child_name.clone()}</a>
            </h2>
            <p dir="auto">{fl!(i18n, "advocate-shared-by", family = (share.family.clone()))}</p>
            {share_terms(&share.parts, share.may_change, share.until, i18n)}
            <h3 class="shared-child-coming">{fl!(i18n, "advocate-coming-up")}</h3>
            {if coming.is_empty() {
                view! { <p>{fl!(i18n, "advocate-nothing-coming")}</p> }.into_any()
            } else {
                view! { <ul>{coming.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
            }}
        </li>
    }
    .into_any()
}
