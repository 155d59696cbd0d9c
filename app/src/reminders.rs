//! The kinds of reminder Heard emails, each of which a person may turn off on `/account/emails`.
//! The server decides when each is due and sends it (`heard_server::reminders`).

/// A kind of reminder email. Every kind is on until the person turns it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReminderKind {
    /// A review point is two weeks away, with the way to get ready for it.
    ReviewSoon,
    /// A date the law sets (the council's 6, 16 and 20 weeks; 15 days to comment on a draft plan) is a
    /// week away, or has passed.
    Deadline,
    /// Someone invited this address to see a child's record.
    Invitation,
    /// Someone outside the family changed a child's record (at most one email a day per child).
    RecordChanged,
    /// An advocate's access to a child's record ends in a week.
    AccessEnding,
}

impl ReminderKind {
    /// In the order the email choices page lists them.
    pub const ALL: [ReminderKind; 5] = [
        ReminderKind::ReviewSoon,
        ReminderKind::Deadline,
        ReminderKind::Invitation,
        ReminderKind::RecordChanged,
        ReminderKind::AccessEnding,
    ];

    /// The code stored in the database and posted by the form.
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::ReviewSoon => "review-soon",
            ReminderKind::Deadline => "deadline",
            ReminderKind::Invitation => "invitation",
            ReminderKind::RecordChanged => "record-changed",
            ReminderKind::AccessEnding => "access-ending",
        }
    }

    pub fn from_code(code: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Fluent message naming this kind on the email choices page.
    pub fn choice_message(self) -> String {
        format!("email-choice-{}", self.code())
    }
}

/// The kinds still on, from the form's ticked boxes (`on`, repeated); anything else posted is ignored.
pub fn kinds_turned_off(fields: &[(String, String)]) -> Vec<ReminderKind> {
    ReminderKind::ALL
        .into_iter()
        .filter(|kind| {
            !fields
                .iter()
                .any(|(name, value)| name == "on" && value == kind.code())
        })
        .collect()
}

/// Which emails a person wants. Every method is about the signed-in person's own account only.
#[async_trait::async_trait]
pub trait EmailChoices: Send + Sync {
    /// The kinds this person turned off.
    async fn turned_off(
        &self,
        viewer: &crate::scope::Viewer,
    ) -> Result<Vec<ReminderKind>, crate::services::RecordError>;
    /// Turns off exactly `off`, and every other kind on.
    async fn choose(
        &self,
        viewer: &crate::scope::Viewer,
        off: &[ReminderKind],
    ) -> Result<(), crate::services::RecordError>;
}

/// The email choices service as pages find it in context.
pub type EmailChoicesService = std::sync::Arc<dyn EmailChoices>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_code_that_reads_back() {
        for kind in ReminderKind::ALL {
            assert_eq!(ReminderKind::from_code(kind.code()), Some(kind));
        }
    }

    #[test]
    fn a_box_not_ticked_is_a_kind_turned_off_and_strange_values_count_for_nothing() {
        let fields = vec![
            ("on".to_string(), "deadline".to_string()),
            ("on".to_string(), "invitation".to_string()),
            ("on".to_string(), "<script>".to_string()),
            ("off".to_string(), "review-soon".to_string()),
        ];
        assert_eq!(
            kinds_turned_off(&fields),
            vec![
                ReminderKind::ReviewSoon,
                ReminderKind::RecordChanged,
                ReminderKind::AccessEnding
            ]
        );
    }
}
