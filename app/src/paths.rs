//! Every page address of the site, built in one place: pages link with these, forms post to them and
//! the server redirects to them. (The route patterns in `shell.rs` and the server's route table are
//! the other half: Leptos and axum need those as literals.)
//!
//! Ids are numbers and so safe in a path; anything else a person or a feed supplies is encoded.

use crate::record::about_me::AboutMePart;

pub const HOME: &str = "/";
pub const FAMILY: &str = "/family";
/// Where each person begins: the server sends them on to their family, their own page or the
/// families they help (`paths::landing`).
pub const START: &str = "/start";
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_OUT: &str = "/sign-out";
pub const CREATE_ACCOUNT: &str = "/account/new";
pub const ACCOUNT: &str = "/account";
pub const ACCOUNT_NAME: &str = "/account/name";
pub const DELETE_ACCOUNT: &str = "/account/delete";
pub const ACCOUNT_DELETED: &str = "/account/deleted";
pub const FORGOT_PASSWORD: &str = "/forgot-password";
pub const CHANGE_EMAIL: &str = "/account/email";
pub const CHANGE_PASSWORD: &str = "/account/password";
pub const SIGN_OUT_EVERYWHERE: &str = "/account/sign-out-everywhere";
pub const CONFIRM_AGAIN: &str = "/account/confirm-again";
/// The account's passkeys: listed, added, removed.
pub const PASSKEYS: &str = "/account/passkeys";
/// The first and second halves of adding a passkey (the script posts JSON to them).
pub const PASSKEY_ADD_START: &str = "/account/passkeys/start";
pub const PASSKEY_ADD_FINISH: &str = "/account/passkeys/finish";
/// The first and second halves of signing in with a passkey.
pub const PASSKEY_SIGN_IN_START: &str = "/sign-in/passkey/start";
pub const PASSKEY_SIGN_IN_FINISH: &str = "/sign-in/passkey/finish";
/// The script that talks to the browser's passkeys, sent only on the two pages that use it.
pub const PASSKEYS_SCRIPT: &str = "/passkeys.js";
/// Shows the Print buttons (hidden without JavaScript, where the browser's menu is the way).
pub const PRINT_SCRIPT: &str = "/print.js";
/// Where drafts are kept while typing: the `keep_draft` server function, which the island posts to
/// as a plain form.
pub const KEEP_DRAFT: &str = "/api/keep-draft";
/// "Keep this record on this phone", on a child's record (hidden without a service worker).
pub const KEEP_ON_PHONE_SCRIPT: &str = "/keep-on-phone.js";
/// Adding Heard to the home screen: the web app manifest, the service worker that keeps Heard's own
/// files on the phone, the script every page starts it with, and the page it shows offline.
pub const MANIFEST: &str = "/manifest.webmanifest";
pub const SERVICE_WORKER: &str = "/service-worker.js";
pub const SERVICE_WORKER_START: &str = "/service-worker-start.js";
pub const OFFLINE: &str = "/offline";

/// Removing one passkey (a plain form post).
pub fn remove_passkey(id: i64) -> String {
    format!("{PASSKEYS}/{id}/remove")
}

/// The passkeys page asking whether to remove this one.
pub fn confirm_remove_passkey(id: i64) -> String {
    format!("{PASSKEYS}?remove={id}")
}
pub const ADD_CHILD: &str = "/children/new";
pub const ADVOCATE: &str = "/advocate";
/// A school's or other professional's start page: the children families shared with them.
pub const PROFESSIONAL: &str = "/professional";
pub const LOCAL_OFFER: &str = "/local-offer";
pub const HELP: &str = "/help";
pub const GLOSSARY: &str = "/help/words";
pub const PRIVACY: &str = "/privacy";
pub const LANGUAGE: &str = "/language";
pub const READING_OPTIONS: &str = "/reading-options";
/// Which emails a person wants (linked from the account page and from every reminder).
pub const EMAIL_CHOICES: &str = "/account/emails";

/// The information pages, by the id in their address (`/help/ID`) and messages (`info-ID-*`).
pub const HELP_TOPICS: [&str; 6] = [
    "sen-support",
    "ehc-plan",
    "rights",
    "adulthood",
    "complain",
    "advice",
];

/// Sign in, then come back to `return_to`.
pub fn sign_in_then(return_to: &str) -> String {
    format!("{SIGN_IN}?return_to={}", urlencode(return_to))
}

