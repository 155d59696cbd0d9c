//! The young person's own page: their words, their goals and how they are going, picture cards to
//! sort, and voice notes, in their reading mode. Parents and carers can open it too, to see what the
//! young person sees. From the end of compulsory school age it tells them they may now decide who
//! sees their record, and lets them take control.

use crate::components::{ChildNav, PageTitle, RecordSection, TextArea, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::pages::picture_cards::cards_section;
use crate::paths;
use crate::people::{end_of_compulsory_school_age, ChildAccess, RecordPart, Role};
use crate::record::cards::{Card, CardAsked, Pile, SavedVoiceNote};
use crate::record::saved::{SavedChild, SavedEntry, SavedGoal, SavedReviewPoint};
use crate::record::voice_notes::{UPLOAD_FIELD, VOICE_NOTE_MAX_BYTES};
use crate::record::{AboutMePart, Author, GoalState};
use crate::record_page::{record_view, RecordPage};
use crate::services::{RecordError, VoiceNoteRefused};
use crate::voice_note::{VoiceNoteRecorderControl, VoiceNoteWords};
use crate::words::{long_date_of_time, rating_words, voice_note_refusal, written_by};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

struct MyPage {
    child: SavedChild,
    access: ChildAccess,
    entries: Vec<SavedEntry>,
    goals: Vec<SavedGoal>,
    points: Vec<SavedReviewPoint>,
    cards: Vec<(Card, Pile)>,
    notes: Vec<SavedVoiceNote>,
}

async fn load(page: &RecordPage) -> Result<MyPage, RecordError> {
    let (v, c) = (&page.viewer, page.child_id);
    let access = page.people.access(v, c).await?;
    // The page is the young person's words and goals together: it needs both.
    if !access.can_read(RecordPart::AboutMe) || !access.can_read(RecordPart::GoalsAndProgress) {
        return Err(RecordError::NotFound);
    }
    Ok(MyPage {
        child: page.records.child(v, c).await?,
        entries: page.records.about_me(v, c).await?,
        goals: page.records.goals(v, c).await?,
        points: page.records.review_points(v, c, page.today).await?,
        cards: page.records.card_choices(v, c).await?,
        notes: page.records.voice_notes(v, c).await?,
        access,
    })
}

#[component]
pub fn MyPagePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let asked = CardAsked::from_query(query.get_str("card"), query.get_str("sorted"));
    // A recording uploaded through the form: refused (the page again, the reason beside the form),
    // or saved (back here with `?voice-note=saved`).
    let upload = match use_context::<UploadProblem>() {
        Some(problem) => Upload::Refused(problem),
        None if query.get("voice-note").is_some_and(|said| said == "saved") => Upload::Saved,
        None => Upload::Nothing,
    };
    record_view(move |page| {
        let upload = upload.clone();
        async move {
            let loaded = load(&page).await.map(|my| (my, page.today));
            let (my, today) = loaded?;
            Ok(render(my, today, asked, upload, i18n))
        }
    })
}

/// Why a recording uploaded through the page's form (JavaScript off, or a recording made in the
/// phone's own recorder app) was not kept. The server puts it in the page's context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadProblem {
    /// The form came with no file chosen (or an empty one).
    NoFile,
    Refused(VoiceNoteRefused),
}

/// What became of an upload just now.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Upload {
    Nothing,
    Saved,
    Refused(UploadProblem),
}

