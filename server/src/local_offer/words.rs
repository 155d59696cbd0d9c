//! Families' words: the synonym list and stop words (data files in `server/data/`), the tokeniser the
//! index and queries share, and the typo layer that reads "autisim" as "autism".

use super::own_words::OwnWords;
use std::collections::{HashMap, HashSet};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenStream,
};

const SYNONYMS: &str = include_str!("../../data/search-synonyms.txt");
const STOPWORDS: &str = include_str!("../../data/search-stopwords.txt");

/// The tokeniser name registered on the index.
pub const ANALYZER: &str = "heard_english";

/// Words as the index stores them: lower case, accents folded, English stems ("therapies" → "therapi").
pub fn stemming_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Words as people type them, before stemming: what typo correction compares and shows.
pub fn word_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// One group of phrases that mean the same to a family ("short breaks", "respite").
#[derive(Debug, Clone)]
pub struct SynonymGroup {
    /// Each phrase as written in the list.
    pub phrases: Vec<String>,
    /// Each phrase as stems, in the same order: what the index is asked for.
    pub stemmed: Vec<Vec<String>>,
    /// Each phrase as stems without its stop words: what typed words (stop words dropped) are
    /// matched against, so "education health and care plan" is still recognised.
    pub matched: Vec<Vec<String>>,
    /// The stems the index is asked for: phrases that hold another phrase of the group inside them
    /// are left out ("speech and language therapy" once "speech" is there), as they can only find
    /// what the shorter one finds, and each one asked for costs time on a large catalogue.
    pub asked: Vec<Vec<String>>,
}

/// The lists kept as data, parsed once.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub groups: Vec<SynonymGroup>,
    pub stopwords: HashSet<String>,
    /// Each translated language's words for needs and services, carried to English.
    pub own_words: OwnWords,
}

impl Lexicon {
    pub fn load() -> Lexicon {
        Lexicon {
            own_words: OwnWords::load(),
            ..Lexicon::parse(SYNONYMS, STOPWORDS)
        }
    }

    pub fn parse(synonyms: &str, stopwords: &str) -> Lexicon {
        let stopwords: HashSet<String> = data_lines(stopwords)
            .map(|word| word.to_lowercase())
            .collect();
        let mut stem = stemming_analyzer();
        let mut word = word_analyzer();
        let groups = data_lines(synonyms)
            .map(|line| {
                let phrases: Vec<String> = line
                    .split(',')
                    .map(|p| p.trim().to_lowercase())
                    .filter(|p| !p.is_empty())
                    .collect();
                let stemmed: Vec<Vec<String>> =
                    phrases.iter().map(|p| tokens(&mut stem, p)).collect();
                let matched = phrases
                    .iter()
                    .map(|p| {
                        tokens(&mut word, p)
                            .into_iter()
                            .filter(|w| !stopwords.contains(w))
                            .flat_map(|w| tokens(&mut stem, &w))
                            .collect()
                    })
                    .collect();
                let asked = shortest_phrases(&stemmed);
                SynonymGroup {
                    phrases,
                    stemmed,
                    matched,
                    asked,
                }
            })
            .filter(|group| group.phrases.len() > 1)
            .collect();
        Lexicon {
            groups,
            stopwords,
            own_words: OwnWords::default(),
        }
    }

    /// Every word the synonym list knows, so "camhs" is never "corrected" into something else.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.groups
            .iter()
            .flat_map(|g| g.phrases.iter())
            .flat_map(|p| p.split(' '))
    }
}

/// The phrases that contain no other phrase of the list (as consecutive stems), without repeats.
fn shortest_phrases(phrases: &[Vec<String>]) -> Vec<Vec<String>> {
    let contains = |longer: &[String], shorter: &[String]| {
        shorter.len() < longer.len()
            && longer
                .windows(shorter.len())
                .any(|window| window == shorter)
    };
    let mut kept: Vec<Vec<String>> = Vec::new();
    for phrase in phrases.iter().filter(|p| !p.is_empty()) {
        let covered = phrases
            .iter()
            .any(|other| !other.is_empty() && contains(phrase, other));
        if !covered && !kept.contains(phrase) {
            kept.push(phrase.clone());
        }
    }
    kept
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Every word in the listed services, with how many times it appears, for typo correction.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    counts: HashMap<String, u32>,
    /// Words by length, so a correction only looks at words of about the right length.
    by_length: HashMap<usize, Vec<String>>,
}

impl Vocabulary {
    pub fn add(&mut self, word: &str) {
        if word.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        let count = self.counts.entry(word.to_string()).or_insert(0);
        if *count == 0 {
            self.by_length
                .entry(word.chars().count())
                .or_default()
                .push(word.to_string());
        }
        *count += 1;
    }

    pub fn knows(&self, word: &str) -> bool {
        self.counts.contains_key(word)
    }

