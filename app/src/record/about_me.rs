//! All about me: the one-page profile in six parts (the source of EHC plan Section A). Each entry
//! says who wrote it; every saved version is kept.

use super::problems::{required_text, FieldProblem};

coded_enum! {
    pub enum AboutMePart {
        LikedAndAdmired = "liked-and-admired",
        ImportantToMe = "important-to-me",
        HowToSupportMe = "how-to-support-me",
        HowICommunicate = "how-i-communicate",
        HopesAndDreams = "hopes-and-dreams",
        WorkingAndNotWorking = "working-and-not-working",
    }
}

impl AboutMePart {
    /// Fluent ids: the part's heading and a hint with prompts for writing it.
    pub fn title_id(self) -> String {
        format!("about-me-{}", self.code())
    }

    pub fn hint_id(self) -> String {
        format!("about-me-{}-hint", self.code())
    }
}

coded_enum! {
    /// Who wrote an entry: the young person in their own words, a parent or carer, or an advocate
    /// writing with them.
    pub enum Author {
        YoungPerson = "young-person",
        ParentOrCarer = "parent-or-carer",
        Advocate = "advocate",
    }
}

impl Author {
    pub fn message_id(self) -> String {
        format!("author-{}", self.code())
    }
}

/// Long enough for a real page of writing; short enough to stay a one-page profile.
pub const ENTRY_MAX_CHARS: usize = 4000;

/// An entry as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryForm {
    pub text: String,
    pub author: String,
    /// The version the person started from; empty for a new entry.
    pub based_on_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedEntry {
    pub text: String,
    pub author: Author,
    pub based_on_version: Option<i64>,
}

impl EntryForm {
    /// An entry form from posted (or kept) fields.
    pub fn from_fields(fields: &[(String, String)]) -> EntryForm {
        let value = |name: &str| {
            fields
                .iter()
                .find_map(|(n, v)| (n == name).then(|| v.clone()))
                .unwrap_or_default()
        };
        EntryForm {
            text: value("text"),
            author: value("author"),
            based_on_version: value("based-on-version"),
        }
    }

    pub fn check(&self) -> Result<CheckedEntry, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let text = required_text("text", &self.text, ENTRY_MAX_CHARS, &mut problems);
        let author = Author::from_code(self.author.trim());
        if author.is_none() {
            problems.push(FieldProblem::new(
                "author",
                super::problems::Problem::ChooseOne,
            ));
        }
        match (problems.is_empty(), author) {
            (true, Some(author)) => Ok(CheckedEntry {
                text,
                author,
                based_on_version: self.based_on_version.trim().parse().ok(),
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::problems::Problem;

    #[test]
    fn six_parts_with_their_own_codes() {
        assert_eq!(AboutMePart::ALL.len(), 6);
        for part in AboutMePart::ALL {
            assert_eq!(AboutMePart::from_code(part.code()), Some(*part));
        }
    }

    #[test]
    fn an_entry_needs_words_and_an_author() {
        let form = EntryForm {
            text: "  I like trains  ".into(),
            author: "young-person".into(),
            based_on_version: "3".into(),
        };
        assert_eq!(
            form.check(),
            Ok(CheckedEntry {
                text: "I like trains".into(),
                author: Author::YoungPerson,
                based_on_version: Some(3)
            })
        );
        let problems = EntryForm::default().check().unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("text", Problem::TextMissing),
                FieldProblem::new("author", Problem::ChooseOne)
            ]
        );
    }
}
