//! Open Referral UK v1 (the original UK application profile of HSDS 1.x/2.0), in both shapes real
//! feeds use:
//!
//! - nested, as the v1 API answers `/services/{id}`: `eligibilitys[]`, `service_taxonomys[].taxonomy`,
//!   `regular_schedules[]` (`weekday` and/or iCal `byday`), `service_at_locations[].location` with
//!   `physical_addresses[]` and `accessibility_for_disabilities[]`, `contacts[].phones[]`,
//!   `cost_options[]`, `languages[].language`;
//! - flat, a document of tables as in the v1 data package (`service`, `eligibility`,
//!   `service_taxonomy`, `taxonomy`, `location`, `service_at_location`, `physical_address`,
//!   `regular_schedule`, `phone`, `contact`, `cost_option`, `accessibility_for_disabilities`,
//!   `language`, `organization`), joined by `service_id`, `location_id`, `taxonomy_id`, ….
//!
//! Both are put into v3's words here (flat → nested → v3) so one reader checks them all.

use super::days::weekday;
use super::json::{field, number, objects, objects_of, text, text_of, Object};
use super::FeedError;
use heard_app::local_offer::service::Weekday;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Keys only v1 services have.
const V1_KEYS: &[&str] = &[
    "eligibilitys",
    "eligibilities",
    "eligibility",
    "service_taxonomys",
    "service_taxonomies",
    "service_taxonomy",
    "taxonomies",
    "regular_schedules",
    "regular_schedule",
    "holiday_schedules",
    "fundings",
    "reviews",
    "attending_access",
    "deliverable_type",
];

/// Whether a service object is in v1's words.
pub fn looks_v1(service: &Object) -> bool {
    V1_KEYS.iter().any(|key| service.contains_key(*key))
        || objects_of(service, &["service_at_locations"])
            .iter()
            .flat_map(|at| objects(at.get("location")))
            .any(|location| {
                location.contains_key("physical_addresses")
                    || location.contains_key("accessibility_for_disabilities")
            })
}

/// The same service in v3's words; what v1 says that v3 has no place for is kept under its own key.
pub fn to_v3(mut service: Object, warnings: &mut Vec<String>) -> Object {
    // Ages and eligibility text from the eligibility rows.
    let eligibility = objects_of(&service, &["eligibilitys", "eligibilities", "eligibility"])
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    if !eligibility.is_empty() {
        for (key, lowest) in [("minimum_age", true), ("maximum_age", false)] {
            if field(&service, &[key]).is_none() {
                if let Some(age) = widest_age(&eligibility, key, lowest) {
                    service.insert(key.into(), age);
                }
            }
        }
        let words: Vec<String> = eligibility
            .iter()
            .filter_map(|e| text_of(e, &["eligibility"]))
            .collect();
        if !words.is_empty() && field(&service, &["eligibility_description"]).is_none() {
            service.insert("eligibility_description".into(), words.join("; ").into());
        }
    }

    // Taxonomy terms become attributes.
    let mut attributes: Vec<Value> = match service.get("attributes") {
        Some(Value::Array(existing)) => existing.clone(),
        _ => Vec::new(),
    };
    for link in objects_of(
        &service,
        &[
            "service_taxonomys",
            "service_taxonomies",
            "service_taxonomy",
        ],
    ) {
        let term = objects(link.get("taxonomy"))
            .into_iter()
            .next()
            .unwrap_or(link);
        if let Some(name) = text_of(term, &["name"]) {
            attributes.push(json!({ "taxonomy_term": { "name": name } }));
        }
    }
    for term in objects_of(&service, &["taxonomies"]) {
        if let Some(name) = text_of(term, &["name"]) {
            attributes.push(json!({ "taxonomy_term": { "name": name } }));
        }
    }
    if !attributes.is_empty() {
        service.insert("attributes".into(), attributes.into());
    }

    // Regular schedules become schedules.
    let mut schedules: Vec<Value> = match service.get("schedules") {
        Some(Value::Array(existing)) => existing.clone(),
        _ => Vec::new(),
    };
    for schedule in objects_of(&service, &["regular_schedules", "regular_schedule"]) {
        schedules.push(schedule_to_v3(schedule, warnings).into());
    }
    if !schedules.is_empty() {
        service.insert("schedules".into(), schedules.into());
    }

    // Locations: physical addresses become addresses, accessibility for disabilities accessibility.
    if let Some(Value::Array(at_locations)) = service.get_mut("service_at_locations") {
        for at in at_locations.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(Value::Object(location)) = at.get_mut("location") {
                location_to_v3(location);
            }
        }
    }

    // Languages: v1 gives `language` (a name or an ISO 639 code).
    if let Some(Value::Array(languages)) = service.get_mut("languages") {
        for language in languages.iter_mut().filter_map(Value::as_object_mut) {
            if field(language, &["name", "code"]).is_none() {
                if let Some(name) = text(language.get("language")) {
                    language.insert("name".into(), name.into());
                }
            }
        }
    }
    service
}

