//! `heard demo --markup-in-text`: the demo family with markup in every piece of text a person or a
//! feed can supply, to check that every page shows it as text. It is how the browser test
//! `tests/e2e/markup.test.mjs` proves that no typed text becomes an element or runs as script, and an
//! operator can point the same check at a test copy of their own deployment. Never run it on a real
//! database: the words are made unreadable on purpose.
//!
//! The words are appended in the database after the demo is filled, so they reach every page exactly
//! as if they had been typed (forms refuse none of these characters: `<`, quotes and `&` are ordinary
//! text). The Local Offer's are put into the feed before it is imported, as a council's feed would
//! carry them.

use crate::storage;
use crate::storage::Db;
use heard_app::people::{NewInvitation, Role};
use heard_app::scope::Viewer;
use heard_app::services::People;

/// Closes every element whose text the browser reads raw, leaves an attribute, and adds elements and
/// script that must never come to exist. Each would-be element carries `data-injected`, and the
/// scripts set `window.__injected`, which the browser test looks for.
pub const MARKUP: &str = " \"'><b data-injected>b</b></textarea></title></style></script></noscript>\
<script data-injected>window.__injected=1</script><img data-injected src=x onerror=\"window.__injected=1\">\
<svg data-injected onload=\"window.__injected=1\"></svg>&amp;";

/// Every column that holds words a person typed, in the family's record and around it. A new column
/// of typed text belongs here too.
const TYPED_TEXT: &[(&str, &str)] = &[
    ("accounts", "name"),
    ("children", "called_name"),
    ("children", "setting"),
    ("about_me_versions", "body"),
    ("goals", "outcome"),
    ("goals", "support"),
    ("goals", "measure"),
    ("review_points", "what_is_working"),
    ("review_points", "what_is_not_working"),
    ("review_points", "questions"),
    ("goal_ratings", "family_comment"),
    ("goal_ratings", "young_person_comment"),
    ("goal_ratings", "school_comment"),
    ("goal_ratings", "school_organisation"),
    ("saved_services", "note"),
    ("documents", "note"),
    ("documents", "file_name"),
    ("professional_notes", "text"),
    ("professional_notes", "writer_name"),
    ("professional_notes", "organisation"),
    ("pack_links", "for_name"),
    ("invitations", "for_name"),
    ("invitations", "organisation"),
    ("shares", "organisation"),
    ("access_log", "who"),
    ("passkeys", "name"),
];

/// The keys of an Open Referral UK feed that carry words shown to families.
const FEED_TEXT_KEYS: &[&str] = &[
    "name",
    "description",
    "eligibility_description",
    "fees",
    "title",
    "address_1",
    "city",
];

/// The demo feed with markup added to its words, and a `javascript:` address on its first service
/// (a link that must never be made of it).
pub fn marked_feed(feed: &[u8]) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_slice(feed).expect("the demo feed is JSON");
    mark_feed_words(&mut value);
    if let Some(first) = value
        .get_mut("contents")
        .and_then(|contents| contents.get_mut(0))
    {
        first["url"] = serde_json::Value::String("javascript:window.__injected=1".into());
    }
    serde_json::to_vec(&value).expect("JSON writes")
}

fn mark_feed_words(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                match field {
                    serde_json::Value::String(text) if FEED_TEXT_KEYS.contains(&key.as_str()) => {
                        text.push_str(MARKUP);
                    }
                    _ => mark_feed_words(field),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(mark_feed_words),
        _ => {}
    }
}

/// Adds markup to every typed text of the filled demo, and a pending invitation, a kept draft and a
/// note from school, which the demo otherwise has none of.
pub async fn mark_every_text(pool: &Db, parent: &Viewer, child_id: i64) -> Result<(), sqlx::Error> {
    let people = crate::people::PeopleStore::new(pool.clone());
    people
        .invite(
            parent,
            child_id,
            &NewInvitation {
                role: Role::ParentOrCarer,
                for_name: "Nana".into(),
                child_id: None,
                parts: Vec::new(),
                may_change: false,
                until: None,
                email_to: None,
                job: None,
                organisation: String::new(),
            },
        )
        .await
        .map_err(|_| sqlx::Error::RowNotFound)?;
    storage::query("INSERT INTO drafts (account_id, place, body, saved_at) VALUES ($1, $2, $3, 0)")
        .bind(parent.account_id)
        .bind(format!("child/{child_id}/about-me/new/hopes-and-dreams"))
        .bind("A draft kept while the session ran out")
        .execute(pool)
        .await?;
    // A passkey, so its name (typed when it was added) is on the passkeys page. The page lists
    // passkeys without reading the credential, so none is needed to show it.
    storage::query(
        "INSERT INTO passkeys (account_id, credential_id, name, credential, added_at)
         VALUES ($1, 'demo-markup-passkey', 'My phone', '{}', 0)",
    )
    .bind(parent.account_id)
    .execute(pool)
    .await?;
    // A note from school (the demo invites no professional), so the notes page has one to show.
    storage::query(
        "INSERT INTO professional_notes (child_id, about, text, written_by, writer_name, writer_job,
             organisation, written_at)
         VALUES ($1, '2026-11-20', 'Settled well after lunch', NULL, 'Ms Patel', 'senco',
             'Riverside Academy', 0)",
    )
    .bind(child_id)
    .execute(pool)
    .await?;
    // Table and column names come from the list above, never from input.
    for (table, column) in TYPED_TEXT {
        storage::query(&format!(
            "UPDATE {table} SET {column} = {column} || $1 WHERE {column} IS NOT NULL"
        ))
        .bind(MARKUP)
        .execute(pool)
        .await?;
    }
    Ok(())
}
