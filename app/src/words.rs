//! Values shown in words, in the reader's language: dates, year groups, areas of need, goal themes,
//! ratings, review points, roles and the parts of a record. Every page says a value the same way
//! because it says it through here.

use crate::clock::today;
use crate::i18n::fl;
use crate::people::{RecordPart, Role};
use crate::record::about_me::{AboutMePart, Author};
use crate::record::dates::Date;
use crate::record::goal::GoalTheme;
use crate::record::saved::SavedEntry;
use crate::record::{AreaOfNeed, Rating, SchoolYear, SupportStatus, Term, YearGroup};
use crate::services::{DocumentRefused, VoiceNoteRefused};
use i18n_embed::fluent::FluentLanguageLoader;

/// A date as people write it: "10 March 2026".
pub fn long_date(i18n: &FluentLanguageLoader, date: Date) -> String {
    let month = match u8::from(date.month()) {
        1 => fl!(i18n, "month-1"),
        2 => fl!(i18n, "month-2"),
        3 => fl!(i18n, "month-3"),
        4 => fl!(i18n, "month-4"),
        5 => fl!(i18n, "month-5"),
        6 => fl!(i18n, "month-6"),
        7 => fl!(i18n, "month-7"),
        8 => fl!(i18n, "month-8"),
        9 => fl!(i18n, "month-9"),
        10 => fl!(i18n, "month-10"),
        11 => fl!(i18n, "month-11"),
        _ => fl!(i18n, "month-12"),
    };
    fl!(
        i18n,
        "date-long",
        day = (date.day().to_string()),
        month = (month),
        year = (date.year().to_string())
    )
}

/// The day a unix time falls on (UTC, like `today`), as people write it; empty if it is no real time.
pub fn long_date_of_time(seconds: i64, i18n: &FluentLanguageLoader) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .map(|t| long_date(i18n, t.date()))
        .unwrap_or_default()
}

/// A link's whole name for screen readers and voice control, when its shown words ("Change") need what
/// it is about to make sense out of context. Given as the link's `aria-label`, which starts with the
/// shown words: a hidden `<span>` beside them would be read with a space before the colon.
pub fn link_about(action: &str, about: &str, i18n: &FluentLanguageLoader) -> String {
    fl!(i18n, "link-about", action = action, about = about)
}

/// The words for a year group.
pub fn year_group_words(year: YearGroup, i18n: &FluentLanguageLoader) -> String {
    match year {
        YearGroup::EarlyYears => fl!(i18n, "year-group-early-years"),
        YearGroup::Reception => fl!(i18n, "year-group-reception"),
        YearGroup::Year(n) => fl!(i18n, "year-group-year", number = n),
        YearGroup::PostSchool => fl!(i18n, "year-group-post-school"),
    }
}

pub fn support_status_words(status: SupportStatus, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("support-status-{}", status.code()))
}

pub fn area_of_need_words(area: AreaOfNeed, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("area-{}", area.code()))
}

/// The words for what a goal is about: an area of need, or a Preparing for Adulthood theme (said so).
pub fn theme_words(theme: GoalTheme, i18n: &FluentLanguageLoader) -> String {
    match theme {
        GoalTheme::Need(_) => i18n.get(&theme.message_id()),
        GoalTheme::Adulthood(_) => fl!(
            i18n,
            "goals-theme-adulthood",
            theme = (i18n.get(&theme.message_id()))
        ),
    }
}

/// "Autumn", in the reader's language.
pub fn term_words(term: Term, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("term-{}", term.code()))
}

/// "Autumn 2025/26": a review point's name.
pub fn review_point_name(year: SchoolYear, term: Term, i18n: &FluentLanguageLoader) -> String {
    format!("{} {}", term_words(term, i18n), year.label())
}

/// A step of the scale as every page shows it: its symbol, then its words ("◑ getting there").
/// A no-break space keeps the symbol with the first word.
pub fn rating_words(rating: Rating, i18n: &FluentLanguageLoader) -> String {
    format!("{}\u{a0}{}", rating.symbol(), i18n.get(rating.message_id()))
}

/// A part of all about me: its heading.
pub fn about_me_part_words(part: AboutMePart, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&part.title_id())
}

/// Who an entry is from, as it reads inside a sentence ("a parent or carer").
pub fn author_words(author: Author, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&author.message_id())
}

