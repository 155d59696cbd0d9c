//! The Local Offer in words, in the reader's language: ages, costs, distances, opening times, why a
//! service was found. The council's own words inside a message are kept apart (`FilledMessage`).

use crate::filled_message::FilledMessage;
use crate::i18n::fl;
use crate::local_offer::service::{AgeRange, OpeningTime, ServiceCategory, Weekday};
use crate::local_offer::MatchReason;
use crate::words::area_of_need_words;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use i18n_embed::fluent::FluentLanguageLoader;

/// "Communication and interaction, Health and Leisure", in the reader's language.
pub fn list_words(items: &[String], i18n: &FluentLanguageLoader) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => {
            let separator = fl!(i18n, "list-separator");
            fl!(
                i18n,
                "list-and",
                first = (first.join(&separator)),
                last = (last.clone())
            )
        }
    }
}

pub fn category_words(category: ServiceCategory, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("local-offer-category-{}", category.code()))
}

pub fn ages_words(ages: AgeRange, i18n: &FluentLanguageLoader) -> String {
    match (ages.min, ages.max) {
        (Some(min), Some(max)) => fl!(i18n, "local-offer-ages-range", min = min, max = max),
        (Some(min), None) => fl!(i18n, "local-offer-ages-from", min = min),
        (None, Some(max)) => fl!(i18n, "local-offer-ages-up-to", max = max),
        (None, None) => fl!(i18n, "local-offer-ages-any"),
    }
}

pub fn cost_words(free: Option<bool>, i18n: &FluentLanguageLoader) -> String {
    match free {
        Some(true) => fl!(i18n, "local-offer-free"),
        Some(false) => fl!(i18n, "local-offer-may-cost"),
        None => fl!(i18n, "local-offer-cost-not-said"),
    }
}

/// "2.5 miles away" from tenths of a mile, given to Fluent as a number so each language writes it
/// ("2,5" in Polish) and picks its plural ("3 mile", "5 mil").
pub fn distance_words(tenths_of_mile: u32, i18n: &FluentLanguageLoader) -> String {
    let whole = tenths_of_mile.is_multiple_of(10);
    let miles = FluentNumber::new(
        f64::from(tenths_of_mile) / 10.0,
        FluentNumberOptions {
            minimum_fraction_digits: Some(if whole { 0 } else { 1 }),
            maximum_fraction_digits: Some(1),
            ..Default::default()
        },
    );
    fl!(i18n, "local-offer-miles-away", miles = miles)
}

/// "From Derby Children's NHS Trust".
pub fn from_words(organisation: &str, i18n: &FluentLanguageLoader) -> FilledMessage {
    FilledMessage::filled([organisation], |[organisation]| {
        fl!(i18n, "local-offer-from", organisation = organisation)
    })
}

/// "We read autisim as autism.", above the results.
pub fn corrected_words(typed: &str, read_as: &str, i18n: &FluentLanguageLoader) -> FilledMessage {
    FilledMessage::filled([typed, read_as], |[a, b]| {
        fl!(i18n, "local-offer-corrected", typed = a, read_as = b)
    })
}

/// "Showing services for: speech therapy", when words of the page's language were carried to English.
pub fn searched_for_words(english: &str, i18n: &FluentLanguageLoader) -> FilledMessage {
    FilledMessage::filled([english], |[words]| {
        fl!(i18n, "local-offer-searched-for", words = words)
    })
}

