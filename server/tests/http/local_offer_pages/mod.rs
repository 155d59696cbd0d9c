//! The Local Offer pages over HTTP, with JavaScript off: the search is a GET form whose results live
//! in the address, a service's page says everything a family needs, and a signed-in family saves a
//! service to their child's record (and only their own child's). The real server on a real port,
//! with a small fictional Local Offer stored the way an import stores it.

use crate::common::*;
use heard_server::storage;

use heard_app::local_offer::service::{
    AgeRange, Contact, Cost, OpeningTime, Phone, Place, Referral, ServiceCategory, Weekday,
};
use heard_app::local_offer::Service;
use heard_app::record::AreaOfNeed;
use heard_server::local_offer::import;
use heard_server::local_offer::oruk::{Feed, ReadService};
use reqwest::StatusCode;

const FEED: &str = "tests/local-offer-small";

fn days_ago(days: i64) -> String {
    let date = time::OffsetDateTime::now_utc().date() - time::Duration::days(days);
    heard_app::record::dates::to_iso(date)
}

fn place(name: &str, postcode: &str, at: (f64, f64), accessibility: &[&str]) -> Place {
    Place {
        name: name.into(),
        address: vec!["1 Example Street".into()],
        town: "Derby".into(),
        postcode: postcode.into(),
        latitude: Some(at.0),
        longitude: Some(at.1),
        accessibility: accessibility.iter().map(|a| a.to_string()).collect(),
    }
}

/// A small fictional Local Offer: a speech and language service, a club, a swimming session whose id
/// needs encoding in an address, and a playgroup the council later stops listing.
fn services() -> Vec<Service> {
    vec![
        Service {
            id: "lo-salt".into(),
            name: "Little Voices Speech and Language Therapy".into(),
            organisation: "Derby Children's NHS Trust".into(),
            description: "Speech and language therapy (SALT) for children who find talking, \
                          listening or understanding hard.\n\nWe work with families and schools."
                .into(),
            categories: vec![ServiceCategory::Health],
            needs: vec![AreaOfNeed::CommunicationAndInteraction],
            ages: AgeRange {
                min: Some(0),
                max: Some(18),
            },
            cost: Cost {
                free: Some(true),
                details: vec![],
            },
            referral: Some(Referral::Needed),
            how_to_get: "Ask your GP, health visitor or school SENCO to refer you.".into(),
            contact: Contact {
                phones: vec![Phone {
                    number: "01332 123 456".into(),
                    description: "Appointments".into(),
                }],
                email: Some("littlevoices@example.org".into()),
                website: Some("https://example.org/little-voices".into()),
                people: vec!["Sam Patel, team leader".into()],
            },
            places: vec![place(
                "Riverside Children's Centre",
                "DE22 1AA",
                (52.9341, -1.5000),
                &["Step-free entrance", "Hearing loop"],
            )],
            opening_times: vec![OpeningTime {
                days: vec![
                    Weekday::Monday,
                    Weekday::Tuesday,
                    Weekday::Wednesday,
                    Weekday::Thursday,
                    Weekday::Friday,
                ],
                opens: Some("09:00".into()),
                closes: Some("17:00".into()),
                description: String::new(),
            }],
            languages: vec!["English".into(), "Urdu".into()],
            terms: vec!["speech therapy".into()],
            last_updated: Some(days_ago(30)),
            ..Service::default()
        },
        Service {
            id: "lo-spectrum".into(),
            name: "Spectrum Saturday Club".into(),
            organisation: "Spectrum Families".into(),
            description: "A Saturday club for autistic children and young people.".into(),
            categories: vec![ServiceCategory::Leisure],
            needs: vec![
                AreaOfNeed::CommunicationAndInteraction,
                AreaOfNeed::SocialEmotionalMentalHealth,
            ],
            ages: AgeRange {
                min: Some(8),
                max: Some(16),
            },
            cost: Cost {
                free: Some(false),
                details: vec!["£5 a session".into()],
            },
            referral: Some(Referral::NotNeeded),
            places: vec![place("Spectrum Hall", "DE1 2BB", (52.9220, -1.4773), &[])],
            terms: vec!["autism".into()],
            last_updated: Some(days_ago(400)),
            ..Service::default()
        },
        Service {
            id: "lo/splash 1".into(),
            name: "Splash Inclusive Swimming".into(),
            organisation: "Derby Leisure".into(),
            description: "Relaxed swimming sessions with a quiet changing room.".into(),
            categories: vec![ServiceCategory::Leisure],
            ages: AgeRange {
                min: Some(5),
                max: Some(25),
            },
            places: vec![place("Moorways Pool", "DE3 0AA", (52.9101, -1.5434), &[])],
            ..Service::default()
        },
        Service {
            id: "lo-old".into(),
            name: "Old Mill Playgroup".into(),
            organisation: "Old Mill".into(),
            description: "A playgroup for children under five.".into(),
            categories: vec![ServiceCategory::Education],
            ages: AgeRange {
                min: Some(0),
                max: Some(4),
            },
            cost: Cost {
                free: Some(true),
                details: vec![],
            },
            ..Service::default()
        },
    ]
}