/// The day a version was saved (UTC, like `today`).
pub fn saved_on(saved_at: i64) -> Date {
    time::OffsetDateTime::from_unix_timestamp(saved_at)
        .map(|at| at.date())
        .unwrap_or_else(|_| today())
}

/// Whose words an all about me entry is, and, when an advocate wrote it, who and with whom.
pub fn written_by(entry: &SavedEntry, i18n: &FluentLanguageLoader) -> String {
    let date = long_date(i18n, saved_on(entry.saved_at));
    if entry.writer_role == Role::Advocate {
        let with = match entry.author {
            Author::YoungPerson => fl!(i18n, "written-with-young-person"),
            Author::ParentOrCarer | Author::Advocate => fl!(i18n, "written-with-family"),
        };
        let who = entry
            .saved_by
            .clone()
            .unwrap_or_else(|| fl!(i18n, "about-me-saved-by-unknown"));
        return fl!(
            i18n,
            "written-by-advocate-with",
            who = who,
            with = with,
            date = date
        );
    }
    fl!(
        i18n,
        "about-me-written-by",
        author = (author_words(entry.author, i18n)),
        date = date
    )
}

/// A person's role with a child ("parent or carer", "advocate").
pub fn role_words(role: Role, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&role.message_id())
}

/// A part of the record, as access is given to it.
pub fn record_part_words(part: RecordPart, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("record-part-{}", part.code()))
}

/// "all about me, goals and progress"
pub fn record_parts_words(parts: &[RecordPart], i18n: &FluentLanguageLoader) -> String {
    parts
        .iter()
        .map(|p| record_part_words(*p, i18n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a voice note was not kept, in the person's language: the server sends it with the refusal and
/// the recorder shows it, keeping the recording to save again.
pub fn voice_note_refusal(refused: &VoiceNoteRefused, i18n: &FluentLanguageLoader) -> String {
    match refused {
        VoiceNoteRefused::NotAudio => fl!(i18n, "voice-note-not-audio"),
        VoiceNoteRefused::TooBig => fl!(i18n, "voice-note-too-big"),
        VoiceNoteRefused::ChildFull => fl!(i18n, "voice-note-no-room"),
        VoiceNoteRefused::TooOften { minutes } => {
            fl!(i18n, "voice-note-too-often", minutes = (*minutes))
        }
        VoiceNoteRefused::Record(_) => fl!(i18n, "voice-note-failed"),
    }
}

/// Why a document was not kept, in plain words beside the file field.
pub fn document_refusal(refused: &DocumentRefused, i18n: &FluentLanguageLoader) -> String {
    use crate::record::documents::{DOCUMENTS_BYTES_PER_CHILD, DOCUMENT_MAX_BYTES};
    match refused {
        DocumentRefused::NoFile => fl!(i18n, "documents-no-file"),
        DocumentRefused::NotADocument => fl!(i18n, "documents-not-a-document"),
        DocumentRefused::TooBig => fl!(
            i18n,
            "documents-too-big",
            megabytes = (DOCUMENT_MAX_BYTES / (1024 * 1024))
        ),
        DocumentRefused::ChildFull => fl!(
            i18n,
            "documents-no-room",
            megabytes = (DOCUMENTS_BYTES_PER_CHILD / (1024 * 1024))
        ),
        DocumentRefused::Record(_) => fl!(i18n, "documents-failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::loader;
    use crate::locale::Locale;

    fn d(iso: &str) -> Date {
        crate::record::dates::from_iso(iso).unwrap()
    }

    /// Without Fluent's direction marks around values, to compare with plain text.
    fn plain(text: String) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn dates_are_written_in_words() {
        assert_eq!(
            long_date(loader(Locale::EnglishUk), d("2026-03-10"))
                .replace(['\u{2068}', '\u{2069}'], ""),
            "10 March 2026"
        );
        let urdu = long_date(loader(Locale::Urdu), d("2026-03-10"));
        assert!(urdu.contains("مارچ") && urdu.contains("2026"), "{urdu}");
    }

    #[test]
    fn review_points_and_year_groups_read_as_words() {
        let i18n = loader(Locale::EnglishUk);
        assert_eq!(
            review_point_name(SchoolYear(2025), Term::Autumn, i18n),
            format!("Autumn {}", SchoolYear(2025).label())
        );
        assert_eq!(plain(year_group_words(YearGroup::Year(4), i18n)), "Year 4");
    }
}
