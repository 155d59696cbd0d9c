//! Pieces every page uses. Form patterns follow the GOV.UK Design System that many families already
//! know: a label, a hint, the error beside the field, and an error summary at the top.

mod child_nav;
mod error_summary;
pub mod examples;
mod fields;
mod layout;
mod next_steps;
mod progress_chart;
mod raw_text;
mod symbol;
mod terms;

pub use child_nav::{ChildNav, RecordPart};
pub use error_summary::ErrorSummary;
pub use fields::{
    CheckboxGroup, DateField, PasswordField, RadioChoice, RadioGroup, SelectField, TextArea,
    TextField,
};
pub use layout::{encode_component, urlencode, PageTitle, SiteFooter, SiteHeader};
pub use next_steps::{long_date, step_title, NextSteps};
pub use progress_chart::{ChartPoint, ProgressChart};
pub use raw_text::escaped_for_raw_text;
pub use symbol::{symbol_of, EasyReadSymbol, WithSymbol, SYMBOLS};
pub use terms::{ExplainedTerms, WithTerms};