pub fn reason_words(reason: &MatchReason, i18n: &FluentLanguageLoader) -> FilledMessage {
    match reason {
        MatchReason::Word { word } => FilledMessage::filled([word], |[word]| {
            fl!(i18n, "local-offer-reason-word", word = word)
        }),
        MatchReason::Corrected { typed, read_as } => {
            FilledMessage::filled([typed, read_as], |[a, b]| {
                fl!(i18n, "local-offer-reason-corrected", typed = a, read_as = b)
            })
        }
        MatchReason::AlsoKnownAs { typed, found } => {
            FilledMessage::filled([typed, found], |[a, b]| {
                fl!(i18n, "local-offer-reason-also-known", typed = a, found = b)
            })
        }
        MatchReason::Age(age) => {
            FilledMessage::plain(fl!(i18n, "local-offer-reason-age", age = (*age)))
        }
        MatchReason::Need(None) => FilledMessage::plain(fl!(i18n, "local-offer-reason-all-needs")),
        MatchReason::Need(Some(need)) => FilledMessage::plain(fl!(
            i18n,
            "local-offer-reason-need",
            need = (area_of_need_words(*need, i18n))
        )),
        MatchReason::Category(category) => FilledMessage::plain(fl!(
            i18n,
            "local-offer-reason-category",
            category = (category_words(*category, i18n))
        )),
        MatchReason::Free => FilledMessage::plain(fl!(i18n, "local-offer-reason-free")),
        MatchReason::Near { tenths_of_mile } => {
            FilledMessage::plain(distance_words(*tenths_of_mile, i18n))
        }
    }
}

fn day_words(day: Weekday, i18n: &FluentLanguageLoader) -> String {
    match day {
        Weekday::Monday => fl!(i18n, "service-day-monday"),
        Weekday::Tuesday => fl!(i18n, "service-day-tuesday"),
        Weekday::Wednesday => fl!(i18n, "service-day-wednesday"),
        Weekday::Thursday => fl!(i18n, "service-day-thursday"),
        Weekday::Friday => fl!(i18n, "service-day-friday"),
        Weekday::Saturday => fl!(i18n, "service-day-saturday"),
        Weekday::Sunday => fl!(i18n, "service-day-sunday"),
    }
}

/// "Monday to Friday", "Monday, Wednesday and Friday", "Monday to Wednesday and Saturday".
pub fn days_words(days: &[Weekday], i18n: &FluentLanguageLoader) -> String {
    let mut order: Vec<usize> = days
        .iter()
        .filter_map(|day| Weekday::ALL.iter().position(|d| d == day))
        .collect();
    order.sort_unstable();
    order.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for index in order {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == index => *end = index,
            _ => runs.push((index, index)),
        }
    }
    let mut parts = Vec::new();
    for (start, end) in runs {
        let first = day_words(Weekday::ALL[start], i18n);
        match end - start {
            0 => parts.push(first),
            1 => {
                parts.push(first);
                parts.push(day_words(Weekday::ALL[end], i18n));
            }
            _ => parts.push(fl!(
                i18n,
                "service-days-range",
                first = first,
                last = (day_words(Weekday::ALL[end], i18n))
            )),
        }
    }
    list_words(&parts, i18n)
}

/// "09:00" or "09:00:00" as people say it: "9:00".
pub fn clock_words(time: &str) -> String {
    let mut parts = time.trim().split(':');
    match (parts.next(), parts.next()) {
        (Some(hours), Some(minutes)) if !hours.is_empty() => {
            let hours = hours.trim_start_matches('0');
            let hours = if hours.is_empty() { "0" } else { hours };
            format!("{hours}:{minutes}")
        }
        _ => time.trim().to_string(),
    }
}

/// One opening time in words: "Monday to Friday, 9:00 to 17:00", and the feed's own words after it.
pub fn opening_words(opening: &OpeningTime, i18n: &FluentLanguageLoader) -> Option<String> {
    let days = days_words(&opening.days, i18n);
    let times = match (&opening.opens, &opening.closes) {
        (Some(opens), Some(closes)) => Some(fl!(
            i18n,
            "service-time-range",
            opens = (clock_words(opens)),
            closes = (clock_words(closes))
        )),
        _ => None,
    };
    let said = match (days.is_empty(), times) {
        (false, Some(times)) => Some(fl!(
            i18n,
            "service-days-and-times",
            days = days,
            times = times
        )),
        (false, None) => Some(days),
        (true, Some(times)) => Some(times),
        (true, None) => None,
    };
    let description = opening.description.trim();
    // The feed's words only when they add something ("term time"), not when they say the same days
    // and times again ("Monday to Friday, 9am to 5pm").
    let description = if said.is_some() && only_days_and_times(description) {
        ""
    } else {
        description
    };
    match (said, description.is_empty()) {
        (Some(said), true) => Some(said),
        (Some(said), false) => Some(format!("{said}. {description}")),
        (None, false) => Some(description.to_string()),
        (None, true) => None,
    }
}

