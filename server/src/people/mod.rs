//! People around a child's record: who can see it, invitations, sharing with advocates, the log, and
//! the family's own copy of their data. The access rule itself is `crate::access`.

mod invitations;
mod own_account;
mod shares;
mod your_data;

pub use shares::PeopleStore;
pub use your_data::delete_account;

#[cfg(test)]
mod tests;
