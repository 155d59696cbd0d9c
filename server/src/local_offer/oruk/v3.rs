//! Reading one Open Referral UK v3 (HSDS 3.0 UK profile) service into Heard's `Service`, keeping what
//! is usable and noting, in plain English, what had to be left out. v1 services arrive here too, once
//! `v1` has put them in v3's words.

use super::json::{field, number, objects, objects_of, show_number, shown, text, text_of, Object};
use super::terms::{self, Mapped};
use super::text::{clean_line, clean_text, has_phrase, words};
use heard_app::local_offer::service::{
    AgeRange, Contact, Cost, OpeningTime, Phone, Place, Referral, Service, ServiceStatus, Weekday,
};
use heard_app::record::dates;
use serde_json::Value;

/// The oldest age Heard believes a feed means; anything above is a typo or "no limit" (999).
pub const OLDEST_BELIEVABLE_AGE: f64 = 120.0;

/// Reads a service whose id, name and status have already been checked.
pub fn read(
    object: &Object,
    id: String,
    name: String,
    status: ServiceStatus,
    warnings: &mut Vec<String>,
) -> Service {
    // In this order so the warnings read in the order an operator would look down the service.
    let ages = ages(object, warnings);
    let cost = cost(object, warnings);
    let contact = contact(object, warnings);
    if contact.is_empty() {
        warnings.push("no way to contact it: no phone, email, website or named contact".into());
    }
    let places = places(object, warnings);
    let opening_times = opening_times(object, warnings);
    let last_updated = last_updated(object, warnings);
    let terms = read_terms(object);
    let mapped = terms::built_in().map_terms(terms.iter().map(String::as_str));
    let referral = referral(object, &mapped, warnings);
    if mapped.categories.is_empty() {
        warnings.push(if terms.is_empty() {
            "no category could be worked out: it has no taxonomy terms".to_string()
        } else {
            format!(
                "no category could be worked out from its terms ({})",
                terms.join(", ")
            )
        });
    }
    let service = Service {
        id,
        name,
        organisation: objects_of(object, &["organization", "organisation"])
            .first()
            .and_then(|org| text_of(org, &["name"]))
            .map(|name| clean_line(&name))
            .unwrap_or_default(),
        description: text_of(object, &["description"])
            .map(|d| clean_text(&d))
            .unwrap_or_default(),
        status: Some(status),
        categories: mapped.categories,
        needs: mapped.needs,
        adulthood: mapped.adulthood,
        ages,
        cost,
        referral,
        how_to_get: text_of(object, &["application_process"])
            .map(|t| clean_text(&t))
            .unwrap_or_default(),
        contact,
        places,
        opening_times,
        languages: languages(object),
        terms,
        last_updated,
    };
    dedupe(warnings);
    service
}

/// Keeps the first of each warning: one bad time repeated at five venues is one problem.
fn dedupe(warnings: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    warnings.retain(|w| seen.insert(w.clone()));
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

// --- Terms -------------------------------------------------------------------------------------

/// Every taxonomy term's name, cleaned, without repeats (ignoring case), in feed order.
fn read_terms(object: &Object) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for attribute in objects_of(object, &["attributes"]) {
        let Some(term) = objects(attribute.get("taxonomy_term")).into_iter().next() else {
            continue;
        };
        if let Some(name) = text_of(term, &["name", "term"]) {
            let name = clean_line(&name);
            if !name.is_empty() && !terms.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
                terms.push(name);
            }
        }
    }
    terms
}

fn referral(object: &Object, mapped: &Mapped, warnings: &mut Vec<String>) -> Option<Referral> {
    match mapped.referrals.as_slice() {
        [one] => return Some(*one),
        [] => {}
        _ => {
            warnings.push(
                "its terms say both that a referral is needed and that it is not: left as not said"
                    .into(),
            );
            return Some(Referral::NotSaid);
        }
    }
    // Then the feed's own words: referral methods, eligibility, how to apply, v1's attending_access.
    let mut texts: Vec<String> = Vec::new();
    match object.get("referral_methods") {
        Some(Value::Array(methods)) => {
            for method in methods {
                match method {
                    Value::Object(m) => texts.extend(text_of(m, &["name", "description"])),
                    other => texts.extend(text(Some(other))),
                }
            }
        }
        other => texts.extend(text(other)),
    }
    texts.extend(text_of(object, &["eligibility_description"]));
    texts.extend(text_of(object, &["application_process"]));
    texts.extend(text_of(object, &["attending_access"]));
    let said: Vec<Referral> = texts
        .iter()
        .filter_map(|t| terms::referral_from_text(&clean_line(t)))
        .collect();
    match (
        said.contains(&Referral::Needed),
        said.contains(&Referral::NotNeeded),
    ) {
        (true, true) => Some(Referral::NotSaid),
        (true, false) => Some(Referral::Needed),
        (false, true) => Some(Referral::NotNeeded),
        (false, false) => None,
    }
}

