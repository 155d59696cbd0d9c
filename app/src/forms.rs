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

    /// Every value given for a field that may have several (tick boxes).
    pub fn kept_values(&self, field: &str) -> Vec<String> {
        self.kept
            .iter()
            .filter(|(name, _)| name == field)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

/// Everything typed but a password: what goes back to a page shown again. A password never does
/// (`password`, `current-password`, any field named for one).
pub fn kept_without_password(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .filter(|(name, _)| !name.ends_with("password"))
        .cloned()
        .collect()
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

/// A problem with a form, as a person is shown it.
pub trait FormProblem {
    /// The id of the field it is about, to show it beside and link to from the summary.
    fn field_id(&self) -> Option<String>;
    /// What it says, in the person's language.
    fn message(&self, i18n: &i18n_embed::fluent::FluentLanguageLoader) -> String;
}

/// Every problem a form came back with, as shown: beside its field and in the summary at the top.
pub fn shown<P: FormProblem + Clone + Send + Sync + 'static>(
    outcome: &Option<FormOutcome<P>>,
    i18n: &i18n_embed::fluent::FluentLanguageLoader,
) -> Vec<ShownProblem> {
    outcome
        .iter()
        .flat_map(|outcome| outcome.problems.iter())
        .map(|problem| ShownProblem {
            field: problem.field_id(),
            message: problem.message(i18n),
        })
        .collect()
}

/// The message to show beside a field, if any.
pub fn for_field(problems: &[ShownProblem], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field.as_deref() == Some(field))
        .map(|p| p.message.clone())
}

/// A form as posted to a page, handed to the page's own `submit` by the server's one form adapter
/// (`heard_server::web::page_forms`): who sent it, what they typed, the numbers in the page's address,
/// and the services for this request (one access check per child however often they are asked).
#[derive(Clone)]
pub struct Posted {
    pub viewer: crate::scope::Viewer,
    pub fields: Vec<(String, String)>,
    /// The named parts of the address (`child`, `goal` …) as the route table names them.
    pub address: Address,
    /// The address's query (`?part=…`), when there is one.
    pub query: Option<String>,
    pub records: crate::services::Records,
    pub people: crate::services::PeopleService,
    pub directory: crate::services::Directory,
    pub today: crate::record::dates::Date,
}

impl Posted {
    /// A field as typed; empty when the form did not send it.
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    }

    /// A number from the address, like the child's id; `None` when it is not a number.
    pub fn number(&self, name: &str) -> Option<i64> {
        self.address.number(name)
    }

    /// The page again with these problems beside their fields and everything typed but a password.
    pub fn again<P: Clone + Send + Sync + 'static>(&self, problems: Vec<P>) -> Reply {
        Reply::show(
            http::StatusCode::UNPROCESSABLE_ENTITY,
            FormOutcome {
                problems,
                kept: self.kept(),
            },
        )
    }

    /// What was typed, less any password: what goes back to the page.
    pub fn kept(&self) -> Vec<(String, String)> {
        kept_without_password(&self.fields)
    }

    /// After a save: on to `next` when it worked. A conflict shows the form again and says so beside
    /// it (409); storage failing shows it again to try once more (503); a missing or other family's
    /// record is a plain "not found" (404), never told apart.
    pub fn answer<T>(&self, saved: Result<T, crate::services::RecordError>, next: &str) -> Reply {
        use crate::record::problems::{FieldProblem, Problem};
        use crate::services::RecordError;
        match saved {
            Ok(_) => Reply::Next(next.to_string()),
            Err(RecordError::ChangedMeanwhile) => Reply::show(
                http::StatusCode::CONFLICT,
                FormOutcome {
                    problems: vec![FieldProblem::new(
                        "changed-meanwhile",
                        Problem::ChangedMeanwhile,
                    )],
                    kept: self.kept(),
                },
            ),
            Err(RecordError::NotFound) => Reply::not_found(),
            Err(RecordError::Unavailable) => Reply::show(
                http::StatusCode::SERVICE_UNAVAILABLE,
                FormOutcome::<FieldProblem> {
                    problems: vec![],
                    kept: self.kept(),
                },
            ),
        }
    }
}

/// The named parts of a page's address, as the route table names them (`child`, `goal` …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address(pub Vec<(String, String)>);

impl Address {
    /// A number, like the child's id; `None` when it is missing or not a number.
    pub fn number(&self, name: &str) -> Option<i64> {
        self.text(name).parse().ok()
    }

    /// A piece of text, like an invitation's secret; empty when missing.
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    }
}

/// What a page's `submit` answers.
#[derive(Clone)]
pub enum Reply {
    /// Done: on to this address. The drafts of the form's text boxes are forgotten.
    Next(String),
    /// The same page again with this status, and what it needs to know (the problems, what was
    /// typed, a refusal) put in its context.
    Show {
        status: http::StatusCode,
        with: std::sync::Arc<dyn Fn() + Send + Sync>,
    },
}

impl Reply {
    pub fn show<C: Clone + Send + Sync + 'static>(status: http::StatusCode, context: C) -> Reply {
        Reply::Show {
            status,
            with: std::sync::Arc::new(move || provide_context(context.clone())),
        }
    }

    /// "Not found", for a record that is not there or not this person's.
    pub fn not_found() -> Reply {
        Reply::show(http::StatusCode::NOT_FOUND, ())
    }

    /// Not from our pages (a button value no page offers): nothing changes.
    pub fn bad_request() -> Reply {
        Reply::show(http::StatusCode::BAD_REQUEST, ())
    }
}
