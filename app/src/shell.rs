use crate::components::{SiteFooter, SiteHeader};
use crate::i18n::{fl, loader, I18n};
use crate::islands::WakeIslands;
use crate::pages;
use crate::read_aloud::{ReadAloudControl, ReadAloudWords};
use crate::scope::request_scope;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The whole HTML document. `lang`, `dir` and the reading options are rendered here by the server,
/// so the very first paint is in the person's language, direction and mode.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let scope = request_scope();
    provide_context(options);
    let [text_size, spacing, font, theme, motion] = scope.reading.attributes().map(|(_, v)| v);
    view! {
        <!DOCTYPE html>
        <html
            lang=scope.locale.html_lang()
            dir=scope.locale.direction().html_dir()
            data-easy-read=scope.locale.is_easy_read().then_some("")
            data-text-size=text_size
            data-spacing=spacing
            data-font=font
            data-theme=theme
            data-motion=motion
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="stylesheet" href="/style/heard.css" />
                <link rel="icon" href="/style/favicon.svg" type="image/svg+xml" />
                <link rel="manifest" href=crate::paths::MANIFEST />
                <link rel="apple-touch-icon" href="/style/icon-192.png" />
                <meta name="theme-color" content="#1d4f91" />
                <script type="module" src=crate::paths::SERVICE_WORKER_START nonce=leptos::nonce::use_nonce()></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = request_scope().locale;
    let i18n = loader(locale);
    provide_context(I18n(i18n));
    provide_context(crate::components::ExplainedTerms::default());
    let read_aloud = ReadAloudWords {
        read: fl!(i18n, "read-aloud-start"),
        pause: fl!(i18n, "read-aloud-pause"),
        resume: fl!(i18n, "read-aloud-resume"),
        stop: fl!(i18n, "read-aloud-stop"),
        no_voice: fl!(i18n, "read-aloud-no-voice", language = locale.own_name()),
        no_speech: fl!(i18n, "read-aloud-no-speech"),
    };
    view! {
        <SiteHeader />
        // Read aloud is on every page, so every page wakes its islands.
        <WakeIslands />
        <main id="main" class="main" tabindex="-1">
            <ReadAloudControl words=read_aloud />
            <pages::account_email::ConfirmBanner />
            <Router>
                <Routes fallback=crate::components::NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage />
                    <Route path=path!("/account/new") view=pages::create_account::CreateAccountPage />
                    <Route path=path!("/sign-in") view=pages::sign_in::SignInPage />
                    // The account's address and password (answered by the server's account handlers).
                    <Route path=path!("/forgot-password") view=pages::account_email::ForgotPasswordPage />
                    <Route path=path!("/reset-password/:token") view=pages::account_email::ResetPasswordPage />
                    <Route path=path!("/confirm-email/:token") view=pages::account_email::ConfirmEmailPage />
                    <Route path=path!("/account/confirm-again") view=pages::account_email::ConfirmAgainPage />
                    <Route path=path!("/account/email") view=pages::account_email::ChangeEmailPage />
                    <Route path=path!("/account/password") view=pages::account_email::ChangePasswordPage />
                    <Route path=path!("/family") view=pages::family::FamilyPage ssr=SsrMode::Async />
                    // The child's record: every page waits for its data, so the server sends it whole.
                    <Route path=path!("/children/new") view=pages::child_form::AddChildPage />
                    <Route path=path!("/children/:child") view=pages::child_overview::ChildOverviewPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/edit") view=pages::child_form::EditChildPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/about-me") view=pages::about_me::AboutMePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/about-me/new") view=pages::about_me::AddEntryPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/about-me/:entry") view=pages::about_me::EditEntryPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/about-me/:entry/history") view=pages::about_me::EntryHistoryPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/goals") view=pages::goals::GoalsPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/goals/new") view=pages::goals::AddGoalPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/goals/:goal") view=pages::goals::EditGoalPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/reviews") view=pages::reviews::ReviewsPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/reviews/:review") view=pages::reviews::ReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/progress") view=pages::progress::ProgressPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/next-steps") view=pages::next_steps::NextStepsPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/prepare") view=pages::prepare::PreparePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/review-pack") view=pages::prepare::ReviewPackPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/review-pack/share") view=pages::pack_links::SharePackPage ssr=SsrMode::Async />
                    // The pack shared by a link: no account, the secret is the key.
                    <Route path=path!("/pack/:secret") view=pages::pack_links::PackLinkPage ssr=SsrMode::Async />
                    // Who can see a child's record, invitations, and who has looked.
                    <Route path=path!("/children/:child/people") view=pages::people::ChildPeoplePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/people/invite") view=pages::people::InvitePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/people/invitations/:invitation") view=pages::people::InvitationLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/documents") view=pages::documents::DocumentsPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/notes") view=pages::notes::NotesPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/notes/:note") view=pages::notes::EditNotePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/my-page") view=pages::my_page::MyPagePage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/your-data") view=pages::your_data::YourDataPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/your-data/copy") view=pages::your_data::RecordCopyPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/delete") view=pages::your_data::DeleteChildPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=pages::account::AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/account/name") view=pages::account::AccountNamePage ssr=SsrMode::Async />
                    <Route path=path!("/account/delete") view=pages::your_data::DeleteAccountPage />
                    <Route path=path!("/account/emails") view=pages::email_choices::EmailChoicesPage ssr=SsrMode::Async />
                    <Route path=path!("/account/deleted") view=pages::your_data::AccountDeletedPage />
                    <Route path=path!("/account/passkeys") view=pages::passkeys::PasskeysPage ssr=SsrMode::Async />
                    <Route path=path!("/children/:child/seen") view=pages::people::AccessLogPage ssr=SsrMode::Async />
                    <Route path=path!("/invitations/:token") view=pages::invitation::AcceptInvitationPage ssr=SsrMode::Async />
                    <Route path=path!("/advocate") view=pages::advocate::AdvocatePage ssr=SsrMode::Async />
                    <Route path=path!("/professional") view=pages::advocate::ProfessionalPage ssr=SsrMode::Async />
                    // The Local Offer: open to everyone; the pages wait for the search, so the server sends them whole.
                    <Route path=path!("/local-offer") view=pages::local_offer::LocalOfferPage ssr=SsrMode::Async />
                    <Route path=path!("/local-offer/services/:service") view=pages::local_offer::ServicePage ssr=SsrMode::Async />
                    <Route path=path!("/local-offer/services/:service/save") view=pages::local_offer::ServicePage ssr=SsrMode::Async />
                    <Route path=path!("/reading-options") view=pages::reading_options::ReadingOptionsPage />
                    <Route path=path!("/language") view=pages::language::LanguagePage />
                    <Route path=path!("/privacy") view=pages::privacy::PrivacyPage />
                    <Route path=path!("/offline") view=pages::offline::OfflinePage />
                    <Route path=path!("/help") view=pages::help::HelpPage />
                    <Route path=path!("/help/words") view=pages::info::GlossaryPage />
                    <Route path=path!("/help/:topic") view=pages::info::InfoPage />
                    // For tests only: a 404 unless the server runs with --component-examples.
                    <Route path=path!("/component-examples") view=pages::component_examples::ComponentExamplesPage />
                </Routes>
            </Router>
        </main>
        <SiteFooter />
    }
}