    /// The known word a typed word most likely meant: the fewest edits (one for short words, two
    /// from seven letters), then the most common. Words under four letters are never corrected:
    /// too many short words are one edit apart.
    pub fn correction(&self, typed: &str) -> Option<String> {
        let length = typed.chars().count();
        if length < 4 || self.knows(typed) {
            return None;
        }
        let most_edits = if length >= 7 { 2 } else { 1 };
        let typed: Vec<char> = typed.chars().collect();
        let mut best: Option<(usize, u32, &String)> = None;
        for candidate_length in length.saturating_sub(most_edits)..=length + most_edits {
            for word in self.by_length.get(&candidate_length).into_iter().flatten() {
                let Some(edits) = edits_within(&typed, word, most_edits) else {
                    continue;
                };
                let count = self.counts[word];
                let better = match best {
                    None => true,
                    Some((best_edits, best_count, best_word)) => {
                        (edits, std::cmp::Reverse(count), word)
                            < (best_edits, std::cmp::Reverse(best_count), best_word)
                    }
                };
                if better {
                    best = Some((edits, count, word));
                }
            }
        }
        best.map(|(_, _, word)| word.clone())
    }
}

/// Edits (insert, delete, change, or swap two letters side by side) from `typed` to `word`, when at
/// most `limit`. Phone keyboards mostly cause exactly these.
pub fn edits_within(typed: &[char], word: &str, limit: usize) -> Option<usize> {
    let word: Vec<char> = word.chars().collect();
    let (n, m) = (typed.len(), word.len());
    if n.abs_diff(m) > limit {
        return None;
    }
    // Three rows of the optimal-string-alignment table are enough.
    let mut before = vec![0usize; m + 1];
    let mut previous: Vec<usize> = (0..=m).collect();
    let mut current = vec![0usize; m + 1];
    for i in 1..=n {
        current[0] = i;
        let mut row_best = current[0];
        for j in 1..=m {
            let change = usize::from(typed[i - 1] != word[j - 1]);
            let mut cost = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + change);
            if i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1] {
                cost = cost.min(before[j - 2] + 1);
            }
            current[j] = cost;
            row_best = row_best.min(cost);
        }
        if row_best > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let edits = previous[m];
    (edits <= limit).then_some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edits(a: &str, b: &str) -> Option<usize> {
        edits_within(&a.chars().collect::<Vec<_>>(), b, 2)
    }

    #[test]
    fn phone_slips_are_one_edit() {
        assert_eq!(edits("autisim", "autism"), Some(1));
        assert_eq!(edits("speach", "speech"), Some(1));
        assert_eq!(edits("thearpy", "therapy"), Some(1));
        assert_eq!(edits("therapy", "therapy"), Some(0));
        assert_eq!(edits("swiming", "swimming"), Some(1));
        assert_eq!(edits("physio", "psycho"), None);
    }

    #[test]
    fn corrections_prefer_fewer_edits_then_common_words() {
        let mut vocabulary = Vocabulary::default();
        for word in ["autism", "autism", "speech", "speed", "therapy", "swimming"] {
            vocabulary.add(word);
        }
        assert_eq!(vocabulary.correction("autisim").as_deref(), Some("autism"));
        assert_eq!(vocabulary.correction("speach").as_deref(), Some("speech"));
        assert_eq!(
            vocabulary.correction("swiming").as_deref(),
            Some("swimming")
        );
        assert_eq!(vocabulary.correction("autism"), None);
        // Too short to guess at.
        assert_eq!(vocabulary.correction("spe"), None);
        assert_eq!(vocabulary.correction("zzzzzz"), None);
    }

    #[test]
    fn the_shipped_lists_parse_and_hold_the_jargon_both_ways() {
        let lexicon = Lexicon::load();
        let group_of = |phrase: &str| {
            lexicon
                .groups
                .iter()
                .position(|g| g.phrases.iter().any(|p| p == phrase))
                .unwrap_or_else(|| panic!("{phrase} is in no group"))
        };
        assert_eq!(group_of("autism"), group_of("asd"));
        assert_eq!(group_of("asc"), group_of("autism"));
        assert_eq!(group_of("salt"), group_of("speech therapy"));
        assert_eq!(group_of("camhs"), group_of("mental health"));
        assert_eq!(group_of("semh"), group_of("mental health"));
        assert_eq!(group_of("respite"), group_of("short breaks"));
        assert_eq!(group_of("ot"), group_of("occupational therapy"));
        assert!(lexicon.stopwords.contains("the"));
        // Phrases are matched without their stop words, as typed words are.
        let ehcp = &lexicon.groups[group_of("education health and care plan")];
        let at = ehcp
            .phrases
            .iter()
            .position(|p| p == "education health and care plan")
            .unwrap();
        assert_eq!(ehcp.matched[at], ["educ", "health", "care", "plan"]);
        assert_eq!(ehcp.stemmed[at].len(), 5);
        // Only phrases that can find something the others cannot are asked of the index.
        let speech = &lexicon.groups[group_of("salt")];
        assert!(speech.asked.contains(&vec!["speech".to_string()]));
        assert!(speech.asked.contains(&vec!["salt".to_string()]));
        assert!(!speech
            .asked
            .iter()
            .any(|p| p.len() > 1 && p.contains(&"speech".to_string())));
        assert!(!lexicon.stopwords.contains("support"));
    }
}
