//! All about me: the one-page profile in six parts (the source of Section A of an EHC plan). Every
//! entry says whose words it is and when it was saved; a change adds a version and the earlier ones
//! stay readable. Two people changing the same entry both see both versions; nothing is overwritten
//! silently.

use crate::components::{
    ChildNav, ErrorSummary, PageTitle, RecordSection, TextArea, WithSymbol, WithTerms,
};
use crate::forms::{for_field, use_form_outcome};
use crate::i18n::{fl, use_i18n};
use crate::islands::KeptWhileTyping;
use crate::paths;
use crate::people::{ChildAccess, RecordPart as Part, Role};
use crate::record::about_me::{AboutMePart, Author, EntryForm};
use crate::record::problems::FieldProblem;
use crate::record::saved::{SavedChild, SavedEntry};
use crate::record_page::{record_view, route_number, RecordPage};
use crate::record_problems::{changed_meanwhile, shown};
use crate::services::RecordError;
use crate::words::{
    about_me_part_words, author_words, link_about, long_date, saved_on, written_by,
};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Written by a parent or carer. Saved by amina@example.org on 3 March 2026."
fn version_by(entry: &SavedEntry, i18n: &FluentLanguageLoader) -> String {
    let who = entry
        .saved_by
        .clone()
        .unwrap_or_else(|| fl!(i18n, "about-me-saved-by-unknown"));
    fl!(
        i18n,
        "about-me-version-by",
        author = (author_words(entry.author, i18n)),
        who = who,
        date = (long_date(i18n, saved_on(entry.saved_at)))
    )
}

async fn child_and_entries(
    page: &RecordPage,
) -> Result<(SavedChild, Vec<SavedEntry>, ChildAccess), RecordError> {
    let child = page.records.child(&page.viewer, page.child_id).await?;
    let entries = page.records.about_me(&page.viewer, page.child_id).await?;
    let access = page.people.access(&page.viewer, page.child_id).await?;
    Ok((child, entries, access))
}

/// The forms are for people who may write here; anyone else is shown "not found", as the server
/// would refuse their save anyway.
async fn writer_access(page: &RecordPage) -> Result<ChildAccess, RecordError> {
    let access = page.people.access(&page.viewer, page.child_id).await?;
    if access.can_change(Part::AboutMe) {
        Ok(access)
    } else {
        Err(RecordError::NotFound)
    }
}

/// The child and an entry's versions, newest first (never empty).
async fn child_and_versions(
    page: &RecordPage,
    entry_id: Option<i64>,
) -> Result<(SavedChild, Vec<SavedEntry>), RecordError> {
    let entry_id = entry_id.ok_or(RecordError::NotFound)?;
    let child = page.records.child(&page.viewer, page.child_id).await?;
    let versions = page
        .records
        .entry_history(&page.viewer, page.child_id, entry_id)
        .await?;
    if versions.is_empty() {
        return Err(RecordError::NotFound);
    }
    Ok((child, versions))
}

#[component]
pub fn AboutMePage() -> impl IntoView {
    let i18n = use_i18n();
    record_view(move |page| async move {
        let loaded = child_and_entries(&page).await;
        let (child, entries, access) = loaded?;
        let name = child.details.called_name.clone();
        let title = fl!(i18n, "about-me-title");
        let contents = AboutMePart::ALL
            .iter()
            .map(|part| view! {
                <li><a href=format!("#{}", paths::about_me_section_id(*part))>{about_me_part_words(*part, i18n)}</a></li>
            })
            .collect_view();
        let sections = AboutMePart::ALL
            .iter()
            .map(|part| {
                let in_part: Vec<SavedEntry> = entries
                    .iter()
                    .filter(|e| e.part == *part)
                    .cloned()
                    .collect();
                part_section(
                    child.id,
                    *part,
                    in_part,
                    access.can_change(Part::AboutMe),
                    i18n,
                )
            })
            .collect_view();
        Ok(view! {
            <PageTitle text=format!("{title}: {name}") />
            <ChildNav child_id=child.id name=name.clone() current=RecordSection::AboutMe />
            <p class="about-me-caption" dir="auto">{name.clone()}</p>
            <WithSymbol message="about-me-title"><h1>{title}</h1></WithSymbol>
            <WithSymbol message="about-me-intro"><p class="lead">{fl!(i18n, "about-me-intro", name = name)}</p></WithSymbol>
            <p><WithTerms text=fl!(i18n, "about-me-intro-plan") /></p>
            <p><WithTerms text=fl!(i18n, "about-me-intro-who") /></p>
            <ul class="list about-me-contents no-print">{contents}</ul>
            {sections}
        }
        .into_any())
    })
}

