//! The child: what they like to be called, when they were born, where they learn, what support they
//! have, and the areas of need the family recognises.

use super::dates::{self, Date, DateProblem};
use super::problems::{optional_line, FieldProblem, Problem};
use super::school_year::YearGroup;

coded_enum! {
    /// The four broad areas of need in the SEND Code of Practice.
    pub enum AreaOfNeed {
        CommunicationAndInteraction = "communication",
        CognitionAndLearning = "learning",
        SocialEmotionalMentalHealth = "semh",
        SensoryPhysical = "sensory-physical",
    }
}

coded_enum! {
    /// Where the child is on the road of support; decides which statutory dates apply.
    pub enum SupportStatus {
        NoneYet = "none",
        SenSupport = "sen-support",
        AssessmentRequested = "assessment-requested",
        EhcPlan = "ehc-plan",
    }
}

/// The dates the statutory timeline is worked out from. Each is optional: families fill in what they know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyDates {
    /// When the EHC needs assessment was asked for.
    pub assessment_requested_on: Option<Date>,
    /// When the family received a draft EHC plan.
    pub draft_plan_received_on: Option<Date>,
    /// When the final EHC plan was issued.
    pub plan_issued_on: Option<Date>,
    /// The last annual review meeting.
    pub last_annual_review_on: Option<Date>,
    /// The next annual review meeting, once a date is set.
    pub next_annual_review_on: Option<Date>,
}

impl KeyDates {
    /// Field names as in the form, with the date each holds.
    pub fn named(&self) -> [(&'static str, Option<Date>); 5] {
        [
            ("assessment-requested-on", self.assessment_requested_on),
            ("draft-plan-received-on", self.draft_plan_received_on),
            ("plan-issued-on", self.plan_issued_on),
            ("last-annual-review-on", self.last_annual_review_on),
            ("next-annual-review-on", self.next_annual_review_on),
        ]
    }
}

/// A child's details as the family gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildDetails {
    /// The name they like to be called.
    pub called_name: String,
    pub date_of_birth: Date,
    /// School, college, nursery or other setting; may be empty.
    pub setting: String,
    /// Set only when the family changed the year group worked out from the date of birth.
    pub year_group_chosen: Option<YearGroup>,
    pub support_status: SupportStatus,
    pub key_dates: KeyDates,
    pub areas_of_need: Vec<AreaOfNeed>,
}

impl ChildDetails {
    /// The year group: the family's choice, or the one for their age in England.
    pub fn year_group(&self, today: Date) -> YearGroup {
        self.year_group_chosen
            .unwrap_or_else(|| YearGroup::for_birth_date(self.date_of_birth, today))
    }
}

pub const NAME_MAX_CHARS: usize = 80;
pub const SETTING_MAX_CHARS: usize = 120;

/// The child form as posted: every field as text, so what was typed can be shown again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChildForm {
    pub called_name: String,
    pub birth_day: String,
    pub birth_month: String,
    pub birth_year: String,
    pub setting: String,
    /// `""` for "work it out from the date of birth", else a year group code.
    pub year_group: String,
    pub support_status: String,
    /// For each key date field name: day, month, year as typed.
    pub key_dates: Vec<(String, [String; 3])>,
    pub areas_of_need: Vec<String>,
}

