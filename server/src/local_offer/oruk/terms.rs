//! Mapping feed taxonomy terms onto Heard's own vocabulary. The mapping is data,
//! `server/data/taxonomy-map.txt`, so it can be read and corrected without reading Rust.

use super::text::{phrase_starts, words};
use heard_app::local_offer::service::{Referral, ServiceCategory};
use heard_app::record::{AdulthoodTheme, AreaOfNeed};
use std::sync::OnceLock;

const MAP_TEXT: &str = include_str!("../../../data/taxonomy-map.txt");

/// One code from the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Category(ServiceCategory),
    Need(AreaOfNeed),
    Adulthood(AdulthoodTheme),
    Referral(Referral),
}

impl Code {
    pub fn parse(code: &str) -> Option<Code> {
        let (kind, value) = code.split_once(':')?;
        match kind {
            "category" => ServiceCategory::from_code(value).map(Code::Category),
            "need" => AreaOfNeed::from_code(value).map(Code::Need),
            "adulthood" => AdulthoodTheme::from_code(value).map(Code::Adulthood),
            // "not-said" is what Heard concludes, never what a term says.
            "referral" => match Referral::from_code(value)? {
                Referral::NotSaid => None,
                referral => Some(Code::Referral(referral)),
            },
            _ => None,
        }
    }
}

#[derive(Debug)]
struct Line {
    phrase: Vec<String>,
    codes: Vec<Code>,
}

/// The parsed map.
#[derive(Debug)]
pub struct TermMap {
    lines: Vec<Line>,
}

/// What a service's terms say, each list without duplicates and in the vocabulary's own order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Mapped {
    pub categories: Vec<ServiceCategory>,
    pub needs: Vec<AreaOfNeed>,
    pub adulthood: Vec<AdulthoodTheme>,
    /// Every referral code the terms gave (so both can be seen when terms disagree).
    pub referrals: Vec<Referral>,
}

impl TermMap {
    /// Reads the map's text; the error names the line that could not be read.
    pub fn parse(text: &str) -> Result<TermMap, String> {
        let mut lines = Vec::new();
        for (number, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (phrase, codes) = line
                .split_once("=>")
                .ok_or_else(|| format!("line {}: no \"=>\" in {line:?}", number + 1))?;
            let phrase = words(phrase);
            if phrase.is_empty() {
                return Err(format!("line {}: no phrase before \"=>\"", number + 1));
            }
            let codes = codes
                .split_whitespace()
                .map(|code| {
                    Code::parse(code)
                        .ok_or_else(|| format!("line {}: unknown code {code:?}", number + 1))
                })
                .collect::<Result<Vec<_>, _>>()?;
            lines.push(Line { phrase, codes });
        }
        Ok(TermMap { lines })
    }

    /// The codes one term gives: every line whose phrase it contains, less those whose match lies
    /// inside a longer match ("referral needed" inside "no referral needed").
    pub fn codes_for(&self, term: &str) -> Vec<Code> {
        let term = words(term);
        // (start, end, line)
        let mut matches: Vec<(usize, usize, &Line)> = Vec::new();
        for line in &self.lines {
            for start in phrase_starts(&term, &line.phrase) {
                matches.push((start, start + line.phrase.len(), line));
            }
        }
        let inside_another = |&(start, end, _): &(usize, usize, &Line)| {
            matches
                .iter()
                .any(|&(s, e, _)| s <= start && end <= e && (e - s) > (end - start))
        };
        let mut codes = Vec::new();
        for found in matches.iter().filter(|m| !inside_another(m)) {
            for code in &found.2.codes {
                if !codes.contains(code) {
                    codes.push(*code);
                }
            }
        }
        codes
    }

    pub fn map_terms<'a>(&self, terms: impl IntoIterator<Item = &'a str>) -> Mapped {
        let mut mapped = Mapped::default();
        for term in terms {
            for code in self.codes_for(term) {
                match code {
                    Code::Category(c) => add(&mut mapped.categories, c),
                    Code::Need(n) => add(&mut mapped.needs, n),
                    Code::Adulthood(a) => add(&mut mapped.adulthood, a),
                    Code::Referral(r) => add(&mut mapped.referrals, r),
                }
            }
        }
        mapped.categories.sort();
        mapped.needs.sort();
        mapped.adulthood.sort();
        mapped.referrals.sort();
        mapped
    }
}