/// Stores these services as one import of the test feed (what is not in it stops being listed), and
/// waits until the server's search shows them: it rebuilds its index in the background.
async fn import(heard: &Running, services: Vec<Service>) {
    let all_found = format!("{} services found", services.len());
    let feed = Feed {
        services: services
            .into_iter()
            .map(|service| ReadService {
                service,
                warnings: vec![],
            })
            .collect(),
        rejected: vec![],
        pages_read: 1,
    };
    import::store(&heard.pool, &Default::default(), FEED, feed)
        .await
        .unwrap();
    let client = browser();
    let waiting = std::time::Instant::now();
    loop {
        let (_, body) = page(&client, &format!("{}/local-offer", heard.base)).await;
        if body.contains(&all_found) {
            return;
        }
        assert!(
            waiting.elapsed() < std::time::Duration::from_secs(120),
            "the search never showed the import: {body}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn start_with_services() -> Running {
    let heard = start().await;
    import(&heard, services()).await;
    heard
}

/// A page's text with Fluent's isolation marks and `<bdi>` taken out, and HTML's `&amp;`-style
/// escapes undone for the few characters these tests look for.
fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
        // Words from elsewhere inside a sentence are isolated for right-to-left pages.
        .replace("<bdi>", "")
        .replace("</bdi>", "")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

async fn page(client: &reqwest::Client, url: &str) -> (StatusCode, String) {
    let (status, body) = get(client, url).await;
    (status, plain(&body))
}

/// A new family, signed in, with one child (born 14 February 2012); returns the client and child id.
async fn family_with_child(heard: &Running, email: &str, name: &str) -> (reqwest::Client, i64) {
    let client = signed_up(heard, email).await;
    let child = add_child(
        heard,
        &client,
        &[
            ("called-name", name),
            ("date-of-birth-day", "14"),
            ("date-of-birth-month", "2"),
            ("date-of-birth-year", "2012"),
            ("year-group", "9"),
            ("support-status", "sen-support"),
        ],
    )
    .await;
    (client, child)
}

fn age_today_of_child() -> i64 {
    let today = time::OffsetDateTime::now_utc().date();
    let born = time::Date::from_calendar_date(2012, time::Month::February, 14).unwrap();
    i64::from(heard_app::record::dates::age_on(born, today))
}

async fn saved_count(heard: &Running) -> i64 {
    storage::query_scalar("SELECT COUNT(*) FROM saved_services")
        .fetch_one(&heard.pool)
        .await
        .unwrap()
}

/// The results region of a search page.
fn results(page: &str) -> &str {
    let start = page.find("id=\"results\"").expect("a results region");
    &page[start..]
}

#[tokio::test]
async fn the_whole_list_shows_with_no_search_and_anyone_can_search() {
    let heard = start_with_services().await;
    let client = browser();
    let (status, body) = page(&client, &format!("{}/local-offer", heard.base)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains("action=\"/local-offer\" method=\"get\" role=\"search\""),
        "{body}"
    );
    assert!(body.contains("4 services found"), "{body}");
    // Name order: Little Voices, Old Mill, Spectrum, Splash.
    let list = results(&body);
    let at = |name: &str| {
        list.find(name)
            .unwrap_or_else(|| panic!("{name} in {list}"))
    };
    assert!(at("Little Voices") < at("Old Mill Playgroup"));
    assert!(at("Old Mill Playgroup") < at("Spectrum Saturday Club"));
    assert!(at("Spectrum Saturday Club") < at("Splash Inclusive Swimming"));
    assert!(body.contains("Popular searches"), "{body}");
    assert!(body.contains("href=\"/local-offer?q=speech%20therapy\""));
    // Links to a service encode its id whole, slash and space included.
    assert!(
        list.contains("href=\"/local-offer/services/lo%2Fsplash%201\""),
        "{list}"
    );
    // The header and the home page lead here.
    let (_, home) = page(&client, &format!("{}/", heard.base)).await;
    assert!(home.contains("href=\"/local-offer\""));
}

#[tokio::test]
async fn a_search_lives_in_the_address_and_says_why_each_service_is_there() {
    let heard = start_with_services().await;
    let client = browser();
    let (status, body) = page(
        &client,
        &format!("{}/local-offer?q=speach+therapy", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let found = results(&body);
    assert!(
        found.contains("Little Voices Speech and Language Therapy"),
        "{found}"
    );
    assert!(!found.contains("Spectrum Saturday Club"), "{found}");
    assert!(found.contains("We read speach as speech."), "{found}");
    assert!(found.contains("Why this is here:"), "{found}");
    // Either said as a slip put right, or as the words read ("speech therapy").
    assert!(
        found.contains("you typed “speach”; we read it as “speech”")
            || found.contains("has the word “speech therapy”"),
        "{found}"
    );
    assert!(
        found.contains("Ages 0 to 18") && found.contains(">Free<"),
        "{found}"
    );
    // What was typed stays in the box.
    assert!(body.contains("value=\"speach therapy\""), "{body}");

    // Filters: free only, for age 10, need and category.
    let (_, body) = page(
        &client,
        &format!("{}/local-offer?age=10&free=yes", heard.base),
    )
    .await;
    let found = results(&body);
    assert!(found.contains("1 service found"), "{found}");
    assert!(found.contains("Little Voices") && found.contains("for age 10"));
    assert!(found.contains(">free<"), "{found}");
    assert!(
        body.contains("Narrow your search (2 filters chosen)"),
        "{body}"
    );
    let (_, body) = page(
        &client,
        &format!("{}/local-offer?category=leisure&need=semh", heard.base),
    )
    .await;
    let found = results(&body);
    assert!(found.contains("2 services found"), "{found}");
    assert!(
        found.contains("for this need: Social, emotional and mental health"),
        "{found}"
    );
    assert!(found.contains("for all needs"), "{found}");

    // Distance from a postcode district.
    let (_, body) = page(
        &client,
        &format!("{}/local-offer?near=de22+1aa&within=3", heard.base),
    )
    .await;
    let found = results(&body);
    assert!(found.contains("3 services found"), "{found}");
    assert!(found.contains(">0 miles away<"), "{found}");
    assert_eq!(
        found.matches(" away<").count(),
        3,
        "each result says its distance once: {found}"
    );
    assert!(
        !found.contains("Old Mill Playgroup"),
        "no place, so not near: {found}"
    );

    // Nothing found: suggestions.
    let (status, body) = page(&client, &format!("{}/local-offer?q=zzzzqqq", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(results(&body).contains("No services found"), "{body}");
    assert!(body.contains("Check the spelling."));
}

#[tokio::test]
async fn bad_input_is_said_beside_the_field_and_kept() {
    let heard = start_with_services().await;
    let client = browser();
    let (status, body) = page(
        &client,
        &format!("{}/local-offer?q=swimming&age=seven", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("<title>Error:"), "{body}");
    assert!(body.contains("class=\"error-summary\""));
    assert!(body.contains("href=\"#age\""));
    assert!(body.contains("id=\"age-error\""));
    assert!(body.contains("Type an age in years, from 0 to 25."));
    assert!(body.contains("value=\"seven\""), "the age is kept");
    assert!(body.contains("value=\"swimming\""), "the words are kept");
    // The filters are open, so the problem can be seen.
    assert!(body.contains("<details open"), "{body}");

    let (status, body) = page(&client, &format!("{}/local-offer?near=ZZ99", heard.base)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"near-error\""), "{body}");
    assert!(
        body.contains("We do not know where that postcode is."),
        "{body}"
    );
    assert!(body.contains("value=\"ZZ99\""));

    let (status, body) = page(&client, &format!("{}/local-offer?near=Derby", heard.base)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Type the first part of a postcode"), "{body}");
}

#[tokio::test]
async fn a_service_page_says_everything_a_family_needs() {
    let heard = start_with_services().await;
    let client = browser();
    let (status, body) = page(
        &client,
        &format!("{}/local-offer/services/lo-salt", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for expected in [
        ">Little Voices Speech and Language Therapy</h1>",
        "From Derby Children's NHS Trust",
        "What it is",
        "We work with families and schools.",
        "Who it is for",
        "Ages 0 to 18",
        "Communication and interaction",
        "Cost",
        ">Free<",
        "How to get it",
        "You need a referral.",
        "Ask your GP, health visitor or school SENCO",
        "href=\"tel:01332123456\"",
        "(Appointments)",
        "href=\"mailto:littlevoices@example.org\"",
        "href=\"https://example.org/little-voices\"",
        "Sam Patel, team leader",
        "Where and when",
        "Riverside Children's Centre",
        "DE22 1AA",
        "Step-free entrance",
        "Monday to Friday, 9:00 to 17:00",
        "Languages",
        "English and Urdu",
        "Last updated",
        "Sign in to save this service to your child's record",
        "href=\"/sign-in?return_to=/local-offer/services/lo-salt\"",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
    assert!(!body.contains("This may be out of date"));

    let (_, body) = page(
        &client,
        &format!("{}/local-offer/services/lo-spectrum", heard.base),
    )
    .await;
    assert!(body.contains("This may be out of date"), "{body}");
    assert!(body.contains("£5 a session") && body.contains("May cost money"));
    assert!(body.contains("You do not need a referral."));
    assert!(body.contains("The council has not given contact details."));

    let (status, body) = page(
        &client,
        &format!("{}/local-offer/services/lo%2Fsplash%201", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("Splash Inclusive Swimming"));
    assert!(body.contains("The council has not said when this was last checked."));
    assert!(body.contains("The council has not given opening times."));
    assert!(body.contains("Cost not given"));

    let (status, body) = page(
        &client,
        &format!("{}/local-offer/services/no-such", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("We could not find this service"), "{body}");
}

#[tokio::test]
async fn searching_for_a_child_uses_their_age() {
    let heard = start_with_services().await;
    let (client, child) = family_with_child(&heard, "ages@example.org", "Amira").await;
    let (_, body) = page(&client, &format!("{}/local-offer", heard.base)).await;
    assert!(
        body.contains(&format!("<option value=\"{child}\"")),
        "{body}"
    );
    let age = age_today_of_child();
    assert!(body.contains(&format!("Amira, age {age}")), "{body}");
    let (status, body) = page(
        &client,
        &format!("{}/local-offer?child={child}", heard.base),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(results(&body).contains(&format!("for age {age}")), "{body}");
    assert!(
        !results(&body).contains("Old Mill Playgroup"),
        "0 to 4 only"
    );
}

#[tokio::test]
async fn the_pages_are_in_urdu_too() {
    let heard = start_with_services().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(
            [(
                reqwest::header::ACCEPT_LANGUAGE,
                reqwest::header::HeaderValue::from_static("ur"),
            )]
            .into_iter()
            .collect(),
        )
        .build()
        .unwrap();
    let (status, body) = page(&client, &format!("{}/local-offer?q=swimming", heard.base)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("dir=\"rtl\""));
    assert!(body.contains("1 سروس ملی"), "{body}");
    let (_, body) = page(
        &client,
        &format!("{}/local-offer/services/lo-salt", heard.base),
    )
    .await;
    assert!(body.contains("پیر سے جمعہ تک"), "{body}");
    // The council's words are marked as English, for screen readers.
    assert!(
        body.contains("<h1 lang=\"en\" dir=\"auto\">Little Voices"),
        "{body}"
    );
}

/// A client whose browser asks for pages in this language, as a family's phone does.
fn browser_in(language: &'static str) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(
            [(
                reqwest::header::ACCEPT_LANGUAGE,
                reqwest::header::HeaderValue::from_static(language),
            )]
            .into_iter()
            .collect(),
        )
        .build()
        .unwrap()
}

fn search_url(heard: &Running, pairs: &[(&str, &str)]) -> String {
    reqwest::Url::parse_with_params(&format!("{}/local-offer", heard.base), pairs)
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn a_polish_family_searches_in_polish_near_their_postcode() {
    let heard = start_with_services().await;
    let polish = browser_in("pl");
    for typed in ["logopeda", "logopedy", "logopedą"] {
        let url = search_url(&heard, &[("q", typed), ("near", "DE22"), ("within", "3")]);
        let (status, body) = page(&polish, &url).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("<html lang=\"pl\""), "{typed}: {body}");
        let found = results(&body);
        assert!(found.contains("Znaleziono 1 usługę"), "{typed}: {found}");
        assert!(
            found.contains("Little Voices Speech and Language Therapy"),
            "{typed}: {found}"
        );
        // Measured from DE22: a service with no place is not near.
        assert!(!found.contains("Old Mill Playgroup"), "{typed}: {found}");
        // The English words searched, marked as English for screen readers.
        assert!(
            found.contains("Pokazujemy usługi dla: <bdi lang=\"en-GB\">speech therapy"),
            "{typed}: {found}"
        );
        assert!(!found.contains("Sprawdź pisownię"), "{typed}: {found}");
        assert!(!found.contains("Odczytaliśmy"), "{typed}: {found}");
    }
    // A Polish word understood, but no such service: the tips do not blame the spelling.
    let (_, body) = page(&polish, &search_url(&heard, &[("q", "dysleksja")])).await;
    let found = results(&body);
    assert!(found.contains("Nie znaleziono żadnych usług"), "{found}");
    assert!(
        found.contains("Pokazujemy usługi dla: <bdi lang=\"en-GB\">dyslexia"),
        "{found}"
    );
    assert!(!found.contains("Sprawdź pisownię"), "{found}");
    // English still works on a Polish page, and an English page does not read Polish.
    let (_, body) = page(&polish, &search_url(&heard, &[("q", "swimming")])).await;
    assert!(
        results(&body).contains("Splash Inclusive Swimming"),
        "{body}"
    );
    assert!(!results(&body).contains("Pokazujemy usługi dla"), "{body}");
    let (_, body) = page(&browser(), &search_url(&heard, &[("q", "logopeda")])).await;
    assert!(results(&body).contains("No services found"), "{body}");
    assert!(body.contains("Check the spelling."), "{body}");
}

#[tokio::test]
async fn the_postcode_box_is_open_to_see_and_long_lists_are_paged() {
    let heard = start().await;
    // More services than one page holds.
    let many: Vec<Service> = (1..=45)
        .map(|n| Service {
            id: format!("lo-many-{n:02}"),
            name: format!("Service {n:02}"),
            description: "A club.".into(),
            places: vec![place("Hall", "DE22 1AA", (52.9341, -1.5000), &[])],
            ..Service::default()
        })
        .collect();
    import(&heard, many).await;
    let client = browser();
    let (_, body) = page(&client, &format!("{}/local-offer", heard.base)).await;
    // The postcode box comes before the closed "Narrow your search", not inside it.
    let details = body.find("<details").expect("the narrowing");
    let near = body.find("name=\"near\"").expect("the postcode box");
    assert!(
        near < details,
        "the postcode box is inside the closed details"
    );
    assert!(
        body.contains("Narrow your search<"),
        "nothing chosen: {body}"
    );
    assert!(
        !body.contains("<details class=\"search-filters\" open"),
        "{body}"
    );
    // The empty search lists every service, a page at a time.
    let found = results(&body);
    assert!(found.contains("45 services found"), "{found}");
    assert_eq!(found.matches("<li class=\"result\"").count(), 20, "{found}");
    assert!(found.contains("Page 1 of 3"), "{found}");
    assert!(found.contains("rel=\"next\""), "{found}");
    // A postcode alone is not counted as narrowing, and is paged too.
    let (_, body) = page(
        &client,
        &format!("{}/local-offer?near=DE22&page=2", heard.base),
    )
    .await;
    assert!(
        !body.contains("<details class=\"search-filters\" open"),
        "{body}"
    );
    let found = results(&body);
    assert!(found.contains("45 services found"), "{found}");
    assert_eq!(found.matches("<li class=\"result\"").count(), 20, "{found}");
    assert!(found.contains("Page 2 of 3"), "{found}");
}

mod kept;
mod saving;
