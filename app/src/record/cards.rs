//! Picture cards a young person sorts into "I like", "not sure" and "I don't like": views given
//! without writing. The pictures are `style/cards/<code>.svg`; each has a name and a description in
//! every locale (`card-<code>`, `card-<code>-picture`).

coded_enum! {
    pub enum Card {
        Music = "music",
        Drawing = "drawing",
        Sport = "sport",
        Swimming = "swimming",
        Animals = "animals",
        Outdoors = "outdoors",
        Games = "games",
        Books = "books",
        Cooking = "cooking",
        Dancing = "dancing",
        Building = "building",
        Trains = "trains",
        Friends = "friends",
        QuietPlace = "quiet-place",
        LoudNoise = "loud-noise",
        Crowds = "crowds",
    }
}

coded_enum! {
    pub enum Pile {
        Like = "like",
        NotSure = "not-sure",
        DontLike = "dont-like",
    }
}

impl Card {
    pub fn name_id(self) -> String {
        format!("card-{}", self.code())
    }

    pub fn picture_id(self) -> String {
        format!("card-{}-picture", self.code())
    }
}

impl Pile {
    pub fn message_id(self) -> String {
        format!("pile-{}", self.code())
    }
}

/// A saved voice note, without its sound (that is fetched by the audio player).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedVoiceNote {
    pub id: i64,
    pub media_type: String,
    pub bytes: i64,
    /// The name (or email) of who saved it, if the account still exists.
    pub recorded_by: Option<String>,
    /// Unix seconds.
    pub recorded_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_and_pile_has_a_code_that_reads_back() {
        for card in Card::ALL {
            assert_eq!(Card::from_code(card.code()), Some(*card));
        }
        assert_eq!(Pile::from_code("dont-like"), Some(Pile::DontLike));
    }
}
