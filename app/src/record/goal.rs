//! Goals (outcomes): what will be different, which area of need or Preparing for Adulthood theme it
//! belongs to, what will help, how we will know, and by when.

use super::child::AreaOfNeed;
use super::dates::{self, Date};
use super::problems::{optional_text, required_text, FieldProblem, Problem};
use super::school_year::YearGroup;

coded_enum! {
    /// Preparing for Adulthood outcomes, from Year 9.
    pub enum AdulthoodTheme {
        EmploymentOrEducation = "employment",
        IndependentLiving = "independent-living",
        FriendsAndCommunity = "friends-community",
        GoodHealth = "good-health",
    }
}

/// What a goal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GoalTheme {
    Need(AreaOfNeed),
    Adulthood(AdulthoodTheme),
}

impl GoalTheme {
    /// `"need:communication"`, `"adulthood:employment"`.
    pub fn code(self) -> String {
        match self {
            GoalTheme::Need(area) => format!("need:{}", area.code()),
            GoalTheme::Adulthood(theme) => format!("adulthood:{}", theme.code()),
        }
    }

    pub fn from_code(code: &str) -> Option<GoalTheme> {
        let (kind, rest) = code.split_once(':')?;
        match kind {
            "need" => AreaOfNeed::from_code(rest).map(GoalTheme::Need),
            "adulthood" => AdulthoodTheme::from_code(rest).map(GoalTheme::Adulthood),
            _ => None,
        }
    }

    /// The themes offered for a child: the four areas of need, and from Year 9 the adulthood themes.
    pub fn offered(year_group: YearGroup) -> Vec<GoalTheme> {
        let mut themes: Vec<GoalTheme> = AreaOfNeed::ALL
            .iter()
            .map(|a| GoalTheme::Need(*a))
            .collect();
        if year_group.prepares_for_adulthood() {
            themes.extend(AdulthoodTheme::ALL.iter().map(|t| GoalTheme::Adulthood(*t)));
        }
        themes
    }

    pub fn message_id(self) -> String {
        match self {
            GoalTheme::Need(area) => format!("area-{}", area.code()),
            GoalTheme::Adulthood(theme) => format!("adulthood-{}", theme.code()),
        }
    }
}

coded_enum! {
    /// Achieved and stopped goals leave the working list but stay in the record's history.
    pub enum GoalState {
        Active = "active",
        Achieved = "achieved",
        Stopped = "stopped",
    }
}

/// A goal's words, as the family wrote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalWords {
    /// What will be different.
    pub outcome: String,
    pub theme: GoalTheme,
    /// What will help: the support.
    pub support: String,
    /// How we will know it is achieved.
    pub measure: String,
    pub by_when: Option<Date>,
}

pub const OUTCOME_MAX_CHARS: usize = 500;
pub const DETAIL_MAX_CHARS: usize = 2000;

/// The goal form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalForm {
    pub outcome: String,
    pub theme: String,
    pub support: String,
    pub measure: String,
    pub by_when: [String; 3],
    pub based_on_version: String,
}

impl GoalForm {
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        let get = |name: &str| {
            fields
                .iter()
                .find_map(|(n, v)| (n == name).then(|| v.clone()))
                .unwrap_or_default()
        };
        GoalForm {
            outcome: get("outcome"),
            theme: get("theme"),
            support: get("support"),
            measure: get("measure"),
            by_when: [
                get("by-when-day"),
                get("by-when-month"),
                get("by-when-year"),
            ],
            based_on_version: get("based-on-version"),
        }
    }

    pub fn from_words(words: &GoalWords, version: i64) -> Self {
        GoalForm {
            outcome: words.outcome.clone(),
            theme: words.theme.code(),
            support: words.support.clone(),
            measure: words.measure.clone(),
            by_when: match words.by_when {
                Some(date) => [
                    date.day().to_string(),
                    u8::from(date.month()).to_string(),
                    date.year().to_string(),
                ],
                None => Default::default(),
            },
            based_on_version: version.to_string(),
        }
    }

    /// Checks the goal; the theme must be one offered for the child's year group.
    pub fn check(&self, year_group: YearGroup) -> Result<GoalWords, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let outcome = required_text("outcome", &self.outcome, OUTCOME_MAX_CHARS, &mut problems);
        let theme = GoalTheme::from_code(self.theme.trim())
            .filter(|theme| GoalTheme::offered(year_group).contains(theme));
        if theme.is_none() {
            problems.push(FieldProblem::new("theme", Problem::ChooseOne));
        }
        let support = optional_text("support", &self.support, DETAIL_MAX_CHARS, &mut problems);
        let measure = optional_text("measure", &self.measure, DETAIL_MAX_CHARS, &mut problems);
        let [day, month, year] = &self.by_when;
        let by_when = match dates::from_typed(day, month, year) {
            Ok(date) => date,
            Err(problem) => {
                problems.push(FieldProblem::new(
                    "by-when",
                    super::child::date_problem(problem),
                ));
                None
            }
        };
        match (problems.is_empty(), theme) {
            (true, Some(theme)) => Ok(GoalWords {
                outcome,
                theme,
                support,
                measure,
                by_when,
            }),
            _ => Err(problems),
        }
    }

    pub fn based_on_version(&self) -> Option<i64> {
        self.based_on_version.trim().parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(outcome: &str, theme: &str) -> GoalForm {
        GoalForm {
            outcome: outcome.into(),
            theme: theme.into(),
            by_when: ["31".into(), "7".into(), "2027".into()],
            ..Default::default()
        }
    }

    #[test]
    fn theme_codes_round_trip() {
        for theme in GoalTheme::offered(YearGroup::Year(10)) {
            assert_eq!(GoalTheme::from_code(&theme.code()), Some(theme));
        }
        assert_eq!(GoalTheme::offered(YearGroup::Year(10)).len(), 8);
        assert_eq!(GoalTheme::from_code("need:made-up"), None);
    }

    #[test]
    fn adulthood_themes_only_from_year_9() {
        let goal = form("I will make my own lunch", "adulthood:independent-living");
        assert!(goal.check(YearGroup::Year(9)).is_ok());
        assert_eq!(
            goal.check(YearGroup::Year(8)).unwrap_err(),
            vec![FieldProblem::new("theme", Problem::ChooseOne)]
        );
    }

    #[test]
    fn a_goal_needs_an_outcome_and_a_real_date_if_any() {
        let mut goal = form(" ", "need:learning");
        goal.by_when = ["31".into(), "2".into(), "2027".into()];
        assert_eq!(
            goal.check(YearGroup::Year(3)).unwrap_err(),
            vec![
                FieldProblem::new("outcome", Problem::TextMissing),
                FieldProblem::new("by-when", Problem::DateNotReal)
            ]
        );
        let words = form("Reads a short book alone", "need:learning")
            .check(YearGroup::Year(3))
            .unwrap();
        assert_eq!(
            GoalForm::from_words(&words, 2).check(YearGroup::Year(3)),
            Ok(words)
        );
    }
}
