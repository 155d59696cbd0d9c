//! The words families meet in SEND, each with a plain meaning written and kept in `locales/` (never
//! translated on the fly), and finding them in running text so the interface can explain them where
//! they appear.

use crate::i18n::loader;
use crate::locale::Locale;
use i18n_embed::fluent::FluentLanguageLoader;
use std::sync::LazyLock;

/// Every term, by the id its messages share: `glossary-ID` (the term), `glossary-ID-meaning`, and
/// `glossary-ID-also` (how it is written in running text, `|` between forms). In the glossary page's
/// order: the words a family meets first come first.
pub const TERMS: [&str; 25] = [
    "send",
    "sen-support",
    "ehc-plan",
    "ehc-needs-assessment",
    "annual-review",
    "review-point",
    "outcome",
    "graduated-approach",
    "senco",
    "local-offer",
    "sendiass",
    "advocate",
    "personal-budget",
    "mediation",
    "tribunal",
    "ep",
    "salt",
    "ot",
    "camhs",
    "semh",
    "ap",
    "eotas",
    "ebsna",
    "pfa",
    "phase-transfer",
];

/// A term with its words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: &'static str,
    pub name: String,
    pub meaning: String,
}

impl Term {
    pub fn new(id: &'static str, i18n: &FluentLanguageLoader) -> Term {
        Term {
            id,
            name: i18n.get(&format!("glossary-{id}")),
            meaning: i18n.get(&format!("glossary-{id}-meaning")),
        }
    }

    /// The anchor on the glossary page.
    pub fn anchor(&self) -> String {
        format!("term-{}", self.id)
    }
}

/// Running text cut into plain parts and the terms found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextPart {
    Plain(String),
    Term { id: &'static str, written: String },
}

type Forms = Vec<(&'static str, String)>;

/// Worked out once per language: every page's text is scanned with them.
static FORMS: LazyLock<Vec<(Locale, Forms)>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| (locale, forms(locale)))
        .collect()
});

fn forms_in(locale: Locale) -> &'static Forms {
    FORMS
        .iter()
        .find_map(|(l, forms)| (*l == locale).then_some(forms))
        .expect("forms are worked out for every Locale")
}

/// The ways each term is written in `locale`, and in English too: families' letters and
/// translations keep English abbreviations (EHCP, SENCO) that are worth explaining in any language.
fn forms(locale: Locale) -> Forms {
    let mut forms: Vec<(&'static str, String)> = Vec::new();
    for source in [loader(locale), loader(Locale::EnglishUk)] {
        for id in TERMS {
            for form in source.get(&format!("glossary-{id}-also")).split('|') {
                let form = form.trim();
                if form.chars().count() >= 2 && !forms.iter().any(|(_, f)| f == form) {
                    forms.push((id, form.to_string()));
                }
            }
        }
    }
    // Longest first, so "EHC needs assessment" wins over "EHC".
    forms.sort_by_key(|(_, form)| std::cmp::Reverse(form.chars().count()));
    forms
}

/// Whether `form` is found at byte `at` of `text`, a word start, and ends where a word ends. A form
/// in capitals (SENCO, OT) must match exactly, so "ot" in "not" or "Ap" in "April" never does; other
/// forms ignore case.
fn matches_at(text: &str, at: usize, form: &str) -> Option<usize> {
    let rest = &text[at..];
    let candidate = rest.get(..form.len())?;
    let is_abbreviation = form.chars().any(char::is_uppercase)
        && form
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    // Compared character by character: this runs for every form at every word of every page.
    let same = if is_abbreviation {
        candidate == form
    } else {
        candidate
            .chars()
            .flat_map(char::to_lowercase)
            .eq(form.chars().flat_map(char::to_lowercase))
    };
    let after_ok = rest[form.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    (same && after_ok).then_some(form.len())
}

/// Whether byte `at` of `text` starts a word: a term is only looked for there.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Cuts `text` into plain parts and terms, for the page in `locale`. Every occurrence is found;
/// the caller decides which to explain.
pub fn find_terms(text: &str, locale: Locale) -> Vec<TextPart> {
    let forms = forms_in(locale);
    let mut parts = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < text.len() {
        let found = starts_word(text, at)
            .then(|| {
                forms
                    .iter()
                    .find_map(|(id, form)| matches_at(text, at, form).map(|length| (*id, length)))
            })
            .flatten();
        match found {
            Some((id, length)) => {
                if plain_from < at {
                    parts.push(TextPart::Plain(text[plain_from..at].to_string()));
                }
                parts.push(TextPart::Term {
                    id,
                    written: text[at..at + length].to_string(),
                });
                at += length;
                plain_from = at;
            }
            None => {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    if plain_from < text.len() {
        parts.push(TextPart::Plain(text[plain_from..].to_string()));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_in(text: &str, locale: Locale) -> Vec<(&'static str, String)> {
        find_terms(text, locale)
            .into_iter()
            .filter_map(|part| match part {
                TextPart::Term { id, written } => Some((id, written)),
                TextPart::Plain(_) => None,
            })
            .collect()
    }

    #[test]
    fn terms_are_found_as_written_and_the_longest_form_wins() {
        let found = terms_in(
            "Ask the SENCO about an EHC needs assessment. Your EHC plan is reviewed at the annual review.",
            Locale::EnglishUk,
        );
        let ids: Vec<&str> = found.iter().map(|(id, _)| *id).collect();
        assert_eq!(
            ids,
            ["senco", "ehc-needs-assessment", "ehc-plan", "annual-review"]
        );
        assert_eq!(found[1].1, "EHC needs assessment");
    }

    #[test]
    fn abbreviations_match_only_in_capitals_and_whole_words() {
        assert!(terms_in("It is not an April hotspot. Sap, top.", Locale::EnglishUk).is_empty());
        assert_eq!(
            terms_in("She sees an OT and an EP.", Locale::EnglishUk)
                .into_iter()
                .map(|(id, _)| id)
                .collect::<Vec<_>>(),
            ["ot", "ep"]
        );
    }

    #[test]
    fn the_text_is_kept_whole() {
        let text = "Ask CAMHS, or SENDIASS.";
        let joined: String = find_terms(text, Locale::EnglishUk)
            .into_iter()
            .map(|part| match part {
                TextPart::Plain(p) => p,
                TextPart::Term { written, .. } => written,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn english_abbreviations_are_explained_on_an_urdu_page() {
        let ids: Vec<&str> = terms_in("آپ کا EHCP اور SENCO", Locale::Urdu)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["ehc-plan", "senco"]);
    }

    #[test]
    fn every_term_has_a_name_and_a_meaning_in_every_language() {
        for locale in Locale::ALL {
            let i18n = loader(locale);
            for id in TERMS {
                for message in [
                    format!("glossary-{id}"),
                    format!("glossary-{id}-meaning"),
                    format!("glossary-{id}-also"),
                ] {
                    assert!(i18n.has(&message), "{}: no {message}", locale.tag());
                }
                let term = Term::new(id, i18n);
                assert!(!term.meaning.trim().is_empty(), "{}: {id}", locale.tag());
            }
        }
    }
}
