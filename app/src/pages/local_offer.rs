//! The Local Offer: searching the council's services (`LocalOfferPage`), and one service
//! (`ServicePage`), which a signed-in family can save to a child's record with a note.
//!
//! The search is a GET form whose results live in the address, so a search can be shared and
//! bookmarked and works with JavaScript off; the `LiveSearch` island updates the results as the
//! person types. Services come from the council's feed, in English: their words are marked
//! `lang="en"` so screen readers on an Urdu page read them with an English voice.

use super::child_form::area_of_need_words;
use super::record_page::record_error_view;
use super::record_problems::{message, shown};
use crate::clock::today;
use crate::components::{
    encode_component, long_date, urlencode, CheckboxGroup, ErrorSummary, PageTitle, RadioChoice,
    SelectField, TextArea, TextField, WithSymbol, WithTerms,
};
use crate::forms::{for_field, use_form_outcome, ShownProblem};
use crate::i18n::{fl, use_i18n};
use crate::live_search::{LiveSearch, UseMyLocation};
use crate::local_offer::search::{SearchForm, DEFAULT_DISTANCE_MILES, DISTANCES_MILES};
use crate::local_offer::service::{
    AgeRange, OpeningTime, Referral, Service, ServiceCategory, ServiceStatus, Weekday,
};
use crate::local_offer::{FoundService, MatchReason, SearchResults};
use crate::record::dates::{self, Date};
use crate::record::problems::{FieldProblem, Problem};
use crate::record::AreaOfNeed;
use crate::scope::{request_scope, Viewer};
use crate::services::{
    use_directory, use_records, Directory, LocalOfferError, RecordError, Records,
};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The language of the council's feed. Marked on its words so they are read in the right voice.
const FEED_LANG: &str = "en";

/// A service older than this many days since its last update gets a warning.
const STALE_AFTER_DAYS: i64 = 365;

/// Searches many families make, as links on the empty search page: the words searched for (the
/// council's feed is in English) and the message that names them.
const POPULAR_SEARCHES: &[(&str, &str)] = &[
    ("speech therapy", "local-offer-popular-speech"),
    ("autism", "local-offer-popular-autism"),
    ("short breaks", "local-offer-popular-short-breaks"),
    ("swimming", "local-offer-popular-swimming"),
    ("sendiass", "local-offer-popular-advice"),
];

/// The fields of the search form, in the order they are put into an address.
pub const SEARCH_FIELDS: &[&str] = &[
    "q", "age", "child", "need", "category", "free", "near", "within", "lat", "lon",
];

/// Where a service's page is.
pub fn service_href(id: &str) -> String {
    format!("/local-offer/services/{}", encode_component(id))
}

/// The search as typed, from the page's address (a GET form: every field is in the query string).
fn search_form_from_request() -> SearchForm {
    let pairs: Vec<(String, String)> = use_context::<http::request::Parts>()
        .and_then(|parts| parts.uri.query().map(str::to_string))
        .and_then(|query| serde_urlencoded::from_str(&query).ok())
        .unwrap_or_default();
    search_form_from_pairs(&pairs)
}

/// The last value of each field wins, as it does for a form field typed twice.
pub fn search_form_from_pairs(pairs: &[(String, String)]) -> SearchForm {
    let mut form = SearchForm::default();
    for (name, value) in pairs {
        let slot = match name.as_str() {
            "q" => &mut form.q,
            "age" => &mut form.age,
            "child" => &mut form.child,
            "need" => &mut form.need,
            "category" => &mut form.category,
            "free" => &mut form.free,
            "near" => &mut form.near,
            "within" => &mut form.within,
            "lat" => &mut form.lat,
            "lon" => &mut form.lon,
            "page" => &mut form.page,
            _ => continue,
        };
        *slot = value.clone();
    }
    form
}

fn form_value<'a>(form: &'a SearchForm, field: &str) -> &'a str {
    match field {
        "q" => &form.q,
        "age" => &form.age,
        "child" => &form.child,
        "need" => &form.need,
        "category" => &form.category,
        "free" => &form.free,
        "near" => &form.near,
        "within" => &form.within,
        "lat" => &form.lat,
        "lon" => &form.lon,
        "page" => &form.page,
        _ => "",
    }
}

