//! Examples of the shared form components, kept as govuk-frontend keeps its own: a table per component
//! of the inputs that matter, the hard ones included (a problem, text kept from a failed save, markup,
//! right-to-left text, very long words, nothing at all). The unit tests in `examples/tests.rs` render
//! every example and check what people rely on; the test-only page `/component-examples` (served only
//! with `heard --component-examples`) shows them all, so axe and the 320 px check see each one in every
//! language and reading mode.
//!
//! Labels, hints and problems are real messages from `locales/`, in the page's language. The text a
//! person or a feed supplies is what makes an example hard, so that is what the examples vary.

use super::error_summary::ErrorSummaryProps;
use super::fields::{
    CheckboxGroupProps, DateFieldProps, PasswordFieldProps, RadioGroupProps, SelectFieldProps,
    TextAreaProps, TextFieldProps,
};
use super::{
    CheckboxGroup, DateField, ErrorSummary, PasswordField, RadioChoice, RadioGroup, SelectField,
    TextArea, TextField,
};
use crate::forms::ShownProblem;
use crate::i18n::fl;
use crate::locale::Locale;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// Markup that would end an attribute, a `<textarea>` or a link and run script, if it were written
/// into the page as it is.
pub const MARKUP: &str =
    "\"><script>alert('x')</script></textarea><img src=x onerror=alert(1)> Tom & Jerry &amp; </a>";
/// Urdu with an English word inside: the box must follow the writing's own direction.
pub const RIGHT_TO_LEFT: &str = "زویا کو Lego اور تصویروں والی کہانیاں پسند ہیں۔";
/// One word longer than a phone is wide, as a pasted address or a long name can be.
pub const LONG_WORD: &str = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch-https://example.org/a/very/long/address/that/a/parent/pasted/without/any/spaces";
/// Several lines, kept as typed (a failed save must give them back whole).
pub const KEPT_LINES: &str =
    "She likes the quiet room at lunch.\n\nShe does not like the bell.\n  - It is too loud.";

/// The inputs of one example: the component's own props, so an example is exactly what a page passes.
pub enum Inputs {
    Text(TextFieldProps),
    Password(PasswordFieldProps),
    TextArea(TextAreaProps),
    Date(DateFieldProps),
    Radios(RadioGroupProps),
    Checkboxes(CheckboxGroupProps),
    Select(SelectFieldProps),
    ErrorSummary(ErrorSummaryProps),
}

/// One example: what it shows, in plain English for the people writing tests, and its inputs.
pub struct Example {
    pub name: &'static str,
    pub inputs: Inputs,
}

/// One component's table of examples.
pub struct Component {
    pub name: &'static str,
    pub examples: Vec<Example>,
}

/// Every component's examples, with words in the language of `i18n`.
pub fn components(i18n: &FluentLanguageLoader) -> Vec<Component> {
    vec![
        text_fields(i18n),
        password_fields(i18n),
        text_areas(i18n),
        date_fields(i18n),
        radio_groups(i18n),
        checkbox_groups(i18n),
        select_fields(i18n),
        error_summaries(i18n),
    ]
}

impl Inputs {
    /// The component, rendered with these inputs: what the tests check and the page shows.
    pub fn view(self) -> AnyView {
        match self {
            Inputs::Text(props) => TextField(props).into_any(),
            Inputs::Password(props) => PasswordField(props).into_any(),
            Inputs::TextArea(props) => TextArea(props).into_any(),
            Inputs::Date(props) => DateField(props).into_any(),
            Inputs::Radios(props) => RadioGroup(props).into_any(),
            Inputs::Checkboxes(props) => CheckboxGroup(props).into_any(),
            Inputs::Select(props) => SelectField(props).into_any(),
            Inputs::ErrorSummary(props) => ErrorSummary(props).into_any(),
        }
    }
}

fn example(name: &'static str, inputs: Inputs) -> Example {
    Example { name, inputs }
}

/// A problem that quotes what was typed: the message carries a person's text (the hidden-character
/// check names the text before the character).
fn quoting(i18n: &FluentLanguageLoader, typed: &str) -> String {
    fl!(i18n, "error-hidden-character", after = typed)
}

/// A plain text box: `name`, its label, then what the example varies.
fn text(
    name: &str,
    label: String,
    hint: Option<String>,
    error: Option<String>,
    value: Option<&str>,
) -> Inputs {
    Inputs::Text(TextFieldProps {
        name: name.into(),
        label,
        hint,
        input_type: "text",
        autocomplete: None,
        value: value.map(str::to_string),
        error,
        spellcheck: None,
    })
}

