//! Cleaning the words feeds send: descriptions arrive as HTML from council content systems, with
//! entities, stray tags and runs of whitespace.

/// Plain text from HTML or plain text: tags stripped (the contents of `script` and `style` dropped),
/// common entities decoded, whitespace collapsed, paragraphs (block tags, `<br>`, blank lines) kept
/// apart by `"\n\n"`.
pub fn clean_text(raw: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut rest = raw;
    while !rest.is_empty() {
        match rest.find('<') {
            None => {
                push_text(&mut paragraphs, &mut current, rest);
                break;
            }
            Some(at) => {
                push_text(&mut paragraphs, &mut current, &rest[..at]);
                rest = &rest[at..];
                match tag_at(rest) {
                    Some(tag) => {
                        if tag.breaks {
                            end_paragraph(&mut paragraphs, &mut current);
                        }
                        rest = &rest[tag.len..];
                        if let Some(skip_to) = tag.skips_until {
                            rest = skip_past_closing(rest, skip_to);
                        }
                    }
                    None => {
                        // A `<` that starts no tag ("ages < 5") is text.
                        push_text(&mut paragraphs, &mut current, "<");
                        rest = &rest[1..];
                    }
                }
            }
        }
    }
    end_paragraph(&mut paragraphs, &mut current);
    paragraphs.join("\n\n")
}

/// One line of plain text: as [`clean_text`], paragraphs joined by a space. For names and titles.
pub fn clean_line(raw: &str) -> String {
    clean_text(raw).split("\n\n").collect::<Vec<_>>().join(" ")
}

/// Words for matching: lower case, apostrophes dropped ("Down's" → "downs"), everything that is not
/// a letter or digit a separator.
pub fn words(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut word = String::new();
    for c in lower.chars() {
        if c == '\'' || c == '’' || c == '‘' {
            continue;
        }
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Where `phrase` occurs in `words` as whole words: the start of each match.
pub fn phrase_starts(words: &[String], phrase: &[String]) -> Vec<usize> {
    if phrase.is_empty() || phrase.len() > words.len() {
        return Vec::new();
    }
    (0..=words.len() - phrase.len())
        .filter(|&start| words[start..start + phrase.len()] == *phrase)
        .collect()
}

/// Whether `phrase` ("no referral") occurs in `text` as whole words.
pub fn has_phrase(text: &str, phrase: &str) -> bool {
    !phrase_starts(&words(text), &words(phrase)).is_empty()
}

struct Tag {
    /// Bytes the tag takes up, `<` to `>`.
    len: usize,
    /// Whether it starts a new paragraph.
    breaks: bool,
    /// For `script` and `style`: the closing tag to skip to.
    skips_until: Option<&'static str>,
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "hr",
    "dd",
    "dt",
    "dl",
    "pre",
];

/// The tag starting `text` (which begins with `<`), if it is one: `<name ...>`, `</name>`, `<!-- -->`,
/// `<!DOCTYPE>`, `<?xml?>`.
fn tag_at(text: &str) -> Option<Tag> {
    let after = &text[1..];
    if let Some(comment) = after.strip_prefix("!--") {
        let end = comment.find("-->").map_or(text.len(), |at| 1 + 3 + at + 3);
        return Some(Tag {
            len: end,
            breaks: false,
            skips_until: None,
        });
    }
    let first = after.chars().next()?;
    let closing = first == '/';
    if !(first.is_ascii_alphabetic() || closing || first == '!' || first == '?') {
        return None;
    }
    let end = text.find('>')?;
    let inside = &text[1..end];
    let name: String = inside
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let skips_until = match (closing, name.as_str()) {
        (false, "script") if !inside.ends_with('/') => Some("</script"),
        (false, "style") if !inside.ends_with('/') => Some("</style"),
        _ => None,
    };
    Some(Tag {
        len: end + 1,
        breaks: BLOCK_TAGS.contains(&name.as_str()),
        skips_until,
    })
}

fn skip_past_closing<'a>(text: &'a str, closing: &str) -> &'a str {
    let lower = text.to_ascii_lowercase();
    match lower.find(closing) {
        Some(at) => match text[at..].find('>') {
            Some(end) => &text[at + end + 1..],
            None => "",
        },
        None => "",
    }
}

/// Adds raw text (entities still encoded) to the paragraph being built; blank lines end paragraphs.
fn push_text(paragraphs: &mut Vec<String>, current: &mut String, raw: &str) {
    let decoded = decode_entities(raw)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let mut blank_run = false;
    for (i, line) in decoded.split('\n').enumerate() {
        if i > 0 {
            if line.trim().is_empty() {
                blank_run = true;
                continue;
            }
            if blank_run {
                end_paragraph(paragraphs, current);
                blank_run = false;
            }
            current.push(' ');
        }
        current.push_str(line);
    }
    if blank_run {
        end_paragraph(paragraphs, current);
    }
}

fn end_paragraph(paragraphs: &mut Vec<String>, current: &mut String) {
    let collapsed = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.is_empty() {
        paragraphs.push(collapsed);
    }
    current.clear();
}

/// Decodes `&amp;`, `&nbsp;`, `&#39;`, `&#x2019;` and the other entities council content systems
/// use. Anything it does not know is left as it was.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest[1..]
            .find(';')
            .filter(|&end| end <= 32)
            .and_then(|end| {
                let name = &rest[1..1 + end];
                entity(name).map(|c| (c, end + 2))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number
            .strip_prefix('x')
            .or_else(|| number.strip_prefix('X'))
        {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        // Non-breaking spaces become spaces so whitespace collapses round them.
        return match code {
            0xA0 => Some(' '),
            _ => char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace()),
        };
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "pound" => '£',
        "euro" => '€',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "frac12" => '½',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_paragraphs_of_plain_text() {
        let html = "<p>Speech &amp; language   help for <strong>under&nbsp;5s</strong>.</p>\n\
                    <p>Drop in &#8211; no need to book.<br/>Parents&#39; room upstairs.</p>\
                    <script>alert('x')</script><ul><li>Mondays</li><li>Fridays</li></ul>";
        assert_eq!(
            clean_text(html),
            "Speech & language help for under 5s.\n\nDrop in – no need to book.\n\n\
             Parents' room upstairs.\n\nMondays\n\nFridays"
        );
    }

    #[test]
    fn plain_text_keeps_blank_line_paragraphs_and_collapses_the_rest() {
        assert_eq!(
            clean_text("  First line\nsame paragraph.\r\n\r\n\n  Second  one. "),
            "First line same paragraph.\n\nSecond one."
        );
        assert_eq!(
            clean_text("ages < 5 &unknown; & more"),
            "ages < 5 &unknown; & more"
        );
        assert_eq!(
            clean_text("&lt;b&gt; is shown, not a tag"),
            "<b> is shown, not a tag"
        );
        assert_eq!(
            clean_text("<!-- hidden -->Shown<style>p{}</style>"),
            "Shown"
        );
        assert_eq!(clean_line("<h2>Sam</h2><p>Patel</p>"), "Sam Patel");
        assert_eq!(clean_text("  \n "), "");
    }

    #[test]
    fn words_are_whole_and_lower_case() {
        assert_eq!(
            words("Social, emotional and/or Down's"),
            ["social", "emotional", "and", "or", "downs"]
        );
        assert!(has_phrase("No referral needed", "referral needed"));
        assert!(!has_phrase("Referrals needed", "referral needed"));
        assert_eq!(phrase_starts(&words("a b a b"), &words("a b")), vec![0, 2]);
    }
}
