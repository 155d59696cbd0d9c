//! Goals (outcomes): what will be different, what it is about, what will help, how we will know and
//! by when. The family puts them in order, changes them, and marks them achieved or stopped; finished
//! goals stay in the record's history and can be made active again.

use crate::components::{
    ChildNav, DateField, ErrorSummary, PageTitle, RadioChoice, RadioGroup, RecordSection, TextArea,
    WithSymbol, WithTerms,
};
use crate::forms::{for_field, use_form_outcome, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::islands::KeptWhileTyping;
use crate::paths;
use crate::record::goal::{GoalForm, GoalState, GoalTheme, GoalWords};
use crate::record::problems::FieldProblem;
use crate::record::saved::{SavedChild, SavedGoal};
use crate::record::YearGroup;
use crate::record_page::{record_view, route_number, RecordPage};
use crate::record_problems::{changed_meanwhile, shown};
use crate::services::RecordError;
use crate::words::{long_date, theme_words};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// The start of a goal's outcome, to tell screen reader users which goal a button is for.
fn short_outcome(outcome: &str) -> String {
    const MAX: usize = 80;
    let outcome = outcome.trim();
    if outcome.chars().count() <= MAX {
        outcome.to_string()
    } else {
        let start: String = outcome.chars().take(MAX).collect();
        format!("{}…", start.trim_end())
    }
}

/// The child and every goal, or why they cannot be shown.
async fn load(page: RecordPage) -> Result<(RecordPage, SavedChild, Vec<SavedGoal>), RecordError> {
    let child = page.records.child(&page.viewer, page.child_id).await?;
    let goals = page.records.goals(&page.viewer, page.child_id).await?;
    Ok((page, child, goals))
}

/// A goal's details as a summary list. Only text the family wrote gets `dir="auto"`; our own words
/// follow the page's direction.
fn goal_rows(words: &GoalWords, with_outcome: bool, i18n: &FluentLanguageLoader) -> AnyView {
    // (the words, whether the family wrote them)
    let written = |text: &str| {
        if text.trim().is_empty() {
            (fl!(i18n, "goals-not-written"), false)
        } else {
            (text.to_string(), true)
        }
    };
    let by_when = match words.by_when {
        Some(date) => long_date(i18n, date),
        None => fl!(i18n, "goals-no-date"),
    };
    let mut rows = Vec::new();
    if with_outcome {
        rows.push((fl!(i18n, "goals-row-outcome"), written(&words.outcome)));
    }
    rows.extend([
        (
            fl!(i18n, "goals-row-theme"),
            (theme_words(words.theme, i18n), false),
        ),
        (fl!(i18n, "goals-row-support"), written(&words.support)),
        (fl!(i18n, "goals-row-measure"), written(&words.measure)),
        (fl!(i18n, "goals-row-by-when"), (by_when, false)),
    ]);
    view! {
        <dl class="summary-list goals-details">
            {rows
                .into_iter()
                .map(|(key, (value, typed))| view! {
                    <div class="summary-row">
                        <dt>{key}</dt>
                        <dd dir=typed.then_some("auto") class:goals-text=typed>{value}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// A one-button form that posts to one of the goal's action paths. `label` is what is seen;
/// `name` (which includes the goal) is what screen readers say.
fn action_button(
    action: String,
    field: &'static str,
    value: &'static str,
    label: String,
    name: String,
) -> AnyView {
    view! {
        <form class="goals-action" action=action method="post">
            <input type="hidden" name=field value=value />
            <button class="button button-secondary" type="submit" aria-label=name>{label}</button>
        </form>
    }
    .into_any()
}

/// "Written by Sam, an advocate, with the family", for goals an advocate wrote.
fn written_by(goal: &SavedGoal, i18n: &FluentLanguageLoader) -> Option<AnyView> {
    goal.written_by_advocate.as_ref().map(|who| {
        let words = fl!(
            i18n,
            "goals-written-by-advocate",
            who = (who.clone()),
            with = (fl!(i18n, "written-with-family"))
        );
        view! { <p class="hint goals-written-by" dir="auto">{words}</p> }.into_any()
    })
}

fn active_goal(
    goal: SavedGoal,
    child_id: i64,
    number: usize,
    last: bool,
    may_change: bool,
    i18n: &FluentLanguageLoader,
) -> AnyView {
    let named = short_outcome(&goal.words.outcome);
    let move_up = (number > 1).then(|| {
        action_button(
            paths::goal_move(child_id, goal.id),
            "direction",
            "up",
            fl!(i18n, "goals-move-up"),
            fl!(i18n, "goals-move-up-named", outcome = (named.clone())),
        )
    });
    let move_down = (!last).then(|| {
        action_button(
            paths::goal_move(child_id, goal.id),
            "direction",
            "down",
            fl!(i18n, "goals-move-down"),
            fl!(i18n, "goals-move-down-named", outcome = (named.clone())),
        )
    });
    let achieved = action_button(
        paths::goal_state(child_id, goal.id),
        "state",
        GoalState::Achieved.code(),
        fl!(i18n, "goals-mark-achieved"),
        fl!(i18n, "goals-mark-achieved-named", outcome = (named.clone())),
    );
    let stop = action_button(
        paths::goal_state(child_id, goal.id),
        "state",
        GoalState::Stopped.code(),
        fl!(i18n, "goals-stop"),
        fl!(i18n, "goals-stop-named", outcome = (named.clone())),
    );
    view! {
        <li class="goals-card" id=format!("goal-{}", goal.id)>
            <p class="goals-number">{fl!(i18n, "goals-number", number = number)}</p>
            <h3 class="goals-outcome" dir="auto">{goal.words.outcome.clone()}</h3>
            {goal_rows(&goal.words, false, i18n)}
            {written_by(&goal, i18n)}
            {may_change.then(|| view! {
                <div class="goals-actions">
                    <a
                        class="button button-secondary"
                        href=paths::goal(child_id, goal.id)
                        aria-label=fl!(i18n, "goals-change-named", outcome = (named.clone()))
                    >
                        {fl!(i18n, "goals-change")}
                    </a>
                    {move_up}
                    {move_down}
                    {achieved}
                    {stop}
                </div>
            })}
        </li>
    }
    .into_any()
}

fn finished_goal(
    goal: SavedGoal,
    child_id: i64,
    may_change: bool,
    i18n: &FluentLanguageLoader,
) -> AnyView {
    let named = short_outcome(&goal.words.outcome);
    let state = match (goal.state, goal.state_changed_on) {
        (GoalState::Achieved, Some(on)) => {
            fl!(i18n, "goals-achieved-on", date = (long_date(i18n, on)))
        }
        (GoalState::Stopped, Some(on)) => {
            fl!(i18n, "goals-stopped-on", date = (long_date(i18n, on)))
        }
        (GoalState::Stopped, None) => fl!(i18n, "goals-state-stopped"),
        _ => fl!(i18n, "goals-state-achieved"),
    };
    view! {
        <li class="goals-card goals-finished" id=format!("goal-{}", goal.id)>
            <h3 class="goals-outcome" dir="auto">{goal.words.outcome.clone()}</h3>
            <p class="goals-state"><strong>{state}</strong></p>
            {goal_rows(&goal.words, false, i18n)}
            {written_by(&goal, i18n)}
            {may_change.then(|| view! {
                <div class="goals-actions">
                    {action_button(
                        paths::goal_state(child_id, goal.id),
                        "state",
                        GoalState::Active.code(),
                        fl!(i18n, "goals-make-active"),
                        fl!(i18n, "goals-make-active-named", outcome = (named)),
                    )}
                </div>
            })}
        </li>
    }
    .into_any()
}

/// The child's goals: the active ones in the family's order, then the finished ones.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let (page, child, goals) = load(page).await?;
        let name = child.details.called_name.clone();
        let year_group = child.details.year_group(page.today);
        let may_change = page
            .people
            .access(&page.viewer, page.child_id)
            .await
            .is_ok_and(|a| a.can_change(crate::people::RecordPart::GoalsAndProgress));
        let (active, finished): (Vec<SavedGoal>, Vec<SavedGoal>) = goals
            .into_iter()
            .partition(|g| g.state == GoalState::Active);
        let shows_adulthood = year_group.prepares_for_adulthood()
            || active
                .iter()
                .chain(finished.iter())
                .any(|g| matches!(g.words.theme, GoalTheme::Adulthood(_)));
        let title = fl!(i18n, "goals-title", name = (name.clone()));
        let count = active.len();
        let active_view = if active.is_empty() {
            view! { <p>{fl!(i18n, "goals-none-active")}</p> }.into_any()
        } else {
            view! {
                <p class="hint">{fl!(i18n, "goals-active-order")}</p>
                <ol class="goals-list">
                    {active
                        .into_iter()
                        .enumerate()
                        .map(|(index, goal)| active_goal(goal, child.id, index + 1, index + 1 == count, may_change, i18n))
                        .collect_view()}
                </ol>
            }
            .into_any()
        };
        let finished_view = if finished.is_empty() {
            view! { <p>{fl!(i18n, "goals-none-finished")}</p> }.into_any()
        } else {
            view! {
                <p>{fl!(i18n, "goals-finished-intro")}</p>
                <ul class="goals-list">
                    {finished
                        .into_iter()
                        .map(|goal| finished_goal(goal, child.id, may_change, i18n))
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        Ok(view! {
            <PageTitle text=title.clone() />
            <ChildNav child_id=child.id name=name.clone() current=RecordSection::Goals />
            <WithSymbol message="goals-title"><h1 dir="auto">{title}</h1></WithSymbol>
            <p>{fl!(i18n, "goals-intro", name = (name.clone()))}</p>
            <p>{fl!(i18n, "goals-outcome-explained", name = (name.clone()))}</p>
            <p class="hint">{fl!(i18n, "goals-aspiration-note")}</p>
            {shows_adulthood.then(|| view! { <p><WithTerms text=fl!(i18n, "goals-adulthood-explained") /></p> })}
            {may_change.then(|| view! {
                <p>
                    <a class="button" href=paths::add_goal(child.id)>{fl!(i18n, "goals-add")}</a>
                </p>
            })}
            <section aria-labelledby="active-goals-title">
                <h2 id="active-goals-title">{fl!(i18n, "goals-active-title")}</h2>
                {active_view}
            </section>
            <section aria-labelledby="finished-goals-title">
                <h2 id="finished-goals-title">{fl!(i18n, "goals-finished-title")}</h2>
                {finished_view}
            </section>
        }
        .into_any())
    })
}

/// Adding a goal.
#[component]
pub fn AddGoalPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let loaded = match page
            .may_change(crate::people::RecordPart::GoalsAndProgress)
            .await
        {
            Ok(()) => page
                .records
                .child(&page.viewer, page.child_id)
                .await
                .map(|c| (c, page.today)),
            Err(error) => Err(error),
        };
        let (child, today) = loaded?;
        let form = outcome
            .as_ref()
            .map(|o| GoalForm::from_fields(&o.kept))
            .unwrap_or_default();
        let problems = shown(&outcome, i18n);
        let title = fl!(i18n, "goals-add-title");
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <p><a href=paths::goals(child.id)>{fl!(i18n, "goals-back")}</a></p>
            <WithSymbol message="goals-add-title"><h1>{title}</h1></WithSymbol>
            <p>{fl!(i18n, "goals-form-intro")}</p>
            <GoalFields
                action=paths::add_goal(child.id)
                form=form
                problems=problems
                version=None
                keep_as=Some(format!("child/{}/goals/new", child.id))
                year_group=child.details.year_group(today)
            />
        }
        .into_any())
    })
}

/// Changing a goal's words. If someone saved a change meanwhile, the page shows what this person
/// typed in the form and the newest saved goal beside it.
#[component]
pub fn EditGoalPage() -> impl IntoView {
    let i18n = use_i18n();
    let goal_id = route_number("goal");
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let page = page
            .may_change(crate::people::RecordPart::GoalsAndProgress)
            .await
            .map(|()| page)?;
        let loaded = load(page).await.and_then(|(page, child, goals)| {
            let goal = goals
                .into_iter()
                .find(|g| Some(g.id) == goal_id)
                .ok_or(RecordError::NotFound)?;
            Ok((page, child, goal))
        });
        let (page, child, goal) = loaded?;
        let conflict = changed_meanwhile(&outcome);
        // After a conflict the person has seen the newest version, so their next save is based
        // on it; after any other problem they are still working from the version they loaded.
        let kept_version = outcome
            .as_ref()
            .and_then(|o| o.kept_value("based-on-version"))
            .and_then(|v| v.parse::<i64>().ok());
        let version = if conflict {
            goal.version
        } else {
            kept_version.unwrap_or(goal.version)
        };
        let form = outcome
            .as_ref()
            .map(|o| GoalForm::from_fields(&o.kept))
            .unwrap_or_else(|| GoalForm::from_words(&goal.words, goal.version));
        let problems = shown(&outcome, i18n);
        let title = fl!(i18n, "goals-edit-title");
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <p><a href=paths::goal_on_list(child.id, goal.id)>{fl!(i18n, "goals-back")}</a></p>
            <WithSymbol message="goals-edit-title"><h1>{title}</h1></WithSymbol>
            {conflict.then(|| view! {
                <section class="notice goals-newest" id="changed-meanwhile" tabindex="-1" aria-labelledby="changed-meanwhile-title">
                    <h2 id="changed-meanwhile-title">{fl!(i18n, "goals-conflict-title")}</h2>
                    <p>{fl!(i18n, "goals-conflict-body")}</p>
                    <h3>{fl!(i18n, "goals-newest-title")}</h3>
                    {goal_rows(&goal.words, true, i18n)}
                </section>
            })}
            <GoalFields
                action=paths::goal(child.id, goal.id)
                form=form
                problems=problems
                version=Some(version)
                keep_as=Some(format!("child/{}/goals/{}", child.id, goal.id))
                year_group=child.details.year_group(page.today)
            />
        }
        .into_any())
    })
}

