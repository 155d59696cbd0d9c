//! Review points: three a school year, one a term. The list of them, and the page where the family
//! records how each goal is going at one: ratings (the family's, and the school's as said at the
//! meeting), comments from the family and from the young person, and what is and is not working.

use crate::components::{
    ChildNav, DateField, ErrorSummary, PageTitle, RadioChoice, RadioGroup, RecordSection, TextArea,
    WithSymbol, WithTerms,
};
use crate::forms::{for_field, use_form_outcome, FormOutcome, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::islands::KeptWhileTyping;
use crate::paths;
use crate::people::{Mode, ProfessionalWriter, RecordPart, Role};
use crate::record::dates::Date;
use crate::record::goal::GoalState;
use crate::record::problems::FieldProblem;
use crate::record::review::GoalReview;
use crate::record::saved::{goals_at, in_school_order, SavedGoal, SavedReviewPoint};
use crate::record::{Rating, SchoolYear};
use crate::record_page::{record_view, route_number};
use crate::record_problems::{changed_meanwhile, shown};
use crate::services::RecordError;
use crate::words::{link_about, long_date, rating_words, review_point_name, term_words};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// The list of review points, newest school year first.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let loaded = match page.records.child(&page.viewer, page.child_id).await {
            Ok(child) => page
                .records
                .review_points(&page.viewer, page.child_id, page.today)
                .await
                .map(|points| (child, points)),
            Err(error) => Err(error),
        };
        let (child, mut points) = loaded?;
        in_school_order(&mut points);
        let mut years: Vec<SchoolYear> = points.iter().map(|p| p.school_year).collect();
        years.dedup();
        years.reverse();
        let today = page.today;
        let name = child.details.called_name.clone();
        let may_change = page
            .may_change(crate::people::RecordPart::GoalsAndProgress)
            .await
            .is_ok();
        let adds_school_view = !may_change && adds_school_view(&page).await;
        let groups = years
            .into_iter()
            .map(|year| {
                let items = points
                    .iter()
                    .filter(|p| p.school_year == year)
                    .map(|point| {
                        review_point_item(child.id, point, today, may_change, adds_school_view, i18n)
                    })
                    .collect_view();
                let heading_id = format!("year-{}", year.0);
                let labelled_by = heading_id.clone();
                view! {
                    <section class="review-year" aria-labelledby=labelled_by>
                        <h2 id=heading_id>{fl!(i18n, "reviews-school-year", year = (year.label()))}</h2>
                        <ul class="review-points">{items}</ul>
                    </section>
                }
            })
            .collect_view();
        Ok(view! {
            <PageTitle text=fl!(i18n, "reviews-title") />
            <ChildNav child_id=child.id name=name.clone() current=RecordSection::Reviews />
            <WithSymbol message="reviews-title"><h1>{fl!(i18n, "reviews-title")}</h1></WithSymbol>
            <p><WithTerms text=fl!(i18n, "reviews-intro") /></p>
            <ul class="list">
                <li><WithTerms text=fl!(i18n, "reviews-intro-sen-support") /></li>
                <li><WithTerms text=fl!(i18n, "reviews-intro-ehc-plan") /></li>
            </ul>
            <p>{fl!(i18n, "reviews-intro-dates")}</p>
            {groups}
        }
        .into_any())
    })
}

