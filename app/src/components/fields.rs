use crate::filled_message::FilledMessage;
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

fn describedby(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(present, _)| *present)
        .map(|(_, suffix)| format!("{name}-{suffix}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled text input with an optional hint and an error shown beside it.
#[component]
pub fn TextField(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] spellcheck: Option<bool>,
) -> impl IntoView {
    let described = describedby(&name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    view! {
        <div class="field" class:field-with-error=has_error>
            <label class="label" for=name.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
            <input
                class="input"
                id=name.clone()
                name=name
                type=input_type
                dir="auto"
                autocomplete=autocomplete
                spellcheck=spellcheck.map(|s| s.to_string())
                value=value
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            />
        </div>
    }
}

/// A password input. Paste and password managers are welcome (WCAG 3.3.8): nothing blocks them,
/// and `autocomplete` tells managers whether this is a new or the current password.
#[component]
pub fn PasswordField(
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    autocomplete: &'static str,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let described = describedby(name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    view! {
        <div class="field" class:field-with-error=has_error>
            <label class="label" for=name>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{name}-hint")>{hint}</p> })}
            {error.map(|error| view! { <p class="field-error" id=format!("{name}-error")>{error}</p> })}
            <input
                class="input"
                id=name
                name=name
                type="password"
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="none"
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            />
        </div>
    }
}

/// A password being chosen (making an account, a new password, a changed one): the `password` field,
/// with the rule for how long it must be, said the same way everywhere.
#[component]
pub fn NewPasswordField(label: String, error: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PasswordField
            name="password"
            label=label
            hint=fl!(i18n, "create-account-password-hint", min = crate::account::PASSWORD_MIN_CHARS)
            autocomplete="new-password"
            error=error
        />
    }
}

/// One choice in a radio or checkbox group.
#[derive(Debug, Clone)]
pub struct RadioChoice {
    pub value: String,
    /// Words a person supplied (a file name) go into the label as filled-in words, isolated.
    pub label: FilledMessage,
    /// Set when the label is in another language than the page (a language's own name).
    pub lang: Option<&'static str>,
}

impl RadioChoice {
    pub fn new(value: impl Into<String>, label: impl Into<FilledMessage>) -> Self {
        RadioChoice {
            value: value.into(),
            label: label.into(),
            lang: None,
        }
    }
}

/// A group of radio buttons in a fieldset whose legend asks the question. The fieldset's id is the
/// group's name, so the error summary can link to it.
#[component]
pub fn RadioGroup(
    #[prop(into)] name: String,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    choices: Vec<RadioChoice>,
    #[prop(into)] selected: String,
    #[prop(default = None)] error: Option<String>,
    /// Smaller legend, for groups inside a bigger form section.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    choice_group(
        "radio",
        name,
        legend,
        hint,
        choices,
        vec![selected],
        error,
        small,
    )
}

/// Tick boxes: any number of the choices.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] name: String,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    choices: Vec<RadioChoice>,
    selected: Vec<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    choice_group(
        "checkbox", name, legend, hint, choices, selected, error, false,
    )
}

#[allow(clippy::too_many_arguments)]
fn choice_group(
    kind: &'static str,
    name: String,
    legend: String,
    hint: Option<String>,
    choices: Vec<RadioChoice>,
    selected: Vec<String>,
    error: Option<String>,
    small: bool,
) -> impl IntoView {
    let described = describedby(&name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    view! {
        <div class="field" class:field-with-error=has_error>
            <fieldset class="fieldset" id=name.clone() aria-describedby=described tabindex="-1">
                <legend class="legend" class:legend-small=small>{legend}</legend>
                {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
                <div class="radios">
                    {choices
                        .into_iter()
                        .map(|choice| {
                            let id = format!("{name}-{}", choice.value);
                            let checked = selected.contains(&choice.value);
                            view! {
                                <div class="radio">
                                    <input class="radio-input" type=kind id=id.clone() name=name.clone() value=choice.value checked=checked />
                                    <label class="radio-label" for=id lang=choice.lang>{choice.label.view()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// Several lines of writing. `dir="auto"` so a parent can write in Urdu on an English page and the
/// other way round.
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = 5)] rows: u32,
    /// Where unsaved text is kept while typing (see the `KeepWhileTyping` island); none for no keeping.
    #[prop(default = None)]
    keep_as: Option<String>,
) -> impl IntoView {
    let described = describedby(&name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    view! {
        <div class="field" class:field-with-error=has_error>
            <label class="label" for=name.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
            // Names this box's draft, so the server can let the browser forget it once saved.
            {keep_as.clone().map(|place| view! { <input type="hidden" name="kept-places" value=place /> })}
            <textarea
                class="input textarea"
                id=name.clone()
                name=name
                rows=rows
                dir="auto"
                data-keep-as=keep_as
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            >
                // Escaped here because Leptos does not escape a textarea's text (see raw_text.rs).
                {super::raw_text::escaped_for_raw_text(&value.unwrap_or_default())}
            </textarea>
        </div>
    }
}

/// A date as three boxes, day, month and year: the pattern that works on every phone and with
/// every screen reader (GOV.UK's). Inputs are `{name}-day`, `{name}-month`, `{name}-year`.
#[component]
pub fn DateField(
    #[prop(into)] name: String,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    /// Day, month and year as typed or saved.
    typed: [String; 3],
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = describedby(&name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let [day, month, year] = typed;
    let parts = [
        ("day", fl!(i18n, "date-day"), day, 2),
        ("month", fl!(i18n, "date-month"), month, 2),
        ("year", fl!(i18n, "date-year"), year, 4),
    ];
    view! {
        <div class="field" class:field-with-error=has_error>
            <fieldset class="fieldset" id=name.clone() aria-describedby=described tabindex="-1">
                <legend class="legend legend-small">{legend}</legend>
                {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
                <div class="date-parts">
                    {parts
                        .into_iter()
                        .map(|(part, label, value, width)| {
                            let id = format!("{name}-{part}");
                            view! {
                                <div class="date-part">
                                    <label class="label date-label" for=id.clone()>{label}</label>
                                    <input
                                        class=format!("input date-input date-input-{width}")
                                        id=id.clone()
                                        name=id
                                        type="text"
                                        inputmode="numeric"
                                        maxlength=width
                                        value=value
                                        aria-invalid=has_error.then_some("true")
                                    />
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A drop-down list, for long lists of short choices (year groups).
#[component]
pub fn SelectField(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    choices: Vec<RadioChoice>,
    #[prop(into)] selected: String,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let described = describedby(&name, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    view! {
        <div class="field" class:field-with-error=has_error>
            <label class="label" for=name.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
            <select class="input select" id=name.clone() name=name aria-describedby=described aria-invalid=has_error.then_some("true")>
                {choices
                    .into_iter()
                    .map(|choice| {
                        let chosen = choice.value == selected;
                        view! { <option value=choice.value selected=chosen>{choice.label.words()}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
