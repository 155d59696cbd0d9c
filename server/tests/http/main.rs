//! The real server over HTTP (and the real `heard` binary where a test needs its own process), one
//! module a part of the site. They are one test binary so the whole server is linked once, not once a
//! file. Each test starts its own server on a free port with a SQLite file of its own, so they run
//! side by side as before.
//!
//! `crash.rs` and `backup.rs` stay binaries of their own (sharing `load/`): each drives eight writers
//! against a `heard serve` it kills with SIGKILL or backs up mid-load, and checks that every save the
//! server acknowledged is there. Run apart, that load does not slow the HTTP tests' servers, and the
//! kill timing is not upset by them, on a small machine.

#[path = "../common/mod.rs"]
mod common;

mod about_me;
mod account;
mod account_email;
mod body_limits;
mod connections;
mod defences;
mod documents;
mod goals;
mod hidden_characters;
mod import_oruk;
mod islands;
mod landing;
mod large_feed;
mod local_offer_pages;
mod mail;
mod pack_links;
mod passkeys;
mod people;
mod professionals;
mod record_forms;
mod reviews;
mod server_fns;
mod sign_in_limits;
mod site;
mod voice_notes;
mod watch;
