//! Notes from school and others: what a professional the family invited writes about the child (a
//! SENCo after a meeting, a therapist after a session), about a day, marked with who wrote it. Only
//! its writer changes its words; the family reads every note and may delete one.

use super::dates::{self, Date};
use super::problems::{required_text, FieldProblem, Problem};
use crate::people::ProfessionalWriter;

/// The most characters in one note.
pub const NOTE_MAX_CHARS: usize = 4000;

/// The note form's fields: the words, and the day it is about as three boxes.
pub const TEXT_FIELD: &str = "text";
pub const ABOUT_FIELD: &str = "about";

/// What a note says, as its writer gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteWords {
    /// The day the note is about (a meeting, a session, a week's end).
    pub about: Date,
    pub text: String,
}

/// A note on a child's record, as the notes page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedNote {
    pub id: i64,
    pub words: NoteWords,
    /// Who wrote it, with their job and organisation as they were when they wrote it.
    pub writer: ProfessionalWriter,
    /// Written by the person asking: theirs to change.
    pub mine: bool,
    /// When it was written or last changed (unix seconds).
    pub written_at: i64,
}

/// Reads the posted note form: the day it is about (needed, a real date) and the words (needed).
/// Every problem at once, each tied to its field.
pub fn check_note_form(fields: &[(String, String)]) -> Result<NoteWords, Vec<FieldProblem>> {
    let get = |name: &str| {
        fields
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let about = match dates::from_typed(
        get(&format!("{ABOUT_FIELD}-day")),
        get(&format!("{ABOUT_FIELD}-month")),
        get(&format!("{ABOUT_FIELD}-year")),
    ) {
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            problems.push(FieldProblem::new(ABOUT_FIELD, Problem::DateMissing));
            None
        }
        Err(problem) => {
            problems.push(FieldProblem::new(
                ABOUT_FIELD,
                super::child::date_problem(problem),
            ));
            None
        }
    };
    let text = required_text(TEXT_FIELD, get(TEXT_FIELD), NOTE_MAX_CHARS, &mut problems);
    match about {
        Some(about) if problems.is_empty() => Ok(NoteWords { about, text }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::posted as fields;

    #[test]
    fn a_note_needs_a_real_day_and_some_words() {
        let note = check_note_form(&fields(&[
            ("about-day", "3"),
            ("about-month", "12"),
            ("about-year", "2026"),
            ("text", "  Settled well after lunch.  "),
        ]))
        .unwrap();
        assert_eq!(note.about, dates::from_iso("2026-12-03").unwrap());
        assert_eq!(note.text, "Settled well after lunch.");

        let problems = check_note_form(&fields(&[
            ("about-day", "31"),
            ("about-month", "2"),
            ("about-year", "2026"),
            ("text", " "),
        ]))
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("about", Problem::DateNotReal),
                FieldProblem::new("text", Problem::TextMissing),
            ]
        );
        assert_eq!(
            check_note_form(&fields(&[("text", "Hello")])).unwrap_err(),
            vec![FieldProblem::new("about", Problem::DateMissing)]
        );
    }
}
