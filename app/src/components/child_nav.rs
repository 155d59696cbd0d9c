use crate::components::EasyReadSymbol;
use crate::i18n::{fl, use_i18n};
use crate::paths;
use crate::people::{ChildAccess, RecordPart as Part, Role};
use crate::scope::request_scope;
use crate::services::use_people;
use leptos::prelude::*;

/// The parts of a child's record, as links; the current one is marked for screen readers and by an
/// underline, not by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordSection {
    Overview,
    AboutMe,
    Goals,
    Reviews,
    Progress,
    Prepare,
    NextSteps,
    People,
    MyPage,
    Documents,
    Notes,
}

impl RecordSection {
    /// Whether this person's access reaches this page: the nav shows only the pages they can open.
    fn open_to(self, access: &ChildAccess) -> bool {
        match self {
            RecordSection::Overview | RecordSection::NextSteps => access.can_read(Part::Details),
            RecordSection::AboutMe => access.can_read(Part::AboutMe),
            RecordSection::Goals | RecordSection::Reviews | RecordSection::Progress => {
                access.can_read(Part::GoalsAndProgress)
            }
            RecordSection::Prepare => {
                access.can_read(Part::AboutMe) && access.can_read(Part::GoalsAndProgress)
            }
            RecordSection::People => access.can_read(Part::People),
            RecordSection::Documents => access.can_read(Part::Documents),
            RecordSection::Notes => access.can_read(Part::Notes),
            RecordSection::MyPage => access.role == Role::YoungPerson,
        }
    }
}

/// The record's navigation, showing only the parts this person may open (asked of the server, which
/// checks again when they do).
#[component]
pub fn ChildNav(child_id: i64, name: String, current: RecordSection) -> impl IntoView {
    let people = use_people();
    let viewer = request_scope().viewer;
    let i18n = use_i18n();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let access = match &viewer {
                    Some(viewer) => people.access(viewer, child_id).await.ok(),
                    None => None,
                };
                nav_links(child_id, name.clone(), current, access, i18n)
            })}
        </Suspense>
    }
}

fn nav_links(
    child_id: i64,
    name: String,
    current: RecordSection,
    access: Option<ChildAccess>,
    i18n: &'static i18n_embed::fluent::FluentLanguageLoader,
) -> impl IntoView {
    let parts = [
        (
            RecordSection::MyPage,
            "/my-page",
            "child-nav-my-page",
            fl!(i18n, "child-nav-my-page"),
        ),
        (
            RecordSection::Overview,
            "",
            "child-nav-overview",
            fl!(i18n, "child-nav-overview"),
        ),
        (
            RecordSection::AboutMe,
            "/about-me",
            "child-nav-about-me",
            fl!(i18n, "child-nav-about-me"),
        ),
        (
            RecordSection::Goals,
            "/goals",
            "child-nav-goals",
            fl!(i18n, "child-nav-goals"),
        ),
        (
            RecordSection::Reviews,
            "/reviews",
            "child-nav-reviews",
            fl!(i18n, "child-nav-reviews"),
        ),
        (
            RecordSection::Progress,
            "/progress",
            "child-nav-progress",
            fl!(i18n, "child-nav-progress"),
        ),
        (
            RecordSection::Prepare,
            "/prepare",
            "child-nav-prepare",
            fl!(i18n, "child-nav-prepare"),
        ),
        (
            RecordSection::NextSteps,
            "/next-steps",
            "child-nav-next-steps",
            fl!(i18n, "child-nav-next-steps"),
        ),
        (
            RecordSection::Documents,
            "/documents",
            "child-nav-documents",
            fl!(i18n, "child-nav-documents"),
        ),
        (
            RecordSection::Notes,
            "/notes",
            "child-nav-notes",
            fl!(i18n, "child-nav-notes"),
        ),
        (
            RecordSection::People,
            "/people",
            "child-nav-people",
            fl!(i18n, "child-nav-people"),
        ),
    ];
    view! {
        <nav class="child-nav no-print" aria-label=fl!(i18n, "child-nav-label", name = name)>
            <ul class="child-nav-list">
                {parts
                    .into_iter()
                    .filter(|(part, ..)| access.as_ref().is_some_and(|a| part.open_to(a)))
                    .map(|(part, path, message, label)| {
                        let is_current = part == current;
                        view! {
                            <li>
                                <a
                                    class="child-nav-link"
                                    href=paths::child_part(child_id, path)
                                    aria-current=is_current.then_some("page")
                                >
                                    <EasyReadSymbol message=message decorative=true />
                                    {label}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
