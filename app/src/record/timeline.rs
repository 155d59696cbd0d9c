//! The statutory timeline (SEND.md): from the support status and key dates, what should happen by when.
//!
//! Every deadline is calendar arithmetic on the dates the family gave (SEND Code of Practice 0-25,
//! SEND Regulations 2014): nothing here knows about bank holidays or school holidays, and a date the
//! family did not give is never guessed.

use super::child::{ChildDetails, KeyDates, SupportStatus};
use super::dates::{self, Date};
use super::school_year::{SchoolYear, YearGroup};

/// What the timeline is worked out from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineFacts {
    pub status: SupportStatus,
    pub date_of_birth: Date,
    pub year_group: YearGroup,
    pub key_dates: KeyDates,
}

impl TimelineFacts {
    /// What the family gave about `child`, with the year group as it is on `today`.
    pub fn of(child: &ChildDetails, today: Date) -> Self {
        Self {
            status: child.support_status,
            date_of_birth: child.date_of_birth,
            year_group: child.year_group(today),
            key_dates: child.key_dates,
        }
    }
}

/// A statutory step. The order of the variants is the order of the steps when two fall on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepKind {
    /// The council decides whether to do an EHC needs assessment: 6 weeks from the request.
    DecideWhetherToAssess,
    /// The council decides whether to issue an EHC plan: 16 weeks from the request.
    DecideWhetherToIssuePlan,
    /// The family comments on the draft plan and names a school: 15 days from receiving it.
    CommentOnDraftPlan,
    /// The final EHC plan: 20 weeks from the request.
    FinalPlan,
    /// Papers for the annual review go out: at least 2 weeks before the meeting.
    ReviewPapersSent,
    /// The annual review meeting: within 12 months of the plan or the last review (6 under age 5).
    AnnualReviewMeeting,
    /// The report of the review: within 2 weeks after the meeting.
    ReviewReport,
    /// The council's decision after the review: within 4 weeks of the meeting.
    ReviewDecision,
    /// The plan amended for the move to the next phase of education: 15 February, or 31 March when
    /// moving into post-16.
    PhaseTransfer,
}

impl StepKind {
    /// Whether the step is the council's (or the school's on its behalf) to do, so that a step past
    /// its date means the council is late. Commenting on a draft plan is the family's step.
    pub fn is_councils(self) -> bool {
        self != StepKind::CommentOnDraftPlan
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepState {
    /// A later fact shows it happened.
    Done,
    /// Its date has passed and nothing shows it happened.
    Overdue,
    /// The first step still to come.
    Next,
    /// Still to come, after the next one.
    Later,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    /// The latest date it should happen by (for a review meeting the family has a date for, that date).
    pub due: Date,
    pub state: StepState,
}

/// A key date the family could add to see more of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingDate {
    /// An assessment was asked for, but not when.
    AssessmentRequestedOn,
    /// There is an EHC plan, but no date it was issued, last reviewed or is next reviewed.
    PlanIssuedOrLastReviewOn,
    /// The annual review meeting's date has passed: if it happened, its date moves the timeline on.
    LastAnnualReviewOn,
}

impl MissingDate {
    /// The form field the family fills in (as in `KeyDates::named`).
    pub fn field(self) -> &'static str {
        match self {
            MissingDate::AssessmentRequestedOn => "assessment-requested-on",
            MissingDate::PlanIssuedOrLastReviewOn => "plan-issued-on",
            MissingDate::LastAnnualReviewOn => "last-annual-review-on",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    /// Sorted by date; at most one is `Next`.
    pub steps: Vec<Step>,
    pub missing: Vec<MissingDate>,
}

impl Timeline {
    /// The first step still to come, if any.
    pub fn next(&self) -> Option<&Step> {
        self.steps.iter().find(|s| s.state == StepState::Next)
    }

