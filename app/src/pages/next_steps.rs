//! What happens next: the statutory timeline for the child's support status and key dates.

use crate::components::{ChildNav, NextSteps, PageTitle, RecordSection, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record::timeline::{timeline, TimelineFacts};
use crate::record_page::record_view;
use leptos::prelude::*;

#[component]
pub fn NextStepsPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let loaded = page
            .records
            .child(&page.viewer, page.child_id)
            .await
            .map(|child| (child, page.today));
        let (child, today) = loaded?;
        let d = &child.details;
        let facts = TimelineFacts::of(d, today);
        let title = fl!(i18n, "next-steps-title", name = (d.called_name.clone()));
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=child.id name=d.called_name.clone() current=RecordSection::NextSteps />
            <WithSymbol message="next-steps-title"><h1>{title}</h1></WithSymbol>
            <NextSteps
                timeline=timeline(&facts, today)
                status=d.support_status
                today=today
                edit_href=paths::edit_child(child.id)
            />
        }
        .into_any())
    })
}
