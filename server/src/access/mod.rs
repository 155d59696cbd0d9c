//! The access rule for a child's record, and the log of who has seen what. Every read and change of a
//! record goes through `Gate::allow`, on the server, on every request: withdrawing or ending a share
//! takes effect on the advocate's very next request, whatever sessions they have open.
//!
//! What the rule allows is a value, `AllowedChild`, and the record's storage functions take it instead
//! of a bare child id, so a query that skipped the check does not compile. Only this module makes one.
//! A `Gate` made for one request asks the database once per child and logs each use once, however many
//! parts of the server ask within the request (a form post that is shown again asks three times).

pub(crate) mod log;
pub(crate) mod pack_links;

use crate::storage;
use crate::storage::unavailable;
use crate::storage::Db;
use heard_app::people::{Action, ChildAccess, Mode, RecordPart, Role};
use heard_app::record::dates;
use heard_app::scope::Viewer;
use heard_app::services::RecordError;
use std::collections::{HashMap, HashSet};
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

/// Allowed to read a part of the record.
#[derive(Debug, Clone, Copy)]
pub struct Reading;
/// Allowed to read and change a part of the record.
#[derive(Debug, Clone, Copy)]
pub struct Changing;

/// What an `AllowedChild` lets its holder do, known to the compiler.
pub trait Permission {
    const MODE: Mode;
}
impl Permission for Reading {
    const MODE: Mode = Mode::Read;
}
impl Permission for Changing {
    const MODE: Mode = Mode::Write;
}
/// Allowed to read goals and progress and add the school's view at a review point, or to read notes
/// and add (and change) one's own: whoever may change the part, and a professional the family let
/// change what they share.
#[derive(Debug, Clone, Copy)]
pub struct AddingSchoolView;
impl Permission for AddingSchoolView {
    const MODE: Mode = Mode::AddSchoolView;
}

/// A child's record that this person may read (`Reading`) or change (`Changing`) one part of, as the
/// access rule said during this request. Made only by `Gate::allow`.
#[derive(Debug, Clone)]
pub struct AllowedChild<P> {
    access: ChildAccess,
    account_id: i64,
    part: RecordPart,
    permission: PhantomData<P>,
}

impl<P> AllowedChild<P> {
    pub fn child_id(&self) -> i64 {
        self.access.child_id
    }
    /// Whose request it is.
    pub fn account_id(&self) -> i64 {
        self.account_id
    }
    /// How they stand to the child: a young person's words are always their own, an advocate's are
    /// marked as theirs.
    pub fn role(&self) -> Role {
        self.access.role
    }
    pub fn access(&self) -> &ChildAccess {
        &self.access
    }
    pub fn part(&self) -> RecordPart {
        self.part
    }
}

/// Who asked about which child: the key of one request's answers.
type Asked = (i64, i64);

#[derive(Default)]
struct Remembered {
    answers: Mutex<HashMap<Asked, Option<ChildAccess>>>,
    logged: Mutex<HashSet<(Asked, RecordPart, Action)>>,
}

/// The way through the access rule. `for_one_request` remembers its answers until the request ends;
/// `every_time` asks the database on every call (for the demo, tools and tests that hold a service for
/// long, where a withdrawn share must count at once).
#[derive(Clone, Default)]
pub struct Gate {
    remembered: Option<Arc<Remembered>>,
}

impl Gate {
    pub fn every_time() -> Gate {
        Gate { remembered: None }
    }

    pub fn for_one_request() -> Gate {
        Gate {
            remembered: Some(Arc::default()),
        }
    }

    /// What this person may do with this child's record; `NotFound` when nothing (a child of another
    /// family, a share withdrawn or past its last day, or no such child: never told apart).
    pub async fn access(
        &self,
        pool: &Db,
        viewer: &Viewer,
        child_id: i64,
    ) -> Result<ChildAccess, RecordError> {
        let asked = (viewer.account_id, child_id);
        if let Some(remembered) = &self.remembered {
            let answers = remembered.answers.lock().expect("not poisoned");
            if let Some(answer) = answers.get(&asked) {
                return answer.clone().ok_or(RecordError::NotFound);
            }
        }
        let answer = match access_to_child(pool, viewer, child_id).await {
            Ok(access) => Some(access),
            Err(RecordError::NotFound) => None,
            Err(error) => return Err(error),
        };
        if let Some(remembered) = &self.remembered {
            let mut answers = remembered.answers.lock().expect("not poisoned");
            answers.insert(asked, answer.clone());
        }
        answer.ok_or(RecordError::NotFound)
    }

