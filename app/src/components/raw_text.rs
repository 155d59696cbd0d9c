//! Text inside the elements whose content the HTML parser reads as text up to their closing tag:
//! `<textarea>` and `<title>`. Leptos 0.8 writes a `<textarea>`'s children without escaping them
//! (tachys 0.2 declares them raw text; upstream fixed it only on its 0.3 line), and leptos_meta writes
//! the `<title>` text as it is. A name or an entry holding `</textarea><script>…` would end the element
//! and run as script in the next reader's browser.
//!
//! We escape here rather than patch the crate: a patched copy of tachys would have to be carried and
//! re-applied on every Leptos update, while this is one function that the only two components writing
//! these elements (`TextArea`, `PageTitle`) call. `app/tests/raw_text.rs` fails if any other code
//! writes one of these elements, and the unit tests below fail if Leptos starts escaping itself (the
//! text would then be escaped twice), which is the sign to delete this module.

/// `text` with the characters that could end the element or start markup written as references.
/// Inside `<textarea>` and `<title>` the browser turns them back into the same characters. Quotes
/// stay as they are: this is for an element's text, never an attribute's value.
pub fn escaped_for_raw_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::TextArea;
    use leptos::prelude::*;

    #[test]
    fn markup_becomes_references() {
        assert_eq!(
            escaped_for_raw_text("a</textarea><script>x('&')</script>"),
            "a&lt;/textarea&gt;&lt;script&gt;x('&amp;')&lt;/script&gt;"
        );
        assert_eq!(escaped_for_raw_text("نام – Zoë"), "نام – Zoë");
    }

    /// The box's text is in the HTML exactly once escaped: not raw (script could run), not twice
    /// (a family would see "&amp;lt;" in their own words).
    #[test]
    fn a_text_box_holds_typed_markup_as_text() {
        let owner = Owner::new();
        let html = owner.with(|| {
            view! {
                <TextArea
                    name="words"
                    label="Words".to_string()
                    value=Some("Tom & Jerry </textarea><script>alert(1)</script>".to_string())
                />
            }
            .to_html()
        });
        assert!(
            html.contains(
                "Tom &amp; Jerry &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"
            ),
            "{html}"
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("&amp;lt;"), "{html}");
    }
}
