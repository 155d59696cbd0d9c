//! Short summaries several pages show: a child's details, and what an advocate may see.

use crate::i18n::fl;
use crate::people::RecordPart;
use crate::record::child::ChildDetails;
use crate::record::dates::Date;
use crate::words::{
    area_of_need_words, long_date, record_parts_words, support_status_words, year_group_words,
};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// A child's details as a summary list: on the overview, and beside the form after an edit conflict.
pub fn details_list(d: &ChildDetails, today: Date, i18n: &'static FluentLanguageLoader) -> AnyView {
    let areas = if d.areas_of_need.is_empty() {
        fl!(i18n, "child-not-given")
    } else {
        d.areas_of_need
            .iter()
            .map(|a| area_of_need_words(*a, i18n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let setting = if d.setting.is_empty() {
        fl!(i18n, "child-not-given")
    } else {
        d.setting.clone()
    };
    let rows = vec![
        (fl!(i18n, "child-called-name"), d.called_name.clone()),
        (
            fl!(i18n, "child-date-of-birth"),
            long_date(i18n, d.date_of_birth),
        ),
        (
            fl!(i18n, "child-year-group"),
            year_group_words(d.year_group(today), i18n),
        ),
        (fl!(i18n, "child-setting"), setting),
        (
            fl!(i18n, "child-support-status"),
            support_status_words(d.support_status, i18n),
        ),
        (fl!(i18n, "child-areas-of-need"), areas),
    ];
    view! {
        <dl class="summary-list">
            {rows
                .into_iter()
                .map(|(key, value)| view! {
                    <div class="summary-row">
                        <dt>{key}</dt>
                        <dd dir="auto">{value}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// What an advocate sees, how, and until when, as three plain lines.
pub fn share_terms(
    parts: &[RecordPart],
    may_change: bool,
    until: Option<crate::record::dates::Date>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let how = if may_change {
        fl!(i18n, "share-may-change")
    } else {
        fl!(i18n, "share-read-only")
    };
    let until = match until {
        Some(date) => fl!(i18n, "share-until", date = (long_date(i18n, date))),
        None => fl!(i18n, "share-until-stopped"),
    };
    view! {
        <ul class="share-terms">
            <li>{fl!(i18n, "share-sees", parts = (record_parts_words(parts, i18n)))}</li>
            <li>{how}</li>
            <li>{until}</li>
        </ul>
    }
    .into_any()
}
