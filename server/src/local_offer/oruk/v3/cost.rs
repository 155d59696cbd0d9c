//! What a service costs: free or not, and its prices in words families would use.

use super::push_unique;
use crate::local_offer::oruk::json::{field, number, objects_of, shown, text, text_of, Object};
use crate::local_offer::oruk::text::{clean_line, has_phrase, words};
use heard_app::local_offer::service::Cost;
use serde_json::Value;

pub(super) fn cost(object: &Object, warnings: &mut Vec<String>) -> Cost {
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

#[cfg(test)]
mod tests {
    use super::*;

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
