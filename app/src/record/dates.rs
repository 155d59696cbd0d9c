//! Calendar dates as families type them (day, month, year in three boxes) and as they are stored
//! (ISO 8601, `2026-11-23`).

pub use time::{Date, Month};

/// `2026-11-23`.
pub fn to_iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Reads `YYYY-MM-DD`; anything else is `None`.
pub fn from_iso(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    from_parts(day, month, year)
}

pub fn from_parts(day: u8, month: u8, year: i32) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// What went wrong reading a date typed into three boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    Missing,
    /// Some of day, month and year given, not all.
    Incomplete,
    /// Not a real date (31 February, month 13, letters).
    NotReal,
}

/// Reads a date typed as day, month and year. All three empty is `Ok(None)`: the date is not known.
pub fn from_typed(day: &str, month: &str, year: &str) -> Result<Option<Date>, DateProblem> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let given = [day, month, year].iter().filter(|p| !p.is_empty()).count();
    match given {
        0 => return Ok(None),
        3 => {}
        _ => return Err(DateProblem::Incomplete),
    }
    let day: u8 = day.parse().map_err(|_| DateProblem::NotReal)?;
    let month: u8 = month.parse().map_err(|_| DateProblem::NotReal)?;
    let year: i32 = year.parse().map_err(|_| DateProblem::NotReal)?;
    // Two-digit years are a guess too far: ask for all four.
    if !(1900..=2200).contains(&year) {
        return Err(DateProblem::NotReal);
    }
    from_parts(day, month, year)
        .map(Some)
        .ok_or(DateProblem::NotReal)
}

/// Whole years from `born` to `on`.
pub fn age_on(born: Date, on: Date) -> i32 {
    let mut age = on.year() - born.year();
    if (u8::from(on.month()), on.day()) < (u8::from(born.month()), born.day()) {
        age -= 1;
    }
    age
}

/// The same day `weeks` later.
pub fn add_weeks(date: Date, weeks: i64) -> Date {
    date.saturating_add(time::Duration::weeks(weeks))
}

pub fn add_days(date: Date, days: i64) -> Date {
    date.saturating_add(time::Duration::days(days))
}

/// The same day `months` later; the 31st becomes the month's last day where there is no 31st.
pub fn add_months(date: Date, months: i32) -> Date {
    let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months;
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
    let month = Month::try_from(month).expect("1 to 12");
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).expect("a day that exists in the month")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        from_iso(text).unwrap()
    }

    #[test]
    fn iso_round_trips_and_refuses_nonsense() {
        assert_eq!(to_iso(d("2026-02-03")), "2026-02-03");
        for bad in ["", "2026-02-30", "2026-13-01", "03/02/2026", "2026-02"] {
            assert_eq!(from_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn typed_dates_say_what_is_wrong() {
        assert_eq!(from_typed("", " ", ""), Ok(None));
        assert_eq!(from_typed("3", "2", "2026"), Ok(Some(d("2026-02-03"))));
        assert_eq!(from_typed("3", "", "2026"), Err(DateProblem::Incomplete));
        assert_eq!(from_typed("30", "2", "2026"), Err(DateProblem::NotReal));
        assert_eq!(from_typed("3", "Feb", "2026"), Err(DateProblem::NotReal));
        assert_eq!(from_typed("3", "2", "26"), Err(DateProblem::NotReal));
    }

    #[test]
    fn age_turns_on_the_birthday() {
        let born = d("2012-03-15");
        assert_eq!(age_on(born, d("2026-03-14")), 13);
        assert_eq!(age_on(born, d("2026-03-15")), 14);
    }

    #[test]
    fn months_are_added_by_the_calendar() {
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2025-11-10"), 12), d("2026-11-10"));
        assert_eq!(add_months(d("2026-03-01"), -6), d("2025-09-01"));
        assert_eq!(add_weeks(d("2026-01-01"), 6), d("2026-02-12"));
    }
}
