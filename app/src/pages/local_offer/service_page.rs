//! One service: what it is, who it is for, what it costs, how to get it, how to reach it, where
//! and when, and the form to save it to a child's record.

use super::save::{save_view, SaveRefused};
use super::{family_children, FEED_LANG};
use crate::clock::today;
use crate::components::{ErrorSummary, PageTitle, WithSymbol, WithTerms};
use crate::forms::use_form_outcome;
use crate::i18n::{fl, use_i18n};
use crate::local_offer::service::{Referral, Service, ServiceStatus};
use crate::local_offer::words::{
    ages_words, category_words, cost_words, from_words, list_words, opening_words,
};
use crate::record::dates::{self, Date};
use crate::record::problems::FieldProblem;
use crate::record_page::record_error_view;
use crate::record_problems::shown;
use crate::scope::request_scope;
use crate::services::{use_directory, use_records, LocalOfferError, RecordError};
use crate::words::area_of_need_words;
use crate::words::long_date;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A service older than this many days since its last update gets a warning.
const STALE_AFTER_DAYS: i64 = 365;

fn not_found_view(i18n: &'static FluentLanguageLoader) -> AnyView {
    view! {
        <PageTitle text=fl!(i18n, "service-not-found-title") />
        <WithSymbol message="service-not-found-title"><h1>{fl!(i18n, "service-not-found-title")}</h1></WithSymbol>
        <p><WithTerms text=fl!(i18n, "service-not-found-body") /></p>
        <p><a href="/local-offer">{fl!(i18n, "service-search-again")}</a></p>
    }
    .into_any()
}

