//! Goals: the family's order, their words, and achieved or stopped (kept, never deleted).

use super::{date_from, date_text, stale_or_missing, unavailable};
use crate::access::{AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use heard_app::record::dates::{self, Date};
use heard_app::record::goal::{GoalState, GoalTheme, GoalWords};
use heard_app::record::saved::SavedGoal;
use heard_app::record::AreaOfNeed;
use heard_app::services::{Direction, RecordError};

type GoalRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    i64,
    Option<String>,
);

fn from_row(row: GoalRow) -> SavedGoal {
    let (
        id,
        position,
        outcome,
        theme,
        support,
        measure,
        by_when,
        state,
        changed_on,
        version,
        advocate,
    ) = row;
    SavedGoal {
        id,
        position,
        words: GoalWords {
            outcome,
            theme: GoalTheme::from_code(&theme)
                .unwrap_or(GoalTheme::Need(AreaOfNeed::CognitionAndLearning)),
            support,
            measure,
            by_when: date_from(by_when),
        },
        state: GoalState::from_code(&state).unwrap_or(GoalState::Active),
        state_changed_on: date_from(changed_on),
        version,
        written_by_advocate: advocate,
    }
}

/// Active goals first in the family's order, then the finished ones, newest finished first.
pub async fn list(pool: &Db, child: &AllowedChild<Reading>) -> Result<Vec<SavedGoal>, RecordError> {
    let child_id = child.child_id();
    let rows: Vec<GoalRow> = storage::query_as(
        "SELECT g.id, g.position, g.outcome, g.theme, g.support, g.measure, g.by_when, g.state,
                g.state_changed_on, g.version,
                CASE WHEN g.writer_role = 'advocate'
                     THEN (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END
                           FROM accounts a WHERE a.id = g.written_by) END
         FROM goals g WHERE g.child_id = $1
         ORDER BY state != 'active', CASE WHEN state = 'active' THEN position END,
                  state_changed_on DESC, id",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// A new goal goes last among the child's goals. The next position is read and taken under the
/// child's goal-order lock, so two goals added at once (on any instance) get distinct places.
pub async fn add(
    pool: &Db,
    child: &AllowedChild<Changing>,
    goal: &GoalWords,
) -> Result<i64, RecordError> {
    let child_id = child.child_id();
    let now = crate::storage::unix_seconds_now();
    let mut tx = pool
        .begin_locked(storage::Lock::on("goal-order", child_id))
        .await
        .map_err(unavailable)?;
    let id = storage::query_scalar(
        "INSERT INTO goals (child_id, position, outcome, theme, support, measure, by_when, created_at,
             updated_at, written_by, writer_role)
         VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM goals WHERE child_id = $1), $2, $3, $4, $5, $6, $7, $7, $8, $9)
         RETURNING id",
    )
    .bind(child_id)
    .bind(&goal.outcome)
    .bind(goal.theme.code())
    .bind(&goal.support)
    .bind(&goal.measure)
    .bind(date_text(goal.by_when))
    .bind(now)
    .bind(child.account_id())
    .bind(child.role().code())
    .fetch_one(&mut tx)
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    Ok(id)
}

const GOAL_EXISTS: &str = "SELECT TRUE FROM goals WHERE id = $1 AND child_id = $2";

pub async fn update(
    pool: &Db,
    child: &AllowedChild<Changing>,
    goal_id: i64,
    goal: &GoalWords,
    based_on_version: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let done = storage::query(
        "UPDATE goals SET outcome = $1, theme = $2, support = $3, measure = $4, by_when = $5,
            version = version + 1, updated_at = $6
         WHERE id = $7 AND child_id = $8 AND version = $9",
    )
    .bind(&goal.outcome)
    .bind(goal.theme.code())
    .bind(&goal.support)
    .bind(&goal.measure)
    .bind(date_text(goal.by_when))
    .bind(crate::storage::unix_seconds_now())
    .bind(goal_id)
    .bind(child_id)
    .bind(based_on_version)
    .execute(pool)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(stale_or_missing(pool, GOAL_EXISTS, goal_id, child_id).await)
    }
}

/// Swaps an active goal with its neighbour among the active goals. At either end nothing moves.
pub async fn move_goal(
    pool: &Db,
    child: &AllowedChild<Changing>,
    goal_id: i64,
    direction: Direction,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let mut tx = pool
        .begin_locked(storage::Lock::on("goal-order", child_id))
        .await
        .map_err(unavailable)?;
    let position: Option<i64> = storage::query_scalar(
        "SELECT position FROM goals WHERE id = $1 AND child_id = $2 AND state = 'active'",
    )
    .bind(goal_id)
    .bind(child_id)
    .fetch_optional(&mut tx)
    .await
    .map_err(unavailable)?;
    let Some(position) = position else {
        return Err(RecordError::NotFound);
    };
    let neighbour_query = match direction {
        Direction::Up => "SELECT id, position FROM goals WHERE child_id = $1 AND state = 'active' AND position < $2 ORDER BY position DESC LIMIT 1",
        Direction::Down => "SELECT id, position FROM goals WHERE child_id = $1 AND state = 'active' AND position > $2 ORDER BY position LIMIT 1",
    };
    let neighbour: Option<(i64, i64)> = storage::query_as(neighbour_query)
        .bind(child_id)
        .bind(position)
        .fetch_optional(&mut tx)
        .await
        .map_err(unavailable)?;
    if let Some((other_id, other_position)) = neighbour {
        for (id, new_position) in [(goal_id, other_position), (other_id, position)] {
            // The order is not the goal's words: moving does not make someone's edit a conflict.
            storage::query("UPDATE goals SET position = $1 WHERE id = $2")
                .bind(new_position)
                .bind(id)
                .execute(&mut tx)
                .await
                .map_err(unavailable)?;
        }
    }
    tx.commit().await.map_err(unavailable)?;
    Ok(())
}

/// Marks a goal achieved or stopped (or active again). Its ratings and words stay.
pub async fn set_state(
    pool: &Db,
    child: &AllowedChild<Changing>,
    goal_id: i64,
    state: GoalState,
    on: Date,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let changed_on = (state != GoalState::Active).then(|| dates::to_iso(on));
    // A goal made active again goes last, so it takes a position as a new goal does.
    let mut tx = pool
        .begin_locked(storage::Lock::on("goal-order", child_id))
        .await
        .map_err(unavailable)?;
    let done = storage::query(
        "UPDATE goals SET state = $1, state_changed_on = $2, version = version + 1, updated_at = $3,
            position = CASE WHEN $4 = 'active' AND state != 'active'
                THEN (SELECT COALESCE(MAX(position), 0) + 1 FROM goals WHERE child_id = $5)
                ELSE position END
         WHERE id = $6 AND child_id = $7",
    )
    .bind(state.code())
    .bind(changed_on)
    .bind(crate::storage::unix_seconds_now())
    .bind(state.code())
    .bind(child_id)
    .bind(goal_id)
    .bind(child_id)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    crate::storage::one_row(done)
}
