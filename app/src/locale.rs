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
    /// Easy Read English: short sentences, everyday words and a picture beside key messages. It falls
    /// back to `EnglishUk` message by message.
    EasyRead,
    Polish,
    Urdu,
    /// Central Kurdish (Sorani), in Arabic script.
    Sorani,
    /// Punjabi in Gurmukhi script.
    Punjabi,
    Romanian,
    Arabic,
}

impl Locale {
    /// In the order the language chooser lists them: English first, then by how many Derby families
    /// speak each (SEND.md, "Languages").
    pub const ALL: [Locale; 8] = [
        Locale::EnglishUk,
        Locale::EasyRead,
        Locale::Polish,
        Locale::Urdu,
        Locale::Sorani,
        Locale::Punjabi,
        Locale::Romanian,
        Locale::Arabic,
    ];

    /// The folder under `locales/` and the cookie value. A BCP 47 tag; Easy Read is English with a
    /// variant subtag, so plural rules and dates stay English.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnglishUk => "en-GB",
            Locale::EasyRead => "en-GB-easyread",
            Locale::Polish => "pl",
            Locale::Urdu => "ur",
            Locale::Sorani => "ckb",
            Locale::Punjabi => "pa",
            Locale::Romanian => "ro",
            Locale::Arabic => "ar",
        }
    }

    /// `<html lang>`: what screen readers and speech synthesis pick a voice by. Easy Read is read with
    /// an English voice, so it says plain `en-GB` there.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::EasyRead => "en-GB",
            other => other.tag(),
        }
    }

    /// The language's name in itself, so a person can find their language whatever the page is in.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::EnglishUk => "English",
            Locale::EasyRead => "Easy Read",
            Locale::Polish => "Polski",
            Locale::Urdu => "اردو",
            Locale::Sorani => "کوردی (سۆرانی)",
            Locale::Punjabi => "ਪੰਜਾਬੀ",
            Locale::Romanian => "Română",
            Locale::Arabic => "العربية",
        }
    }

    pub fn direction(self) -> TextDirection {
        match self {
            Locale::Urdu | Locale::Sorani | Locale::Arabic => TextDirection::RightToLeft,
            _ => TextDirection::LeftToRight,
        }
    }

    pub fn is_easy_read(self) -> bool {
        self == Locale::EasyRead
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
                Locale::ALL
                    .into_iter()
                    .filter(|l| !l.is_easy_read())
                    .find(|locale| {
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
            Locale::from_accept_language("de,ur;q=0.5,en;q=0.4"),
            Some(Locale::Urdu)
        );
        assert_eq!(
            Locale::from_accept_language("en;q=0.2,ur;q=0.7"),
            Some(Locale::Urdu)
        );
        assert_eq!(Locale::from_accept_language("pl, de"), Some(Locale::Polish));
        assert_eq!(Locale::from_accept_language("de, fr"), None);
        assert_eq!(
            Locale::from_accept_language("ckb-IQ, ar;q=0.8"),
            Some(Locale::Sorani)
        );
        assert_eq!(
            Locale::from_accept_language("pa-IN,en;q=0.5"),
            Some(Locale::Punjabi)
        );
        assert_eq!(
            Locale::from_accept_language("en-GB"),
            Some(Locale::EnglishUk),
            "Easy Read is chosen, never guessed"
        );
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
        for rtl in [Locale::Sorani, Locale::Arabic] {
            assert_eq!(rtl.direction(), TextDirection::RightToLeft);
        }
        assert_eq!(Locale::EasyRead.html_lang(), "en-GB");
        assert_eq!(Locale::from_tag("en-GB-easyread"), Some(Locale::EasyRead));
    }
}