fn text_fields(i18n: &FluentLanguageLoader) -> Component {
    let label = || fl!(i18n, "child-called-name");
    let hint = || Some(fl!(i18n, "child-called-name-hint"));
    Component {
        name: "TextField",
        examples: vec![
            example(
                "empty, label only",
                text("text-empty", label(), None, None, None),
            ),
            example(
                "with a hint, kept empty",
                text("text-hint", label(), hint(), None, Some("")),
            ),
            example(
                "with a problem, what was typed kept",
                text(
                    "text-problem",
                    label(),
                    hint(),
                    Some(fl!(i18n, "error-too-long", max = 100)),
                    Some("Zoë-Mae O'Brien"),
                ),
            ),
            example(
                "markup typed, and quoted in the problem",
                text(
                    "text-markup",
                    label(),
                    hint(),
                    Some(quoting(i18n, MARKUP)),
                    Some(MARKUP),
                ),
            ),
            example(
                "right-to-left text",
                text("text-rtl", label(), hint(), None, Some(RIGHT_TO_LEFT)),
            ),
            example(
                "a very long word, in the box and in the problem",
                text(
                    "text-long-word",
                    label(),
                    None,
                    Some(quoting(i18n, LONG_WORD)),
                    Some(LONG_WORD),
                ),
            ),
            example(
                "an email address that is not right",
                Inputs::Text(TextFieldProps {
                    name: "text-email".into(),
                    label: fl!(i18n, "field-email"),
                    hint: Some(fl!(i18n, "create-account-email-hint")),
                    input_type: "email",
                    autocomplete: Some("email"),
                    value: Some("family@example".into()),
                    error: Some(fl!(i18n, "error-email-invalid")),
                    spellcheck: Some(false),
                }),
            ),
        ],
    }
}

fn password_fields(i18n: &FluentLanguageLoader) -> Component {
    Component {
        name: "PasswordField",
        examples: vec![
            example(
                "a new password, with a hint",
                Inputs::Password(PasswordFieldProps {
                    name: "password-new",
                    label: fl!(i18n, "field-password"),
                    hint: Some(fl!(i18n, "create-account-password-hint", min = 12)),
                    autocomplete: "new-password",
                    error: None,
                }),
            ),
            example(
                "with a problem",
                Inputs::Password(PasswordFieldProps {
                    name: "password-problem",
                    label: fl!(i18n, "field-password"),
                    hint: None,
                    autocomplete: "current-password",
                    error: Some(fl!(i18n, "error-password-too-short", min = 12)),
                }),
            ),
        ],
    }
}

fn text_area(
    name: &str,
    label: String,
    hint: Option<String>,
    error: Option<String>,
    value: Option<&str>,
) -> Inputs {
    Inputs::TextArea(TextAreaProps {
        name: name.into(),
        label,
        hint,
        value: value.map(str::to_string),
        error,
        rows: 5,
        keep_as: None,
    })
}

fn text_areas(i18n: &FluentLanguageLoader) -> Component {
    let label = || fl!(i18n, "about-me-text-label");
    let hint = || Some(fl!(i18n, "about-me-liked-and-admired-hint"));
    Component {
        name: "TextArea",
        examples: vec![
            example(
                "empty, label only",
                text_area("area-empty", label(), None, None, None),
            ),
            example(
                "several lines kept after a problem",
                text_area(
                    "area-problem",
                    label(),
                    hint(),
                    Some(fl!(i18n, "error-too-long", max = 4000)),
                    Some(KEPT_LINES),
                ),
            ),
            example(
                "markup that would end the box",
                text_area(
                    "area-markup",
                    label(),
                    hint(),
                    Some(quoting(i18n, MARKUP)),
                    Some(MARKUP),
                ),
            ),
            example(
                "right-to-left text",
                text_area("area-rtl", label(), None, None, Some(RIGHT_TO_LEFT)),
            ),
            example(
                "a very long word",
                text_area("area-long-word", label(), None, None, Some(LONG_WORD)),
            ),
            example(
                "kept while typing",
                Inputs::TextArea(TextAreaProps {
                    name: "area-kept".into(),
                    label: fl!(i18n, "my-page-write-label"),
                    hint: Some(fl!(i18n, "my-page-write-hint")),
                    value: Some("I like trains.".into()),
                    error: None,
                    rows: 3,
                    keep_as: Some("component-examples-area-kept".into()),
                }),
            ),
        ],
    }
}

