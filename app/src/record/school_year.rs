//! The English school year: year groups from the date of birth, school years from 1 September, three
//! terms, and the default date of each term's review point.

use super::dates::{self, Date, Month};

/// A year group in England. Children start Reception in the September after they turn 4, so the year
/// group is the age on 31 August at the start of the school year, less 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YearGroup {
    /// Nursery or at home: not yet in Reception.
    EarlyYears,
    Reception,
    /// Year 1 to Year 13.
    Year(u8),
    /// Past Year 13: college, training, work or adult life (the record runs to 25).
    PostSchool,
}

impl YearGroup {
    pub const ALL: [YearGroup; 16] = [
        YearGroup::EarlyYears,
        YearGroup::Reception,
        YearGroup::Year(1),
        YearGroup::Year(2),
        YearGroup::Year(3),
        YearGroup::Year(4),
        YearGroup::Year(5),
        YearGroup::Year(6),
        YearGroup::Year(7),
        YearGroup::Year(8),
        YearGroup::Year(9),
        YearGroup::Year(10),
        YearGroup::Year(11),
        YearGroup::Year(12),
        YearGroup::Year(13),
        YearGroup::PostSchool,
    ];

    pub fn for_birth_date(born: Date, today: Date) -> YearGroup {
        let school_year = SchoolYear::containing(today);
        let age_at_start = dates::age_on(born, school_year.age_reference_day());
        match age_at_start - 4 {
            n if n < 0 => YearGroup::EarlyYears,
            0 => YearGroup::Reception,
            n @ 1..=13 => YearGroup::Year(n as u8),
            _ => YearGroup::PostSchool,
        }
    }

    /// `"early-years"`, `"reception"`, `"1"` … `"13"`, `"post-school"`.
    pub fn code(self) -> String {
        match self {
            YearGroup::EarlyYears => "early-years".into(),
            YearGroup::Reception => "reception".into(),
            YearGroup::Year(n) => n.to_string(),
            YearGroup::PostSchool => "post-school".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<YearGroup> {
        match code {
            "early-years" => Some(YearGroup::EarlyYears),
            "reception" => Some(YearGroup::Reception),
            "post-school" => Some(YearGroup::PostSchool),
            number => match number.parse::<u8>() {
                Ok(n @ 1..=13) => Some(YearGroup::Year(n)),
                _ => None,
            },
        }
    }

    /// Preparing for Adulthood goals start in Year 9.
    pub fn prepares_for_adulthood(self) -> bool {
        matches!(self, YearGroup::Year(n) if n >= 9) || self == YearGroup::PostSchool
    }
}

/// A school year, named by the calendar year it starts in: 2025 is 2025/26, 1 September 2025 to
/// 31 August 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchoolYear(pub i32);

impl SchoolYear {
    pub fn containing(date: Date) -> SchoolYear {
        if date.month() >= Month::September {
            SchoolYear(date.year())
        } else {
            SchoolYear(date.year() - 1)
        }
    }

    pub fn starts_on(self) -> Date {
        dates::from_parts(1, 9, self.0).expect("1 September exists")
    }

    pub fn ends_on(self) -> Date {
        dates::from_parts(31, 8, self.0 + 1).expect("31 August exists")
    }

    /// Ages for year groups are taken on 31 August just before the school year starts.
    fn age_reference_day(self) -> Date {
        dates::from_parts(31, 8, self.0).expect("31 August exists")
    }

    /// `"2025/26"`: how schools write it.
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1).rem_euclid(100))
    }

    pub fn previous(self) -> SchoolYear {
        SchoolYear(self.0 - 1)
    }
}

coded_enum! {
    /// The three terms of the English school year; there is one review point in each.
    pub enum Term {
        Autumn = "autumn",
        Spring = "spring",
        Summer = "summer",
    }
}

impl Term {
    /// The default review point: a Monday about two thirds of the way through the term (after
    /// half term, with time left to act on what was agreed). Families change it to the real date.
    pub fn default_review_date(self, year: SchoolYear) -> Date {
        let (day, month, calendar_year) = match self {
            Term::Autumn => (10, 11, year.0),
            Term::Spring => (9, 3, year.0 + 1),
            Term::Summer => (29, 6, year.0 + 1),
        };
        let mut date = dates::from_parts(day, month, calendar_year).expect("a fixed real date");
        while date.weekday() != time::Weekday::Monday {
            date = date.next_day().expect("not the end of time");
        }
        date
    }

    /// The term a date falls in, by the usual shape of the English school year (holidays count with
    /// the term before them): autumn September to December, spring January to Easter (taken as
    /// March), summer April to August.
    pub fn containing(date: Date) -> Term {
        match u8::from(date.month()) {
            9..=12 => Term::Autumn,
            1..=3 => Term::Spring,
            _ => Term::Summer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        dates::from_iso(text).unwrap()
    }

    #[test]
    fn year_group_follows_the_31_august_cut_off() {
        let today = d("2026-11-23"); // school year 2026/27
        assert_eq!(
            YearGroup::for_birth_date(d("2021-08-31"), today),
            YearGroup::Year(1)
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2021-09-01"), today),
            YearGroup::Reception
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2022-09-01"), today),
            YearGroup::EarlyYears
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2020-09-01"), today),
            YearGroup::Year(1)
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2013-03-14"), today),
            YearGroup::Year(9)
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2013-03-14"), d("2026-07-20")),
            YearGroup::Year(8)
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2008-09-01"), today),
            YearGroup::Year(13)
        );
        assert_eq!(
            YearGroup::for_birth_date(d("2004-01-01"), today),
            YearGroup::PostSchool
        );
    }

    #[test]
    fn year_group_codes_round_trip() {
        for year in YearGroup::ALL {
            assert_eq!(YearGroup::from_code(&year.code()), Some(year));
        }
        assert_eq!(YearGroup::from_code("14"), None);
        assert_eq!(YearGroup::from_code("0"), None);
    }

    #[test]
    fn preparing_for_adulthood_starts_in_year_9() {
        assert!(!YearGroup::Year(8).prepares_for_adulthood());
        assert!(YearGroup::Year(9).prepares_for_adulthood());
        assert!(YearGroup::PostSchool.prepares_for_adulthood());
    }

    #[test]
    fn school_years_start_on_1_september() {
        assert_eq!(SchoolYear::containing(d("2026-08-31")), SchoolYear(2025));
        assert_eq!(SchoolYear::containing(d("2026-09-01")), SchoolYear(2026));
        assert_eq!(SchoolYear(2025).label(), "2025/26");
        assert_eq!(SchoolYear(2099).label(), "2099/00");
    }

    #[test]
    fn default_review_points_are_mondays_in_term() {
        let year = SchoolYear(2025);
        let dates: Vec<Date> = Term::ALL
            .iter()
            .map(|t| t.default_review_date(year))
            .collect();
        assert_eq!(
            dates,
            vec![d("2025-11-10"), d("2026-03-09"), d("2026-06-29")]
        );
        for (term, date) in Term::ALL.iter().zip(&dates) {
            assert_eq!(date.weekday(), time::Weekday::Monday);
            assert_eq!(Term::containing(*date), *term);
            assert_eq!(SchoolYear::containing(*date), year);
        }
    }
}