/// The youngest minimum (or oldest maximum) across eligibility rows, as the feed wrote it.
fn widest_age(rows: &[Object], key: &str, lowest: bool) -> Option<Value> {
    let given: Vec<&Value> = rows.iter().filter_map(|row| field(row, &[key])).collect();
    if given.len() <= 1 {
        return given.first().map(|v| (*v).clone());
    }
    let numbers: Vec<(f64, &Value)> = given
        .iter()
        .filter_map(|v| number(v).map(|(n, _)| (n, *v)))
        .collect();
    let pick = if lowest {
        numbers.iter().min_by(|a, b| a.0.total_cmp(&b.0))
    } else {
        numbers.iter().max_by(|a, b| a.0.total_cmp(&b.0))
    };
    // If none is a number, the first is kept so the reader can say what was wrong with it.
    Some(pick.map_or_else(|| given[0].clone(), |(_, v)| (*v).clone()))
}

fn schedule_to_v3(schedule: &Object, warnings: &mut Vec<String>) -> Object {
    let mut out = schedule.clone();
    if text_of(schedule, &["byday"]).is_none() {
        if let Some(value) = field(schedule, &["weekday"]) {
            match v1_weekday(value) {
                Some(day) => {
                    out.insert("byday".into(), day.code().into());
                }
                None => warnings.push(format!(
                    "weekday {} is not a day: left out",
                    super::json::shown(value)
                )),
            }
        }
    }
    out
}

/// A v1 `weekday`: a name ("Monday"), an iCal code ("MO") or a number, 1 for Monday (ISO 8601).
pub fn v1_weekday(value: &Value) -> Option<Weekday> {
    match value {
        Value::Number(_) => {
            let (n, _) = number(value)?;
            Weekday::ALL
                .get((n as usize).checked_sub(1)?)
                .copied()
                .filter(|_| n.fract() == 0.0)
        }
        Value::String(s) if s.trim().chars().all(|c| c.is_ascii_digit()) => {
            v1_weekday(&Value::from(s.trim().parse::<u64>().ok()?))
        }
        Value::String(s) => weekday(s),
        _ => None,
    }
}

fn location_to_v3(location: &mut Object) {
    if field(location, &["addresses"]).is_none() {
        let addresses: Vec<Value> =
            objects_of(location, &["physical_addresses", "physical_address"])
                .into_iter()
                .map(|a| Value::Object(a.clone()))
                .collect();
        if !addresses.is_empty() {
            location.insert("addresses".into(), addresses.into());
        }
    }
    if field(location, &["accessibility"]).is_none() {
        let access: Vec<Value> = objects_of(location, &["accessibility_for_disabilities"])
            .into_iter()
            .filter_map(|a| {
                let description = text_of(a, &["accessibility", "description"])?;
                let mut row = json!({ "description": description });
                if let Some(details) = text_of(a, &["details"]) {
                    row["details"] = details.into();
                }
                Some(row)
            })
            .collect();
        if !access.is_empty() {
            location.insert("accessibility".into(), access.into());
        }
    }
}

// --- Flat tables -------------------------------------------------------------------------------

/// Table names as v1 data packages and exports spell them.
const SERVICE_TABLES: &[&str] = &["service", "services"];

