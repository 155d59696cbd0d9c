//! Passkeys: signing in with a phone's or computer's screen lock instead of a password (WebAuthn).
//! The server keeps them and runs the two halves of each ceremony; pages list them and the small
//! same-origin script `/passkeys.js` talks to the browser. Passwords stay for everyone.

use serde::{Deserialize, Serialize};

/// The longest name a person may give a passkey, in characters.
pub const NAME_MAX_CHARS: usize = 60;

/// One of the account's passkeys as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPasskey {
    pub id: i64,
    /// What the person called it ("My phone").
    pub name: String,
    /// Unix seconds.
    pub added_at: i64,
    /// Unix seconds; `None` until it is first used to sign in.
    pub last_used_at: Option<i64>,
}

/// Why adding a passkey or signing in with one did not work, in terms a person can act on. Each is
/// a Fluent message; the script shows the server's words, or the page's for what the browser says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PasskeyProblem {
    /// Adding a passkey needs a session; signing in with one has its own ceremony.
    #[error("signed out")]
    SignedOut,
    #[error("no name given for the passkey")]
    NameMissing,
    /// A character nobody can see in the name (see `crate::typed_text`).
    #[error("a hidden character in the passkey's name after {after:?}")]
    NameHiddenCharacter { after: String },
    #[error("passkey name longer than {max} characters")]
    NameTooLong { max: usize },
    /// No ceremony waiting in this session: it was used already, or the session is new.
    #[error("no passkey ceremony waiting, or it was used already")]
    NotStarted,
    /// The browser's answer did not check out (wrong site, wrong challenge, unknown passkey).
    #[error("the passkey was not recognised")]
    NotRecognised,
    /// Another account already has this passkey, or this account has it already.
    #[error("the passkey is already in use")]
    AlreadyAdded,
    #[error("too many sign-in tries; wait {minutes} minutes")]
    TooManyTries { minutes: u32 },
    #[error("the service could not be reached")]
    Unavailable,
}

impl PasskeyProblem {
    /// The short code a script or test reads, as server functions answer.
    pub fn code(&self) -> &'static str {
        match self {
            PasskeyProblem::SignedOut => "signed-out",
            PasskeyProblem::NameMissing => "name-missing",
            PasskeyProblem::NameHiddenCharacter { .. } => "name-hidden-character",
            PasskeyProblem::NameTooLong { .. } => "name-too-long",
            PasskeyProblem::NotStarted => "not-started",
            PasskeyProblem::NotRecognised => "not-recognised",
            PasskeyProblem::AlreadyAdded => "already-added",
            PasskeyProblem::TooManyTries { .. } => "too-many-tries",
            PasskeyProblem::Unavailable => "unavailable",
        }
    }

    /// The status a ceremony endpoint answers with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            PasskeyProblem::SignedOut => StatusCode::UNAUTHORIZED,
            PasskeyProblem::NameMissing
            | PasskeyProblem::NameHiddenCharacter { .. }
            | PasskeyProblem::NameTooLong { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            PasskeyProblem::NotStarted | PasskeyProblem::NotRecognised => StatusCode::BAD_REQUEST,
            PasskeyProblem::AlreadyAdded => StatusCode::CONFLICT,
            PasskeyProblem::TooManyTries { .. } => StatusCode::TOO_MANY_REQUESTS,
            PasskeyProblem::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Checks the name a person gives a new passkey; returns it tidied.
pub fn check_name(name: &str) -> Result<String, PasskeyProblem> {
    let name = crate::typed_text::tidy(name, crate::typed_text::Shape::Line).map_err(|hidden| {
        PasskeyProblem::NameHiddenCharacter {
            after: hidden.after,
        }
    })?;
    let name = name.trim();
    if name.is_empty() {
        return Err(PasskeyProblem::NameMissing);
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(PasskeyProblem::NameTooLong {
            max: NAME_MAX_CHARS,
        });
    }
    Ok(name.to_string())
}

mod ssr {
    use super::*;
    use crate::i18n::fl;
    use crate::scope::Viewer;
    use i18n_embed::fluent::FluentLanguageLoader;
    use std::sync::Arc;

    impl PasskeyProblem {
        /// The problem in the person's language.
        pub fn message(&self, i18n: &FluentLanguageLoader) -> String {
            match self {
                PasskeyProblem::SignedOut => fl!(i18n, "passkey-error-signed-out"),
                PasskeyProblem::NameMissing => fl!(i18n, "passkey-error-name-missing"),
                PasskeyProblem::NameHiddenCharacter { after } => {
                    crate::record_problems::hidden_character(after, i18n)
                }
                PasskeyProblem::NameTooLong { max } => {
                    fl!(i18n, "passkey-error-name-too-long", max = (*max))
                }
                PasskeyProblem::NotStarted => fl!(i18n, "passkey-error-not-started"),
                PasskeyProblem::NotRecognised => fl!(i18n, "passkey-error-not-recognised"),
                PasskeyProblem::AlreadyAdded => fl!(i18n, "passkey-error-already-added"),
                PasskeyProblem::TooManyTries { minutes } => {
                    fl!(i18n, "error-too-many-tries", minutes = (*minutes))
                }
                PasskeyProblem::Unavailable => fl!(i18n, "error-unavailable"),
            }
        }
    }

    impl crate::forms::FormProblem for PasskeyProblem {
        fn field_id(&self) -> Option<String> {
            match self {
                PasskeyProblem::NameMissing
                | PasskeyProblem::NameHiddenCharacter { .. }
                | PasskeyProblem::NameTooLong { .. } => Some("passkey-name".to_string()),
                _ => None,
            }
        }
        fn message(&self, i18n: &FluentLanguageLoader) -> String {
            PasskeyProblem::message(self, i18n)
        }
    }

    /// The account's passkeys, as its page asks for them. Only ever the viewer's own.
    #[async_trait::async_trait]
    pub trait AccountPasskeys: Send + Sync {
        async fn passkeys(
            &self,
            viewer: &Viewer,
        ) -> Result<Vec<SavedPasskey>, crate::services::RecordError>;
    }

    pub type PasskeysService = Arc<dyn AccountPasskeys>;

    /// The passkeys service for this request. The server always provides one.
    pub fn use_passkeys() -> PasskeysService {
        leptos::prelude::use_context::<PasskeysService>().expect("the server provides passkeys")
    }
}
pub use ssr::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_needed_and_kept_short() {
        assert_eq!(check_name("  My phone "), Ok("My phone".to_string()));
        assert_eq!(check_name("   "), Err(PasskeyProblem::NameMissing));
        assert_eq!(
            check_name(&"x".repeat(NAME_MAX_CHARS + 1)),
            Err(PasskeyProblem::NameTooLong {
                max: NAME_MAX_CHARS
            })
        );
        assert!(matches!(
            check_name("my\u{202E}phone"),
            Err(PasskeyProblem::NameHiddenCharacter { .. })
        ));
    }
}