#[component]
pub fn ServicePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .read_untracked()
        .get("service")
        .unwrap_or_default();
    let viewer = request_scope().viewer;
    let response = use_context::<leptos_axum::ResponseOptions>();
    let set_status = move |status: http::StatusCode| {
        if let Some(response) = &response {
            response.set_status(status);
        }
    };
    if use_context::<SaveRefused>().is_some() {
        set_status(http::StatusCode::NOT_FOUND);
        return record_error_view(&RecordError::NotFound, i18n);
    }
    let outcome = use_form_outcome::<FieldProblem>();
    let records = use_records();
    let directory = use_directory();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let listed = match directory.service(&id).await {
                    Ok(listed) => listed,
                    Err(LocalOfferError::NotFound) => {
                        set_status(http::StatusCode::NOT_FOUND);
                        return not_found_view(i18n);
                    }
                    Err(_) => {
                        set_status(http::StatusCode::SERVICE_UNAVAILABLE);
                        return record_error_view(&RecordError::Unavailable, i18n);
                    }
                };
                let today = today();
                let children = match &viewer {
                    Some(viewer) => family_children(&records, viewer, today).await,
                    None => Vec::new(),
                };
                let problems = shown(&outcome, i18n);
                let service = listed.service;
                let save = save_view(&service, viewer.is_some(), &children, &outcome, &problems, i18n);
                view! {
                    <PageTitle text=service.name.clone() has_errors=!problems.is_empty() />
                    <ErrorSummary problems=problems.clone() />
                    <p><a href="/local-offer">{fl!(i18n, "service-back")}</a></p>
                    <h1 lang=FEED_LANG dir="auto">{service.name.clone()}</h1>
                    {(!service.organisation.is_empty()).then(|| view! {
                        <p class="lead">{from_words(&service.organisation, i18n).view()}</p>
                    })}
                    {(!listed.still_listed).then(|| view! {
                        <div class="notice notice-warning service-not-listed">
                            <h2>{fl!(i18n, "service-not-listed-title")}</h2>
                            <p>{fl!(i18n, "service-not-listed")}</p>
                        </div>
                    })}
                    {(service.status == Some(ServiceStatus::TemporarilyClosed)).then(|| view! {
                        <p class="notice notice-warning"><strong>{fl!(i18n, "service-closed")}</strong></p>
                    })}
                    {updated_view(&service, today, i18n)}
                    {service_details(&service, i18n)}
                    {save}
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// When the council last changed it, and a plain warning when that is over a year ago.
fn updated_view(service: &Service, today: Date, i18n: &FluentLanguageLoader) -> AnyView {
    match service.last_updated_on() {
        Some(on) => {
            let old = (today - on).whole_days() > STALE_AFTER_DAYS;
            view! {
                <p class="service-updated">
                    <time datetime=dates::to_iso(on)>
                        {fl!(i18n, "service-last-updated", date = (long_date(i18n, on)))}
                    </time>
                </p>
                {old.then(|| view! {
                    <div class="notice notice-warning service-old">
                        <h2>{fl!(i18n, "service-updated-old-title")}</h2>
                        <p>{fl!(i18n, "service-updated-old")}</p>
                    </div>
                })}
            }
            .into_any()
        }
        None => view! {
            <p class="service-updated">{fl!(i18n, "service-updated-unknown")}</p>
        }
        .into_any(),
    }
}

/// The items in words, as one list: "Health, Leisure and Education".
fn listed<T: Copy>(
    items: &[T],
    words: impl Fn(T) -> String,
    i18n: &FluentLanguageLoader,
) -> String {
    let words: Vec<String> = items.iter().map(|item| words(*item)).collect();
    list_words(&words, i18n)
}

/// A row of a summary list. `feed` rows are the council's own words.
fn row(key: String, value: AnyView) -> AnyView {
    view! {
        <div class="summary-row">
            <dt>{key}</dt>
            <dd>{value}</dd>
        </div>
    }
    .into_any()
}

fn feed_lines(lines: &[String]) -> AnyView {
    view! {
        <ul class="service-lines" lang=FEED_LANG dir="auto">
            {lines.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

fn service_details(service: &Service, i18n: &'static FluentLanguageLoader) -> AnyView {
    // What it is: the council's words, a paragraph each.
    let paragraphs: Vec<String> = service
        .description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();

    // Who it is for.
    let needs = if service.needs.is_empty() {
        fl!(i18n, "service-needs-all")
    } else {
        listed(&service.needs, |need| area_of_need_words(need, i18n), i18n)
    };
    let mut who = vec![
        row(
            fl!(i18n, "service-row-ages"),
            ages_words(service.ages, i18n).into_any(),
        ),
        row(fl!(i18n, "service-row-needs"), needs.into_any()),
    ];
    if !service.adulthood.is_empty() {
        let themes = listed(
            &service.adulthood,
            |theme| i18n.get(&format!("adulthood-{}", theme.code())),
            i18n,
        );
        who.push(row(fl!(i18n, "service-row-adulthood"), themes.into_any()));
    }
    if !service.categories.is_empty() {
        let kinds = listed(
            &service.categories,
            |category| category_words(category, i18n),
            i18n,
        );
        who.push(row(fl!(i18n, "service-row-kind"), kinds.into_any()));
    }

    // How to get it.
    let referral = match service.referral.unwrap_or(Referral::NotSaid) {
        Referral::Needed => fl!(i18n, "service-referral-needed"),
        Referral::NotNeeded => fl!(i18n, "service-referral-not-needed"),
        Referral::NotSaid => fl!(i18n, "service-referral-not-said"),
    };

    // Contact.
    let contact = &service.contact;
    let mut contact_rows = Vec::new();
    if !contact.phones.is_empty() {
        let phones = view! {
            <ul class="service-lines">
                {contact
                    .phones
                    .iter()
                    .map(|phone| view! {
                        <li>
                            <a class="service-contact-link" href=tel_href(&phone.number) dir="ltr">{phone.number.clone()}</a>
                            {(!phone.description.is_empty()).then(|| view! {
                                " " <span lang=FEED_LANG dir="auto">{format!("({})", phone.description)}</span>
                            })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any();
        contact_rows.push(row(fl!(i18n, "service-phone"), phones));
    }
    // The email and website, each only when it is an address that is safe to follow.
    let to_mailto: fn(&str) -> Option<String> = mailto_href;
    let links = [
        (fl!(i18n, "service-email"), &contact.email, to_mailto),
        (fl!(i18n, "service-website"), &contact.website, website_href),
    ];
    for (key, address, to_href) in links {
        let Some((address, href)) = address
            .as_deref()
            .and_then(|address| Some((address.to_string(), to_href(address)?)))
        else {
            continue;
        };
        contact_rows.push(row(
            key,
            view! { <a class="service-contact-link" href=href dir="ltr">{address}</a> }.into_any(),
        ));
    }
    if !contact.people.is_empty() {
        contact_rows.push(row(
            fl!(i18n, "service-people"),
            feed_lines(&contact.people),
        ));
    }
    let contact_view = if contact_rows.is_empty() {
        view! { <p>{fl!(i18n, "service-no-contact")}</p> }.into_any()
    } else {
        view! { <dl class="summary-list">{contact_rows}</dl> }.into_any()
    };

    // Where and when.
    let places = if service.places.is_empty() {
        view! { <p>{fl!(i18n, "service-no-place")}</p> }.into_any()
    } else {
        service
            .places
            .iter()
            .map(|place| {
                let mut lines: Vec<String> = Vec::new();
                if !place.name.trim().is_empty() {
                    lines.push(place.name.clone());
                }
                lines.extend(place.address.iter().filter(|l| !l.trim().is_empty()).cloned());
                for extra in [&place.town, &place.postcode] {
                    if !extra.trim().is_empty() && !lines.iter().any(|line| line.contains(extra.as_str())) {
                        lines.push(extra.clone());
                    }
                }
                let access = if place.accessibility.is_empty() {
                    fl!(i18n, "service-access-not-said").into_any()
                } else {
                    feed_lines(&place.accessibility)
                };
                view! {
                    <dl class="summary-list">
                        {row(fl!(i18n, "service-place"), view! { <address class="service-address" lang=FEED_LANG dir="auto">{lines.into_iter().map(|line| view! { <span class="service-address-line">{line}</span> }).collect_view()}</address> }.into_any())}
                        {row(fl!(i18n, "service-accessibility"), access)}
                    </dl>
                }
            })
            .collect_view()
            .into_any()
    };
    let times: Vec<String> = service
        .opening_times
        .iter()
        .filter_map(|opening| opening_words(opening, i18n))
        .collect();
    let times_view = if times.is_empty() {
        fl!(i18n, "service-times-not-said").into_any()
    } else {
        view! {
            <ul class="service-lines">
                {times.into_iter().map(|time| view! { <li>{time}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let languages = if service.languages.is_empty() {
        view! { <p>{fl!(i18n, "service-languages-not-said")}</p> }.into_any()
    } else {
        view! { <p>{list_words(&service.languages, i18n)}</p> }.into_any()
    };

    view! {
        <section class="service-section" aria-labelledby="service-about">
            <h2 id="service-about">{fl!(i18n, "service-about")}</h2>
            {paragraphs.into_iter().map(|p| view! { <p class="service-description" lang=FEED_LANG dir="auto">{p}</p> }).collect_view()}
        </section>
        <section class="service-section" aria-labelledby="service-for-whom">
            <h2 id="service-for-whom">{fl!(i18n, "service-for-whom")}</h2>
            <dl class="summary-list">{who}</dl>
        </section>
        <section class="service-section" aria-labelledby="service-cost">
            <h2 id="service-cost">{fl!(i18n, "service-cost")}</h2>
            <p><strong class="badge">{cost_words(service.cost.free, i18n)}</strong></p>
            {(!service.cost.details.is_empty()).then(|| feed_lines(&service.cost.details))}
        </section>
        <section class="service-section" aria-labelledby="service-how">
            <h2 id="service-how">{fl!(i18n, "service-how-to-get")}</h2>
            <p>{referral}</p>
            {(!service.how_to_get.trim().is_empty()).then(|| view! {
                <p class="service-description" lang=FEED_LANG dir="auto">{service.how_to_get.clone()}</p>
            })}
        </section>
        <section class="service-section" aria-labelledby="service-contact">
            <h2 id="service-contact">{fl!(i18n, "service-contact")}</h2>
            {contact_view}
        </section>
        <section class="service-section" aria-labelledby="service-where">
            <h2 id="service-where">{fl!(i18n, "service-where-when")}</h2>
            {places}
            <dl class="summary-list">{row(fl!(i18n, "service-times"), times_view)}</dl>
        </section>
        <section class="service-section" aria-labelledby="service-languages">
            <h2 id="service-languages">{fl!(i18n, "service-languages")}</h2>
            {languages}
        </section>
    }
    .into_any()
}

/// Only web addresses, never `javascript:` or anything else a feed might carry.
fn website_href(website: &str) -> Option<String> {
    let website = website.trim();
    let lower = website.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(website.to_string())
    } else if !website.is_empty()
        && !website.contains(':')
        && !website.contains(char::is_whitespace)
    {
        Some(format!("https://{website}"))
    } else {
        None
    }
}

fn tel_href(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

fn mailto_href(email: &str) -> Option<String> {
    let email = email.trim();
    let plain = email.contains('@')
        && !email.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '?' | '&')
        });
    plain.then(|| format!("mailto:{email}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_links_are_only_safe_addresses() {
        assert_eq!(website_href("javascript:alert(1)"), None);
        assert_eq!(
            website_href("www.example.org").as_deref(),
            Some("https://www.example.org")
        );
        assert_eq!(tel_href("01332 123 456"), "tel:01332123456");
        assert_eq!(mailto_href("a@b.org?cc=x"), None);
    }
}
