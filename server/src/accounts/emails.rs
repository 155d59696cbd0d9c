//! The emails about an account: confirming an address, a sign-up with an address that has an
//! account already, a change of address, and a new password. Each is in the recipient's language,
//! says in its subject what it is about, and never names a child.

use crate::mail::{Email, Recipient};
use heard_app::i18n::loader;
use heard_app::locale::Locale;
use std::collections::HashMap;

/// The addresses an email links to, on this site.
pub struct Links<'a> {
    /// Where the site is reached, like `https://heard.example` (no trailing `/`).
    pub origin: &'a str,
}

impl Links<'_> {
    pub fn confirm_email(&self, secret: &str) -> String {
        format!("{}/confirm-email/{secret}", self.origin)
    }
    pub fn reset_password(&self, secret: &str) -> String {
        format!("{}/reset-password/{secret}", self.origin)
    }
    pub fn sign_in(&self) -> String {
        format!("{}{}", self.origin, heard_app::paths::SIGN_IN)
    }
    pub fn forgot_password(&self) -> String {
        format!("{}{}", self.origin, heard_app::paths::FORGOT_PASSWORD)
    }
}

fn text(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<&str, String> = args.iter().cloned().collect();
    if args.is_empty() {
        loader(locale).get(id)
    } else {
        loader(locale).get_args(id, args)
    }
}

fn email(to: &str, locale: Locale, subject: &str, paragraphs: Vec<String>) -> Email {
    Email {
        to: Recipient {
            name: None,
            address: to.to_string(),
        },
        locale,
        subject: text(locale, subject, &[]),
        paragraphs,
    }
}

/// To a new address at sign-up: the link that confirms it, and when the account goes if not.
pub fn confirm_sign_up(to: &str, locale: Locale, link: String, deleted_on: String) -> Email {
    email(
        to,
        locale,
        "mail-confirm-subject",
        vec![
            text(locale, "mail-hello", &[]),
            text(locale, "mail-confirm-why", &[]),
            text(locale, "mail-confirm-open", &[]),
            link,
            text(locale, "mail-confirm-deleted-on", &[("date", deleted_on)]),
            text(locale, "mail-not-you-nothing-to-do", &[]),
        ],
    )
}

/// To the owner of an address someone signed up with again: nothing changed; the way in if it was them.
pub fn sign_up_with_your_address(to: &str, locale: Locale, links: &Links) -> Email {
    email(
        to,
        locale,
        "mail-taken-subject",
        vec![
            text(locale, "mail-hello", &[]),
            text(locale, "mail-taken-why", &[]),
            text(locale, "mail-taken-sign-in", &[]),
            links.sign_in(),
            text(locale, "mail-taken-forgot", &[]),
            links.forgot_password(),
            text(locale, "mail-taken-not-you", &[]),
        ],
    )
}

/// To a new address the account is changing to: the link that confirms it (24 hours).
pub fn confirm_new_email(to: &str, locale: Locale, link: String) -> Email {
    email(
        to,
        locale,
        "mail-new-email-subject",
        vec![
            text(locale, "mail-hello", &[]),
            text(locale, "mail-new-email-why", &[]),
            text(locale, "mail-new-email-open", &[]),
            link,
            text(locale, "mail-new-email-until", &[]),
            text(locale, "mail-not-you-nothing-to-do", &[]),
        ],
    )
}

/// To the old address, once the change is confirmed.
pub fn email_changed(to: &str, locale: Locale, new_email: &str) -> Email {
    email(
        to,
        locale,
        "mail-email-changed-subject",
        vec![
            text(locale, "mail-hello", &[]),
            text(
                locale,
                "mail-email-changed-body",
                &[("email", new_email.to_string())],
            ),
            text(locale, "mail-email-changed-not-you", &[]),
        ],
    )
}

/// The link to make a new password (one hour, once).
pub fn reset_password(to: &str, locale: Locale, link: String) -> Email {
    email(
        to,
        locale,
        "mail-reset-subject",
        vec![
            text(locale, "mail-hello", &[]),
            text(locale, "mail-reset-why", &[]),
            text(locale, "mail-reset-open", &[]),
            link,
            text(locale, "mail-reset-not-you", &[]),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_email(locale: Locale) -> Vec<Email> {
        let links = Links {
            origin: "https://heard.example",
        };
        vec![
            confirm_sign_up(
                "a@example.org",
                locale,
                links.confirm_email("s"),
                "1 May".into(),
            ),
            sign_up_with_your_address("a@example.org", locale, &links),
            confirm_new_email("a@example.org", locale, links.confirm_email("s")),
            email_changed("a@example.org", locale, "b@example.org"),
            reset_password("a@example.org", locale, links.reset_password("s")),
        ]
    }

    #[test]
    fn every_account_email_has_its_words_in_every_language() {
        let english = every_email(Locale::EnglishUk);
        for locale in Locale::ALL {
            for (n, email) in every_email(locale).iter().enumerate() {
                for text in std::iter::once(&email.subject).chain(&email.paragraphs) {
                    assert!(!text.starts_with("mail-"), "{locale:?}: {text}");
                    assert!(!text.contains("{ $"), "{locale:?}: {text}");
                }
                if !locale.is_easy_read() && locale != Locale::EnglishUk {
                    assert_ne!(email.subject, english[n].subject, "{locale:?}");
                }
            }
        }
        assert!(english[0].paragraphs.iter().any(|p| p.contains("1 May")));
        assert!(english[3]
            .paragraphs
            .iter()
            .any(|p| p.contains("b@example.org")));
    }
}
