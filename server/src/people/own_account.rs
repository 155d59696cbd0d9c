//! A person's own account as the account page shows it. The signed-in `Viewer` is the only key: these
//! read and change that one account and no other.

use crate::storage::{self, one_row, unavailable, Db};
use heard_app::people::{MyAccount, NAME_MAX_CHARS};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;

pub(super) async fn my_account(pool: &Db, viewer: &Viewer) -> Result<MyAccount, RecordError> {
    let (name, email): (String, String) =
        storage::query_as("SELECT name, email FROM accounts WHERE id = $1")
            .bind(viewer.account_id)
            .fetch_optional(pool)
            .await
            .map_err(unavailable)?
            .ok_or(RecordError::NotFound)?;
    Ok(MyAccount { name, email })
}

pub(super) async fn set_my_name(pool: &Db, viewer: &Viewer, name: &str) -> Result<(), RecordError> {
    // The page checks the name (length, hidden characters); this only makes sure no longer one is kept.
    let name: String = name.trim().chars().take(NAME_MAX_CHARS).collect();
    let done = storage::query("UPDATE accounts SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(viewer.account_id)
        .execute(pool)
        .await
        .map_err(unavailable)?;
    one_row(done)
}