/// One review point in the list: its term, its date, whether anything is recorded, and the way in.
fn review_point_item(
    child_id: i64,
    point: &SavedReviewPoint,
    today: Date,
    may_change: bool,
    adds_school_view: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let recorded = point.is_recorded();
    let (state, state_class) = if recorded {
        (
            fl!(i18n, "reviews-recorded"),
            "review-state review-state-done",
        )
    } else if point.held_on > today {
        (fl!(i18n, "reviews-coming-up"), "review-state")
    } else {
        (fl!(i18n, "reviews-not-recorded"), "review-state")
    };
    let link = if recorded {
        fl!(i18n, "reviews-change-link")
    } else {
        fl!(i18n, "reviews-record-link")
    };
    let name = review_point_name(point.school_year, point.term, i18n);
    view! {
        <li class="review-point">
            <h3 class="review-point-title">
                {fl!(i18n, "reviews-term-heading", term = (term_words(point.term, i18n)))}
            </h3>
            <p class="review-point-date">{fl!(i18n, "reviews-held-on", date = (long_date(i18n, point.held_on)))}</p>
            <p><span class=state_class>{state}</span></p>
            {point.written_by_advocate.clone().map(|who| view! {
                <p class="hint" dir="auto">
                    {fl!(i18n, "goals-written-by-advocate", who = who, with = (fl!(i18n, "written-with-family")))}
                </p>
            })}
            {may_change.then(|| view! {
                <p>
                    <a
                        class="review-point-link"
                        href=paths::review(child_id, point.id)
                        aria-label=link_about(&link, &name, i18n)
                    >
                        {link.clone()}
                    </a>
                </p>
            })}
            {adds_school_view.then(|| {
                let link = fl!(i18n, "school-view-link");
                view! {
                    <p>
                        <a
                            class="review-point-link"
                            href=paths::review(child_id, point.id)
                            aria-label=link_about(&link, &name, i18n)
                        >
                            {link.clone()}
                        </a>
                    </p>
                }
            })}
        </li>
    }
}

/// A professional the family let change what they share: they add the school's view, and only that.
async fn adds_school_view(page: &crate::record_page::RecordPage) -> bool {
    page.people
        .access(&page.viewer, page.child_id)
        .await
        .is_ok_and(|access| {
            access.role == Role::Professional
                && access.allows(RecordPart::GoalsAndProgress, Mode::AddSchoolView)
        })
}

/// Recording one review point.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let review_id = route_number("review");
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let Some(review_id) = review_id else {
            return Err(RecordError::NotFound);
        };
        let (records, viewer, child_id) = (&page.records, &page.viewer, page.child_id);
        let school_only = adds_school_view(&page).await;
        let loaded = async {
            if !school_only {
                page.may_change(crate::people::RecordPart::GoalsAndProgress)
                    .await?;
            }
            let child = records.child(viewer, child_id).await?;
            let points = records.review_points(viewer, child_id, page.today).await?;
            let goals = records.goals(viewer, child_id).await?;
            let point = points
                .into_iter()
                .find(|p| p.id == review_id)
                .ok_or(RecordError::NotFound)?;
            Ok::<_, RecordError>((child, point, goals))
        };
        let (child, point, goals) = loaded.await?;
        if school_only {
            return Ok(school_view_form(child.id, &point, &goals, &outcome, i18n));
        }
        Ok(review_form(
            child.id,
            &child.details.called_name,
            &point,
            &goals,
            &outcome,
            i18n,
        ))
    })
}

/// What the form shows for a field: what was typed when the form came back, else what is saved.
fn shown_value(outcome: &Option<FormOutcome<FieldProblem>>, name: &str, saved: String) -> String {
    match outcome {
        Some(outcome) => outcome.kept_value(name).unwrap_or_default(),
        None => saved,
    }
}

fn rating_choices(i18n: &FluentLanguageLoader) -> Vec<RadioChoice> {
    let mut choices: Vec<RadioChoice> = Rating::ALL
        .iter()
        .map(|rating| RadioChoice::new(rating.code(), rating_words(*rating, i18n)))
        .collect();
    choices.push(RadioChoice::new("", fl!(i18n, "review-not-rated")));
    choices
}

