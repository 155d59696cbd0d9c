//! "What happens next": the statutory timeline in plain words. Each step says what should happen, by
//! when, and where it stands in words (not colour alone); the next step is told first, and a late
//! council is pointed out together with where to get free advice.

use crate::components::WithTerms;
use crate::i18n::{fl, use_i18n};
use crate::record::child::SupportStatus;
use crate::record::dates::{self, Date};
use crate::record::timeline::{MissingDate, Step, StepKind, StepState, Timeline};
use crate::words::long_date;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// Where the page with free advice (SENDIASS) is.
const HELP_HREF: &str = crate::paths::HELP;

pub fn step_title(i18n: &FluentLanguageLoader, kind: StepKind) -> String {
    match kind {
        StepKind::DecideWhetherToAssess => fl!(i18n, "timeline-step-decide-assess"),
        StepKind::DecideWhetherToIssuePlan => fl!(i18n, "timeline-step-decide-plan"),
        StepKind::CommentOnDraftPlan => fl!(i18n, "timeline-step-comment-draft"),
        StepKind::FinalPlan => fl!(i18n, "timeline-step-final-plan"),
        StepKind::ReviewPapersSent => fl!(i18n, "timeline-step-review-papers"),
        StepKind::AnnualReviewMeeting => fl!(i18n, "timeline-step-review-meeting"),
        StepKind::ReviewReport => fl!(i18n, "timeline-step-review-report"),
        StepKind::ReviewDecision => fl!(i18n, "timeline-step-review-decision"),
        StepKind::PhaseTransfer => fl!(i18n, "timeline-step-phase-transfer"),
    }
}

fn step_detail(i18n: &FluentLanguageLoader, kind: StepKind) -> String {
    match kind {
        StepKind::DecideWhetherToAssess => fl!(i18n, "timeline-step-decide-assess-detail"),
        StepKind::DecideWhetherToIssuePlan => fl!(i18n, "timeline-step-decide-plan-detail"),
        StepKind::CommentOnDraftPlan => fl!(i18n, "timeline-step-comment-draft-detail"),
        StepKind::FinalPlan => fl!(i18n, "timeline-step-final-plan-detail"),
        StepKind::ReviewPapersSent => fl!(i18n, "timeline-step-review-papers-detail"),
        StepKind::AnnualReviewMeeting => fl!(i18n, "timeline-step-review-meeting-detail"),
        StepKind::ReviewReport => fl!(i18n, "timeline-step-review-report-detail"),
        StepKind::ReviewDecision => fl!(i18n, "timeline-step-review-decision-detail"),
        StepKind::PhaseTransfer => fl!(i18n, "timeline-step-phase-transfer-detail"),
    }
}

/// The state in words, and the class that gives it its border.
fn state_word(i18n: &FluentLanguageLoader, state: StepState) -> (String, &'static str) {
    match state {
        StepState::Done => (fl!(i18n, "timeline-state-done"), "timeline-done"),
        StepState::Overdue => (fl!(i18n, "timeline-state-overdue"), "timeline-overdue"),
        StepState::Next => (fl!(i18n, "timeline-state-next"), "timeline-next"),
        StepState::Later => (fl!(i18n, "timeline-state-later"), "timeline-later"),
    }
}

fn missing_message(i18n: &FluentLanguageLoader, missing: MissingDate) -> String {
    match missing {
        MissingDate::AssessmentRequestedOn => fl!(i18n, "timeline-missing-request"),
        MissingDate::PlanIssuedOrLastReviewOn => fl!(i18n, "timeline-missing-plan"),
        MissingDate::LastAnnualReviewOn => fl!(i18n, "timeline-missing-last-review"),
    }
}

fn step_view(i18n: &'static FluentLanguageLoader, step: Step) -> impl IntoView {
    let (state, class) = state_word(i18n, step.state);
    let late = (step.state == StepState::Overdue).then(|| {
        if step.kind.is_councils() {
            view! {
                <p class="timeline-late-note">
                    {fl!(i18n, "timeline-step-late")}" "
                    <a href=HELP_HREF>{fl!(i18n, "timeline-step-late-link")}</a>
                </p>
            }
            .into_any()
        } else {
            view! { <p class="timeline-late-note"><WithTerms text=fl!(i18n, "timeline-step-comment-passed") /></p> }
                .into_any()
        }
    });
    view! {
        <li
            class=format!("timeline-step {class}")
            aria-current=(step.state == StepState::Next).then_some("step")
        >
            <h3 class="timeline-step-title">{step_title(i18n, step.kind)}</h3>
            <p class="timeline-when">
                <strong class="timeline-state">{state}</strong>" "
                <time datetime=dates::to_iso(step.due)>
                    {fl!(i18n, "timeline-by", date = (long_date(i18n, step.due)))}
                </time>
            </p>
            <p class="timeline-detail">{step_detail(i18n, step.kind)}</p>
            {late}
        </li>
    }
}

