//! Children's details.

use super::{date_from, date_text, unavailable};
use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates;
use heard_app::record::saved::SavedChild;
use heard_app::record::{AreaOfNeed, SupportStatus, YearGroup};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;

const COLUMNS: &str = "id, called_name, date_of_birth, setting, year_group_chosen, support_status,
    assessment_requested_on, draft_plan_received_on, plan_issued_on, last_annual_review_on,
    next_annual_review_on, areas_of_need, version";

/// A child as stored, column by column (the names in `COLUMNS`).
#[derive(sqlx::FromRow)]
struct ChildRow {
    id: i64,
    called_name: String,
    date_of_birth: String,
    setting: String,
    year_group_chosen: Option<String>,
    support_status: String,
    assessment_requested_on: Option<String>,
    draft_plan_received_on: Option<String>,
    plan_issued_on: Option<String>,
    last_annual_review_on: Option<String>,
    next_annual_review_on: Option<String>,
    areas_of_need: String,
    version: i64,
}

fn from_row(row: ChildRow) -> Result<SavedChild, RecordError> {
    let born = row.date_of_birth;
    let details = ChildDetails {
        called_name: row.called_name,
        date_of_birth: dates::from_iso(&born).ok_or_else(|| {
            // The child's id, not the date: the log is no place for a child's details.
            tracing::error!(child = row.id, "a stored date of birth is not a date");
            RecordError::Unavailable
        })?,
        setting: row.setting,
        year_group_chosen: row
            .year_group_chosen
            .as_deref()
            .and_then(YearGroup::from_code),
        support_status: SupportStatus::from_code(&row.support_status)
            .unwrap_or(SupportStatus::NoneYet),
        key_dates: KeyDates {
            assessment_requested_on: date_from(row.assessment_requested_on),
            draft_plan_received_on: date_from(row.draft_plan_received_on),
            plan_issued_on: date_from(row.plan_issued_on),
            last_annual_review_on: date_from(row.last_annual_review_on),
            next_annual_review_on: date_from(row.next_annual_review_on),
        },
        areas_of_need: row
            .areas_of_need
            .split_whitespace()
            .filter_map(AreaOfNeed::from_code)
            .collect(),
    };
    Ok(SavedChild {
        id: row.id,
        details,
        version: row.version,
    })
}

fn areas_text(details: &ChildDetails) -> String {
    details
        .areas_of_need
        .iter()
        .map(|a| a.code())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The children of every family the person belongs to, youngest last, by name within age.
pub async fn list(pool: &Db, viewer: &Viewer) -> Result<Vec<SavedChild>, RecordError> {
    let rows: Vec<ChildRow> = storage::query_as(&format!(
        "SELECT {COLUMNS} FROM children
         WHERE family_id IN (SELECT family_id FROM family_members WHERE account_id = $1)
           AND id NOT IN (SELECT child_id FROM parents_stopped WHERE account_id = $1)
         ORDER BY date_of_birth, called_name"
    ))
    .bind(viewer.account_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    rows.into_iter().map(from_row).collect()
}

/// Every child, for the reminders scheduler (`crate::reminders`), which works for the families
/// rather than for one person asking, so passes no access check; it reads only what reminders need.
pub async fn every_child(pool: &Db) -> Result<Vec<SavedChild>, RecordError> {
    let rows: Vec<ChildRow> =
        storage::query_as(&format!("SELECT {COLUMNS} FROM children ORDER BY id"))
            .fetch_all(pool)
            .await
            .map_err(unavailable)?;
    rows.into_iter().map(from_row).collect()
}

/// One child. The caller has checked access.
pub async fn get(pool: &Db, child: &AllowedChild<Reading>) -> Result<SavedChild, RecordError> {
    let child_id = child.child_id();
    let row: ChildRow = storage::query_as(&format!("SELECT {COLUMNS} FROM children WHERE id = $1"))
        .bind(child_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?
        .ok_or(RecordError::NotFound)?;
    from_row(row)
}

pub async fn add(pool: &Db, family_id: i64, details: &ChildDetails) -> Result<i64, RecordError> {
    let now = crate::storage::unix_seconds_now();
    let k = &details.key_dates;
    storage::query_scalar(
        "INSERT INTO children (family_id, called_name, date_of_birth, setting, year_group_chosen,
            support_status, assessment_requested_on, draft_plan_received_on, plan_issued_on,
            last_annual_review_on, next_annual_review_on, areas_of_need, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(family_id)
    .bind(&details.called_name)
    .bind(dates::to_iso(details.date_of_birth))
    .bind(&details.setting)
    .bind(details.year_group_chosen.map(|y| y.code()))
    .bind(details.support_status.code())
    .bind(date_text(k.assessment_requested_on))
    .bind(date_text(k.draft_plan_received_on))
    .bind(date_text(k.plan_issued_on))
    .bind(date_text(k.last_annual_review_on))
    .bind(date_text(k.next_annual_review_on))
    .bind(areas_text(details))
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await
    .map_err(unavailable)
}

/// Saves changed details, only if nobody saved since `based_on_version`.
pub async fn update(
    pool: &Db,
    child: &AllowedChild<Changing>,
    details: &ChildDetails,
    based_on_version: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let k = &details.key_dates;
    let done = storage::query(
        "UPDATE children SET called_name = $1, date_of_birth = $2, setting = $3, year_group_chosen = $4,
            support_status = $5, assessment_requested_on = $6, draft_plan_received_on = $7,
            plan_issued_on = $8, last_annual_review_on = $9, next_annual_review_on = $10,
            areas_of_need = $11, version = version + 1, updated_at = $12
         WHERE id = $13 AND version = $14",
    )
    .bind(&details.called_name)
    .bind(dates::to_iso(details.date_of_birth))
    .bind(&details.setting)
    .bind(details.year_group_chosen.map(|y| y.code()))
    .bind(details.support_status.code())
    .bind(date_text(k.assessment_requested_on))
    .bind(date_text(k.draft_plan_received_on))
    .bind(date_text(k.plan_issued_on))
    .bind(date_text(k.last_annual_review_on))
    .bind(date_text(k.next_annual_review_on))
    .bind(areas_text(details))
    .bind(crate::storage::unix_seconds_now())
    .bind(child_id)
    .bind(based_on_version)
    .execute(pool)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        // The caller checked the child exists and is theirs: the version moved on.
        Err(RecordError::ChangedMeanwhile)
    }
}