    /// Whether any of the council's steps is late.
    pub fn council_is_late(&self) -> bool {
        self.steps
            .iter()
            .any(|s| s.state == StepState::Overdue && s.kind.is_councils())
    }
}

pub const DECIDE_TO_ASSESS_WEEKS: i64 = 6;
pub const DECIDE_TO_ISSUE_WEEKS: i64 = 16;
pub const FINAL_PLAN_WEEKS: i64 = 20;
pub const DRAFT_COMMENT_DAYS: i64 = 15;
pub const REVIEW_MONTHS: i32 = 12;
pub const REVIEW_MONTHS_UNDER_5: i32 = 6;
pub const PAPERS_BEFORE_MEETING_WEEKS: i64 = 2;
pub const REPORT_AFTER_MEETING_WEEKS: i64 = 2;
pub const DECISION_AFTER_MEETING_WEEKS: i64 = 4;

/// The statutory steps that apply, with the date each is due and where it stands on `today`.
///
/// None yet and SEN support have no statutory steps (SEN support is reviewed each term, on dates the
/// school sets). An assessment request gives the assessment steps; an EHC plan gives the annual
/// review steps and, in the year before a move between phases, the phase transfer.
pub fn timeline(facts: &TimelineFacts, today: Date) -> Timeline {
    let mut found = Found::default();
    match facts.status {
        SupportStatus::NoneYet | SupportStatus::SenSupport => {}
        SupportStatus::AssessmentRequested => assessment_steps(facts, &mut found),
        SupportStatus::EhcPlan => {
            review_steps(facts, today, &mut found);
            phase_transfer_step(facts, today, &mut found);
        }
    }
    found.into_timeline(today)
}

/// Steps with only `done` known; `Next`, `Later` and `Overdue` are settled once they are sorted.
#[derive(Default)]
struct Found {
    steps: Vec<(StepKind, Date, bool)>,
    missing: Vec<MissingDate>,
}

impl Found {
    fn step(&mut self, kind: StepKind, due: Date, done: bool) {
        self.steps.push((kind, due, done));
    }