/// The address of this search at another page of results: only the fields that were filled in, and
/// the distance only when there is somewhere to measure from.
pub fn search_href(form: &SearchForm, page: usize) -> String {
    let has_origin = !form.near.trim().is_empty() || !form.lat.trim().is_empty();
    let mut pairs: Vec<String> = SEARCH_FIELDS
        .iter()
        .filter(|field| **field != "within" || has_origin)
        .filter_map(|field| {
            let value = form_value(form, field).trim();
            (!value.is_empty()).then(|| format!("{field}={}", encode_component(value)))
        })
        .collect();
    if page > 1 {
        pairs.push(format!("page={page}"));
    }
    if pairs.is_empty() {
        "/local-offer".to_string()
    } else {
        format!("/local-offer?{}", pairs.join("&"))
    }
}

/// One of the signed-in family's children, as the search offers them.
#[derive(Debug, Clone)]
struct FamilyChild {
    id: i64,
    name: String,
    age: u8,
}

async fn family_children(records: &Records, viewer: &Viewer, today: Date) -> Vec<FamilyChild> {
    records
        .children(viewer)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|child| FamilyChild {
            id: child.id,
            name: child.details.called_name.clone(),
            age: dates::age_on(child.details.date_of_birth, today).clamp(0, 25) as u8,
        })
        .collect()
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

/// "Communication and interaction, Health and Leisure", in the reader's language.
pub fn list_words(items: &[String], i18n: &FluentLanguageLoader) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => {
            let separator = fl!(i18n, "list-separator");
            fl!(
                i18n,
                "list-and",
                first = (first.join(&separator)),
                last = (last.clone())
            )
        }
    }
}

pub fn category_words(category: ServiceCategory, i18n: &FluentLanguageLoader) -> String {
    i18n.get(&format!("local-offer-category-{}", category.code()))
}

pub fn ages_words(ages: AgeRange, i18n: &FluentLanguageLoader) -> String {
    match (ages.min, ages.max) {
        (Some(min), Some(max)) => fl!(i18n, "local-offer-ages-range", min = min, max = max),
        (Some(min), None) => fl!(i18n, "local-offer-ages-from", min = min),
        (None, Some(max)) => fl!(i18n, "local-offer-ages-up-to", max = max),
        (None, None) => fl!(i18n, "local-offer-ages-any"),
    }
}

pub fn cost_words(free: Option<bool>, i18n: &FluentLanguageLoader) -> String {
    match free {
        Some(true) => fl!(i18n, "local-offer-free"),
        Some(false) => fl!(i18n, "local-offer-may-cost"),
        None => fl!(i18n, "local-offer-cost-not-said"),
    }
}

/// "2.5 miles away" from tenths of a mile.
pub fn distance_words(tenths_of_mile: u32, i18n: &FluentLanguageLoader) -> String {
    if tenths_of_mile == 10 {
        return fl!(i18n, "local-offer-one-mile-away");
    }
    let miles = if tenths_of_mile.is_multiple_of(10) {
        (tenths_of_mile / 10).to_string()
    } else {
        format!("{}.{}", tenths_of_mile / 10, tenths_of_mile % 10)
    };
    fl!(i18n, "local-offer-miles-away", miles = miles)
}

/// Marks where a message's variable went, so it can be shown in its own `<bdi>`: English words (what
/// was typed, the council's names) then keep their order inside an Urdu sentence, with no invisible
/// characters left in copied text. A private-use character, never in a message or a feed's words.
const MARK: char = '\u{E000}';

fn mark(index: usize) -> String {
    format!("{MARK}{index}")
}

/// A message and the words filled into it, each kept apart until shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    text: String,
    values: Vec<String>,
}

impl Said {
    fn plain(text: String) -> Said {
        Said {
            text,
            values: Vec::new(),
        }
    }

