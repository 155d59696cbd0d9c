//! The words of each reminder, in the recipient's language, from Fluent messages (`reminder-…`).
//! Subjects never name the child; bodies say only what the person needs, and a link to act on it.

use super::due::{Due, What};
use super::{language_of, reachable, to_person, Person};
use crate::mail::{Email, Recipient};
use crate::storage;
use crate::storage::Db;
use heard_app::components::step_title;
use heard_app::i18n::{loader, FluentLanguageLoader};
use heard_app::locale::Locale;
use heard_app::paths;
use heard_app::reminders::ReminderKind;
use heard_app::words::{long_date, long_date_of_time, record_parts_words, term_words};
use std::collections::HashMap;

/// A message with its variables.
fn say(i18n: &FluentLanguageLoader, id: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<&str, String> = args.iter().cloned().collect();
    i18n.get_args(id, args)
}

fn hello(i18n: &FluentLanguageLoader, name: &str) -> String {
    if name.trim().is_empty() {
        i18n.get("reminder-hello-no-name")
    } else {
        say(i18n, "reminder-hello", &[("name", name.trim().to_string())])
    }
}

/// The email for `due`, or `None` when its recipient turned this kind off (or has gone).
pub async fn write(pool: &Db, due: &Due, origin: &str) -> Result<Option<Email>, sqlx::Error> {
    let link = |path: String| format!("{origin}{path}");
    let choices = link(paths::EMAIL_CHOICES.to_string());
    let to = |account_id: i64| reachable(pool, account_id, due.kind);
    let written = |person: &Person, subject: &str, body: Vec<String>| {
        let i18n = loader(person.locale);
        let mut paragraphs = vec![hello(i18n, &person.name)];
        paragraphs.extend(body);
        paragraphs.push(say(i18n, "reminder-footer", &[("link", choices.clone())]));
        to_person(person, i18n.get(subject), paragraphs)
    };
    Ok(match &due.what {
        What::Review {
            account_id,
            child_id,
            child_name,
            term,
        } => to(*account_id).await?.map(|person| {
            let i18n = loader(person.locale);
            let body = vec![
                say(
                    i18n,
                    "reminder-review-body",
                    &[
                        ("name", child_name.clone()),
                        ("term", term_words(*term, i18n)),
                        ("date", long_date(i18n, due.due_on)),
                    ],
                ),
                say(
                    i18n,
                    "reminder-review-prepare",
                    &[("link", link(paths::prepare(*child_id)))],
                ),
            ];
            written(&person, "reminder-review-subject", body)
        }),
        What::Deadline {
            account_id,
            child_id,
            child_name,
            step,
            passed,
        } => to(*account_id).await?.map(|person| {
            let i18n = loader(person.locale);
            let (subject, body) = if *passed {
                (
                    "reminder-deadline-passed-subject",
                    "reminder-deadline-passed-body",
                )
            } else {
                (
                    "reminder-deadline-soon-subject",
                    "reminder-deadline-soon-body",
                )
            };
            let body = vec![
                say(
                    i18n,
                    body,
                    &[
                        ("name", child_name.clone()),
                        ("step", step_title(i18n, *step)),
                        ("date", long_date(i18n, due.due_on)),
                    ],
                ),
                say(
                    i18n,
                    "reminder-deadline-more",
                    &[("link", link(paths::next_steps(*child_id)))],
                ),
            ];
            written(&person, subject, body)
        }),
        What::Invitation {
            address,
            invited_by,
            token,
            expires_at,
        } => {
            invitation(
                pool,
                address,
                *invited_by,
                &link(paths::accept_invitation(token)),
                *expires_at,
            )
            .await?
        }
        What::Changed {
            account_id,
            child_id,
            child_name,
            who,
            parts,
        } => to(*account_id).await?.map(|person| {
            let i18n = loader(person.locale);
            let body = vec![
                say(
                    i18n,
                    "reminder-changed-body",
                    &[
                        ("who", who.join(", ")),
                        ("parts", record_parts_words(parts, i18n)),
                        ("name", child_name.clone()),
                        ("date", long_date(i18n, due.due_on)),
                    ],
                ),
                say(
                    i18n,
                    "reminder-changed-look",
                    &[("link", link(paths::seen(*child_id)))],
                ),
            ];
            written(&person, "reminder-changed-subject", body)
        }),
        What::AccessEnding {
            account_id,
            child_id,
            child_name,
            advocate,
        } => to(*account_id).await?.map(|person| {
            let i18n = loader(person.locale);
            let date = long_date(i18n, due.due_on);
            match advocate {
                None => written(
                    &person,
                    "reminder-ending-advocate-subject",
                    vec![
                        say(
                            i18n,
                            "reminder-ending-advocate-body",
                            &[("name", child_name.clone()), ("date", date)],
                        ),
                        i18n.get("reminder-ending-advocate-ask"),
                    ],
                ),
                Some(advocate) => written(
                    &person,
                    "reminder-ending-family-subject",
                    vec![
                        say(
                            i18n,
                            "reminder-ending-family-body",
                            &[
                                ("who", advocate.clone()),
                                ("name", child_name.clone()),
                                ("date", date),
                            ],
                        ),
                        say(
                            i18n,
                            "reminder-ending-family-share",
                            &[("link", link(paths::people(*child_id)))],
                        ),
                    ],
                ),
            }
        }),
    })
}

/// The invitation link, to the address the family gave, in the inviter's language. Not sent when
/// the address is an account's that turned invitation emails off.
async fn invitation(
    pool: &Db,
    address: &str,
    invited_by: Option<i64>,
    link: &str,
    expires_at: i64,
) -> Result<Option<Email>, sqlx::Error> {
    let turned_off: Option<i64> = storage::query_scalar(
        "SELECT a.id FROM accounts a JOIN email_choices_off o ON o.account_id = a.id
         WHERE a.email = $1 AND o.kind = $2",
    )
    .bind(address)
    .bind(ReminderKind::Invitation.code())
    .fetch_optional(pool)
    .await?;
    if turned_off.is_some() {
        return Ok(None);
    }
    let inviter: Option<(String, String, Option<String>)> = match invited_by {
        Some(id) => {
            storage::query_as("SELECT name, email, locale FROM accounts WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
        }
        None => None,
    };
    let (inviter, locale) = match inviter {
        Some((name, email, locale)) => (
            if name.trim().is_empty() { email } else { name },
            language_of(locale.as_deref()),
        ),
        None => (String::new(), Locale::EnglishUk),
    };
    let i18n = loader(locale);
    let who = if inviter.is_empty() {
        i18n.get("reminder-invitation-someone")
    } else {
        inviter
    };
    Ok(Some(Email {
        to: Recipient {
            name: None,
            address: address.to_string(),
        },
        locale,
        subject: i18n.get("reminder-invitation-subject"),
        paragraphs: vec![
            i18n.get("reminder-hello-no-name"),
            say(i18n, "reminder-invitation-body", &[("who", who.clone())]),
            say(
                i18n,
                "reminder-invitation-link",
                &[
                    ("link", link.to_string()),
                    ("date", long_date_of_time(expires_at, i18n)),
                ],
            ),
            say(i18n, "reminder-invitation-not-you", &[("who", who)]),
        ],
    }))
}