fn date(
    name: &str,
    legend: String,
    hint: Option<String>,
    error: Option<String>,
    typed: [&str; 3],
) -> Inputs {
    Inputs::Date(DateFieldProps {
        name: name.into(),
        legend,
        hint,
        typed: typed.map(str::to_string),
        error,
    })
}

fn date_fields(i18n: &FluentLanguageLoader) -> Component {
    let legend = || fl!(i18n, "child-date-of-birth");
    let hint = || Some(fl!(i18n, "child-date-of-birth-hint"));
    Component {
        name: "DateField",
        examples: vec![
            example(
                "empty, with a hint",
                date("date-empty", legend(), hint(), None, ["", "", ""]),
            ),
            example(
                "a date that is not real, kept as typed",
                date(
                    "date-problem",
                    legend(),
                    hint(),
                    Some(fl!(i18n, "error-date-not-real")),
                    ["31", "2", "2020"],
                ),
            ),
            example(
                "markup typed into the boxes",
                date(
                    "date-markup",
                    fl!(i18n, "goals-by-when"),
                    None,
                    Some(fl!(i18n, "error-date-incomplete")),
                    [MARKUP, "</textarea>", "20\"20"],
                ),
            ),
        ],
    }
}

fn authors(i18n: &FluentLanguageLoader) -> Vec<RadioChoice> {
    vec![
        RadioChoice::new("young-person", fl!(i18n, "about-me-author-young-person")),
        RadioChoice::new(
            "parent-or-carer",
            fl!(i18n, "about-me-author-parent-or-carer"),
        ),
        RadioChoice::new("advocate", fl!(i18n, "about-me-author-advocate")),
    ]
}

fn roles(i18n: &FluentLanguageLoader) -> Vec<RadioChoice> {
    vec![
        RadioChoice::new("parent-or-carer", fl!(i18n, "invite-role-parent-or-carer")),
        RadioChoice::new("young-person", fl!(i18n, "invite-role-young-person")),
        RadioChoice::new("advocate", fl!(i18n, "invite-role-advocate")),
    ]
}

fn radios(
    name: &str,
    legend: String,
    hint: Option<String>,
    error: Option<String>,
    choices: Vec<RadioChoice>,
    selected: &str,
) -> Inputs {
    Inputs::Radios(RadioGroupProps {
        name: name.into(),
        legend,
        hint,
        choices,
        selected: selected.into(),
        error,
        small: false,
    })
}

fn radio_groups(i18n: &FluentLanguageLoader) -> Component {
    let legend = || fl!(i18n, "about-me-author");
    let hint = || Some(fl!(i18n, "about-me-author-hint"));
    // Each language in its own name and script, as on the language page.
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| RadioChoice {
            value: locale.tag().into(),
            label: locale.own_name().to_string().into(),
            lang: Some(locale.html_lang()),
        })
        .collect();
    // A child's name is part of some hints: here it is markup, then a very long word.
    let named_hint = |name: &str| Some(fl!(i18n, "invite-role-hint", name = name));
    Component {
        name: "RadioGroup",
        examples: vec![
            example(
                "nothing chosen yet, with a hint",
                radios("radio-none", legend(), hint(), None, authors(i18n), ""),
            ),
            example(
                "one chosen",
                radios(
                    "radio-chosen",
                    legend(),
                    None,
                    None,
                    authors(i18n),
                    "parent-or-carer",
                ),
            ),
            example(
                "with a problem",
                radios(
                    "radio-problem",
                    legend(),
                    hint(),
                    Some(fl!(i18n, "error-choose-one")),
                    authors(i18n),
                    "",
                ),
            ),
            example(
                "choices in their own languages",
                radios(
                    "radio-languages",
                    fl!(i18n, "language-legend"),
                    Some(fl!(i18n, "language-hint")),
                    None,
                    languages,
                    "ur",
                ),
            ),
            example(
                "a child's name with markup in the hint",
                radios(
                    "radio-markup",
                    fl!(i18n, "invite-role-legend"),
                    named_hint(MARKUP),
                    None,
                    roles(i18n),
                    "advocate",
                ),
            ),
            example(
                "a very long name in the hint, small legend",
                Inputs::Radios(RadioGroupProps {
                    name: "radio-long-word".into(),
                    legend: fl!(i18n, "invite-role-legend"),
                    hint: named_hint(LONG_WORD),
                    choices: roles(i18n),
                    selected: "young-person".into(),
                    error: None,
                    small: true,
                }),
            ),
        ],
    }
}