/// Whether a document is v1 tables: an object with a `service` (or `services`) table.
pub fn looks_like_tables(document: &Object) -> bool {
    SERVICE_TABLES
        .iter()
        .any(|name| document.contains_key(*name))
}

/// Joins the tables into nested v1 services, in the order of the service table.
pub fn join_tables(document: &Object) -> Result<Vec<Value>, FeedError> {
    let tables = Tables::read(document)?;
    let services = tables.rows(SERVICE_TABLES);
    let by = |names: &[&str], key: &str| tables.index(names, key);
    let organisations = by(
        &[
            "organization",
            "organizations",
            "organisation",
            "organisations",
        ],
        "id",
    );
    let eligibility = by(
        &["eligibility", "eligibilitys", "eligibilities"],
        "service_id",
    );
    let service_taxonomy = by(
        &[
            "service_taxonomy",
            "service_taxonomys",
            "service_taxonomies",
        ],
        "service_id",
    );
    let taxonomy = by(&["taxonomy", "taxonomys", "taxonomies"], "id");
    let at_location = by(
        &["service_at_location", "service_at_locations"],
        "service_id",
    );
    let locations = by(&["location", "locations"], "id");
    let addresses = by(&["physical_address", "physical_addresses"], "location_id");
    let access = by(&["accessibility_for_disabilities"], "location_id");
    let schedules_by_service = by(&["regular_schedule", "regular_schedules"], "service_id");
    let schedules_by_at = by(
        &["regular_schedule", "regular_schedules"],
        "service_at_location_id",
    );
    let contacts = by(&["contact", "contacts"], "service_id");
    let phones_by_contact = by(&["phone", "phones"], "contact_id");
    let phones_by_service = by(&["phone", "phones"], "service_id");
    let phones_by_location = by(&["phone", "phones"], "location_id");
    let costs = by(&["cost_option", "cost_options"], "service_id");
    let languages = by(&["language", "languages"], "service_id");

    let mut joined = Vec::with_capacity(services.len());
    for row in services {
        let Value::Object(service) = row else {
            // Left as it is: the reader says it is not a service, at its position.
            joined.push(row.clone());
            continue;
        };
        let mut service = service.clone();
        let id = key_of(service.get("id"));
        let get = |index: &HashMap<String, Vec<&Object>>| -> Vec<Object> {
            id.as_ref()
                .and_then(|id| index.get(id))
                .map(|rows| rows.iter().map(|r| (*r).clone()).collect())
                .unwrap_or_default()
        };
        let add = |service: &mut Object, key: &str, rows: Vec<Object>| {
            if rows.is_empty() {
                return;
            }
            let list = service
                .entry(key.to_string())
                .or_insert_with(|| Value::Array(Vec::new()));
            if !list.is_array() {
                *list = Value::Array(vec![list.clone()]);
            }
            if let Value::Array(list) = list {
                list.extend(rows.into_iter().map(Value::Object));
            }
        };

        if field(&service, &["organization"]).is_none() {
            if let Some(org) = key_of(service.get("organization_id"))
                .and_then(|org| organisations.get(&org))
                .and_then(|rows| rows.first())
            {
                service.insert("organization".into(), Value::Object((*org).clone()));
            }
        }
        add(&mut service, "eligibilitys", get(&eligibility));
        let links = get(&service_taxonomy)
            .into_iter()
            .map(|mut link| {
                if let Some(term) = key_of(link.get("taxonomy_id"))
                    .and_then(|t| taxonomy.get(&t))
                    .and_then(|rows| rows.first())
                {
                    link.insert("taxonomy".into(), Value::Object((*term).clone()));
                }
                link
            })
            .collect();
        add(&mut service, "service_taxonomys", links);

        let mut schedules = get(&schedules_by_service);
        let mut at_rows = Vec::new();
        for mut at in get(&at_location) {
            if let Some(location) = key_of(at.get("location_id"))
                .and_then(|l| {
                    locations
                        .get(&l)
                        .and_then(|rows| rows.first())
                        .map(|row| (l, row))
                })
                .map(|(location_id, row)| {
                    let mut location = (*row).clone();
                    let rows = |index: &HashMap<String, Vec<&Object>>| -> Vec<Value> {
                        index
                            .get(&location_id)
                            .map(|rows| rows.iter().map(|r| Value::Object((*r).clone())).collect())
                            .unwrap_or_default()
                    };
                    for (key, found) in [
                        ("physical_addresses", rows(&addresses)),
                        ("accessibility_for_disabilities", rows(&access)),
                        ("phones", rows(&phones_by_location)),
                    ] {
                        if !found.is_empty() && !location.contains_key(key) {
                            location.insert(key.into(), found.into());
                        }
                    }
                    location
                })
            {
                at.insert("location".into(), Value::Object(location));
            }
            if let Some(at_id) = key_of(at.get("id")) {
                for schedule in schedules_by_at.get(&at_id).into_iter().flatten() {
                    if !schedules.contains(schedule) {
                        schedules.push((*schedule).clone());
                    }
                }
            }
            at_rows.push(at);
        }
        add(&mut service, "service_at_locations", at_rows);
        add(&mut service, "regular_schedules", schedules);

        let people = get(&contacts)
            .into_iter()
            .map(|mut contact| {
                if let Some(phones) =
                    key_of(contact.get("id")).and_then(|c| phones_by_contact.get(&c))
                {
                    if !contact.contains_key("phones") {
                        let phones: Vec<Value> =
                            phones.iter().map(|p| Value::Object((*p).clone())).collect();
                        contact.insert("phones".into(), phones.into());
                    }
                }
                contact
            })
            .collect();
        add(&mut service, "contacts", people);
        // Phones straight on the service, not through a contact (those are under the contact).
        let direct: Vec<Object> = get(&phones_by_service)
            .into_iter()
            .filter(|p| key_of(p.get("contact_id")).is_none())
            .collect();
        add(&mut service, "phones", direct);
        add(&mut service, "cost_options", get(&costs));
        add(&mut service, "languages", get(&languages));
        joined.push(Value::Object(service));
    }
    Ok(joined)
}

