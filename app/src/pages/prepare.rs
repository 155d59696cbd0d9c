//! Getting ready for a review: what changed since the last review point, the family's questions for
//! the meeting, and the printable review pack.

use crate::components::{
    ChartPoint, ChildNav, ErrorSummary, PageTitle, PrintButton, ProgressChart, RecordSection,
    TextArea, WithSymbol,
};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, loader, use_i18n};
use crate::islands::KeptWhileTyping;
use crate::locale::Locale;
use crate::paths;
use crate::people::RecordPart;
use crate::record::problems::FieldProblem;
use crate::record::saved::{SavedChild, SavedEntry, SavedGoal, SavedReviewPoint};
use crate::record::{AboutMePart, GoalState};
use crate::record_page::{record_error_view, record_view, RecordPage};
use crate::record_problems::{changed_meanwhile, shown};
use crate::scope::request_scope;
use crate::services::RecordError;
use crate::words::{long_date, review_point_name};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// Everything a review needs: the child, all about me, the goals and every review point.
async fn whole_record(
    page: &RecordPage,
) -> Result<
    (
        SavedChild,
        Vec<SavedEntry>,
        Vec<SavedGoal>,
        Vec<SavedReviewPoint>,
    ),
    RecordError,
> {
    let (viewer, id) = (&page.viewer, page.child_id);
    Ok((
        page.records.child(viewer, id).await?,
        page.records.about_me(viewer, id).await?,
        page.records.goals(viewer, id).await?,
        page.records.review_points(viewer, id, page.today).await?,
    ))
}

/// The review point being prepared for: the next one from today, else the last of the list.
pub fn coming_review_point(
    points: &[SavedReviewPoint],
    today: crate::record::dates::Date,
) -> Option<&SavedReviewPoint> {
    points
        .iter()
        .find(|p| p.held_on >= today)
        .or_else(|| points.last())
}

/// The last review point before the coming one at which anything was recorded.
fn last_recorded<'a>(
    points: &'a [SavedReviewPoint],
    coming: &SavedReviewPoint,
) -> Option<&'a SavedReviewPoint> {
    points
        .iter()
        .rev()
        .find(|p| p.held_on < coming.held_on && p.is_recorded())
}

fn unix_day(seconds: i64) -> Option<crate::record::dates::Date> {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(|t| t.date())
}

