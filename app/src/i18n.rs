//! Fluent messages, embedded in the binary from `locales/`. One loader per offered language, each
//! falling back to en-GB message by message, built once and shared by every request.

use crate::locale::Locale;
use i18n_embed::LanguageLoader;
use leptos::prelude::*;
use rust_embed::RustEmbed;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The loader's type, for the server's emails, which use messages without a page.
pub use i18n_embed::fluent::FluentLanguageLoader;
pub use i18n_embed_fl::fl;

#[derive(RustEmbed)]
#[folder = "../locales/"]
struct Localizations;

/// The file name (without `.ftl`) of the messages in each locale folder; i18n-embed calls it the domain.
pub const DOMAIN: &str = "heard-app";
pub const FALLBACK: Locale = Locale::EnglishUk;

static LOADERS: LazyLock<Vec<(Locale, FluentLanguageLoader)>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| (locale, build_loader(locale)))
        .collect()
});

fn language_id(locale: Locale) -> LanguageIdentifier {
    locale
        .tag()
        .parse()
        .expect("every Locale tag is valid BCP 47")
}

fn build_loader(locale: Locale) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new(DOMAIN, language_id(FALLBACK));
    let mut languages = vec![language_id(locale)];
    if locale != FALLBACK {
        languages.push(language_id(FALLBACK));
    }
    loader
        .load_languages(&Localizations, &languages)
        .expect("the embedded locales load (checked by tests)");
    // No invisible isolation marks around values: they end up in copied text, in chart labels and
    // in screen reader output. Direction is handled by the markup (`dir="auto"` on family text).
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(numbers::format)));
    loader
}

/// Numbers as each language writes them. Fluent itself writes every number the English way ("2.5",
/// "12345"), so a Polish page would say "2.5 mili"; this writes "2,5" and "12 345". Every number a
/// message shows goes through here, because messages are given numbers, not text (which also lets
/// each language choose its plural form).
mod numbers {
    use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
    use fluent_bundle::FluentValue;
    use intl_memoizer::concurrent::IntlLangMemoizer;
    use intl_memoizer::Memoizable;
    use unic_langid::LanguageIdentifier;

    /// One language's separators (CLDR, Latin digits: Heard writes 0-9 in every language, as its
    /// dates and the council's own words do).
    pub struct Separators {
        decimal: char,
        group: char,
        /// Digits before grouping starts: CLDR's minimum grouping digits plus 3 ("1234" in Polish).
        group_from: usize,
    }

    impl Memoizable for Separators {
        type Args = ();
        type Error = ();
        fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
            Ok(match lang.language.as_str() {
                "pl" => Separators {
                    decimal: ',',
                    group: '\u{a0}',
                    group_from: 5,
                },
                "ro" => Separators {
                    decimal: ',',
                    group: '.',
                    group_from: 4,
                },
                _ => Separators {
                    decimal: '.',
                    group: ',',
                    group_from: 4,
                },
            })
        }
    }

    pub fn format(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
        let FluentValue::Number(number) = value else {
            return None;
        };
        if number.options.style != FluentNumberStyle::Decimal {
            return None;
        }
        intls
            .with_try_get::<Separators, _, _>((), |separators| written(number, separators))
            .ok()
    }

    pub fn written(number: &FluentNumber, separators: &Separators) -> String {
        let options = &number.options;
        let mut value = number.value;
        if let Some(most) = options.maximum_fraction_digits {
            let scale = 10f64.powi(most.min(15) as i32);
            value = (value * scale).round() / scale;
        }
        let english = value.abs().to_string();
        let (whole, fraction) = english.split_once('.').unwrap_or((&english, ""));
        let mut fraction = fraction.to_string();
        while fraction.len() < options.minimum_fraction_digits.unwrap_or(0) {
            fraction.push('0');
        }
        let mut out = String::new();
        if value < 0.0 {
            out.push('-');
        }
        let grouped = options.use_grouping && whole.len() >= separators.group_from;
        for (i, digit) in whole.chars().enumerate() {
            if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(separators.group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(separators.decimal);
            out.push_str(&fraction);
        }
        out
    }
}

/// The messages for a language.
pub fn loader(locale: Locale) -> &'static FluentLanguageLoader {
    LOADERS
        .iter()
        .find_map(|(l, loader)| (*l == locale).then_some(loader))
        .expect("a loader is built for every Locale")
}

/// The raw text of every embedded `.ftl` file, by path (`en-GB/heard-app.ftl`), for checks.
pub fn embedded_files() -> Vec<(String, String)> {
    Localizations::iter()
        .filter(|path| path.ends_with(".ftl"))
        .filter_map(|path| {
            let file = Localizations::get(&path)?;
            Some((
                path.to_string(),
                String::from_utf8_lossy(&file.data).into_owned(),
            ))
        })
        .collect()
}

/// The current page's messages, from the language chosen for this request.
#[derive(Clone, Copy)]
pub struct I18n(pub &'static FluentLanguageLoader);

pub fn use_i18n() -> &'static FluentLanguageLoader {
    use_context::<I18n>()
        .map(|i18n| i18n.0)
        .unwrap_or_else(|| loader(FALLBACK))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_is_embedded_in_the_binary() {
        let files = embedded_files();
        for locale in Locale::ALL {
            let path = format!("{}/{DOMAIN}.ftl", locale.tag());
            let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
            assert!(
                paths.contains(&path.as_str()),
                "{path} not embedded; found {paths:?}"
            );
        }
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
        let tenths = |value: f64| {
            FluentNumber::new(
                value,
                FluentNumberOptions {
                    minimum_fraction_digits: Some(1),
                    ..Default::default()
                },
            )
        };
        let said = |locale: Locale, number: FluentNumber| {
            fl!(loader(locale), "local-offer-miles-away", miles = number)
        };
        assert_eq!(said(Locale::EnglishUk, tenths(2.5)), "2.5 miles away");
        assert_eq!(said(Locale::Polish, tenths(0.6)), "0,6 mili stąd");
        assert_eq!(said(Locale::Polish, FluentNumber::from(3)), "3 mile stąd");
        assert_eq!(
            said(Locale::Polish, FluentNumber::from(12345)),
            "12\u{a0}345 mil stąd"
        );
        assert_eq!(
            said(Locale::Polish, FluentNumber::from(1234)),
            "1234 mile stąd"
        );
        assert_eq!(said(Locale::Romanian, tenths(2.5)), "La 2,5 mile distanță");
        assert_eq!(
            said(Locale::Romanian, FluentNumber::from(20)),
            "La 20 de mile distanță"
        );
        assert_eq!(
            said(Locale::EnglishUk, FluentNumber::from(1)),
            "1 mile away"
        );
        assert_eq!(
            said(Locale::EnglishUk, FluentNumber::from(12345)),
            "12,345 miles away"
        );
    }

    #[test]
    fn urdu_pages_are_in_urdu_and_variables_are_filled_in() {
        let english = loader(Locale::EnglishUk);
        let urdu = loader(Locale::Urdu);
        assert_eq!(fl!(english, "nav-language"), "Language");
        assert_ne!(fl!(urdu, "nav-language"), fl!(english, "nav-language"));
        let message = fl!(urdu, "error-too-many-tries", minutes = 15);
        assert!(message.contains("15"), "{message}");
        let english_message = fl!(english, "family-signed-in-as", email = "a@example.org");
        assert!(
            english_message.contains("a@example.org"),
            "{english_message}"
        );
    }
}
