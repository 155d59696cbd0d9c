//! The search as families use it: typos, jargon both ways, every filter and its bounds, ranking.
//! Built over a small catalogue with the shipped synonym and stop word lists.

use super::search::{miles_between, ServiceIndex};
use super::words::Lexicon;
use heard_app::local_offer::search::{MatchReason, Origin};
use heard_app::local_offer::service::{AgeRange, Cost, Place, ServiceCategory};
use heard_app::local_offer::{SearchQuery, SearchResults, Service};
use heard_app::locale::Locale;
use heard_app::record::AreaOfNeed;
use std::sync::Arc;

const DERBY: (f64, f64) = (52.9225, -1.4746);
const BELPER: (f64, f64) = (53.0233, -1.4818);
const MATLOCK: (f64, f64) = (53.1380, -1.5550);

fn service(id: &str, name: &str, description: &str) -> Service {
    Service {
        id: id.into(),
        name: name.into(),
        description: description.into(),
        ..Service::default()
    }
}

fn at(mut service: Service, (latitude, longitude): (f64, f64), town: &str) -> Service {
    service.places.push(Place {
        name: format!("{town} centre"),
        town: town.into(),
        latitude: Some(latitude),
        longitude: Some(longitude),
        ..Place::default()
    });
    service
}

fn catalogue() -> Vec<Service> {
    let mut salt = service(
        "salt",
        "Little Voices",
        "NHS speech and language therapy for children who find talking hard.",
    );
    salt.categories = vec![ServiceCategory::Health];
    salt.needs = vec![AreaOfNeed::CommunicationAndInteraction];
    salt.ages = AgeRange {
        min: Some(0),
        max: Some(18),
    };
    salt.cost = Cost {
        free: Some(true),
        details: vec![],
    };
    let mut club = service(
        "club",
        "Spectrum Saturday Club",
        "A calm Saturday club for autistic children, with a quiet room.",
    );
    club.categories = vec![ServiceCategory::Leisure];
    club.needs = vec![AreaOfNeed::CommunicationAndInteraction];
    club.ages = AgeRange {
        min: Some(5),
        max: Some(16),
    };
    let mut camhs = service(
        "camhs",
        "Riverside Team",
        "CAMHS: help for children's mental health, worries and low mood.",
    );
    camhs.categories = vec![ServiceCategory::Health];
    camhs.needs = vec![AreaOfNeed::SocialEmotionalMentalHealth];
    let mut respite = service(
        "respite",
        "Break Time",
        "Respite care: overnight stays so parent carers can rest.",
    );
    respite.categories = vec![ServiceCategory::SocialCare];
    let mut swim = service(
        "swim",
        "Splash Inclusive Swimming",
        "Swimming sessions with a hoist and changing places toilet.",
    );
    swim.categories = vec![ServiceCategory::Leisure];
    swim.needs = vec![AreaOfNeed::SensoryPhysical];
    swim.ages = AgeRange {
        min: Some(4),
        max: Some(25),
    };
    let mut advice = service(
        "advice",
        "Open Door Advice",
        "Free advice about support at school and your rights. Swimming is not something we do.",
    );
    advice.categories = vec![ServiceCategory::Advice];
    advice.cost.free = Some(true);
    let mut ot = service(
        "ot",
        "Hands On Clinic",
        "Occupational therapy for children who find dressing, writing or busy places hard.",
    );
    ot.categories = vec![ServiceCategory::Health];
    vec![
        at(salt, DERBY, "Derby"),
        at(club, DERBY, "Derby"),
        camhs,
        at(respite, DERBY, "Derby"),
        at(swim, BELPER, "Belper"),
        advice,
        at(ot, MATLOCK, "Matlock"),
    ]
}

fn index() -> ServiceIndex {
    ServiceIndex::build(catalogue(), Arc::new(Lexicon::load())).unwrap()
}

fn search(index: &ServiceIndex, query: SearchQuery) -> SearchResults {
    let origin = query.origin.as_ref().map(|origin| match origin {
        Origin::Point {
            latitude,
            longitude,
        } => (*latitude, *longitude),
        Origin::District(_) => DERBY,
    });
    index.search(&query, origin).unwrap()
}

fn words(words: &str) -> SearchQuery {
    SearchQuery {
        words: words.into(),
        page: 1,
        within_miles: 5,
        ..SearchQuery::default()
    }
}

fn ids(results: &SearchResults) -> Vec<&str> {
    results
        .found
        .iter()
        .map(|found| found.service.id.as_str())
        .collect()
}

