//! Adding a child, and changing their details.

use crate::clock::today;
use crate::components::{
    CheckboxGroup, DateField, ErrorSummary, PageTitle, RadioChoice, RadioGroup, SelectField,
    TextField, WithSymbol,
};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::record::child::{ChildForm, KeyDates};
use crate::record::problems::FieldProblem;
use crate::record::{AreaOfNeed, SupportStatus, YearGroup};
use crate::record_page::{record_view, signed_out_view};
use crate::record_problems::{changed_meanwhile, shown};
use crate::scope::require_viewer;
use crate::words::{support_status_words, year_group_words};
use leptos::prelude::*;

// The Local Offer page (another helper's file this session) still imports this from here.
use crate::words::area_of_need_words;

#[component]
pub fn AddChildPage() -> impl IntoView {
    let i18n = use_i18n();
    if require_viewer().is_none() {
        return signed_out_view();
    }
    let outcome = use_form_outcome::<FieldProblem>();
    let form = outcome
        .as_ref()
        .map(|o| ChildForm::from_fields(&o.kept))
        .unwrap_or_else(|| ChildForm {
            support_status: SupportStatus::NoneYet.code().into(),
            ..Default::default()
        });
    let problems = shown(&outcome, i18n);
    view! {
        <PageTitle text=fl!(i18n, "child-add-title") has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <WithSymbol message="child-add-title"><h1>{fl!(i18n, "child-add-title")}</h1></WithSymbol>
        <p>{fl!(i18n, "child-form-intro")}</p>
        <ChildFields action=paths::ADD_CHILD.into() form=form problems=problems version=None />
    }
    .into_any()
}

#[component]
pub fn EditChildPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let child = page.records.child(&page.viewer, page.child_id).await?;
        let conflict = changed_meanwhile(&outcome);
        // After a conflict the person has seen the newest version, so their next save is based
        // on it; after any other problem they are still working from the version they loaded.
        let kept_version = outcome
            .as_ref()
            .and_then(|o| o.kept_value("based-on-version"))
            .and_then(|v| v.parse::<i64>().ok());
        let form = outcome
            .as_ref()
            .map(|o| ChildForm::from_fields(&o.kept))
            .unwrap_or_else(|| ChildForm::from_details(&child.details));
        let problems = shown(&outcome, i18n);
        let title = fl!(
            i18n,
            "child-edit-title",
            name = (child.details.called_name.clone())
        );
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <p><a href=paths::child(child.id)>{fl!(i18n, "child-back-to-record")}</a></p>
            <WithSymbol message="child-edit-title"><h1>{title}</h1></WithSymbol>
            {conflict.then(|| view! {
                <div class="notice" id="changed-meanwhile">
                    <h2>{fl!(i18n, "child-conflict-title")}</h2>
                    <p>{fl!(i18n, "child-conflict-body")}</p>
                    <h3>{fl!(i18n, "child-conflict-saved")}</h3>
                    {crate::components::details_list(&child.details, today(), i18n)}
                </div>
            })}
            <ChildFields
                action=paths::edit_child(child.id)
                form=form
                problems=problems
                version=Some(if conflict { child.version } else { kept_version.unwrap_or(child.version) })
            />
        }
        .into_any())
    })
}

