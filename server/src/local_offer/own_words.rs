//! Families' own words: each translated language's everyday words for needs and services (data files in
//! `server/data/search-words/`), carried to the English words the council's feed uses before the English
//! search runs. Only the query is changed, never the index, so a language costs a few kilobytes in all.
//!
//! Each language has its own tolerance: letters written several ways are made alike (Polish and Romanian
//! accents, Arabic-script letter forms and vowel marks, Gurmukhi nukta and nasal marks), and each word is
//! compared without the prefixes and endings its data file lists ("logopedy" is "logopeda"; "السباحة" is
//! "سباحة"); a longer word may also have one typing slip.

use super::words::edits_within;
use heard_app::locale::Locale;
use std::collections::HashSet;
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer};

/// The data file of each translated language.
const FILES: [(Locale, &str); 6] = [
    (
        Locale::Polish,
        include_str!("../../data/search-words/pl.txt"),
    ),
    (
        Locale::Romanian,
        include_str!("../../data/search-words/ro.txt"),
    ),
    (Locale::Urdu, include_str!("../../data/search-words/ur.txt")),
    (
        Locale::Arabic,
        include_str!("../../data/search-words/ar.txt"),
    ),
    (
        Locale::Sorani,
        include_str!("../../data/search-words/ckb.txt"),
    ),
    (
        Locale::Punjabi,
        include_str!("../../data/search-words/pa.txt"),
    ),
];

/// Fewer letters than this are never taken off a word as a prefix or ending would leave.
const SHORTEST_STEM: usize = 3;

/// One language's words.
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    /// Each local phrase as compared (word by word), with the English it stands for.
    phrases: Vec<(Vec<String>, String)>,
    /// Words that say nothing about the service, as compared.
    dropped: HashSet<String>,
    /// Longest first, as made alike.
    prefixes: Vec<String>,
    endings: Vec<String>,
}

/// What a search's words became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    /// The words to search for: English for every local phrase found, the rest as typed.
    pub words: String,
    /// Whether any local phrase was found that is not already the English word.
    pub carried: bool,
}

impl LanguageWords {
    /// Reads a data file. Lines: `endings: …` and `prefixes: …` (comma-separated), or
    /// `local phrase, local phrase = english phrase` (nothing after `=`: words to leave out).
    pub fn parse(text: &str) -> Result<LanguageWords, String> {
        let mut words = LanguageWords::default();
        let mut folder = folder();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let list = |items: &str, folder: &mut TextAnalyzer| -> Vec<String> {
                items
                    .split(',')
                    .map(|item| made_alike(folder, item).concat())
                    .filter(|item| !item.is_empty())
                    .collect()
            };
            if let Some(items) = line.strip_prefix("endings:") {
                words.endings = list(items, &mut folder);
            } else if let Some(items) = line.strip_prefix("prefixes:") {
                words.prefixes = list(items, &mut folder);
            } else if let Some((local, english)) = line.split_once('=') {
                let english = english.trim().to_lowercase();
                for phrase in local.split(',') {
                    let phrase = made_alike(&mut folder, phrase);
                    if phrase.is_empty() {
                        continue;
                    }
                    if english.is_empty() {
                        words.dropped.extend(phrase);
                    } else {
                        words.phrases.push((phrase, english.clone()));
                    }
                }
            } else {
                return Err(format!("line {}: no \"=\" in {line:?}", number + 1));
            }
        }
        words
            .prefixes
            .sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        words
            .endings
            .sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
        let stems: Vec<_> = words
            .phrases
            .iter()
            .map(|(phrase, english)| {
                let stems = phrase.iter().map(|w| words.stem(w)).collect();
                (stems, english.clone())
            })
            .collect();
        words.phrases = stems;
        Ok(words)
    }

    pub fn phrase_count(&self) -> usize {
        self.phrases.len()
    }

    /// The word without one prefix and one ending of the language, when enough of it is left.
    fn stem(&self, word: &str) -> String {
        let length = word.chars().count();
        let mut word = word;
        if let Some(prefix) = self
            .prefixes
            .iter()
            .find(|p| word.starts_with(p.as_str()) && length - p.chars().count() >= SHORTEST_STEM)
        {
            word = &word[prefix.len()..];
        }
        let length = word.chars().count();
        if let Some(ending) = self
            .endings
            .iter()
            .find(|e| word.ends_with(e.as_str()) && length - e.chars().count() >= SHORTEST_STEM)
        {
            word = &word[..word.len() - ending.len()];
        }
        word.to_string()
    }

    /// The typed words with each local phrase found replaced by its English. `is_english` says
    /// whether a word is one the English search knows: such a word is only taken as a local word
    /// when it matches exactly, never as a typing slip.
    pub fn carry(&self, typed: &str, is_english: impl Fn(&str) -> bool) -> Carried {
        let words = made_alike(&mut folder(), typed);
        let stems: Vec<String> = words.iter().map(|w| self.stem(w)).collect();
        let english: Vec<bool> = words.iter().map(|w| is_english(w)).collect();
        let mut out: Vec<String> = Vec::new();
        let mut carried = false;
        let mut at = 0;
        while at < words.len() {
            // The longest phrase wins, then the one with the fewest slips.
            let best = self
                .phrases
                .iter()
                .filter(|(phrase, _)| phrase.len() <= words.len() - at)
                .filter_map(|(phrase, to)| {
                    let mut exact = 0;
                    for (offset, wanted) in phrase.iter().enumerate() {
                        let stem = &stems[at + offset];
                        if stem == wanted {
                            exact += 1;
                        } else if english[at + offset] || !one_slip(stem, wanted) {
                            return None;
                        }
                    }
                    Some((phrase.len(), exact, to))
                })
                .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            match best {
                Some((length, _, to)) => {
                    let local = words[at..at + length].join(" ");
                    carried |= &local != to;
                    out.push(to.clone());
                    at += length;
                }
                None => {
                    if !self.dropped.contains(&words[at]) && !self.dropped.contains(&stems[at]) {
                        out.push(words[at].clone());
                    }
                    at += 1;
                }
            }
        }
        Carried {
            words: out.join(" "),
            carried,
        }
    }
}

