//! When a service is open: days (iCal `byday`, with "2nd Monday" and the like), times and how often.

use super::places::locations;
use super::push_unique;
use crate::local_offer::oruk::days::{day_name, weekday};
use crate::local_offer::oruk::json::{field, number, objects_of, shown, text, text_of, Object};
use crate::local_offer::oruk::text::clean_line;
use heard_app::local_offer::service::OpeningTime;

pub(super) fn opening_times(object: &Object, warnings: &mut Vec<String>) -> Vec<OpeningTime> {
    let mut holders: Vec<&Object> = vec![object];
    holders.extend(objects_of(object, &["service_at_locations"]));
    holders.extend(locations(object));
    let mut times = Vec::new();
    for holder in holders {
        for schedule in objects_of(holder, &["schedules"]) {
            if let Some(time) = opening_time(schedule, warnings) {
                push_unique(&mut times, time);
            }
        }
    }
    times
}

fn opening_time(schedule: &Object, warnings: &mut Vec<String>) -> Option<OpeningTime> {
    let mut days = Vec::new();
    let mut monthly = Vec::new();
    if let Some(byday) = text_of(schedule, &["byday"]) {
        for part in byday
            .split([',', ';', ' '])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (which, day) = split_ordinal(part);
            match weekday(day) {
                Some(day) => {
                    push_unique(&mut days, day);
                    if let Some(which) = which {
                        monthly.push(format!("{which} {}", day_name(day)));
                    }
                }
                None => warnings.push(format!("byday {part:?} is not a day: left out")),
            }
        }
    }
    days.sort();
    let mut opens = clock("opens_at", schedule, warnings);
    let mut closes = clock("closes_at", schedule, warnings);
    if opens.as_deref() == Some("00:00") && closes.as_deref() == Some("00:00") {
        // Both midnight is how many systems write "no times given".
        (opens, closes) = (None, None);
    }
    let mut description = text_of(schedule, &["description"])
        .map(|d| clean_line(&d))
        .unwrap_or_default();
    if description.is_empty() && !monthly.is_empty() {
        description = format!("{} of the month", monthly.join(" and "));
    }
    if description.is_empty() {
        let weekly = text_of(schedule, &["freq"]).is_some_and(|f| f.eq_ignore_ascii_case("weekly"));
        let interval = field(schedule, &["interval"])
            .and_then(number)
            .map(|(n, _)| n);
        if let (true, Some(n)) = (weekly, interval) {
            if n == 2.0 {
                description = "Every other week".into();
            } else if n > 2.0 && n.fract() == 0.0 {
                description = format!("Every {} weeks", n as u32);
            }
        }
    }
    let nothing = days.is_empty() && opens.is_none() && closes.is_none() && description.is_empty();
    (!nothing).then_some(OpeningTime {
        days,
        opens,
        closes,
        description,
    })
}

/// "2MO" → ("2nd", "MO"); "-1FR" → ("last", "FR"); "TU" → (None, "TU").
fn split_ordinal(part: &str) -> (Option<String>, &str) {
    let digits_end = part
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '-' || *c == '+'))
        .map_or(part.len(), |(i, _)| i);
    if digits_end == 0 {
        return (None, part);
    }
    let which = match part[..digits_end].parse::<i32>() {
        Ok(1) => Some("1st".to_string()),
        Ok(2) => Some("2nd".to_string()),
        Ok(3) => Some("3rd".to_string()),
        Ok(n @ 4..=5) => Some(format!("{n}th")),
        Ok(-1) => Some("last".to_string()),
        _ => None,
    };
    (which, &part[digits_end..])
}
/// A time of day as `HH:MM`, from "10:00:00", "9:30", "10:00Z", "10:00:00+01:00", "9am", "5.30pm".
fn clock(name: &str, schedule: &Object, warnings: &mut Vec<String>) -> Option<String> {
    let value = field(schedule, &[name])?;
    let written = text(Some(value))?;
    let time = parse_clock(&written);
    if time.is_none() {
        warnings.push(format!("{name} {} is not a time: left out", shown(value)));
    }
    time
}

pub fn parse_clock(written: &str) -> Option<String> {
    let mut t = written.trim().to_lowercase().replace(' ', "");
    let mut afternoon = None;
    for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if let Some(rest) = t.strip_suffix(suffix) {
            afternoon = Some(pm);
            t = rest.to_string();
            break;
        }
    }
    // A time zone ("Z", "+01:00", "-05:00") follows the time; Heard shows local times as given.
    if let Some(rest) = t.strip_suffix('z') {
        t = rest.to_string();
    }
    if let Some(at) = t
        .char_indices()
        .skip(1)
        .find(|(_, c)| *c == '+' || *c == '-')
        .map(|(i, _)| i)
    {
        t.truncate(at);
    }
    let mut parts = t.split([':', '.']);
    let hours: u32 = parts
        .next()
        .filter(|h| (1..=2).contains(&h.len()))?
        .parse()
        .ok()?;
    let minutes: u32 = match parts.next() {
        Some(m) if m.len() == 2 => m.parse().ok()?,
        None if afternoon.is_some() => 0,
        _ => return None,
    };
    if let Some(seconds) = parts.next() {
        let whole = seconds.split('.').next().unwrap_or_default();
        if whole.len() != 2 || whole.parse::<u32>().ok()? > 59 {
            return None;
        }
    }
    let hours = match afternoon {
        Some(_) if !(1..=12).contains(&hours) => return None,
        Some(true) if hours < 12 => hours + 12,
        Some(false) if hours == 12 => 0,
        _ => hours,
    };
    if minutes > 59 || hours > 24 || (hours == 24 && minutes != 0) {
        return None;
    }
    Some(format!("{hours:02}:{minutes:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_app::local_offer::service::Weekday;

    #[test]
    fn clocks_are_read_many_ways() {
        for (written, read) in [
            ("10:00:00", Some("10:00")),
            ("9:30", Some("09:30")),
            ("10:00Z", Some("10:00")),
            ("10:00:00.000+01:00", Some("10:00")),
            ("17:45-05:00", Some("17:45")),
            ("9am", Some("09:00")),
            ("5.30pm", Some("17:30")),
            ("12pm", Some("12:00")),
            ("12am", Some("00:00")),
            ("24:00", Some("24:00")),
            ("25:00", None),
            ("10:75", None),
            ("noon", None),
            ("13pm", None),
        ] {
            assert_eq!(parse_clock(written).as_deref(), read, "{written}");
        }
    }

    #[test]
    fn days_are_read_from_codes_and_names() {
        assert_eq!(weekday("MO"), Some(Weekday::Monday));
        assert_eq!(weekday("thursday"), Some(Weekday::Thursday));
        assert_eq!(weekday("Weds"), None);
        assert_eq!(weekday("Wed"), Some(Weekday::Wednesday));
        assert_eq!(weekday("Funday"), None);
        assert_eq!(split_ordinal("-1FR"), (Some("last".into()), "FR"));
    }
}
