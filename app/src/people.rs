//! People and consent, in the family's terms: who may see a child's record, how much of it, until
//! when, and who has seen what. Plain data and rules shared by the server and the pages; the checks
//! themselves run on the server (`heard_server::people`).

use crate::record::dates::Date;

coded_enum! {
    /// How a person comes to see a child's record.
    pub enum Role {
        /// Looks after the child: sees and changes everything (until the young person takes control
        /// of who sees it).
        ParentOrCarer = "parent-or-carer",
        /// The child or young person themself, with their own account.
        YoungPerson = "young-person",
        /// Someone the family asked to help, seeing only what the family shared, for as long as it lasts.
        Advocate = "advocate",
        /// Someone from the child's school or another service (a SENCo, a therapist): sees only what
        /// the family shared; with change access, adds only the school's view at a review point.
        Professional = "professional",
    }
}

coded_enum! {
    /// What a professional does, as the family chose on the invitation.
    pub enum Job {
        Senco = "senco",
        Teacher = "teacher",
        Therapist = "therapist",
        SocialWorker = "social-worker",
        Other = "other",
    }
}

impl Job {
    pub fn message_id(self) -> String {
        format!("job-{}", self.code())
    }
}

/// Who wrote something as a professional: "written by Ms Patel (SENCo, Riverside Academy)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfessionalWriter {
    /// Their name from their account, or their email.
    pub name: String,
    pub job: Job,
    /// Their school or service, as the family typed it.
    pub organisation: String,
}

impl Role {
    pub fn message_id(self) -> String {
        format!("role-{}", self.code())
    }
}

coded_enum! {
    /// The parts of a record that access is given to and logged by.
    pub enum RecordPart {
        /// Name, date of birth, school and key dates.
        Details = "details",
        AboutMe = "about-me",
        /// Goals, review points and progress.
        GoalsAndProgress = "goals",
        SavedServices = "saved-services",
        /// Who can see the record, the log of who has, and downloading or deleting it.
        People = "people",
        /// The EHC plan, reports and letters kept on the record.
        Documents = "documents",
        /// Notes from school and others: what a professional writes about the child, in their own
        /// words. A part of its own (not goals and progress) so a family can let a therapist write
        /// notes without showing them the goals, or share goals with the school but not the notes.
        Notes = "notes",
    }
}

impl RecordPart {
    /// The parts a family can share with an advocate.
    pub const SHAREABLE: &'static [RecordPart] = &[
        RecordPart::AboutMe,
        RecordPart::GoalsAndProgress,
        RecordPart::SavedServices,
        RecordPart::Documents,
        RecordPart::Notes,
    ];
}

coded_enum! {
    pub enum Action {
        Read = "read",
        Change = "change",
        Download = "download",
        /// The review pack opened through a link the family made (`crate::pack_links`).
        OpenedByLink = "link-opened",
        /// A document downloaded through a pack link the family made.
        DownloadedByLink = "link-downloaded",
    }
}

/// Read, or read and change. Between them, for goals and progress: read, and add the school's view
/// at a review point; for notes: read, and add (and change or delete) their own notes. That is all a
/// professional with change access may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Read,
    AddSchoolView,
    Write,
}

/// What one person may do with one child's record, worked out on the server for every request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildAccess {
    pub child_id: i64,
    pub role: Role,
    /// Each part and the most this person may do with it; a part not listed is not theirs to see.
    pub parts: Vec<(RecordPart, Mode)>,
    /// The last day an advocate's access lasts, when the family set one.
    pub until: Option<Date>,
}

impl ChildAccess {
    pub fn allows(&self, part: RecordPart, mode: Mode) -> bool {
        self.parts.iter().any(|&(p, m)| p == part && m >= mode)
    }

    pub fn can_read(&self, part: RecordPart) -> bool {
        self.allows(part, Mode::Read)
    }

    pub fn can_change(&self, part: RecordPart) -> bool {
        self.allows(part, Mode::Write)
    }

