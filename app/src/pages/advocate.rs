//! An advocate's start page, and a school's or other professional's: the families who invited them,
//! what each shared and until when, and what is coming up for each child.

use super::coming_up::coming_up;
use crate::components::{share_terms, PageTitle, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{RecordPart, Role, Share};
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::scope::require_viewer;
use crate::services::{use_people, use_records};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

#[component]
pub fn AdvocatePage() -> impl IntoView {
    shared_children_page(Role::Advocate)
}

/// Where a professional lands: the children families shared with them, as a SENCo or therapist.
#[component]
pub fn ProfessionalPage() -> impl IntoView {
    shared_children_page(Role::Professional)
}

/// The children shared with this person in one role (`advocate-*` or `professional-*` messages).
fn shared_children_page(role: Role) -> AnyView {
    let i18n = use_i18n();
    let page = if role == Role::Professional {
        "professional"
    } else {
        "advocate"
    };
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let people = use_people();
    let records = use_records();
    let set_status = status_setter();
    let title = i18n.get(&format!("{page}-title"));
    view! {
        <PageTitle text=title.clone() />
        <WithSymbol message="advocate-title"><h1>{title}</h1></WithSymbol>
        <p class="lead">{i18n.get(&format!("{page}-lead"))}</p>
        <Suspense>
            {Suspend::new(async move {
                let shares = match people.shared_with_me(&viewer).await {
                    Ok(shares) => shares.into_iter().filter(|s| s.role == role).collect::<Vec<_>>(),
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                if shares.is_empty() {
                    return view! { <p>{i18n.get(&format!("{page}-none"))}</p> }.into_any();
                }
                let mut items = Vec::new();
                for share in shares {
                    let goals = share.parts.contains(&RecordPart::GoalsAndProgress);
                    let (coming, _) = coming_up(&records, &viewer, share.child_id, goals, i18n).await;
                    items.push(family_item(share, coming, i18n));
                }
                view! { <ul class="shared-children">{items}</ul> }.into_any()
            })}
        </Suspense>
    }
    .into_any()
}

fn family_item(share: Share, coming: Vec<String>, i18n: &'static FluentLanguageLoader) -> AnyView {
    view! {
        <li class="shared-child">
            <h2 class="shared-child-name">
                <a href=paths::child(share.child_id) dir="auto">{share.child_name.clone()}</a>
            </h2>
            <p dir="auto">{fl!(i18n, "advocate-shared-by", family = (share.family.clone()))}</p>
            {share.job.filter(|_| share.role == Role::Professional).map(|job| view! {
                <p dir="auto">{fl!(i18n, "professional-you-are", job_at = (super::people::job_at(job, &share.organisation, i18n)))}</p>
            })}
            {share_terms(&share.parts, share.may_change, share.until, i18n)}
            {(share.role == Role::Professional && share.parts.contains(&RecordPart::Notes)).then(|| view! {
                <p>
                    <a href=paths::notes(share.child_id) aria-label=fl!(i18n, "notes-about-child", name = (share.child_name.clone()))>
                        {fl!(i18n, "notes-title")}
                    </a>
                </p>
            })}
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
