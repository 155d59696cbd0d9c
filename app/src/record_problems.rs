//! Problems with record forms, in the person's language.

use crate::forms::{FormOutcome, ShownProblem};
use crate::i18n::fl;
use crate::record::problems::{FieldProblem, Problem};
use i18n_embed::fluent::FluentLanguageLoader;

pub fn message(problem: &Problem, i18n: &FluentLanguageLoader) -> String {
    match problem {
        Problem::NameMissing => fl!(i18n, "error-name-missing"),
        Problem::TextMissing => fl!(i18n, "error-text-missing"),
        Problem::TooLong { max } => fl!(i18n, "error-too-long", max = (*max)),
        Problem::DateMissing => fl!(i18n, "error-date-missing"),
        Problem::DateIncomplete => fl!(i18n, "error-date-incomplete"),
        Problem::DateNotReal => fl!(i18n, "error-date-not-real"),
        Problem::BirthDateInFuture => fl!(i18n, "error-birth-date-in-future"),
        Problem::OlderThan25 => fl!(i18n, "error-older-than-25"),
        Problem::DateInFuture => fl!(i18n, "error-date-in-future"),
        Problem::DateInPast => fl!(i18n, "error-date-in-past"),
        Problem::TickAtLeastOne => fl!(i18n, "error-tick-at-least-one"),
        Problem::ChooseOne => fl!(i18n, "error-choose-one"),
        Problem::ChangedMeanwhile => fl!(i18n, "error-changed-meanwhile"),
        Problem::AgeNotValid => fl!(i18n, "error-age-not-valid"),
        Problem::PostcodeNotValid => fl!(i18n, "error-postcode-not-valid"),
        Problem::PostcodeNotKnown => fl!(i18n, "error-postcode-not-known"),
        Problem::HiddenCharacter { after } => hidden_character(after, i18n),
    }
}

/// Where the hidden character is: at the start, or just after the words the person can see.
pub fn hidden_character(after: &str, i18n: &FluentLanguageLoader) -> String {
    if after.is_empty() {
        fl!(i18n, "error-hidden-character-at-start")
    } else {
        fl!(i18n, "error-hidden-character", after = after)
    }
}

/// Every problem as shown: beside its field and in the summary at the top.
pub fn shown(
    outcome: &Option<FormOutcome<FieldProblem>>,
    i18n: &FluentLanguageLoader,
) -> Vec<ShownProblem> {
    outcome
        .iter()
        .flat_map(|outcome| outcome.problems.iter())
        .map(|problem| ShownProblem {
            field: Some(problem.field.clone()),
            message: message(&problem.problem, i18n),
        })
        .collect()
}

/// True when the form came back because someone else saved first.
pub fn changed_meanwhile(outcome: &Option<FormOutcome<FieldProblem>>) -> bool {
    outcome.iter().any(|o| {
        o.problems
            .iter()
            .any(|p| p.problem == Problem::ChangedMeanwhile)
    })
}
