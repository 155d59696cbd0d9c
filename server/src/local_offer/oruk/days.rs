//! Days of the week as feeds write them, for v1 and v3 alike.

use heard_app::local_offer::service::Weekday;

/// A day from an iCal code ("MO") or an English name ("Monday", "mon").
pub fn weekday(text: &str) -> Option<Weekday> {
    let lower = text.trim().to_lowercase();
    if let Some(day) = Weekday::from_code(&lower.to_uppercase()) {
        return Some(day);
    }
    let names = [
        ("mon", Weekday::Monday),
        ("tue", Weekday::Tuesday),
        ("wed", Weekday::Wednesday),
        ("thu", Weekday::Thursday),
        ("fri", Weekday::Friday),
        ("sat", Weekday::Saturday),
        ("sun", Weekday::Sunday),
    ];
    let full = |day: Weekday| day_name(day).to_lowercase();
    names.iter().find_map(|(short, day)| {
        let full = full(*day);
        (lower == *short || lower == full || (lower.len() >= 3 && full.starts_with(&lower)))
            .then_some(*day)
    })
}

pub fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}
