use crate::account::AccountProblem;
use crate::forms::FormProblem;
use crate::i18n::fl;
use i18n_embed::fluent::FluentLanguageLoader;

/// An account problem in the person's language.
pub fn message(problem: &AccountProblem, i18n: &FluentLanguageLoader) -> String {
    match problem {
        AccountProblem::EmailMissing => fl!(i18n, "error-email-missing"),
        AccountProblem::EmailInvalid => fl!(i18n, "error-email-invalid"),
        AccountProblem::EmailSameAsNow => fl!(i18n, "error-email-same-as-now"),
        AccountProblem::CurrentPasswordWrong => fl!(i18n, "error-current-password-wrong"),
        AccountProblem::TooManyEmails { minutes } => {
            fl!(i18n, "error-too-many-emails", minutes = (*minutes))
        }
        AccountProblem::PasswordMissing => fl!(i18n, "error-password-missing"),
        AccountProblem::PasswordTooShort { min } => {
            fl!(i18n, "error-password-too-short", min = (*min))
        }
        AccountProblem::PasswordTooLong { max } => {
            fl!(i18n, "error-password-too-long", max = (*max))
        }
        AccountProblem::WrongEmailOrPassword => fl!(i18n, "error-wrong-email-or-password"),
        AccountProblem::TooManyTries { minutes } => {
            fl!(i18n, "error-too-many-tries", minutes = (*minutes))
        }
        AccountProblem::TooManyNewAccounts { minutes } => {
            fl!(i18n, "error-too-many-new-accounts", minutes = (*minutes))
        }
        AccountProblem::Unavailable => fl!(i18n, "error-unavailable"),
        AccountProblem::EmailHiddenCharacter { after } => {
            crate::record_problems::hidden_character(after, i18n)
        }
    }
}

pub use crate::forms::shown;

impl FormProblem for AccountProblem {
    fn field_id(&self) -> Option<String> {
        self.field().map(|field| field.name().to_string())
    }
    fn message(&self, i18n: &FluentLanguageLoader) -> String {
        message(self, i18n)
    }
}