fn render(
    my: MyPage,
    today: crate::record::dates::Date,
    asked: CardAsked,
    upload: Upload,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let id = my.child.id;
    let name = my.child.details.called_name.clone();
    let own = my.access.role == Role::YoungPerson;
    let may_write = my.access.can_change(RecordPart::AboutMe);
    let title = if own {
        fl!(i18n, "my-page-title")
    } else {
        fl!(i18n, "my-page-title-theirs", name = (name.clone()))
    };
    let my_words: Vec<SavedEntry> = my
        .entries
        .iter()
        .filter(|e| e.author == Author::YoungPerson)
        .cloned()
        .collect();
    let active: Vec<SavedGoal> = my
        .goals
        .iter()
        .filter(|g| g.state == GoalState::Active)
        .cloned()
        .collect();
    let words = VoiceNoteWords {
        start: fl!(i18n, "voice-note-start"),
        stop: fl!(i18n, "voice-note-stop"),
        save: fl!(i18n, "voice-note-save"),
        again: fl!(i18n, "voice-note-again"),
        recording: fl!(i18n, "voice-note-recording"),
        saving: fl!(i18n, "voice-note-saving"),
        saved: fl!(i18n, "voice-note-saved"),
        not_supported: fl!(i18n, "voice-note-not-supported"),
        microphone_refused: fl!(i18n, "voice-note-microphone-refused"),
        failed: fl!(i18n, "voice-note-failed"),
        listen_back: fl!(i18n, "voice-note-listen-back"),
        write_instead: fl!(i18n, "voice-note-write-link"),
    };
    view! {
        <PageTitle text=title.clone() />
        <ChildNav child_id=id name=name.clone() current=RecordSection::MyPage />
        <WithSymbol message="my-page-title"><h1 dir="auto">{title}</h1></WithSymbol>
        {rights_at_16(&my, today, own, i18n)}
        {view! {
        <section aria-labelledby="my-words-title">
            <h2 id="my-words-title">{fl!(i18n, "my-page-words-title")}</h2>
            {if my_words.is_empty() {
                view! { <p>{fl!(i18n, "my-page-words-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="my-words">
                        {my_words.iter().map(|entry| view! {
                            <li class="my-word">
                                <p class="about-me-text" dir="auto">{entry.text.clone()}</p>
                                <p class="hint">{written_by(entry, i18n)}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {may_write.then(|| view! {
                <form class="my-words-form" action=paths::add_about_me_entry(id, AboutMePart::ImportantToMe) method="post" novalidate>
                    <input type="hidden" name="part" value="important-to-me" />
                    <input type="hidden" name="author" value=Author::YoungPerson.code() />
                    <TextArea name="text" label=fl!(i18n, "my-page-write-label") hint=fl!(i18n, "my-page-write-hint") rows=4 />
                    <button class="button" type="submit">{fl!(i18n, "my-page-write-save")}</button>
                </form>
            })}
        </section>
        }.into_any()}
        // Voice notes next to the writing box, so "write instead" points at something near.
        {view! {
        <section aria-labelledby="voice-notes-title" id="voice-notes">
            <h2 id="voice-notes-title">{fl!(i18n, "my-page-voice-title")}</h2>
            <p>{fl!(i18n, "my-page-voice-lead")}</p>
            {(upload == Upload::Saved).then(|| view! {
                <div class="notice" role="status" id="voice-note-uploaded"><p>{fl!(i18n, "my-page-voice-upload-saved")}</p></div>
            })}
            {may_write.then(|| recorder(id, words, upload.clone(), i18n))}
            {(!my.notes.is_empty()).then(|| view! {
                <ul class="voice-notes">
                    {my.notes.iter().map(|note| voice_note_item(id, note, may_write, i18n)).collect_view()}
                </ul>
            }.into_any())}
        </section>
        }.into_any()}
        {view! {
        <section aria-labelledby="my-goals-title">
            <h2 id="my-goals-title">{fl!(i18n, "my-page-goals-title")}</h2>
            {if active.is_empty() {
                view! { <p>{fl!(i18n, "my-page-goals-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="my-goals">
                        {active.iter().map(|goal| {
                            let latest = my
                                .points
                                .iter()
                                .rev()
                                .filter_map(|p| p.for_goal(goal.id).and_then(|r| r.rating))
                                .next();
                            view! {
                                <li class="my-goal">
                                    <p class="my-goal-outcome" dir="auto">{goal.words.outcome.clone()}</p>
                                    <p class="hint">{match latest {
                                        Some(rating) => fl!(i18n, "my-page-goal-latest", rating = (rating_words(rating, i18n))),
                                        None => fl!(i18n, "my-page-goal-not-rated"),
                                    }}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p><a href=paths::progress(id)>{fl!(i18n, "my-page-progress-link")}</a></p>
                }.into_any()
            }}
        </section>
        }.into_any()}
        {cards_section(id, &my.cards, asked, may_write, i18n)}
    }
    .into_any()
}

/// The recorder (with JavaScript), a form to upload a recording made on the phone (with or without
/// it), and the typed way always beside them.
fn recorder(
    child_id: i64,
    words: VoiceNoteWords,
    upload: Upload,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let error = match upload {
        Upload::Refused(UploadProblem::NoFile) => Some(fl!(i18n, "my-page-voice-upload-none")),
        Upload::Refused(UploadProblem::Refused(refused)) => {
            Some(voice_note_refusal(&refused, i18n))
        }
        _ => None,
    };
    let has_error = error.is_some();
    let described = if has_error {
        "recording-hint recording-error"
    } else {
        "recording-hint"
    };
    let megabytes = VOICE_NOTE_MAX_BYTES / (1024 * 1024);
    view! {
        // The recorder stays hidden without JavaScript; this says so, and what to do instead.
        <noscript>
            <p class="notice notice-warning voice-note-needs-script">{fl!(i18n, "my-page-voice-needs-js")}</p>
        </noscript>
        <VoiceNoteRecorderControl child_id=child_id words=words />
        // The fragment brings the person back to this form when the page comes back with a problem.
        <form
            class="voice-note-upload"
            id="voice-note-upload"
            action=format!("{}#voice-note-upload", paths::my_page(child_id))
            method="post"
            enctype="multipart/form-data"
            novalidate
        >
            <div class="field" class:field-with-error=has_error>
                <label class="label" for=UPLOAD_FIELD>{fl!(i18n, "my-page-voice-upload-label")}</label>
                <p class="hint" id="recording-hint">{fl!(i18n, "my-page-voice-upload-hint", megabytes = (megabytes))}</p>
                {error.map(|error| view! { <p class="field-error" id="recording-error">{error}</p> })}
                // `capture`: a phone offers its own recorder at once.
                <input
                    class="input-file"
                    type="file"
                    id=UPLOAD_FIELD
                    name=UPLOAD_FIELD
                    accept="audio/*"
                    capture=""
                    aria-describedby=described
                    aria-invalid=has_error.then_some("true")
                />
            </div>
            <button class="button button-secondary" type="submit">{fl!(i18n, "my-page-voice-upload-button")}</button>
        </form>
        <p class="hint">{fl!(i18n, "my-page-voice-typed")}</p>
    }
    .into_any()
}

/// At the end of compulsory school age: plain words, and the young person's button to take control.
fn rights_at_16(
    my: &MyPage,
    today: crate::record::dates::Date,
    own: bool,
    i18n: &'static FluentLanguageLoader,
) -> Option<AnyView> {
    let from = end_of_compulsory_school_age(my.child.details.date_of_birth);
    if today < from {
        return None;
    }
    let id = my.child.id;
    let in_control = if own {
        my.access.can_change(RecordPart::People)
    } else {
        !my.access.can_change(RecordPart::People)
    };
    let body = match (own, in_control) {
        (true, true) => view! {
            <p>{fl!(i18n, "rights-16-you-decide")}</p>
            <p><a href=paths::people(id)>{fl!(i18n, "rights-16-who-can-see")}</a></p>
        }
        .into_any(),
        (true, false) => view! {
            <p>{fl!(i18n, "rights-16-you-can")}</p>
            <p>{fl!(i18n, "rights-16-help")}</p>
            <form action=paths::take_control(id) method="post">
                <button class="button" type="submit">{fl!(i18n, "rights-16-take-control")}</button>
            </form>
        }
        .into_any(),
        (false, true) => view! { <p>{fl!(i18n, "rights-16-they-decide", name = (my.child.details.called_name.clone()))}</p> }.into_any(),
        (false, false) => view! { <p>{fl!(i18n, "rights-16-they-can", name = (my.child.details.called_name.clone()))}</p> }.into_any(),
    };
    Some(
        view! {
            <section class="notice rights-16" aria-labelledby="rights-16-title">
                <h2 id="rights-16-title">{fl!(i18n, "rights-16-title")}</h2>
                {body}
            </section>
        }
        .into_any(),
    )
}

fn voice_note_item(
    child_id: i64,
    note: &SavedVoiceNote,
    may_write: bool,
    i18n: &'static FluentLanguageLoader,
) -> impl IntoView {
    let when = long_date_of_time(note.recorded_at, i18n);
    let label = fl!(i18n, "voice-note-from", date = (when.clone()));
    let src = paths::voice_note(child_id, note.id);
    view! {
        <li class="voice-note-saved">
            <p>{label.clone()}</p>
            <audio controls preload="none" src=src.clone() aria-label=label.clone()></audio>
            {may_write.then(|| view! {
                <form action=format!("{src}/delete") method="post">
                    <button class="button button-secondary" type="submit" aria-label=fl!(i18n, "voice-note-delete-named", date = (when.clone()))>
                        {fl!(i18n, "voice-note-delete")}
                    </button>
                </form>
            })}
        </li>
    }
}

// Answering the picture cards and the voice notes' delete button.

use crate::forms::{Posted, Reply};

/// Puts a card on a pile, or back among the unsorted ones (`/children/{child}/cards`).
pub async fn choose_card(posted: Posted) -> Reply {
    let Some(child_id) = posted.number("child") else {
        return Reply::not_found();
    };
    let back = crate::paths::my_page(child_id);
    let Some(card) = Card::from_code(posted.field("card")) else {
        return Reply::Next(back);
    };
    // Any other value (the "put back" button) returns the card to the unsorted ones.
    let pile = Pile::from_code(posted.field("pile"));
    let done = posted
        .records
        .choose_card(&posted.viewer, child_id, card, pile)
        .await;
    // On to the next card, with where this one went said.
    posted.answer(done, &crate::paths::my_page_sorted(child_id, card))
}

/// Deletes a voice note (`/children/{child}/voice-notes/{note}/delete`).
pub async fn delete_voice_note(posted: Posted) -> Reply {
    let (Some(child_id), Some(note_id)) = (posted.number("child"), posted.number("note")) else {
        return Reply::not_found();
    };
    let done = posted
        .records
        .delete_voice_note(&posted.viewer, child_id, note_id)
        .await;
    posted.answer(
        done,
        &format!("{}#voice-notes", crate::paths::my_page(child_id)),
    )
}