/// The goal form's fields. `version` is the saved version an edit starts from.
#[component]
fn GoalFields(
    action: String,
    form: GoalForm,
    problems: Vec<ShownProblem>,
    version: Option<i64>,
    year_group: YearGroup,
    /// Where unsaved words are kept while typing (new goals only), as `{keep_as}/{field}`.
    keep_as: Option<String>,
) -> impl IntoView {
    let keep = |field: &str| keep_as.as_ref().map(|place| format!("{place}/{field}"));
    let i18n = use_i18n();
    let error = |field: &str| for_field(&problems, field);
    let theme_choices = GoalTheme::offered(year_group)
        .into_iter()
        .map(|theme| RadioChoice::new(theme.code(), theme_words(theme, i18n)))
        .collect();
    let theme_hint = if year_group.prepares_for_adulthood() {
        fl!(i18n, "goals-theme-hint-adulthood")
    } else {
        fl!(i18n, "goals-theme-hint")
    };
    let form_view = view! {
        <form action=action method="post" novalidate>
            {version.map(|v| view! { <input type="hidden" name="based-on-version" value=v /> })}
            <TextArea
                name="outcome"
                label=fl!(i18n, "goals-outcome")
                hint=fl!(i18n, "goals-outcome-hint")
                value=Some(form.outcome.clone())
                error=error("outcome")
                keep_as=keep("outcome")
                rows=3
            />
            <RadioGroup
                name="theme"
                legend=fl!(i18n, "goals-theme")
                hint=theme_hint
                choices=theme_choices
                selected=form.theme.clone()
                error=error("theme")
            />
            <TextArea
                name="support"
                label=fl!(i18n, "goals-support")
                hint=fl!(i18n, "goals-support-hint")
                value=Some(form.support.clone())
                error=error("support")
                keep_as=keep("support")
            />
            <TextArea
                name="measure"
                label=fl!(i18n, "goals-measure")
                hint=fl!(i18n, "goals-measure-hint")
                value=Some(form.measure.clone())
                error=error("measure")
                keep_as=keep("measure")
            />
            <DateField
                name="by-when"
                legend=fl!(i18n, "goals-by-when")
                hint=fl!(i18n, "goals-by-when-hint")
                typed=form.by_when.clone()
                error=error("by-when")
            />
            <button class="button" type="submit">{fl!(i18n, "goals-save")}</button>
        </form>
    }
    .into_any();
    view! { <KeptWhileTyping>{form_view}</KeptWhileTyping> }
}

