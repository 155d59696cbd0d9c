//! Every locale file parses, and has every message, attribute and variable that en-GB has.
//! Reads the real files under `locales/`, so a missing translation fails the build's tests.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en-GB";
/// Easy Read falls back to en-GB message by message, so it holds only the messages it rewrites.
const PARTIAL: &str = "en-GB-easyread";

/// Message id → (attribute names, variable names used anywhere in it).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn variables_in(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, found);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, found);
            for variant in variants {
                variables_in(&variant.value, found);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, found),
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, found);
            }
        }
        _ => {}
    }
}

/// Parses one file; every syntax error is returned as a message.
fn shape_of(path: &Path) -> Result<Shape, Vec<String>> {
    let source =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let resource = parse(source.as_str()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                format!(
                    "{}: syntax error at bytes {:?}: {:?}",
                    path.display(),
                    e.pos,
                    e.kind
                )
            })
            .collect::<Vec<_>>()
    })?;
    let mut shape = Shape::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut variables);
            }
            let mut attributes = BTreeSet::new();
            for attribute in &message.attributes {
                attributes.insert(attribute.id.name.to_string());
                variables_in(&attribute.value, &mut variables);
            }
            shape.insert(message.id.name.to_string(), (attributes, variables));
        }
    }
    Ok(shape)
}

