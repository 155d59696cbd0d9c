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
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] spellcheck: Option<bool>,
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

/// One choice in a radio group.
#[derive(Debug, Clone)]
pub struct RadioChoice {
    pub value: &'static str,
    pub label: String,
    /// Set when the label is in another language than the page (a language's own name).
    pub lang: Option<&'static str>,
}

/// A group of radio buttons in a fieldset whose legend asks the question.
#[component]
pub fn RadioGroup(
    name: &'static str,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    choices: Vec<RadioChoice>,
    selected: String,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <fieldset class="fieldset" aria-describedby=described>
            <legend class="legend">{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <div class="radios">
                {choices
                    .into_iter()
                    .map(|choice| {
                        let id = format!("{name}-{}", choice.value);
                        let checked = choice.value == selected;
                        view! {
                            <div class="radio">
                                <input class="radio-input" type="radio" id=id.clone() name=name value=choice.value checked=checked />
                                <label class="radio-label" for=id lang=choice.lang>{choice.label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
