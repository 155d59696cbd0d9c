//! The record as stored: what pages read back, each with the version that edits are based on.

use super::about_me::{AboutMePart, Author};
use super::child::ChildDetails;
use super::dates::Date;
use super::goal::{GoalState, GoalWords};
use super::review::GoalReview;
use super::school_year::{SchoolYear, Term};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedChild {
    pub id: i64,
    pub details: ChildDetails,
    pub version: i64,
}

/// An all about me entry at its newest version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedEntry {
    pub id: i64,
    pub part: AboutMePart,
    pub version: i64,
    pub text: String,
    pub author: Author,
    /// The name (or email) of the account that saved this version, if it still exists.
    pub saved_by: Option<String>,
    /// Unix seconds.
    pub saved_at: i64,
    /// Whether a parent or carer, the young person or an advocate saved it ("written by … with …").
    pub writer_role: crate::people::Role,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedGoal {
    pub id: i64,
    pub position: i64,
    pub words: GoalWords,
    pub state: GoalState,
    pub state_changed_on: Option<Date>,
    pub version: i64,
    /// Set when an advocate wrote the goal: their name, shown as "written by … with …".
    pub written_by_advocate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReviewPoint {
    pub id: i64,
    pub school_year: SchoolYear,
    pub term: Term,
    pub held_on: Date,
    pub what_is_working: String,
    pub what_is_not_working: String,
    pub questions: String,
    pub version: i64,
    /// One per goal rated or commented on at this review point.
    pub goals: Vec<GoalReview>,
    /// Set when an advocate last saved this review point: their name ("written by … with …").
    pub written_by_advocate: Option<String>,
}

impl SavedReviewPoint {
    pub fn for_goal(&self, goal_id: i64) -> Option<&GoalReview> {
        self.goals.iter().find(|g| g.goal_id == goal_id)
    }

    /// Anything recorded at all: a rating, a comment or either question answered.
    pub fn is_recorded(&self) -> bool {
        !self.what_is_working.is_empty()
            || !self.what_is_not_working.is_empty()
            || self.goals.iter().any(|g| {
                g.rating.is_some()
                    || g.school_rating.is_some()
                    || !g.family_comment.is_empty()
                    || !g.young_person_comment.is_empty()
            })
    }
}

/// Text a person was writing and had not saved, kept on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub place: String,
    pub body: String,
    pub saved_at: i64,
}

/// Review points in the order of the school year (autumn, spring, summer), whatever dates were typed.
pub fn in_school_order(points: &mut [SavedReviewPoint]) {
    points.sort_by_key(|p| (p.school_year, p.term, p.held_on, p.id));
}

/// The goals a review point's form asks about: those recorded at it, those still active, and those
/// achieved or stopped on or after the day it was held (they were still being worked on then).
/// In the family's order, as `goals` comes.
pub fn goals_at<'a>(goals: &'a [SavedGoal], point: &SavedReviewPoint) -> Vec<&'a SavedGoal> {
    goals
        .iter()
        .filter(|goal| {
            point.for_goal(goal.id).is_some()
                || goal.state == GoalState::Active
                || goal
                    .state_changed_on
                    .is_none_or(|changed| changed >= point.held_on)
        })
        .collect()
}
