//! What the server hands a page when a posted form needs another go: the problems found and what the
//! person typed, so the page shows the problems beside the fields and nothing typed is lost.

use leptos::prelude::*;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormOutcome<Problem> {
    pub problems: Vec<Problem>,
    /// Field name and value as typed. Passwords are never kept here.
    pub kept: Vec<(String, String)>,
}

impl<Problem: Clone + Send + Sync + 'static> FormOutcome<Problem> {
    pub fn kept_value(&self, field: &str) -> Option<String> {
        self.kept
            .iter()
            .find_map(|(name, value)| (name == field).then(|| value.clone()))
    }
}

/// What a person typed into this page's form while signed out (their session had run out), handed
/// back by the server once they signed in again, so they only have to press save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptAfterSignIn(pub Vec<(String, String)>);

/// The outcome for this page's form, if the server put one there.
pub fn use_form_outcome<Problem: Clone + Send + Sync + 'static>() -> Option<FormOutcome<Problem>> {
    use_context::<FormOutcome<Problem>>().or_else(|| {
        let parts = use_context::<http::request::Parts>()?;
        let kept = parts.extensions.get::<KeptAfterSignIn>()?;
        Some(FormOutcome {
            problems: Vec::new(),
            kept: kept.0.clone(),
        })
    })
}

/// One problem as shown to a person: the field's id (to link to), and the message in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownProblem {
    pub field: Option<String>,
    pub message: String,
}

/// The message to show beside a field, if any.
pub fn for_field(problems: &[ShownProblem], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field.as_deref() == Some(field))
        .map(|p| p.message.clone())
}
