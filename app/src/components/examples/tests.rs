//! Every example rendered to HTML, in every language, and checked for what people rely on: a label
//! tied to each box, the hint and the problem read out with it, the summary's links reaching their
//! fields, what was typed given back exactly, and a person's text never becoming markup.

use super::*;
use crate::i18n::{loader, I18n};

/// The elements a form component may write. Anything else came from someone's text.
const TAGS: [&str; 16] = [
    "div", "span", "p", "label", "input", "textarea", "select", "option", "fieldset", "legend",
    "ul", "li", "a", "h2", "strong", "abbr",
];
/// The attributes they may carry: an `on…` handler or a `src` can only have come from someone's text.
const ATTRIBUTES: [&str; 28] = [
    "class",
    "id",
    "name",
    "for",
    "type",
    "value",
    "dir",
    "lang",
    "rows",
    "role",
    "tabindex",
    "href",
    "checked",
    "selected",
    "autocomplete",
    "spellcheck",
    "autocapitalize",
    "inputmode",
    "maxlength",
    "aria-describedby",
    "aria-invalid",
    "aria-labelledby",
    "aria-hidden",
    "aria-label",
    "data-keep-as",
    "title",
    "hidden",
    "data-term",
];

/// An opening tag, its attributes (decoded) and the text written straight after it (decoded).
#[derive(Debug)]
struct Element {
    tag: String,
    attributes: Vec<(String, Option<String>)>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    fn has(&self, name: &str) -> bool {
        self.attributes.iter().any(|(n, _)| n == name)
    }

    fn is_control(&self) -> bool {
        matches!(self.tag.as_str(), "textarea" | "select")
            || (self.tag == "input" && self.attribute("type") != Some("hidden"))
    }
}

fn decoded(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// Reads the opening tags of server-rendered HTML. Leptos quotes every attribute with `"` and writes
/// `<` in text and attributes as `&lt;`, so every `<` left in the HTML starts a real tag: markup in
/// someone's text shows up here as an element, and the checks below refuse it.
fn elements(html: &str) -> Vec<Element> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            rest = &rest[rest.find('>').map_or(rest.len(), |end| end + 1)..];
            continue;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let tag = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                rest = rest.get(1..).unwrap_or("");
                break;
            }
            // At least one character, so a stray `=` cannot stop the reading.
            let end = rest
                .char_indices()
                .skip(1)
                .find(|(_, c)| c.is_whitespace() || *c == '=' || *c == '>')
                .map_or(rest.len(), |(at, _)| at);
            let name = rest[..end].to_ascii_lowercase();
            rest = &rest[end..];
            let value = if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').unwrap_or(after.len());
                let value = decoded(&after[..close]);
                rest = after.get(close + 1..).unwrap_or("");
                Some(value)
            } else if let Some(after) = rest.strip_prefix('=') {
                // Unquoted, as markup in someone's text would be.
                let close = after
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(after.len());
                rest = &after[close..];
                Some(decoded(&after[..close]))
            } else {
                None
            };
            attributes.push((name, value));
        }
        let text = decoded(&rest[..rest.find('<').unwrap_or(rest.len())]);
        found.push(Element {
            tag,
            attributes,
            text,
        });
    }
    found
}

fn with_id<'a>(found: &'a [Element], id: &str) -> Vec<&'a Element> {
    found
        .iter()
        .filter(|e| e.attribute("id") == Some(id))
        .collect()
}

/// The one element with this id.
fn one<'a>(found: &'a [Element], id: &str, html: &str) -> &'a Element {
    let matching = with_id(found, id);
    assert_eq!(matching.len(), 1, "one element with id {id:?} in\n{html}");
    matching[0]
}

/// What an example must show, taken from its inputs before they are rendered.
#[derive(Debug, Default)]
struct Expected {
    name: String,
    /// A label (boxes) or legend (groups).
    label: String,
    hint: Option<String>,
    error: Option<String>,
    /// The element the hint and problem describe: the box itself, or the group's fieldset.
    grouped: bool,
    /// Each box's id and the text it must hold (`None`: no `value` at all, as for passwords).
    kept: Vec<(String, Option<String>)>,
    /// Each choice's value, label and language; and the values that must be chosen.
    choices: Vec<RadioChoice>,
    chosen: Vec<String>,
    keep_as: Option<String>,
    /// Boxes for writing, which must follow the writing's direction.
    writing: bool,
    /// Radios and tick boxes: the group carries the problem, not each choice (as GOV.UK's do, since
    /// screen readers would otherwise say "invalid" on every choice).
    choice_group: bool,
}

