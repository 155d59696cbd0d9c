//! Reading one Open Referral UK v3 (HSDS 3.0 UK profile) service into Heard's `Service`, keeping what
//! is usable and noting, in plain English, what had to be left out. v1 services arrive here too, once
//! `v1` has put them in v3's words.

mod ages;
mod contact;
mod cost;
mod languages;
mod opening_times;
mod places;
mod updated;

use crate::local_offer::oruk::json::{objects, objects_of, text, text_of, Object};
use crate::local_offer::oruk::terms::{self, Mapped};
use crate::local_offer::oruk::text::{clean_line, clean_text};
use heard_app::local_offer::service::{Referral, Service, ServiceStatus};
use serde_json::Value;

/// Reads a service whose id, name and status have already been checked.
pub fn read(
    object: &Object,
    id: String,
    name: String,
    status: ServiceStatus,
    warnings: &mut Vec<String>,
) -> Service {
    // In this order so the warnings read in the order an operator would look down the service.
    let ages = ages::ages(object, warnings);
    let cost = cost::cost(object, warnings);
    let contact = contact::contact(object, warnings);
    if contact.is_empty() {
        warnings.push("no way to contact it: no phone, email, website or named contact".into());
    }
    let places = places::places(object, warnings);
    let opening_times = opening_times::opening_times(object, warnings);
    let last_updated = updated::last_updated(object, warnings);
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
        languages: languages::languages(object),
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