// Answering the goal forms. Every one asks the records service, which answers "not found" for a
// child or goal that is not the viewer's.

use crate::forms::{Address, Posted, Reply};

/// A button pressed while signed out: nothing typed to keep, so back to the goals after signing in.
pub fn goals_after_sign_in(address: &Address) -> String {
    address
        .number("child")
        .map(crate::paths::goals)
        .unwrap_or_else(|| "/family".to_string())
}

/// Adds a goal (`/children/{child}/goals/new`).
pub async fn add_goal(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    // The child first: another family's child is not found, whatever was posted.
    let child = match posted.records.child(&posted.viewer, child_id).await {
        Ok(child) => child,
        Err(error) => return posted.answer::<()>(Err(error), ""),
    };
    match GoalForm::from_fields(&posted.fields).check(child.details.year_group(posted.today)) {
        Ok(words) => match posted
            .records
            .add_goal(&posted.viewer, child_id, &words)
            .await
        {
            Ok(goal_id) => Reply::Next(crate::paths::goal_on_list(child_id, goal_id)),
            Err(error) => posted.answer::<()>(Err(error), ""),
        },
        Err(problems) => posted.again(problems),
    }
}

/// Changes a goal (`/children/{child}/goals/{goal}`).
pub async fn edit_goal(posted: Posted) -> Reply {
    let (Some(child_id), Some(goal_id)) = (posted.number("child"), posted.number("goal")) else {
        return Reply::not_found();
    };
    let child = match posted.records.child(&posted.viewer, child_id).await {
        Ok(child) => child,
        Err(error) => return posted.answer::<()>(Err(error), ""),
    };
    // The goal must be this child's, even when the form has problems to show.
    match posted.records.goals(&posted.viewer, child_id).await {
        Ok(goals) if goals.iter().any(|g| g.id == goal_id) => {}
        Ok(_) => return Reply::not_found(),
        Err(error) => return posted.answer::<()>(Err(error), ""),
    }
    let form = GoalForm::from_fields(&posted.fields);
    let based_on = form.based_on_version().unwrap_or(0);
    match form.check(child.details.year_group(posted.today)) {
        Ok(words) => {
            let saved = posted
                .records
                .update_goal(&posted.viewer, child_id, goal_id, &words, based_on)
                .await;
            posted.answer(saved, &crate::paths::goal_on_list(child_id, goal_id))
        }
        Err(problems) => posted.again(problems),
    }
}