fn expected(inputs: &Inputs) -> Option<Expected> {
    let (name, label, hint, error) = match inputs {
        Inputs::Text(p) => (p.name.clone(), &p.label, &p.hint, &p.error),
        Inputs::Password(p) => (p.name.to_string(), &p.label, &p.hint, &p.error),
        Inputs::TextArea(p) => (p.name.clone(), &p.label, &p.hint, &p.error),
        Inputs::Date(p) => (p.name.clone(), &p.legend, &p.hint, &p.error),
        Inputs::Radios(p) => (p.name.clone(), &p.legend, &p.hint, &p.error),
        Inputs::Checkboxes(p) => (p.name.clone(), &p.legend, &p.hint, &p.error),
        Inputs::Select(p) => (p.name.clone(), &p.label, &p.hint, &p.error),
        Inputs::ErrorSummary(_) => return None,
    };
    let mut shown = Expected {
        label: label.clone(),
        hint: hint.clone(),
        error: error.clone(),
        ..Expected::default()
    };
    match inputs {
        Inputs::Text(p) => {
            shown.kept = vec![(name.clone(), p.value.clone())];
            shown.writing = true;
        }
        Inputs::Password(_) => shown.kept = vec![(name.clone(), None)],
        Inputs::TextArea(p) => {
            shown.kept = vec![(name.clone(), Some(p.value.clone().unwrap_or_default()))];
            shown.keep_as = p.keep_as.clone();
            shown.writing = true;
        }
        Inputs::Date(p) => {
            shown.grouped = true;
            shown.kept = ["day", "month", "year"]
                .into_iter()
                .zip(p.typed.clone())
                .map(|(part, typed)| (format!("{name}-{part}"), Some(typed)))
                .collect();
        }
        Inputs::Radios(p) => {
            shown.grouped = true;
            shown.choice_group = true;
            shown.choices = p.choices.clone();
            shown.chosen = vec![p.selected.clone()];
        }
        Inputs::Checkboxes(p) => {
            shown.grouped = true;
            shown.choice_group = true;
            shown.choices = p.choices.clone();
            shown.chosen = p.selected.clone();
        }
        Inputs::Select(p) => {
            shown.choices = p.choices.clone();
            shown.chosen = vec![p.selected.clone()];
        }
        Inputs::ErrorSummary(_) => unreachable!(),
    }
    shown
        .chosen
        .retain(|value| shown.choices.iter().any(|c| &c.value == value));
    shown.name = name;
    Some(shown)
}

/// Nothing in the HTML but the component's own elements and attributes, and no id twice.
fn assert_only_the_components_markup(found: &[Element], html: &str) {
    for element in found {
        assert!(
            TAGS.contains(&element.tag.as_str()),
            "<{}> in\n{html}",
            element.tag
        );
        for (name, _) in &element.attributes {
            assert!(
                ATTRIBUTES.contains(&name.as_str()),
                "attribute {name} in\n{html}"
            );
        }
        if let Some(id) = element.attribute("id") {
            assert_eq!(with_id(found, id).len(), 1, "id {id:?} twice in\n{html}");
        }
    }
}

/// Every box has exactly one label, every label names a box that is there.
fn assert_every_box_labelled(found: &[Element], html: &str) {
    for control in found.iter().filter(|e| e.is_control()) {
        let id = control
            .attribute("id")
            .unwrap_or_else(|| panic!("a box without an id in\n{html}"));
        let labels = found
            .iter()
            .filter(|e| e.tag == "label" && e.attribute("for") == Some(id))
            .count();
        assert_eq!(labels, 1, "one <label for={id:?}> in\n{html}");
    }
    for label in found.iter().filter(|e| e.tag == "label") {
        let target = label
            .attribute("for")
            .unwrap_or_else(|| panic!("a label without for= in\n{html}"));
        assert!(
            one(found, target, html).is_control(),
            "label for {target:?} names no box in\n{html}"
        );
        assert!(!label.text.trim().is_empty(), "an empty label in\n{html}");
    }
}