    fn into_timeline(mut self, today: Date) -> Timeline {
        self.steps.sort_by_key(|(kind, due, _)| (*due, *kind));
        let mut next_found = false;
        let steps = self
            .steps
            .into_iter()
            .map(|(kind, due, done)| {
                let state = if done {
                    StepState::Done
                } else if due < today {
                    StepState::Overdue
                } else if !next_found {
                    next_found = true;
                    StepState::Next
                } else {
                    StepState::Later
                };
                Step { kind, due, state }
            })
            .collect();
        Timeline {
            steps,
            missing: self.missing,
        }
    }
}

fn assessment_steps(facts: &TimelineFacts, found: &mut Found) {
    let key = &facts.key_dates;
    // A final plan means every assessment step happened; a draft plan means the council assessed and
    // decided to issue a plan.
    let plan_issued = key.plan_issued_on.is_some();
    let draft_received = key.draft_plan_received_on.is_some() || plan_issued;
    match key.assessment_requested_on {
        Some(asked) => {
            found.step(
                StepKind::DecideWhetherToAssess,
                dates::add_weeks(asked, DECIDE_TO_ASSESS_WEEKS),
                draft_received,
            );
            found.step(
                StepKind::DecideWhetherToIssuePlan,
                dates::add_weeks(asked, DECIDE_TO_ISSUE_WEEKS),
                draft_received,
            );
            found.step(
                StepKind::FinalPlan,
                dates::add_weeks(asked, FINAL_PLAN_WEEKS),
                plan_issued,
            );
        }
        None => found.missing.push(MissingDate::AssessmentRequestedOn),
    }
    if let Some(draft) = key.draft_plan_received_on {
        found.step(
            StepKind::CommentOnDraftPlan,
            dates::add_days(draft, DRAFT_COMMENT_DAYS),
            plan_issued,
        );
    }
}

/// The date the next annual review meeting is worked out from: the later of the plan's issue and the
/// last review.
fn review_base(key: &KeyDates) -> Option<Date> {
    key.plan_issued_on.max(key.last_annual_review_on)
}

/// The latest date the next annual review meeting may be held: 12 months after `base`, or 6 months
/// when the child is under 5 on `base`.
pub fn latest_review_meeting(base: Date, date_of_birth: Date) -> Date {
    let months = if dates::age_on(date_of_birth, base) < 5 {
        REVIEW_MONTHS_UNDER_5
    } else {
        REVIEW_MONTHS
    };
    dates::add_months(base, months)
}

fn review_steps(facts: &TimelineFacts, today: Date, found: &mut Found) {
    let key = &facts.key_dates;
    let base = review_base(key);
    // The family's date for the next meeting, unless a review on or after it has been recorded since.
    let given = key
        .next_annual_review_on
        .filter(|next| base.is_none_or(|base| *next > base));
    let meeting = match (given, base) {
        (Some(given), _) => given,
        (None, Some(base)) => latest_review_meeting(base, facts.date_of_birth),
        (None, None) => {
            found.missing.push(MissingDate::PlanIssuedOrLastReviewOn);
            return;
        }
    };
    found.step(
        StepKind::ReviewPapersSent,
        dates::add_weeks(meeting, -PAPERS_BEFORE_MEETING_WEEKS),
        false,
    );
    found.step(StepKind::AnnualReviewMeeting, meeting, false);
    found.step(
        StepKind::ReviewReport,
        dates::add_weeks(meeting, REPORT_AFTER_MEETING_WEEKS),
        false,
    );
    found.step(
        StepKind::ReviewDecision,
        dates::add_weeks(meeting, DECISION_AFTER_MEETING_WEEKS),
        false,
    );
    if meeting < today {
        found.missing.push(MissingDate::LastAnnualReviewOn);
    }
}

/// The date the plan must be amended by for a move next September, if the child is in the year before
/// one: Year 6 (to secondary) and early years (to Reception) by 15 February, Year 11 (into post-16) by
/// 31 March. The move from infant to junior school (Year 2) is left out: not every area has one.
pub fn phase_transfer_due(
    year_group: YearGroup,
    date_of_birth: Date,
    school_year: SchoolYear,
) -> Option<Date> {
    let spring = school_year.0 + 1;
    match year_group {
        YearGroup::Year(6) => dates::from_parts(15, 2, spring),
        YearGroup::Year(11) => dates::from_parts(31, 3, spring),
        // Starts Reception next September: 4 by 31 August at the end of this school year.
        YearGroup::EarlyYears if dates::age_on(date_of_birth, school_year.ends_on()) == 4 => {
            dates::from_parts(15, 2, spring)
        }
        _ => None,
    }
}

fn phase_transfer_step(facts: &TimelineFacts, today: Date, found: &mut Found) {
    let school_year = SchoolYear::containing(today);
    let Some(due) = phase_transfer_due(facts.year_group, facts.date_of_birth, school_year) else {
        return;
    };
    // A plan issued this school year, by the deadline, is taken to be the amended plan for the move.
    let done = facts
        .key_dates
        .plan_issued_on
        .is_some_and(|issued| issued >= school_year.starts_on() && issued <= due);
    found.step(StepKind::PhaseTransfer, due, done);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        dates::from_iso(text).unwrap()
    }

    fn facts(status: SupportStatus, key_dates: KeyDates) -> TimelineFacts {
        TimelineFacts {
            status,
            date_of_birth: d("2015-05-20"),
            year_group: YearGroup::Year(5),
            key_dates,
        }
    }

    fn steps(timeline: &Timeline) -> Vec<(StepKind, Date, StepState)> {
        timeline
            .steps
            .iter()
            .map(|s| (s.kind, s.due, s.state))
            .collect()
    }

    use StepKind::*;
    use StepState::*;

    #[test]
    fn none_yet_and_sen_support_have_no_statutory_steps() {
        let key_dates = KeyDates {
            assessment_requested_on: Some(d("2026-01-05")),
            plan_issued_on: Some(d("2025-06-01")),
            ..KeyDates::default()
        };
        for status in [SupportStatus::NoneYet, SupportStatus::SenSupport] {
            assert_eq!(
                timeline(&facts(status, key_dates), d("2026-02-01")),
                Timeline::default(),
                "{status:?}"
            );
        }
    }

