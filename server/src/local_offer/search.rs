//! The search index: every listed service in an in-memory tantivy index (BM25 ranking, English
//! stems, phrase matching), with Heard's own layer in front that drops stop words, corrects typing
//! slips against the words the services use, and widens jargon to all its names from the synonym list.
//! Filters (age, need, category, free, distance) are checked per match against small facets held
//! beside the index, and every result says why it matched.
//!
//! Only what ranking and filtering need is held in memory: the index, each service's id and its
//! facets (under 200 bytes a service in all: `cargo run -p heard-server --example index_memory`).
//! A search is answered in two steps: `find` picks the page's services from the index; the caller
//! reads those (about 20) from the database, and `show` turns them into results.

use super::words::{self, Lexicon, Vocabulary};
use heard_app::local_offer::search::{FoundService, MatchReason, RESULTS_PER_PAGE};
use heard_app::local_offer::service::ServiceCategory;
use heard_app::local_offer::{SearchQuery, SearchResults, Service};
use heard_app::record::AreaOfNeed;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED,
};
use tantivy::{
    DocId, Index, IndexReader, ReloadPolicy, Score, SegmentReader, TantivyDocument, Term,
};

/// What filters look at, packed small: checking 100,000 services then stays in the processor's cache
/// (reading a whole service for each was most of a filtered search's time).
#[derive(Debug, Clone, Copy, Default)]
struct Facets {
    min_age: u8,
    max_age: u8,
    /// One bit per `AreaOfNeed::ALL` entry; none set means open to every need.
    needs: u8,
    /// One bit per `ServiceCategory::ALL` entry.
    categories: u8,
    free: bool,
    location: Option<(f32, f32)>,
}

fn bit_of<T: PartialEq>(all: &[T], item: &T) -> u8 {
    all.iter().position(|x| x == item).map_or(0, |at| 1 << at)
}

impl Facets {
    fn of(service: &Service) -> Facets {
        Facets {
            min_age: service.ages.min.unwrap_or(0),
            max_age: service.ages.max.unwrap_or(u8::MAX),
            needs: service
                .needs
                .iter()
                .fold(0, |bits, need| bits | bit_of(AreaOfNeed::ALL, need)),
            categories: service.categories.iter().fold(0, |bits, category| {
                bits | bit_of(ServiceCategory::ALL, category)
            }),
            free: service.is_free(),
            location: service
                .location()
                .map(|(latitude, longitude)| (latitude as f32, longitude as f32)),
        }
    }
}

struct Fields {
    slot: Field,
    name: Field,
    terms: Field,
    description: Field,
    place: Field,
}

/// How much a match in each field counts: the name most, then the feed's terms.
const FIELD_BOOSTS: [(usize, Score); 4] = [(0, 3.0), (1, 2.0), (2, 1.0), (3, 0.5)];

pub struct ServiceIndex {
    reader: IndexReader,
    fields: Fields,
    /// Each service's id, by slot; slots are in name order, so slot order is alphabetical order.
    ids: Ids,
    /// By slot, beside `ids`.
    facets: Arc<Vec<Facets>>,
    vocabulary: Vocabulary,
    stems: HashSet<String>,
    lexicon: Arc<Lexicon>,
    /// The services built from, for the search tests, which have no database to read them from.
    #[cfg(test)]
    built_from: HashMap<String, Service>,
}

/// Services' ids by slot, end to end in one string: one allocation, rather than one an id
/// scattered among the memory a build frees (which would keep that memory from the system).
struct Ids {
    text: String,
    /// Where each id ends in `text`.
    ends: Vec<u32>,
}

impl Ids {
    fn of(services: &[Service]) -> Ids {
        let mut text = String::with_capacity(services.iter().map(|s| s.id.len()).sum());
        let mut ends = Vec::with_capacity(services.len());
        for service in services {
            text.push_str(&service.id);
            ends.push(u32::try_from(text.len()).expect("ids fit in 4 GB"));
        }
        Ids { text, ends }
    }

