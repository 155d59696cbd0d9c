//! A service's age range, in whole years.

use crate::local_offer::oruk::json::{number, show_number, shown, Object};
use heard_app::local_offer::service::AgeRange;
use serde_json::Value;

/// The oldest age Heard believes a feed means; anything above is a typo or "no limit" (999).
pub const OLDEST_BELIEVABLE_AGE: f64 = 120.0;

pub(super) fn ages(object: &Object, warnings: &mut Vec<String>) -> AgeRange {
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
