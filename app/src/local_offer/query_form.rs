//! The search form in the page's address: read back from the query string, and written into the
//! links to other pages of the same search.

use super::search::SearchForm;
use crate::paths::encode_component;

/// The fields of the search form, in the order they are put into an address.
pub const SEARCH_FIELDS: &[&str] = &[
    "q", "age", "child", "need", "category", "free", "near", "within", "lat", "lon",
];

/// The last value of each field wins, as it does for a form field typed twice.
pub fn search_form_from_pairs(pairs: &[(String, String)]) -> SearchForm {
    let mut form = SearchForm::default();
    for (name, value) in pairs {
        if let Some(slot) = field_mut(&mut form, name) {
            *slot = value.clone();
        }
    }
    form
}

/// The form's field of this name (`page` too), or `None` for a name the form does not have.
fn field_mut<'a>(form: &'a mut SearchForm, name: &str) -> Option<&'a mut String> {
    Some(match name {
        "q" => &mut form.q,
        "age" => &mut form.age,
        "child" => &mut form.child,
        "need" => &mut form.need,
        "category" => &mut form.category,
        "free" => &mut form.free,
        "near" => &mut form.near,
        "within" => &mut form.within,
        "lat" => &mut form.lat,
        "lon" => &mut form.lon,
        "page" => &mut form.page,
        _ => return None,
    })
}

/// The address of this search at another page of results: only the fields that were filled in, and
/// the distance only when there is somewhere to measure from.
pub fn search_href(form: &SearchForm, page: usize) -> String {
    let has_origin = !form.near.trim().is_empty() || !form.lat.trim().is_empty();
    let mut form = form.clone();
    let mut pairs: Vec<String> = SEARCH_FIELDS
        .iter()
        .filter(|field| **field != "within" || has_origin)
        .filter_map(|field| {
            let value = field_mut(&mut form, field)?.trim();
            (!value.is_empty()).then(|| format!("{field}={}", encode_component(value)))
        })
        .collect();
    if page > 1 {
        pairs.push(format!("page={page}"));
    }
    if pairs.is_empty() {
        "/local-offer".to_string()
    } else {
        format!("/local-offer?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_search() {
        let form = search_form_from_pairs(&[
            ("q".into(), "speech & language".into()),
            ("age".into(), "7".into()),
            ("within".into(), "10".into()),
            ("page".into(), "2".into()),
        ]);
        assert_eq!(
            search_href(&form, 3),
            "/local-offer?q=speech%20%26%20language&age=7&page=3"
        );
    }
}
