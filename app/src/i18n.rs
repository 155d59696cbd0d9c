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
    loader
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