/// True when the words name nothing but days and times.
fn only_days_and_times(words: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    words
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–' | '.'))
        .filter(|word| !word.is_empty())
        .all(|word| {
            let word = word.to_lowercase();
            let day = word.trim_end_matches('s');
            DAYS.contains(&day)
                || word.chars().any(|c| c.is_ascii_digit())
                || matches!(
                    word.as_str(),
                    "to" | "and" | "from" | "until" | "till" | "am" | "pm"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::loader;
    use crate::locale::Locale;
    use leptos::prelude::*;

    fn en() -> &'static FluentLanguageLoader {
        loader(Locale::EnglishUk)
    }

    #[test]
    fn opening_times_are_said_in_words() {
        let opening = OpeningTime {
            days: vec![
                Weekday::Friday,
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
            ],
            opens: Some("09:00".into()),
            closes: Some("17:00".into()),
            description: String::new(),
        };
        assert_eq!(
            opening_words(&opening, en()).unwrap(),
            "Monday to Friday, 9:00 to 17:00"
        );
        assert_eq!(
            days_words(
                &[Weekday::Monday, Weekday::Wednesday, Weekday::Friday],
                en()
            ),
            "Monday, Wednesday and Friday"
        );
        assert_eq!(
            days_words(&[Weekday::Saturday, Weekday::Sunday], en()),
            "Saturday and Sunday"
        );
        let said_twice = OpeningTime {
            description: "Monday to Friday, 9am to 5pm".into(),
            ..opening.clone()
        };
        assert_eq!(
            opening_words(&said_twice, en()).unwrap(),
            "Monday to Friday, 9:00 to 17:00"
        );
        let term_time = OpeningTime {
            days: vec![Weekday::Tuesday],
            description: "Tuesday evenings, term time".into(),
            ..opening.clone()
        };
        assert_eq!(
            opening_words(&term_time, en()).unwrap(),
            "Tuesday, 9:00 to 17:00. Tuesday evenings, term time"
        );
        assert_eq!(clock_words("08:30:00"), "8:30");
        assert_eq!(clock_words("00:15"), "0:15");
        let urdu = opening_words(&opening, loader(Locale::Urdu)).unwrap();
        assert!(urdu.contains("پیر") && urdu.contains("جمعہ"), "{urdu}");
    }

    #[test]
    fn reasons_and_distances_are_plain_words() {
        assert_eq!(distance_words(25, en()), "2.5 miles away");
        assert_eq!(distance_words(10, en()), "1 mile away");
        assert_eq!(distance_words(30, en()), "3 miles away");
        let polish = loader(Locale::Polish);
        assert_eq!(distance_words(6, polish), "0,6 mili stąd");
        assert_eq!(distance_words(30, polish), "3 mile stąd");
        assert_eq!(
            reason_words(
                &MatchReason::AlsoKnownAs {
                    typed: "SALT".into(),
                    found: "speech therapy".into()
                },
                en()
            )
            .words(),
            "“SALT” is another name for “speech therapy”"
        );
        assert_eq!(
            reason_words(&MatchReason::Age(7), en()).words(),
            "for age 7"
        );
        let html = Owner::new().with(|| {
            reason_words(
                &MatchReason::Word {
                    word: "swimming".into(),
                },
                loader(Locale::Urdu),
            )
            .view()
            .to_html()
        });
        assert!(html.contains("<bdi>swimming</bdi>"), "{html}");
    }
}
