//! A family's search of the Local Offer, as it arrives in the page's address (so a search can be
//! shared and bookmarked), checked; and what comes back.

use super::service::{ServiceCategory, ServiceSummary, OLDEST_AGE};
use crate::locale::Locale;
use crate::record::problems::{FieldProblem, Problem};
use crate::record::AreaOfNeed;
use serde::{Deserialize, Serialize};

/// The search form's fields, exactly as typed (the query string of `/local-offer`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchForm {
    /// The words typed into the one search box.
    pub q: String,
    pub age: String,
    /// One of the family's children (signed in): search for their age.
    pub child: String,
    pub need: String,
    pub category: String,
    /// `"yes"` when ticked.
    pub free: String,
    /// A postcode or its first half ("DE22", "DE22 3AB").
    pub near: String,
    /// Miles from `near` or from the device's location.
    pub within: String,
    /// From "use my location": decimal degrees, filled in by the browser.
    pub lat: String,
    pub lon: String,
    pub page: String,
}

/// Where distances are measured from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Origin {
    /// The outward half of a postcode, upper case ("DE22").
    District(String),
    /// The device's location.
    Point { latitude: f64, longitude: f64 },
}

/// The distances families can choose, in miles.
pub const DISTANCES_MILES: &[u16] = &[1, 3, 5, 10, 25];
pub const DEFAULT_DISTANCE_MILES: u16 = 5;
pub const RESULTS_PER_PAGE: usize = 20;
pub const WORDS_MAX_CHARS: usize = 200;

/// A checked search. Empty words with no filters lists every service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchQuery {
    pub words: String,
    pub age: Option<u8>,
    /// The child whose age this is (already checked to be the family's by the page).
    pub child: Option<i64>,
    pub need: Option<AreaOfNeed>,
    pub category: Option<ServiceCategory>,
    pub free_only: bool,
    pub origin: Option<Origin>,
    pub within_miles: u16,
    /// From 1.
    pub page: usize,
    /// The language the page is read in: the words typed may be that language's words for
    /// needs and services, as well as English.
    #[serde(default)]
    pub locale: Locale,
}

impl SearchQuery {
    /// Whether the family asked for anything at all (otherwise the page shows the whole list).
    pub fn is_empty(&self) -> bool {
        self.words.trim().is_empty()
            && self.age.is_none()
            && self.need.is_none()
            && self.category.is_none()
            && !self.free_only
            && self.origin.is_none()
    }
}

/// The outward code of a UK postcode ("DE22" from "de22 3ab"), or `None` when it cannot be one.
pub fn postcode_district(typed: &str) -> Option<String> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let outward = match typed.split_whitespace().count() {
        // "DE22 3AB" or "DE22 3": the first part is the outward code.
        2 => typed.split_whitespace().next()?.to_ascii_uppercase(),
        // "DE223AB": a full postcode always ends in a digit and two letters.
        1 if compact.len() >= 5
            && compact[compact.len() - 3..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
            && compact[compact.len() - 2..]
                .chars()
                .all(|c| c.is_ascii_alphabetic()) =>
        {
            compact[..compact.len() - 3].to_string()
        }
        1 => compact,
        _ => return None,
    };
    // Outward codes: one or two letters, then a digit, then maybe a digit or a letter.
    let letters = outward
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let rest = &outward[letters..];
    let shape_ok = (1..=2).contains(&letters)
        && (1..=2).contains(&rest.len())
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    shape_ok.then_some(outward)
}

impl SearchForm {
    /// Checks what was typed. Problems name the field; everything typed stays in the form.
    pub fn check(&self) -> Result<SearchQuery, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let words = self.q.trim().to_string();
        if words.chars().count() > WORDS_MAX_CHARS {
            problems.push(FieldProblem::new(
                "q",
                Problem::TooLong {
                    max: WORDS_MAX_CHARS,
                },
            ));
        }
        let age = match self.age.trim() {
            "" => None,
            typed => match typed.parse::<u8>() {
                Ok(age) if age <= OLDEST_AGE => Some(age),
                _ => {
                    problems.push(FieldProblem::new("age", Problem::AgeNotValid));
                    None
                }
            },
        };
        let child = self.child.trim().parse::<i64>().ok();
        let need = match self.need.trim() {
            "" => None,
            code => {
                let need = AreaOfNeed::from_code(code);
                if need.is_none() {
                    problems.push(FieldProblem::new("need", Problem::ChooseOne));
                }
                need
            }
        };
        let category = match self.category.trim() {
            "" => None,
            code => {
                let category = ServiceCategory::from_code(code);
                if category.is_none() {
                    problems.push(FieldProblem::new("category", Problem::ChooseOne));
                }
                category
            }
        };
        let point = match (
            self.lat.trim().parse::<f64>(),
            self.lon.trim().parse::<f64>(),
        ) {
            (Ok(latitude), Ok(longitude))
                if (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude) =>
            {
                Some(Origin::Point {
                    latitude,
                    longitude,
                })
            }
            _ => None,
        };
        // A typed postcode wins over the device's location: it is what the person can see.
        let origin = match self.near.trim() {
            "" => point,
            typed => match postcode_district(typed) {
                Some(district) => Some(Origin::District(district)),
                None => {
                    problems.push(FieldProblem::new("near", Problem::PostcodeNotValid));
                    None
                }
            },
        };
        let within_miles = self
            .within
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|miles| DISTANCES_MILES.contains(miles))
            .unwrap_or(DEFAULT_DISTANCE_MILES);
        let page = self
            .page
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|page| (1..=500).contains(page))
            .unwrap_or(1);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(SearchQuery {
            words,
            age,
            child,
            need,
            category,
            free_only: self.free.trim() == "yes",
            origin,
            within_miles,
            page,
            locale: Locale::default(),
        })
    }
}