    /// (text between the words, the word after it) pairs, the first with no word before it.
    fn pieces(&self) -> Vec<(Option<String>, String)> {
        let mut pieces = Vec::new();
        for (at, piece) in self.text.split(MARK).enumerate() {
            if at == 0 {
                pieces.push((None, piece.to_string()));
                continue;
            }
            let mut chars = piece.chars();
            let value = chars
                .next()
                .and_then(|digit| digit.to_digit(10))
                .and_then(|index| self.values.get(index as usize).cloned());
            pieces.push((value, chars.as_str().to_string()));
        }
        pieces
    }

    /// The words as one string (for `data-announce`, titles, tests).
    pub fn words(&self) -> String {
        self.pieces()
            .into_iter()
            .map(|(value, text)| format!("{}{text}", value.unwrap_or_default()))
            .collect()
    }

    pub fn view(&self) -> AnyView {
        self.pieces()
            .into_iter()
            .map(|(value, text)| {
                view! {
                    {value.map(|value| view! { <bdi>{value}</bdi> })}
                    {text}
                }
            })
            .collect_view()
            .into_any()
    }
}

/// "From Derby Children's NHS Trust".
pub fn from_words(organisation: &str, i18n: &FluentLanguageLoader) -> Said {
    Said {
        text: fl!(i18n, "local-offer-from", organisation = (mark(0))),
        values: vec![organisation.to_string()],
    }
}

pub fn reason_words(reason: &MatchReason, i18n: &FluentLanguageLoader) -> Said {
    let marked = |text: String, values: Vec<String>| Said { text, values };
    match reason {
        MatchReason::Word { word } => marked(
            fl!(i18n, "local-offer-reason-word", word = (mark(0))),
            vec![word.clone()],
        ),
        MatchReason::Corrected { typed, read_as } => marked(
            fl!(
                i18n,
                "local-offer-reason-corrected",
                typed = (mark(0)),
                read_as = (mark(1))
            ),
            vec![typed.clone(), read_as.clone()],
        ),
        MatchReason::AlsoKnownAs { typed, found } => marked(
            fl!(
                i18n,
                "local-offer-reason-also-known",
                typed = (mark(0)),
                found = (mark(1))
            ),
            vec![typed.clone(), found.clone()],
        ),
        MatchReason::Age(age) => Said::plain(fl!(i18n, "local-offer-reason-age", age = (*age))),
        MatchReason::Need(None) => Said::plain(fl!(i18n, "local-offer-reason-all-needs")),
        MatchReason::Need(Some(need)) => Said::plain(fl!(
            i18n,
            "local-offer-reason-need",
            need = (area_of_need_words(*need, i18n))
        )),
        MatchReason::Category(category) => Said::plain(fl!(
            i18n,
            "local-offer-reason-category",
            category = (category_words(*category, i18n))
        )),
        MatchReason::Free => Said::plain(fl!(i18n, "local-offer-reason-free")),
        MatchReason::Near { tenths_of_mile } => Said::plain(distance_words(*tenths_of_mile, i18n)),
    }
}

fn day_words(day: Weekday, i18n: &FluentLanguageLoader) -> String {
    match day {
        Weekday::Monday => fl!(i18n, "service-day-monday"),
        Weekday::Tuesday => fl!(i18n, "service-day-tuesday"),
        Weekday::Wednesday => fl!(i18n, "service-day-wednesday"),
        Weekday::Thursday => fl!(i18n, "service-day-thursday"),
        Weekday::Friday => fl!(i18n, "service-day-friday"),
        Weekday::Saturday => fl!(i18n, "service-day-saturday"),
        Weekday::Sunday => fl!(i18n, "service-day-sunday"),
    }
}

/// "Monday to Friday", "Monday, Wednesday and Friday", "Monday to Wednesday and Saturday".
pub fn days_words(days: &[Weekday], i18n: &FluentLanguageLoader) -> String {
    let mut order: Vec<usize> = days
        .iter()
        .filter_map(|day| Weekday::ALL.iter().position(|d| d == day))
        .collect();
    order.sort_unstable();
    order.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for index in order {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == index => *end = index,
            _ => runs.push((index, index)),
        }
    }
    let mut parts = Vec::new();
    for (start, end) in runs {
        let first = day_words(Weekday::ALL[start], i18n);
        match end - start {
            0 => parts.push(first),
            1 => {
                parts.push(first);
                parts.push(day_words(Weekday::ALL[end], i18n));
            }
            _ => parts.push(fl!(
                i18n,
                "service-days-range",
                first = first,
                last = (day_words(Weekday::ALL[end], i18n))
            )),
        }
    }
    list_words(&parts, i18n)
}

