//! How a goal is going at a review point, on the default scale in SEND.md: five steps from "not
//! started" to "achieved", always shown with words and a symbol, never by colour alone.

/// A step on the scale, 0 (not started) to 4 (achieved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    pub const STEPS: u8 = 5;
    pub const ALL: [Rating; 5] = [Rating(0), Rating(1), Rating(2), Rating(3), Rating(4)];

    pub fn new(step: u8) -> Option<Rating> {
        (step < Self::STEPS).then_some(Rating(step))
    }

    pub fn step(self) -> u8 {
        self.0
    }

    /// The code posted by forms and kept in storage.
    pub fn code(self) -> &'static str {
        [
            "not-started",
            "just-starting",
            "getting-there",
            "nearly-there",
            "achieved",
        ][self.0 as usize]
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The Fluent message id of the step's words.
    pub fn message_id(self) -> &'static str {
        [
            "rating-not-started",
            "rating-just-starting",
            "rating-getting-there",
            "rating-nearly-there",
            "rating-achieved",
        ][self.0 as usize]
    }

    /// A circle filling up, so the steps read in black and white and without colour vision.
    pub fn symbol(self) -> &'static str {
        ["○", "◔", "◑", "◕", "●"][self.0 as usize]
    }
}

/// Which way a goal went over a school year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    MovedOn,
    Stayed,
    WentBack,
    /// Fewer than two ratings in the year: nothing to compare.
    NotEnoughRatings,
}

impl Movement {
    /// From the year's ratings in date order (gaps skipped): the first rating against the last.
    pub fn over(ratings: impl IntoIterator<Item = Option<Rating>>) -> Movement {
        let given: Vec<Rating> = ratings.into_iter().flatten().collect();
        match (given.first(), given.last()) {
            (Some(first), Some(last)) if given.len() >= 2 => match last.cmp(first) {
                std::cmp::Ordering::Greater => Movement::MovedOn,
                std::cmp::Ordering::Equal => Movement::Stayed,
                std::cmp::Ordering::Less => Movement::WentBack,
            },
            _ => Movement::NotEnoughRatings,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Movement::MovedOn => "movement-moved-on",
            Movement::Stayed => "movement-stayed",
            Movement::WentBack => "movement-went-back",
            Movement::NotEnoughRatings => "movement-not-enough",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_has_five_steps_with_codes_words_and_symbols() {
        assert_eq!(Rating::new(5), None);
        for rating in Rating::ALL {
            assert_eq!(Rating::from_code(rating.code()), Some(rating));
            assert!(rating.message_id().starts_with("rating-"));
        }
        let symbols: std::collections::HashSet<_> =
            Rating::ALL.iter().map(|r| r.symbol()).collect();
        assert_eq!(symbols.len(), 5, "each step has its own symbol");
        assert_eq!(Rating::from_code("brilliant"), None);
    }

    #[test]
    fn movement_compares_first_and_last_rating_in_the_year() {
        let r = |s| Rating::new(s);
        assert_eq!(Movement::over([r(0), None, r(2)]), Movement::MovedOn);
        assert_eq!(Movement::over([r(2), r(3), r(2)]), Movement::Stayed);
        assert_eq!(Movement::over([r(3), r(1)]), Movement::WentBack);
        assert_eq!(
            Movement::over([None, r(1), None]),
            Movement::NotEnoughRatings
        );
        assert_eq!(Movement::over([]), Movement::NotEnoughRatings);
    }
}