// --- Ages --------------------------------------------------------------------------------------

fn ages(object: &Object, warnings: &mut Vec<String>) -> AgeRange {
    let min = age("minimum_age", object.get("minimum_age"), warnings);
    let max = age("maximum_age", object.get("maximum_age"), warnings);
    match (min, max) {
        (Some(low), Some(high)) if low > high => {
            warnings.push(format!(
                "minimum_age {low} is more than maximum_age {high}: both left out"
            ));
            AgeRange::default()
        }
        _ => AgeRange { min, max },
    }
}

/// An age in whole years, from a number or text holding one.
pub fn age(name: &str, value: Option<&Value>, warnings: &mut Vec<String>) -> Option<u8> {
    let value = value.filter(|v| !v.is_null())?;
    if matches!(value, Value::String(s) if s.trim().is_empty()) {
        return None;
    }
    let Some((years, was_text)) = number(value) else {
        warnings.push(format!("{name} {} is not a number: left out", shown(value)));
        return None;
    };
    if !(0.0..=OLDEST_BELIEVABLE_AGE).contains(&years) {
        warnings.push(format!(
            "{name} {} is not an age from 0 to {}: left out",
            show_number(years),
            OLDEST_BELIEVABLE_AGE
        ));
        return None;
    }
    let whole = years.floor();
    if was_text {
        warnings.push(format!(
            "{name} was text ({}): read as {}",
            shown(value),
            show_number(whole)
        ));
    } else if whole != years {
        warnings.push(format!(
            "{name} {} is not a whole number of years: read as {}",
            show_number(years),
            show_number(whole)
        ));
    }
    Some(whole as u8)
}

// --- Cost --------------------------------------------------------------------------------------

fn cost(object: &Object, warnings: &mut Vec<String>) -> Cost {
    let mut details = Vec::new();
    let mut free_said = false;
    let mut paid_said = false;
    for key in ["fees", "fees_description"] {
        if let Some(fees) = text_of(object, &[key]).map(|f| clean_line(&f)) {
            free_said |= says_free(&fees);
            paid_said |= says_paid(&fees);
            push_unique(&mut details, fees);
        }
    }
    for option in objects_of(object, &["cost_options"]) {
        let mut label = text_of(option, &["option"]).map(|o| clean_line(&o));
        let mut per = text_of(option, &["amount_description"]).map(|d| clean_line(&d));
        // Many feeds put the unit in `option` ("per session") rather than in `amount_description`.
        if per.is_none()
            && label
                .as_deref()
                .is_some_and(|l| l.to_lowercase().starts_with("per "))
        {
            per = label.take().map(|unit| unit.to_lowercase());
        }
        let currency = text_of(option, &["currency"]).unwrap_or_else(|| "GBP".into());
        let amount = match field(option, &["amount"]) {
            None => None,
            Some(value) => match amount(value) {
                Some(amount) => Some(Ok(amount)),
                None => {
                    let written = text(Some(value)).unwrap_or_default();
                    if !written.is_empty() {
                        warnings.push(format!(
                            "cost option amount {} is not a number: shown as written",
                            shown(value)
                        ));
                    }
                    Some(Err(written))
                }
            },
        };
        for words in [&label, &per].into_iter().flatten() {
            free_said |= says_free(words);
            paid_said |= says_paid(words);
        }
        let price = match &amount {
            Some(Ok(n)) if *n == 0.0 => {
                free_said = true;
                Some("free".to_string())
            }
            Some(Ok(n)) => {
                paid_said = true;
                let shown = money(*n, &currency);
                Some(match &per {
                    Some(per) => format!("{shown} {per}"),
                    None => shown,
                })
            }
            Some(Err(written)) if !written.is_empty() => Some(match &per {
                Some(per) => format!("{written} {per}"),
                None => written.clone(),
            }),
            _ => per.clone(),
        };
        let line = match (label, price) {
            // "Free: free" says it twice.
            (Some(label), Some(_)) if amount == Some(Ok(0.0)) && says_free(&label) => label,
            (Some(label), Some(price)) => format!("{label}: {price}"),
            (Some(label), None) => label,
            (None, Some(price)) => capitalise(&price),
            (None, None) => continue,
        };
        push_unique(&mut details, line);
    }
    // Any price at all wins: "£5, free if you get benefits" is not free for a family filtering on free.
    let free = if paid_said {
        Some(false)
    } else if free_said {
        Some(true)
    } else {
        None
    };
    Cost { free, details }
}