    #[test]
    fn assessment_deadlines_count_weeks_from_the_request() {
        let facts = facts(
            SupportStatus::AssessmentRequested,
            KeyDates {
                assessment_requested_on: Some(d("2026-01-05")),
                ..KeyDates::default()
            },
        );
        let found = timeline(&facts, d("2026-01-10"));
        assert_eq!(
            steps(&found),
            vec![
                (DecideWhetherToAssess, d("2026-02-16"), Next),
                (DecideWhetherToIssuePlan, d("2026-04-27"), Later),
                (FinalPlan, d("2026-05-25"), Later),
            ]
        );
        assert!(found.missing.is_empty());
        assert_eq!(found.next().map(|s| s.kind), Some(DecideWhetherToAssess));
    }

    #[test]
    fn a_late_decision_is_overdue_and_the_next_step_is_the_first_still_to_come() {
        let facts = facts(
            SupportStatus::AssessmentRequested,
            KeyDates {
                assessment_requested_on: Some(d("2026-01-05")),
                ..KeyDates::default()
            },
        );
        // 16 February is the last day for the decision to assess: on the day, not yet late.
        assert_eq!(timeline(&facts, d("2026-02-16")).steps[0].state, Next);
        let found = timeline(&facts, d("2026-02-17"));
        assert_eq!(
            steps(&found),
            vec![
                (DecideWhetherToAssess, d("2026-02-16"), Overdue),
                (DecideWhetherToIssuePlan, d("2026-04-27"), Next),
                (FinalPlan, d("2026-05-25"), Later),
            ]
        );
        assert!(found.council_is_late());
        let all_late = timeline(&facts, d("2026-06-01"));
        assert!(all_late.steps.iter().all(|s| s.state == Overdue));
        assert_eq!(all_late.next(), None);
    }

    #[test]
    fn a_draft_plan_means_the_decisions_were_made_and_gives_15_days_to_comment() {
        let facts = facts(
            SupportStatus::AssessmentRequested,
            KeyDates {
                assessment_requested_on: Some(d("2026-01-05")),
                draft_plan_received_on: Some(d("2026-04-20")),
                ..KeyDates::default()
            },
        );
        let found = timeline(&facts, d("2026-04-28"));
        assert_eq!(
            steps(&found),
            vec![
                (DecideWhetherToAssess, d("2026-02-16"), Done),
                (DecideWhetherToIssuePlan, d("2026-04-27"), Done),
                (CommentOnDraftPlan, d("2026-05-05"), Next),
                (FinalPlan, d("2026-05-25"), Later),
            ]
        );
        // The family's own deadline passing is not the council being late.
        let passed = timeline(&facts, d("2026-05-06"));
        assert_eq!(passed.steps[2].state, Overdue);
        assert!(!passed.council_is_late());
        assert_eq!(passed.next().map(|s| s.kind), Some(FinalPlan));
    }

    #[test]
    fn a_draft_without_the_request_date_asks_for_it() {
        let found = timeline(
            &facts(
                SupportStatus::AssessmentRequested,
                KeyDates {
                    draft_plan_received_on: Some(d("2026-01-31")),
                    ..KeyDates::default()
                },
            ),
            d("2026-02-01"),
        );
        assert_eq!(
            steps(&found),
            vec![(CommentOnDraftPlan, d("2026-02-15"), Next)]
        );
        assert_eq!(found.missing, vec![MissingDate::AssessmentRequestedOn]);
        let nothing = timeline(
            &facts(SupportStatus::AssessmentRequested, KeyDates::default()),
            d("2026-02-01"),
        );
        assert!(nothing.steps.is_empty());
        assert_eq!(nothing.missing, vec![MissingDate::AssessmentRequestedOn]);
    }

    #[test]
    fn the_annual_review_is_within_12_months_of_the_plan() {
        let found = timeline(
            &facts(
                SupportStatus::EhcPlan,
                KeyDates {
                    assessment_requested_on: Some(d("2025-01-06")),
                    plan_issued_on: Some(d("2025-05-20")),
                    ..KeyDates::default()
                },
            ),
            d("2026-01-10"),
        );
        // The assessment steps are over: not listed.
        assert_eq!(
            steps(&found),
            vec![
                (ReviewPapersSent, d("2026-05-06"), Next),
                (AnnualReviewMeeting, d("2026-05-20"), Later),
                (ReviewReport, d("2026-06-03"), Later),
                (ReviewDecision, d("2026-06-17"), Later),
            ]
        );
        assert!(found.missing.is_empty());
    }