fn assert_field(shown: &Expected, found: &[Element], html: &str) {
    let name = &shown.name;
    // The question: the label tied to the box, or the legend of the group.
    if shown.grouped {
        let legends: Vec<_> = found.iter().filter(|e| e.tag == "legend").collect();
        assert_eq!(legends.len(), 1, "one legend in\n{html}");
        assert_eq!(legends[0].text, shown.label, "the legend in\n{html}");
        assert_eq!(
            one(found, name, html).tag,
            "fieldset",
            "the group's id is its fieldset's"
        );
    } else {
        let label = found
            .iter()
            .find(|e| e.tag == "label" && e.attribute("for") == Some(name))
            .unwrap_or_else(|| panic!("a label for {name:?} in\n{html}"));
        assert_eq!(label.text, shown.label, "the label in\n{html}");
        assert!(one(found, name, html).is_control(), "{name:?} is the box");
    }
    // The hint and the problem are shown, and read out with the box or group, hint first.
    let described = one(found, name, html);
    let mut expected_ids = Vec::new();
    for (suffix, words) in [("hint", &shown.hint), ("error", &shown.error)] {
        let id = format!("{name}-{suffix}");
        match words {
            Some(words) => {
                assert_eq!(
                    &one(found, &id, html).text,
                    words,
                    "the {suffix} in\n{html}"
                );
                expected_ids.push(id);
            }
            None => assert!(with_id(found, &id).is_empty(), "no {suffix} in\n{html}"),
        }
    }
    let described_by: Vec<&str> = described
        .attribute("aria-describedby")
        .map(|ids| ids.split_whitespace().collect())
        .unwrap_or_default();
    assert_eq!(
        described_by, expected_ids,
        "aria-describedby of {name:?} in\n{html}"
    );
    // A problem marks every box of the field, and only then.
    for control in found.iter().filter(|e| e.is_control()) {
        assert_eq!(
            control.attribute("aria-invalid"),
            (shown.error.is_some() && !shown.choice_group).then_some("true"),
            "aria-invalid in\n{html}"
        );
    }
    // What was typed comes back exactly, in the box it was typed in.
    for (id, kept) in &shown.kept {
        let control = one(found, id, html);
        let held = if control.tag == "textarea" {
            Some(control.text.clone())
        } else {
            control.attribute("value").map(str::to_string)
        };
        assert_eq!(&held, kept, "what {id:?} holds in\n{html}");
        if shown.writing {
            assert_eq!(
                control.attribute("dir"),
                Some("auto"),
                "{id:?} follows the writing's direction"
            );
        }
    }
    if let Some(place) = &shown.keep_as {
        let keeping = one(found, name, html).attribute("data-keep-as");
        assert_eq!(
            keeping,
            Some(place.as_str()),
            "where the box keeps its draft"
        );
        assert!(
            found
                .iter()
                .any(|e| e.attribute("name") == Some("kept-places")
                    && e.attribute("value") == Some(place.as_str())),
            "the form names the kept draft in\n{html}"
        );
    }
    // Every choice is offered with its own words and language, and only the chosen ones are chosen.
    let offered: Vec<&Element> = found
        .iter()
        .filter(|e| {
            e.tag == "option"
                || (e.tag == "input" && e.attribute("name") == Some(name) && shown.grouped)
        })
        .collect();
    assert_eq!(
        offered.len(),
        shown.choices.len(),
        "every choice offered in\n{html}"
    );
    for (choice, element) in shown.choices.iter().zip(&offered) {
        assert_eq!(element.attribute("value"), Some(choice.value.as_str()));
        let words = if element.tag == "option" {
            element.text.clone()
        } else {
            let id = element.attribute("id").unwrap_or_default();
            let label = found
                .iter()
                .find(|e| e.tag == "label" && e.attribute("for") == Some(id))
                .unwrap_or_else(|| panic!("a label for the choice {id:?}"));
            assert_eq!(
                label.attribute("lang"),
                choice.lang,
                "the choice's language"
            );
            label.text.clone()
        };
        assert_eq!(words, choice.label.words(), "the choice's words in\n{html}");
        let chosen = element.has(if element.tag == "option" {
            "selected"
        } else {
            "checked"
        });
        assert_eq!(
            chosen,
            shown.chosen.contains(&choice.value),
            "{:?} chosen in\n{html}",
            choice.value
        );
    }
}

fn assert_summary(
    props: &ErrorSummaryProps,
    i18n: &FluentLanguageLoader,
    found: &[Element],
    html: &str,
) {
    if props.problems.is_empty() {
        assert!(found.is_empty(), "no summary without problems, got\n{html}");
        return;
    }
    let summary: Vec<_> = found
        .iter()
        .filter(|e| e.attribute("class") == Some("error-summary"))
        .collect();
    assert_eq!(summary.len(), 1, "one summary in\n{html}");
    assert_eq!(
        summary[0].attribute("role"),
        Some("alert"),
        "read out at once"
    );
    assert_eq!(
        summary[0].attribute("aria-labelledby"),
        Some(props.title_id)
    );
    assert_eq!(
        one(found, props.title_id, html).text,
        fl!(i18n, "error-summary-title")
    );
    let items: Vec<usize> = (0..found.len()).filter(|i| found[*i].tag == "li").collect();
    assert_eq!(
        items.len(),
        props.problems.len(),
        "one line per problem in\n{html}"
    );
    for (problem, at) in props.problems.iter().zip(items) {
        let link = found.get(at + 1).filter(|e| e.tag == "a");
        match &problem.field {
            Some(field) => {
                let link = link.unwrap_or_else(|| panic!("a link for {field:?} in\n{html}"));
                assert_eq!(link.attribute("href"), Some(format!("#{field}").as_str()));
                assert_eq!(link.text, problem.message, "the problem's words in\n{html}");
            }
            None => {
                assert!(
                    link.is_none(),
                    "no link for a problem without a field in\n{html}"
                );
                assert_eq!(
                    found[at].text, problem.message,
                    "the problem's words in\n{html}"
                );
            }
        }
    }
}

