//! What can be wrong with what a family typed into a record form. Pages show each as a Fluent
//! message beside its field and in the error summary.

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

/// Checks a required piece of free text; returns it trimmed.
pub fn required_text(
    field: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> String {
    let text = text.trim();
    if text.is_empty() {
        problems.push(FieldProblem::new(field, Problem::TextMissing));
    } else if text.chars().count() > max {
        problems.push(FieldProblem::new(field, Problem::TooLong { max }));
    }
    text.to_string()
}

/// Checks an optional piece of free text; returns it trimmed.
pub fn optional_text(
    field: &str,
    text: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> String {
    let text = text.trim();
    if text.chars().count() > max {
        problems.push(FieldProblem::new(field, Problem::TooLong { max }));
    }
    text.to_string()
}
