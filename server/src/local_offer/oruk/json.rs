//! Reading loosely typed JSON: feeds send numbers as text, text as numbers, one object where a list
//! belongs and `null` for anything.

use serde_json::{Map, Value};

pub type Object = Map<String, Value>;

/// The first of `keys` that is present and not `null`.
pub fn field<'a>(object: &'a Object, keys: &[&str]) -> Option<&'a Value> {
    keys.iter()
        .find_map(|key| object.get(*key).filter(|value| !value.is_null()))
}

/// Text from a string or a number, trimmed; `None` when missing or blank.
pub fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// [`text`] of the first of `keys` that has some.
pub fn text_of(object: &Object, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| text(object.get(*key)))
}

/// The objects in a list, or the one object where a list was expected.
pub fn objects(value: Option<&Value>) -> Vec<&Object> {
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(object)) => vec![object],
        _ => Vec::new(),
    }
}

/// [`objects`] of every one of `keys` (feeds use both singular and plural names).
pub fn objects_of<'a>(object: &'a Object, keys: &[&str]) -> Vec<&'a Object> {
    keys.iter()
        .flat_map(|key| objects(object.get(*key)))
        .collect()
}

/// A number, or text holding one; the flag says it was text.
pub fn number(value: &Value) -> Option<(f64, bool)> {
    match value {
        Value::Number(n) => n.as_f64().map(|n| (n, false)),
        Value::String(s) => s
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .map(|n| (n, true)),
        _ => None,
    }
}

/// How a value is described in a warning: text quoted, numbers as they are.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => format!("{:?}", s.trim()),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_string(),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// What kind of JSON value it is, for messages ("a number").
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "text",
        Value::Number(_) => "a number",
        Value::Bool(_) => "true or false",
        Value::Null => "null",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A whole number written the short way (`5`, not `5.0`); others to two places at most.
pub fn show_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let two = format!("{n:.2}");
        two.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
