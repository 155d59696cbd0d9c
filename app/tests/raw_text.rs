//! The elements whose content the browser reads as text up to the closing tag (`<textarea>`,
//! `<title>`, `<style>`, `<script>` and their kind) are where typed text could end the element and
//! become markup, because Leptos does not escape inside some of them. Only the components that escape
//! their text (`components/raw_text.rs`) may write them; any other place fails here, so a new page
//! cannot bring the hole back.

use std::fs;
use std::path::Path;

/// Each allowed place: the file, the element, and why it is safe.
const ALLOWED: &[(&str, &str)] = &[
    // TextArea escapes its value with escaped_for_raw_text.
    ("src/components/fields.rs", "<textarea"),
    // PageTitle escapes the title with escaped_for_raw_text.
    ("src/components/layout.rs", "<Title"),
    // The cross-site refusal page's title is the service's name from Fluent, never typed text.
    ("src/pages/refused.rs", "<title"),
    // So is the too-long page's, escaped all the same.
    ("src/pages/too_long.rs", "<title"),
    // Attack text the component examples pass to the components as a person's words (never written
    // as an element); their tests fail if any of it comes out as one.
    ("src/components/examples.rs", "<script"),
    ("src/components/examples/tests.rs", "<script"),
    // The passkeys script element: empty, its address a constant (PasskeysScript).
    ("src/pages/passkeys.rs", "<script"),
    // The print script element: empty, its address a constant (PrintButton).
    ("src/components/print_button.rs", "<script"),
    // The keep-on-this-phone script element: empty, its address a constant (KeepOnPhone).
    ("src/components/keep_on_phone.rs", "<script"),
    // The service worker start script element in the page head: empty, its address a constant.
    ("src/shell.rs", "<script"),
    // "Recording needs JavaScript" on the young person's page: a Fluent message, never typed text.
    ("src/pages/my_page.rs", "<noscript"),
];

const RAW_TEXT_ELEMENTS: &[&str] = &[
    "<textarea",
    "<Title",
    "<title",
    "<style",
    "<Style",
    "<script",
    "<Script",
    "<noscript",
    "<xmp",
    "<iframe",
    "<noembed",
    "<noframes",
    "<plaintext",
];

fn source_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_escaping_components_write_raw_text_elements() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    source_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(&file).unwrap();
        // Unit tests hold attack strings on purpose.
        let code = text.split("#[cfg(test)]").next().unwrap();
        for (number, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for element in RAW_TEXT_ELEMENTS {
                let at_boundary = line.match_indices(element).any(|(at, _)| {
                    line[at + element.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '_')
                });
                if at_boundary && !ALLOWED.contains(&(relative.as_str(), *element)) {
                    found.push(format!("{relative}:{}: {element}", number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "raw text elements written outside the escaping components (use TextArea / PageTitle, or \
         escape with components::escaped_for_raw_text and add the place here with the reason):\n{}",
        found.join("\n")
    );
}