/// Why a service is in the results, shown beside it in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchReason {
    /// A word the person typed is in the service's name, description or terms.
    Word {
        word: String,
    },
    /// A word looked like a typing slip and was read as another ("autisim" as "autism").
    Corrected {
        typed: String,
        read_as: String,
    },
    /// Another name for the same thing ("SALT" for "speech therapy").
    AlsoKnownAs {
        typed: String,
        found: String,
    },
    /// For this age.
    Age(u8),
    /// For this area of need; `None` when the service is open to every need.
    Need(Option<AreaOfNeed>),
    Category(ServiceCategory),
    Free,
    /// Within this many tenths of a mile.
    Near {
        tenths_of_mile: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundService {
    pub service: ServiceSummary,
    pub tenths_of_mile: Option<u32>,
    pub reasons: Vec<MatchReason>,
}

/// One page of results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    /// How many services match in all (not only on this page).
    pub total: usize,
    pub found: Vec<FoundService>,
    /// Words read as other words, in the order typed: ("autisim", "autism").
    pub corrections: Vec<(String, String)>,
    /// No service matched every word, so these match some of them.
    pub some_words_only: bool,
    /// The English words searched for, when words of the page's language were carried to English
    /// ("speech therapy" for "logopeda").
    pub searched_for: Option<String>,
    pub page: usize,
    pub pages: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> SearchForm {
        let query = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        serde_urlencoded_like(&query)
    }

    // The page decodes the real query string with serde_urlencoded; here the pairs are simple.
    fn serde_urlencoded_like(query: &str) -> SearchForm {
        let mut form = SearchForm::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap();
            let value = value.to_string();
            match key {
                "q" => form.q = value,
                "age" => form.age = value,
                "need" => form.need = value,
                "category" => form.category = value,
                "free" => form.free = value,
                "near" => form.near = value,
                "within" => form.within = value,
                "lat" => form.lat = value,
                "lon" => form.lon = value,
                "page" => form.page = value,
                _ => panic!("unknown field {key}"),
            }
        }
        form
    }

    #[test]
    fn postcode_districts_come_from_whole_or_half_postcodes() {
        assert_eq!(postcode_district("de22").as_deref(), Some("DE22"));
        assert_eq!(postcode_district("DE22 3AB").as_deref(), Some("DE22"));
        assert_eq!(postcode_district("de223ab").as_deref(), Some("DE22"));
        assert_eq!(postcode_district(" DE1 ").as_deref(), Some("DE1"));
        assert_eq!(postcode_district("SW1A 1AA").as_deref(), Some("SW1A"));
        assert_eq!(postcode_district("B1").as_deref(), Some("B1"));
        assert_eq!(postcode_district("Derby"), None);
        assert_eq!(postcode_district("22"), None);
        assert_eq!(postcode_district("DE22 3AB X"), None);
    }

    #[test]
    fn a_search_is_checked_field_by_field() {
        let query = form(&[("q", " speech therapy "), ("age", "7"), ("free", "yes")])
            .check()
            .unwrap();
        assert_eq!(query.words, "speech therapy");
        assert_eq!(query.age, Some(7));
        assert!(query.free_only);
        assert_eq!(query.within_miles, DEFAULT_DISTANCE_MILES);
        assert_eq!(query.page, 1);

        let problems = form(&[("age", "26"), ("near", "Derby"), ("need", "x")])
            .check()
            .unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["age", "need", "near"]);
        assert_eq!(
            form(&[("age", "seven")]).check().unwrap_err()[0].problem,
            Problem::AgeNotValid
        );
    }

    #[test]
    fn a_typed_postcode_wins_over_the_device_location() {
        let query = form(&[
            ("near", "DE1"),
            ("lat", "52.9"),
            ("lon", "-1.5"),
            ("within", "10"),
        ])
        .check()
        .unwrap();
        assert_eq!(query.origin, Some(Origin::District("DE1".into())));
        assert_eq!(query.within_miles, 10);
        let query = form(&[("lat", "52.9"), ("lon", "-1.5"), ("within", "7")])
            .check()
            .unwrap();
        assert!(matches!(query.origin, Some(Origin::Point { .. })));
        assert_eq!(query.within_miles, DEFAULT_DISTANCE_MILES);
        assert!(SearchForm::default().check().unwrap().is_empty());
    }
}
