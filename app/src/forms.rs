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

/// The outcome for this page's form, if the server put one there.
pub fn use_form_outcome<Problem: Clone + Send + Sync + 'static>() -> Option<FormOutcome<Problem>> {
    use_context::<FormOutcome<Problem>>()
}

/// One problem as shown to a person: the field's id (to link to), and the message in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownProblem {
    pub field: Option<&'static str>,
    pub message: String,
}
