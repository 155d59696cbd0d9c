use crate::components::EasyReadSymbol;
use crate::i18n::{fl, use_i18n};
use leptos::prelude::*;

/// The parts of a child's record, as links; the current one is marked for screen readers and by an
/// underline, not by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordPart {
    Overview,
    AboutMe,
    Goals,
    Reviews,
    Progress,
    Prepare,
    NextSteps,
}

#[component]
pub fn ChildNav(child_id: i64, name: String, current: RecordPart) -> impl IntoView {
    let i18n = use_i18n();
    let parts = [
        (
            RecordPart::Overview,
            "",
            "child-nav-overview",
            fl!(i18n, "child-nav-overview"),
        ),
        (
            RecordPart::AboutMe,
            "/about-me",
            "child-nav-about-me",
            fl!(i18n, "child-nav-about-me"),
        ),
        (
            RecordPart::Goals,
            "/goals",
            "child-nav-goals",
            fl!(i18n, "child-nav-goals"),
        ),
        (
            RecordPart::Reviews,
            "/reviews",
            "child-nav-reviews",
            fl!(i18n, "child-nav-reviews"),
        ),
        (
            RecordPart::Progress,
            "/progress",
            "child-nav-progress",
            fl!(i18n, "child-nav-progress"),
        ),
        (
            RecordPart::Prepare,
            "/prepare",
            "child-nav-prepare",
            fl!(i18n, "child-nav-prepare"),
        ),
        (
            RecordPart::NextSteps,
            "/next-steps",
            "child-nav-next-steps",
            fl!(i18n, "child-nav-next-steps"),
        ),
    ];
    view! {
        <nav class="child-nav no-print" aria-label=fl!(i18n, "child-nav-label", name = name)>
            <ul class="child-nav-list">
                {parts
                    .into_iter()
                    .map(|(part, path, message, label)| {
                        let is_current = part == current;
                        view! {
                            <li>
                                <a
                                    class="child-nav-link"
                                    href=format!("/children/{child_id}{path}")
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