#[test]
fn phone_typos_are_read_as_the_words_meant() {
    let index = index();
    let results = search(&index, words("speach theraphy"));
    assert_eq!(ids(&results)[0], "salt");
    assert!(results
        .corrections
        .contains(&("speach".to_string(), "speech".to_string())));
    let results = search(&index, words("autisim"));
    assert_eq!(
        ids(&results),
        ["club"],
        "autisim reaches autistic via autism"
    );
    assert_eq!(
        results.corrections,
        [("autisim".to_string(), "autism".to_string())]
    );
    assert!(search(&index, words("swiming")).found[0].service.id == "swim");
}

#[test]
fn jargon_is_understood_both_ways() {
    let index = index();
    // The family's words find the service written in jargon, and the jargon finds plain words.
    let salt = search(&index, words("SALT"));
    assert_eq!(ids(&salt), ["salt"]);
    assert!(matches!(
        &salt.found[0].reasons[0],
        MatchReason::AlsoKnownAs { typed, .. } if typed == "salt"
    ));
    assert_eq!(ids(&search(&index, words("ASD"))), ["club"]);
    assert_eq!(ids(&search(&index, words("mental health"))), ["camhs"]);
    assert_eq!(ids(&search(&index, words("SEMH"))), ["camhs"]);
    assert_eq!(ids(&search(&index, words("short breaks"))), ["respite"]);
    assert_eq!(ids(&search(&index, words("OT"))), ["ot"]);
    assert_eq!(ids(&search(&index, words("occupational therapy"))), ["ot"]);
}

#[test]
fn a_family_searches_in_the_language_they_read_the_page_in() {
    let index = index();
    let in_language = |locale: Locale, typed: &str| {
        search(
            &index,
            SearchQuery {
                locale,
                ..words(typed)
            },
        )
    };
    // Polish endings, and the ą typed or not.
    for typed in [
        "logopeda",
        "logopedy",
        "logopedą",
        "logopedzie",
        "terapia mowy",
    ] {
        let results = in_language(Locale::Polish, typed);
        assert_eq!(ids(&results), ["salt"], "{typed}");
        assert_eq!(results.searched_for.as_deref(), Some("speech therapy"));
    }
    for (locale, typed, id, english) in [
        (Locale::Polish, "autyzm", "club", "autism"),
        (Locale::Polish, "pływanie", "swim", "swimming"),
        (
            Locale::Polish,
            "zdrowie psychiczne",
            "camhs",
            "mental health",
        ),
        (
            Locale::Polish,
            "opieka wytchnieniowa",
            "respite",
            "short breaks",
        ),
        (Locale::Romanian, "logopedului", "salt", "speech therapy"),
        (Locale::Romanian, "inot", "swim", "swimming"),
        (Locale::Urdu, "اسپیچ تھراپی", "salt", "speech therapy"),
        (Locale::Urdu, "تيراكي", "swim", "swimming"),
        (Locale::Arabic, "السباحة", "swim", "swimming"),
        (Locale::Arabic, "التوحد", "club", "autism"),
        (Locale::Sorani, "مەلەکردن", "swim", "swimming"),
        (Locale::Sorani, "ئۆتیزم", "club", "autism"),
        (Locale::Punjabi, "ਤੈਰਾਕੀ", "swim", "swimming"),
        (Locale::Punjabi, "ਸਪੀਚ ਥੈਰੇਪੀ", "salt", "speech therapy"),
    ] {
        let results = in_language(locale, typed);
        assert_eq!(ids(&results).first(), Some(&id), "{locale:?} {typed}");
        assert_eq!(
            results.searched_for.as_deref(),
            Some(english),
            "{locale:?} {typed}"
        );
        assert!(results.corrections.is_empty(), "{locale:?} {typed}");
    }
    // English still works on a Polish page, and is not said to have been carried.
    let english = in_language(Locale::Polish, "swimming");
    assert_eq!(ids(&english), ["swim", "advice"]);
    assert_eq!(english.searched_for, None);
    // On an English page Polish words are not read.
    assert_eq!(search(&index, words("logopeda")).total, 0);
}

#[test]
fn an_exact_name_ranks_first() {
    let index = index();
    // Both mention swimming; the one called so comes first.
    let results = search(&index, words("swimming"));
    assert_eq!(ids(&results), ["swim", "advice"]);
    assert_eq!(
        results.found[0].reasons,
        [MatchReason::Word {
            word: "swimming".into()
        }]
    );
}