/// Moves a goal up or down the list (`/children/{child}/goals/{goal}/move`).
pub async fn move_goal(posted: Posted) -> Reply {
    let (Some(child_id), Some(goal_id)) = (posted.number("child"), posted.number("goal")) else {
        return Reply::not_found();
    };
    let direction = match posted.field("direction") {
        "up" => crate::services::Direction::Up,
        "down" => crate::services::Direction::Down,
        _ => return Reply::bad_request(),
    };
    let done = posted
        .records
        .move_goal(&posted.viewer, child_id, goal_id, direction)
        .await;
    posted.answer(done, &crate::paths::goal_on_list(child_id, goal_id))
}

/// Marks a goal achieved, stopped, or active again (`/children/{child}/goals/{goal}/state`).
pub async fn set_goal_state(posted: Posted) -> Reply {
    let (Some(child_id), Some(goal_id)) = (posted.number("child"), posted.number("goal")) else {
        return Reply::not_found();
    };
    let Some(state) = GoalState::from_code(posted.field("state")) else {
        return Reply::bad_request();
    };
    let done = posted
        .records
        .set_goal_state(&posted.viewer, child_id, goal_id, state, posted.today)
        .await;
    posted.answer(done, &crate::paths::goal_on_list(child_id, goal_id))
}