fn review_form(
    child_id: i64,
    name: &str,
    point: &SavedReviewPoint,
    goals: &[SavedGoal],
    outcome: &Option<FormOutcome<FieldProblem>>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let conflict = changed_meanwhile(outcome);
    // After a conflict the person has seen the newest version, so their next save is based on it;
    // after any other problem they are still working from the version they loaded.
    let kept_version = outcome
        .as_ref()
        .and_then(|o| o.kept_value("based-on-version"))
        .and_then(|v| v.parse::<i64>().ok());
    let version = if conflict {
        point.version
    } else {
        kept_version.unwrap_or(point.version)
    };
    let problems = shown(outcome, i18n);
    let point_title = review_point_name(point.school_year, point.term, i18n);
    let title = fl!(i18n, "review-title", point = (point_title.clone()));
    let shown_goals = goals_at(goals, point);
    let held_on = point.held_on;
    let typed_date = [
        shown_value(outcome, "held-on-day", held_on.day().to_string()),
        shown_value(
            outcome,
            "held-on-month",
            u8::from(held_on.month()).to_string(),
        ),
        shown_value(outcome, "held-on-year", held_on.year().to_string()),
    ];
    let goal_fields = shown_goals
        .iter()
        .map(|goal| goal_fieldset(goal, point, name, outcome, &problems, i18n))
        .collect_view()
        .into_any();
    let no_goals = shown_goals.is_empty().then(|| {
        view! {
            <p>{fl!(i18n, "review-no-goals")}</p>
            <p><a href=paths::goals(child_id)>{fl!(i18n, "review-add-goals")}</a></p>
        }
        .into_any()
    });
    let saved_panel = conflict.then(|| saved_version(point, &shown_goals, name, i18n));
    let form_view = review_form_fields(
        child_id,
        point,
        version,
        typed_date,
        goal_fields,
        no_goals,
        !shown_goals.is_empty(),
        outcome,
        &problems,
        i18n,
    );
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <p><a href=paths::reviews(child_id)>{fl!(i18n, "review-back")}</a></p>
        <WithSymbol message="review-title"><h1>{title}</h1></WithSymbol>
        {conflict.then(|| view! {
            <div class="notice" id="changed-meanwhile">
                <h2>{fl!(i18n, "review-conflict-title")}</h2>
                <p>{fl!(i18n, "review-conflict-body")}</p>
            </div>
        })}
        {saved_panel}
        <p>{fl!(i18n, "review-intro")}</p>
        {form_view}
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn review_form_fields(
    child_id: i64,
    point: &SavedReviewPoint,
    version: i64,
    typed_date: [String; 3],
    goal_fields: AnyView,
    no_goals: Option<AnyView>,
    has_goals: bool,
    outcome: &Option<FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let error = |field: &str| for_field(problems, field);
    let keep = |field: &str| Some(format!("reviews/{}/{field}", point.id));
    let form = view! {
        <form action=paths::review(child_id, point.id) method="post" novalidate>
            <input type="hidden" name="based-on-version" value=version />
            <DateField
                name="held-on"
                legend=fl!(i18n, "review-held-on")
                hint=fl!(i18n, "review-held-on-hint")
                typed=typed_date
                error=error("held-on")
            />
            <h2>{fl!(i18n, "review-goals-title")}</h2>
            {has_goals.then(|| view! { <p class="hint">{fl!(i18n, "review-goals-hint")}</p> })}
            {no_goals}
            {goal_fields}
            <h2>{fl!(i18n, "review-overall-title")}</h2>
            <TextArea
                name="what-is-working"
                label=fl!(i18n, "review-what-is-working")
                hint=fl!(i18n, "review-what-is-working-hint")
                value=Some(shown_value(outcome, "what-is-working", point.what_is_working.clone()))
                error=error("what-is-working")
                keep_as=keep("what-is-working")
            />
            <TextArea
                name="what-is-not-working"
                label=fl!(i18n, "review-what-is-not-working")
                hint=fl!(i18n, "review-what-is-not-working-hint")
                value=Some(shown_value(outcome, "what-is-not-working", point.what_is_not_working.clone()))
                error=error("what-is-not-working")
                keep_as=keep("what-is-not-working")
            />
            <button class="button" type="submit">{fl!(i18n, "review-save")}</button>
        </form>
    }
    .into_any();
    view! { <KeptWhileTyping>{form}</KeptWhileTyping> }.into_any()
}

/// One goal's part of the form, in a fieldset whose legend is the goal in the family's words.
fn goal_fieldset(
    goal: &SavedGoal,
    point: &SavedReviewPoint,
    name: &str,
    outcome: &Option<FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let id = goal.id;
    let saved = point.for_goal(id).cloned().unwrap_or_default();
    let code = |rating: Option<Rating>| rating.map(|r| r.code().to_string()).unwrap_or_default();
    let field = |kind: &str| format!("{kind}-{id}");
    let error = |kind: &str| for_field(problems, &field(kind));
    let state = match goal.state {
        GoalState::Active => None,
        GoalState::Achieved => Some(fl!(i18n, "review-goal-achieved")),
        GoalState::Stopped => Some(fl!(i18n, "review-goal-stopped")),
    };
    view! {
        <fieldset class="fieldset review-goal" id=format!("goal-{id}")>
            <legend class="legend review-goal-legend" dir="auto">{goal.words.outcome.clone()}</legend>
            {state.map(|state| view! { <p class="goal-state">{state}</p> })}
            <RadioGroup
                name=field("rating")
                legend=fl!(i18n, "review-rating")
                choices=rating_choices(i18n)
                selected=shown_value(outcome, &field("rating"), code(saved.rating))
                error=error("rating")
                small=true
            />
            {match &saved.school_writer {
                // A professional's view is theirs: shown, with no way to change it from here.
                Some(writer) => school_view_read_only(&saved, writer, i18n),
                None => view! {
                    <RadioGroup
                        name=field("school-rating")
                        legend=fl!(i18n, "review-school-rating")
                        hint=fl!(i18n, "review-school-rating-hint")
                        choices=rating_choices(i18n)
                        selected=shown_value(outcome, &field("school-rating"), code(saved.school_rating))
                        error=error("school-rating")
                        small=true
                    />
                    {school_said(&saved, i18n)}
                }
                .into_any(),
            }}
            <TextArea
                name=field("family-comment")
                label=fl!(i18n, "review-family-comment")
                hint=fl!(i18n, "review-family-comment-hint")
                value=Some(shown_value(outcome, &field("family-comment"), saved.family_comment.clone()))
                error=error("family-comment")
                rows=3
                keep_as=Some(format!("reviews/{}/{}", point.id, field("family-comment")))
            />
            <TextArea
                name=field("young-person-comment")
                label=fl!(i18n, "review-young-person-comment", name = (name.to_string()))
                hint=fl!(i18n, "review-young-person-comment-hint", name = (name.to_string()))
                value=Some(shown_value(outcome, &field("young-person-comment"), saved.young_person_comment.clone()))
                error=error("young-person-comment")
                rows=3
                keep_as=Some(format!("reviews/{}/{}", point.id, field("young-person-comment")))
            />
        </fieldset>
    }
}

/// What the school said about a goal, and who from the school said it.
fn school_said(saved: &GoalReview, i18n: &'static FluentLanguageLoader) -> Option<AnyView> {
    if saved.school_comment.is_empty() && saved.school_writer.is_none() {
        return None;
    }
    Some(
        view! {
            <div class="school-view">
                {saved.school_writer.as_ref().map(|writer| view! {
                    <p class="hint school-view-writer" dir="auto">{written_by_professional(writer, i18n)}</p>
                })}
                {(!saved.school_comment.is_empty()).then(|| view! {
                    <p class="school-view-comment" dir="auto">{saved.school_comment.clone()}</p>
                })}
            </div>
        }
        .into_any(),
    )
}

/// The school's view of a goal as a professional wrote it, on the family's form: their rating and
/// words and who they are, to read only.
fn school_view_read_only(
    saved: &GoalReview,
    writer: &ProfessionalWriter,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let rating = match saved.school_rating {
        Some(rating) => rating_words(rating, i18n),
        None => fl!(i18n, "review-not-rated"),
    };
    view! {
        <div class="school-view school-view-theirs">
            <dl class="summary-list">
                <div class="summary-row">
                    <dt>{fl!(i18n, "review-saved-school-rating")}</dt>
                    <dd>{rating}</dd>
                </div>
                {(!saved.school_comment.is_empty()).then(|| view! {
                    <div class="summary-row">
                        <dt>{fl!(i18n, "school-view-comment")}</dt>
                        <dd class="school-view-comment" dir="auto">{saved.school_comment.clone()}</dd>
                    </div>
                })}
            </dl>
            <p class="hint school-view-writer" dir="auto">{written_by_professional(writer, i18n)}</p>
            <p class="hint">{fl!(i18n, "review-school-view-theirs")}</p>
        </div>
    }
    .into_any()
}

/// "written by Ms Patel (SENCo, Riverside Academy)".
pub fn written_by_professional(writer: &ProfessionalWriter, i18n: &FluentLanguageLoader) -> String {
    fl!(
        i18n,
        "written-by-professional",
        name = (writer.name.clone()),
        job = (i18n.get(&writer.job.message_id())),
        organisation = (writer.organisation.clone())
    )
}

/// The school's view of each goal at one review point: the only form a professional with change
/// access has, posted to its own address so nothing else on the review point can come with it.
fn school_view_form(
    child_id: i64,
    point: &SavedReviewPoint,
    goals: &[SavedGoal],
    outcome: &Option<FormOutcome<FieldProblem>>,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let problems = shown(outcome, i18n);
    let point_title = review_point_name(point.school_year, point.term, i18n);
    let title = fl!(i18n, "school-view-title", point = (point_title.clone()));
    let shown_goals = goals_at(goals, point);
    let code = |rating: Option<Rating>| rating.map(|r| r.code().to_string()).unwrap_or_default();
    let fieldsets = shown_goals
        .iter()
        .map(|goal| {
            let id = goal.id;
            let saved = point.for_goal(id).cloned().unwrap_or_default();
            let field = |kind: &str| format!("{kind}-{id}");
            view! {
                <fieldset class="fieldset review-goal" id=format!("goal-{id}")>
                    <legend class="legend review-goal-legend" dir="auto">{goal.words.outcome.clone()}</legend>
                    {school_said(&saved, i18n)}
                    <RadioGroup
                        name=field("school-rating")
                        legend=fl!(i18n, "school-view-rating")
                        choices=rating_choices(i18n)
                        selected=shown_value(outcome, &field("school-rating"), code(saved.school_rating))
                        error=for_field(&problems, &field("school-rating"))
                        small=true
                    />
                    <TextArea
                        name=field("school-comment")
                        label=fl!(i18n, "school-view-comment")
                        hint=fl!(i18n, "school-view-comment-hint")
                        value=Some(shown_value(outcome, &field("school-comment"), saved.school_comment.clone()))
                        error=for_field(&problems, &field("school-comment"))
                        rows=3
                    />
                </fieldset>
            }
        })
        .collect_view();
    let has_goals = !shown_goals.is_empty();
    view! {
        <PageTitle text=title.clone() has_errors=!problems.is_empty() />
        <ErrorSummary problems=problems.clone() />
        <p><a href=paths::reviews(child_id)>{fl!(i18n, "review-back")}</a></p>
        <h1>{title}</h1>
        <p>{fl!(i18n, "school-view-intro")}</p>
        {if has_goals {
            view! {
                <form action=paths::school_view(child_id, point.id) method="post" novalidate>
                    {fieldsets}
                    <button class="button" type="submit">{fl!(i18n, "school-view-save")}</button>
                </form>
            }
            .into_any()
        } else {
            view! { <p>{fl!(i18n, "review-no-goals")}</p> }.into_any()
        }}
    }
    .into_any()
}

/// After a conflict: the newest saved version, beside the form that keeps what the person typed.
fn saved_version(
    point: &SavedReviewPoint,
    goals: &[&SavedGoal],
    name: &str,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let nothing = || fl!(i18n, "review-saved-nothing");
    let text = |text: &str| {
        if text.is_empty() {
            nothing()
        } else {
            text.to_string()
        }
    };
    let rating = |rating: Option<Rating>| match rating {
        Some(rating) => rating_words(rating, i18n),
        None => fl!(i18n, "review-not-rated"),
    };
    let row = |key: String, value: String| {
        view! {
            <div class="summary-row">
                <dt>{key}</dt>
                <dd dir="auto">{value}</dd>
            </div>
        }
    };
    let goal_rows = goals
        .iter()
        .map(|goal| {
            let saved = point.for_goal(goal.id).cloned().unwrap_or_default();
            view! {
                <h3 class="review-saved-goal" dir="auto">{goal.words.outcome.clone()}</h3>
                <dl class="summary-list">
                    {row(fl!(i18n, "review-saved-rating"), rating(saved.rating))}
                    {row(fl!(i18n, "review-saved-school-rating"), rating(saved.school_rating))}
                    {row(fl!(i18n, "review-saved-family-comment"), text(&saved.family_comment))}
                    {row(
                        fl!(i18n, "review-saved-young-person-comment", name = (name.to_string())),
                        text(&saved.young_person_comment),
                    )}
                </dl>
            }
        })
        .collect_view();
    view! {
        <section class="review-saved" aria-labelledby="review-saved-title">
            <h2 id="review-saved-title">{fl!(i18n, "review-saved-title")}</h2>
            <dl class="summary-list">
                {row(fl!(i18n, "review-held-on"), long_date(i18n, point.held_on))}
            </dl>
            {goal_rows}
            <dl class="summary-list">
                {row(fl!(i18n, "review-saved-what-is-working"), text(&point.what_is_working))}
                {row(fl!(i18n, "review-saved-what-is-not-working"), text(&point.what_is_not_working))}
            </dl>
        </section>
    }
}

// Answering the review point form.

use crate::forms::{Posted, Reply};

/// The goals the review point's page showed (the same rule as the page), or why there are none: the
/// child or the review point is not there for this person.
async fn goal_ids_shown(
    posted: &Posted,
    child_id: i64,
    review_id: i64,
) -> Result<Vec<i64>, RecordError> {
    let points = posted
        .records
        .review_points(&posted.viewer, child_id, posted.today)
        .await?;
    let point = points
        .into_iter()
        .find(|p| p.id == review_id)
        .ok_or(RecordError::NotFound)?;
    let goals = posted.records.goals(&posted.viewer, child_id).await?;
    Ok(goals_at(&goals, &point).iter().map(|g| g.id).collect())
}

/// Saves what was recorded at a review point (`/children/{child}/reviews/{review}`).
pub async fn save_review(posted: Posted) -> Reply {
    let (Some(child_id), Some(review_id)) = (posted.number("child"), posted.number("review"))
    else {
        return Reply::not_found();
    };
    let next = crate::paths::reviews(child_id);
    let goal_ids = match goal_ids_shown(&posted, child_id, review_id).await {
        Ok(ids) => ids,
        Err(error) => return posted.answer::<()>(Err(error), &next),
    };
    let based_on = posted.field("based-on-version").parse().unwrap_or(0);
    match crate::record::review::check_review_form(&posted.fields, &goal_ids) {
        Ok((held_on, words)) => {
            let saved = posted
                .records
                .save_review(
                    &posted.viewer,
                    child_id,
                    review_id,
                    held_on,
                    &words,
                    based_on,
                )
                .await;
            posted.answer(saved, &next)
        }
        Err(problems) => posted.again(problems),
    }
}

/// Saves the school's view at a review point (`/children/{child}/reviews/{review}/school`).
pub async fn save_school_view(posted: Posted) -> Reply {
    let (Some(child_id), Some(review_id)) = (posted.number("child"), posted.number("review"))
    else {
        return Reply::not_found();
    };
    let next = crate::paths::reviews(child_id);
    let goal_ids = match goal_ids_shown(&posted, child_id, review_id).await {
        Ok(ids) => ids,
        Err(error) => return posted.answer::<()>(Err(error), &next),
    };
    match crate::record::review::check_school_view(&posted.fields, &goal_ids) {
        Ok(views) => {
            let saved = posted
                .records
                .save_school_view(&posted.viewer, child_id, review_id, &views)
                .await;
            posted.answer(saved, &next)
        }
        Err(problems) => posted.again(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::dates;
    use crate::record::goal::{GoalTheme, GoalWords};
    use crate::record::problems::Problem;
    use crate::record::review::check_review_form;
    use crate::record::review::GoalReview;
    use crate::record::AreaOfNeed;
    use crate::record::Term;

    fn d(text: &str) -> Date {
        dates::from_iso(text).unwrap()
    }

    fn goal(id: i64, state: GoalState, changed: Option<&str>) -> SavedGoal {
        SavedGoal {
            id,
            position: id,
            words: GoalWords {
                outcome: format!("Goal {id}"),
                theme: GoalTheme::Need(AreaOfNeed::ALL[0]),
                support: String::new(),
                measure: String::new(),
                by_when: None,
            },
            state,
            state_changed_on: changed.map(d),
            version: 1,
            written_by_advocate: None,
        }
    }

    fn point(held_on: &str, rated: &[i64]) -> SavedReviewPoint {
        SavedReviewPoint {
            id: 1,
            school_year: SchoolYear(2025),
            term: Term::Spring,
            held_on: d(held_on),
            what_is_working: String::new(),
            what_is_not_working: String::new(),
            questions: String::new(),
            version: 1,
            goals: rated
                .iter()
                .map(|id| GoalReview {
                    goal_id: *id,
                    rating: Rating::new(2),
                    ..Default::default()
                })
                .collect(),
            written_by_advocate: None,
        }
    }

    #[test]
    fn the_form_asks_about_goals_that_were_being_worked_on_then() {
        let goals = vec![
            goal(1, GoalState::Active, None),
            goal(2, GoalState::Achieved, Some("2026-01-10")),
            goal(3, GoalState::Stopped, Some("2026-05-01")),
            goal(4, GoalState::Achieved, Some("2025-10-01")),
        ];
        let ids =
            |p: &SavedReviewPoint| goals_at(&goals, p).iter().map(|g| g.id).collect::<Vec<_>>();
        assert_eq!(ids(&point("2026-03-09", &[])), vec![1, 3]);
        assert_eq!(ids(&point("2026-03-09", &[2])), vec![1, 2, 3]);
        assert_eq!(ids(&point("2025-09-20", &[])), vec![1, 2, 3, 4]);
    }

    use crate::test_support::posted as fields;

    #[test]
    fn the_date_is_needed_and_checked_with_the_ratings() {
        let (held_on, words) = check_review_form(
            &fields(&[
                ("held-on-day", "12"),
                ("held-on-month", "11"),
                ("held-on-year", "2025"),
                ("rating-7", "achieved"),
            ]),
            &[7],
        )
        .unwrap();
        assert_eq!(held_on, d("2025-11-12"));
        assert_eq!(words.goals[0].rating, Rating::new(4));

        let problems = check_review_form(
            &fields(&[
                ("held-on-day", "31"),
                ("held-on-month", "2"),
                ("held-on-year", "2026"),
                ("rating-7", "great"),
            ]),
            &[7],
        )
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("held-on", Problem::DateNotReal),
                FieldProblem::new("rating-7", Problem::ChooseOne)
            ]
        );
        assert_eq!(
            check_review_form(&fields(&[]), &[]).unwrap_err(),
            vec![FieldProblem::new("held-on", Problem::DateMissing)]
        );
    }
}