/// The header's "Sign in" from the page at `here` (path and query): back to `here` afterwards. On the
/// sign-in and create-account pages it keeps their own way back instead of returning to themselves.
pub fn header_sign_in(here: &str) -> String {
    for page in [SIGN_IN, CREATE_ACCOUNT] {
        if let Some(query) = here.strip_prefix(page) {
            if query.is_empty() || query.starts_with('?') {
                return format!("{SIGN_IN}{query}");
            }
        }
    }
    sign_in_then(here)
}

/// Where a person lands after signing in with nowhere else to go: a young person with only their own
/// record on their own page, an advocate with only families they help on those; anyone with children
/// of their own, more than one of these, or nothing yet on the family page (which links to each).
/// A school's or other professional with only children shared with them in that role lands on theirs.
pub fn landing(
    has_children: bool,
    own_record: Option<i64>,
    families_helped: usize,
    children_as_professional: usize,
) -> String {
    match (
        has_children,
        own_record,
        families_helped,
        children_as_professional,
    ) {
        (false, Some(id), 0, 0) => my_page(id),
        (false, None, helped, _) if helped > 0 => ADVOCATE.to_string(),
        (false, None, 0, shared) if shared > 0 => PROFESSIONAL.to_string(),
        _ => FAMILY.to_string(),
    }
}

/// Create an account, then come back to `return_to`.
pub fn create_account_then(return_to: &str) -> String {
    format!("{CREATE_ACCOUNT}?return_to={}", urlencode(return_to))
}

/// Choose a language, then come back to `return_to`.
pub fn language_then(return_to: &str) -> String {
    format!("{LANGUAGE}?return_to={}", urlencode(return_to))
}

/// Reading options, then come back to `return_to`.
pub fn reading_options_then(return_to: &str) -> String {
    format!("{READING_OPTIONS}?return_to={}", urlencode(return_to))
}

/// Reading options just saved, with the way back.
pub fn reading_options_saved(return_to: &str) -> String {
    format!(
        "{READING_OPTIONS}?saved=1&return_to={}",
        urlencode(return_to)
    )
}

/// A help topic.
pub fn help_topic(topic: &str) -> String {
    format!("{HELP}/{topic}")
}

/// A word explained on the glossary page.
pub fn glossary_term(anchor: &str) -> String {
    format!("{GLOSSARY}#{anchor}")
}

/// One service of the Local Offer (its id comes from the council's feed, so it is encoded).
pub fn service(id: &str) -> String {
    format!("{LOCAL_OFFER}/services/{}", encode_component(id))
}

/// Following an invitation (the token is the invitation's secret).
pub fn accept_invitation(token: &str) -> String {
    format!("/invitations/{token}")
}

/// A child's record: the overview.
pub fn child(child_id: i64) -> String {
    format!("/children/{child_id}")
}

/// A part of a child's record: `child_part(3, "/goals")` is `/children/3/goals`.
pub fn child_part(child_id: i64, part: &str) -> String {
    format!("/children/{child_id}{part}")
}

pub fn edit_child(child_id: i64) -> String {
    child_part(child_id, "/edit")
}

pub fn saved_services(child_id: i64) -> String {
    child_part(child_id, "#saved-services")
}

pub fn forget_saved_service(child_id: i64, saved_id: i64) -> String {
    child_part(child_id, &format!("/saved-services/{saved_id}/forget"))
}

/// The documents kept on a child's record (the EHC plan, reports, letters).
pub fn documents(child_id: i64) -> String {
    child_part(child_id, "/documents")
}

/// One document's file, always downloaded, never shown as a page.
pub fn document_file(child_id: i64, document_id: i64) -> String {
    format!("{}/{document_id}", documents(child_id))
}

pub fn delete_document(child_id: i64, document_id: i64) -> String {
    format!("{}/delete", document_file(child_id, document_id))
}

/// Notes from school and others on a child's record.
pub fn notes(child_id: i64) -> String {
    child_part(child_id, "/notes")
}

/// Changing one's own note.
pub fn note(child_id: i64, note_id: i64) -> String {
    format!("{}/{note_id}", notes(child_id))
}

pub fn delete_note(child_id: i64, note_id: i64) -> String {
    format!("{}/delete", note(child_id, note_id))
}

pub fn about_me(child_id: i64) -> String {
    child_part(child_id, "/about-me")
}

