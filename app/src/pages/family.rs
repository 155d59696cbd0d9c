use super::coming_up::coming_up;
use crate::clock::today;
use crate::components::PageTitle;
use crate::components::WithSymbol;
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record_page::{record_error_view, signed_out_view, status_setter};
use crate::scope::require_viewer;
use crate::services::use_records;
use crate::words::year_group_words;
use leptos::prelude::*;

/// A signed-in person's home: their children. Signed out, it sends them to sign in.
#[component]
pub fn FamilyPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(viewer) = require_viewer() else {
        return signed_out_view();
    };
    let records = use_records();
    let people = crate::services::use_people();
    let me = viewer.clone();
    let set_status = status_setter();
    view! {
        <PageTitle text=fl!(i18n, "family-title") />
        <WithSymbol message="family-title"><h1>{fl!(i18n, "family-title")}</h1></WithSymbol>
        <p class="signed-in-as">{fl!(i18n, "family-signed-in-as", email = (viewer.email.clone()))}</p>
        <Suspense>
            {Suspend::new(async move {
                let children = match records.children(&me).await {
                    Ok(children) => children,
                    Err(error) => {
                        set_status(&error);
                        return record_error_view(&error, i18n);
                    }
                };
                // A young person's own record and an advocate's families, as ways in from here.
                let own = people.own_record(&me).await.ok().flatten();
                let helping = people.shared_with_me(&me).await.map(|s| s.len()).unwrap_or(0);
                let ways_in = view! {
                    {own.map(|id| view! {
                        <p><a class="button" href=paths::my_page(id)>{fl!(i18n, "family-my-page")}</a></p>
                    })}
                    {(helping > 0).then(|| view! {
                        <p><a class="button button-secondary" href=paths::ADVOCATE>{fl!(i18n, "family-families-you-help", count = helping)}</a></p>
                    })}
                };
                if children.is_empty() {
                    // "No child yet" and the big button are only for someone with nothing here yet;
                    // a young person or an advocate may still add a child, by a plain link.
                    if own.is_some() || helping > 0 {
                        return view! {
                            {ways_in}
                            <p><a href=paths::ADD_CHILD>{fl!(i18n, "family-add-child")}</a></p>
                        }
                        .into_any();
                    }
                    return view! {
                        <h2>{fl!(i18n, "family-children-title")}</h2>
                        <p>{fl!(i18n, "family-no-children")}</p>
                        <p><a class="button" href=paths::ADD_CHILD>{fl!(i18n, "family-add-child")}</a></p>
                    }
                    .into_any();
                }
                let today = today();
                let mut cards = Vec::new();
                for child in children {
                    let (coming, review_coming) = coming_up(&records, &me, child.id, true, i18n).await;
                    cards.push(view! {
                        <li class="child-card">
                            <a class="child-card-link" href=paths::child(child.id) dir="auto">
                                {child.details.called_name.clone()}
                            </a>
                            <p class="hint">{year_group_words(child.details.year_group(today), i18n)}</p>
                            <p class="child-card-coming">{fl!(i18n, "advocate-coming-up")}</p>
                            {if coming.is_empty() {
                                view! { <p>{fl!(i18n, "advocate-nothing-coming")}</p> }.into_any()
                            } else {
                                view! { <ul>{coming.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                            }}
                            {review_coming.then(|| view! {
                                <p><a href=paths::prepare(child.id) dir="auto">{fl!(i18n, "coming-up-prepare-for", name = (child.details.called_name.clone()))}</a></p>
                            })}
                        </li>
                    });
                }
                view! {
                    {ways_in}
                    <h2>{fl!(i18n, "family-children-title")}</h2>
                    <ul class="children-list">{cards}</ul>
                    <p><a class="button" href=paths::ADD_CHILD>{fl!(i18n, "family-add-child")}</a></p>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
