//! What can go wrong with an account form, in terms a person can act on. The server returns these;
//! pages show each as a Fluent message beside its field and in the error summary.

use serde::{Deserialize, Serialize};

/// A form field that a problem belongs to; its `name` is the input's name and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountField {
    Email,
    Password,
    /// The password a person has now, asked before changing it or the email address.
    CurrentPassword,
}

impl AccountField {
    pub fn name(self) -> &'static str {
        match self {
            AccountField::Email => "email",
            AccountField::Password => "password",
            AccountField::CurrentPassword => "current-password",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AccountProblem {
    #[error("no email address given")]
    EmailMissing,
    #[error("email address is not in the right form")]
    EmailInvalid,
    /// A change of email to the address the account has now.
    #[error("the new email address is the one the account has")]
    EmailSameAsNow,
    #[error("no password given")]
    PasswordMissing,
    #[error("password shorter than {min} characters")]
    PasswordTooShort { min: usize },
    #[error("password longer than {max} characters")]
    PasswordTooLong { max: usize },
    #[error("email address or password did not match an account")]
    WrongEmailOrPassword,
    #[error("too many sign-in tries; wait {minutes} minutes")]
    TooManyTries { minutes: u32 },
    #[error("too many new accounts from one address; wait {minutes} minutes")]
    TooManyNewAccounts { minutes: u32 },
    #[error("the password the account has now did not match")]
    CurrentPasswordWrong,
    /// Too many emails asked for (a new password, the confirmation link again).
    #[error("too many emails asked for; wait {minutes} minutes")]
    TooManyEmails { minutes: u32 },
    #[error("the service could not be reached")]
    Unavailable,
    /// A character nobody can see in the email address (see `crate::typed_text`).
    #[error("a hidden character in the email address after {after:?}")]
    EmailHiddenCharacter { after: String },
}

impl AccountProblem {
    /// The field the problem is about; `None` for problems with the whole form.
    pub fn field(&self) -> Option<AccountField> {
        match self {
            AccountProblem::EmailMissing
            | AccountProblem::EmailInvalid
            | AccountProblem::EmailSameAsNow
            | AccountProblem::EmailHiddenCharacter { .. }
            | AccountProblem::WrongEmailOrPassword => Some(AccountField::Email),
            AccountProblem::PasswordMissing
            | AccountProblem::PasswordTooShort { .. }
            | AccountProblem::PasswordTooLong { .. } => Some(AccountField::Password),
            AccountProblem::CurrentPasswordWrong => Some(AccountField::CurrentPassword),
            AccountProblem::TooManyTries { .. }
            | AccountProblem::TooManyEmails { .. }
            | AccountProblem::TooManyNewAccounts { .. }
            | AccountProblem::Unavailable => None,
        }
    }
}

pub const PASSWORD_MIN_CHARS: usize = 8;
/// Long enough for any passphrase; short enough that hashing it cannot be used to tie up the server.
pub const PASSWORD_MAX_CHARS: usize = 256;

/// Checks what a person typed before anything is stored. Returns every problem, so all are shown at once.
pub fn check_new_account(email: &str, password: &str) -> Vec<AccountProblem> {
    let mut problems = Vec::new();
    if let Err(problem) = check_email(email) {
        problems.push(problem);
    }
    let length = password.chars().count();
    if length == 0 {
        problems.push(AccountProblem::PasswordMissing);
    } else if length < PASSWORD_MIN_CHARS {
        problems.push(AccountProblem::PasswordTooShort {
            min: PASSWORD_MIN_CHARS,
        });
    } else if length > PASSWORD_MAX_CHARS {
        problems.push(AccountProblem::PasswordTooLong {
            max: PASSWORD_MAX_CHARS,
        });
    }
    problems
}

/// A light check of shape only: one `@`, something before it, a dot in the part after, no spaces.
/// Whether the address really works is for a confirmation email, not a pattern.
pub fn check_email(email: &str) -> Result<(), AccountProblem> {
    // Shown to others as a name when there is none, so checked as one.
    let email =
        crate::typed_text::tidy(email, crate::typed_text::Shape::Line).map_err(|hidden| {
            AccountProblem::EmailHiddenCharacter {
                after: hidden.after,
            }
        })?;
    if email.is_empty() {
        return Err(AccountProblem::EmailMissing);
    }
    let well_formed = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if well_formed {
        Ok(())
    } else {
        Err(AccountProblem::EmailInvalid)
    }
}

/// The form of an email address used to find an account: trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// What an account page is told after its form, beside any problems: shown in place of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountNotice {
    /// `/forgot-password`: the same words whether or not the address has an account.
    ResetLinkSent,
    /// A link that was used already, is out of date, or never was.
    LinkSpent,
    /// `/confirm-email/…`: the address is confirmed; `signed_in` when this browser is signed in to it.
    EmailConfirmed { signed_in: bool },
    /// Meanwhile another account confirmed the same address: nothing changed.
    AddressTaken,
    /// `/account/email`: the link is on its way to the new address.
    NewEmailLinkSent { to: String },
    /// `/account/password`: changed, and every other device signed out.
    PasswordChanged,
    /// `/account/confirm-again`: sent again.
    ConfirmLinkSent,
}

/// What a delete form can get wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteProblem {
    NotConfirmed,
    WrongPassword,
    Unavailable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        assert_eq!(check_email("  parent@example.org "), Ok(()));
        assert_eq!(check_email(""), Err(AccountProblem::EmailMissing));
        for bad in [
            "parent",
            "parent@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@b.org",
            "a@b.",
        ] {
            assert_eq!(check_email(bad), Err(AccountProblem::EmailInvalid), "{bad}");
        }
        for hidden in [
            "sam\0@example.org",
            "\u{202E}gro.elpmaxe@mas",
            "sam@exa\u{85}mple.org",
        ] {
            assert!(
                matches!(
                    check_email(hidden),
                    Err(AccountProblem::EmailHiddenCharacter { .. })
                ),
                "{hidden:?}"
            );
        }
        assert_eq!(
            normalise_email(" Parent@Example.ORG "),
            "parent@example.org"
        );
    }

    #[test]
    fn new_account_reports_every_problem_at_once() {
        assert_eq!(
            check_new_account("nope", "short"),
            vec![
                AccountProblem::EmailInvalid,
                AccountProblem::PasswordTooShort { min: 8 }
            ]
        );
        assert_eq!(
            check_new_account("a@b.org", ""),
            vec![AccountProblem::PasswordMissing]
        );
        assert!(check_new_account("a@b.org", "correct horse battery").is_empty());
        let long = "x".repeat(PASSWORD_MAX_CHARS + 1);
        assert_eq!(
            check_new_account("a@b.org", &long),
            vec![AccountProblem::PasswordTooLong {
                max: PASSWORD_MAX_CHARS
            }]
        );
    }
}