    /// Whether this person may send (and so see the link of, and cancel) an invitation to this role
    /// for this child: whoever may change who sees the record. A young person who has taken control
    /// shares their own record with advocates; adding a parent or carer, or another young person's
    /// account, stays with the family.
    pub fn may_invite(&self, role: Role) -> bool {
        self.can_change(RecordPart::People)
            && (self.role == Role::ParentOrCarer
                || role == Role::Advocate
                || role == Role::Professional)
    }

    /// The access a role has. `shared` is what the family shared with an advocate (ignored for other
    /// roles); `young_person_in_control` moves the say over who sees the record to the young person.
    pub fn for_role(
        child_id: i64,
        role: Role,
        shared: &[RecordPart],
        advocate_may_change: bool,
        young_person_in_control: bool,
    ) -> ChildAccess {
        use RecordPart::*;
        let parts = match role {
            Role::ParentOrCarer => vec![
                (Details, Mode::Write),
                (AboutMe, Mode::Write),
                (GoalsAndProgress, Mode::Write),
                (SavedServices, Mode::Write),
                (Documents, Mode::Write),
                (
                    People,
                    if young_person_in_control {
                        Mode::Read
                    } else {
                        Mode::Write
                    },
                ),
                // To read and delete: a note's words stay its writer's (`server::record::notes`).
                (Notes, Mode::Write),
            ],
            // Their own words are theirs to write; goals are set with the school and family, so they
            // read them (and say how they are going through all about me).
            Role::YoungPerson => vec![
                (Details, Mode::Read),
                (AboutMe, Mode::Write),
                (GoalsAndProgress, Mode::Read),
                (SavedServices, Mode::Read),
                (Documents, Mode::Read),
                (
                    People,
                    if young_person_in_control {
                        Mode::Write
                    } else {
                        Mode::Read
                    },
                ),
                // Once in control, a note on their record is theirs to delete, as a parent's is.
                (
                    Notes,
                    if young_person_in_control {
                        Mode::Write
                    } else {
                        Mode::Read
                    },
                ),
            ],
            Role::Advocate => {
                let mode = if advocate_may_change {
                    Mode::Write
                } else {
                    Mode::Read
                };
                // The child's name and key dates come with any share: an advocate cannot help
                // without knowing whose record it is and what is coming up.
                std::iter::once((Details, Mode::Read))
                    .chain(
                        RecordPart::SHAREABLE
                            .iter()
                            .filter(|p| shared.contains(p))
                            // Notes are professionals' words: an advocate reads them, and only
                            // the family deletes one.
                            .map(|&p| (p, if p == Notes { Mode::Read } else { mode })),
                    )
                    .collect()
            }
            // Only what the family shared, to read; "change" lets them add the school's view at a
            // review point and their own notes, and nothing else: never the family's words, the
            // details or who sees.
            Role::Professional => std::iter::once((Details, Mode::Read))
                .chain(
                    RecordPart::SHAREABLE
                        .iter()
                        .filter(|p| shared.contains(p))
                        .map(|&p| {
                            if (p == GoalsAndProgress || p == Notes) && advocate_may_change {
                                (p, Mode::AddSchoolView)
                            } else {
                                (p, Mode::Read)
                            }
                        }),
                )
                .collect(),
        };
        ChildAccess {
            child_id,
            role,
            parts,
            until: None,
        }
    }
}

/// A child shared with an advocate, as the family and the advocate see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub id: i64,
    pub child_id: i64,
    pub child_name: String,
    /// The advocate's name as they gave it, or their email.
    pub advocate: String,
    pub parts: Vec<RecordPart>,
    pub may_change: bool,
    pub until: Option<Date>,
    /// The family's name for the advocate's list: the name of whoever invited them.
    pub family: String,
    /// An advocate, or a professional with their job and organisation.
    pub role: Role,
    pub job: Option<Job>,
    pub organisation: String,
}