/// One of the six parts: its heading, prompts, entries, and the way to add to it.
fn part_section(
    child_id: i64,
    part: AboutMePart,
    entries: Vec<SavedEntry>,
    may_change: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let id = paths::about_me_section_id(part);
    let heading_id = format!("{id}-title");
    let title = about_me_part_words(part, i18n);
    let listed = if entries.is_empty() {
        view! { <p class="about-me-empty">{fl!(i18n, "about-me-nothing-yet")}</p> }.into_any()
    } else {
        let items = entries
            .into_iter()
            .enumerate()
            .map(|(index, entry)| entry_item(child_id, index + 1, &title, entry, may_change, i18n))
            .collect_view();
        view! { <ul class="about-me-entries">{items}</ul> }.into_any()
    };
    let add = paths::add_about_me_entry(child_id, part);
    view! {
        <section class="about-me-part" id=id aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{title.clone()}</h2>
            <p class="hint">{i18n.get(&part.hint_id())}</p>
            {listed}
            {may_change.then(|| view! {
                <p class="no-print">
                    <a class="button button-secondary" href=add.clone()
                        aria-label=link_about(&fl!(i18n, "about-me-add"), &title, i18n)>
                        {fl!(i18n, "about-me-add")}
                    </a>
                </p>
            })}
        </section>
    }
}

fn entry_item(
    child_id: i64,
    number: usize,
    part_title: &str,
    entry: SavedEntry,
    may_change: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let written = written_by(&entry, i18n);
    let which = fl!(
        i18n,
        "about-me-change-which",
        part = (part_title.to_string()),
        number = number
    );
    let earlier = entry.version - 1;
    let path = paths::about_me_entry(child_id, entry.id);
    view! {
        <li class="about-me-entry" id=format!("entry-{}", entry.id)>
            <div class="about-me-text" dir="auto">{entry.text}</div>
            <p class="about-me-meta">{written}</p>
            <ul class="about-me-actions no-print">
                {may_change.then(|| view! {
                    <li>
                        <a href=path.clone() aria-label=link_about(&fl!(i18n, "about-me-change"), &which, i18n)>
                            {fl!(i18n, "about-me-change")}
                        </a>
                    </li>
                })}
                {(earlier > 0).then(|| view! {
                    <li>
                        <a href=format!("{path}/history")>
                            {fl!(i18n, "about-me-earlier-versions", count = earlier)}
                        </a>
                    </li>
                })}
            </ul>
        </li>
    }
}

