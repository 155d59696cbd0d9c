//! Searching the council's services: the search form (a GET form, so the search lives in the
//! address), the results with why each was found, and the pages of results.

use super::{family_children, FamilyChild, FEED_LANG};
use crate::clock::today;
use crate::components::{
    CheckboxGroup, ErrorSummary, PageTitle, RadioChoice, SelectField, TextField, WithSymbol,
    WithTerms,
};
use crate::filled_message::FilledMessage;
use crate::forms::{for_field, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::live_search::{LiveSearchForm, UseMyLocationButton};
use crate::local_offer::query_form::{search_form_from_pairs, search_href};
use crate::local_offer::search::{SearchForm, DEFAULT_DISTANCE_MILES, DISTANCES_MILES};
use crate::local_offer::service::ServiceCategory;
use crate::local_offer::words::{
    ages_words, category_words, corrected_words, cost_words, distance_words, from_words,
    reason_words, searched_for_words,
};
use crate::local_offer::{FoundService, MatchReason, SearchResults};
use crate::paths::encode_component;
use crate::record::problems::{FieldProblem, Problem};
use crate::record::AreaOfNeed;
use crate::record_problems::message;
use crate::scope::request_scope;
use crate::services::{use_directory, use_records, Directory, LocalOfferError};
use crate::words::area_of_need_words;
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

/// The language of the English words a search in another language was carried to.
const ENGLISH_LANG: &str = "en-GB";

/// Searches many families make, as links on the empty search page: the words searched for (the
/// council's feed is in English) and the message that names them.
const POPULAR_SEARCHES: &[(&str, &str)] = &[
    ("speech therapy", "local-offer-popular-speech"),
    ("autism", "local-offer-popular-autism"),
    ("short breaks", "local-offer-popular-short-breaks"),
    ("swimming", "local-offer-popular-swimming"),
    ("sendiass", "local-offer-popular-advice"),
];

/// The search as typed, from the page's address (a GET form: every field is in the query string).
fn search_form_from_request() -> SearchForm {
    let pairs: Vec<(String, String)> = use_context::<http::request::Parts>()
        .and_then(|parts| parts.uri.query().map(str::to_string))
        .and_then(|query| serde_urlencoded::from_str(&query).ok())
        .unwrap_or_default();
    search_form_from_pairs(&pairs)
}

/// What came of a search.
enum Searched {
    Found {
        results: SearchResults,
        /// Nothing was asked for: the whole list, in name order.
        listing_all: bool,
    },
    Problems(Vec<FieldProblem>),
    Unavailable,
}

async fn run_search(
    directory: &Directory,
    form: &SearchForm,
    children: &[FamilyChild],
) -> Searched {
    let mut query = match form.check() {
        Ok(query) => query,
        Err(problems) => return Searched::Problems(problems),
    };
    // A chosen child searches for their age; an id that is not this family's child is ignored.
    match query
        .child
        .and_then(|id| children.iter().find(|child| child.id == id))
    {
        Some(child) => query.age = Some(child.age),
        None => query.child = None,
    }
    // The words typed may be in the language the page is read in.
    query.locale = request_scope().locale;
    let listing_all = query.is_empty();
    match directory.search(&query).await {
        Ok(results) => Searched::Found {
            results,
            listing_all,
        },
        Err(LocalOfferError::UnknownDistrict) => {
            Searched::Problems(vec![FieldProblem::new("near", Problem::PostcodeNotKnown)])
        }
        Err(_) => Searched::Unavailable,
    }
}

#[component]
pub fn LocalOfferPage() -> impl IntoView {
    let i18n = use_i18n();
    let viewer = request_scope().viewer;
    let form = search_form_from_request();
    let response = use_context::<leptos_axum::ResponseOptions>();
    let records = use_records();
    let directory = use_directory();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let children = match &viewer {
                    Some(viewer) => family_children(&records, viewer, today()).await,
                    None => Vec::new(),
                };
                let searched = run_search(&directory, &form, &children).await;
                let problems: Vec<ShownProblem> = match &searched {
                    Searched::Problems(problems) => problems
                        .iter()
                        .map(|problem| ShownProblem {
                            field: Some(problem.field.clone()),
                            message: message(&problem.problem, i18n),
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                if let Some(response) = &response {
                    match &searched {
                        Searched::Problems(_) => response.set_status(http::StatusCode::UNPROCESSABLE_ENTITY),
                        Searched::Unavailable => response.set_status(http::StatusCode::SERVICE_UNAVAILABLE),
                        Searched::Found { .. } => {}
                    }
                }
                let title = fl!(i18n, "local-offer-title");
                view! {
                    <PageTitle text=title.clone() has_errors=!problems.is_empty() />
                    <ErrorSummary problems=problems.clone() />
                    <WithSymbol message="local-offer-title"><h1>{title}</h1></WithSymbol>
                    <p><WithTerms text=fl!(i18n, "local-offer-intro") /></p>
                    {search_form_view(&form, &children, &problems, i18n)}
                    {results_view(&searched, &form, &problems, i18n)}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The age box: a number, typed with the phone's number keys.
fn age_field(value: &str, error: Option<String>, i18n: &FluentLanguageLoader) -> AnyView {
    let has_error = error.is_some();
    let described = if has_error {
        "age-hint age-error"
    } else {
        "age-hint"
    };
    view! {
        <div class="field" class:field-with-error=has_error>
            <label class="label" for="age">{fl!(i18n, "local-offer-age")}</label>
            <p class="hint" id="age-hint">{fl!(i18n, "local-offer-age-hint")}</p>
            {error.map(|error| view! { <p class="field-error" id="age-error">{error}</p> })}
            <input
                class="input search-age"
                id="age"
                name="age"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value=value.to_string()
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            />
        </div>
    }
    .into_any()
}

fn search_form_view(
    form: &SearchForm,
    children: &[FamilyChild],
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let error = |field: &str| for_field(problems, field);
    let filters_chosen = [
        !form.age.trim().is_empty() || !form.child.trim().is_empty(),
        !form.need.trim().is_empty(),
        !form.category.trim().is_empty(),
        form.free.trim() == "yes",
    ]
    .into_iter()
    .filter(|chosen| *chosen)
    .count();
    let filters_have_problem = problems
        .iter()
        .any(|p| p.field.as_deref().is_some_and(|f| f != "q" && f != "near"));
    let filters_open = filters_chosen > 0 || filters_have_problem;
    let summary = if filters_chosen == 0 {
        fl!(i18n, "local-offer-filters")
    } else {
        fl!(i18n, "local-offer-filters-chosen", count = filters_chosen)
    };
    let child_field = (!children.is_empty()).then(|| {
        let mut choices = vec![RadioChoice::new("", fl!(i18n, "local-offer-child-none"))];
        choices.extend(children.iter().map(|child| {
            RadioChoice::new(
                child.id.to_string(),
                fl!(
                    i18n,
                    "local-offer-child-choice",
                    name = (child.name.clone()),
                    age = (child.age)
                ),
            )
        }));
        view! {
            <SelectField
                name="child"
                label=fl!(i18n, "local-offer-child")
                hint=fl!(i18n, "local-offer-child-hint")
                choices=choices
                selected=form.child.trim().to_string()
                error=error("child")
            />
        }
    });
    let mut need_choices = vec![RadioChoice::new("", fl!(i18n, "local-offer-need-any"))];
    need_choices.extend(
        AreaOfNeed::ALL
            .iter()
            .map(|area| RadioChoice::new(area.code(), area_of_need_words(*area, i18n))),
    );
    let mut category_choices = vec![RadioChoice::new("", fl!(i18n, "local-offer-category-any"))];
    category_choices.extend(
        ServiceCategory::ALL
            .iter()
            .map(|category| RadioChoice::new(category.code(), category_words(*category, i18n))),
    );
    let within_choices = DISTANCES_MILES
        .iter()
        .map(|miles| {
            RadioChoice::new(
                miles.to_string(),
                fl!(i18n, "local-offer-within-miles", miles = (*miles)),
            )
        })
        .collect::<Vec<_>>();
    let within = form
        .within
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|miles| DISTANCES_MILES.contains(miles))
        .unwrap_or(DEFAULT_DISTANCE_MILES)
        .to_string();
    let from_device = form.near.trim().is_empty() && !form.lat.trim().is_empty();
    let selected_free = if form.free.trim() == "yes" {
        vec!["yes".to_string()]
    } else {
        Vec::new()
    };
    let form_view = view! {
        <form class="search-form" action="/local-offer" method="get" role="search" novalidate>
            <TextField
                name="q"
                label=fl!(i18n, "local-offer-q")
                hint=fl!(i18n, "local-offer-q-hint")
                input_type="search"
                autocomplete="off"
                value=Some(form.q.clone())
                error=error("q")
            />
            // Where: open to see, as most families look for something near them.
            <TextField
                name="near"
                label=fl!(i18n, "local-offer-near")
                hint=fl!(i18n, "local-offer-near-hint")
                autocomplete="postal-code"
                value=Some(form.near.clone())
                error=error("near")
                spellcheck=false
            />
            <UseMyLocationButton
                label=fl!(i18n, "local-offer-use-location")
                refused_message=fl!(i18n, "local-offer-location-refused")
            />
            {from_device.then(|| view! { <p class="hint">{fl!(i18n, "local-offer-location-in-use")}</p> })}
            <SelectField
                name="within"
                label=fl!(i18n, "local-offer-within")
                choices=within_choices
                selected=within
            />
            <input type="hidden" name="lat" value=form.lat.trim().to_string() />
            <input type="hidden" name="lon" value=form.lon.trim().to_string() />
            <details class="search-filters" open=filters_open>
                <summary class="search-filters-summary">{summary}</summary>
                <div class="search-filters-body">
                    {child_field}
                    {age_field(&form.age, error("age"), i18n)}
                    <SelectField
                        name="need"
                        label=fl!(i18n, "local-offer-need")
                        hint=fl!(i18n, "local-offer-need-hint")
                        choices=need_choices
                        selected=form.need.trim().to_string()
                        error=error("need")
                    />
                    <SelectField
                        name="category"
                        label=fl!(i18n, "local-offer-category")
                        choices=category_choices
                        selected=form.category.trim().to_string()
                        error=error("category")
                    />
                    <CheckboxGroup
                        name="free"
                        legend=fl!(i18n, "local-offer-cost")
                        choices=vec![RadioChoice::new("yes", fl!(i18n, "local-offer-free-only"))]
                        selected=selected_free
                    />
                </div>
            </details>
            <button class="button" type="submit">{fl!(i18n, "local-offer-search")}</button>
        </form>
    }
    .into_any();
    view! {
        <LiveSearchForm failed_message=fl!(i18n, "local-offer-update-failed")>
            {form_view}
        </LiveSearchForm>
    }
    .into_any()
}

fn results_view(
    searched: &Searched,
    form: &SearchForm,
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let (announce, body) = match searched {
        Searched::Problems(_) => {
            let announce = format!(
                "{} {}",
                fl!(i18n, "local-offer-fix-problems"),
                problems
                    .iter()
                    .map(|p| p.message.clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            let body = view! {
                <p class="results-count">{fl!(i18n, "local-offer-fix-problems")}</p>
                <ul class="results-problems">
                    {problems
                        .iter()
                        .map(|problem| {
                            let href = format!("#{}", problem.field.clone().unwrap_or_default());
                            view! { <li><a href=href>{problem.message.clone()}</a></li> }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any();
            (announce, body)
        }
        Searched::Unavailable => {
            let text = fl!(i18n, "local-offer-unavailable");
            (
                text.clone(),
                view! { <p class="results-count">{text}</p> }.into_any(),
            )
        }
        Searched::Found {
            results,
            listing_all,
        } => found_view(results, *listing_all, form, i18n),
    };
    view! {
        <section id="results" class="results" aria-labelledby="results-title" data-announce=announce>
            <h2 id="results-title">{fl!(i18n, "local-offer-results-title")}</h2>
            {body}
        </section>
    }
    .into_any()
}

fn found_view(
    results: &SearchResults,
    listing_all: bool,
    form: &SearchForm,
    i18n: &'static FluentLanguageLoader,
) -> (String, AnyView) {
    let count = if results.total == 0 {
        fl!(i18n, "local-offer-count-none")
    } else {
        fl!(i18n, "local-offer-count", count = (results.total))
    };
    let intro = if listing_all {
        view! {
            <p>{fl!(i18n, "local-offer-all-services")}</p>
            <div class="popular-searches">
                <p class="popular-searches-title" id="popular-title">{fl!(i18n, "local-offer-popular")}</p>
                <ul class="popular-searches-list" aria-labelledby="popular-title">
                    {POPULAR_SEARCHES
                        .iter()
                        .map(|(words, id)| {
                            let href = format!("/local-offer?q={}", encode_component(words));
                            view! { <li><a href=href>{i18n.get(id)}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any()
    } else {
        ().into_any()
    };
    let corrections = (!results.corrections.is_empty()).then(|| {
        view! {
            <div class="notice results-corrections">
                {results
                    .corrections
                    .iter()
                    .map(|(typed, read_as)| view! {
                        <p>{corrected_words(typed, read_as, i18n).view()}</p>
                    })
                    .collect_view()}
            </div>
        }
    });
    let searched_for = results.searched_for.as_ref().map(|english| {
        view! {
            <p class="notice results-searched-for">
                {searched_for_words(english, i18n).view_in(ENGLISH_LANG)}
            </p>
        }
    });
    let some_words = results.some_words_only.then(|| {
        view! { <p class="notice results-some-words">{fl!(i18n, "local-offer-some-words")}</p> }
    });
    let none = (results.total == 0).then(|| {
        view! {
            <p>{fl!(i18n, "local-offer-tips")}</p>
            <ul class="list">
                // Words carried from the page's language were understood: spelling is not the problem.
                {results.searched_for.is_none().then(|| view! {
                    <li>{fl!(i18n, "local-offer-tip-spelling")}</li>
                })}
                <li>{fl!(i18n, "local-offer-tip-words")}</li>
                <li>{fl!(i18n, "local-offer-tip-filters")}</li>
            </ul>
            <p><a href="/local-offer">{fl!(i18n, "local-offer-see-all")}</a></p>
        }
    });
    let first_number = (results.page.max(1) - 1) * crate::local_offer::search::RESULTS_PER_PAGE + 1;
    let list = (!results.found.is_empty()).then(|| {
        view! {
            <ol class="results-list" start=first_number>
                {results.found.iter().map(|found| result_card(found, i18n)).collect_view()}
            </ol>
        }
    });
    let pages = (results.pages > 1).then(|| pagination(results, form, i18n));
    let view = view! {
        <p class="results-count">{count.clone()}</p>
        {searched_for}
        {corrections}
        {some_words}
        {intro}
        {none}
        {list}
        {pages}
    }
    .into_any();
    (count, view)
}

fn result_card(found: &FoundService, i18n: &'static FluentLanguageLoader) -> AnyView {
    let service = &found.service;
    let facts = [
        Some(ages_words(service.ages, i18n)),
        Some(cost_words(service.free, i18n)),
        found
            .tenths_of_mile
            .map(|tenths| distance_words(tenths, i18n)),
    ];
    // The distance is already one of the facts above, so it is not said again as a reason.
    let reasons: Vec<FilledMessage> = found
        .reasons
        .iter()
        .filter(|reason| !matches!(reason, MatchReason::Near { .. }))
        .map(|reason| reason_words(reason, i18n))
        .collect();
    view! {
        <li class="result">
            <h3 class="result-name">
                <a href=crate::paths::service(&service.id) lang=FEED_LANG dir="auto">{service.name.clone()}</a>
            </h3>
            {(!service.organisation.is_empty()).then(|| view! {
                <p class="result-organisation">
                    {from_words(&service.organisation, i18n).view()}
                </p>
            })}
            {(!service.short_description.is_empty()).then(|| view! {
                <p class="result-description" lang=FEED_LANG dir="auto">{service.short_description.clone()}</p>
            })}
            <ul class="result-facts">
                {facts
                    .into_iter()
                    .flatten()
                    .map(|fact| view! { <li class="badge">{fact}</li> })
                    .collect_view()}
            </ul>
            {(!reasons.is_empty()).then(|| view! {
                <div class="result-why">
                    <p class="result-why-title">{fl!(i18n, "local-offer-why")}</p>
                    <ul class="result-reasons">
                        {reasons.into_iter().map(|reason| view! { <li>{reason.view()}</li> }).collect_view()}
                    </ul>
                </div>
            })}
        </li>
    }
    .into_any()
}

fn pagination(
    results: &SearchResults,
    form: &SearchForm,
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let previous = (results.page > 1).then(|| {
        view! {
            <li><a class="pagination-link" rel="prev" href=search_href(form, results.page - 1)>{fl!(i18n, "local-offer-previous")}</a></li>
        }
    });
    let next = (results.page < results.pages).then(|| {
        view! {
            <li><a class="pagination-link" rel="next" href=search_href(form, results.page + 1)>{fl!(i18n, "local-offer-next")}</a></li>
        }
    });
    view! {
        <nav class="pagination" aria-label=fl!(i18n, "local-offer-pages")>
            <p class="pagination-where">
                {fl!(i18n, "local-offer-page-of", page = (results.page), pages = (results.pages))}
            </p>
            <ul class="pagination-list">{previous}{next}</ul>
        </nav>
    }
    .into_any()
}
