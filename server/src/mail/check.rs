//! `heard mail-test`: one short email, so an operator can see that the email settings work.

use super::{Delivered, Email, MailError, Mailer, Recipient};
// The server crate has no i18n.toml for `fl!`; the messages are checked by the test below.
use heard_app::i18n::loader;
use heard_app::locale::Locale;

/// The test email, in `locale`.
pub fn test_email(address: &str, locale: Locale) -> Email {
    let messages = loader(locale);
    Email {
        to: Recipient {
            name: None,
            address: address.to_string(),
        },
        locale,
        subject: messages.get("mail-test-subject"),
        paragraphs: vec![
            messages.get("mail-test-subject"),
            messages.get("mail-test-body"),
        ],
    }
}

/// Sends the test email and says where it went.
pub async fn send_test(
    mailer: &Mailer,
    address: &str,
    locale: Locale,
) -> Result<String, MailError> {
    let delivered = mailer.send(&test_email(address, locale)).await?;
    Ok(match delivered {
        Delivered::Smtp(server) => {
            format!("Sent a test email to {address} through the SMTP server {server}.\n")
        }
        Delivered::File(file) => format!(
            "No --smtp-url is set, so the test email to {address} was written to {}\n",
            file.display()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_email_is_in_every_language_it_is_asked_for() {
        let english = test_email("a@example.org", Locale::EnglishUk);
        assert_eq!(english.subject, "Heard can send email");
        for locale in Locale::ALL {
            let email = test_email("a@example.org", locale);
            for text in std::iter::once(&email.subject).chain(&email.paragraphs) {
                assert!(!text.starts_with("mail-"), "{locale:?}: {text}");
            }
            if !locale.is_easy_read() && locale != Locale::EnglishUk {
                assert_ne!(email.subject, english.subject, "{locale:?}");
            }
        }
    }
}