/// "09:00" or "09:00:00" as people say it: "9:00".
pub fn clock_words(time: &str) -> String {
    let mut parts = time.trim().split(':');
    match (parts.next(), parts.next()) {
        (Some(hours), Some(minutes)) if !hours.is_empty() => {
            let hours = hours.trim_start_matches('0');
            let hours = if hours.is_empty() { "0" } else { hours };
            format!("{hours}:{minutes}")
        }
        _ => time.trim().to_string(),
    }
}

/// One opening time in words: "Monday to Friday, 9:00 to 17:00", and the feed's own words after it.
pub fn opening_words(opening: &OpeningTime, i18n: &FluentLanguageLoader) -> Option<String> {
    let days = days_words(&opening.days, i18n);
    let times = match (&opening.opens, &opening.closes) {
        (Some(opens), Some(closes)) => Some(fl!(
            i18n,
            "service-time-range",
            opens = (clock_words(opens)),
            closes = (clock_words(closes))
        )),
        _ => None,
    };
    let said = match (days.is_empty(), times) {
        (false, Some(times)) => Some(fl!(
            i18n,
            "service-days-and-times",
            days = days,
            times = times
        )),
        (false, None) => Some(days),
        (true, Some(times)) => Some(times),
        (true, None) => None,
    };
    let description = opening.description.trim();
    // The feed's words only when they add something ("term time"), not when they say the same days
    // and times again ("Monday to Friday, 9am to 5pm").
    let description = if said.is_some() && only_days_and_times(description) {
        ""
    } else {
        description
    };
    match (said, description.is_empty()) {
        (Some(said), true) => Some(said),
        (Some(said), false) => Some(format!("{said}. {description}")),
        (None, false) => Some(description.to_string()),
        (None, true) => None,
    }
}