#[component]
pub fn PreparePage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<FieldProblem>();
    // Back from saving the questions (`?saved`): said beside them, where the person was.
    let questions_saved = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("saved")
        .is_some();
    record_view(move |page| async move {
        let (id, today) = (page.child_id, page.today);
        let (child, entries, goals, points) = whole_record(&page).await?;
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "prepare-title");
        let Some(coming) = coming_review_point(&points, today).cloned() else {
            return Ok(record_error_view(
                &crate::services::RecordError::NotFound,
                i18n,
            ));
        };
        let since = last_recorded(&points, &coming).map(|p| p.held_on);
        let changed_entries: Vec<SavedEntry> = entries
            .iter()
            .filter(|e| match (since, unix_day(e.saved_at)) {
                (Some(since), Some(saved)) => saved > since,
                _ => true,
            })
            .cloned()
            .collect();
        let finished_goals: Vec<SavedGoal> = goals
            .iter()
            .filter(|g| g.state != GoalState::Active)
            .filter(|g| match (since, g.state_changed_on) {
                (Some(since), Some(on)) => on > since,
                _ => false,
            })
            .cloned()
            .collect();
        let conflict = changed_meanwhile(&outcome);
        let problems = shown(&outcome, i18n);
        let questions = outcome
            .as_ref()
            .and_then(|o| o.kept_value("questions"))
            .unwrap_or_else(|| coming.questions.clone());
        let since_words = match since {
            Some(date) => fl!(i18n, "prepare-since", date = (long_date(i18n, date))),
            None => fl!(i18n, "prepare-since-start"),
        };
        Ok(view! {
            <PageTitle text=title.clone() has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <ChildNav child_id=id name=name.clone() current=RecordSection::Prepare />
            <WithSymbol message="prepare-title"><h1>{title}</h1></WithSymbol>
            <p>
                {fl!(i18n, "prepare-coming", point = (review_point_name(coming.school_year, coming.term, i18n)), date = (long_date(i18n, coming.held_on)))}
                " "
                <a href=paths::review(id, coming.id)>{fl!(i18n, "prepare-change-date")}</a>
            </p>
            <p>
                <a class="button" href=paths::review_pack(id)>{fl!(i18n, "prepare-open-pack")}</a>
            </p>
            <h2>{fl!(i18n, "prepare-changed-title")}</h2>
            <p>{since_words}</p>
            {if changed_entries.is_empty() && finished_goals.is_empty() {
                view! { <p>{fl!(i18n, "prepare-nothing-changed")}</p> }.into_any()
            } else {
                view! {
                    <ul class="changes">
                        {changed_entries
                            .into_iter()
                            .map(|e| view! {
                                <li>
                                    {fl!(i18n, "prepare-entry-changed", part = (i18n.get(&e.part.title_id())), author = (i18n.get(&e.author.message_id())))}
                                    " "
                                    <a href=paths::about_me_part(id, e.part)>{fl!(i18n, "prepare-read-it", part = (i18n.get(&e.part.title_id())))}</a>
                                </li>
                            })
                            .collect_view()}
                        {finished_goals
                            .into_iter()
                            .map(|g| view! {
                                <li>
                                    <span dir="auto">{g.words.outcome.clone()}</span>
                                    " — "
                                    {i18n.get(&format!("goal-state-{}", g.state.code()))}
                                </li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <h2 id="questions-title">{fl!(i18n, "prepare-questions-title")}</h2>
            {questions_saved.then(|| view! {
                <div class="notice" role="status"><p>{fl!(i18n, "prepare-questions-saved")}</p></div>
            })}
            {conflict.then(|| view! {
                <div class="notice" id="changed-meanwhile">
                    <h3>{fl!(i18n, "prepare-conflict-title")}</h3>
                    <p>{fl!(i18n, "prepare-conflict-body")}</p>
                    <p class="saved-text" dir="auto">{coming.questions.clone()}</p>
                </div>
            })}
            <KeptWhileTyping>
            <form action=paths::prepare(id) method="post" novalidate>
                <input type="hidden" name="review-point" value=coming.id />
                <input type="hidden" name="based-on-version" value=coming.version />
                <TextArea
                    name="questions"
                    label=fl!(i18n, "prepare-questions-label")
                    hint=fl!(i18n, "prepare-questions-hint")
                    value=Some(questions)
                    error=for_field(&problems, "questions")
                    rows=8
                    keep_as=Some(format!("child/{id}/prepare/questions"))
                />
                <button class="button" type="submit">{fl!(i18n, "prepare-save-questions")}</button>
            </form>
            </KeptWhileTyping>
        }
        .into_any())
    })
}

/// A heading in the person's language, with the English alongside when that is another language, so
/// the school can follow the pack.
fn pack_heading(
    id: &str,
    i18n: &FluentLanguageLoader,
    english: &FluentLanguageLoader,
    english_page: bool,
) -> impl IntoView {
    let text = i18n.get(id);
    let english_text = (!english_page).then(|| english.get(id));
    view! {
        {text}
        {english_text.map(|e| view! { " " <span class="pack-english" lang="en" dir="ltr">{e}</span> })}
    }
}

/// The review pack: everything a meeting needs, on A4, readable in black and white. With `?for=school`
/// it is all in English (labels, ratings, summaries and dates) for school staff, and the family's own
/// words are as they wrote them, marked as being in the family's language.
#[component]
pub fn ReviewPackPage() -> impl IntoView {
    let own = use_i18n();
    let english = loader(Locale::EnglishUk);
    let locale = request_scope().locale;
    let in_english_already = locale == Locale::EnglishUk || locale.is_easy_read();
    let for_school = !in_english_already
        && leptos_router::hooks::use_query_map()
            .get_untracked()
            .get("for")
            .as_deref()
            == Some("school");
    let i18n = if for_school { english } else { own };
    let english_page = in_english_already || for_school;
    // The family's own words are said to be in the language the family uses Heard in (Heard does
    // not know what language each entry was typed in); in the school's English pack that matters.
    let words_lang = Some(locale.html_lang());
    let (pack_lang, pack_dir) = if for_school {
        (Some("en-GB"), Some("ltr"))
    } else {
        (None, None)
    };
    record_view(move |page| async move {
        let (id, today) = (page.child_id, page.today);
        let (child, entries, goals, points) = whole_record(&page).await?;
        // Only whoever may change who sees the record shares it by a link.
        let may_share = page
            .people
            .access(&page.viewer, id)
            .await?
            .can_change(RecordPart::People);
        let title = fl!(
            i18n,
            "pack-title",
            name = (child.details.called_name.clone())
        );
        let pack = PackWords {
            i18n,
            english,
            english_page,
            words_lang,
            pack_lang,
            pack_dir,
        };
        Ok(view! {
            <PageTitle text=title />
            <p class="no-print">
                <a href=paths::prepare(id)>{fl!(own, "pack-back")}</a>
            </p>
            {(!in_english_already).then(|| if for_school {
                view! {
                    <p class="no-print">{fl!(own, "pack-for-school-here")}</p>
                    <p class="no-print"><a href=paths::review_pack(id)>{fl!(own, "pack-in-own-language")}</a></p>
                }.into_any()
            } else {
                view! {
                    <p class="no-print">
                        <a href=paths::review_pack_for_school(id)>{fl!(own, "pack-for-school-link")}</a>
                    </p>
                }.into_any()
            })}
            {may_share.then(|| view! {
                <p class="no-print"><a href=paths::share_pack(id)>{fl!(own, "pack-share-link")}</a></p>
            })}
            <p class="no-print hint">{fl!(own, "pack-how-to-print")}</p>
            <PrintButton words=fl!(own, "pack-print") />
            {review_pack_article(pack, &child, &entries, &goals, &points, today)}
        }
        .into_any())
    })
}

/// The languages a pack is shown in: its labels' (`i18n`), English beside the headings unless the
/// page is English already, and the `lang` of the family's own words and of the whole article.
#[derive(Clone, Copy)]
pub struct PackWords {
    pub i18n: &'static FluentLanguageLoader,
    pub english: &'static FluentLanguageLoader,
    pub english_page: bool,
    pub words_lang: Option<&'static str>,
    pub pack_lang: Option<&'static str>,
    pub pack_dir: Option<&'static str>,
}

/// The review pack itself, as the family's page and a shared link both show it.
pub fn review_pack_article(
    words: PackWords,
    child: &SavedChild,
    entries: &[SavedEntry],
    goals: &[SavedGoal],
    points: &[SavedReviewPoint],
    today: crate::record::dates::Date,
) -> AnyView {
    let PackWords {
        i18n,
        english,
        english_page,
        words_lang,
        pack_lang,
        pack_dir,
    } = words;
    {
        let h = |id: &str| pack_heading(id, i18n, english, english_page);
        let name = child.details.called_name.clone();
        let coming = coming_review_point(points, today).cloned();
        let title = fl!(i18n, "pack-title", name = (name.clone()));
        let parts = AboutMePart::ALL
            .iter()
            .map(|part| {
                let in_part: Vec<SavedEntry> = entries
                    .iter()
                    .filter(|e| e.part == *part)
                    .cloned()
                    .collect();
                view! {
                    <h3>{h(&part.title_id())}</h3>
                    {if in_part.is_empty() {
                        view! { <p>{fl!(i18n, "pack-nothing-yet")}</p> }.into_any()
                    } else {
                        in_part
                            .into_iter()
                            .map(|e| view! {
                                <div class="pack-entry">
                                    <p class="entry-text" dir="auto" lang=words_lang>{e.text.clone()}</p>
                                    <p class="hint">{i18n.get(&e.author.message_id())}</p>
                                </div>
                            })
                            .collect_view()
                            .into_any()
                    }}
                }
                .into_any()
            })
            .collect_view();
        let active: Vec<SavedGoal> = goals
            .iter()
            .filter(|g| g.state == GoalState::Active)
            .cloned()
            .collect();
        let goal_sections = active
            .iter()
            .enumerate()
            .map(|(n, g)| {
                let chart_points: Vec<ChartPoint> = points
                    .iter()
                    .filter(|p| p.held_on <= today)
                    .map(|p| ChartPoint {
                        label: review_point_name(p.school_year, p.term, i18n),
                        rating: p.for_goal(g.id).and_then(|r| r.rating),
                        school_rating: p.for_goal(g.id).and_then(|r| r.school_rating),
                    })
                    .skip_while(|p| p.rating.is_none() && p.school_rating.is_none())
                    .collect();
                // (label, value, whether the value is the family's own words)
                let details = [
                    ("pack-goal-theme", i18n.get(&g.words.theme.message_id()), false),
                    ("pack-goal-support", g.words.support.clone(), true),
                    ("pack-goal-measure", g.words.measure.clone(), true),
                    ("pack-goal-by-when", g.words.by_when.map(|d| long_date(i18n, d)).unwrap_or_default(), false),
                ];
                view! {
                    <section class="pack-section">
                        <h3>
                            {fl!(i18n, "pack-goal-number", number = (n + 1))} " "
                            <span dir="auto" lang=words_lang>{g.words.outcome.clone()}</span>
                        </h3>
                        <dl class="summary-list">
                            {details
                                .into_iter()
                                .filter(|(_, value, _)| !value.is_empty())
                                .map(|(key, value, own_words)| view! {
                                    <div class="summary-row">
                                        <dt>{h(key)}</dt>
                                        <dd dir="auto" lang=own_words.then_some(words_lang).flatten()>{value}</dd>
                                    </div>
                                })
                                .collect_view()}
                        </dl>
                        <ProgressChart
                            id=format!("goal-{}", g.id)
                            goal_outcome=g.words.outcome.clone()
                            points=chart_points
                            in_language=i18n
                        />
                    </section>
                }
                .into_any()
            })
            .collect_view();
        let questions = coming
            .as_ref()
            .map(|p| p.questions.clone())
            .unwrap_or_default();
        let meeting = coming.as_ref().map(|p| {
            fl!(
                i18n,
                "pack-meeting",
                point = (review_point_name(p.school_year, p.term, i18n)),
                date = (long_date(i18n, p.held_on))
            )
        });
        view! {
            <article class="review-pack" lang=pack_lang dir=pack_dir>
                <WithSymbol message="pack-title"><h1>{title}</h1></WithSymbol>
                {meeting.map(|m| view! { <p>{m}</p> })}
                <section class="pack-section">
                    <h2>{h("pack-about-me")}</h2>
                    {parts}
                </section>
                <section>
                    <h2>{h("pack-goals")}</h2>
                    {if active.is_empty() {
                        view! { <p>{fl!(i18n, "pack-nothing-yet")}</p> }.into_any()
                    } else {
                        goal_sections.into_any()
                    }}
                </section>
                <section class="pack-section">
                    <h2>{h("pack-questions")}</h2>
                    {if questions.is_empty() {
                        view! { <p>{fl!(i18n, "pack-nothing-yet")}</p> }.into_any()
                    } else {
                        view! { <p class="entry-text" dir="auto" lang=words_lang>{questions}</p> }.into_any()
                    }}
                </section>
            </article>
        }
        .into_any()
    }
}

// Answering the questions form.

use crate::forms::{Posted, Reply};

/// Saves the family's questions for the meeting (`/children/{child}/prepare`).
pub async fn save_questions(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    let mut problems: Vec<FieldProblem> = Vec::new();
    let questions = crate::record::problems::optional_text(
        "questions",
        posted.field("questions"),
        crate::record::review::COMMENT_MAX_CHARS,
        &mut problems,
    );
    if !problems.is_empty() {
        return posted.again(problems);
    }
    let review_point = posted.field("review-point").parse().unwrap_or(0);
    let based_on = posted.field("based-on-version").parse().unwrap_or(0);
    let saved = posted
        .records
        .save_questions(&posted.viewer, child_id, review_point, &questions, based_on)
        .await;
    posted.answer(
        saved,
        &format!("{}?saved#questions-title", crate::paths::prepare(child_id)),
    )
}