fn add<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The map built into Heard.
pub fn built_in() -> &'static TermMap {
    static MAP: OnceLock<TermMap> = OnceLock::new();
    MAP.get_or_init(|| {
        // A unit test reads the same text, so a mistake in it fails the tests, not an import.
        TermMap::parse(MAP_TEXT).unwrap_or_else(|problem| panic!("taxonomy-map.txt: {problem}"))
    })
}

/// What free text ("Referral from a GP is required", "Self-referrals welcome") says about referral.
pub fn referral_from_text(text: &str) -> Option<Referral> {
    const NOT_NEEDED: &[&str] = &[
        "no referral",
        "no need for a referral",
        "without a referral",
        "not need a referral",
        "dont need a referral",
        "do not need to be referred",
        "not need to be referred",
        "self referral",
        "self referrals",
        "self refer",
        "refer yourself",
        "refer themselves",
        "drop in",
    ];
    const NEEDED: &[&str] = &["referral", "referrals", "referred", "refer"];
    let text_words = words(text);
    let has = |phrase: &str| !phrase_starts(&text_words, &words(phrase)).is_empty();
    if NOT_NEEDED.iter().any(|p| has(p)) {
        Some(Referral::NotNeeded)
    } else if NEEDED.iter().any(|p| has(p)) {
        Some(Referral::Needed)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(terms: &[&str]) -> Mapped {
        built_in().map_terms(terms.iter().copied())
    }

    #[test]
    fn the_built_in_map_reads() {
        let map = TermMap::parse(MAP_TEXT).expect("taxonomy-map.txt reads");
        assert!(map.lines.len() > 100);
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            TermMap::parse("# ok\nautism => need:autism").unwrap_err(),
            "line 2: unknown code \"need:autism\""
        );
        assert_eq!(
            TermMap::parse("autism need:communication").unwrap_err(),
            "line 1: no \"=>\" in \"autism need:communication\""
        );
        assert!(TermMap::parse("referral => referral:not-said").is_err());
    }

    #[test]
    fn every_demo_term_maps() {
        use AdulthoodTheme::*;
        use AreaOfNeed::*;
        use ServiceCategory::*;
        let cases: &[(&str, Vec<Code>)] = &[
            ("Education", vec![Code::Category(Education)]),
            ("Health", vec![Code::Category(Health)]),
            ("Social care", vec![Code::Category(SocialCare)]),
            ("Leisure and activities", vec![Code::Category(Leisure)]),
            ("Advice and information", vec![Code::Category(Advice)]),
            (
                "Communication and interaction",
                vec![Code::Need(CommunicationAndInteraction)],
            ),
            (
                "Cognition and learning",
                vec![Code::Need(CognitionAndLearning)],
            ),
            (
                "Social, emotional and mental health",
                vec![Code::Need(SocialEmotionalMentalHealth)],
            ),
            ("Sensory and/or physical", vec![Code::Need(SensoryPhysical)]),
            ("Autism", vec![Code::Need(CommunicationAndInteraction)]),
            (
                "Speech and language",
                vec![
                    Code::Category(Health),
                    Code::Need(CommunicationAndInteraction),
                ],
            ),
            ("ADHD", vec![Code::Need(SocialEmotionalMentalHealth)]),
            ("Dyslexia", vec![Code::Need(CognitionAndLearning)]),
            ("Hearing impairment", vec![Code::Need(SensoryPhysical)]),
            ("Visual impairment", vec![Code::Need(SensoryPhysical)]),
            ("Physical disability", vec![Code::Need(SensoryPhysical)]),
            (
                "Short breaks",
                vec![Code::Category(SocialCare), Code::Category(Leisure)],
            ),
            (
                "Mental health",
                vec![
                    Code::Category(Health),
                    Code::Need(SocialEmotionalMentalHealth),
                ],
            ),
            (
                "Occupational therapy",
                vec![Code::Category(Health), Code::Need(SensoryPhysical)],
            ),
            (
                "Physiotherapy",
                vec![Code::Category(Health), Code::Need(SensoryPhysical)],
            ),
            (
                "Preparing for adulthood",
                vec![
                    Code::Adulthood(EmploymentOrEducation),
                    Code::Adulthood(IndependentLiving),
                    Code::Adulthood(FriendsAndCommunity),
                    Code::Adulthood(GoodHealth),
                ],
            ),
            ("Employment", vec![Code::Adulthood(EmploymentOrEducation)]),
            (
                "Independent living",
                vec![Code::Adulthood(IndependentLiving)],
            ),
            ("Early years", vec![Code::Category(Education)]),
            ("Transport", vec![Code::Category(Education)]),
            ("Parent support", vec![Code::Category(Advice)]),
            ("Referral needed", vec![Code::Referral(Referral::Needed)]),
            (
                "No referral needed",
                vec![Code::Referral(Referral::NotNeeded)],
            ),
            ("Activities", vec![Code::Category(Leisure)]),
            ("Sports", vec![Code::Category(Leisure)]),
            (
                "Youth clubs",
                vec![
                    Code::Category(Leisure),
                    Code::Adulthood(FriendsAndCommunity),
                ],
            ),
            ("Childcare", vec![Code::Category(Education)]),
            ("Schools", vec![Code::Category(Education)]),
            ("Colleges", vec![Code::Category(Education)]),
            ("Therapy", vec![Code::Category(Health)]),
            (
                "Counselling",
                vec![
                    Code::Category(Health),
                    Code::Need(SocialEmotionalMentalHealth),
                ],
            ),
            ("Respite", vec![Code::Category(SocialCare)]),
            (
                "Information, advice and guidance",
                vec![Code::Category(Advice)],
            ),
            ("SEND", vec![Code::Category(Education)]),
            ("Disability", vec![Code::Category(SocialCare)]),
        ];
        for (term, codes) in cases {
            assert_eq!(&built_in().codes_for(term), codes, "{term}");
        }
        assert_eq!(built_in().codes_for("Knitting"), vec![]);
        assert_eq!(built_in().codes_for("Young people"), vec![]);
    }

    #[test]
    fn a_longer_phrase_hides_the_shorter_one_inside_it() {
        let no = mapped(&["No referral needed"]);
        assert_eq!(no.referrals, vec![Referral::NotNeeded]);
        let both = mapped(&["No referral needed", "Referral needed"]);
        assert_eq!(both.referrals, vec![Referral::Needed, Referral::NotNeeded]);
        // Whole words only: "sensory" is not found inside "sensorymotor", nor "send" in "sendiass".
        assert_eq!(built_in().codes_for("Sensorymotor"), vec![]);
        assert_eq!(
            built_in().codes_for("SENDIASS"),
            vec![Code::Category(ServiceCategory::Advice)]
        );
    }

    #[test]
    fn mapped_lists_are_in_vocabulary_order_without_duplicates() {
        let m = mapped(&[
            "Sports",
            "Health",
            "Education",
            "Autism",
            "Speech and language",
            "ADHD",
        ]);
        assert_eq!(
            m.categories,
            vec![
                ServiceCategory::Education,
                ServiceCategory::Health,
                ServiceCategory::Leisure
            ]
        );
        assert_eq!(
            m.needs,
            vec![
                AreaOfNeed::CommunicationAndInteraction,
                AreaOfNeed::SocialEmotionalMentalHealth
            ]
        );
    }

    #[test]
    fn referral_is_read_from_words() {
        assert_eq!(
            referral_from_text("Referral from a GP or school is required."),
            Some(Referral::Needed)
        );
        assert_eq!(
            referral_from_text("Self-referrals welcome"),
            Some(Referral::NotNeeded)
        );
        assert_eq!(
            referral_from_text("You don't need a referral"),
            Some(Referral::NotNeeded)
        );
        assert_eq!(referral_from_text("Children aged 5 to 11"), None);
    }
}
