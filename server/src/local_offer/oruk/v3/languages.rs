//! The languages a service is offered in.

use crate::local_offer::oruk::json::{text, text_of, Object};
use crate::local_offer::oruk::text::clean_line;
use serde_json::Value;

pub(super) fn languages(object: &Object) -> Vec<String> {
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
