//! What a server function (`/api/…`, called by islands) answers when it cannot do what was asked: one
//! short code, never the detail behind it (the server logs that). The server gives each its HTTP
//! status (`heard_server::web::server_fns`).

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum ApiError {
    /// Nobody is signed in (or their session ran out).
    #[error("signed out")]
    SignedOut,
    /// What was sent is not what the function takes.
    #[error("bad request")]
    BadRequest,
    /// What was sent is bigger than any function takes.
    #[error("too large")]
    TooLarge,
    /// No such function.
    #[error("not found")]
    NotFound,
    /// A fault on our side, or (in the browser) the server could not be reached.
    #[error("unavailable")]
    Unavailable,
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    /// The framework's own failures: arguments it could not read are the caller's; the rest ours.
    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        match error {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => ApiError::BadRequest,
            _ => ApiError::Unavailable,
        }
    }
}