    /// The access rule for one part of the record, then the log: the allowed child only when this
    /// person may do this with this part. What they are refused looks exactly like a child that does
    /// not exist.
    pub async fn allow<P: Permission>(
        &self,
        pool: &Db,
        viewer: &Viewer,
        child_id: i64,
        part: RecordPart,
    ) -> Result<AllowedChild<P>, RecordError> {
        let action = match P::MODE {
            Mode::Read => Action::Read,
            Mode::AddSchoolView | Mode::Write => Action::Change,
        };
        self.allow_logged_as(pool, viewer, child_id, part, Some(action))
            .await
    }

    /// As `allow`, logged as `action` (a download), or not at all where the caller logs what it did
    /// once it is done or nothing is left to log it against.
    pub async fn allow_logged_as<P: Permission>(
        &self,
        pool: &Db,
        viewer: &Viewer,
        child_id: i64,
        part: RecordPart,
        action: Option<Action>,
    ) -> Result<AllowedChild<P>, RecordError> {
        let access = self.access(pool, viewer, child_id).await?;
        if !access.allows(part, P::MODE) {
            return Err(RecordError::NotFound);
        }
        if let Some(action) = action {
            self.log(pool, viewer, &access, part, action).await?;
        }
        Ok(AllowedChild {
            access,
            account_id: viewer.account_id,
            part,
            permission: PhantomData,
        })
    }

    /// Puts a use of the record in its log, once a request.
    pub async fn log(
        &self,
        pool: &Db,
        viewer: &Viewer,
        access: &ChildAccess,
        part: RecordPart,
        action: Action,
    ) -> Result<(), RecordError> {
        if let Some(remembered) = &self.remembered {
            let mut logged = remembered.logged.lock().expect("not poisoned");
            if !logged.insert(((viewer.account_id, access.child_id), part, action)) {
                return Ok(());
            }
        }
        log::record(pool, viewer, access, part, action).await
    }

    /// After a change to who may see a child's record, the next question is asked of the database.
    pub fn forget(&self, child_id: i64) {
        if let Some(remembered) = &self.remembered {
            let mut answers = remembered.answers.lock().expect("not poisoned");
            answers.retain(|(_, child), _| *child != child_id);
        }
    }
}

/// Codes joined by spaces, as stored.
pub(crate) fn parts_text(parts: &[RecordPart]) -> String {
    parts.iter().map(|p| p.code()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn parts_from(text: &str) -> Vec<RecordPart> {
    text.split_whitespace()
        .filter_map(RecordPart::from_code)
        .filter(|p| RecordPart::SHAREABLE.contains(p))
        .collect()
}

/// The rule itself, asked of the database.
async fn access_to_child(
    pool: &Db,
    viewer: &Viewer,
    child_id: i64,
) -> Result<ChildAccess, RecordError> {
    let found: Option<(bool, bool, bool)> = storage::query_as(
        "SELECT
            EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = c.family_id AND m.account_id = $1)
              AND NOT EXISTS (SELECT 1 FROM parents_stopped p WHERE p.child_id = c.id AND p.account_id = $1),
            COALESCE(c.young_person_account = $1, FALSE),
            c.young_person_in_control_since IS NOT NULL
         FROM children c WHERE c.id = $2",
    )
    .bind(viewer.account_id)
    .bind(child_id)
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let Some((member, young_person, in_control)) = found else {
        return Err(RecordError::NotFound);
    };
    if member {
        return Ok(ChildAccess::for_role(
            child_id,
            Role::ParentOrCarer,
            &[],
            false,
            in_control,
        ));
    }
    if young_person {
        return Ok(ChildAccess::for_role(
            child_id,
            Role::YoungPerson,
            &[],
            false,
            in_control,
        ));
    }
    let share: Option<(String, bool, Option<String>, String)> = storage::query_as(
        "SELECT parts, may_change, until, role FROM shares
         WHERE child_id = $1 AND account_id = $2 AND withdrawn_at IS NULL
           AND (until IS NULL OR until >= $3)
         ORDER BY id DESC LIMIT 1",
    )
    .bind(child_id)
    .bind(viewer.account_id)
    .bind(dates::to_iso(heard_app::clock::today()))
    .fetch_optional(pool)
    .await
    .map_err(unavailable)?;
    let Some((parts, may_change, until, role)) = share else {
        return Err(RecordError::NotFound);
    };
    // Only these two come by a share; anything else stored there is read as the narrower one.
    let role = match Role::from_code(&role) {
        Some(Role::Advocate) => Role::Advocate,
        _ => Role::Professional,
    };
    let mut access =
        ChildAccess::for_role(child_id, role, &parts_from(&parts), may_change, in_control);
    access.until = until.as_deref().and_then(dates::from_iso);
    Ok(access)
}