/// Adding to one part: `?part=CODE` (or, when a post comes back, the form's hidden `part`).
#[component]
pub fn AddEntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcome = use_form_outcome::<FieldProblem>();
    let part = use_query_map()
        .read_untracked()
        .get("part")
        .or_else(|| outcome.as_ref().and_then(|o| o.kept_value("part")))
        .and_then(|code| AboutMePart::from_code(code.trim()));
    record_view(move |page| async move {
        let loaded = match part {
            Some(part) => match writer_access(&page).await {
                Ok(access) => page
                    .records
                    .child(&page.viewer, page.child_id)
                    .await
                    .map(|child| (child, part, access)),
                Err(error) => Err(error),
            },
            None => Err(RecordError::NotFound),
        };
        let (child, part, access) = loaded?;
        let form = outcome
            .as_ref()
            .map(|o| EntryForm::from_fields(&o.kept))
            .unwrap_or_else(|| EntryForm {
                // An advocate writes with the young person, most often in their words.
                author: match access.role {
                    Role::ParentOrCarer => Author::ParentOrCarer,
                    Role::YoungPerson | Role::Advocate | Role::Professional => Author::YoungPerson,
                }
                .code()
                .into(),
                ..Default::default()
            });
        let problems = shown(&outcome, i18n);
        let caption = fl!(i18n, "about-me-add-caption");
        let part_title = about_me_part_words(part, i18n);
        Ok(view! {
            <PageTitle text=format!("{caption}: {part_title}") has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <p class="no-print">
                <a href=paths::about_me_part(child.id, part)>{fl!(i18n, "about-me-back")}</a>
            </p>
            <p class="about-me-caption">{caption}</p>
            <WithSymbol message="about-me-title"><h1>{part_title}</h1></WithSymbol>
            <p>{fl!(i18n, "about-me-text-more")}</p>
            <KeptWhileTyping>
            <form
                action=paths::add_about_me_entry(child.id, part)
                method="post"
                novalidate
            >
                <input type="hidden" name="part" value=part.code() />
                <TextArea
                    name="text"
                    label=fl!(i18n, "about-me-text-label")
                    hint=i18n.get(&part.hint_id())
                    value=Some(form.text.clone())
                    error=for_field(&problems, "text")
                    rows=8
                    keep_as=Some(format!("child/{}/about-me/new/{}", child.id, part.code()))
                />
                <AuthorChoices selected=form.author.clone() error=for_field(&problems, "author") young_person=access.role == Role::YoungPerson />
                <button class="button" type="submit">{fl!(i18n, "about-me-save")}</button>
            </form>
            </KeptWhileTyping>
        }
        .into_any())
    })
}

/// Changing an entry: saving adds a version. After a conflict the person's writing stays in the box
/// and the newest saved version is shown beside it.
#[component]
pub fn EditEntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let entry_id = route_number("entry");
    let outcome = use_form_outcome::<FieldProblem>();
    record_view(move |page| async move {
        let loaded = match writer_access(&page).await {
            Ok(access) => child_and_versions(&page, entry_id)
                .await
                .map(|(child, versions)| (child, versions, access)),
            Err(error) => Err(error),
        };
        let (child, versions, access) = loaded?;
        let newest = versions[0].clone();
        let conflict = changed_meanwhile(&outcome);
        // After a conflict the person has seen the newest version, so their next save is based
        // on it; after any other problem they are still working from the version they loaded.
        let kept_version = outcome
            .as_ref()
            .and_then(|o| o.kept_value("based-on-version"))
            .and_then(|v| v.trim().parse::<i64>().ok());
        let version = if conflict {
            newest.version
        } else {
            kept_version.unwrap_or(newest.version)
        };
        let form = outcome
            .as_ref()
            .map(|o| EntryForm::from_fields(&o.kept))
            .unwrap_or_else(|| EntryForm {
                text: newest.text.clone(),
                author: newest.author.code().into(),
                based_on_version: newest.version.to_string(),
            });
        let problems = shown(&outcome, i18n);
        let caption = fl!(i18n, "about-me-edit-caption");
        let part_title = about_me_part_words(newest.part, i18n);
        let label = if conflict {
            fl!(i18n, "about-me-text-label-yours")
        } else {
            fl!(i18n, "about-me-text-label")
        };
        let path = paths::about_me_entry(child.id, newest.id);
        let history_path = format!("{path}/history");
        Ok(view! {
            <PageTitle text=format!("{caption}: {part_title}") has_errors=!problems.is_empty() />
            <ErrorSummary problems=problems.clone() />
            <p class="no-print">
                <a href=paths::about_me_part(child.id, newest.part)>{fl!(i18n, "about-me-back")}</a>
            </p>
            <p class="about-me-caption">{caption}</p>
            <WithSymbol message="about-me-title"><h1>{part_title}</h1></WithSymbol>
            {conflict.then(|| view! {
                <div class="notice about-me-conflict" id="changed-meanwhile">
                    <h2>{fl!(i18n, "about-me-conflict-title")}</h2>
                    <p>{fl!(i18n, "about-me-conflict-body")}</p>
                </div>
            })}
            <KeptWhileTyping>
            <form action=path.clone() method="post" novalidate>
                <input type="hidden" name="based-on-version" value=version />
                <div class="about-me-compare" class:about-me-compare-both=conflict>
                    <TextArea
                        name="text"
                        label=label
                        hint=i18n.get(&newest.part.hint_id())
                        value=Some(form.text.clone())
                        error=for_field(&problems, "text")
                        rows=8
                        keep_as=Some(format!("child/{}/about-me/{}", child.id, newest.id))
                    />
                    {conflict.then(|| newest_panel(&newest, i18n))}
                </div>
                <AuthorChoices selected=form.author.clone() error=for_field(&problems, "author") young_person=access.role == Role::YoungPerson />
                <p>{fl!(i18n, "about-me-edit-keeps")}</p>
                <button class="button" type="submit">{fl!(i18n, "about-me-save")}</button>
            </form>
            </KeptWhileTyping>
            {(versions.len() > 1).then(|| view! {
                <p class="no-print">
                    <a href=history_path>{fl!(i18n, "about-me-history-link")}</a>
                </p>
            })}
        }
        .into_any())
    })
}

