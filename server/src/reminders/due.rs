//! What is due on a day: every reminder that should have gone by `today` and is still worth sending.
//! Dates come from the same rules the pages use (`TimelineFacts::of` and `timeline` for the law's
//! dates, the review points as the reviews page lists them), so an email never disagrees with a page.
//!
//! How far back a pass catches up, kind by kind: a review reminder until the day before the review;
//! "a date is a week away" until that date; "a date has passed" for two weeks after it; an invitation
//! while its link works; a change to the record for two days; "access ends in a week" until it ends.

use crate::record::every_child_for_reminders;
use crate::storage;
use crate::storage::Db;
use heard_app::people::RecordPart;
use heard_app::record::dates::{self, Date};
use heard_app::record::timeline::{timeline, StepKind, StepState, TimelineFacts};
use heard_app::record::{SchoolYear, Term};
use heard_app::reminders::ReminderKind;
use std::collections::BTreeMap;

/// A review reminder goes this many days before the review point.
pub const REVIEW_DAYS_BEFORE: i64 = 14;
/// "A date the law sets is coming" goes this many days before it.
pub const DEADLINE_DAYS_BEFORE: i64 = 7;
/// "A date has passed" is still sent this many days after it (after a gap in running), not later.
pub const PASSED_DAYS_AFTER: i64 = 14;
/// "An advocate's access ends" goes this many days before the last day.
pub const ENDING_DAYS_BEFORE: i64 = 7;
/// Changes to a record are told about for this long after they were made.
const CHANGES_SECONDS: i64 = 2 * 24 * 60 * 60;

/// The law's dates families are reminded of: the council's 6, 16 and 20 weeks, and the family's 15
/// days to comment on a draft plan.
const DEADLINES: [StepKind; 4] = [
    StepKind::DecideWhetherToAssess,
    StepKind::DecideWhetherToIssuePlan,
    StepKind::FinalPlan,
    StepKind::CommentOnDraftPlan,
];

/// One email due: the key it is claimed by (kind, subject, recipient, day) and what it says.
#[derive(Debug, Clone)]
pub struct Due {
    pub kind: ReminderKind,
    /// What it is about, e.g. `child:7:review:2024-summer`. Never a name.
    pub subject: String,
    /// `account:12`, or the address an invitation went to.
    pub recipient: String,
    /// The day it is about (the review, the deadline, the day of the changes, the last day).
    pub due_on: Date,
    pub what: What,
}

#[derive(Debug, Clone)]
pub enum What {
    Review {
        account_id: i64,
        child_id: i64,
        child_name: String,
        term: Term,
    },
    Deadline {
        account_id: i64,
        child_id: i64,
        child_name: String,
        step: StepKind,
        passed: bool,
    },
    Invitation {
        address: String,
        invited_by: Option<i64>,
        token: String,
        expires_at: i64,
    },
    Changed {
        account_id: i64,
        child_id: i64,
        child_name: String,
        who: Vec<String>,
        parts: Vec<RecordPart>,
    },
    AccessEnding {
        account_id: i64,
        child_id: i64,
        child_name: String,
        /// The advocate's name when the email is to the family; `None` when it is to the advocate.
        advocate: Option<String>,
    },
}

fn account(id: i64) -> String {
    format!("account:{id}")
}

/// Everything due by `today` (and, for changes, by `now`), not yet checked against anyone's choices
/// or against what was already sent.
pub async fn everything(pool: &Db, today: Date, now: i64) -> Result<Vec<Due>, sqlx::Error> {
    let mut due = Vec::new();
    let children = every_child_for_reminders(pool)
        .await
        .map_err(|_| sqlx::Error::Protocol("the children could not be read".into()))?;
    for child in &children {
        let family = family_of(pool, child.id).await?;
        reviews(
            pool,
            today,
            child.id,
            &child.details.called_name,
            &family,
            &mut due,
        )
        .await?;
        let facts = TimelineFacts::of(&child.details, today);
        for step in timeline(&facts, today).steps {
            if !DEADLINES.contains(&step.kind) {
                continue;
            }
            let days_to_go = (step.due - today).whole_days();
            let passed = match step.state {
                StepState::Done => continue,
                StepState::Overdue if -days_to_go <= PASSED_DAYS_AFTER => true,
                StepState::Next | StepState::Later if days_to_go <= DEADLINE_DAYS_BEFORE => false,
                _ => continue,
            };
            for &account_id in &family {
                due.push(Due {
                    kind: ReminderKind::Deadline,
                    subject: format!(
                        "child:{}:{}:{}",
                        child.id,
                        step_code(step.kind),
                        if passed { "passed" } else { "soon" }
                    ),
                    recipient: account(account_id),
                    due_on: step.due,
                    what: What::Deadline {
                        account_id,
                        child_id: child.id,
                        child_name: child.details.called_name.clone(),
                        step: step.kind,
                        passed,
                    },
                });
            }
        }
    }
    invitations(pool, now, &mut due).await?;
    changes(pool, now, &mut due).await?;
    endings(pool, today, &mut due).await?;
    Ok(due)
}