    fn get(&self, slot: usize) -> &str {
        let start = slot.checked_sub(1).map_or(0, |before| self.ends[before]) as usize;
        &self.text[start..self.ends[slot] as usize]
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// A search's answer before its services are read: which to show, best first, and what the page
/// says about the search.
pub struct Matches {
    /// The ids of the services on this page, in order.
    pub ids: Vec<String>,
    concepts: Vec<Concept>,
    /// Everything but the services found.
    results: SearchResults,
}

/// One thing the person asked for: a word, or a phrase from the synonym list with all its names.
#[derive(Debug, Clone, PartialEq)]
enum Concept {
    Word {
        typed: String,
        read_as: String,
        stem: String,
    },
    Group {
        typed: String,
        typed_stems: Vec<String>,
        group: usize,
    },
}

impl ServiceIndex {
    /// Indexes the given (listed) services. About two seconds for 100,000 on one core.
    pub fn build(mut services: Vec<Service>, lexicon: Arc<Lexicon>) -> tantivy::Result<Self> {
        services.sort_by_cached_key(|s| (s.name.to_lowercase(), s.id.clone()));
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(words::ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            slot: schema.add_u64_field("slot", FAST | INDEXED),
            name: schema.add_text_field("name", text.clone()),
            terms: schema.add_text_field("terms", text.clone()),
            description: schema.add_text_field("description", text.clone()),
            place: schema.add_text_field("place", text),
        };
        let index = Index::create_in_ram(schema.build());
        index
            .tokenizers()
            .register(words::ANALYZER, words::stemming_analyzer());
        let mut writer = index.writer_with_num_threads(1, 64_000_000)?;
        let mut vocabulary = Vocabulary::default();
        let mut stems = HashSet::new();
        let mut word_analyzer = words::word_analyzer();
        let mut stem_analyzer = words::stemming_analyzer();
        let facets = services.iter().map(Facets::of).collect();
        let ids = Ids::of(&services);
        for (slot, service) in services.iter().enumerate() {
            let (terms, place) = (searchable_terms(service), place_words(service));
            let all = searchable_text(service);
            for word in words::tokens(&mut word_analyzer, &all) {
                vocabulary.add(&word);
            }
            stems.extend(words::tokens(&mut stem_analyzer, &all));
            let mut document = TantivyDocument::default();
            document.add_u64(fields.slot, slot as u64);
            document.add_text(fields.name, &service.name);
            document.add_text(fields.terms, &terms);
            document.add_text(fields.description, &service.description);
            document.add_text(fields.place, &place);
            writer.add_document(document)?;
        }
        writer.commit()?;
        for word in lexicon.words() {
            vocabulary.add(word);
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(ServiceIndex {
            reader,
            fields,
            ids,
            facets: Arc::new(facets),
            vocabulary,
            stems,
            lexicon,
            #[cfg(test)]
            built_from: services.into_iter().map(|s| (s.id.clone(), s)).collect(),
        })
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// One page of results from the services the index was built from, as a server answers with
    /// `find` and `show` around reading the page's services from the database.
    #[cfg(test)]
    pub fn search(
        &self,
        query: &SearchQuery,
        origin: Option<(f64, f64)>,
    ) -> tantivy::Result<SearchResults> {
        let matches = self.find(query, origin)?;
        let services = matches
            .ids
            .iter()
            .filter_map(|id| self.built_from.get(id))
            .map(|s| (s.id.clone(), s.clone()))
            .collect();
        Ok(self.show(matches, query, origin, services))
    }

    /// Which services a page of results shows. `origin` is where distances are measured from
    /// (already resolved from a postcode district or the device).
    pub fn find(
        &self,
        query: &SearchQuery,
        origin: Option<(f64, f64)>,
    ) -> tantivy::Result<Matches> {
        // Words of the page's language are carried to English first; English stays as typed.
        let carried = self
            .lexicon
            .own_words
            .of(query.locale)
            .map(|own| own.carry(&query.words, |word| self.vocabulary.knows(word)));
        let words = carried.as_ref().map_or(&query.words, |c| &c.words);
        let (concepts, corrections) = self.understand(words);
        let by_distance = concepts.is_empty() && origin.is_some();
        let keep = Filter::from_query(query, origin, by_distance);
        let mut some_words_only = false;
        let mut hits = self.matches(&self.text_query(&concepts, Occur::Must), &keep)?;
        if hits.is_empty() && concepts.len() > 1 {
            hits = self.matches(&self.text_query(&concepts, Occur::Should), &keep)?;
            some_words_only = !hits.is_empty();
        }
        // Best first: the highest score, or (ordering by distance) the nearest; then by name.
        let order = |a: &(u32, Score), b: &(u32, Score)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let total = hits.len();
        let pages = total.div_ceil(RESULTS_PER_PAGE).max(1);
        let page = query.page.clamp(1, pages);
        let wanted = (page * RESULTS_PER_PAGE).min(total);
        // Only the pages up to this one need sorting.
        if wanted > 0 && wanted < total {
            hits.select_nth_unstable_by(wanted - 1, order);
            hits.truncate(wanted);
        }
        hits.sort_by(order);
        let ids = hits
            .iter()
            .skip((page - 1) * RESULTS_PER_PAGE)
            .map(|&(slot, _)| self.ids.get(slot as usize).to_string())
            .collect();
        Ok(Matches {
            ids,
            concepts,
            results: SearchResults {
                total,
                found: Vec::new(),
                corrections,
                some_words_only,
                searched_for: carried.filter(|c| c.carried).map(|c| c.words),
                page,
                pages,
            },
        })
    }

    /// The page of results `matches` found, from its services as read (by id); each says why it
    /// matched. A service no longer there is left out.
    pub fn show(
        &self,
        matches: Matches,
        query: &SearchQuery,
        origin: Option<(f64, f64)>,
        mut services: HashMap<String, Service>,
    ) -> SearchResults {
        let mut stemmer = words::stemming_analyzer();
        let found = matches
            .ids
            .iter()
            .filter_map(|id| services.remove(id))
            .map(|service| {
                let tenths_of_mile = origin
                    .zip(service.location())
                    .map(|(from, to)| (miles_between(from, to) * 10.0).round() as u32);
                FoundService {
                    reasons: self.reasons(
                        &mut stemmer,
                        &service,
                        &matches.concepts,
                        query,
                        tenths_of_mile,
                    ),
                    service: service.summary(),
                    tenths_of_mile,
                }
            })
            .collect();
        SearchResults {
            found,
            ..matches.results
        }
    }

    /// The typed words as concepts, and the words read as others.
    fn understand(&self, typed: &str) -> (Vec<Concept>, Vec<(String, String)>) {
        let mut word_analyzer = words::word_analyzer();
        let mut stem_analyzer = words::stemming_analyzer();
        let mut corrections = Vec::new();
        let mut words: Vec<(String, String, String)> = Vec::new();
        for word in words::tokens(&mut word_analyzer, typed) {
            if self.lexicon.stopwords.contains(&word) {
                continue;
            }
            let stem_of = |analyzer: &mut tantivy::tokenizer::TextAnalyzer, w: &str| {
                words::tokens(analyzer, w)
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            };
            let stem = stem_of(&mut stem_analyzer, &word);
            let known = self.vocabulary.knows(&word) || self.stems.contains(&stem);
            let read_as = match (known, self.vocabulary.correction(&word)) {
                (false, Some(correction)) => {
                    corrections.push((word.clone(), correction.clone()));
                    correction
                }
                _ => word.clone(),
            };
            let stem = stem_of(&mut stem_analyzer, &read_as);
            words.push((word, read_as, stem));
        }
        let stems: Vec<&str> = words.iter().map(|(_, _, s)| s.as_str()).collect();
        let mut concepts = Vec::new();
        let mut at = 0;
        while at < words.len() {
            let longest = self
                .lexicon
                .groups
                .iter()
                .enumerate()
                .flat_map(|(group, g)| {
                    g.matched
                        .iter()
                        .zip(&g.stemmed)
                        .map(move |(phrase, whole)| (group, phrase, whole))
                })
                .filter(|(_, phrase, _)| {
                    !phrase.is_empty()
                        && stems.len() >= at + phrase.len()
                        && stems[at..at + phrase.len()]
                            .iter()
                            .zip(phrase.iter())
                            .all(|(a, b)| *a == b)
                })
                .max_by_key(|(_, phrase, _)| phrase.len());
            match longest {
                Some((group, phrase, whole)) => {
                    let span = &words[at..at + phrase.len()];
                    concepts.push(Concept::Group {
                        typed: span
                            .iter()
                            .map(|(_, read_as, _)| read_as.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                        typed_stems: whole.clone(),
                        group,
                    });
                    at += phrase.len();
                }
                None => {
                    let (typed, read_as, stem) = words[at].clone();
                    concepts.push(Concept::Word {
                        typed,
                        read_as,
                        stem,
                    });
                    at += 1;
                }
            }
        }
        (concepts, corrections)
    }

    fn text_query(&self, concepts: &[Concept], occur: Occur) -> Box<dyn Query> {
        if concepts.is_empty() {
            return Box::new(AllQuery);
        }
        let clauses = concepts
            .iter()
            .map(|concept| {
                let query = match concept {
                    // A single word may be a town, so the place counts too.
                    Concept::Word { stem, .. } => self.any_of(&[vec![stem.clone()]], true),
                    Concept::Group { group, .. } => {
                        self.any_of(&self.lexicon.groups[*group].asked, false)
                    }
                };
                (occur, query)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// Any of these phrases (as stems) in any text field, weighted by field.
    fn any_of(&self, phrases: &[Vec<String>], with_place: bool) -> Box<dyn Query> {
        let fields = [
            self.fields.name,
            self.fields.terms,
            self.fields.description,
            self.fields.place,
        ];
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for phrase in phrases.iter().filter(|p| !p.is_empty()) {
            for (position, boost) in FIELD_BOOSTS {
                if position == 3 && !with_place {
                    continue;
                }
                let field = fields[position];
                let query: Box<dyn Query> = if phrase.len() == 1 {
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, &phrase[0]),
                        IndexRecordOption::WithFreqs,
                    ))
                } else {
                    Box::new(PhraseQuery::new(
                        phrase
                            .iter()
                            .map(|stem| Term::from_field_text(field, stem))
                            .collect(),
                    ))
                };
                clauses.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }

    fn matches(&self, query: &dyn Query, keep: &Filter) -> tantivy::Result<Vec<(u32, Score)>> {
        let searcher = self.reader.searcher();
        searcher.search(
            query,
            &Gather {
                facets: self.facets.clone(),
                keep: keep.clone(),
            },
        )
    }

    fn reasons(
        &self,
        stemmer: &mut tantivy::tokenizer::TextAnalyzer,
        service: &Service,
        concepts: &[Concept],
        query: &SearchQuery,
        tenths_of_mile: Option<u32>,
    ) -> Vec<MatchReason> {
        let stems = words::tokens(stemmer, &searchable_text(service));
        let has = |phrase: &[String]| {
            !phrase.is_empty()
                && stems
                    .windows(phrase.len())
                    .any(|window| window.iter().zip(phrase).all(|(a, b)| a == b))
        };
        let mut reasons = Vec::new();
        for concept in concepts {
            match concept {
                Concept::Word {
                    typed,
                    read_as,
                    stem,
                } if has(std::slice::from_ref(stem)) => reasons.push(if typed == read_as {
                    MatchReason::Word {
                        word: typed.clone(),
                    }
                } else {
                    MatchReason::Corrected {
                        typed: typed.clone(),
                        read_as: read_as.clone(),
                    }
                }),
                Concept::Group {
                    typed,
                    typed_stems,
                    group,
                } => {
                    let group = &self.lexicon.groups[*group];
                    if has(typed_stems) {
                        reasons.push(MatchReason::Word {
                            word: typed.clone(),
                        });
                    } else if let Some(found) = group
                        .stemmed
                        .iter()
                        .position(|phrase| has(phrase))
                        .map(|at| group.phrases[at].clone())
                    {
                        reasons.push(MatchReason::AlsoKnownAs {
                            typed: typed.clone(),
                            found,
                        });
                    }
                }
                Concept::Word { .. } => {}
            }
        }
        if let Some(age) = query.age {
            reasons.push(MatchReason::Age(age));
        }
        if let Some(need) = query.need {
            reasons.push(MatchReason::Need(
                service.needs.contains(&need).then_some(need),
            ));
        }
        if let Some(category) = query.category {
            reasons.push(MatchReason::Category(category));
        }
        if query.free_only {
            reasons.push(MatchReason::Free);
        }
        if let Some(tenths_of_mile) = tenths_of_mile.filter(|_| query.origin.is_some()) {
            reasons.push(MatchReason::Near { tenths_of_mile });
        }
        reasons
    }
}

/// Everything searchable about a service, for the vocabulary and for working out why it matched.
fn searchable_text(service: &Service) -> String {
    format!(
        "{} \n {} \n {} \n {}",
        service.name,
        searchable_terms(service),
        service.description,
        place_words(service)
    )
}

fn place_words(service: &Service) -> String {
    service
        .places
        .iter()
        .map(|p| format!("{} {} {}", p.name, p.town, p.postcode))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Everything a service's terms say, in words: the feed's terms and Heard's own categories and needs,
/// so "health" finds a service the feed only tagged "NHS therapy".
fn searchable_terms(service: &Service) -> String {
    let mut words: Vec<String> = service.terms.clone();
    words.extend(
        service
            .categories
            .iter()
            .map(|c| category_words(*c).to_string()),
    );
    words.extend(service.needs.iter().map(|n| need_words(*n).to_string()));
    words.join(" \n ")
}

fn category_words(category: ServiceCategory) -> &'static str {
    match category {
        ServiceCategory::Education => "education",
        ServiceCategory::Health => "health",
        ServiceCategory::SocialCare => "social care",
        ServiceCategory::Leisure => "leisure activities",
        ServiceCategory::Advice => "advice information",
    }
}

fn need_words(need: AreaOfNeed) -> &'static str {
    match need {
        AreaOfNeed::CommunicationAndInteraction => "communication and interaction",
        AreaOfNeed::CognitionAndLearning => "cognition and learning",
        AreaOfNeed::SocialEmotionalMentalHealth => "social emotional and mental health",
        AreaOfNeed::SensoryPhysical => "sensory and physical",
    }
}

/// The search's filters, checked for each match against its packed facets.
#[derive(Clone)]
struct Filter {
    age: Option<u8>,
    /// Bits as in `Facets`.
    need: Option<u8>,
    category: Option<u8>,
    free_only: bool,
    within: Option<Within>,
    /// Score by nearness instead of relevance (a search with no words, from a place).
    by_distance: bool,
}

#[derive(Clone, Copy)]
struct Within {
    from: (f64, f64),
    miles: f64,
    /// Degrees either way that can possibly be within `miles`: a quick box before the exact sum.
    latitude_span: f64,
    longitude_span: f64,
}

impl Filter {
    fn from_query(query: &SearchQuery, origin: Option<(f64, f64)>, by_distance: bool) -> Filter {
        const MILES_PER_DEGREE: f64 = 69.0;
        Filter {
            age: query.age,
            need: query.need.map(|need| bit_of(AreaOfNeed::ALL, &need)),
            category: query
                .category
                .map(|category| bit_of(ServiceCategory::ALL, &category)),
            free_only: query.free_only,
            within: origin.map(|from| {
                let miles = f64::from(query.within_miles);
                Within {
                    from,
                    miles,
                    latitude_span: miles / MILES_PER_DEGREE * 1.01,
                    longitude_span: miles
                        / (MILES_PER_DEGREE * from.0.to_radians().cos().max(0.01))
                        * 1.01,
                }
            }),
            by_distance,
        }
    }

    /// `None` when the service is filtered out; otherwise its distance when one was asked for.
    fn keeps(&self, facets: &Facets) -> Option<Option<f64>> {
        let kept = self
            .age
            .is_none_or(|age| facets.min_age <= age && age <= facets.max_age)
            // A service that names no needs is open to all of them.
            && self
                .need
                .is_none_or(|need| facets.needs == 0 || facets.needs & need != 0)
            && self
                .category
                .is_none_or(|category| facets.categories & category != 0)
            && (!self.free_only || facets.free);
        if !kept {
            return None;
        }
        let Some(within) = self.within else {
            return Some(None);
        };
        let (latitude, longitude) = facets.location?;
        let (latitude, longitude) = (f64::from(latitude), f64::from(longitude));
        if (latitude - within.from.0).abs() > within.latitude_span
            || (longitude - within.from.1).abs() > within.longitude_span
        {
            return None;
        }
        let miles = miles_between(within.from, (latitude, longitude));
        (miles <= within.miles).then_some(Some(miles))
    }
}

/// Every match that passes the filters, with its sort key (score, or nearness): the count is exact,
/// and ordering by distance or name needs them all anyway.
struct Gather {
    facets: Arc<Vec<Facets>>,
    keep: Filter,
}

struct GatherSegment {
    slots: Column<u64>,
    facets: Arc<Vec<Facets>>,
    keep: Filter,
    hits: Vec<(u32, Score)>,
}

impl Collector for Gather {
    type Fruit = Vec<(u32, Score)>;
    type Child = GatherSegment;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<GatherSegment> {
        Ok(GatherSegment {
            slots: segment.fast_fields().u64("slot")?,
            facets: self.facets.clone(),
            keep: self.keep.clone(),
            hits: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        !self.keep.by_distance
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, Score)>>) -> tantivy::Result<Vec<(u32, Score)>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for GatherSegment {
    type Fruit = Vec<(u32, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some(slot) = self.slots.first(doc) else {
            return;
        };
        if let Some(miles) = self.keep.keeps(&self.facets[slot as usize]) {
            let key = match (self.keep.by_distance, miles) {
                (true, Some(miles)) => -(miles as Score),
                _ => score,
            };
            self.hits.push((slot as u32, key));
        }
    }

    fn harvest(self) -> Vec<(u32, Score)> {
        self.hits
    }
}

/// Miles along the ground between two points (haversine; plenty for "how far to drive").
pub fn miles_between((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    const EARTH_RADIUS_MILES: f64 = 3958.8;
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_MILES * a.sqrt().asin()
}