impl ChildForm {
    /// Reads the posted fields (repeated `area-of-need` fields for the checkboxes).
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        let get = |name: &str| {
            fields
                .iter()
                .find_map(|(n, v)| (n == name).then(|| v.clone()))
                .unwrap_or_default()
        };
        let key_dates = KeyDates::default()
            .named()
            .iter()
            .map(|(name, _)| {
                (
                    name.to_string(),
                    [
                        get(&format!("{name}-day")),
                        get(&format!("{name}-month")),
                        get(&format!("{name}-year")),
                    ],
                )
            })
            .collect();
        ChildForm {
            called_name: get("called-name"),
            birth_day: get("date-of-birth-day"),
            birth_month: get("date-of-birth-month"),
            birth_year: get("date-of-birth-year"),
            setting: get("setting"),
            year_group: get("year-group"),
            support_status: get("support-status"),
            key_dates,
            areas_of_need: fields
                .iter()
                .filter(|(n, _)| n == "area-of-need")
                .map(|(_, v)| v.clone())
                .collect(),
        }
    }

    /// Checks the form against `today`; every problem at once, each tied to its field.
    pub fn check(&self, today: Date) -> Result<ChildDetails, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let called_name = optional_line(
            "called-name",
            &self.called_name,
            NAME_MAX_CHARS,
            &mut problems,
        );
        if called_name.is_empty() {
            problems.push(FieldProblem::new("called-name", Problem::NameMissing));
        }
        let date_of_birth =
            match dates::from_typed(&self.birth_day, &self.birth_month, &self.birth_year) {
                Ok(Some(born)) if born > today => {
                    problems.push(FieldProblem::new(
                        "date-of-birth",
                        Problem::BirthDateInFuture,
                    ));
                    None
                }
                Ok(Some(born)) if dates::age_on(born, today) > 25 => {
                    problems.push(FieldProblem::new("date-of-birth", Problem::OlderThan25));
                    None
                }
                Ok(Some(born)) => Some(born),
                Ok(None) => {
                    problems.push(FieldProblem::new("date-of-birth", Problem::DateMissing));
                    None
                }
                Err(problem) => {
                    problems.push(FieldProblem::new("date-of-birth", date_problem(problem)));
                    None
                }
            };
        let setting = optional_line("setting", &self.setting, SETTING_MAX_CHARS, &mut problems);
        let year_group_chosen = match self.year_group.trim() {
            "" => None,
            code => match YearGroup::from_code(code) {
                Some(year) => Some(year),
                None => {
                    problems.push(FieldProblem::new("year-group", Problem::ChooseOne));
                    None
                }
            },
        };
        let support_status = match SupportStatus::from_code(self.support_status.trim()) {
            Some(status) => status,
            None => {
                problems.push(FieldProblem::new("support-status", Problem::ChooseOne));
                SupportStatus::NoneYet
            }
        };
        let mut key_dates = KeyDates::default();
        for (name, [day, month, year]) in &self.key_dates {
            let date = match dates::from_typed(day, month, year) {
                Ok(Some(date)) if date > today && name != "next-annual-review-on" => {
                    problems.push(FieldProblem::new(name.clone(), Problem::DateInFuture));
                    None
                }
                Ok(date) => date,
                Err(problem) => {
                    problems.push(FieldProblem::new(name.clone(), date_problem(problem)));
                    None
                }
            };
            match name.as_str() {
                "assessment-requested-on" => key_dates.assessment_requested_on = date,
                "draft-plan-received-on" => key_dates.draft_plan_received_on = date,
                "plan-issued-on" => key_dates.plan_issued_on = date,
                "last-annual-review-on" => key_dates.last_annual_review_on = date,
                "next-annual-review-on" => key_dates.next_annual_review_on = date,
                _ => {}
            }
        }
        let mut areas_of_need = Vec::new();
        for code in &self.areas_of_need {
            match AreaOfNeed::from_code(code) {
                Some(area) if !areas_of_need.contains(&area) => areas_of_need.push(area),
                Some(_) => {}
                None => problems.push(FieldProblem::new("area-of-need", Problem::ChooseOne)),
            }
        }
        areas_of_need.sort();
        match (problems.is_empty(), date_of_birth) {
            (true, Some(date_of_birth)) => Ok(ChildDetails {
                called_name,
                date_of_birth,
                setting,
                year_group_chosen,
                support_status,
                key_dates,
                areas_of_need,
            }),
            _ => Err(problems),
        }
    }

    /// The form filled from saved details, for editing.
    pub fn from_details(details: &ChildDetails) -> Self {
        let typed = |date: Option<Date>| match date {
            Some(date) => [
                date.day().to_string(),
                u8::from(date.month()).to_string(),
                date.year().to_string(),
            ],
            None => Default::default(),
        };
        let [birth_day, birth_month, birth_year] = typed(Some(details.date_of_birth));
        ChildForm {
            called_name: details.called_name.clone(),
            birth_day,
            birth_month,
            birth_year,
            setting: details.setting.clone(),
            year_group: details
                .year_group_chosen
                .map(|y| y.code())
                .unwrap_or_default(),
            support_status: details.support_status.code().into(),
            key_dates: details
                .key_dates
                .named()
                .iter()
                .map(|(name, date)| (name.to_string(), typed(*date)))
                .collect(),
            areas_of_need: details
                .areas_of_need
                .iter()
                .map(|a| a.code().to_string())
                .collect(),
        }
    }

    /// Day, month and year as typed for a key date field.
    pub fn key_date(&self, name: &str) -> [String; 3] {
        self.key_dates
            .iter()
            .find_map(|(n, typed)| (n == name).then(|| typed.clone()))
            .unwrap_or_default()
    }
}

