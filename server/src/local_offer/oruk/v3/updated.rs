//! When a service's details were last updated or checked.

use crate::local_offer::oruk::json::{field, shown, text, Object};
use heard_app::record::dates;

pub(super) fn last_updated(object: &Object, warnings: &mut Vec<String>) -> Option<String> {
    let name = ["last_modified", "assured_date"]
        .into_iter()
        .find(|key| field(object, &[key]).is_some())?;
    let value = field(object, &[name])?;
    let date = text(Some(value)).and_then(|t| iso_date(&t));
    if date.is_none() {
        warnings.push(format!("{name} {} is not a date: left out", shown(value)));
    }
    date
}

/// `YYYY-MM-DD` from an ISO date or date-time, or a UK `DD/MM/YYYY` (some v1 feeds), checked.
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let (day_part, rest) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let date = if day_part.contains('/') {
        let mut parts = day_part.split('/');
        let day = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let year: i32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || year < 1000 {
            return None;
        }
        dates::from_parts(day, month, year)?
    } else {
        if day_part.len() != 10 {
            return None;
        }
        dates::from_iso(day_part)?
    };
    // What follows the date must look like a time.
    let time = rest.trim_start_matches(['T', 't', ' ']);
    if !rest.is_empty() && !time.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(dates::to_iso(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_from_iso_and_uk_forms() {
        assert_eq!(
            iso_date("2026-03-04T10:30:45.123Z").as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(iso_date("2026-03-04").as_deref(), Some("2026-03-04"));
        assert_eq!(iso_date("2026-03-04 10:30").as_deref(), Some("2026-03-04"));
        assert_eq!(
            iso_date("04/03/2026 10:30:45").as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(iso_date("2026-02-30"), None);
        assert_eq!(iso_date("last Tuesday"), None);
        assert_eq!(iso_date("2026-03-04Tnoon"), None);
        assert_eq!(iso_date("4/3/26"), None);
    }
}
