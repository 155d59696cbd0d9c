//! One service, in Heard's own small vocabulary: feeds name things many ways (Open Referral UK v1 and
//! v3, each council's own taxonomy), and the importer maps them onto these types.

use crate::record::{AdulthoodTheme, AreaOfNeed};
use serde::{Deserialize, Serialize};

coded_enum! {
    /// The kinds of service a Local Offer covers, as families look for them.
    pub enum ServiceCategory {
        Education = "education",
        Health = "health",
        SocialCare = "social-care",
        Leisure = "leisure",
        Advice = "advice",
    }
}

coded_enum! {
    /// Whether families can use the service now.
    pub enum ServiceStatus {
        Active = "active",
        TemporarilyClosed = "temporarily-closed",
    }
}

coded_enum! {
    /// Whether a family needs someone (a GP, school or social worker) to refer them.
    pub enum Referral {
        Needed = "needed",
        NotNeeded = "not-needed",
        NotSaid = "not-said",
    }
}

coded_enum! {
    /// Days of the week, Monday first as in UK timetables.
    pub enum Weekday {
        Monday = "MO",
        Tuesday = "TU",
        Wednesday = "WE",
        Thursday = "TH",
        Friday = "FR",
        Saturday = "SA",
        Sunday = "SU",
    }
}

/// The youngest and oldest age in years the service is for; either may be unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

/// The ages Heard covers: the SEND system runs from birth to 25.
pub const OLDEST_AGE: u8 = 25;

impl AgeRange {
    /// Whether a child of this age can use the service. Unknown bounds are open.
    pub fn includes(self, age: u8) -> bool {
        self.min.is_none_or(|min| age >= min) && self.max.is_none_or(|max| age <= max)
    }
}

/// What the service costs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    /// `Some(true)` when the feed says it is free; `None` when it does not say.
    pub free: Option<bool>,
    /// The feed's own words about fees and prices ("£5 a session").
    pub details: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    /// What the number is for ("Helpline", "Text only"); may be empty.
    pub description: String,
}

/// How to reach the service.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Named contacts ("Sam Patel, coordinator").
    pub people: Vec<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phones.is_empty()
            && self.email.is_none()
            && self.website.is_none()
            && self.people.is_empty()
    }
}

/// Where the service happens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    /// Address lines, first line first, then the town and postcode.
    pub address: Vec<String>,
    pub town: String,
    pub postcode: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// How the venue is accessible ("Step-free entrance", "Hearing loop").
    pub accessibility: Vec<String>,
}

/// When the service is open: some days, between two times ("09:00"), or the feed's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningTime {
    pub days: Vec<Weekday>,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub description: String,
}

/// A service as Heard holds it after import.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The feed's id, kept so a second import updates the same service.
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub description: String,
    pub status: Option<ServiceStatus>,
    pub categories: Vec<ServiceCategory>,
    /// The areas of need the service is for; empty means it does not say (open to all).
    pub needs: Vec<AreaOfNeed>,
    pub adulthood: Vec<AdulthoodTheme>,
    pub ages: AgeRange,
    pub cost: Cost,
    pub referral: Option<Referral>,
    /// The feed's own words about how to get the service.
    pub how_to_get: String,
    pub contact: Contact,
    pub places: Vec<Place>,
    pub opening_times: Vec<OpeningTime>,
    /// Languages the service is offered in, as the feed names them.
    pub languages: Vec<String>,
    /// The feed's taxonomy terms, kept for search.
    pub terms: Vec<String>,
    /// When the council last changed it, as an ISO date (`2026-03-04`).
    pub last_updated: Option<String>,
}

impl Service {
    pub fn last_updated_on(&self) -> Option<crate::record::dates::Date> {
        self.last_updated
            .as_deref()
            .and_then(crate::record::dates::from_iso)
    }

    pub fn is_free(&self) -> bool {
        self.cost.free == Some(true)
    }

    /// The first place with coordinates, for distances.
    pub fn location(&self) -> Option<(f64, f64)> {
        self.places
            .iter()
            .find_map(|place| Some((place.latitude?, place.longitude?)))
    }

    pub fn summary(&self) -> ServiceSummary {
        ServiceSummary {
            id: self.id.clone(),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            short_description: short_description(&self.description),
            categories: self.categories.clone(),
            ages: self.ages,
            free: self.cost.free,
            town: self
                .places
                .first()
                .map(|p| p.town.clone())
                .unwrap_or_default(),
        }
    }
}

/// What a list of results shows of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub short_description: String,
    pub categories: Vec<ServiceCategory>,
    pub ages: AgeRange,
    pub free: Option<bool>,
    pub town: String,
}

/// About two lines on a phone: the first sentence, or the first words up to a limit.
pub const SHORT_DESCRIPTION_CHARS: usize = 160;

pub fn short_description(description: &str) -> String {
    let text = description.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SHORT_DESCRIPTION_CHARS {
        return text;
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > SHORT_DESCRIPTION_CHARS {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    cut.push('…');
    cut
}

/// A service a family saved to a child's record, with their note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedService {
    pub id: i64,
    pub service_id: String,
    /// The service's name now, or as it was when saved if the council no longer lists it.
    pub service_name: String,
    /// False once the service has dropped out of the council's feed.
    pub still_listed: bool,
    pub note: String,
    pub saved_on: crate::record::dates::Date,
    /// Set when an advocate saved it: their name ("saved by … with …").
    pub saved_by_advocate: Option<String>,
}

/// Longest note a family can keep with a saved service.
pub const NOTE_MAX_CHARS: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_age_bounds_are_open() {
        let from_five = AgeRange {
            min: Some(5),
            max: None,
        };
        assert!(!from_five.includes(4));
        assert!(from_five.includes(5));
        assert!(from_five.includes(25));
        let five_to_eleven = AgeRange {
            min: Some(5),
            max: Some(11),
        };
        assert!(five_to_eleven.includes(11));
        assert!(!five_to_eleven.includes(12));
        assert!(AgeRange::default().includes(0));
    }

    #[test]
    fn short_descriptions_stop_at_a_word() {
        let long = "word ".repeat(100);
        let short = short_description(&long);
        assert!(short.ends_with("word…"));
        assert!(short.chars().count() <= SHORT_DESCRIPTION_CHARS + 1);
        assert_eq!(short_description("  A  short   one. "), "A short one.");
    }
}