#[test]
fn stop_words_are_ignored_and_unmatched_words_relax_the_search() {
    let index = index();
    assert_eq!(
        ids(&search(&index, words("swimming for my son"))),
        ["swim", "advice"]
    );
    let results = search(&index, words("swimming zebra"));
    assert!(results.some_words_only);
    assert_eq!(ids(&results), ["swim", "advice"]);
    let results = search(&index, words("zebra"));
    assert_eq!(results.total, 0);
    assert!(!results.some_words_only);
}

#[test]
fn age_bounds_are_inclusive_and_unknown_ages_are_open() {
    let index = index();
    let for_age = |age| {
        let mut results = ids(&search(
            &index,
            SearchQuery {
                age: Some(age),
                ..words("")
            },
        ))
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        results.sort();
        results
    };
    // Club is 5 to 16; swimming 4 to 25; speech 0 to 18; the rest say nothing.
    assert!(!for_age(4).contains(&"club".to_string()));
    assert!(for_age(5).contains(&"club".to_string()));
    assert!(for_age(16).contains(&"club".to_string()));
    assert!(!for_age(17).contains(&"club".to_string()));
    assert!(for_age(18).contains(&"salt".to_string()));
    assert!(!for_age(19).contains(&"salt".to_string()));
    assert!(for_age(25).contains(&"swim".to_string()));
    assert!(for_age(25).contains(&"camhs".to_string()));
}

#[test]
fn need_category_and_free_filters() {
    let index = index();
    let sensory = search(
        &index,
        SearchQuery {
            need: Some(AreaOfNeed::SensoryPhysical),
            ..words("")
        },
    );
    // Services that name no needs are open to all, and say so.
    assert_eq!(
        ids(&sensory),
        ["respite", "ot", "advice", "swim"],
        "in name order"
    );
    assert!(sensory.found[0].reasons.contains(&MatchReason::Need(None)));
    assert!(sensory.found[3]
        .reasons
        .contains(&MatchReason::Need(Some(AreaOfNeed::SensoryPhysical))));
    let health = search(
        &index,
        SearchQuery {
            category: Some(ServiceCategory::Health),
            ..words("")
        },
    );
    assert_eq!(ids(&health), ["ot", "salt", "camhs"]);
    let free = search(
        &index,
        SearchQuery {
            free_only: true,
            ..words("")
        },
    );
    assert_eq!(ids(&free), ["salt", "advice"]);
    assert!(free.found[0].reasons.contains(&MatchReason::Free));
}

#[test]
fn distance_filters_and_orders_by_miles() {
    let index = index();
    let near_derby = |miles| {
        search(
            &index,
            SearchQuery {
                origin: Some(Origin::Point {
                    latitude: DERBY.0,
                    longitude: DERBY.1,
                }),
                within_miles: miles,
                ..words("")
            },
        )
    };
    let belper_miles = miles_between(DERBY, BELPER);
    assert!((6.0..8.0).contains(&belper_miles), "{belper_miles}");
    let five = near_derby(5);
    assert_eq!(
        ids(&five),
        ["respite", "salt", "club"],
        "Derby only, then by name"
    );
    assert_eq!(five.found[0].tenths_of_mile, Some(0));
    let ten = near_derby(10);
    assert_eq!(
        ids(&ten),
        ["respite", "salt", "club", "swim"],
        "nearest first"
    );
    assert_eq!(ten.found[3].tenths_of_mile, Some(70));
    // Services with no place are never "near".
    assert!(!ids(&near_derby(25)).contains(&"camhs"));
}

#[test]
fn results_are_paged_with_an_exact_count() {
    let services: Vec<Service> = (0..45)
        .map(|n| {
            service(
                &format!("s{n:02}"),
                &format!("Play group {n:02}"),
                "A play group.",
            )
        })
        .collect();
    let index = ServiceIndex::build(services, Arc::new(Lexicon::load())).unwrap();
    let first = search(&index, words("play"));
    assert_eq!((first.total, first.pages, first.found.len()), (45, 3, 20));
    let last = search(
        &index,
        SearchQuery {
            page: 3,
            ..words("play")
        },
    );
    assert_eq!(last.found.len(), 5);
    // A page past the end shows the last one.
    let beyond = search(
        &index,
        SearchQuery {
            page: 9,
            ..words("play")
        },
    );
    assert_eq!(beyond.page, 3);
}
