//! The review pack shared by a link with a named person who has no account (a teacher, a SENCo): who
//! it is for, how long it works, and in which language. Plain data and the form's rules; storing,
//! the secret and who may make one live on the server (`heard_server::access::pack_links`).

use crate::people::NAME_MAX_CHARS;
use crate::record::dates::Date;
use crate::record::problems::{optional_line, FieldProblem, Problem};

/// The lengths a family picks from, in days. A family may instead give a last day.
pub const PACK_LINK_DAYS: [i64; 4] = [7, 14, 30, 90];
/// Two weeks: long enough to read before a review meeting, short enough not to be forgotten.
pub const PACK_LINK_DEFAULT_DAYS: i64 = 14;
/// The longest a link may work: a school year.
pub const PACK_LINK_MOST_DAYS: i64 = 366;

/// A link as the family asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPackLink {
    /// The person it is for, as the family typed it (shown to them, and in "who has looked").
    pub for_name: String,
    /// The last day it works.
    pub until: Date,
    /// In English for school (the family's own words as written), or in the family's language.
    pub for_school: bool,
    /// The family's language (a `Locale` tag): the pack's, or its own words' in the English pack.
    pub locale: String,
    /// The documents chosen to go with the pack, by id; the server checks each is this child's.
    pub documents: Vec<i64>,
}

/// A link the family made that still works, as their page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackLink {
    pub id: i64,
    pub for_name: String,
    pub until: Date,
    pub for_school: bool,
    /// How many times it was opened.
    pub opened: i64,
    /// How many documents go with it.
    pub documents: i64,
}

/// What a link shows: the pack, who shared it and until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedPack {
    /// The family member who made the link: their name, or their email.
    pub shared_by: String,
    pub until: Date,
    pub for_school: bool,
    /// The family's language when the link was made (a `Locale` tag).
    pub locale: String,
    pub child_id: i64,
    pub child: crate::record::saved::SavedChild,
    pub entries: Vec<crate::record::saved::SavedEntry>,
    pub goals: Vec<crate::record::saved::SavedGoal>,
    pub points: Vec<crate::record::saved::SavedReviewPoint>,
    /// The documents the family chose to go with the pack, each downloadable through the link.
    pub documents: Vec<crate::record::documents::SavedDocument>,
}

/// Why a link shows no pack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackLinkError {
    /// No link has this secret (mistyped, or never made).
    #[error("no such link")]
    Unknown,
    /// The family withdrew it, or its last day has passed. `locale` is the family's language, so
    /// the page can say so in their words as well as English.
    #[error("the link was withdrawn or has ended")]
    Ended { locale: String },
    #[error("storage failed")]
    Unavailable,
}

/// Why no link was made.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackLinkRefused {
    #[error(transparent)]
    Record(#[from] crate::services::RecordError),
    /// A document chosen that is not one of this child's (a forged or stale form): nothing is made.
    #[error("a chosen document is not on this child's record")]
    NotThisChildsDocument,
}

/// The form's field of tick boxes for the documents to go with the pack.
pub const DOCUMENTS_FIELD: &str = "documents";

/// The form as posted: `for-name`, `how-long` (a number of days, or `date` with
/// `until-day`/`-month`/`-year`), `language` (`school` or `family`), and `locale`, the language the
/// page was in (a hidden field).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackLinkForm {
    pub for_name: String,
    pub how_long: String,
    pub until: [String; 3],
    pub language: String,
    pub locale: String,
    /// The ids of the documents ticked, as posted.
    pub documents: Vec<String>,
}