/// Renders every example in `locale` and checks each; returns every id rendered and every id a
/// summary links to.
fn check_every_example(locale: Locale) -> (Vec<String>, Vec<String>) {
    let i18n = loader(locale);
    let owner = Owner::new();
    let (mut ids, mut links) = (Vec::new(), Vec::new());
    for component in components(i18n) {
        for example in component.examples {
            let what = format!("{} / {} ({})", component.name, example.name, locale.tag());
            let shown = expected(&example.inputs);
            let summary = match &example.inputs {
                Inputs::ErrorSummary(p) => Some(ErrorSummaryProps {
                    problems: p.problems.clone(),
                    title_id: p.title_id,
                }),
                _ => None,
            };
            let html = owner.with(|| {
                provide_context(I18n(i18n));
                example.inputs.view().to_html()
            });
            let found = elements(&html);
            let html = format!("{what}:\n{html}");
            assert_only_the_components_markup(&found, &html);
            assert_every_box_labelled(&found, &html);
            if let Some(shown) = shown {
                assert_field(&shown, &found, &html);
            }
            if let Some(summary) = summary {
                assert_summary(&summary, i18n, &found, &html);
                links.extend(summary.problems.iter().filter_map(|p| p.field.clone()));
            }
            ids.extend(
                found
                    .iter()
                    .filter_map(|e| e.attribute("id").map(str::to_string)),
            );
        }
    }
    (ids, links)
}

#[test]
fn every_example_shows_its_words_ties_its_labels_and_keeps_what_was_typed() {
    for locale in Locale::ALL {
        let (ids, links) = check_every_example(locale);
        // All on one page: no id twice, and every summary link reaches a field shown there.
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            ids.len(),
            "an id used twice on the examples page"
        );
        for field in links {
            assert!(
                ids.contains(&field),
                "the summary links to #{field}, which is not on the page"
            );
        }
    }
}

#[test]
fn the_hard_inputs_are_all_there() {
    // Tables shrink when someone tidies them: keep at least one example of each hard input per
    // kind of box.
    let i18n = loader(Locale::EnglishUk);
    let all = components(i18n);
    let holding = |component: &str, text: &str| {
        all.iter()
            .filter(|c| c.name == component)
            .flat_map(|c| &c.examples)
            .any(|e| {
                let words = match &e.inputs {
                    Inputs::Text(p) => [p.value.clone(), p.error.clone(), p.hint.clone()],
                    Inputs::TextArea(p) => [p.value.clone(), p.error.clone(), p.hint.clone()],
                    Inputs::Radios(p) => [p.hint.clone(), p.error.clone(), None],
                    Inputs::ErrorSummary(p) => [
                        Some(p.problems.iter().map(|p| p.message.clone()).collect()),
                        None,
                        None,
                    ],
                    _ => [None, None, None],
                };
                words.iter().flatten().any(|w| w.contains(text))
            })
    };
    for component in ["TextField", "TextArea", "ErrorSummary"] {
        for hard in [MARKUP, RIGHT_TO_LEFT, LONG_WORD] {
            assert!(
                holding(component, hard),
                "{component} has no example with {hard:?}"
            );
        }
    }
    assert!(holding("RadioGroup", MARKUP) && holding("RadioGroup", LONG_WORD));
    assert!(holding("TextArea", KEPT_LINES));
    for component in &all {
        assert!(
            !component.examples.is_empty(),
            "{} has examples",
            component.name
        );
    }
}

#[test]
fn the_reader_finds_markup_as_elements() {
    // The checks above rely on this reader: unescaped markup must come out as elements.
    let found = elements(
        r#"<p id="a" class="hint">Tom &amp; <script>x</script></p><input value="&quot;x" checked><img src=x onerror=alert(1)>"#,
    );
    let tags: Vec<&str> = found.iter().map(|e| e.tag.as_str()).collect();
    assert_eq!(tags, ["p", "script", "input", "img"]);
    assert_eq!(found[0].text, "Tom & ");
    assert_eq!(found[2].attribute("value"), Some("\"x"));
    assert!(found[2].has("checked"));
    assert_eq!(found[3].attribute("onerror"), Some("alert(1)"));
}