    #[test]
    fn the_latest_of_plan_and_last_review_counts() {
        let found = timeline(
            &facts(
                SupportStatus::EhcPlan,
                KeyDates {
                    plan_issued_on: Some(d("2023-03-01")),
                    last_annual_review_on: Some(d("2025-10-15")),
                    ..KeyDates::default()
                },
            ),
            d("2026-01-10"),
        );
        assert_eq!(
            found.steps[1],
            Step {
                kind: AnnualReviewMeeting,
                due: d("2026-10-15"),
                state: Later
            }
        );
    }

    #[test]
    fn under_5_the_plan_is_reviewed_every_6_months() {
        let toddler = TimelineFacts {
            status: SupportStatus::EhcPlan,
            date_of_birth: d("2022-03-01"),
            year_group: YearGroup::EarlyYears,
            key_dates: KeyDates {
                plan_issued_on: Some(d("2025-11-30")),
                ..KeyDates::default()
            },
        };
        let found = timeline(&toddler, d("2026-01-10"));
        let due = |kind| found.steps.iter().find(|s| s.kind == kind).map(|s| s.due);
        assert_eq!(due(AnnualReviewMeeting), Some(d("2026-05-30")));
        // Starting Reception in September 2026: the plan is amended for it by 15 February.
        assert_eq!(due(PhaseTransfer), Some(d("2026-02-15")));
        // Age is taken on the day of the plan or last review: 5 by then means 12 months.
        assert_eq!(
            latest_review_meeting(d("2027-03-01"), d("2022-03-01")),
            d("2028-03-01")
        );
        assert_eq!(
            latest_review_meeting(d("2027-02-28"), d("2022-03-01")),
            d("2027-08-28")
        );
    }

    #[test]
    fn a_meeting_date_the_family_gives_is_used() {
        let key_dates = KeyDates {
            plan_issued_on: Some(d("2025-05-20")),
            next_annual_review_on: Some(d("2026-03-10")),
            ..KeyDates::default()
        };
        let found = timeline(&facts(SupportStatus::EhcPlan, key_dates), d("2026-01-10"));
        assert_eq!(
            steps(&found),
            vec![
                (ReviewPapersSent, d("2026-02-24"), Next),
                (AnnualReviewMeeting, d("2026-03-10"), Later),
                (ReviewReport, d("2026-03-24"), Later),
                (ReviewDecision, d("2026-04-07"), Later),
            ]
        );
        // Even with no other date.
        let alone = KeyDates {
            next_annual_review_on: Some(d("2026-03-10")),
            ..KeyDates::default()
        };
        let found = timeline(&facts(SupportStatus::EhcPlan, alone), d("2026-01-10"));
        assert_eq!(found.steps[1].due, d("2026-03-10"));
        assert!(found.missing.is_empty());
    }

    #[test]
    fn a_meeting_date_older_than_the_last_review_is_worked_out_again() {
        let key_dates = KeyDates {
            plan_issued_on: Some(d("2024-05-20")),
            last_annual_review_on: Some(d("2025-05-12")),
            next_annual_review_on: Some(d("2025-05-12")),
            ..KeyDates::default()
        };
        let found = timeline(&facts(SupportStatus::EhcPlan, key_dates), d("2026-01-10"));
        assert_eq!(found.steps[1].due, d("2026-05-12"));
        assert!(found.steps.iter().all(|s| s.state != Overdue));
    }

    #[test]
    fn a_review_meeting_in_the_past_is_overdue_until_a_newer_review_is_added() {
        let key_dates = KeyDates {
            plan_issued_on: Some(d("2024-11-01")),
            ..KeyDates::default()
        };
        let found = timeline(&facts(SupportStatus::EhcPlan, key_dates), d("2025-11-10"));
        assert_eq!(
            steps(&found),
            vec![
                (ReviewPapersSent, d("2025-10-18"), Overdue),
                (AnnualReviewMeeting, d("2025-11-01"), Overdue),
                (ReviewReport, d("2025-11-15"), Next),
                (ReviewDecision, d("2025-11-29"), Later),
            ]
        );
        assert!(found.council_is_late());
        assert_eq!(found.missing, vec![MissingDate::LastAnnualReviewOn]);
        let reviewed = KeyDates {
            last_annual_review_on: Some(d("2025-10-30")),
            ..key_dates
        };
        let found = timeline(&facts(SupportStatus::EhcPlan, reviewed), d("2025-11-10"));
        assert_eq!(found.steps[1].due, d("2026-10-30"));
        assert!(!found.council_is_late());
        assert!(found.missing.is_empty());
    }