fn areas(i18n: &FluentLanguageLoader) -> Vec<RadioChoice> {
    vec![
        RadioChoice::new("communication", fl!(i18n, "area-communication")),
        RadioChoice::new("learning", fl!(i18n, "area-learning")),
        RadioChoice::new("semh", fl!(i18n, "area-semh")),
        RadioChoice::new("sensory-physical", fl!(i18n, "area-sensory-physical")),
    ]
}

fn checkbox_groups(i18n: &FluentLanguageLoader) -> Component {
    let legend = || fl!(i18n, "child-areas-of-need");
    let hint = || Some(fl!(i18n, "child-areas-of-need-hint"));
    Component {
        name: "CheckboxGroup",
        examples: vec![
            example(
                "two ticked, with a hint",
                Inputs::Checkboxes(CheckboxGroupProps {
                    name: "checkbox-ticked".into(),
                    legend: legend(),
                    hint: hint(),
                    choices: areas(i18n),
                    selected: vec!["communication".into(), "sensory-physical".into()],
                    error: None,
                }),
            ),
            example(
                "none ticked, with a problem",
                Inputs::Checkboxes(CheckboxGroupProps {
                    name: "checkbox-problem".into(),
                    legend: legend(),
                    hint: hint(),
                    choices: areas(i18n),
                    selected: Vec::new(),
                    error: Some(fl!(i18n, "error-choose-one")),
                }),
            ),
        ],
    }
}

fn year_groups(i18n: &FluentLanguageLoader) -> Vec<RadioChoice> {
    vec![
        RadioChoice::new("", fl!(i18n, "child-year-group-auto")),
        RadioChoice::new("reception", fl!(i18n, "year-group-reception")),
        RadioChoice::new("year-3", fl!(i18n, "year-group-year", number = 3)),
        RadioChoice::new("post-school", fl!(i18n, "year-group-post-school")),
    ]
}

fn select_fields(i18n: &FluentLanguageLoader) -> Component {
    Component {
        name: "SelectField",
        examples: vec![
            example(
                "one chosen, with a hint",
                Inputs::Select(SelectFieldProps {
                    name: "select-chosen".into(),
                    label: fl!(i18n, "child-year-group"),
                    hint: Some(fl!(i18n, "child-year-group-hint")),
                    choices: year_groups(i18n),
                    selected: "year-3".into(),
                    error: None,
                }),
            ),
            example(
                "with a problem",
                Inputs::Select(SelectFieldProps {
                    name: "select-problem".into(),
                    label: fl!(i18n, "child-year-group"),
                    hint: None,
                    choices: year_groups(i18n),
                    selected: String::new(),
                    error: Some(fl!(i18n, "error-choose-one")),
                }),
            ),
        ],
    }
}

fn problem(field: Option<&str>, message: String) -> ShownProblem {
    ShownProblem {
        field: field.map(str::to_string),
        message,
    }
}

fn summary(title_id: &'static str, problems: Vec<ShownProblem>) -> Inputs {
    Inputs::ErrorSummary(ErrorSummaryProps { problems, title_id })
}

/// The summaries link to fields in the examples above, so every link on the page goes somewhere.
fn error_summaries(i18n: &FluentLanguageLoader) -> Component {
    Component {
        name: "ErrorSummary",
        examples: vec![
            example(
                "no problems: shows nothing",
                summary("summary-none-title", Vec::new()),
            ),
            example(
                "one problem",
                summary(
                    "summary-one-title",
                    vec![problem(
                        Some("text-problem"),
                        fl!(i18n, "error-too-long", max = 100),
                    )],
                ),
            ),
            example(
                "several, one not about a field",
                summary(
                    "summary-several-title",
                    vec![
                        problem(Some("date-problem"), fl!(i18n, "error-date-not-real")),
                        problem(Some("radio-problem"), fl!(i18n, "error-choose-one")),
                        problem(None, fl!(i18n, "error-unavailable")),
                    ],
                ),
            ),
            example(
                "markup, a very long word and right-to-left text quoted in problems",
                summary(
                    "summary-quoting-title",
                    vec![
                        problem(Some("text-markup"), quoting(i18n, MARKUP)),
                        problem(Some("text-long-word"), quoting(i18n, LONG_WORD)),
                        problem(Some("area-rtl"), quoting(i18n, RIGHT_TO_LEFT)),
                    ],
                ),
            ),
        ],
    }
}

#[cfg(test)]
mod tests;