/// What happens next for a child: the statutory steps from `timeline` (worked out for `today`), or,
/// on SEN support or with no support yet, how SEN support is reviewed and how to ask for an EHC needs
/// assessment. `edit_href` is the child's details page, where the family adds the dates.
#[component]
pub fn NextSteps(
    timeline: Timeline,
    status: SupportStatus,
    today: Date,
    edit_href: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = match status {
        SupportStatus::NoneYet | SupportStatus::SenSupport => view! {
            {(status == SupportStatus::NoneYet).then(|| view! { <p><WithTerms text=fl!(i18n, "timeline-none-yet") /></p> })}
            <p><WithTerms text=fl!(i18n, "timeline-sen-support") /></p>
            <h3>{fl!(i18n, "timeline-ask-assessment-title")}</h3>
            <p><WithTerms text=fl!(i18n, "timeline-ask-assessment") /></p>
            <p>
                {fl!(i18n, "timeline-ask-assessment-then")}" "
                <a href=edit_href>{fl!(i18n, "timeline-add-dates")}</a>
            </p>
        }
        .into_any(),
        SupportStatus::AssessmentRequested | SupportStatus::EhcPlan => {
            let summary = timeline.next().map(|next| {
                let days = (next.due - today).whole_days();
                view! {
                    <p class="timeline-summary">
                        <strong>
                            {fl!(
                                i18n,
                                "timeline-next-summary",
                                step = (step_title(i18n, next.kind)),
                                date = (long_date(i18n, next.due))
                            )}
                        </strong>" "
                        {fl!(i18n, "timeline-next-when", days = (days))}
                    </p>
                }
            });
            let late = timeline.council_is_late().then(|| {
                view! {
                    <div class="notice timeline-late">
                        <h3>{fl!(i18n, "timeline-late-title")}</h3>
                        <p><WithTerms text=fl!(i18n, "timeline-late-body") /></p>
                        <p><a href=HELP_HREF>{fl!(i18n, "timeline-late-link")}</a></p>
                    </div>
                }
            });
            let steps = (!timeline.steps.is_empty()).then(|| {
                view! {
                    <p>{fl!(i18n, "timeline-intro")}</p>
                    <ol class="timeline">
                        {timeline.steps.iter().map(|step| step_view(i18n, *step)).collect_view()}
                    </ol>
                }
            });
            let missing = timeline
                .missing
                .iter()
                .map(|missing| {
                    view! {
                        <p class="timeline-missing">
                            {missing_message(i18n, *missing)}" "
                            <a href=edit_href.clone()>{fl!(i18n, "timeline-add-dates")}</a>
                        </p>
                    }
                })
                .collect_view();
            view! { {summary} {late} {steps} {missing} }.into_any()
        }
    };
    view! {
        <section class="next-steps" aria-labelledby="next-steps-title">
            <h2 id="next-steps-title">{fl!(i18n, "timeline-title")}</h2>
            {body}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{loader, I18n};
    use crate::locale::Locale;
    use crate::record::child::KeyDates;
    use crate::record::school_year::YearGroup;
    use crate::record::timeline::{timeline, TimelineFacts};

    fn d(text: &str) -> Date {
        dates::from_iso(text).unwrap()
    }

    /// The HTML of `NextSteps` in `locale`, with Fluent's isolation marks taken out for matching.
    fn render(locale: Locale, status: SupportStatus, key_dates: KeyDates, today: Date) -> String {
        let facts = TimelineFacts {
            status,
            date_of_birth: d("2015-05-20"),
            year_group: YearGroup::Year(5),
            key_dates,
        };
        let found = timeline(&facts, today);
        let owner = Owner::new();
        owner
            .with(|| {
                provide_context(I18n(loader(locale)));
                view! {
                    <NextSteps timeline=found status=status today=today edit_href="/children/1/edit".to_string() />
                }
                .to_html()
            })
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn the_next_step_is_told_first_and_each_state_is_in_words() {
        let html = render(
            Locale::EnglishUk,
            SupportStatus::AssessmentRequested,
            KeyDates {
                assessment_requested_on: Some(d("2026-01-05")),
                ..KeyDates::default()
            },
            d("2026-02-06"),
        );
        let summary = "The next step: The council decides whether to do an EHC needs assessment. This should happen by 16 February 2026.";
        assert!(html.contains(summary), "{html}");
        assert!(html.contains("That is in 10 days."), "{html}");
        assert!(html.find(summary) < html.find("<ol class=\"timeline\">"));
        assert!(html.contains("aria-current=\"step\""), "{html}");
        assert!(html.contains("datetime=\"2026-05-25\""), "{html}");
        assert!(
            html.contains(">Next<") && html.contains(">Later<"),
            "{html}"
        );
        assert!(!html.contains("The council is late"), "{html}");
    }

    #[test]
    fn a_late_council_is_said_plainly_with_where_to_get_advice() {
        let html = render(
            Locale::EnglishUk,
            SupportStatus::AssessmentRequested,
            KeyDates {
                assessment_requested_on: Some(d("2026-01-05")),
                ..KeyDates::default()
            },
            d("2026-03-01"),
        );
        assert!(html.contains(">Overdue<"), "{html}");
        assert!(html.contains("The council is late"), "{html}");
        assert!(html.contains("href=\"/help\""), "{html}");
        assert!(html.contains("SENDIASS"), "{html}");
    }

    #[test]
    fn sen_support_explains_termly_reviews_and_how_to_ask_for_an_assessment() {
        let html = render(
            Locale::EnglishUk,
            SupportStatus::SenSupport,
            KeyDates::default(),
            d("2026-03-01"),
        );
        assert!(html.contains("once each term"), "{html}");
        assert!(html.contains("EHC needs assessment"), "{html}");
        assert!(html.contains("href=\"/children/1/edit\""), "{html}");
        assert!(!html.contains("<ol"), "{html}");
    }

    #[test]
    fn a_missing_date_says_which_to_add() {
        let html = render(
            Locale::Urdu,
            SupportStatus::EhcPlan,
            KeyDates::default(),
            d("2026-03-01"),
        );
        assert!(
            html.contains(&fl!(loader(Locale::Urdu), "timeline-missing-plan")),
            "{html}"
        );
        assert!(html.contains("href=\"/children/1/edit\""), "{html}");
    }
}
