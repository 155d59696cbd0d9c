//! Review points (one a term) and each goal's rating and comments at them.

use super::{stale_or_missing, unavailable};
use crate::access::{AddingSchoolView, AllowedChild, Changing, Reading};
use crate::storage;
use crate::storage::Db;
use heard_app::people::{Job, ProfessionalWriter, Role};
use heard_app::record::dates::{self, Date};
use heard_app::record::review::{GoalReview, ReviewWords, SchoolView};
use heard_app::record::saved::SavedReviewPoint;
use heard_app::record::{Rating, SchoolYear, Term};
use heard_app::services::RecordError;

/// Makes the school year's three review points on their default dates, if not there yet.
pub async fn ensure_school_year<P>(
    pool: &Db,
    child: &AllowedChild<P>,
    year: SchoolYear,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let now = crate::storage::unix_seconds_now();
    for term in Term::ALL {
        storage::query(
            "INSERT INTO review_points (child_id, school_year, term, held_on, updated_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(child_id)
        .bind(year.0)
        .bind(term.code())
        .bind(dates::to_iso(term.default_review_date(year)))
        .bind(now)
        .execute(pool)
        .await
        .map_err(unavailable)?;
    }
    Ok(())
}

type PointRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
);
type RatingRow = (
    i64,
    i64,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

/// Every review point of the child, oldest first, with what was recorded for each goal.
pub async fn list(
    pool: &Db,
    child: &AllowedChild<Reading>,
) -> Result<Vec<SavedReviewPoint>, RecordError> {
    let child_id = child.child_id();
    let points: Vec<PointRow> = storage::query_as(
        "SELECT p.id, p.school_year, p.term, p.held_on, p.what_is_working, p.what_is_not_working,
                p.questions, p.version,
                CASE WHEN p.writer_role = 'advocate'
                     THEN (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END
                           FROM accounts a WHERE a.id = p.written_by) END
         FROM review_points p WHERE p.child_id = $1 ORDER BY p.held_on, p.id",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    let ratings: Vec<RatingRow> = storage::query_as(
        "SELECT r.review_point_id, r.goal_id, r.rating, r.school_rating, r.family_comment, r.young_person_comment,
                r.school_comment,
                (SELECT CASE WHEN a.name <> '' THEN a.name ELSE a.email END
                 FROM accounts a WHERE a.id = r.school_written_by),
                r.school_job, r.school_organisation
         FROM goal_ratings r JOIN review_points p ON p.id = r.review_point_id
         WHERE p.child_id = $1 ORDER BY r.goal_id",
    )
    .bind(child_id)
    .fetch_all(pool)
    .await
    .map_err(unavailable)?;
    Ok(points
        .into_iter()
        .filter_map(
            |(id, year, term, held_on, working, not_working, questions, version, advocate)| {
                Some(SavedReviewPoint {
                    id,
                    school_year: SchoolYear(year as i32),
                    term: Term::from_code(&term)?,
                    held_on: dates::from_iso(&held_on)?,
                    what_is_working: working,
                    what_is_not_working: not_working,
                    questions,
                    version,
                    written_by_advocate: advocate,
                    goals: ratings
                        .iter()
                        .filter(|r| r.0 == id)
                        .map(
                            |(
                                _,
                                goal_id,
                                rating,
                                school,
                                family,
                                young,
                                school_comment,
                                writer,
                                job,
                                organisation,
                            )| GoalReview {
                                goal_id: *goal_id,
                                rating: rating.as_deref().and_then(Rating::from_code),
                                school_rating: school.as_deref().and_then(Rating::from_code),
                                family_comment: family.clone(),
                                young_person_comment: young.clone(),
                                school_comment: school_comment.clone(),
                                school_writer: writer
                                    .clone()
                                    .zip(job.as_deref().and_then(Job::from_code))
                                    .map(|(name, job)| ProfessionalWriter {
                                        name,
                                        job,
                                        organisation: organisation.clone(),
                                    }),
                            },
                        )
                        .collect(),
                })
            },
        )
        .collect())
}

const POINT_EXISTS: &str = "SELECT TRUE FROM review_points WHERE id = $1 AND child_id = $2";

/// Saves what was recorded at a review point, only if nobody saved since `based_on_version`.
/// Ratings for goals that are not this child's are ignored.
///
/// The school's rating of a goal that a professional gave stays theirs: it is shown to the family
/// marked "written by" them, so the family's form cannot change it. Only that field is left as it
/// was and the rest of the save goes ahead, rather than the whole save being refused: the family's
/// form has no input for it, so such a value comes only from a forged post, and refusing would
/// throw away the family's own words for it.
pub async fn save(
    pool: &Db,
    child: &AllowedChild<Changing>,
    review_point_id: i64,
    held_on: Date,
    review: &ReviewWords,
    based_on_version: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let done = storage::query(
        "UPDATE review_points SET held_on = $1, what_is_working = $2, what_is_not_working = $3,
            version = version + 1, updated_at = $4
         WHERE id = $5 AND child_id = $6 AND version = $7",
    )
    .bind(dates::to_iso(held_on))
    .bind(&review.what_is_working)
    .bind(&review.what_is_not_working)
    .bind(crate::storage::unix_seconds_now())
    .bind(review_point_id)
    .bind(child_id)
    .bind(based_on_version)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() != 1 {
        drop(tx);
        return Err(stale_or_missing(pool, POINT_EXISTS, review_point_id, child_id).await);
    }
    for goal in &review.goals {
        storage::query(
            "INSERT INTO goal_ratings (review_point_id, goal_id, rating, school_rating, family_comment, young_person_comment)
             SELECT $1, id, $2, $3, $4, $5 FROM goals WHERE id = $6 AND child_id = $7
             ON CONFLICT (review_point_id, goal_id) DO UPDATE SET rating = excluded.rating,
                school_rating = CASE WHEN goal_ratings.school_written_by IS NULL
                    THEN excluded.school_rating ELSE goal_ratings.school_rating END,
                family_comment = excluded.family_comment,
                young_person_comment = excluded.young_person_comment",
        )
        .bind(review_point_id)
        .bind(goal.rating.map(|r| r.code()))
        .bind(goal.school_rating.map(|r| r.code()))
        .bind(&goal.family_comment)
        .bind(&goal.young_person_comment)
        .bind(goal.goal_id)
        .bind(child_id)
        .execute(&mut tx)
        .await
        .map_err(unavailable)?;
    }
    tx.commit().await.map_err(unavailable)?;
    Ok(())
}

pub async fn save_questions(
    pool: &Db,
    child: &AllowedChild<Changing>,
    review_point_id: i64,
    questions: &str,
    based_on_version: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let done = storage::query(
        "UPDATE review_points SET questions = $1, version = version + 1, updated_at = $2
         WHERE id = $3 AND child_id = $4 AND version = $5",
    )
    .bind(questions)
    .bind(crate::storage::unix_seconds_now())
    .bind(review_point_id)
    .bind(child_id)
    .bind(based_on_version)
    .execute(pool)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(stale_or_missing(pool, POINT_EXISTS, review_point_id, child_id).await)
    }
}