/// An id as a join key: text trimmed, or a number.
fn key_of(value: Option<&Value>) -> Option<String> {
    text(value)
}

struct Tables<'a> {
    document: &'a Object,
}

impl<'a> Tables<'a> {
    /// Checks every table that is there is a list.
    fn read(document: &'a Object) -> Result<Tables<'a>, FeedError> {
        for (name, table) in document {
            let known = KNOWN_TABLES.contains(&name.as_str());
            if known && !(table.is_array() || table.is_null()) {
                return Err(FeedError::WrongShape(format!(
                    "the {name:?} table is {}, not a list of rows",
                    super::json::kind(table)
                )));
            }
        }
        Ok(Tables { document })
    }

    fn rows(&self, names: &[&str]) -> Vec<&'a Value> {
        names
            .iter()
            .filter_map(|name| self.document.get(*name))
            .filter_map(Value::as_array)
            .flatten()
            .collect()
    }

    /// The rows of a table by the value of one column.
    fn index(&self, names: &[&str], column: &str) -> HashMap<String, Vec<&'a Object>> {
        let mut index: HashMap<String, Vec<&'a Object>> = HashMap::new();
        for row in self.rows(names).into_iter().filter_map(Value::as_object) {
            if let Some(key) = key_of(row.get(column)) {
                index.entry(key).or_default().push(row);
            }
        }
        index
    }
}

const KNOWN_TABLES: &[&str] = &[
    "service",
    "services",
    "organization",
    "organizations",
    "organisation",
    "organisations",
    "eligibility",
    "eligibilitys",
    "eligibilities",
    "service_taxonomy",
    "service_taxonomys",
    "service_taxonomies",
    "taxonomy",
    "taxonomys",
    "taxonomies",
    "service_at_location",
    "service_at_locations",
    "location",
    "locations",
    "physical_address",
    "physical_addresses",
    "accessibility_for_disabilities",
    "regular_schedule",
    "regular_schedules",
    "contact",
    "contacts",
    "phone",
    "phones",
    "cost_option",
    "cost_options",
    "language",
    "languages",
];