fn step_code(kind: StepKind) -> &'static str {
    match kind {
        StepKind::DecideWhetherToAssess => "decide-assess",
        StepKind::DecideWhetherToIssuePlan => "decide-plan",
        StepKind::CommentOnDraftPlan => "comment-draft",
        StepKind::FinalPlan => "final-plan",
        StepKind::ReviewPapersSent => "review-papers",
        StepKind::AnnualReviewMeeting => "review-meeting",
        StepKind::ReviewReport => "review-report",
        StepKind::ReviewDecision => "review-decision",
        StepKind::PhaseTransfer => "phase-transfer",
    }
}

/// The people a reminder about a child goes to: the family's members who may see the child's record
/// (everything a family member sees includes the reviews), and the young person once they have taken
/// control. Whether each wants the email is `super::reachable`'s to say.
pub async fn family_of(pool: &Db, child_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    storage::query_scalar(
        "SELECT m.account_id FROM family_members m JOIN children c ON c.family_id = m.family_id
         WHERE c.id = $1
           AND NOT EXISTS (SELECT 1 FROM parents_stopped p WHERE p.child_id = c.id AND p.account_id = m.account_id)
         UNION
         SELECT c.young_person_account FROM children c
         WHERE c.id = $1 AND c.young_person_account IS NOT NULL AND c.young_person_in_control_since IS NOT NULL",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
}

/// The child's review points as the reviews page has them: those stored, and this school year's
/// defaults where none is stored yet (the page stores them the first time it is opened).
async fn reviews(
    pool: &Db,
    today: Date,
    child_id: i64,
    child_name: &str,
    family: &[i64],
    due: &mut Vec<Due>,
) -> Result<(), sqlx::Error> {
    let stored: Vec<(i64, String, String)> = storage::query_as(
        "SELECT school_year, term, held_on FROM review_points WHERE child_id = $1",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await?;
    let mut points: BTreeMap<(i64, &'static str), (Term, Date)> = BTreeMap::new();
    for (year, term, held_on) in &stored {
        if let (Some(term), Some(held_on)) = (Term::from_code(term), dates::from_iso(held_on)) {
            points.insert((*year, term.code()), (term, held_on));
        }
    }
    let soon = dates::add_days(today, REVIEW_DAYS_BEFORE);
    for year in [SchoolYear::containing(today), SchoolYear::containing(soon)] {
        for &term in Term::ALL {
            points
                .entry((i64::from(year.0), term.code()))
                .or_insert((term, term.default_review_date(year)));
        }
    }
    for ((year, term_code), (term, held_on)) in points {
        // From two weeks before until the day before; after the review it is no use.
        if held_on <= today || held_on > soon {
            continue;
        }
        for &account_id in family {
            due.push(Due {
                kind: ReminderKind::ReviewSoon,
                subject: format!("child:{child_id}:review:{year}-{term_code}"),
                recipient: account(account_id),
                due_on: held_on,
                what: What::Review {
                    account_id,
                    child_id,
                    child_name: child_name.to_string(),
                    term,
                },
            });
        }
    }
    Ok(())
}

/// Invitations a family asked Heard to email, while the link still works.
async fn invitations(pool: &Db, now: i64, due: &mut Vec<Due>) -> Result<(), sqlx::Error> {
    let rows: Vec<(i64, String, String, Option<i64>, i64, i64)> = storage::query_as(
        "SELECT id, token, email_to, invited_by, expires_at, created_at FROM invitations
         WHERE email_to IS NOT NULL AND token IS NOT NULL
           AND used_at IS NULL AND cancelled_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .fetch_all(pool)
    .await?;
    for (id, token, address, invited_by, expires_at, created_at) in rows {
        due.push(Due {
            kind: ReminderKind::Invitation,
            subject: format!("invitation:{id}"),
            recipient: address.clone(),
            due_on: day_of(created_at),
            what: What::Invitation {
                address,
                invited_by,
                token,
                expires_at,
            },
        });
    }
    Ok(())
}

/// The day (UTC) of a unix time.
fn day_of(seconds: i64) -> Date {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .map(|t| t.date())
        .unwrap_or(Date::MIN)
}

/// One child's changes on one day: the child's name, who changed it, and which parts.
type ChangesOfADay = (String, Vec<String>, Vec<RecordPart>);

/// Changes made by advocates in the last two days: one email per child, recipient and day, saying
/// who changed which parts.
async fn changes(pool: &Db, now: i64, due: &mut Vec<Due>) -> Result<(), sqlx::Error> {
    let rows: Vec<(i64, String, String, String, i64)> = storage::query_as(
        "SELECT l.child_id, c.called_name, l.who, l.part, l.at
         FROM access_log l JOIN children c ON c.id = l.child_id
         WHERE l.role = 'advocate' AND l.action = 'change' AND l.at > $1
         ORDER BY l.at, l.id",
    )
    .bind(now - CHANGES_SECONDS)
    .fetch_all(pool)
    .await?;
    // (child, day) -> (name, who, parts), in the order they happened.
    let mut days: BTreeMap<(i64, Date), ChangesOfADay> = BTreeMap::new();
    for (child_id, name, who, part, at) in rows {
        let entry = days
            .entry((child_id, day_of(at)))
            .or_insert_with(|| (name, Vec::new(), Vec::new()));
        if !entry.1.contains(&who) {
            entry.1.push(who);
        }
        if let Some(part) = RecordPart::from_code(&part) {
            if !entry.2.contains(&part) {
                entry.2.push(part);
            }
        }
    }
    for ((child_id, day), (child_name, who, parts)) in days {
        for account_id in family_of(pool, child_id).await? {
            due.push(Due {
                kind: ReminderKind::RecordChanged,
                subject: format!("child:{child_id}"),
                recipient: account(account_id),
                due_on: day,
                what: What::Changed {
                    account_id,
                    child_id,
                    child_name: child_name.clone(),
                    who: who.clone(),
                    parts: parts.clone(),
                },
            });
        }
    }
    Ok(())
}

/// Advocates' shares whose last day is within a week: to the advocate, and to the family.
async fn endings(pool: &Db, today: Date, due: &mut Vec<Due>) -> Result<(), sqlx::Error> {
    let rows: Vec<(i64, i64, i64, String, String, String)> = storage::query_as(
        "SELECT s.id, s.child_id, s.account_id, s.until, c.called_name,
                CASE WHEN a.name <> '' THEN a.name ELSE a.email END
         FROM shares s JOIN children c ON c.id = s.child_id JOIN accounts a ON a.id = s.account_id
         WHERE s.withdrawn_at IS NULL AND s.until IS NOT NULL AND s.until >= $1 AND s.until <= $2",
    )
    .bind(dates::to_iso(today))
    .bind(dates::to_iso(dates::add_days(today, ENDING_DAYS_BEFORE)))
    .fetch_all(pool)
    .await?;
    for (share_id, child_id, advocate_id, until, child_name, advocate_name) in rows {
        let Some(until) = dates::from_iso(&until) else {
            continue;
        };
        let mut to = vec![(advocate_id, None)];
        for account_id in family_of(pool, child_id).await? {
            to.push((account_id, Some(advocate_name.clone())));
        }
        for (account_id, advocate) in to {
            due.push(Due {
                kind: ReminderKind::AccessEnding,
                subject: format!("share:{share_id}"),
                recipient: account(account_id),
                due_on: until,
                what: What::AccessEnding {
                    account_id,
                    child_id,
                    child_name: child_name.clone(),
                    advocate,
                },
            });
        }
    }
    Ok(())
}
