//! One email: to one person, in their language, with a subject and paragraphs of plain text that
//! callers take from Fluent messages. The HTML part is made here from the same paragraphs, each
//! escaped whole, so whatever a person typed (a name, a child's school) is shown as text and never
//! read as markup; header values lose any line breaks, so nothing can add a header.

use super::MailError;
use heard_app::locale::Locale;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;

/// Who an email is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Their name as they gave it, if any, shown beside the address.
    pub name: Option<String>,
    pub address: String,
}

#[derive(Debug, Clone)]
pub struct Email {
    pub to: Recipient,
    /// The recipient's language: the subject and paragraphs are in it.
    pub locale: Locale,
    pub subject: String,
    pub paragraphs: Vec<String>,
}

impl Email {
    /// The plain text part: the paragraphs with a blank line between them.
    pub fn text(&self) -> String {
        let mut text = self.paragraphs.join("\n\n");
        text.push('\n');
        text
    }

    /// The HTML part: a bare page in the recipient's language and direction, one `<p>` a paragraph.
    pub fn html(&self) -> String {
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n",
            self.locale.html_lang(),
            self.locale.direction().html_dir(),
            escape(&self.subject)
        );
        for paragraph in &self.paragraphs {
            html.push_str("<p>");
            if is_web_address(paragraph) {
                // A link on its own line (to confirm an address, say) can be followed with a tap.
                let address = escape(paragraph);
                html.push_str(&format!("<a href=\"{address}\">{address}</a>"));
            } else {
                html.push_str(&escape(paragraph));
            }
            html.push_str("</p>\n");
        }
        html.push_str("</body>\n</html>\n");
        html
    }

    /// The message as it is sent, from `from`.
    pub fn message(&self, from: Mailbox) -> Result<Message, MailError> {
        let address = self
            .to
            .address
            .trim()
            .parse()
            .map_err(|_| MailError::To(self.to.address.clone()))?;
        let name = self
            .to
            .name
            .as_deref()
            .map(one_line)
            .filter(|n| !n.is_empty());
        Message::builder()
            .from(from)
            .to(Mailbox::new(name, address))
            .subject(one_line(&self.subject))
            .header(ContentLanguage(self.locale.tag()))
            .multipart(MultiPart::alternative_plain_html(self.text(), self.html()))
            .map_err(|e| MailError::Build(e.to_string()))
    }
}

/// A paragraph that is only a web address, which the HTML part makes a link.
fn is_web_address(paragraph: &str) -> bool {
    (paragraph.starts_with("https://") || paragraph.starts_with("http://"))
        && !paragraph
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// A header value on one line: every control character (CR and LF among them) becomes a space.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Text made safe to put between HTML tags or in an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `Content-Language`, so mail programs (and screen readers) know the message's language. Its value
/// is one of Heard's own locale tags, never a person's text.
#[derive(Debug, Clone)]
struct ContentLanguage(&'static str);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Err("Heard only writes Content-Language".into())
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(name: &str) -> Email {
        Email {
            to: Recipient {
                name: Some(name.into()),
                address: "parent@example.org".into(),
            },
            locale: Locale::Urdu,
            subject: "A subject".into(),
            paragraphs: vec![format!("Hello {name},"), "Second <b>line</b> & more".into()],
        }
    }

    #[test]
    fn what_a_person_typed_is_text_in_the_html_part_and_unchanged_in_the_plain_part() {
        let name = "Sam</p><script>alert(\"x\")</script><img src=x onerror='y'>";
        let email = to(name);
        let html = email.html();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(
            html.contains("Sam&lt;/p&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt;"),
            "{html}"
        );
        assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"), "{html}");
        let mut linked = to("Sam");
        linked.paragraphs = vec![
            "https://heard.example/confirm-email/abc".into(),
            "https://x.example/\"onclick=".into(),
        ];
        let html = linked.html();
        assert!(
            html.contains("<a href=\"https://heard.example/confirm-email/abc\">"),
            "{html}"
        );
        assert!(!html.contains("onclick=\""), "{html}");
        assert!(
            email.text().contains(name),
            "the plain part is the text as typed"
        );
    }

    #[test]
    fn a_line_break_in_a_name_or_subject_cannot_add_a_header() {
        let mut email = to("Sam\r\nBcc: stranger@example.net");
        email.subject = "Hello\r\nX-Injected: yes".into();
        let from: Mailbox = "Heard <heard@example.org>".parse().unwrap();
        let sent = String::from_utf8(email.message(from).unwrap().formatted()).unwrap();
        let headers = sent.split("\r\n\r\n").next().unwrap();
        for line in headers.split("\r\n") {
            let lower = line.to_ascii_lowercase();
            assert!(!lower.starts_with("bcc:"), "{headers}");
            assert!(!lower.starts_with("x-injected:"), "{headers}");
        }
        assert!(headers.contains("Content-Language: ur"), "{headers}");
    }
}