pub fn date_problem(problem: DateProblem) -> Problem {
    match problem {
        DateProblem::Missing => Problem::DateMissing,
        DateProblem::Incomplete => Problem::DateIncomplete,
        DateProblem::NotReal => Problem::DateNotReal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        dates::from_iso("2026-11-23").unwrap()
    }

    fn form(fields: &[(&str, &str)]) -> ChildForm {
        let owned: Vec<(String, String)> = fields
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        ChildForm::from_fields(&owned)
    }

    #[test]
    fn a_complete_form_gives_details() {
        let details = form(&[
            ("called-name", "  Sam "),
            ("date-of-birth-day", "14"),
            ("date-of-birth-month", "3"),
            ("date-of-birth-year", "2013"),
            ("setting", "Oak Hill Academy"),
            ("support-status", "ehc-plan"),
            ("plan-issued-on-day", "1"),
            ("plan-issued-on-month", "6"),
            ("plan-issued-on-year", "2024"),
            ("area-of-need", "semh"),
            ("area-of-need", "communication"),
            ("area-of-need", "semh"),
        ])
        .check(today())
        .unwrap();
        assert_eq!(details.called_name, "Sam");
        assert_eq!(details.support_status, SupportStatus::EhcPlan);
        assert_eq!(
            details.areas_of_need,
            vec![
                AreaOfNeed::CommunicationAndInteraction,
                AreaOfNeed::SocialEmotionalMentalHealth
            ]
        );
        assert_eq!(
            details.key_dates.plan_issued_on,
            dates::from_iso("2024-06-01")
        );
        assert_eq!(details.year_group(today()), YearGroup::Year(9));
        assert_eq!(
            ChildForm::from_details(&details).check(today()),
            Ok(details)
        );
    }

    #[test]
    fn every_problem_is_found_at_once() {
        let problems = form(&[
            ("called-name", ""),
            ("date-of-birth-day", "31"),
            ("date-of-birth-month", "2"),
            ("date-of-birth-year", "2015"),
            ("support-status", "made-up"),
            ("plan-issued-on-day", "1"),
            ("plan-issued-on-year", "2024"),
        ])
        .check(today())
        .unwrap_err();
        let found: Vec<(&str, Problem)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.problem.clone()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("called-name", Problem::NameMissing),
                ("date-of-birth", Problem::DateNotReal),
                ("support-status", Problem::ChooseOne),
                ("plan-issued-on", Problem::DateIncomplete),
            ]
        );
    }

    #[test]
    fn birth_dates_must_be_in_the_past_and_within_0_to_25() {
        let born = |y: &str| {
            form(&[
                ("called-name", "Sam"),
                ("date-of-birth-day", "1"),
                ("date-of-birth-month", "1"),
                ("date-of-birth-year", y),
                ("support-status", "none"),
            ])
            .check(today())
            .map(|_| ())
            .map_err(|p| p[0].problem.clone())
        };
        assert_eq!(born("2027"), Err(Problem::BirthDateInFuture));
        assert_eq!(born("1990"), Err(Problem::OlderThan25));
        assert_eq!(born("2020"), Ok(()));
    }
}
