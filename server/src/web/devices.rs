//! Where a sign-in comes from (the client's address and device cookie), and giving a device its
//! cookie after a right password. See `client_address`, `known_device` and `sign_in_limit`.

use super::account::long_lived_cookie;
use super::{cookie_value, AppState};
use crate::accounts::Account;
use crate::client_address;
use crate::known_device;
use crate::sign_in_limit::TriedFrom;
use crate::storage::unix_seconds_now;
use axum::http::{header, request::Parts};
use axum::response::Response;

pub(crate) fn tried_from(state: &AppState, parts: &Parts) -> TriedFrom {
    TriedFrom {
        address: client_address::of_request(parts, &state.trusted_proxies),
        device: cookie_value(&parts.headers, known_device::COOKIE),
    }
}

/// The device is known for the account from now on: it gets a new device cookie with the response.
pub(crate) async fn remember_device(
    state: &AppState,
    parts: &Parts,
    account: &Account,
    mut response: Response,
) -> Response {
    let presented = cookie_value(&parts.headers, known_device::COOKIE);
    match known_device::remember(
        &state.pool,
        account.id,
        presented.as_deref(),
        unix_seconds_now(),
    )
    .await
    {
        Ok(token) => {
            response.headers_mut().append(
                header::SET_COOKIE,
                long_lived_cookie(known_device::COOKIE, token, state.secure_cookies),
            );
        }
        // Signing in still works; the device is just not known next time.
        Err(error) => tracing::error!(%error, "could not remember the device signed in on"),
    }
    response
}