/// True when the words name nothing but days and times.
fn only_days_and_times(words: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    words
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–' | '.'))
        .filter(|word| !word.is_empty())
        .all(|word| {
            let word = word.to_lowercase();
            let day = word.trim_end_matches('s');
            DAYS.contains(&day)
                || word.chars().any(|c| c.is_ascii_digit())
                || matches!(
                    word.as_str(),
                    "to" | "and" | "from" | "until" | "till" | "am" | "pm"
                )
        })
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

// ---------------------------------------------------------------------------------------------
// The search page

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
        !form.near.trim().is_empty() || !form.lat.trim().is_empty(),
    ]
    .into_iter()
    .filter(|chosen| *chosen)
    .count();
    let filters_have_problem = problems
        .iter()
        .any(|p| p.field.as_deref().is_some_and(|f| f != "q"));
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
                    <TextField
                        name="near"
                        label=fl!(i18n, "local-offer-near")
                        hint=fl!(i18n, "local-offer-near-hint")
                        autocomplete="postal-code"
                        value=Some(form.near.clone())
                        error=error("near")
                        spellcheck=false
                    />
                    <UseMyLocation
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
                </div>
            </details>
            <button class="button" type="submit">{fl!(i18n, "local-offer-search")}</button>
        </form>
    }
    .into_any();
    view! {
        <LiveSearch failed_message=fl!(i18n, "local-offer-update-failed")>{form_view}</LiveSearch>
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
                        <p>{Said {
                            text: fl!(i18n, "local-offer-corrected", typed = (mark(0)), read_as = (mark(1))),
                            values: vec![typed.clone(), read_as.clone()],
                        }.view()}</p>
                    })
                    .collect_view()}
            </div>
        }
    });
    let some_words = results.some_words_only.then(|| {
        view! { <p class="notice results-some-words">{fl!(i18n, "local-offer-some-words")}</p> }
    });
    let none = (results.total == 0).then(|| {
        view! {
            <p>{fl!(i18n, "local-offer-tips")}</p>
            <ul class="list">
                <li>{fl!(i18n, "local-offer-tip-spelling")}</li>
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
    let reasons: Vec<Said> = found
        .reasons
        .iter()
        .map(|reason| reason_words(reason, i18n))
        .collect();
    view! {
        <li class="result">
            <h3 class="result-name">
                <a href=service_href(&service.id) lang=FEED_LANG dir="auto">{service.name.clone()}</a>
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

// ---------------------------------------------------------------------------------------------
// One service

/// Put in context by the server when a save named a child that is not the viewer's: the page says
/// "not found" (never which of "missing" and "another family's").
#[derive(Debug, Clone, Copy)]
pub struct SaveRefused;

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
        let words: Vec<String> = service
            .needs
            .iter()
            .map(|need| area_of_need_words(*need, i18n))
            .collect();
        list_words(&words, i18n)
    };
    let mut who = vec![
        row(
            fl!(i18n, "service-row-ages"),
            ages_words(service.ages, i18n).into_any(),
        ),
        row(fl!(i18n, "service-row-needs"), needs.into_any()),
    ];
    if !service.adulthood.is_empty() {
        let words: Vec<String> = service
            .adulthood
            .iter()
            .map(|theme| i18n.get(&format!("adulthood-{}", theme.code())))
            .collect();
        who.push(row(
            fl!(i18n, "service-row-adulthood"),
            list_words(&words, i18n).into_any(),
        ));
    }
    if !service.categories.is_empty() {
        let words: Vec<String> = service
            .categories
            .iter()
            .map(|category| category_words(*category, i18n))
            .collect();
        who.push(row(
            fl!(i18n, "service-row-kind"),
            list_words(&words, i18n).into_any(),
        ));
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
    if let Some((email, href)) = contact
        .email
        .as_ref()
        .and_then(|email| Some((email.clone(), mailto_href(email)?)))
    {
        contact_rows.push(row(
            fl!(i18n, "service-email"),
            view! { <a class="service-contact-link" href=href dir="ltr">{email}</a> }.into_any(),
        ));
    }
    if let Some((website, href)) = contact
        .website
        .as_ref()
        .and_then(|website| Some((website.clone(), website_href(website)?)))
    {
        contact_rows.push(row(
            fl!(i18n, "service-website"),
            view! { <a class="service-contact-link" href=href dir="ltr">{website}</a> }.into_any(),
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

fn save_view(
    service: &Service,
    signed_in: bool,
    children: &[FamilyChild],
    outcome: &Option<crate::forms::FormOutcome<FieldProblem>>,
    problems: &[ShownProblem],
    i18n: &'static FluentLanguageLoader,
) -> AnyView {
    let href = service_href(&service.id);
    let body = if !signed_in {
        let sign_in = format!("/sign-in?return_to={}", urlencode(&href));
        view! { <p><a href=sign_in>{fl!(i18n, "service-sign-in-to-save")}</a></p> }.into_any()
    } else if children.is_empty() {
        view! {
            <p>{fl!(i18n, "service-save-no-children")}</p>
            <p><a class="button button-secondary" href="/children/new">{fl!(i18n, "service-add-child")}</a></p>
        }
        .into_any()
    } else {
        let kept = |field: &str| outcome.as_ref().and_then(|o| o.kept_value(field));
        let only_child = match children {
            [only] => Some(only.id.to_string()),
            _ => None,
        };
        let mut choices = Vec::new();
        if children.len() > 1 {
            choices.push(RadioChoice::new("", fl!(i18n, "service-save-child-choose")));
        }
        choices.extend(
            children
                .iter()
                .map(|child| RadioChoice::new(child.id.to_string(), child.name.clone())),
        );
        view! {
            <p>{fl!(i18n, "service-save-intro")}</p>
            <form class="service-save-form" action=format!("{href}/save") method="post" novalidate>
                <SelectField
                    name="child"
                    label=fl!(i18n, "service-save-child")
                    choices=choices
                    selected=kept("child").unwrap_or_else(|| only_child.unwrap_or_default())
                    error=for_field(problems, "child")
                />
                <TextArea
                    name="note"
                    label=fl!(i18n, "service-save-note")
                    hint=fl!(i18n, "service-save-note-hint")
                    value=kept("note")
                    error=for_field(problems, "note")
                    rows=3
                />
                <button class="button" type="submit">{fl!(i18n, "service-save-button")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <section class="service-save" aria-labelledby="service-save-title">
            <h2 id="service-save-title">{fl!(i18n, "service-save-title")}</h2>
            {body}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::loader;
    use crate::locale::Locale;

    fn en() -> &'static FluentLanguageLoader {
        loader(Locale::EnglishUk)
    }

    #[test]
    fn opening_times_are_said_in_words() {
        let opening = OpeningTime {
            days: vec![
                Weekday::Friday,
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
            ],
            opens: Some("09:00".into()),
            closes: Some("17:00".into()),
            description: String::new(),
        };
        assert_eq!(
            opening_words(&opening, en()).unwrap(),
            "Monday to Friday, 9:00 to 17:00"
        );
        assert_eq!(
            days_words(
                &[Weekday::Monday, Weekday::Wednesday, Weekday::Friday],
                en()
            ),
            "Monday, Wednesday and Friday"
        );
        assert_eq!(
            days_words(&[Weekday::Saturday, Weekday::Sunday], en()),
            "Saturday and Sunday"
        );
        let said_twice = OpeningTime {
            description: "Monday to Friday, 9am to 5pm".into(),
            ..opening.clone()
        };
        assert_eq!(
            opening_words(&said_twice, en()).unwrap(),
            "Monday to Friday, 9:00 to 17:00"
        );
        let term_time = OpeningTime {
            days: vec![Weekday::Tuesday],
            description: "Tuesday evenings, term time".into(),
            ..opening.clone()
        };
        assert_eq!(
            opening_words(&term_time, en()).unwrap(),
            "Tuesday, 9:00 to 17:00. Tuesday evenings, term time"
        );
        assert_eq!(clock_words("08:30:00"), "8:30");
        assert_eq!(clock_words("00:15"), "0:15");
        let urdu = opening_words(&opening, loader(Locale::Urdu)).unwrap();
        assert!(urdu.contains("پیر") && urdu.contains("جمعہ"), "{urdu}");
    }

    #[test]
    fn reasons_and_distances_are_plain_words() {
        assert_eq!(distance_words(25, en()), "2.5 miles away");
        assert_eq!(distance_words(10, en()), "1 mile away");
        assert_eq!(distance_words(30, en()), "3 miles away");
        assert_eq!(
            reason_words(
                &MatchReason::AlsoKnownAs {
                    typed: "SALT".into(),
                    found: "speech therapy".into()
                },
                en()
            )
            .words(),
            "“SALT” is another name for “speech therapy”"
        );
        assert_eq!(
            reason_words(&MatchReason::Age(7), en()).words(),
            "for age 7"
        );
        let html = Owner::new().with(|| {
            reason_words(
                &MatchReason::Word {
                    word: "swimming".into(),
                },
                loader(Locale::Urdu),
            )
            .view()
            .to_html()
        });
        assert!(html.contains("<bdi>swimming</bdi>"), "{html}");
    }

    #[test]
    fn links_keep_the_search_and_encode_ids() {
        let form = search_form_from_pairs(&[
            ("q".into(), "speech & language".into()),
            ("age".into(), "7".into()),
            ("within".into(), "10".into()),
            ("page".into(), "2".into()),
        ]);
        assert_eq!(
            search_href(&form, 3),
            "/local-offer?q=speech%20%26%20language&age=7&page=3"
        );
        assert_eq!(
            service_href("la/1 2?x"),
            "/local-offer/services/la%2F1%202%3Fx"
        );
        assert_eq!(website_href("javascript:alert(1)"), None);
        assert_eq!(
            website_href("www.example.org").as_deref(),
            Some("https://www.example.org")
        );
        assert_eq!(tel_href("01332 123 456"), "tel:01332123456");
        assert_eq!(mailto_href("a@b.org?cc=x"), None);
    }
}