fn amount(value: &Value) -> Option<f64> {
    match value {
        Value::String(s) => {
            let s = s
                .trim()
                .trim_start_matches('£')
                .trim_end_matches("GBP")
                .trim();
            s.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)
        }
        other => number(other).map(|(n, _)| n).filter(|n| *n >= 0.0),
    }
}

fn money(amount: f64, currency: &str) -> String {
    let figure = if amount.fract() == 0.0 {
        format!("{}", amount as i64)
    } else {
        format!("{amount:.2}")
    };
    match currency.to_ascii_uppercase().as_str() {
        "GBP" | "£" => format!("£{figure}"),
        "EUR" => format!("€{figure}"),
        "USD" => format!("${figure}"),
        other => format!("{figure} {other}"),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether words about cost say it is free ("Free", "no charge"), ignoring "free parking" and the like.
fn says_free(text: &str) -> bool {
    let w = words(text);
    let free_here = w.iter().enumerate().any(|(i, word)| {
        word == "free"
            && !(i > 0 && w[i - 1] == "not")
            && !w.get(i + 1).is_some_and(|next| {
                [
                    "parking",
                    "wifi",
                    "wi",
                    "refreshments",
                    "tea",
                    "coffee",
                    "snacks",
                    "trial",
                ]
                .contains(&next.as_str())
            })
    });
    free_here
        || [
            "no charge",
            "no cost",
            "no fee",
            "no fees",
            "without charge",
        ]
        .iter()
        .any(|p| has_phrase(text, p))
        || pound_amounts(text) == [0.0]
}

/// Whether words about cost name a price (£3.50) or a charge.
fn says_paid(text: &str) -> bool {
    pound_amounts(text).iter().any(|n| *n > 0.0)
        || ["charge", "charges", "charged", "payable"]
            .iter()
            .any(|p| has_phrase(text, p) && !has_phrase(text, &format!("no {p}")))
}

/// The amounts written after a `£`.
fn pound_amounts(text: &str) -> Vec<f64> {
    text.split('£')
        .skip(1)
        .filter_map(|after| {
            let figure: String = after
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                .filter(|c| *c != ',')
                .collect();
            figure.trim_end_matches('.').parse::<f64>().ok()
        })
        .collect()
}

// --- Contact -----------------------------------------------------------------------------------

fn contact(object: &Object, warnings: &mut Vec<String>) -> Contact {
    let mut contact = Contact::default();
    let contacts = objects_of(object, &["contacts"]);
    let locations = locations(object);
    let mut phone_lists: Vec<&Object> = vec![object];
    phone_lists.extend(contacts.iter().copied());
    phone_lists.extend(objects_of(object, &["service_at_locations"]));
    phone_lists.extend(locations.iter().copied());
    for holder in phone_lists {
        for phone in objects_of(holder, &["phones"]) {
            if let Some(phone) = read_phone(phone) {
                if !contact.phones.iter().any(|p| p.number == phone.number) {
                    contact.phones.push(phone);
                }
            }
        }
    }
    let mut emails = text_of(object, &["email"]).into_iter().collect::<Vec<_>>();
    emails.extend(contacts.iter().filter_map(|c| text_of(c, &["email"])));
    for email in emails {
        match valid_email(&email) {
            Some(email) => {
                if contact.email.is_none() {
                    contact.email = Some(email);
                }
            }
            None => warnings.push(format!("email {email:?} is not an email address: left out")),
        }
    }
    if let Some(url) = text_of(object, &["url", "website"]) {
        match web_address(&url) {
            Some(url) => contact.website = Some(url),
            None => warnings.push(format!("url {url:?} is not a web address: left out")),
        }
    }
    for person in &contacts {
        let name = text_of(person, &["name"]).map(|n| clean_line(&n));
        let title = text_of(person, &["title"]).map(|t| clean_line(&t));
        let who = match (name, title) {
            (Some(name), Some(title)) => format!("{name}, {title}"),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => continue,
        };
        if !who.is_empty() {
            push_unique(&mut contact.people, who);
        }
    }
    contact
}

fn read_phone(phone: &Object) -> Option<Phone> {
    let mut number = clean_line(&text_of(phone, &["number"])?);
    if number.is_empty() {
        return None;
    }
    if let Some(extension) = text_of(phone, &["extension"]) {
        number = format!("{number} ext. {extension}");
    }
    let description = text_of(phone, &["description"])
        .map(|d| clean_line(&d))
        .unwrap_or_else(|| {
            let kind = text_of(phone, &["type"]).unwrap_or_default().to_lowercase();
            match kind.as_str() {
                "text" | "sms" => "Text only",
                "textphone" | "minicom" => "Textphone",
                "fax" => "Fax",
                "video" => "Video calls",
                _ => "",
            }
            .to_string()
        });
    Some(Phone {
        number,
        description,
    })
}

/// An email address, `mailto:` taken off; `None` when it is not one.
pub fn valid_email(text: &str) -> Option<String> {
    let email = text.trim();
    let email = email
        .strip_prefix("mailto:")
        .or_else(|| email.strip_prefix("MAILTO:"))
        .unwrap_or(email)
        .trim();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !email
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>' | '(' | ')' | '"'));
    plausible.then(|| email.to_string())
}

/// A web address with `http` or `https`; a bare `www.` one is given `https://`.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let candidate = if text.to_ascii_lowercase().starts_with("www.") {
        format!("https://{text}")
    } else {
        text.to_string()
    };
    let url = reqwest::Url::parse(&candidate).ok()?;
    let ok = matches!(url.scheme(), "http" | "https")
        && url
            .host_str()
            .is_some_and(|host| host.contains('.') || host == "localhost");
    ok.then_some(candidate)
}