/// A typing slip or two in a longer word: one from five letters, two from nine.
fn one_slip(typed: &str, wanted: &str) -> bool {
    let length = wanted.chars().count();
    let limit = match length {
        0..5 => return false,
        5..9 => 1,
        _ => 2,
    };
    edits_within(&typed.chars().collect::<Vec<_>>(), wanted, limit).is_some()
}

/// Lower case, with Latin accents folded ("pływanie" as "plywanie", "înot" as "inot").
fn folder() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Text as words compared: folded, each script's letters made alike, split at anything that is not
/// part of a word.
pub fn made_alike(folder: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let folded = super::words::tokens(folder, text).concat();
    let mut words = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        match alike(c) {
            Some(Some(c)) => word.push(c),
            // Marks that do not change the word.
            Some(None) => {}
            None => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The letter a character is compared as; `Some(None)` for a mark left out; `None` between words.
fn alike(c: char) -> Option<Option<char>> {
    let letter = match c {
        // Arabic script: alef with hamza or madda, Arabic yeh and alef maksura, Arabic kaf,
        // teh marbuta and the heh forms, waw with hamza; Sorani letters typed without a Kurdish
        // keyboard (ێ, ۆ, ە, ڕ, ڵ).
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ي' | 'ى' | 'ې' | 'ێ' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۃ' | 'ہ' | 'ھ' | 'ە' => 'ه',
        'ؤ' | 'ۆ' => 'و',
        'ڕ' => 'ر',
        'ڵ' => 'ل',
        // Vowel marks, the tatweel, joiners and direction marks.
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{200C}'..='\u{200F}'
        | '\u{2066}'..='\u{2069}' => return Some(None),
        // Gurmukhi: letters with a nukta, the nukta itself, the addak; bindi as tippi.
        '\u{0A36}' => '\u{0A38}',
        '\u{0A59}' => '\u{0A16}',
        '\u{0A5A}' => '\u{0A17}',
        '\u{0A5B}' => '\u{0A1C}',
        '\u{0A5E}' => '\u{0A2B}',
        '\u{0A33}' => '\u{0A32}',
        '\u{0A3C}' | '\u{0A71}' => return Some(None),
        '\u{0A02}' => '\u{0A70}',
        // Arabic punctuation and the Urdu full stop end a word.
        '،' | '؛' | '؟' | '٪' | '۔' => return None,
        // Other Gurmukhi signs (vowel signs, virama) are part of the word.
        '\u{0A00}'..='\u{0A7F}' => c,
        '\'' | '’' => return Some(None),
        c if c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(Some(letter))
}

/// Every translated language's words, parsed once.
#[derive(Debug, Clone, Default)]
pub struct OwnWords {
    languages: Vec<(Locale, LanguageWords)>,
}

impl OwnWords {
    pub fn load() -> OwnWords {
        OwnWords {
            languages: FILES
                .iter()
                .map(|(locale, text)| {
                    let words = LanguageWords::parse(text)
                        .unwrap_or_else(|problem| panic!("search words for {locale:?}: {problem}"));
                    (*locale, words)
                })
                .collect(),
        }
    }

    /// The words of the language a page is read in; none for English.
    pub fn of(&self, locale: Locale) -> Option<&LanguageWords> {
        self.languages
            .iter()
            .find_map(|(l, words)| (*l == locale).then_some(words))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried(locale: Locale, typed: &str) -> Carried {
        OwnWords::load()
            .of(locale)
            .unwrap()
            .carry(typed, |w| ["autism", "derby", "swimming"].contains(&w))
    }

    #[test]
    fn every_language_has_its_words() {
        let own = OwnWords::load();
        for (locale, _) in FILES {
            let words = own.of(locale).unwrap();
            assert!(
                words.phrase_count() > 100,
                "{locale:?}: {}",
                words.phrase_count()
            );
        }
        assert!(own.of(Locale::EnglishUk).is_none());
    }

    #[test]
    fn every_english_word_is_one_the_search_knows() {
        // A phrase of the synonym list, so all its names are searched; or a word services use.
        let lexicon = super::super::words::Lexicon::load();
        let known = |english: &str| {
            english == "swimming"
                || lexicon
                    .groups
                    .iter()
                    .any(|g| g.phrases.iter().any(|p| p == english))
        };
        for (locale, words) in &lexicon.own_words.languages {
            for (_, english) in &words.phrases {
                assert!(
                    known(english),
                    "{locale:?}: {english:?} is in no synonym group"
                );
            }
            // Every need and service the synonym list names has words in every language.
            for group in &lexicon.groups {
                assert!(
                    words
                        .phrases
                        .iter()
                        .any(|(_, english)| group.phrases.contains(english)),
                    "{locale:?} has no words for {:?}",
                    group.phrases[0]
                );
            }
            println!("{locale:?}: {} phrases", words.phrase_count());
        }
    }

    #[test]
    fn polish_endings_accents_and_slips() {
        for typed in ["logopeda", "logopedy", "logopedą", "LOGOPEDZIE", "logopdea"] {
            assert_eq!(
                carried(Locale::Polish, typed).words,
                "speech therapy",
                "{typed}"
            );
        }
        let both = carried(Locale::Polish, "terapii mowy dla syna w Derby");
        assert_eq!(both.words, "speech therapy derby");
        assert!(both.carried);
        assert_eq!(carried(Locale::Polish, "plywanie").words, "swimming");
        assert_eq!(carried(Locale::Polish, "autyzmu").words, "autism");
        // English is still English.
        let english = carried(Locale::Polish, "swimming");
        assert_eq!(english.words, "swimming");
        assert!(!english.carried);
    }

    #[test]
    fn arabic_script_letters_are_made_alike() {
        // Arabic yeh and kaf typed for the Persian forms Urdu uses, and a vowel mark.
        assert_eq!(carried(Locale::Urdu, "تيراكي").words, "swimming");
        assert_eq!(carried(Locale::Urdu, "تَیراکی").words, "swimming");
        // The article and the teh marbuta.
        assert_eq!(carried(Locale::Arabic, "السباحة").words, "swimming");
        assert_eq!(carried(Locale::Arabic, "سباحه").words, "swimming");
        assert_eq!(carried(Locale::Arabic, "التوحّد").words, "autism");
        // Sorani typed without a Kurdish keyboard.
        assert_eq!(carried(Locale::Sorani, "مەلەکردن").words, "swimming");
        assert_eq!(carried(Locale::Sorani, "مهلهکردن").words, "swimming");
        // Gurmukhi with or without the nukta.
        assert_eq!(carried(Locale::Punjabi, "ਔਟਿਜ਼ਮ").words, "autism");
        assert_eq!(carried(Locale::Punjabi, "ਔਟਿਜਮ").words, "autism");
        // Romanian without its diacritics.
        assert_eq!(carried(Locale::Romanian, "inot").words, "swimming");
        assert_eq!(
            carried(Locale::Romanian, "logopedului").words,
            "speech therapy"
        );
    }
}
