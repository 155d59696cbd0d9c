//! An SMTP server from `--smtp-url`. Heard reads the URL a little more safely than lettre alone:
//! `smtp://` asks for STARTTLS unless the URL says `?tls=none` (lettre would send in the clear), so
//! only an operator who writes `tls=none`, for a relay on the same machine, sends unencrypted.
//!
//! | URL                                   | connection                          | default port |
//! |---------------------------------------|-------------------------------------|--------------|
//! | `smtps://user:pass@host`              | TLS from the start                  | 465          |
//! | `smtp://user:pass@host`               | STARTTLS, required                  | 587          |
//! | `smtp://host?tls=opportunistic`       | STARTTLS if offered (not for real use) | 587       |
//! | `smtp://localhost:2525?tls=none`      | no encryption (a local relay only)  | 25           |

use super::{Delivered, MailError};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    /// host:port, for logs and errors: never the user name or password.
    server: String,
    /// Kept only to scrub it from any error text lettre gives back.
    password: Option<String>,
}

impl Smtp {
    pub fn new(smtp_url: &str) -> Result<Smtp, MailError> {
        // url's own errors do not repeat the URL, so they are safe to show.
        let mut url = url::Url::parse(smtp_url).map_err(|e| MailError::SmtpUrl(e.to_string()))?;
        let password = url
            .password()
            .map(|p| percent_encoding_decode(p).unwrap_or_else(|| p.to_string()));
        let tls = url
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.into_owned());
        let scheme = url.scheme().to_string();
        let lettre_tls = match (scheme.as_str(), tls.as_deref()) {
            ("smtps", None) => None,
            ("smtp", None | Some("required")) => Some("required"),
            ("smtp", Some("opportunistic")) => Some("opportunistic"),
            ("smtp", Some("none")) => None,
            ("smtp" | "smtps", Some(other)) => {
                return Err(MailError::SmtpUrl(format!(
                    "tls={other} is not one of required, opportunistic or none"
                )))
            }
            (other, _) => {
                return Err(MailError::SmtpUrl(format!(
                    "it must start smtp:// or smtps:// (it starts {other}://)"
                )))
            }
        };
        let Some(host) = url.host_str().filter(|h| !h.is_empty()).map(str::to_string) else {
            return Err(MailError::SmtpUrl("it names no server".into()));
        };
        let port = url.port().unwrap_or(match (scheme.as_str(), lettre_tls) {
            ("smtps", _) => 465,
            (_, Some(_)) => 587,
            _ => 25,
        });
        // Give lettre the port and TLS choice explicitly, as its own table spells them.
        let _ = url.set_port(Some(port));
        let others: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(key, _)| key != "tls")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        {
            let mut query = url.query_pairs_mut();
            query.clear();
            query.extend_pairs(others);
            if let Some(tls) = lettre_tls {
                query.append_pair("tls", tls);
            }
        }
        if url.query() == Some("") {
            url.set_query(None);
        }
        let scrub = |text: String| scrub(text, password.as_deref());
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())
            .map_err(|e| MailError::SmtpUrl(scrub(e.to_string())))?
            .build();
        Ok(Smtp {
            transport,
            server: format!("{host}:{port}"),
            password,
        })
    }

    pub fn server(&self) -> &str {
        &self.server
    }

    pub async fn send(&self, message: Message) -> Result<Delivered, MailError> {
        self.transport
            .send(message)
            .await
            .map_err(|e| MailError::Send {
                server: self.server.clone(),
                reason: scrub(e.to_string(), self.password.as_deref()),
            })?;
        Ok(Delivered::Smtp(self.server.clone()))
    }
}

/// The URL's password as the server sees it (`%40` is `@`), so it is scrubbed in that spelling.
fn percent_encoding_decode(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|p| p.into_owned())
}

/// An error's text with the password taken out, should a server or library ever echo it.
fn scrub(text: String, password: Option<&str>) -> String {
    match password {
        Some(password) if !password.is_empty() => text.replace(password, "(password)"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_ask_for_tls_unless_told_none_and_name_the_server_without_the_password() {
        let starttls = Smtp::new("smtp://user:s3cret@mail.example.org").unwrap();
        assert_eq!(starttls.server(), "mail.example.org:587");
        let tls = Smtp::new("smtps://user:s3cret@mail.example.org").unwrap();
        assert_eq!(tls.server(), "mail.example.org:465");
        let plain = Smtp::new("smtp://localhost:2525?tls=none").unwrap();
        assert_eq!(plain.server(), "localhost:2525");
        for bad in [
            "http://user:s3cret@mail.example.org",
            "smtp://user:s3cret@mail.example.org?tls=maybe",
            "smtp://user:s3cret@",
            "not a url s3cret",
        ] {
            let error = Smtp::new(bad).err().expect(bad).to_string();
            assert!(!error.contains("s3cret"), "{error}");
        }
    }

    #[test]
    fn the_password_is_scrubbed_from_error_text_in_either_spelling() {
        assert_eq!(
            scrub("auth p@ss failed".into(), Some("p@ss")),
            "auth (password) failed"
        );
        assert_eq!(percent_encoding_decode("p%40ss").as_deref(), Some("p@ss"));
    }
}
