//! Where a service happens: its places, addresses, coordinates and access.

use super::push_unique;
use crate::local_offer::oruk::json::{
    field, number, objects, objects_of, show_number, shown, text_of, Object,
};
use crate::local_offer::oruk::text::clean_line;
use heard_app::local_offer::service::Place;
use serde_json::Value;

pub(super) fn locations(object: &Object) -> Vec<&Object> {
    objects_of(object, &["service_at_locations"])
        .into_iter()
        .flat_map(|at| objects(at.get("location")))
        .collect()
}

pub(super) fn places(object: &Object, warnings: &mut Vec<String>) -> Vec<Place> {
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
