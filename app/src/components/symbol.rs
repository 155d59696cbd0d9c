use crate::i18n::use_i18n;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// The pictures shipped in `style/symbols/`, one idea each. A message's `.symbol` attribute names one.
pub const SYMBOLS: [&str; 35] = [
    "home",
    "family",
    "child",
    "about-me",
    "goal",
    "review",
    "progress",
    "next-steps",
    "prepare",
    "local-offer",
    "service",
    "help",
    "language",
    "reading",
    "privacy",
    "sign-in",
    "account",
    "warning",
    "done",
    "save",
    "search",
    "phone",
    "money",
    "school",
    "health",
    "advice",
    "rights",
    "adulthood",
    "complain",
    "words",
    "read-aloud",
    "calendar",
    "like",
    "dislike",
    "not-sure",
];

/// The picture a message has in this language, if any. Only the Easy Read file gives messages a
/// `.symbol`, so every other language shows none; a name outside `SYMBOLS` is ignored.
pub fn symbol_of(i18n: &FluentLanguageLoader, message: &str) -> Option<&'static str> {
    if !i18n.has_attr(message, "symbol") {
        return None;
    }
    let name = i18n.get_attr(message, "symbol");
    SYMBOLS.into_iter().find(|known| *known == name.trim())
}

/// A symbol beside a key message (Easy Read). Drawn with the CSS mask of its SVG in the text colour,
/// so it follows the light, dark and high-contrast themes; its text alternative is a message too.
/// `decorative` where the words beside it are the whole name of a link or button, so screen readers
/// do not hear the picture's name in it.
#[component]
pub fn EasyReadSymbol(message: &'static str, #[prop(optional)] decorative: bool) -> impl IntoView {
    let i18n = use_i18n();
    symbol_of(i18n, message).map(|name| {
        let class = format!("easy-symbol symbol-{name}");
        if decorative {
            view! { <span class=class aria-hidden="true"></span> }.into_any()
        } else {
            view! {
                <span class=class role="img" aria-label=i18n.get(&format!("symbol-{name}"))></span>
            }
            .into_any()
        }
    })
}

/// A key message with its symbol beside it (Easy Read); elsewhere just the message.
#[component]
pub fn WithSymbol(message: &'static str, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    match symbol_of(i18n, message) {
        Some(_) => view! {
            <div class="with-symbol">
                <EasyReadSymbol message=message />
                <div class="with-symbol-text">{children()}</div>
            </div>
        }
        .into_any(),
        None => children().into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::loader;
    use crate::locale::Locale;
    use std::path::Path;

    #[test]
    fn every_symbol_has_a_picture_and_a_text_alternative_in_every_language() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../style/symbols");
        for name in SYMBOLS {
            let file = folder.join(format!("{name}.svg"));
            let svg = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(svg.contains("<svg"), "{name}.svg is not an SVG");
            for locale in Locale::ALL {
                let i18n = loader(locale);
                let id = format!("symbol-{name}");
                assert!(i18n.has(&id), "no {id} message");
                assert!(!i18n.get(&id).trim().is_empty(), "{id} is empty");
            }
        }
    }

    #[test]
    fn only_easy_read_shows_symbols_and_only_known_ones() {
        let easy = loader(Locale::EasyRead);
        let english = loader(Locale::EnglishUk);
        assert_eq!(symbol_of(english, "home-title"), None);
        assert!(
            symbol_of(easy, "home-title").is_some(),
            "the Easy Read home page heading has a picture"
        );
        for (path, source) in crate::i18n::embedded_files() {
            for line in source.lines() {
                if let Some(name) = line.trim().strip_prefix(".symbol =") {
                    assert!(
                        path.starts_with("en-GB-easyread/"),
                        "{path}: only Easy Read gives messages pictures"
                    );
                    assert!(
                        SYMBOLS.contains(&name.trim()),
                        "{path}: unknown symbol `{}`",
                        name.trim()
                    );
                }
            }
        }
    }
}
