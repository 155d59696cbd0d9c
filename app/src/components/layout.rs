use crate::i18n::{fl, use_i18n};
use crate::locale::Locale;
use crate::paths;
use crate::scope::request_scope;
use leptos::prelude::*;
use leptos_meta::Title;

/// The browser tab's title: the page's name, then the service's. Prefixed "Error:" when the form on the
/// page has problems, so screen reader users hear it first (GOV.UK pattern).
#[component]
pub fn PageTitle(text: String, #[prop(optional)] has_errors: bool) -> impl IntoView {
    let i18n = use_i18n();
    let service = fl!(i18n, "service-name");
    let title = if has_errors {
        format!("{} {text} – {service}", fl!(i18n, "title-error-prefix"))
    } else {
        format!("{text} – {service}")
    };
    // leptos_meta writes the title's text into the page as it is: a child's name is part of it.
    view! { <Title text=super::raw_text::escaped_for_raw_text(&title) /> }
}

/// Skip link, service name, and the two things a person may need on any page: their language and
/// their reading options. Signed in, also their family and signing out; signed out, signing in.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let scope = request_scope();
    view! {
        <a class="skip-link" href="#main">{fl!(i18n, "skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <a class="service-name" href=paths::HOME>{fl!(i18n, "service-name")}</a>
                <nav class="header-nav" aria-label=fl!(i18n, "nav-label")>
                    <ul class="header-links">
                        <li><a class="header-link" href=paths::LOCAL_OFFER>{fl!(i18n, "nav-local-offer")}</a></li>
                        {scope.viewer.is_some().then(|| view! {
                            <li><a class="header-link" href=paths::FAMILY>{fl!(i18n, "nav-family")}</a></li>
                        })}
                        <li>
                            // The language symbol marks the link for someone who cannot read the
                            // page's language yet.
                            <a class="header-link language-link" href=paths::language_then(&scope.here)>
                                <span class="link-symbol symbol-language" aria-hidden="true"></span>
                                {fl!(i18n, "nav-language")}
                            </a>
                        </li>
                        <li>
                            <a class="header-link" href=paths::reading_options_then(&scope.here)>
                                {fl!(i18n, "nav-reading-options")}
                            </a>
                        </li>
                        {scope.viewer.is_some().then(|| view! {
                            <li><a class="header-link" href=paths::ACCOUNT>{fl!(i18n, "nav-account")}</a></li>
                        })}
                        {scope.viewer.is_some().then(|| view! {
                            <li>
                                <form class="sign-out-form" action=paths::SIGN_OUT method="post">
                                    <button class="link-button" type="submit">{fl!(i18n, "nav-sign-out")}</button>
                                </form>
                            </li>
                        })}
                        // A plain link, back to this page afterwards, so it works without JavaScript.
                        {scope.viewer.is_none().then(|| view! {
                            <li>
                                <a class="header-link" href=paths::header_sign_in(&scope.here)>
                                    {fl!(i18n, "sign-in-title")}
                                </a>
                            </li>
                        })}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <LanguageButtons />
            <ul class="footer-links">
                <li><a href=paths::HELP>{fl!(i18n, "footer-help")}</a></li>
                <li><a href=paths::PRIVACY>{fl!(i18n, "footer-privacy")}</a></li>
            </ul>
            <p class="footer-about">{fl!(i18n, "footer-about")}</p>
        </footer>
    }
}

/// Every language by its own name, each one tap away: a button that posts the choice and comes
/// back to this page. Works without JavaScript.
#[component]
fn LanguageButtons() -> impl IntoView {
    let i18n = use_i18n();
    let scope = request_scope();
    let buttons = Locale::ALL
        .into_iter()
        .map(|locale| {
            let current = locale == scope.locale;
            view! {
                <li>
                    <button
                        class="language-button"
                        type="submit"
                        name="locale"
                        value=locale.tag()
                        lang=locale.html_lang()
                        dir=locale.direction().html_dir()
                        aria-current=current.then_some("true")
                    >
                        {locale.own_name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <form class="language-buttons" action=paths::LANGUAGE method="post">
            <input type="hidden" name="return_to" value=scope.here.clone() />
            <h2 class="language-buttons-title" id="language-buttons-title">
                <span class="link-symbol symbol-language" aria-hidden="true"></span>
                {fl!(i18n, "footer-languages")}
            </h2>
            <ul class="language-buttons-list" aria-labelledby="language-buttons-title">{buttons}</ul>
        </form>
    }
}