/// Who last saved a review point, and in which role: "written by … with …" for an advocate.
pub async fn mark_writer(
    pool: &Db,
    child: &AllowedChild<Changing>,
    review_point_id: i64,
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    storage::query(
        "UPDATE review_points SET written_by = $1, writer_role = $2 WHERE id = $3 AND child_id = $4",
    )
    .bind(child.account_id())
    .bind(child.role().code())
    .bind(review_point_id)
    .bind(child_id)
    .execute(pool)
    .await
    .map_err(unavailable)?;
    Ok(())
}

/// The school's view of goals at a review point, and nothing else there. A professional's is marked
/// with their name, and their job and organisation as the family gave them; anyone else's (the family
/// recording what school said) is not, and never replaces a professional's view (it would then be
/// shown as their words, or lose their mark): those goals are left as they are. The review point's
/// version moves on, so a family member with the point open is told it changed rather than saving
/// over it.
const SCHOOL_VIEW_UPSERT: &str =
    "INSERT INTO goal_ratings (review_point_id, goal_id, school_rating, school_comment,
         school_written_by, school_job, school_organisation)
     SELECT $1, id, $2, $3, $4, $5, $6 FROM goals WHERE id = $7 AND child_id = $8
     ON CONFLICT (review_point_id, goal_id) DO UPDATE SET
        school_rating = excluded.school_rating, school_comment = excluded.school_comment,
        school_written_by = excluded.school_written_by, school_job = excluded.school_job,
        school_organisation = excluded.school_organisation";