/// Someone who can see a child's record, as the family's "who can see" page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonWithAccess {
    pub account_id: i64,
    pub name: String,
    pub role: Role,
    /// For a young person: whose record is theirs. Empty for parents and carers.
    pub child_name: String,
}

/// An invitation waiting to be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingInvitation {
    pub id: i64,
    /// The secret part of the link: only for someone who may send this invitation
    /// (`ChildAccess::may_invite`). Everyone else who sees the page is told only that it is waiting.
    pub token: Option<String>,
    pub role: Role,
    /// Who it is for, in the family's words (may be empty).
    pub for_name: String,
    /// The child it is about; `None` for another parent or carer (the whole family).
    pub child_name: Option<String>,
    pub parts: Vec<RecordPart>,
    pub may_change: bool,
    pub until: Option<Date>,
    /// Unix seconds.
    pub expires_at: i64,
    /// The address Heard emails the link to, if the family gave one; shown only with the link.
    pub email_to: Option<String>,
    /// For a professional: what they do and where.
    pub job: Option<Job>,
    pub organisation: String,
}

/// What the invited person sees before they say yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationSummary {
    pub role: Role,
    /// Who sent it: their name, or their email.
    pub from: String,
    pub children: Vec<String>,
    pub parts: Vec<RecordPart>,
    pub may_change: bool,
    pub until: Option<Date>,
}

/// One line of "who has seen what".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessLogEntry {
    pub who: String,
    pub role: Role,
    pub part: RecordPart,
    pub action: Action,
    /// Unix seconds.
    pub at: i64,
}

