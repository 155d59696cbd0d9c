//! Pieces every page uses. Form patterns follow the GOV.UK Design System that many families already
//! know: a label, a hint, the error beside the field, and an error summary at the top.

mod error_summary;
mod fields;
mod layout;

pub use error_summary::ErrorSummary;
pub use fields::{PasswordField, RadioChoice, RadioGroup, TextField};
pub use layout::{urlencode, PageTitle, SiteFooter, SiteHeader};