/// The newest saved version, beside the person's own writing after a conflict.
fn newest_panel(newest: &SavedEntry, i18n: &'static FluentLanguageLoader) -> impl IntoView {
    view! {
        <section class="about-me-newest" aria-labelledby="about-me-newest-title">
            <h2 id="about-me-newest-title">{fl!(i18n, "about-me-newest-title")}</h2>
            <div class="about-me-text" dir="auto">{newest.text.clone()}</div>
            <p class="about-me-meta">{version_by(newest, i18n)}</p>
        </section>
    }
}

/// Every version of an entry, newest first.
#[component]
pub fn EntryHistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let entry_id = route_number("entry");
    record_view(move |page| async move {
        let loaded = child_and_versions(&page, entry_id).await;
        let (child, versions) = loaded?;
        let newest = versions[0].clone();
        let caption = fl!(i18n, "about-me-history-title");
        let part_title = about_me_part_words(newest.part, i18n);
        let items = versions
            .iter()
            .map(|v| {
                let heading = if v.version == newest.version {
                    fl!(i18n, "about-me-version-newest", number = (v.version))
                } else {
                    fl!(i18n, "about-me-version", number = (v.version))
                };
                view! {
                    <li class="about-me-version">
                        <h2>{heading}</h2>
                        <div class="about-me-text" dir="auto">{v.text.clone()}</div>
                        <p class="about-me-meta">{version_by(v, i18n)}</p>
                    </li>
                }
            })
            .collect_view();
        Ok(view! {
            <PageTitle text=format!("{caption}: {part_title}") />
            <p class="no-print">
                <a href=paths::about_me_part(child.id, newest.part)>{fl!(i18n, "about-me-back")}</a>
            </p>
            <p class="about-me-caption">{caption}</p>
            <WithSymbol message="about-me-title"><h1>{part_title}</h1></WithSymbol>
            <p>{fl!(i18n, "about-me-history-intro")}</p>
            <ul class="about-me-versions">{items}</ul>
            <p class="no-print">
                <a class="button button-secondary" href=paths::about_me_entry(child.id, newest.id)>
                    {fl!(i18n, "about-me-change")}
                </a>
            </p>
        }
        .into_any())
    })
}

