//! Text a person typed, checked the same way in every form before anything is kept: trimmed, line
//! breaks made `\n` whatever the browser sent, and refused if it holds a character nobody can see.
//!
//! Refused everywhere: control codes (NUL and the rest of C0, DEL, C1), except tabs and line breaks
//! in a text box. In a one-line box (a name, a school, an email address) also the characters that
//! change which way text reads (bidi embeddings, overrides and isolates) and invisible spaces. Names
//! are put into sentences ("written by … with the family") without isolation marks (see
//! `i18n::build_loader`), so an override in a name would turn the rest of the sentence round and
//! could make one name look like another. In a text box a direction change is part of writing in
//! two scripts, so it is kept when it is closed again on the same line, and refused when it is left
//! open to spill into whatever is shown after it. Joiners (ZWJ, ZWNJ) and the plain direction marks
//! (LRM, RLM, ALM) are always kept: Sorani, Urdu, Punjabi and Arabic writing needs them.

/// Which kind of box the text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line: a name, a school, an email address.
    Line,
    /// A box for writing: line breaks and tabs are part of it.
    Lines,
}

/// A character that cannot be kept, with the words just before it so the person can find it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a hidden character (U+{code:04X}) after {after:?}")]
pub struct HiddenCharacter {
    pub code: u32,
    /// The last few words before it on its line (without any hidden characters); empty when it is
    /// at the start.
    pub after: String,
}

/// Invisible characters a name may not hold: they make two names that look the same differ.
const INVISIBLE_IN_A_LINE: [char; 3] = ['\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Bidi embeddings and overrides (closed by PDF) and isolates (closed by PDI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opens {
    Embedding,
    Isolate,
}

fn opens(c: char) -> Option<Opens> {
    match c {
        '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => Some(Opens::Embedding),
        '\u{2066}' | '\u{2067}' | '\u{2068}' => Some(Opens::Isolate),
        _ => None,
    }
}

fn closes(c: char) -> Option<Opens> {
    match c {
        '\u{202C}' => Some(Opens::Embedding),
        '\u{2069}' => Some(Opens::Isolate),
        _ => None,
    }
}

/// The deprecated format characters (inhibit/activate swapping, shaping, digit shapes): never typed
/// on purpose.
fn is_deprecated_format(c: char) -> bool {
    ('\u{206A}'..='\u{206F}').contains(&c)
}

fn is_bidi_control(c: char) -> bool {
    opens(c).is_some() || closes(c).is_some()
}

/// Trims the text and makes every line break `\n` (in a text box), or says which character cannot
/// be kept.
pub fn tidy(text: &str, shape: Shape) -> Result<String, HiddenCharacter> {
    let text = text.trim();
    let text = match shape {
        Shape::Line => text.to_string(),
        // Browsers send a text box's line breaks as CRLF; pasted text may hold lone CRs or
        // Unicode's own line and paragraph separators.
        Shape::Lines => text
            .replace("\r\n", "\n")
            .replace(['\r', '\u{2028}', '\u{2029}'], "\n"),
    };
    match hidden_at(&text, shape) {
        None => Ok(text),
        Some(at) => Err(HiddenCharacter {
            code: text[at..].chars().next().map_or(0, u32::from),
            after: words_before(&text[..at]),
        }),
    }
}

/// Where the first character that cannot be kept is (a byte index), if there is one.
fn hidden_at(text: &str, shape: Shape) -> Option<usize> {
    // Direction changes still open on this line, innermost last.
    let mut open: Vec<(usize, Opens)> = Vec::new();
    for (at, c) in text.char_indices() {
        match shape {
            Shape::Lines if c == '\n' => {
                if let Some((opened_at, _)) = open.first() {
                    return Some(*opened_at);
                }
            }
            Shape::Lines if c == '\t' => {}
            _ if c.is_control() || is_deprecated_format(c) => return Some(at),
            Shape::Line
                if is_bidi_control(c)
                    || INVISIBLE_IN_A_LINE.contains(&c)
                    || matches!(c, '\u{2028}' | '\u{2029}') =>
            {
                return Some(at)
            }
            Shape::Lines => {
                if let Some(kind) = opens(c) {
                    open.push((at, kind));
                } else if let Some(kind) = closes(c) {
                    // Closed in the order opened, or it is a stray that could undo text around it.
                    match open.last() {
                        Some((_, last)) if *last == kind => {
                            open.pop();
                        }
                        _ => return Some(at),
                    }
                }
            }
            Shape::Line => {}
        }
    }
    open.first().map(|(opened_at, _)| *opened_at)
}

/// The most a "just after …" shows.
const AFTER_CHARS: usize = 30;

