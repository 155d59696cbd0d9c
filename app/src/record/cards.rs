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

/// Audio a browser may send as a voice note. Anything else is refused.
pub fn is_voice_note_type(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/mpeg" | "audio/wav" | "audio/aac"
    )
}

/// Two minutes of speech at the recorder's 64 kbit/s is about 1 MB; this leaves room for browsers
/// that record richer.
pub const VOICE_NOTE_MAX_BYTES: usize = 5 * 1024 * 1024;

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
    fn only_audio_is_a_voice_note() {
        assert!(is_voice_note_type("audio/webm;codecs=opus"));
        assert!(is_voice_note_type("Audio/Ogg"));
        assert!(!is_voice_note_type("text/html"));
        assert!(!is_voice_note_type("application/octet-stream"));
        assert!(!is_voice_note_type(""));
    }

    #[test]
    fn every_card_and_pile_has_a_code_that_reads_back() {
        for card in Card::ALL {
            assert_eq!(Card::from_code(card.code()), Some(*card));
        }
        assert_eq!(Pile::from_code("dont-like"), Some(Pile::DontLike));
    }
}
