//! One module per page. Each renders on the server; forms post back to the page's own path, where the
//! server either moves the person on or renders the page again with the problems and what they typed.

pub mod about_me;
pub mod account;
pub mod account_email;
pub mod advocate;
pub mod child_form;
pub mod child_overview;
pub mod coming_up;
pub mod component_examples;
pub mod create_account;
pub mod documents;
pub mod email_choices;
pub mod family;
pub mod goals;
pub mod help;
pub mod home;
pub mod info;
pub mod invitation;
pub mod language;
pub mod local_offer;
pub mod my_page;
pub mod next_steps;
pub mod offline;
pub mod pack_links;
pub mod passkeys;
pub mod people;
pub mod picture_cards;
pub mod prepare;
pub mod privacy;
pub mod progress;
pub mod reading_options;
pub mod refused;
pub mod reviews;
pub mod sign_in;
pub mod too_long;
pub mod your_data;