/// Whose words these are: three choices, each with a plain hint.
#[component]
fn AuthorChoices(
    selected: String,
    error: Option<String>,
    /// A young person always writes in their own words: no choice to make.
    young_person: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if young_person {
        return view! {
            <input type="hidden" name="author" value=Author::YoungPerson.code() />
            <p class="hint">{fl!(i18n, "about-me-your-own-words")}</p>
        }
        .into_any();
    }
    let has_error = error.is_some();
    let described = if has_error {
        "author-hint author-error"
    } else {
        "author-hint"
    };
    let choices = Author::ALL
        .iter()
        .map(|author| {
            let code = author.code();
            let id = format!("author-{code}");
            let hint_id = format!("{id}-hint");
            view! {
                <div class="radio about-me-author">
                    <input
                        class="radio-input"
                        type="radio"
                        id=id.clone()
                        name="author"
                        value=code
                        checked=selected == code
                        aria-describedby=hint_id.clone()
                    />
                    <div class="about-me-author-words">
                        <label class="radio-label" for=id>{i18n.get(&format!("about-me-author-{code}"))}</label>
                        <p class="hint about-me-author-hint" id=hint_id>
                            {i18n.get(&format!("about-me-author-{code}-hint"))}
                        </p>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-with-error=has_error>
            <fieldset class="fieldset" id="author" aria-describedby=described tabindex="-1">
                <legend class="legend">{fl!(i18n, "about-me-author")}</legend>
                <p class="hint" id="author-hint">{fl!(i18n, "about-me-author-hint")}</p>
                {error.map(|error| view! { <p class="field-error" id="author-error">{error}</p> })}
                <div class="radios">{choices}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

// Answering the all about me forms.

use crate::forms::{Posted, Reply};

/// The part to add to: `?part=CODE` on the address, else the form's hidden `part`.
fn part_asked_for(posted: &Posted) -> Option<AboutMePart> {
    let from_query = posted
        .query
        .as_deref()
        .map(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).unwrap_or_default())
        .unwrap_or_default()
        .into_iter()
        .find_map(|(name, value)| (name == "part").then_some(value));
    let code = from_query.unwrap_or_else(|| posted.field("part").to_string());
    AboutMePart::from_code(code.trim())
}

/// Adds to a part (`/children/{child}/about-me/new?part=…`).
pub async fn add_entry(posted: Posted) -> Reply {
    let (Some(child_id), Some(part)) = (posted.number("child"), part_asked_for(&posted)) else {
        return Reply::not_found();
    };
    // Another family's child is not found, whatever was typed.
    if let Err(error) = posted.records.child(&posted.viewer, child_id).await {
        return posted.answer::<()>(Err(error), "");
    }
    match crate::record::about_me::EntryForm::from_fields(&posted.fields).check() {
        Ok(entry) => {
            let saved = posted
                .records
                .add_entry(&posted.viewer, child_id, part, &entry)
                .await;
            posted.answer(saved, &crate::paths::about_me_part(child_id, part))
        }
        Err(problems) => posted.again(problems),
    }
}

/// Changes an entry, which saves a new version (`/children/{child}/about-me/{entry}`).
pub async fn edit_entry(posted: Posted) -> Reply {
    let (Some(child_id), Some(entry_id)) = (posted.number("child"), posted.number("entry")) else {
        return Reply::not_found();
    };
    // The entry must be this child's, and the child this family's; its part says where to go back to.
    let part = match posted
        .records
        .entry_history(&posted.viewer, child_id, entry_id)
        .await
    {
        Ok(versions) => match versions.first() {
            Some(newest) => newest.part,
            None => return Reply::not_found(),
        },
        Err(error) => return posted.answer::<()>(Err(error), ""),
    };
    match crate::record::about_me::EntryForm::from_fields(&posted.fields).check() {
        Ok(entry) => {
            let saved = posted
                .records
                .update_entry(&posted.viewer, child_id, entry_id, &entry)
                .await;
            posted.answer(saved, &crate::paths::about_me_part(child_id, part))
        }
        Err(problems) => posted.again(problems),
    }
}
