//! What can be wrong with what a family typed into a record form. Pages show each as a Fluent
//! message beside its field and in the error summary.

use crate::typed_text::{tidy, HiddenCharacter, Shape};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("no name given")]
    NameMissing,
    #[error("nothing written")]
    TextMissing,
    #[error("longer than {max} characters")]
    TooLong { max: usize },
    #[error("no date given")]
    DateMissing,
    #[error("date is missing a day, month or year")]
    DateIncomplete,
    #[error("not a real date")]
    DateNotReal,
    #[error("date of birth is in the future")]
    BirthDateInFuture,
    #[error("Heard is for children and young people up to 25")]
    OlderThan25,
    #[error("date is in the future")]
    DateInFuture,
    #[error("no choice made, or a choice that is not on the list")]
    ChooseOne,
    #[error("someone else saved a change while this was being written")]
    ChangedMeanwhile,
    #[error("an age must be a whole number from 0 to 25")]
    AgeNotValid,
    #[error("not the start of a UK postcode")]
    PostcodeNotValid,
    #[error("a postcode area Heard does not know")]
    PostcodeNotKnown,
    #[error("date is in the past")]
    DateInPast,
    #[error("nothing ticked")]
    TickAtLeastOne,
    #[error("not an email address")]
    EmailNotValid,
    /// A character nobody can see (see `crate::typed_text`); `after` is the words just before it.
    #[error("a hidden character after {after:?}")]
    HiddenCharacter { after: String },
    #[error("date is too far ahead")]
    DateTooFar,
    /// A choice that is not one of those offered (a document of another child's, say).
    #[error("not one of the choices offered")]
    DocumentNotOnList,
}

impl From<HiddenCharacter> for Problem {
    fn from(hidden: HiddenCharacter) -> Self {
        Problem::HiddenCharacter {
            after: hidden.after,
        }
    }
}

/// A problem and the form field it belongs to (the field's id, to link to from the error summary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        FieldProblem {
            field: field.into(),
            problem,
        }
    }
}

/// Checks typed text of either shape: nothing hidden in it, not too long, and (if `required`) not
/// empty. Returns it tidied (trimmed, line breaks as `\n`). Every typed field goes through here.
fn typed(
    field: &str,
    text: &str,
    shape: Shape,
    max: usize,
    required: bool,
    problems: &mut Vec<FieldProblem>,
) -> String {
    let text = match tidy(text, shape) {
        Ok(text) => text,
        Err(hidden) => {
            problems.push(FieldProblem::new(field, hidden.into()));
            return text.trim().to_string();
        }
    };
    if required && text.is_empty() {
        problems.push(FieldProblem::new(field, Problem::TextMissing));
    } else if text.chars().count() > max {
        problems.push(FieldProblem::new(field, Problem::TooLong { max }));
    }
    text
}

/// Checks a required piece of writing (a text box); returns it tidied.
pub fn required_text(
    field: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> String {
    typed(field, text, Shape::Lines, max, true, problems)
}

/// Checks an optional piece of writing (a text box); returns it tidied.
pub fn optional_text(
    field: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> String {
    typed(field, text, Shape::Lines, max, false, problems)
}

/// Checks a one-line box (a name, a school); returns it trimmed. Empty is allowed: a required name
/// says so with its own message.
pub fn optional_line(
    field: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> String {
    typed(field, text, Shape::Line, max, false, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_character_is_the_only_problem_shown_for_its_field() {
        let mut problems = Vec::new();
        let long_with_nul = format!("{}\0", "x".repeat(50));
        optional_text("note", &long_with_nul, 10, &mut problems);
        required_text("text", "\u{1}", 10, &mut problems);
        optional_line("name", "Sam\u{202E}", 10, &mut problems);
        assert_eq!(
            problems,
            vec![
                FieldProblem::new(
                    "note",
                    Problem::HiddenCharacter {
                        after: "x".repeat(30)
                    }
                ),
                FieldProblem::new(
                    "text",
                    Problem::HiddenCharacter {
                        after: String::new()
                    }
                ),
                FieldProblem::new(
                    "name",
                    Problem::HiddenCharacter {
                        after: "Sam".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn writing_comes_back_with_newlines_only() {
        let mut problems = Vec::new();
        assert_eq!(
            required_text("text", " one\r\ntwo ", 10, &mut problems),
            "one\ntwo"
        );
        assert!(problems.is_empty());
    }
}
