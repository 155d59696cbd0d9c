//! A message with words a person or a feed supplied filled into it (a file name, a council's
//! service name, what was typed), kept apart until shown so each can go in its own `<bdi>`: Latin
//! words then keep their order inside an Urdu or Arabic sentence. Fluent's own isolation marks are
//! off (see `i18n::build_loader`), so this is how such words are isolated on a page.

use leptos::prelude::*;

/// Marks where a message's variable went, so it can be shown in its own `<bdi>`: English words (what
/// was typed, the council's names) then keep their order inside an Urdu sentence, with no invisible
/// characters left in copied text. A private-use character, never in a message or a feed's words.
const MARK: char = '\u{E000}';

fn mark(index: usize) -> String {
    format!("{MARK}{index}")
}

/// A message and the words filled into it, each kept apart until shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledMessage {
    text: String,
    values: Vec<String>,
}

impl FilledMessage {
    /// A message with the given words filled in: `message` is handed a mark for each, to put
    /// where its variable goes.
    pub fn filled<const N: usize>(
        values: [&str; N],
        message: impl FnOnce([String; N]) -> String,
    ) -> FilledMessage {
        FilledMessage {
            text: message(std::array::from_fn(mark)),
            values: values.map(str::to_string).to_vec(),
        }
    }

    pub fn plain(text: String) -> FilledMessage {
        FilledMessage {
            text,
            values: Vec::new(),
        }
    }

    /// (text between the words, the word after it) pairs, the first with no word before it.
    fn pieces(&self) -> Vec<(Option<String>, String)> {
        let mut pieces = Vec::new();
        for (at, piece) in self.text.split(MARK).enumerate() {
            if at == 0 {
                pieces.push((None, piece.to_string()));
                continue;
            }
            let mut chars = piece.chars();
            let value = chars
                .next()
                .and_then(|digit| digit.to_digit(10))
                .and_then(|index| self.values.get(index as usize).cloned());
            pieces.push((value, chars.as_str().to_string()));
        }
        pieces
    }

    /// The words as one string (for `data-announce`, titles, tests).
    pub fn words(&self) -> String {
        self.pieces()
            .into_iter()
            .map(|(value, text)| format!("{}{text}", value.unwrap_or_default()))
            .collect()
    }

    pub fn view(&self) -> AnyView {
        self.view_marked(None)
    }

    /// As `view`, with the filled-in words marked as being in `lang`, for screen reader voices.
    pub fn view_in(&self, lang: &'static str) -> AnyView {
        self.view_marked(Some(lang))
    }

    fn view_marked(&self, lang: Option<&'static str>) -> AnyView {
        if self.values.is_empty() {
            return self.text.clone().into_any();
        }
        self.pieces()
            .into_iter()
            .map(|(value, text)| {
                view! {
                    {value.map(|value| view! { <bdi lang=lang>{value}</bdi> })}
                    {text}
                }
            })
            .collect_view()
            .into_any()
    }
}

impl From<String> for FilledMessage {
    fn from(text: String) -> FilledMessage {
        FilledMessage::plain(text)
    }
}

#[cfg(test)]
mod tests {
    use super::FilledMessage;
    use leptos::prelude::*;

    #[test]
    fn filled_in_words_are_isolated_text_and_the_message_stays_whole() {
        let typed = "<b>EHC</b> plan.pdf";
        let message = FilledMessage::filled([typed], |[file]| format!("خط، 3 مارچ: {file}"));
        assert_eq!(message.words(), format!("خط، 3 مارچ: {typed}"));
        let html = Owner::new().with(|| message.view().to_html());
        assert!(
            html.contains("خط، 3 مارچ: <bdi>&lt;b&gt;EHC&lt;/b&gt; plan.pdf</bdi>"),
            "{html}"
        );
        assert!(!html.contains("<b>"), "{html}");
        let plain = FilledMessage::from("Speech therapy".to_string());
        assert_eq!(plain.words(), "Speech therapy");
    }
}