// --- Places ------------------------------------------------------------------------------------

fn locations(object: &Object) -> Vec<&Object> {
    objects_of(object, &["service_at_locations"])
        .into_iter()
        .flat_map(|at| objects(at.get("location")))
        .collect()
}

fn places(object: &Object, warnings: &mut Vec<String>) -> Vec<Place> {
    let mut places = Vec::new();
    for location in locations(object) {
        if let Some(place) = place(location, warnings) {
            push_unique(&mut places, place);
        }
    }
    places
}

fn place(location: &Object, warnings: &mut Vec<String>) -> Option<Place> {
    let line = |object: &Object, key: &str| text_of(object, &[key]).map(|t| clean_line(&t));
    let name = line(location, "name").unwrap_or_default();
    let addresses = objects_of(location, &["addresses", "physical_addresses"]);
    let address = addresses
        .iter()
        .find(|a| text_of(a, &["address_type"]).is_some_and(|t| t.eq_ignore_ascii_case("physical")))
        .or(addresses.first())
        .copied();
    let mut place = Place {
        name,
        ..Place::default()
    };
    if let Some(address) = address {
        place.address = ["address_1", "address_2", "address_3", "address_4"]
            .iter()
            .filter_map(|key| line(address, key))
            .filter(|l| !l.is_empty())
            .collect();
        place.town = line(address, "city")
            .filter(|c| !c.is_empty())
            .or_else(|| line(address, "state_province"))
            .unwrap_or_default();
        place.postcode = text_of(address, &["postal_code"])
            .map(|p| {
                p.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_uppercase()
            })
            .unwrap_or_default();
    }
    (place.latitude, place.longitude) = coordinates(location, warnings);
    for access in objects_of(
        location,
        &["accessibility", "accessibility_for_disabilities"],
    ) {
        let description = line(access, "description").or_else(|| line(access, "accessibility"));
        let details = line(access, "details");
        let words = match (description, details) {
            (Some(d), Some(x)) if d != x && !x.is_empty() => format!("{d}: {x}"),
            (Some(d), _) => d,
            (None, Some(x)) => x,
            (None, None) => continue,
        };
        if !words.is_empty() {
            push_unique(&mut place.accessibility, words);
        }
    }
    let empty = place.name.is_empty()
        && place.address.is_empty()
        && place.town.is_empty()
        && place.postcode.is_empty()
        && place.latitude.is_none();
    (!empty).then_some(place)
}

