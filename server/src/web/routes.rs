//! Every form a page answers, at the page's own address. The server reaches the pages only through
//! this table; what each form does is beside its page, in `heard_app::pages`.

use super::page_forms::{form, SignedOut::KeepForm, SignedOut::SignInThen};
use super::AppState;
use axum::Router;
/// Pages the server sends whole by itself, before any route is reached: a form too long to read, a
/// post from another site, and the switch for the test-only component examples.
pub use heard_app::pages::component_examples::show_component_examples;
pub use heard_app::pages::refused::cross_site_refusal_html;
pub use heard_app::pages::too_long::too_long_html;

use heard_app::pages::{
    about_me, account, child_form, documents, goals, invitation, local_offer, my_page, notes,
    pack_links, people, prepare, reviews, your_data,
};

pub fn page_forms() -> Router<AppState> {
    Router::new()
        // The person's own account.
        .route("/account/name", form(KeepForm, account::save_name))
        // The child's details.
        .route("/children/new", form(KeepForm, child_form::add_child))
        .route(
            "/children/{child}/edit",
            form(KeepForm, child_form::edit_child),
        )
        // All about me, and the young person's own page.
        .route(
            "/children/{child}/about-me/new",
            form(KeepForm, about_me::add_entry),
        )
        .route(
            "/children/{child}/about-me/{entry}",
            form(KeepForm, about_me::edit_entry),
        )
        .route(
            "/children/{child}/cards",
            form(KeepForm, my_page::choose_card),
        )
        .route(
            "/children/{child}/voice-notes/{note}/delete",
            form(KeepForm, my_page::delete_voice_note),
        )
        // Documents: adding one is a file upload, answered in `record_files`.
        .route(
            "/children/{child}/documents/{document}/delete",
            form(KeepForm, documents::delete_document),
        )
        // Notes from school and others.
        .route("/children/{child}/notes", form(KeepForm, notes::add_note))
        .route(
            "/children/{child}/notes/{note}",
            form(KeepForm, notes::edit_note),
        )
        .route(
            "/children/{child}/notes/{note}/delete",
            form(KeepForm, notes::delete_note),
        )
        // Goals, review points and getting ready for a review.
        .route(
            "/children/{child}/goals/new",
            form(KeepForm, goals::add_goal),
        )
        .route(
            "/children/{child}/goals/{goal}",
            form(KeepForm, goals::edit_goal),
        )
        .route(
            "/children/{child}/goals/{goal}/move",
            form(SignInThen(goals::goals_after_sign_in), goals::move_goal),
        )
        .route(
            "/children/{child}/goals/{goal}/state",
            form(
                SignInThen(goals::goals_after_sign_in),
                goals::set_goal_state,
            ),
        )
        .route(
            "/children/{child}/reviews/{review}",
            form(KeepForm, reviews::save_review),
        )
        .route(
            "/children/{child}/reviews/{review}/school",
            form(KeepForm, reviews::save_school_view),
        )
        .route(
            "/children/{child}/prepare",
            form(KeepForm, prepare::save_questions),
        )
        // Sharing the review pack by a link.
        .route(
            "/children/{child}/review-pack/share",
            form(KeepForm, pack_links::make_pack_link),
        )
        .route(
            "/children/{child}/review-pack/share/{link}/withdraw",
            form(KeepForm, pack_links::withdraw_pack_link),
        )
        // Who can see the record.
        .route(
            "/children/{child}/people/invite",
            form(KeepForm, people::invite),
        )
        .route(
            "/children/{child}/people/invitations/{invitation}/cancel",
            form(KeepForm, people::cancel_invitation),
        )
        .route(
            "/children/{child}/people/shares/{share}/withdraw",
            form(KeepForm, people::withdraw_share),
        )
        .route(
            "/children/{child}/people/parents/{account}/stop",
            form(KeepForm, people::stop_parent),
        )
        .route(
            "/children/{child}/take-control",
            form(KeepForm, people::take_control),
        )
        .route(
            "/invitations/{token}",
            form(
                SignInThen(invitation::invitation_after_sign_in),
                invitation::accept,
            ),
        )
        .route(
            "/children/{child}/delete",
            form(KeepForm, your_data::delete_child),
        )
        // The Local Offer: saving a service to a child's record, and forgetting it.
        .route(
            "/local-offer/services/{service}/save",
            form(KeepForm, local_offer::save_service),
        )
        .route(
            "/children/{child}/saved-services/{saved}/forget",
            form(
                SignInThen(local_offer::child_after_sign_in),
                local_offer::forget_saved_service,
            ),
        )
}