/// The id of a part's section on the all about me page, to come back to after a save.
pub fn about_me_section_id(part: AboutMePart) -> String {
    format!("about-me-{}", part.code())
}

/// The all about me page, opened at a part's section.
pub fn about_me_part(child_id: i64, part: AboutMePart) -> String {
    format!("{}#{}", about_me(child_id), about_me_section_id(part))
}

/// Adding an entry to a part of all about me.
pub fn add_about_me_entry(child_id: i64, part: AboutMePart) -> String {
    format!("{}/new?part={}", about_me(child_id), part.code())
}

pub fn about_me_entry(child_id: i64, entry_id: i64) -> String {
    format!("{}/{entry_id}", about_me(child_id))
}

pub fn about_me_entry_history(child_id: i64, entry_id: i64) -> String {
    format!("{}/history", about_me_entry(child_id, entry_id))
}

pub fn goals(child_id: i64) -> String {
    child_part(child_id, "/goals")
}

pub fn add_goal(child_id: i64) -> String {
    format!("{}/new", goals(child_id))
}

pub fn goal(child_id: i64, goal_id: i64) -> String {
    format!("{}/{goal_id}", goals(child_id))
}

/// The goals page, scrolled to one goal.
pub fn goal_on_list(child_id: i64, goal_id: i64) -> String {
    format!("{}#goal-{goal_id}", goals(child_id))
}

pub fn goal_move(child_id: i64, goal_id: i64) -> String {
    format!("{}/move", goal(child_id, goal_id))
}

pub fn goal_state(child_id: i64, goal_id: i64) -> String {
    format!("{}/state", goal(child_id, goal_id))
}

pub fn reviews(child_id: i64) -> String {
    child_part(child_id, "/reviews")
}

pub fn review(child_id: i64, review_id: i64) -> String {
    format!("{}/{review_id}", reviews(child_id))
}

/// Where a professional's view of a review point is posted.
pub fn school_view(child_id: i64, review_id: i64) -> String {
    format!("{}/school", review(child_id, review_id))
}

pub fn progress(child_id: i64) -> String {
    child_part(child_id, "/progress")
}

pub fn next_steps(child_id: i64) -> String {
    child_part(child_id, "/next-steps")
}

pub fn prepare(child_id: i64) -> String {
    child_part(child_id, "/prepare")
}

pub fn review_pack(child_id: i64) -> String {
    child_part(child_id, "/review-pack")
}

/// The review pack in English for the school, whatever the family's language.
pub fn review_pack_for_school(child_id: i64) -> String {
    format!("{}?for=school", review_pack(child_id))
}

/// Sharing the review pack by a link: making one, the links that work, withdrawing one.
pub fn share_pack(child_id: i64) -> String {
    child_part(child_id, "/review-pack/share")
}

/// Asks "withdraw this link?" on the sharing page.
pub fn ask_withdraw_pack_link(child_id: i64, link_id: i64) -> String {
    format!("{}?withdraw={link_id}#withdraw", share_pack(child_id))
}

pub fn withdraw_pack_link(child_id: i64, link_id: i64) -> String {
    format!("{}/{link_id}/withdraw", share_pack(child_id))
}

/// Where a shared pack is opened, with no account: the secret is the key (never logged).
pub const PACK_LINK_PREFIX: &str = "/pack/";

/// A document chosen to go with a shared pack, downloaded through its link.
pub fn pack_link_document(secret: &str, document_id: i64) -> String {
    format!("{PACK_LINK_PREFIX}{secret}/documents/{document_id}")
}

pub fn people(child_id: i64) -> String {
    child_part(child_id, "/people")
}

pub fn invite(child_id: i64) -> String {
    format!("{}/invite", people(child_id))
}

pub fn invitation(child_id: i64, invitation_id: i64) -> String {
    format!("{}/invitations/{invitation_id}", people(child_id))
}

pub fn cancel_invitation(child_id: i64, invitation_id: i64) -> String {
    format!("{}/cancel", invitation(child_id, invitation_id))
}

pub fn withdraw_share(child_id: i64, share_id: i64) -> String {
    format!("{}/shares/{share_id}/withdraw", people(child_id))
}

pub fn stop_parent(child_id: i64, account_id: i64) -> String {
    format!("{}/parents/{account_id}/stop", people(child_id))
}

/// Who has looked at the record.
pub fn seen(child_id: i64) -> String {
    child_part(child_id, "/seen")
}