    #[test]
    fn an_ehc_plan_without_dates_asks_for_one() {
        let found = timeline(
            &facts(SupportStatus::EhcPlan, KeyDates::default()),
            d("2026-01-10"),
        );
        assert!(found.steps.is_empty());
        assert_eq!(found.missing, vec![MissingDate::PlanIssuedOrLastReviewOn]);
        assert_eq!(found.missing[0].field(), "plan-issued-on");
    }

    #[test]
    fn year_6_plans_are_amended_by_15_february() {
        let year_6 = TimelineFacts {
            year_group: YearGroup::Year(6),
            ..facts(
                SupportStatus::EhcPlan,
                KeyDates {
                    plan_issued_on: Some(d("2022-06-30")),
                    last_annual_review_on: Some(d("2025-06-30")),
                    ..KeyDates::default()
                },
            )
        };
        let found = timeline(&year_6, d("2025-10-01"));
        assert_eq!(
            steps(&found),
            vec![
                (PhaseTransfer, d("2026-02-15"), Next),
                (ReviewPapersSent, d("2026-06-16"), Later),
                (AnnualReviewMeeting, d("2026-06-30"), Later),
                (ReviewReport, d("2026-07-14"), Later),
                (ReviewDecision, d("2026-07-28"), Later),
            ]
        );
        // In the same school year after the deadline: late, unless a plan was issued by then.
        let found = timeline(&year_6, d("2026-03-01"));
        assert_eq!(
            found.steps[0],
            Step {
                kind: PhaseTransfer,
                due: d("2026-02-15"),
                state: Overdue
            }
        );
        let amended = TimelineFacts {
            key_dates: KeyDates {
                plan_issued_on: Some(d("2026-02-10")),
                ..year_6.key_dates
            },
            ..year_6
        };
        assert_eq!(timeline(&amended, d("2026-03-01")).steps[0].state, Done);
    }

    #[test]
    fn year_11_plans_are_amended_by_31_march() {
        let year_11 = TimelineFacts {
            year_group: YearGroup::Year(11),
            ..facts(
                SupportStatus::EhcPlan,
                KeyDates {
                    last_annual_review_on: Some(d("2025-12-01")),
                    ..KeyDates::default()
                },
            )
        };
        let found = timeline(&year_11, d("2026-01-10"));
        assert_eq!(found.steps[0].kind, PhaseTransfer);
        assert_eq!(found.steps[0].due, d("2026-03-31"));
        assert_eq!(found.steps[0].state, Next);
    }

    #[test]
    fn only_the_years_before_a_move_have_a_phase_transfer() {
        let year = SchoolYear(2025);
        let born = d("2015-05-20");
        assert_eq!(phase_transfer_due(YearGroup::Year(5), born, year), None);
        assert_eq!(phase_transfer_due(YearGroup::Year(2), born, year), None);
        assert_eq!(phase_transfer_due(YearGroup::Year(7), born, year), None);
        assert_eq!(phase_transfer_due(YearGroup::PostSchool, born, year), None);
        // Early years: only the year before Reception (4 by 31 August 2026).
        assert_eq!(
            phase_transfer_due(YearGroup::EarlyYears, d("2022-08-31"), year),
            Some(d("2026-02-15"))
        );
        assert_eq!(
            phase_transfer_due(YearGroup::EarlyYears, d("2022-09-01"), year),
            None
        );
        // Not for assessments or SEN support.
        let assessing = TimelineFacts {
            year_group: YearGroup::Year(6),
            ..facts(SupportStatus::AssessmentRequested, KeyDates::default())
        };
        assert!(timeline(&assessing, d("2025-10-01"))
            .steps
            .iter()
            .all(|s| s.kind != PhaseTransfer));
    }
}
