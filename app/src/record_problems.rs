//! Problems with record forms, in the person's language.

use crate::forms::{FormOutcome, FormProblem};
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
        Problem::EmailNotValid => fl!(i18n, "error-invite-email-invalid"),
        Problem::ChooseOne => fl!(i18n, "error-choose-one"),
        Problem::ChangedMeanwhile => fl!(i18n, "error-changed-meanwhile"),
        Problem::AgeNotValid => fl!(i18n, "error-age-not-valid"),
        Problem::PostcodeNotValid => fl!(i18n, "error-postcode-not-valid"),
        Problem::PostcodeNotKnown => fl!(i18n, "error-postcode-not-known"),
        Problem::HiddenCharacter { after } => hidden_character(after, i18n),
        Problem::DateTooFar => fl!(i18n, "error-date-too-far"),
        Problem::DocumentNotOnList => fl!(i18n, "pack-share-documents-not-on-list"),
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

pub use crate::forms::shown;

impl FormProblem for FieldProblem {
    fn field_id(&self) -> Option<String> {
        Some(self.field.clone())
    }
    fn message(&self, i18n: &FluentLanguageLoader) -> String {
        message(&self.problem, i18n)
    }
}

/// True when the form came back because someone else saved first.
pub fn changed_meanwhile(outcome: &Option<FormOutcome<FieldProblem>>) -> bool {
    outcome.iter().any(|o| {
        o.problems
            .iter()
            .any(|p| p.problem == Problem::ChangedMeanwhile)
    })
}
