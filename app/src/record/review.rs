//! A review point: one a term. Each active goal gets a rating and comments from the family, from the
//! young person and, as reported at the meeting, the school's rating; plus what is working and what is not.

use super::dates::{self, Date};
use super::problems::{optional_text, FieldProblem, Problem};
use super::rating::Rating;

pub const COMMENT_MAX_CHARS: usize = 2000;

/// One goal's part of a review point, as the family recorded it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalReview {
    pub goal_id: i64,
    pub rating: Option<Rating>,
    pub school_rating: Option<Rating>,
    pub family_comment: String,
    pub young_person_comment: String,
    /// What the school said about the goal, in their words.
    pub school_comment: String,
    /// Set when a professional last gave the school's view of this goal.
    pub school_writer: Option<crate::people::ProfessionalWriter>,
}

/// The school's view of one goal at a review point: all a professional with change access adds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchoolView {
    pub goal_id: i64,
    pub school_rating: Option<Rating>,
    pub school_comment: String,
}

/// Reads the school's view form: `school-rating-7` and `school-comment-7` for goal 7, for the goals
/// the page showed. Nothing else on the form is read, whatever is posted.
pub fn check_school_view(
    fields: &[(String, String)],
    goal_ids: &[i64],
) -> Result<Vec<SchoolView>, Vec<FieldProblem>> {
    let get = |name: &str| {
        fields
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let mut views = Vec::new();
    for id in goal_ids {
        let rating_name = format!("school-rating-{id}");
        let school_rating = match get(&rating_name).trim() {
            "" => None,
            code => {
                let rating = Rating::from_code(code);
                if rating.is_none() {
                    problems.push(FieldProblem::new(rating_name, Problem::ChooseOne));
                }
                rating
            }
        };
        let comment_name = format!("school-comment-{id}");
        let school_comment = optional_text(
            &comment_name,
            get(&comment_name),
            COMMENT_MAX_CHARS,
            &mut problems,
        );
        views.push(SchoolView {
            goal_id: *id,
            school_rating,
            school_comment,
        });
    }
    if problems.is_empty() {
        Ok(views)
    } else {
        Err(problems)
    }
}

/// Everything recorded at a review point.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewWords {
    pub what_is_working: String,
    pub what_is_not_working: String,
    pub goals: Vec<GoalReview>,
}

/// Reads a review point form. Fields for goal 7 are `rating-7`, `school-rating-7`, `family-comment-7`
/// and `young-person-comment-7`; `goal_ids` are the goals the page showed.
pub fn check_review(
    fields: &[(String, String)],
    goal_ids: &[i64],
) -> Result<ReviewWords, Vec<FieldProblem>> {
    let get = |name: &str| {
        fields
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let rating = |name: String, problems: &mut Vec<FieldProblem>| match get(&name).trim() {
        "" => None,
        code => {
            let rating = Rating::from_code(code);
            if rating.is_none() {
                problems.push(FieldProblem::new(name, Problem::ChooseOne));
            }
            rating
        }
    };
    let mut goals = Vec::new();
    for id in goal_ids {
        let rating_given = rating(format!("rating-{id}"), &mut problems);
        let school_rating = rating(format!("school-rating-{id}"), &mut problems);
        let family_name = format!("family-comment-{id}");
        let young_name = format!("young-person-comment-{id}");
        goals.push(GoalReview {
            goal_id: *id,
            school_comment: String::new(),
            school_writer: None,
            rating: rating_given,
            school_rating,
            family_comment: optional_text(
                &family_name,
                get(&family_name),
                COMMENT_MAX_CHARS,
                &mut problems,
            ),
            young_person_comment: optional_text(
                &young_name,
                get(&young_name),
                COMMENT_MAX_CHARS,
                &mut problems,
            ),
        });
    }
    let words = ReviewWords {
        what_is_working: optional_text(
            "what-is-working",
            get("what-is-working"),
            COMMENT_MAX_CHARS,
            &mut problems,
        ),
        what_is_not_working: optional_text(
            "what-is-not-working",
            get("what-is-not-working"),
            COMMENT_MAX_CHARS,
            &mut problems,
        ),
        goals,
    };
    if problems.is_empty() {
        Ok(words)
    } else {
        Err(problems)
    }
}

/// Reads the posted review point form: the date it was held (needed) and everything recorded for
/// `goal_ids`, the goals the page showed. Every problem at once, each tied to its field.
pub fn check_review_form(
    fields: &[(String, String)],
    goal_ids: &[i64],
) -> Result<(Date, ReviewWords), Vec<FieldProblem>> {
    let get = |name: &str| {
        fields
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_str()))
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let held_on = match dates::from_typed(
        get("held-on-day"),
        get("held-on-month"),
        get("held-on-year"),
    ) {
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            problems.push(FieldProblem::new("held-on", Problem::DateMissing));
            None
        }
        Err(problem) => {
            problems.push(FieldProblem::new(
                "held-on",
                super::child::date_problem(problem),
            ));
            None
        }
    };
    match (held_on, check_review(fields, goal_ids)) {
        (Some(held_on), Ok(words)) => Ok((held_on, words)),
        (_, Err(more)) => {
            problems.extend(more);
            Err(problems)
        }
        (None, Ok(_)) => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::posted as fields;

    #[test]
    fn reads_each_goal_and_the_two_questions() {
        let words = check_review(
            &fields(&[
                ("rating-7", "getting-there"),
                ("school-rating-7", "nearly-there"),
                ("family-comment-7", " Better at home "),
                ("rating-9", ""),
                ("what-is-working", "The quiet room"),
                ("rating-11", "achieved"),
            ]),
            &[7, 9],
        )
        .unwrap();
        assert_eq!(words.goals.len(), 2, "only the goals the page showed");
        assert_eq!(words.goals[0].rating, Rating::new(2));
        assert_eq!(words.goals[0].school_rating, Rating::new(3));
        assert_eq!(words.goals[0].family_comment, "Better at home");
        assert_eq!(words.goals[1].rating, None);
        assert_eq!(words.what_is_working, "The quiet room");
    }

    #[test]
    fn a_made_up_rating_is_a_problem_on_its_field() {
        let problems = check_review(&fields(&[("rating-7", "superb")]), &[7]).unwrap_err();
        assert_eq!(
            problems,
            vec![FieldProblem::new("rating-7", Problem::ChooseOne)]
        );
    }
}
