//! Children's details.

use super::{date_from, date_text, unavailable};
use crate::access::{AllowedChild, Changing, Reading};
use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates;
use heard_app::record::saved::SavedChild;
use heard_app::record::{AreaOfNeed, SupportStatus, YearGroup};
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use sqlx::{Row, SqlitePool};

const COLUMNS: &str = "id, called_name, date_of_birth, setting, year_group_chosen, support_status,
    assessment_requested_on, draft_plan_received_on, plan_issued_on, last_annual_review_on,
    next_annual_review_on, areas_of_need, version";

fn from_row(row: &sqlx::sqlite::SqliteRow) -> Result<SavedChild, RecordError> {
    let text = |name: &str| row.try_get::<String, _>(name).map_err(unavailable);
    let maybe = |name: &str| row.try_get::<Option<String>, _>(name).map_err(unavailable);
    let born = text("date_of_birth")?;
    let details = ChildDetails {
        called_name: text("called_name")?,
        date_of_birth: dates::from_iso(&born).ok_or_else(|| {
            tracing::error!(%born, "a stored date of birth is not a date");
            RecordError::Unavailable
        })?,
        setting: text("setting")?,
        year_group_chosen: maybe("year_group_chosen")?
            .as_deref()
            .and_then(YearGroup::from_code),
        support_status: SupportStatus::from_code(&text("support_status")?)
            .unwrap_or(SupportStatus::NoneYet),
        key_dates: KeyDates {
            assessment_requested_on: date_from(maybe("assessment_requested_on")?),
            draft_plan_received_on: date_from(maybe("draft_plan_received_on")?),
            plan_issued_on: date_from(maybe("plan_issued_on")?),
            last_annual_review_on: date_from(maybe("last_annual_review_on")?),
            next_annual_review_on: date_from(maybe("next_annual_review_on")?),
        },
        areas_of_need: text("areas_of_need")?
            .split_whitespace()
            .filter_map(AreaOfNeed::from_code)
            .collect(),
    };
    Ok(SavedChild {
        id: row.try_get("id").map_err(unavailable)?,
        details,
        version: row.try_get("version").map_err(unavailable)?,
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
pub async fn list(pool: &SqlitePool, viewer: &Viewer) -> Result<Vec<SavedChild>, RecordError> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM children
         WHERE family_id IN (SELECT family_id FROM family_members WHERE account_id = ?1)
           AND id NOT IN (SELECT child_id FROM parents_stopped WHERE account_id = ?1)
         ORDER BY date_of_birth, called_name"
    ))
    .bind(viewer.account_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    rows.iter().map(from_row).collect()
}

/// One child. The caller has checked access.
pub async fn get(
    pool: &SqlitePool,
    child: &AllowedChild<Reading>,
) -> Result<SavedChild, RecordError> {
    let child_id = child.child_id();
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM children WHERE id = ?"))
        .bind(child_id)
        .fetch_optional(pool)
        .await
        .map_err(unavailable)?
        .ok_or(RecordError::NotFound)?;
    from_row(&row)
}

pub async fn add(
    pool: &SqlitePool,
    family_id: i64,
    details: &ChildDetails,
) -> Result<i64, RecordError> {
    let now = crate::storage::unix_seconds_now();
    let k = &details.key_dates;
    sqlx::query_scalar(
        "INSERT INTO children (family_id, called_name, date_of_birth, setting, year_group_chosen,
            support_status, assessment_requested_on, draft_plan_received_on, plan_issued_on,
            last_annual_review_on, next_annual_review_on, areas_of_need, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
    pool: &SqlitePool,
    child: &AllowedChild<Changing>,
    details: &ChildDetails,
    based_on_version: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let k = &details.key_dates;
    let done = sqlx::query(
        "UPDATE children SET called_name = ?, date_of_birth = ?, setting = ?, year_group_chosen = ?,
            support_status = ?, assessment_requested_on = ?, draft_plan_received_on = ?,
            plan_issued_on = ?, last_annual_review_on = ?, next_annual_review_on = ?,
            areas_of_need = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
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