/// How long an invitation link works for.
pub const INVITATION_DAYS: i64 = 7;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advocate_sees_only_what_was_shared_and_changes_only_when_allowed() {
        let reading = ChildAccess::for_role(
            1,
            Role::Advocate,
            &[RecordPart::GoalsAndProgress],
            false,
            false,
        );
        assert!(reading.can_read(RecordPart::GoalsAndProgress));
        assert!(!reading.can_change(RecordPart::GoalsAndProgress));
        assert!(!reading.can_read(RecordPart::AboutMe));
        assert!(!reading.can_read(RecordPart::People));
        assert!(reading.can_read(RecordPart::Details));
        assert!(!reading.can_change(RecordPart::Details));
        let writing = ChildAccess::for_role(1, Role::Advocate, &[RecordPart::AboutMe], true, false);
        assert!(writing.can_change(RecordPart::AboutMe));
        assert!(!writing.can_read(RecordPart::SavedServices));
    }

    #[test]
    fn a_professional_reads_what_was_shared_and_may_add_only_the_schools_view() {
        let all = RecordPart::SHAREABLE;
        let changing = ChildAccess::for_role(1, Role::Professional, all, true, false);
        assert!(changing.allows(RecordPart::GoalsAndProgress, Mode::AddSchoolView));
        assert!(!changing.can_change(RecordPart::GoalsAndProgress));
        assert!(!changing.can_change(RecordPart::AboutMe));
        assert!(!changing.can_change(RecordPart::Details));
        assert!(!changing.can_read(RecordPart::People));
        let reading = ChildAccess::for_role(1, Role::Professional, all, false, false);
        assert!(reading.can_read(RecordPart::GoalsAndProgress));
        assert!(!reading.allows(RecordPart::GoalsAndProgress, Mode::AddSchoolView));
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, false);
        assert!(parent.allows(RecordPart::GoalsAndProgress, Mode::AddSchoolView));
    }

    #[test]
    fn notes_are_added_by_a_professional_read_by_whoever_they_are_shared_with() {
        let notes = [RecordPart::Notes];
        let changing = ChildAccess::for_role(1, Role::Professional, &notes, true, false);
        assert!(changing.allows(RecordPart::Notes, Mode::AddSchoolView));
        assert!(!changing.can_change(RecordPart::Notes));
        assert!(!changing.can_read(RecordPart::GoalsAndProgress));
        let reading = ChildAccess::for_role(1, Role::Professional, &notes, false, false);
        assert!(reading.can_read(RecordPart::Notes));
        assert!(!reading.allows(RecordPart::Notes, Mode::AddSchoolView));
        let helper = ChildAccess::for_role(1, Role::Advocate, &notes, true, false);
        assert!(helper.can_read(RecordPart::Notes));
        assert!(!helper.allows(RecordPart::Notes, Mode::AddSchoolView));
        let not_shared =
            ChildAccess::for_role(1, Role::Advocate, &[RecordPart::AboutMe], true, false);
        assert!(!not_shared.can_read(RecordPart::Notes));
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, true);
        assert!(parent.can_change(RecordPart::Notes));
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, false);
        assert!(young.can_read(RecordPart::Notes) && !young.can_change(RecordPart::Notes));
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, true);
        assert!(young.can_change(RecordPart::Notes));
    }

    #[test]
    fn the_say_over_who_sees_moves_to_the_young_person_when_they_take_control() {
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, false);
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, false);
        assert!(parent.can_change(RecordPart::People));
        assert!(!young.can_change(RecordPart::People));
        assert!(young.can_change(RecordPart::AboutMe));
        assert!(!young.can_change(RecordPart::GoalsAndProgress));
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, true);
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, true);
        assert!(!parent.can_change(RecordPart::People));
        assert!(parent.can_read(RecordPart::People));
        assert!(young.can_change(RecordPart::People));
    }

    #[test]
    fn only_whoever_may_change_sharing_sends_invitations_and_a_young_person_only_to_advocates() {
        let every = [
            Role::ParentOrCarer,
            Role::YoungPerson,
            Role::Advocate,
            Role::Professional,
        ];
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, false);
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, false);
        let helper = ChildAccess::for_role(1, Role::Advocate, RecordPart::SHAREABLE, true, false);
        assert!(every.iter().all(|&role| parent.may_invite(role)));
        assert!(every.iter().all(|&role| !young.may_invite(role)));
        assert!(every.iter().all(|&role| !helper.may_invite(role)));
        let parent = ChildAccess::for_role(1, Role::ParentOrCarer, &[], false, true);
        let young = ChildAccess::for_role(1, Role::YoungPerson, &[], false, true);
        assert!(every.iter().all(|&role| !parent.may_invite(role)));
        assert!(young.may_invite(Role::Advocate));
        assert!(young.may_invite(Role::Professional));
        assert!(!young.may_invite(Role::ParentOrCarer));
        assert!(!young.may_invite(Role::YoungPerson));
    }
}

/// The end of compulsory school age: the last Friday in June of the school year in which the young
/// person turns 16. From then, they may decide who sees their record (subject to mental capacity,
/// which the portal does not judge: the family and young person do).
pub fn end_of_compulsory_school_age(date_of_birth: Date) -> Date {
    // Born September to December: they turn 16 in the autumn of the school year that ends the next
    // June. Born January to August: they turn 16 in the June or summer of that same school year.
    let sixteenth_year = date_of_birth.year() + 16;
    let june_year = if (date_of_birth.month() as u8) >= 9 {
        sixteenth_year + 1
    } else {
        sixteenth_year
    };
    let mut day =
        Date::from_calendar_date(june_year, time::Month::June, 30).expect("30 June is a date");
    while day.weekday() != time::Weekday::Friday {
        day = day.previous_day().expect("June has earlier days");
    }
    day
}

#[cfg(test)]
mod compulsory_school_age_tests {
    use super::end_of_compulsory_school_age;
    use crate::record::dates::Date;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, m.try_into().unwrap(), d).unwrap()
    }

    #[test]
    fn it_ends_on_the_last_friday_in_june_of_the_school_year_they_turn_16() {
        // Born in March 2010: turns 16 in March 2026, leaves on the last Friday of June 2026.
        assert_eq!(
            end_of_compulsory_school_age(date(2010, 3, 14)),
            date(2026, 6, 26)
        );
        // Born 31 August 2010: the youngest in that year, the same day.
        assert_eq!(
            end_of_compulsory_school_age(date(2010, 8, 31)),
            date(2026, 6, 26)
        );
        // Born 1 September 2010: the oldest of the next year, so June 2027.
        assert_eq!(
            end_of_compulsory_school_age(date(2010, 9, 1)),
            date(2027, 6, 25)
        );
    }
}

