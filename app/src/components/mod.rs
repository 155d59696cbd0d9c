//! Pieces every page uses. Form patterns follow the GOV.UK Design System that many families already
//! know: a label, a hint, the error beside the field, and an error summary at the top.

mod child_nav;
mod error_summary;
pub mod examples;
mod fields;
mod keep_on_phone;
mod layout;
mod next_steps;
mod not_found;
mod print_button;
mod progress_chart;
mod raw_text;
mod summaries;
mod symbol;
mod terms;

pub use child_nav::{ChildNav, RecordSection};
pub use error_summary::ErrorSummary;
pub use fields::{
    CheckboxGroup, DateField, NewPasswordField, PasswordField, RadioChoice, RadioGroup,
    SelectField, TextArea, TextField,
};
pub use keep_on_phone::KeepOnPhone;
pub use layout::{PageTitle, SiteFooter, SiteHeader};
pub use next_steps::{step_title, NextSteps};
pub use not_found::NotFoundPage;
pub use print_button::PrintButton;
// The Local Offer page still imports the date from here.
pub use progress_chart::{ChartPoint, ProgressChart};
pub use raw_text::escaped_for_raw_text;
pub use summaries::{details_list, share_terms};
pub use symbol::{symbol_of, EasyReadSymbol, WithSymbol, SYMBOLS};
pub use terms::{ExplainedTerms, WithTerms};
