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

/// What the young person's page was asked to show of the cards (its address's `?card=` or
/// `?sorted=`); anything else in the address is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CardAsked {
    /// The first card not sorted yet.
    #[default]
    NextToSort,
    /// This card, to sort it or move it to another pile.
    Card(Card),
    /// This card was just sorted (or put back): say where it is, and show the next one to sort.
    Sorted(Card),
}

impl CardAsked {
    pub fn from_query(card: Option<&str>, sorted: Option<&str>) -> CardAsked {
        match (
            card.and_then(Card::from_code),
            sorted.and_then(Card::from_code),
        ) {
            (Some(card), _) => CardAsked::Card(card),
            (None, Some(card)) => CardAsked::Sorted(card),
            (None, None) => CardAsked::NextToSort,
        }
    }
}

/// The pile `card` is in, if it has been sorted.
pub fn pile_of(choices: &[(Card, Pile)], card: Card) -> Option<Pile> {
    choices.iter().find(|(c, _)| *c == card).map(|(_, p)| *p)
}

/// The next card not sorted yet after `after` in the cards' order, going round to the start; never
/// `after` itself. From the start without `after`.
pub fn next_to_sort(choices: &[(Card, Pile)], after: Option<Card>) -> Option<Card> {
    let start = after
        .and_then(|after| Card::ALL.iter().position(|c| *c == after))
        .map_or(0, |at| at + 1);
    (0..Card::ALL.len())
        .map(|step| Card::ALL[(start + step) % Card::ALL.len()])
        .find(|card| Some(*card) != after && pile_of(choices, *card).is_none())
}

/// The card the page shows, or `None` when every card is sorted (and none was asked for).
pub fn card_to_show(choices: &[(Card, Pile)], asked: CardAsked) -> Option<Card> {
    match asked {
        CardAsked::Card(card) => Some(card),
        // The card just put back is shown again only if it is the last one left to sort.
        CardAsked::Sorted(card) => next_to_sort(choices, Some(card))
            .or_else(|| pile_of(choices, card).is_none().then_some(card)),
        CardAsked::NextToSort => next_to_sort(choices, None),
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

    #[test]
    fn the_page_shows_the_next_card_to_sort_going_round_and_skipping_sorted_ones() {
        let none: Vec<(Card, Pile)> = vec![];
        assert_eq!(
            card_to_show(&none, CardAsked::NextToSort),
            Some(Card::Music)
        );
        // Just sorted the first: the second, even before the choice is stored.
        assert_eq!(
            card_to_show(&none, CardAsked::Sorted(Card::Music)),
            Some(Card::Drawing)
        );
        let some = vec![(Card::Music, Pile::Like), (Card::Drawing, Pile::DontLike)];
        assert_eq!(
            card_to_show(&some, CardAsked::NextToSort),
            Some(Card::Sport)
        );
        // After the last card it goes round to the first not sorted.
        assert_eq!(
            card_to_show(&some, CardAsked::Sorted(Card::Crowds)),
            Some(Card::Sport)
        );
        // A sorted card can be asked for, to move it.
        assert_eq!(
            card_to_show(&some, CardAsked::Card(Card::Music)),
            Some(Card::Music)
        );
        let all: Vec<(Card, Pile)> = Card::ALL.iter().map(|c| (*c, Pile::Like)).collect();
        assert_eq!(card_to_show(&all, CardAsked::NextToSort), None);
        assert_eq!(card_to_show(&all, CardAsked::Sorted(Card::Books)), None);
        // Only one left, and it is the one just put back: that one again.
        let one_left: Vec<(Card, Pile)> = all
            .iter()
            .copied()
            .filter(|(c, _)| *c != Card::Books)
            .collect();
        assert_eq!(
            card_to_show(&one_left, CardAsked::Sorted(Card::Books)),
            Some(Card::Books)
        );
    }

    #[test]
    fn only_real_cards_are_read_from_the_address() {
        assert_eq!(
            CardAsked::from_query(Some("music"), Some("books")),
            CardAsked::Card(Card::Music)
        );
        assert_eq!(
            CardAsked::from_query(Some("<script>"), Some("books")),
            CardAsked::Sorted(Card::Books)
        );
        assert_eq!(
            CardAsked::from_query(Some("x"), Some("")),
            CardAsked::NextToSort
        );
        assert_eq!(CardAsked::from_query(None, None), CardAsked::NextToSort);
    }
}