/// An invitation as the family filled it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub role: Role,
    pub for_name: String,
    /// The child an advocate will see, or whose record a young person's it is; `None` for another
    /// parent or carer, who joins the family and sees every child.
    pub child_id: Option<i64>,
    pub parts: Vec<RecordPart>,
    pub may_change: bool,
    pub until: Option<Date>,
    /// Where Heard emails the link too, if the family gave an address (trimmed, lower-cased).
    pub email_to: Option<String>,
    /// For a professional: what they do, and their school or service.
    pub job: Option<Job>,
    pub organisation: String,
}

pub const NAME_MAX_CHARS: usize = 80;

/// What the account page shows about the person signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyAccount {
    /// The name the others who see the same record know them by; empty until they give one.
    pub name: String,
    pub email: String,
}

/// The invitation form as posted: `role`, `for-name`, `parts` (repeated), `may-change`,
/// `until-day`/`-month`/`-year`. It is always about the child whose page it was sent from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvitationForm {
    pub role: String,
    pub for_name: String,
    pub parts: Vec<String>,
    pub may_change: String,
    pub until: [String; 3],
    pub email: String,
    pub job: String,
    pub organisation: String,
}

impl InvitationForm {
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        let value = |name: &str| {
            fields
                .iter()
                .find_map(|(n, v)| (n == name).then(|| v.clone()))
                .unwrap_or_default()
        };
        InvitationForm {
            role: value("role"),
            for_name: value("for-name"),
            parts: fields
                .iter()
                .filter(|(n, _)| n == "parts")
                .map(|(_, v)| v.clone())
                .collect(),
            may_change: value("may-change"),
            until: [
                value("until-day"),
                value("until-month"),
                value("until-year"),
            ],
            email: value("email"),
            job: value("job"),
            organisation: value("organisation"),
        }
    }

    pub fn check(&self, child_id: i64, today: Date) -> Result<NewInvitation, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let role = Role::from_code(self.role.trim());
        if role.is_none() {
            problems.push(FieldProblem::new("role", Problem::ChooseOne));
        }
        let for_name = optional_line("for-name", &self.for_name, NAME_MAX_CHARS, &mut problems);
        let email_to = if self.email.trim().is_empty() {
            None
        } else if crate::account::check_email(&self.email).is_ok() {
            Some(crate::account::normalise_email(&self.email))
        } else {
            problems.push(FieldProblem::new("email", Problem::EmailNotValid));
            None
        };
        let mut parts = Vec::new();
        let mut may_change = false;
        let mut until = None;
        let mut job = None;
        let mut organisation = String::new();
        if role == Some(Role::Professional) {
            job = Job::from_code(self.job.trim());
            if job.is_none() {
                problems.push(FieldProblem::new("job", Problem::ChooseOne));
            }
            organisation = optional_line(
                "organisation",
                &self.organisation,
                NAME_MAX_CHARS,
                &mut problems,
            );
            if self.organisation.trim().is_empty() {
                problems.push(FieldProblem::new("organisation", Problem::TextMissing));
            }
        }
        if role == Some(Role::Advocate) || role == Some(Role::Professional) {
            parts = RecordPart::SHAREABLE
                .iter()
                .copied()
                .filter(|p| self.parts.iter().any(|code| code == p.code()))
                .collect();
            if parts.is_empty() {
                problems.push(FieldProblem::new("parts", Problem::TickAtLeastOne));
            }
            match self.may_change.as_str() {
                "yes" => may_change = true,
                "no" => {}
                _ => problems.push(FieldProblem::new("may-change", Problem::ChooseOne)),
            }
            let [day, month, year] = &self.until;
            match crate::record::dates::from_typed(day, month, year) {
                Ok(Some(date)) if date < today => {
                    problems.push(FieldProblem::new("until", Problem::DateInPast))
                }
                Ok(date) => until = date,
                Err(problem) => problems.push(FieldProblem::new(
                    "until",
                    crate::record::child::date_problem(problem),
                )),
            }
        }
        match role {
            Some(role) if problems.is_empty() => Ok(NewInvitation {
                role,
                for_name,
                child_id: (role != Role::ParentOrCarer).then_some(child_id),
                parts,
                may_change,
                until,
                email_to,
                job,
                organisation,
            }),
            _ => Err(problems),
        }
    }
}