impl PackLinkForm {
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        let value = |name: &str| {
            fields
                .iter()
                .find_map(|(n, v)| (n == name).then(|| v.clone()))
                .unwrap_or_default()
        };
        PackLinkForm {
            for_name: value("for-name"),
            how_long: value("how-long"),
            until: [
                value("until-day"),
                value("until-month"),
                value("until-year"),
            ],
            language: value("language"),
            locale: value("locale"),
            documents: fields
                .iter()
                .filter(|(name, _)| name == DOCUMENTS_FIELD)
                .map(|(_, value)| value.clone())
                .collect(),
        }
    }

    pub fn check(&self, today: Date) -> Result<NewPackLink, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let for_name = optional_line("for-name", &self.for_name, NAME_MAX_CHARS, &mut problems);
        if for_name.is_empty() && problems.is_empty() {
            problems.push(FieldProblem::new("for-name", Problem::NameMissing));
        }
        let last = today + time::Duration::days(PACK_LINK_MOST_DAYS);
        let until = match self.how_long.trim() {
            "date" => {
                let [day, month, year] = &self.until;
                match crate::record::dates::from_typed(day, month, year) {
                    Ok(Some(date)) if date < today => {
                        problems.push(FieldProblem::new("until", Problem::DateInPast));
                        None
                    }
                    Ok(Some(date)) if date > last => {
                        problems.push(FieldProblem::new("until", Problem::DateTooFar));
                        None
                    }
                    Ok(Some(date)) => Some(date),
                    Ok(None) => {
                        problems.push(FieldProblem::new("until", Problem::DateMissing));
                        None
                    }
                    Err(problem) => {
                        problems.push(FieldProblem::new(
                            "until",
                            crate::record::child::date_problem(problem),
                        ));
                        None
                    }
                }
            }
            days => match days.parse::<i64>() {
                Ok(days) if PACK_LINK_DAYS.contains(&days) => {
                    Some(today + time::Duration::days(days))
                }
                _ => {
                    problems.push(FieldProblem::new("how-long", Problem::ChooseOne));
                    None
                }
            },
        };
        let for_school = match self.language.as_str() {
            "school" => true,
            // A family reading Heard in English is not asked: it is the same pack.
            "family" | "" => false,
            _ => {
                problems.push(FieldProblem::new("language", Problem::ChooseOne));
                false
            }
        };
        // Ids only here; whether each is this child's is for the server to say.
        let mut documents = Vec::new();
        for typed in &self.documents {
            match typed.trim().parse::<i64>() {
                Ok(id) if !documents.contains(&id) => documents.push(id),
                Ok(_) => {}
                Err(_) => {
                    problems.push(FieldProblem::new(
                        DOCUMENTS_FIELD,
                        Problem::DocumentNotOnList,
                    ));
                    break;
                }
            }
        }
        match until {
            Some(until) if problems.is_empty() => Ok(NewPackLink {
                for_name,
                until,
                for_school,
                locale: crate::locale::Locale::from_tag(&self.locale)
                    .unwrap_or_default()
                    .tag()
                    .to_string(),
                documents,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::posted as fields;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::December, 6).unwrap()
    }

    #[test]
    fn a_link_is_for_a_named_person_for_a_chosen_time_in_a_chosen_language() {
        let link = PackLinkForm::from_fields(&fields(&[
            ("for-name", " Mr Jones (class teacher) "),
            ("how-long", "14"),
            ("language", "school"),
        ]))
        .check(today())
        .unwrap();
        assert_eq!(link.for_name, "Mr Jones (class teacher)");
        assert_eq!(
            link.until,
            Date::from_calendar_date(2026, time::Month::December, 20).unwrap()
        );
        assert!(link.for_school);
        let link = PackLinkForm::from_fields(&fields(&[
            ("for-name", "Ms Patel"),
            ("how-long", "date"),
            ("until-day", "1"),
            ("until-month", "2"),
            ("until-year", "2027"),
        ]))
        .check(today())
        .unwrap();
        assert_eq!(
            link.until,
            Date::from_calendar_date(2027, time::Month::February, 1).unwrap()
        );
        assert!(!link.for_school);
        assert!(link.documents.is_empty(), "none ticked unless chosen");
        let link = PackLinkForm::from_fields(&fields(&[
            ("for-name", "Ms Patel"),
            ("how-long", "7"),
            ("documents", "12"),
            ("documents", "3"),
            ("documents", "12"),
        ]))
        .check(today())
        .unwrap();
        assert_eq!(link.documents, vec![12, 3]);
        let problems = PackLinkForm::from_fields(&fields(&[
            ("for-name", "Ms Patel"),
            ("how-long", "7"),
            ("documents", "<b>1</b>"),
        ]))
        .check(today())
        .unwrap_err();
        assert_eq!(
            problems,
            vec![FieldProblem::new("documents", Problem::DocumentNotOnList)]
        );
    }

    #[test]
    fn a_link_needs_a_name_a_time_on_the_list_and_a_day_ahead() {
        let problems = PackLinkForm::from_fields(&fields(&[("how-long", "1000")]))
            .check(today())
            .unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("for-name", Problem::NameMissing),
                FieldProblem::new("how-long", Problem::ChooseOne),
            ]
        );
        let problems = PackLinkForm::from_fields(&fields(&[
            ("for-name", "Ms Patel"),
            ("how-long", "date"),
            ("until-day", "1"),
            ("until-month", "1"),
            ("until-year", "2020"),
        ]))
        .check(today())
        .unwrap_err();
        assert_eq!(
            problems,
            vec![FieldProblem::new("until", Problem::DateInPast)]
        );
        let problems = PackLinkForm::from_fields(&fields(&[
            ("for-name", "Ms Patel"),
            ("how-long", "date"),
            ("until-day", "1"),
            ("until-month", "1"),
            ("until-year", "2030"),
        ]))
        .check(today())
        .unwrap_err();
        assert_eq!(
            problems,
            vec![FieldProblem::new("until", Problem::DateTooFar)]
        );
    }
}