pub fn my_page(child_id: i64) -> String {
    child_part(child_id, "/my-page")
}

pub fn take_control(child_id: i64) -> String {
    child_part(child_id, "/take-control")
}

pub fn cards(child_id: i64) -> String {
    child_part(child_id, "/cards")
}

/// The young person's page showing this picture card, scrolled to it.
pub fn my_page_card(child_id: i64, card: crate::record::cards::Card) -> String {
    format!("{}?card={}#card-now", my_page(child_id), card.code())
}

/// The young person's page just after this card was sorted: it says where the card is now and
/// shows the next card to sort.
pub fn my_page_sorted(child_id: i64, card: crate::record::cards::Card) -> String {
    format!("{}?sorted={}#card-now", my_page(child_id), card.code())
}

pub fn voice_notes(child_id: i64) -> String {
    child_part(child_id, "/voice-notes")
}

pub fn voice_note(child_id: i64, note_id: i64) -> String {
    format!("{}/{note_id}", voice_notes(child_id))
}

pub fn your_data(child_id: i64) -> String {
    child_part(child_id, "/your-data")
}

pub fn record_copy(child_id: i64) -> String {
    format!("{}/copy", your_data(child_id))
}

pub fn download(child_id: i64) -> String {
    child_part(child_id, "/download.json")
}

pub fn delete_child(child_id: i64) -> String {
    child_part(child_id, "/delete")
}

/// Percent-encodes a path for use as a query value (`/` is kept: it is safe there).
pub fn urlencode(text: &str) -> String {
    percent_encode(text, b"/")
}

/// Percent-encodes everything but the unreserved characters, so any text is safe in one path
/// segment or one query value (service ids come from a council's feed and may hold `/` or `?`).
pub fn encode_component(text: &str) -> String {
    percent_encode(text, b"")
}

fn percent_encode(text: &str, also_unescaped: &[u8]) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) || also_unescaped.contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_links_encode_ids() {
        assert_eq!(service("la/1 2?x"), "/local-offer/services/la%2F1%202%3Fx");
    }

    #[test]
    fn paths_read_as_the_routes_do() {
        assert_eq!(child(3), "/children/3");
        assert_eq!(goals(3), "/children/3/goals");
        assert_eq!(goal_move(3, 8), "/children/3/goals/8/move");
        assert_eq!(goal_on_list(3, 8), "/children/3/goals#goal-8");
        assert_eq!(
            add_about_me_entry(3, AboutMePart::ImportantToMe),
            "/children/3/about-me/new?part=important-to-me"
        );
        assert_eq!(
            about_me_part(3, AboutMePart::ImportantToMe),
            "/children/3/about-me#about-me-important-to-me"
        );
        assert_eq!(stop_parent(3, 5), "/children/3/people/parents/5/stop");
        assert_eq!(pack_link_document("ab12", 5), "/pack/ab12/documents/5");
        assert_eq!(
            sign_in_then("/children/3/goals"),
            "/sign-in?return_to=/children/3/goals"
        );
        assert_eq!(sign_in_then("/a?b=c"), "/sign-in?return_to=/a%3Fb%3Dc");
        assert_eq!(header_sign_in("/help"), "/sign-in?return_to=/help");
        assert_eq!(landing(false, Some(4), 0, 0), "/children/4/my-page");
        assert_eq!(landing(false, None, 2, 0), "/advocate");
        assert_eq!(landing(false, None, 0, 2), "/professional");
        assert_eq!(landing(false, Some(4), 1, 0), "/family");
        assert_eq!(landing(false, Some(4), 0, 1), "/family");
        assert_eq!(landing(true, Some(4), 0, 0), "/family");
        assert_eq!(landing(true, None, 1, 0), "/family");
        assert_eq!(landing(true, None, 0, 1), "/family");
        assert_eq!(landing(false, None, 0, 0), "/family");
        assert_eq!(
            header_sign_in("/sign-in?return_to=/x"),
            "/sign-in?return_to=/x"
        );
        assert_eq!(
            header_sign_in("/account/new?return_to=/x"),
            "/sign-in?return_to=/x"
        );
        assert_eq!(
            header_sign_in("/account/newer"),
            "/sign-in?return_to=/account/newer"
        );
        assert_eq!(service("a/b?c"), "/local-offer/services/a%2Fb%3Fc");
    }
}