use crate::record::problems::{optional_line, FieldProblem, Problem};

#[cfg(test)]
mod invitation_form_tests {
    use super::*;

    use crate::test_support::posted as fields;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::November, 23).unwrap()
    }

    #[test]
    fn an_advocate_invitation_says_what_is_shared_how_and_until_when() {
        let form = InvitationForm::from_fields(&fields(&[
            ("role", "advocate"),
            ("for-name", "Sam from SENDIASS"),
            ("parts", "goals"),
            ("parts", "about-me"),
            ("may-change", "yes"),
            ("until-day", "31"),
            ("until-month", "3"),
            ("until-year", "2027"),
        ]));
        let invitation = form.check(7, today()).unwrap();
        assert_eq!(invitation.role, Role::Advocate);
        assert_eq!(invitation.child_id, Some(7));
        assert_eq!(
            invitation.parts,
            vec![RecordPart::AboutMe, RecordPart::GoalsAndProgress]
        );
        assert!(invitation.may_change);
        assert_eq!(
            invitation.until,
            Date::from_calendar_date(2027, time::Month::March, 31).ok()
        );
    }

    #[test]
    fn an_advocate_invitation_needs_a_part_a_choice_and_a_future_date() {
        let form = InvitationForm::from_fields(&fields(&[
            ("role", "advocate"),
            ("parts", "people"),
            ("until-day", "1"),
            ("until-month", "1"),
            ("until-year", "2020"),
        ]));
        let problems = form.check(7, today()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem::new("parts", Problem::TickAtLeastOne),
                FieldProblem::new("may-change", Problem::ChooseOne),
                FieldProblem::new("until", Problem::DateInPast),
            ]
        );
        let problems = InvitationForm::default().check(7, today()).unwrap_err();
        assert_eq!(
            problems,
            vec![FieldProblem::new("role", Problem::ChooseOne)]
        );
    }

    #[test]
    fn a_professional_invitation_says_what_they_do_and_where() {
        let form = InvitationForm::from_fields(&fields(&[
            ("role", "professional"),
            ("job", "senco"),
            ("organisation", " Riverside Academy "),
            ("parts", "goals"),
            ("may-change", "yes"),
        ]));
        let invitation = form.check(7, today()).unwrap();
        assert_eq!(invitation.role, Role::Professional);
        assert_eq!(invitation.job, Some(Job::Senco));
        assert_eq!(invitation.organisation, "Riverside Academy");
        assert_eq!(invitation.parts, vec![RecordPart::GoalsAndProgress]);
        let form = InvitationForm::from_fields(&fields(&[
            ("role", "professional"),
            ("job", "headteacher"),
            ("parts", "goals"),
            ("may-change", "no"),
        ]));
        assert_eq!(
            form.check(7, today()).unwrap_err(),
            vec![
                FieldProblem::new("job", Problem::ChooseOne),
                FieldProblem::new("organisation", Problem::TextMissing),
            ]
        );
    }

    #[test]
    fn a_parent_invitation_is_for_the_whole_family() {
        let form = InvitationForm::from_fields(&fields(&[("role", "parent-or-carer")]));
        let invitation = form.check(7, today()).unwrap();
        assert_eq!(invitation.child_id, None);
        assert!(invitation.parts.is_empty());
    }
}
