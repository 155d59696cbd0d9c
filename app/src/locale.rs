//! The languages Heard speaks.

use serde::{Deserialize, Serialize};

/// Which way a language is written; `<html dir>` follows it so the whole layout flips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

impl TextDirection {
    pub fn html_dir(self) -> &'static str {
        match self {
            TextDirection::LeftToRight => "ltr",
            TextDirection::RightToLeft => "rtl",
        }
    }
}

/// A language the portal is offered in. Each has a folder under `locales/` named by its `tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    EnglishUk,
    Urdu,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EnglishUk, Locale::Urdu];

    /// The BCP 47 tag: the folder under `locales/`, the cookie value and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnglishUk => "en-GB",
            Locale::Urdu => "ur",
        }
    }

    /// The language's name in itself, so a person can find their language whatever the page is in.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::EnglishUk => "English",
            Locale::Urdu => "اردو",
        }
    }

    pub fn direction(self) -> TextDirection {
        match self {
            Locale::EnglishUk => TextDirection::LeftToRight,
            Locale::Urdu => TextDirection::RightToLeft,
        }
    }

    /// Exact tag match, ignoring case; what a cookie or a form sends.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The best offered language for an `Accept-Language` header, by the person's order of preference.
    /// A regional tag matches its language (`ur-PK` gives Urdu, `en-US` gives English).
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.trim().split(';');
                let range = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!range.is_empty() && quality > 0.0).then_some((quality, position, range))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, range)| {
            Locale::from_tag(range).or_else(|| {
                let language = range.split('-').next()?;
                Locale::ALL.into_iter().find(|locale| {
                    locale
                        .tag()
                        .split('-')
                        .next()
                        .is_some_and(|l| l.eq_ignore_ascii_case(language))
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_follows_preference_order_and_quality() {
        assert_eq!(
            Locale::from_accept_language("ur-PK,ur;q=0.9,en;q=0.8"),
            Some(Locale::Urdu)
        );
        assert_eq!(
            Locale::from_accept_language("en-US,en;q=0.9"),
            Some(Locale::EnglishUk)
        );
        assert_eq!(
            Locale::from_accept_language("pl,ur;q=0.5,en;q=0.4"),
            Some(Locale::Urdu)
        );
        assert_eq!(
            Locale::from_accept_language("en;q=0.2,ur;q=0.7"),
            Some(Locale::Urdu)
        );
        assert_eq!(Locale::from_accept_language("pl, de"), None);
        assert_eq!(
            Locale::from_accept_language("ur;q=0, en"),
            Some(Locale::EnglishUk)
        );
        assert_eq!(Locale::from_accept_language(""), None);
    }

    #[test]
    fn tags_round_trip_and_urdu_is_right_to_left() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("EN-gb"), Some(Locale::EnglishUk));
        assert_eq!(Locale::from_tag("xx"), None);
        assert_eq!(Locale::Urdu.direction().html_dir(), "rtl");
        assert_eq!(Locale::EnglishUk.direction().html_dir(), "ltr");
    }
}