fn ftl_files(locale_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(locale_dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

/// What `candidate` lacks (or has wrongly) compared to `reference`.
fn differences(locale: &str, file: &str, reference: &Shape, candidate: &Shape) -> Vec<String> {
    let mut problems = Vec::new();
    for id in candidate.keys().filter(|id| !reference.contains_key(*id)) {
        problems.push(format!(
            "{locale}/{file}: `{id}` is not in en-GB, so it is never shown"
        ));
    }
    for (id, (attributes, variables)) in reference {
        match candidate.get(id) {
            None if locale == PARTIAL => {}
            None => problems.push(format!("{locale}/{file}: message `{id}` is missing")),
            Some((their_attributes, their_variables)) => {
                for missing in attributes.difference(their_attributes) {
                    problems.push(format!(
                        "{locale}/{file}: `{id}` lacks attribute `.{missing}`"
                    ));
                }
                for missing in variables.difference(their_variables) {
                    problems.push(format!(
                        "{locale}/{file}: `{id}` lacks variable `${missing}`"
                    ));
                }
                for extra in their_variables.difference(variables) {
                    problems.push(format!(
                        "{locale}/{file}: `{id}` uses `${extra}`, which en-GB never passes"
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn every_locale_parses_and_has_everything_en_gb_has() {
    let root = locales_dir();
    let mut problems = Vec::new();
    let reference_files = ftl_files(&root.join(REFERENCE));
    assert!(
        !reference_files.is_empty(),
        "no .ftl files in locales/{REFERENCE}"
    );
    let mut locales: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    assert!(
        locales.len() >= 2,
        "expected en-GB and at least one other locale"
    );
    for reference_path in &reference_files {
        let file = reference_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let reference = match shape_of(reference_path) {
            Ok(shape) => shape,
            Err(errors) => {
                problems.extend(errors);
                continue;
            }
        };
        for locale_dir in &locales {
            let locale = locale_dir
                .file_name()
                .unwrap()
                .to_string_lossy()
                .to_string();
            if locale == REFERENCE {
                continue;
            }
            match shape_of(&locale_dir.join(&file)) {
                Ok(candidate) => {
                    problems.extend(differences(&locale, &file, &reference, &candidate))
                }
                Err(errors) => problems.extend(errors),
            }
        }
    }
    // Files a locale has that en-GB does not would never be loaded: a sign of a misnamed file.
    for locale_dir in &locales {
        for path in ftl_files(locale_dir) {
            if !root
                .join(REFERENCE)
                .join(path.file_name().unwrap())
                .exists()
            {
                problems.push(format!("{} has no en-GB counterpart", path.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_catches_a_missing_message_a_lost_variable_and_bad_syntax() {
    let dir = std::env::temp_dir().join(format!("heard-locale-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let reference_path = dir.join("reference.ftl");
    std::fs::write(
        &reference_path,
        "hello = Hello { $name }\n    .title = Hi\nbye = Bye\n",
    )
    .unwrap();
    let candidate_path = dir.join("candidate.ftl");
    std::fs::write(&candidate_path, "hello = Salaam\n").unwrap();
    let broken_path = dir.join("broken.ftl");
    std::fs::write(&broken_path, "hello = { $name\n").unwrap();
    let reference = shape_of(&reference_path).unwrap();
    let candidate = shape_of(&candidate_path).unwrap();
    let found = differences("xx", "candidate.ftl", &reference, &candidate);
    assert!(
        found.iter().any(|p| p.contains("`bye` is missing")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.contains("lacks variable `$name`")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.contains("lacks attribute `.title`")),
        "{found:?}"
    );
    assert!(shape_of(&broken_path).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every locale folder, by tag.
fn locale_tags() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    tags.sort();
    tags
}

fn parsed(tag: &str) -> String {
    std::fs::read_to_string(locales_dir().join(tag).join("heard-app.ftl")).unwrap()
}

/// The plural rules Fluent uses for a locale: those of its language, as Fluent negotiates them.
fn plural_rules(tag: &str) -> intl_pluralrules::PluralRules {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let language: unic_langid::LanguageIdentifier = tag.split('-').next().unwrap().parse().unwrap();
    PluralRules::create(language, PluralRuleType::CARDINAL)
        .unwrap_or_else(|_| panic!("no plural rules for {tag}: Fluent would use English ones"))
}

fn category_name(category: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory::*;
    match category {
        ZERO => "zero",
        ONE => "one",
        TWO => "two",
        FEW => "few",
        MANY => "many",
        OTHER => "other",
    }
}

/// For every select on a number (its variants are plural categories or numbers), the numbers 0 to 200
/// each land on their own exact variant or on their plural category, never by default on a variant
/// meant for another category: Polish "5 dni" needs `many`, Arabic "2" needs `two`.
fn plural_problems(tag: &str, source: &str) -> Vec<String> {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let rules = plural_rules(tag);
    let resource = parse(source).unwrap_or_else(|(resource, _)| resource);
    let mut problems = Vec::new();
    let mut check = |id: &str, variants: &[fluent_syntax::ast::Variant<&str>]| {
        use fluent_syntax::ast::VariantKey;
        let keys: Vec<(String, bool)> = variants
            .iter()
            .map(|v| {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => format!("={value}"),
                };
                (key, v.default)
            })
            .collect();
        let numeric = keys
            .iter()
            .any(|(k, _)| k.starts_with('=') || (CATEGORIES.contains(&k.as_str()) && k != "other"));
        if !numeric {
            return;
        }
        let default = keys
            .iter()
            .find(|(_, d)| *d)
            .map(|(k, _)| k.clone())
            .unwrap_or_default();
        let mut missing = BTreeSet::new();
        for n in 0..=200u32 {
            let category = category_name(rules.select(n).unwrap());
            let exact = keys.iter().any(|(k, _)| *k == format!("={n}"));
            let named = keys.iter().any(|(k, _)| k == category);
            if !exact && !named && default != category {
                missing.insert(format!("[{category}] (for {n})"));
            }
        }
        if !missing.is_empty() {
            let missing: Vec<String> = missing.into_iter().collect();
            problems.push(format!(
                "{tag}: `{id}` lacks {}, so those numbers fall to `*[{default}]`",
                missing.join(", ")
            ));
        }
    };
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                for element in &pattern.elements {
                    if let PatternElement::Placeable {
                        expression: Expression::Select { variants, .. },
                    } = element
                    {
                        check(message.id.name, variants);
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn every_number_in_every_locale_has_its_plural_form() {
    let problems: Vec<String> = locale_tags()
        .iter()
        .flat_map(|tag| plural_problems(tag, &parsed(tag)))
        .collect();
    assert!(
        problems.is_empty(),
        "plural problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_plural_check_catches_a_missing_polish_and_arabic_form() {
    let polish = "days = { $n ->\n    [one] 1 dzień\n   *[other] { $n } dni\n}\n";
    assert!(plural_problems("pl", polish)
        .iter()
        .any(|p| p.contains("[few]")));
    let full = "days = { $n ->\n    [one] 1 dzień\n    [few] { $n } dni\n    [many] { $n } dni\n   *[other] { $n } dnia\n}\n";
    assert!(plural_problems("pl", full).is_empty());
    let arabic = "days = { $n ->\n    [one] يوم\n   *[other] { $n } أيام\n}\n";
    let found = plural_problems("ar", arabic);
    assert!(found.iter().any(|p| p.contains("[zero]")), "{found:?}");
    // Exact numbers stand in for a category that holds only that number.
    let english =
        "when = { $days ->\n    [0] today\n    [1] tomorrow\n   *[other] in { $days } days\n}\n";
    assert!(plural_problems("en-GB", english).is_empty());
}

#[test]
fn every_translation_says_it_is_a_draft_awaiting_review() {
    for tag in locale_tags().iter().filter(|t| *t != REFERENCE) {
        let top: String = parsed(tag).lines().take(6).collect::<Vec<_>>().join("\n");
        assert!(
            top.to_lowercase().contains("draft"),
            "{tag}: the first lines must say the translation is a draft awaiting review:\n{top}"
        );
    }
}

/// The sentences of a message's text, as word counts; a placeable counts as one word.
fn sentence_lengths(pattern: &Pattern<&str>) -> Vec<(usize, String)> {
    let mut text = String::new();
    flatten(pattern, &mut text);
    text.split(['\n'])
        .flat_map(|line| {
            line.split_inclusive(['.', '!', '?'])
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .map(|sentence| {
            (
                sentence.split_whitespace().count(),
                sentence.trim().to_string(),
            )
        })
        .filter(|(words, _)| *words > 0)
        .collect()
}

fn flatten(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                // Each variant is its own sentence or sentences.
                for variant in variants {
                    out.push('\n');
                    flatten(&variant.value, out);
                    out.push('\n');
                }
            }
            PatternElement::Placeable { .. } => out.push('X'),
        }
    }
}

#[test]
fn easy_read_sentences_are_at_most_fifteen_words() {
    let source = parsed(PARTIAL);
    let resource = parse(source.as_str()).expect("Easy Read parses");
    let mut long = Vec::new();
    let mut messages = 0;
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            messages += 1;
            if let Some(value) = &message.value {
                for (words, sentence) in sentence_lengths(value) {
                    if words > 15 {
                        long.push(format!("{} ({words} words): {sentence}", message.id.name));
                    }
                }
            }
        }
    }
    assert!(
        messages > 200,
        "Easy Read rewrites the messages people read most"
    );
    assert!(
        long.is_empty(),
        "Easy Read sentences over 15 words:\n{}",
        long.join("\n")
    );
}

/// A one-line message's text in a locale, or en-GB's where the locale falls back to it.
fn one_line_message(tag: &str, id: &str) -> String {
    let find = |tag: &str| {
        parsed(tag).lines().find_map(|line| {
            line.strip_prefix(id)
                .and_then(|rest| rest.strip_prefix(" = "))
                .map(str::to_string)
        })
    };
    find(tag)
        .or_else(|| find(REFERENCE))
        .unwrap_or_else(|| panic!("{id} is in en-GB"))
}

/// Words that share a stem (their first four letters, ignoring case), as "Przeglądy postępów" and
/// "Postępy" do.
fn shared_stems(a: &str, b: &str) -> Vec<String> {
    let stems = |text: &str| -> BTreeSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= 4)
            .map(|word| word.to_lowercase().chars().take(4).collect())
            .collect()
    };
    stems(a).intersection(&stems(b)).cloned().collect()
}

/// The review points (meetings) and the progress page sit side by side in a child's menu: in every
/// language their names must not read as the same thing.
#[test]
fn review_points_and_progress_are_named_apart_in_every_language() {
    assert_eq!(shared_stems("Przeglądy postępów", "Postępy"), ["post"]);
    for tag in locale_tags() {
        for (reviews, progress) in [
            ("child-nav-reviews", "child-nav-progress"),
            ("reviews-title", "progress-page-title"),
        ] {
            let (a, b) = (
                one_line_message(&tag, reviews),
                one_line_message(&tag, progress),
            );
            let shared = shared_stems(&a, &b);
            assert!(
                shared.is_empty(),
                "{tag}: \"{a}\" ({reviews}) and \"{b}\" ({progress}) share {shared:?}"
            );
        }
    }
}