pub async fn save_school_view(
    pool: &Db,
    child: &AllowedChild<AddingSchoolView>,
    review_point_id: i64,
    views: &[SchoolView],
) -> Result<(), RecordError> {
    let child_id = child.child_id();
    let mut tx = pool.begin().await.map_err(unavailable)?;
    let professional: Option<(Option<String>, String)> = if child.role() == Role::Professional {
        storage::query_as(
            "SELECT job, organisation FROM shares
             WHERE child_id = $1 AND account_id = $2 AND withdrawn_at IS NULL
             ORDER BY id DESC LIMIT 1",
        )
        .bind(child_id)
        .bind(child.account_id())
        .fetch_optional(&mut tx)
        .await
        .map_err(unavailable)?
    } else {
        None
    };
    let (writer, job, organisation) = match professional {
        Some((job, organisation)) => (Some(child.account_id()), job, organisation),
        None => (None, None, String::new()),
    };
    let done = storage::query(
        "UPDATE review_points SET version = version + 1, updated_at = $1 WHERE id = $2 AND child_id = $3",
    )
    .bind(crate::storage::unix_seconds_now())
    .bind(review_point_id)
    .bind(child_id)
    .execute(&mut tx)
    .await
    .map_err(unavailable)?;
    if done.rows_affected() != 1 {
        return Err(RecordError::NotFound);
    }
    // Only the family's own school view (nobody's mark on it) is theirs to change.
    let family_guard = if writer.is_some() {
        ""
    } else {
        " AND goal_ratings.school_written_by IS NULL"
    };
    let upsert = if writer.is_some() {
        SCHOOL_VIEW_UPSERT.to_string()
    } else {
        format!("{SCHOOL_VIEW_UPSERT} WHERE goal_ratings.school_written_by IS NULL")
    };
    // A goal left empty is cleared where it has a school view, and marked as nobody's: a goal the
    // professional did not rate stays the family's to record what school said.
    let clear = format!(
        "UPDATE goal_ratings SET school_rating = NULL, school_comment = '', school_written_by = NULL,
             school_job = NULL, school_organisation = ''
         WHERE review_point_id = $1
           AND goal_id IN (SELECT id FROM goals WHERE id = $2 AND child_id = $3){family_guard}"
    );
    for view in views {
        let done = if view.school_rating.is_none() && view.school_comment.is_empty() {
            storage::query(&clear)
                .bind(review_point_id)
                .bind(view.goal_id)
                .bind(child_id)
                .execute(&mut tx)
                .await
        } else {
            storage::query(&upsert)
                .bind(review_point_id)
                .bind(view.school_rating.map(|r| r.code()))
                .bind(&view.school_comment)
                .bind(writer)
                .bind(&job)
                .bind(&organisation)
                .bind(view.goal_id)
                .bind(child_id)
                .execute(&mut tx)
                .await
        };
        done.map_err(unavailable)?;
    }
    tx.commit().await.map_err(unavailable)?;
    Ok(())
}
