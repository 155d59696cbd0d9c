//! How to reach a service: phones, an email address, a website and named people.

use super::places::locations;
use super::push_unique;
use crate::local_offer::oruk::json::{objects_of, text_of, Object};
use crate::local_offer::oruk::text::clean_line;
use heard_app::local_offer::service::{Contact, Phone};

pub(super) fn contact(object: &Object, warnings: &mut Vec<String>) -> Contact {
    let mut contact = Contact::default();
    let contacts = objects_of(object, &["contacts"]);
    let locations = locations(object);
    let mut phone_lists: Vec<&Object> = vec![object];
    phone_lists.extend(contacts.iter().copied());
    phone_lists.extend(objects_of(object, &["service_at_locations"]));
    phone_lists.extend(locations.iter().copied());
    for holder in phone_lists {
        for phone in objects_of(holder, &["phones"]) {
            if let Some(phone) = read_phone(phone) {
                if !contact.phones.iter().any(|p| p.number == phone.number) {
                    contact.phones.push(phone);
                }
            }
        }
    }
    let mut emails = text_of(object, &["email"]).into_iter().collect::<Vec<_>>();
    emails.extend(contacts.iter().filter_map(|c| text_of(c, &["email"])));
    for email in emails {
        match valid_email(&email) {
            Some(email) => {
                if contact.email.is_none() {
                    contact.email = Some(email);
                }
            }
            None => warnings.push(format!("email {email:?} is not an email address: left out")),
        }
    }
    if let Some(url) = text_of(object, &["url", "website"]) {
        match web_address(&url) {
            Some(url) => contact.website = Some(url),
            None => warnings.push(format!("url {url:?} is not a web address: left out")),
        }
    }
    for person in &contacts {
        let name = text_of(person, &["name"]).map(|n| clean_line(&n));
        let title = text_of(person, &["title"]).map(|t| clean_line(&t));
        let who = match (name, title) {
            (Some(name), Some(title)) => format!("{name}, {title}"),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => continue,
        };
        if !who.is_empty() {
            push_unique(&mut contact.people, who);
        }
    }
    contact
}

fn read_phone(phone: &Object) -> Option<Phone> {
    let mut number = clean_line(&text_of(phone, &["number"])?);
    if number.is_empty() {
        return None;
    }
    if let Some(extension) = text_of(phone, &["extension"]) {
        number = format!("{number} ext. {extension}");
    }
    let description = text_of(phone, &["description"])
        .map(|d| clean_line(&d))
        .unwrap_or_else(|| {
            let kind = text_of(phone, &["type"]).unwrap_or_default().to_lowercase();
            match kind.as_str() {
                "text" | "sms" => "Text only",
                "textphone" | "minicom" => "Textphone",
                "fax" => "Fax",
                "video" => "Video calls",
                _ => "",
            }
            .to_string()
        });
    Some(Phone {
        number,
        description,
    })
}

/// An email address, `mailto:` taken off; `None` when it is not one.
pub fn valid_email(text: &str) -> Option<String> {
    let email = text.trim();
    let email = email
        .strip_prefix("mailto:")
        .or_else(|| email.strip_prefix("MAILTO:"))
        .unwrap_or(email)
        .trim();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !email
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>' | '(' | ')' | '"'));
    plausible.then(|| email.to_string())
}

/// A web address with `http` or `https`; a bare `www.` one is given `https://`.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let candidate = if text.to_ascii_lowercase().starts_with("www.") {
        format!("https://{text}")
    } else {
        text.to_string()
    };
    let url = reqwest::Url::parse(&candidate).ok()?;
    let ok = matches!(url.scheme(), "http" | "https")
        && url
            .host_str()
            .is_some_and(|host| host.contains('.') || host == "localhost");
    ok.then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_web_addresses_are_checked() {
        assert_eq!(
            valid_email("mailto:info@example.org").as_deref(),
            Some("info@example.org")
        );
        assert_eq!(valid_email("info at example.org"), None);
        assert_eq!(valid_email("a@b@example.org"), None);
        assert_eq!(valid_email("info@example.org; other@example.org"), None);
        assert_eq!(
            web_address("www.example.org/sport").as_deref(),
            Some("https://www.example.org/sport")
        );
        assert_eq!(web_address("see our Facebook page"), None);
        assert_eq!(web_address("ftp://example.org"), None);
    }
}