fn coordinates(location: &Object, warnings: &mut Vec<String>) -> (Option<f64>, Option<f64>) {
    let read = |name: &str, limit: f64, warnings: &mut Vec<String>| -> Option<f64> {
        let value = field(location, &[name])?;
        if matches!(value, Value::String(s) if s.trim().is_empty()) {
            return None;
        }
        match number(value) {
            Some((n, _)) if (-limit..=limit).contains(&n) => Some(n),
            Some((n, _)) => {
                warnings.push(format!(
                    "{name} {} is outside -{limit} to {limit}: left out",
                    show_number(n)
                ));
                None
            }
            None => {
                warnings.push(format!("{name} {} is not a number: left out", shown(value)));
                None
            }
        }
    };
    let latitude = read("latitude", 90.0, warnings);
    let longitude = read("longitude", 180.0, warnings);
    match (latitude, longitude) {
        (Some(lat), Some(long)) if lat == 0.0 && long == 0.0 => {
            warnings.push("latitude and longitude are both 0 (not known): left out".into());
            (None, None)
        }
        (Some(lat), Some(long)) => (Some(lat), Some(long)),
        (None, None) => (None, None),
        _ => {
            warnings.push("a location has only one of latitude and longitude: left out".into());
            (None, None)
        }
    }
}

// --- Opening times -----------------------------------------------------------------------------

fn opening_times(object: &Object, warnings: &mut Vec<String>) -> Vec<OpeningTime> {
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

// --- Languages and dates -----------------------------------------------------------------------

fn languages(object: &Object) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    let mut add = |name: String| {
        let name = clean_line(&name);
        if !name.is_empty() && !languages.iter().any(|l| l.eq_ignore_ascii_case(&name)) {
            languages.push(name);
        }
    };
    match object.get("languages") {
        Some(Value::Array(items)) => {
            for item in items {
                match item {
                    Value::Object(language) => {
                        if let Some(name) = text_of(language, &["name", "code", "language"]) {
                            add(name);
                        }
                    }
                    other => {
                        if let Some(name) = text(Some(other)) {
                            add(name);
                        }
                    }
                }
            }
        }
        Some(Value::String(list)) => list.split(',').for_each(|l| add(l.to_string())),
        _ => {}
    }
    languages
}

fn last_updated(object: &Object, warnings: &mut Vec<String>) -> Option<String> {
    let name = ["last_modified", "assured_date"]
        .into_iter()
        .find(|key| field(object, &[key]).is_some())?;
    let value = field(object, &[name])?;
    let date = text(Some(value)).and_then(|t| iso_date(&t));
    if date.is_none() {
        warnings.push(format!("{name} {} is not a date: left out", shown(value)));
    }
    date
}

/// `YYYY-MM-DD` from an ISO date or date-time, or a UK `DD/MM/YYYY` (some v1 feeds), checked.
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let (day_part, rest) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let date = if day_part.contains('/') {
        let mut parts = day_part.split('/');
        let day = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let year: i32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || year < 1000 {
            return None;
        }
        dates::from_parts(day, month, year)?
    } else {
        if day_part.len() != 10 {
            return None;
        }
        dates::from_iso(day_part)?
    };
    // What follows the date must look like a time.
    let time = rest.trim_start_matches(['T', 't', ' ']);
    if !rest.is_empty() && !time.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(dates::to_iso(date))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn dates_are_read_from_iso_and_uk_forms() {
        assert_eq!(
            iso_date("2026-03-04T10:30:45.123Z").as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(iso_date("2026-03-04").as_deref(), Some("2026-03-04"));
        assert_eq!(iso_date("2026-03-04 10:30").as_deref(), Some("2026-03-04"));
        assert_eq!(
            iso_date("04/03/2026 10:30:45").as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(iso_date("2026-02-30"), None);
        assert_eq!(iso_date("last Tuesday"), None);
        assert_eq!(iso_date("2026-03-04Tnoon"), None);
        assert_eq!(iso_date("4/3/26"), None);
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

    #[test]
    fn emails_and_web_addresses_are_checked() {
        assert_eq!(
            valid_email("mailto:info@example.org").as_deref(),
            Some("info@example.org")
        );
        assert_eq!(valid_email("info at example.org"), None);
        assert_eq!(valid_email("a@b@example.org"), None);
        assert_eq!(valid_email("info@example.org; other@example.org"), None);
        assert_eq!(
            web_address("www.example.org/sport").as_deref(),
            Some("https://www.example.org/sport")
        );
        assert_eq!(web_address("see our Facebook page"), None);
        assert_eq!(web_address("ftp://example.org"), None);
    }

    #[test]
    fn cost_words_are_read() {
        assert!(says_free("Free"));
        assert!(says_free("There is no charge"));
        assert!(!says_free("Not free"));
        assert!(!says_free("£4 a session, free parking"));
        assert!(says_paid("£4 a session, free parking"));
        assert!(says_paid("A small charge for materials"));
        assert!(!says_paid("No charge"));
        assert_eq!(pound_amounts("£3.50 or £1,200."), vec![3.5, 1200.0]);
    }
}