/// The last few words before the character (from the last line that has any), cut at a space, with
/// nothing hidden left in them.
fn words_before(before: &str) -> String {
    let seen = |c: &char| !c.is_control() && !is_bidi_control(*c) && !is_deprecated_format(*c);
    let line = before
        .rsplit('\n')
        .find(|line| line.chars().filter(seen).any(|c| !c.is_whitespace()))
        .unwrap_or_default();
    let visible: Vec<char> = line.chars().filter(seen).collect();
    let start = visible.len().saturating_sub(AFTER_CHARS);
    let mut tail: String = visible[start..].iter().collect();
    if start > 0 && !visible[start - 1].is_whitespace() {
        // Start at a whole word when the line was cut inside one.
        if let Some((_, rest)) = tail.split_once(char::is_whitespace) {
            if !rest.trim().is_empty() {
                tail = rest.to_string();
            }
        }
    }
    tail.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str, shape: Shape) -> Option<(u32, String)> {
        tidy(text, shape).err().map(|h| (h.code, h.after))
    }

    #[test]
    fn ordinary_writing_in_every_script_is_kept() {
        for text in [
            "Amira",
            "Zoë O'Brien-Łukasik",
            "امیرہ",
            "ئامیرە",
            // Sorani and Persian words need the zero-width non-joiner.
            "می\u{200C}خواهم",
            "ਅਮੀਰਾ",
            "Ștefan",
            // A right-to-left mark before a number in Arabic text.
            "العمر \u{200F}12",
            "👩\u{200D}👧 Mum and me",
        ] {
            assert_eq!(tidy(text, Shape::Line).as_deref(), Ok(text), "{text}");
            assert_eq!(tidy(text, Shape::Lines).as_deref(), Ok(text), "{text}");
        }
    }

    #[test]
    fn line_breaks_become_newlines_and_the_ends_are_trimmed() {
        assert_eq!(
            tidy(
                "  First\r\nsecond\rthird\u{2028}fourth\tand a tab \r\n",
                Shape::Lines
            )
            .as_deref(),
            Ok("First\nsecond\nthird\nfourth\tand a tab")
        );
        assert_eq!(tidy("  Sam  ", Shape::Line).as_deref(), Ok("Sam"));
    }

    #[test]
    fn control_codes_are_refused_everywhere_and_say_where_they_are() {
        for shape in [Shape::Line, Shape::Lines] {
            assert_eq!(refused("\0Sam", shape), Some((0, String::new())));
            assert_eq!(refused("Sam\0", shape), Some((0, "Sam".into())));
            assert_eq!(
                refused("I like\u{1}trains", shape),
                Some((1, "I like".into()))
            );
            assert_eq!(refused("bell\u{7}", shape), Some((7, "bell".into())));
            assert_eq!(refused("del\u{7F}ete", shape), Some((0x7F, "del".into())));
            // C1: a next-line and a single-shift in the middle (at the ends trimming drops NEL).
            assert_eq!(refused("a\u{85}b", shape), Some((0x85, "a".into())));
            assert_eq!(refused("a\u{8E}b", shape), Some((0x8E, "a".into())));
            assert_eq!(refused("a\u{206E}b", shape), Some((0x206E, "a".into())));
        }
        assert_eq!(refused("Sam\tSmith", Shape::Line), Some((9, "Sam".into())));
        assert_eq!(refused("Sam\nSmith", Shape::Line), Some((10, "Sam".into())));
        assert_eq!(
            refused("Sam\u{2028}Smith", Shape::Line),
            Some((0x2028, "Sam".into()))
        );
    }

    #[test]
    fn the_words_before_are_a_few_from_the_same_line() {
        let text = "First line\nHe likes playing with the big red trains at the station\0 a lot";
        assert_eq!(
            refused(text, Shape::Lines),
            Some((0, "big red trains at the station".into()))
        );
        // At the start of a line: the words at the end of the line before.
        assert_eq!(
            refused("Trains\n\n\u{1}Buses", Shape::Lines),
            Some((1, "Trains".into()))
        );
    }

    #[test]
    fn a_name_may_not_change_direction_or_hide_a_space() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200B}', '\u{2060}', '\u{FEFF}',
        ] {
            let name = format!("Sam{c}Jones");
            assert_eq!(
                refused(&name, Shape::Line),
                Some((u32::from(c), "Sam".into())),
                "U+{:04X}",
                u32::from(c)
            );
        }
        // Even a closed pair: "Sam" written as "maS" under an override.
        assert!(refused("\u{202E}maS\u{202C}", Shape::Line).is_some());
    }

    #[test]
    fn writing_may_change_direction_if_it_changes_back_on_the_same_line() {
        let closed = "My son says \u{202B}مرحبا\u{202C} to everyone\nand \u{2067}سلام\u{2069} too";
        assert_eq!(tidy(closed, Shape::Lines).as_deref(), Ok(closed));
        let nested = "a \u{2067}b \u{202B}c\u{202C} d\u{2069} e";
        assert_eq!(tidy(nested, Shape::Lines).as_deref(), Ok(nested));
        // Left open at the end of the text or of a line.
        assert_eq!(
            refused("Written by \u{202E}maS", Shape::Lines),
            Some((0x202E, "Written by".into()))
        );
        assert_eq!(
            refused("one \u{2066}two\nthree\u{2069}", Shape::Lines),
            Some((0x2066, "one".into()))
        );
        // Closed without being opened, or closed out of order.
        assert_eq!(
            refused("stray\u{202C} pop", Shape::Lines),
            Some((0x202C, "stray".into()))
        );
        assert_eq!(
            refused("a \u{2067}b \u{202B}c\u{2069} d\u{202C}", Shape::Lines),
            Some((0x2069, "a b c".into()))
        );
    }
}
