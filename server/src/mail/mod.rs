//! Email: messages in the recipient's language (`email`), sent through an SMTP server when one is set
//! (`smtp`), otherwise written to a folder so a demo or a test installation works without one
//! (`outbox`). Everything Heard emails goes through `Mailer::send`.

pub mod check;
pub mod email;
pub mod outbox;
pub mod smtp;

pub use email::{Email, Recipient};

use lettre::message::Mailbox;
use std::path::PathBuf;

/// Why email could not be set up or sent. None of these carries the SMTP password: the server is
/// named by host and port only, and lettre's own errors are scrubbed of it (`smtp::Smtp::scrub`).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("--smtp-url is not usable: {0}")]
    SmtpUrl(String),
    #[error(
        "--mail-from must be an email address, as heard@example.org or \"Heard <heard@example.org>\" (got {0:?})"
    )]
    From(String),
    #[error(
        "--smtp-url is set, so --mail-from must be set too: the address Heard's email comes from"
    )]
    FromMissing,
    #[error("not an email address: {0:?}")]
    To(String),
    #[error("the email could not be put together: {0}")]
    Build(String),
    #[error("the SMTP server {server} did not take the email: {reason}")]
    Send { server: String, reason: String },
    #[error("the email could not be written to the folder {}: {source}", folder.display())]
    Folder {
        folder: PathBuf,
        source: std::io::Error,
    },
}

/// Where the email went, for the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// Handed to the SMTP server (host:port).
    Smtp(String),
    /// Written to this file.
    File(PathBuf),
}

impl std::fmt::Display for Delivered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Delivered::Smtp(server) => write!(f, "the SMTP server {server}"),
            Delivered::File(file) => write!(f, "the file {}", file.display()),
        }
    }
}

enum Transport {
    // Boxed: the SMTP transport is large, and there is one Mailer.
    Smtp(Box<smtp::Smtp>),
    Folder(outbox::Outbox),
}

/// Sends Heard's email, from one address, through one SMTP server or into one folder.
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

/// Where links in emails lead: the address people use (`--public-url`), else the address Heard
/// listens on; never a request's `Host`, which anyone asking for a new password could set.
pub fn link_origin(public_url: Option<&str>, listening: std::net::SocketAddr) -> String {
    public_url
        .map(str::to_string)
        .unwrap_or_else(|| format!("http://{listening}"))
        .trim_end_matches('/')
        .to_string()
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// The email settings from the command line.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub mail_folder: PathBuf,
}

/// The sender when no SMTP server is set (messages only go to the folder).
const FOLDER_FROM: &str = "Heard <heard@localhost>";

impl Mailer {
    /// Checks the settings now, so a mistake stops `heard` at start rather than at the first email.
    pub fn new(settings: &MailSettings) -> Result<Mailer, MailError> {
        let from_text = match (&settings.smtp_url, &settings.mail_from) {
            (_, Some(from)) => from.as_str(),
            (Some(_), None) => return Err(MailError::FromMissing),
            (None, None) => FOLDER_FROM,
        };
        let from: Mailbox = from_text
            .parse()
            .map_err(|_| MailError::From(from_text.to_string()))?;
        let transport = match &settings.smtp_url {
            Some(url) => Transport::Smtp(Box::new(smtp::Smtp::new(url)?)),
            None => Transport::Folder(outbox::Outbox::new(settings.mail_folder.clone())),
        };
        Ok(Mailer { from, transport })
    }

    /// Where email goes, in words for the start-up log line and `heard mail-test`.
    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(smtp) => {
                format!("email is sent through the SMTP server {}", smtp.server())
            }
            Transport::Folder(outbox) => format!(
                "email is not sent (no --smtp-url): each message is written to the folder {}",
                outbox.folder().display()
            ),
        }
    }

    pub fn sends_by_smtp(&self) -> bool {
        matches!(self.transport, Transport::Smtp(_))
    }

    pub async fn send(&self, email: &Email) -> Result<Delivered, MailError> {
        let message = email.message(self.from.clone())?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await,
            Transport::Folder(outbox) => outbox.write(&message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::link_origin;

    #[test]
    fn links_in_emails_lead_to_the_public_url_else_where_heard_listens() {
        let listening = "127.0.0.1:3000".parse().unwrap();
        assert_eq!(
            link_origin(Some("https://heard.example.org/"), listening),
            "https://heard.example.org"
        );
        assert_eq!(link_origin(None, listening), "http://127.0.0.1:3000");
    }
}
