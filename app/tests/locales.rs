//! Every locale file parses, and has every message, attribute and variable that en-GB has.
//! Reads the real files under `locales/`, so a missing translation fails the build's tests.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en-GB";

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
    for (id, (attributes, variables)) in reference {
        match candidate.get(id) {
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