/// The child form's fields. `version` is the saved version an edit starts from.
#[component]
fn ChildFields(
    action: String,
    form: ChildForm,
    problems: Vec<crate::forms::ShownProblem>,
    version: Option<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = |field: &str| for_field(&problems, field);
    let worked_out =
        crate::record::dates::from_typed(&form.birth_day, &form.birth_month, &form.birth_year)
            .ok()
            .flatten()
            .map(|born| YearGroup::for_birth_date(born, today()));
    let auto_label = match worked_out {
        Some(year) => fl!(
            i18n,
            "child-year-group-auto-known",
            year = (year_group_words(year, i18n))
        ),
        None => fl!(i18n, "child-year-group-auto"),
    };
    let mut year_choices = vec![RadioChoice::new("", auto_label)];
    year_choices.extend(
        YearGroup::ALL
            .iter()
            .map(|year| RadioChoice::new(year.code(), year_group_words(*year, i18n))),
    );
    let status_choices = SupportStatus::ALL
        .iter()
        .map(|status| RadioChoice::new(status.code(), support_status_words(*status, i18n)))
        .collect();
    let area_choices = AreaOfNeed::ALL
        .iter()
        .map(|area| RadioChoice::new(area.code(), area_of_need_words(*area, i18n)))
        .collect();
    let key_dates = KeyDates::default()
        .named()
        .iter()
        .map(|(name, _)| {
            view! {
                <DateField
                    name=*name
                    legend=i18n.get(&format!("child-{name}"))
                    hint=i18n.get(&format!("child-{name}-hint"))
                    typed=form.key_date(name)
                    error=error(name)
                />
            }
        })
        .collect_view();
    view! {
        <form action=action method="post" novalidate>
            {version.map(|v| view! { <input type="hidden" name="based-on-version" value=v /> })}
            <TextField
                name="called-name"
                label=fl!(i18n, "child-called-name")
                hint=fl!(i18n, "child-called-name-hint")
                autocomplete="off"
                value=Some(form.called_name.clone())
                error=error("called-name")
            />
            <DateField
                name="date-of-birth"
                legend=fl!(i18n, "child-date-of-birth")
                hint=fl!(i18n, "child-date-of-birth-hint")
                typed=[form.birth_day.clone(), form.birth_month.clone(), form.birth_year.clone()]
                error=error("date-of-birth")
            />
            <TextField
                name="setting"
                label=fl!(i18n, "child-setting")
                hint=fl!(i18n, "child-setting-hint")
                autocomplete="off"
                value=Some(form.setting.clone())
                error=error("setting")
            />
            <SelectField
                name="year-group"
                label=fl!(i18n, "child-year-group")
                hint=fl!(i18n, "child-year-group-hint")
                choices=year_choices
                selected=form.year_group.clone()
                error=error("year-group")
            />
            <RadioGroup
                name="support-status"
                legend=fl!(i18n, "child-support-status")
                hint=fl!(i18n, "child-support-status-hint")
                choices=status_choices
                selected=form.support_status.clone()
                error=error("support-status")
            />
            <section class="form-section" aria-labelledby="key-dates-title">
                <h2 id="key-dates-title">{fl!(i18n, "child-key-dates")}</h2>
                <p class="hint">{fl!(i18n, "child-key-dates-hint")}</p>
                {key_dates}
            </section>
            <CheckboxGroup
                name="area-of-need"
                legend=fl!(i18n, "child-areas-of-need")
                hint=fl!(i18n, "child-areas-of-need-hint")
                choices=area_choices
                selected=form.areas_of_need.clone()
                error=error("area-of-need")
            />
            <button class="button" type="submit">{fl!(i18n, "child-save")}</button>
        </form>
    }
}

// Answering the child's details forms.

use crate::forms::{Posted, Reply};

/// Adds a child (`/children/new`).
pub async fn add_child(posted: Posted) -> Reply {
    match ChildForm::from_fields(&posted.fields).check(posted.today) {
        Ok(details) => match posted.records.add_child(&posted.viewer, &details).await {
            Ok(id) => Reply::Next(crate::paths::child(id)),
            Err(error) => posted.answer::<()>(Err(error), "/family"),
        },
        Err(problems) => posted.again(problems),
    }
}

/// Changes a child's details (`/children/{child}/edit`).
pub async fn edit_child(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    // Another family's child is not found, whatever the form holds.
    if let Err(error) = posted.records.child(&posted.viewer, child_id).await {
        return posted.answer::<()>(Err(error), "/family");
    }
    let based_on = posted.field("based-on-version").parse().unwrap_or(0);
    match ChildForm::from_fields(&posted.fields).check(posted.today) {
        Ok(details) => {
            let saved = posted
                .records
                .update_child(&posted.viewer, child_id, &details, based_on)
                .await;
            posted.answer(saved, &crate::paths::child(child_id))
        }
        Err(problems) => posted.again(problems),
    }
}
