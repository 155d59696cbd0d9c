//! Reading the sample feeds in `server/tests/fixtures/oruk/`, each asserting exactly what comes out.

use super::*;
use heard_app::local_offer::service::{
    AgeRange, Contact, Cost, OpeningTime, Phone, Place, Referral, ServiceCategory, Weekday,
};
use heard_app::record::{AdulthoodTheme, AreaOfNeed};
use std::path::PathBuf;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/oruk")
        .join(name)
}

fn read(name: &str) -> Feed {
    let bytes = std::fs::read(fixture_path(name)).expect("fixture");
    read_json(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn service<'a>(feed: &'a Feed, id: &str) -> &'a ReadService {
    feed.services
        .iter()
        .find(|s| s.service.id == id)
        .unwrap_or_else(|| panic!("no service {id}"))
}

fn ids(feed: &Feed) -> Vec<&str> {
    feed.services
        .iter()
        .map(|s| s.service.id.as_str())
        .collect()
}

/// (id, position, reasons) of each rejected service.
fn rejected(feed: &Feed) -> Vec<(Option<&str>, usize, Vec<&str>)> {
    feed.rejected
        .iter()
        .map(|r| {
            (
                r.id.as_deref(),
                r.position,
                r.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

fn ages(min: Option<u8>, max: Option<u8>) -> AgeRange {
    AgeRange { min, max }
}

fn phone(number: &str, description: &str) -> Phone {
    Phone {
        number: number.into(),
        description: description.into(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn open(days: &[Weekday], opens: &str, closes: &str, description: &str) -> OpeningTime {
    OpeningTime {
        days: days.to_vec(),
        opens: Some(opens.into()),
        closes: Some(closes.into()),
        description: description.into(),
    }
}

// --- v3 ----------------------------------------------------------------------------------------

#[test]
fn a_v3_page_reads_every_field() {
    let feed = read("v3-page.json");
    assert_eq!(feed.pages_read, 1);
    assert_eq!(
        ids(&feed),
        [
            "derby-salt-drop-in",
            "derby-saturday-sports",
            "derby-autism-parents",
            "derby-pfa-advice"
        ]
    );
    assert_eq!(
        rejected(&feed),
        [(
            Some("derby-playscheme-2019"),
            5,
            vec!["the feed says it is inactive"]
        )]
    );

    let salt = service(&feed, "derby-salt-drop-in");
    assert_eq!(salt.warnings, Vec::<String>::new());
    let expected = Service {
        id: "derby-salt-drop-in".into(),
        name: "Speech and Language Therapy Drop-in".into(),
        organisation: "Derby Community Health Services".into(),
        description: "Come and talk to a speech and language therapist about your child's \
                      talking.\n\nNo need to book & no referral needed."
            .into(),
        status: Some(ServiceStatus::Active),
        categories: vec![ServiceCategory::Education, ServiceCategory::Health],
        needs: vec![AreaOfNeed::CommunicationAndInteraction],
        adulthood: vec![],
        ages: ages(Some(0), Some(5)),
        cost: Cost {
            free: Some(true),
            details: strings(&["All sessions: free"]),
        },
        referral: Some(Referral::NotNeeded),
        how_to_get: String::new(),
        contact: Contact {
            phones: vec![
                phone("01332 000 001", "Therapy office"),
                phone("07700 900001", "Text only"),
            ],
            email: Some("salt.dropin@example.org".into()),
            website: Some("https://www.example.org/salt-drop-in".into()),
            people: strings(&["Sam Patel, Lead speech and language therapist"]),
        },
        places: vec![Place {
            name: "Riverside Children's Centre".into(),
            address: strings(&["12 Riverside Road"]),
            town: "Derby".into(),
            postcode: "DE1 3AA".into(),
            latitude: Some(52.9225),
            longitude: Some(-1.4746),
            accessibility: strings(&["Step-free entrance", "Hearing loop: In the main hall"]),
        }],
        opening_times: vec![open(
            &[Weekday::Tuesday, Weekday::Thursday],
            "09:30",
            "11:30",
            "Term time only",
        )],
        languages: strings(&["English", "Polish", "ur"]),
        terms: strings(&[
            "Health",
            "Speech and language",
            "Early years",
            "No referral needed",
        ]),
        last_updated: Some("2026-01-15".into()),
    };
    assert_eq!(salt.service, expected);

    let sports = &service(&feed, "derby-saturday-sports").service;
    assert_eq!(
        service(&feed, "derby-saturday-sports").warnings,
        Vec::<String>::new()
    );
    assert_eq!(sports.ages, ages(Some(5), Some(18)));
    assert_eq!(
        sports.categories,
        [ServiceCategory::SocialCare, ServiceCategory::Leisure]
    );
    assert_eq!(sports.needs, [AreaOfNeed::SensoryPhysical]);
    assert_eq!(
        sports.cost,
        Cost {
            free: Some(false),
            details: strings(&[
                "Per child: £3.50 per session",
                "Brothers and sisters: £2 per session"
            ]),
        }
    );
    assert_eq!(sports.referral, None);
    assert_eq!(
        sports.contact,
        Contact {
            phones: vec![phone("01332 000 002", "")],
            email: None,
            website: Some("https://www.example.org/sports".into()),
            people: vec![],
        }
    );
    assert_eq!(
        sports.places,
        [Place {
            name: "Moorways Sports Village".into(),
            address: strings(&["Moor Lane"]),
            town: "Derby".into(),
            postcode: "DE24 9HY".into(),
            latitude: Some(52.895),
            longitude: Some(-1.468),
            accessibility: vec![],
        }]
    );
    assert_eq!(
        sports.opening_times,
        [open(&[Weekday::Saturday], "10:00", "12:00", "")]
    );
    assert_eq!(
        sports.description,
        "Multi-sports for disabled children and their brothers and sisters.\n\n\
         Wheelchair users welcome."
    );
    assert_eq!(sports.last_updated.as_deref(), Some("2025-11-02"));

    let parents = service(&feed, "derby-autism-parents");
    assert_eq!(parents.warnings, Vec::<String>::new());
    let parents = &parents.service;
    assert_eq!(parents.status, Some(ServiceStatus::TemporarilyClosed));
    assert_eq!(parents.organisation, "Derby Parent Carer Forum");
    assert_eq!(parents.categories, [ServiceCategory::Advice]);
    assert_eq!(parents.needs, [AreaOfNeed::CommunicationAndInteraction]);
    assert_eq!(parents.ages, AgeRange::default());
    assert_eq!(
        parents.cost,
        Cost {
            free: Some(true),
            details: strings(&["Free"]),
        }
    );
    assert_eq!(
        parents.opening_times,
        [open(
            &[Weekday::Wednesday],
            "10:00",
            "11:30",
            "2nd Wednesday of the month"
        )]
    );
    assert_eq!(
        parents.contact.email.as_deref(),
        Some("parents@example.org")
    );
    assert_eq!(parents.last_updated, None);

    let pfa = &service(&feed, "derby-pfa-advice").service;
    assert_eq!(pfa.categories, [ServiceCategory::Advice]);
    assert!(pfa.needs.is_empty());
    assert_eq!(pfa.adulthood, AdulthoodTheme::ALL);
    assert_eq!(pfa.ages, ages(Some(14), Some(25)));
    assert_eq!(pfa.referral, Some(Referral::Needed));
    assert_eq!(pfa.cost, Cost::default());
    assert_eq!(pfa.contact.phones, [phone("01332 000 004", "Advice line")]);
    assert_eq!(pfa.last_updated.as_deref(), Some("2026-02-01"));
}

#[test]
fn a_single_v3_service_reads() {
    let feed = read("v3-service.json");
    assert_eq!((feed.pages_read, feed.rejected.len()), (1, 0));
    let read = &feed.services[0];
    assert_eq!(read.warnings, Vec::<String>::new());
    let s = &read.service;
    assert_eq!(s.id, "derby-sendiass");
    assert_eq!(s.organisation, "Derby City Council");
    assert_eq!(
        s.categories,
        [ServiceCategory::Education, ServiceCategory::Advice]
    );
    assert_eq!(s.ages, ages(Some(0), Some(25)));
    // "You can refer yourself" in how to apply.
    assert_eq!(s.referral, Some(Referral::NotNeeded));
    assert_eq!(
        s.how_to_get,
        "Ring the helpline or email us. You can refer yourself."
    );
    // The contact's email stands in for the service's; the location's phone is the service's.
    assert_eq!(
        s.contact,
        Contact {
            phones: vec![phone("01332 000 020", "Helpline")],
            email: Some("sendiass@example.org".into()),
            website: None,
            people: strings(&["SENDIASS team"]),
        }
    );
    // The physical address, not the postal one; the same schedule twice is one opening time.
    assert_eq!(s.places.len(), 1);
    assert_eq!(s.places[0].address, ["Corporation Street"]);
    assert_eq!(s.places[0].postcode, "DE1 2FS");
    assert_eq!((s.places[0].latitude, s.places[0].longitude), (None, None));
    assert_eq!(
        s.opening_times,
        [open(
            &[
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday
            ],
            "09:00",
            "17:00",
            ""
        )]
    );
    assert_eq!(s.last_updated.as_deref(), Some("2026-03-04"));
    // "Free, impartial and confidential" is in the description, which says nothing about fees.
    assert_eq!(s.cost, Cost::default());
}

#[test]
fn a_v3_array_reads() {
    let feed = read("v3-array.json");
    assert_eq!(
        ids(&feed),
        [
            "derby-children-ot",
            "derby-short-breaks",
            "derby-youth-club"
        ]
    );
    assert!(feed.rejected.is_empty());

    let ot = &service(&feed, "derby-children-ot").service;
    assert_eq!(ot.categories, [ServiceCategory::Health]);
    assert_eq!(ot.needs, [AreaOfNeed::SensoryPhysical]);
    assert_eq!(ot.referral, Some(Referral::Needed));

    let breaks = service(&feed, "derby-short-breaks");
    assert_eq!(breaks.warnings, Vec::<String>::new());
    assert_eq!(breaks.service.status, Some(ServiceStatus::Active));
    assert_eq!(
        breaks.service.categories,
        [ServiceCategory::SocialCare, ServiceCategory::Leisure]
    );

    let youth = service(&feed, "derby-youth-club");
    assert_eq!(youth.warnings, Vec::<String>::new());
    let youth = &youth.service;
    assert_eq!(
        youth.description,
        "Games, music & friends.\n\nPizza night every month!"
    );
    assert_eq!(
        youth.cost,
        Cost {
            free: Some(false),
            details: strings(&["£2 per night"]),
        }
    );
    assert_eq!(youth.categories, [ServiceCategory::Leisure]);
    assert_eq!(
        youth.needs,
        [
            AreaOfNeed::CommunicationAndInteraction,
            AreaOfNeed::SocialEmotionalMentalHealth
        ]
    );
    assert_eq!(youth.adulthood, [AdulthoodTheme::FriendsAndCommunity]);
    assert_eq!(
        youth.opening_times,
        [open(&[Weekday::Friday], "18:00", "20:30", "")]
    );
}

// --- v1 ----------------------------------------------------------------------------------------

#[test]
fn nested_v1_services_read() {
    let feed = read("v1-nested.json");
    assert!(feed.rejected.is_empty());
    assert_eq!(ids(&feed), ["v1-hearing-support", "v1-dyslexia-assessment"]);

    let hearing = service(&feed, "v1-hearing-support");
    assert_eq!(hearing.warnings, Vec::<String>::new());
    let expected = Service {
        id: "v1-hearing-support".into(),
        name: "Hearing Support Team".into(),
        organisation: "Derby City Council".into(),
        description: "Teachers of the deaf visit children at home, nursery and school.".into(),
        status: Some(ServiceStatus::Active),
        categories: vec![ServiceCategory::Education],
        needs: vec![AreaOfNeed::SensoryPhysical],
        adulthood: vec![],
        ages: ages(Some(0), Some(19)),
        cost: Cost {
            free: Some(true),
            details: strings(&["No charge"]),
        },
        referral: Some(Referral::Needed),
        how_to_get: String::new(),
        contact: Contact {
            phones: vec![phone("01332 000 009", "")],
            email: Some("hearing@example.org".into()),
            website: Some("https://www.example.org/hearing".into()),
            people: strings(&["Alex Morgan, Team leader"]),
        },
        places: vec![Place {
            name: "Council House".into(),
            address: strings(&["Corporation Street"]),
            town: "Derby".into(),
            postcode: "DE1 2FS".into(),
            latitude: Some(52.9219),
            longitude: Some(-1.4773),
            accessibility: strings(&["Accessible toilet", "Lift to all floors"]),
        }],
        opening_times: vec![
            open(&[Weekday::Monday], "08:30", "16:30", ""),
            open(&[Weekday::Friday], "08:30", "16:00", ""),
        ],
        languages: strings(&["British Sign Language"]),
        terms: strings(&["Hearing impairment", "Education"]),
        last_updated: Some("2025-09-12".into()),
    };
    assert_eq!(hearing.service, expected);

    let dyslexia = service(&feed, "v1-dyslexia-assessment");
    assert_eq!(dyslexia.warnings, Vec::<String>::new());
    let d = &dyslexia.service;
    // The widest range across its two eligibility rows.
    assert_eq!(d.ages, ages(Some(5), Some(16)));
    assert_eq!(d.categories, [ServiceCategory::Advice]);
    assert_eq!(d.needs, [AreaOfNeed::CognitionAndLearning]);
    assert_eq!(
        d.referral,
        Some(Referral::NotNeeded),
        "attending_access drop-in"
    );
    assert_eq!(
        d.cost,
        Cost {
            free: Some(false),
            details: strings(&["Full assessment: £45 per assessment"]),
        }
    );
    assert_eq!(d.languages, ["pl"]);
    assert_eq!(
        d.opening_times,
        [open(&[Weekday::Wednesday], "16:00", "18:00", "")]
    );
    assert!(d.places.is_empty());
    assert_eq!(
        d.contact.website.as_deref(),
        Some("https://www.example.org/dyslexia")
    );
}

#[test]
fn flat_v1_tables_are_joined() {
    let feed = read("v1-flat.json");
    assert!(feed.rejected.is_empty());
    assert_eq!(ids(&feed), ["flat-saturday-club", "flat-travel-training"]);

    let club = service(&feed, "flat-saturday-club");
    assert_eq!(club.warnings, Vec::<String>::new());
    let expected = Service {
        id: "flat-saturday-club".into(),
        name: "Saturday Club for Young Adults".into(),
        organisation: "Derby Mencap".into(),
        description: "Cooking, crafts and trips out with friends.".into(),
        status: Some(ServiceStatus::Active),
        categories: vec![ServiceCategory::Leisure],
        needs: vec![AreaOfNeed::CognitionAndLearning],
        adulthood: vec![],
        ages: ages(Some(16), Some(25)),
        cost: Cost {
            free: Some(false),
            details: strings(&["£5 per session"]),
        },
        referral: None,
        how_to_get: String::new(),
        contact: Contact {
            phones: vec![phone("01332 000 010", "")],
            email: Some("club@example.org".into()),
            website: Some("https://www.example.org/saturday-club".into()),
            people: vec![],
        },
        places: vec![Place {
            name: "Mencap Centre".into(),
            address: strings(&["1 Example Street"]),
            town: "Derby".into(),
            postcode: "DE22 1AA".into(),
            latitude: Some(52.91),
            longitude: Some(-1.49),
            accessibility: strings(&["Changing Places toilet"]),
        }],
        opening_times: vec![open(&[Weekday::Saturday], "10:00", "15:00", "")],
        languages: strings(&["English"]),
        terms: strings(&["Leisure and activities", "Learning disability"]),
        last_updated: None,
    };
    assert_eq!(club.service, expected);

    let travel = service(&feed, "flat-travel-training");
    assert_eq!(
        travel.warnings,
        ["minimum_age was text (\"14\"): read as 14"]
    );
    let t = &travel.service;
    assert_eq!(t.ages, ages(Some(14), Some(25)));
    assert_eq!(t.categories, [ServiceCategory::Education]);
    assert_eq!(t.adulthood, [AdulthoodTheme::IndependentLiving]);
    assert_eq!(
        t.contact,
        Contact {
            phones: vec![phone("01332 000 011", "")],
            email: None,
            website: None,
            people: strings(&["Jo Smith, Travel trainer"]),
        }
    );
    assert_eq!(
        t.opening_times,
        [open(
            &[Weekday::Monday, Weekday::Wednesday],
            "09:00",
            "12:00",
            "By appointment"
        )]
    );
    assert!(t.places.is_empty());
    assert_eq!(t.organisation, "Derby Mencap");
}

#[test]
fn a_v1_api_page_and_v1_weekdays_read() {
    let page = br#"{"totalElements": 1, "totalPages": 1, "number": 1, "size": 10, "first": true,
        "last": true, "content": [{"id": "v1-p", "name": "Paged", "url": "https://example.org",
        "service_taxonomys": [{"taxonomy": {"name": "Health"}}],
        "regular_schedules": [{"weekday": 7, "opens_at": "10:00"}, {"weekday": "Funday"},
                              {"weekday": "sat", "closes_at": "16:00"}]}]}"#;
    let feed = read_json(page).unwrap();
    let read = &feed.services[0];
    assert_eq!(read.warnings, ["weekday \"Funday\" is not a day: left out"]);
    assert_eq!(
        read.service.opening_times,
        [
            OpeningTime {
                days: vec![Weekday::Sunday],
                opens: Some("10:00".into()),
                ..OpeningTime::default()
            },
            OpeningTime {
                days: vec![Weekday::Saturday],
                closes: Some("16:00".into()),
                ..OpeningTime::default()
            },
        ]
    );
}

// --- Broken feeds ------------------------------------------------------------------------------

#[test]
fn services_without_an_id_or_name_are_rejected_by_position() {
    let feed = read("broken-missing-id.json");
    assert_eq!(ids(&feed), ["fine-club"]);
    assert_eq!(
        rejected(&feed),
        [
            (None, 1, vec!["it has no id"]),
            (None, 2, vec!["it has no id"]),
            (Some("no-name-club"), 4, vec!["it has no name"]),
            (None, 5, vec!["it has no id", "it has no name"]),
        ]
    );
}

#[test]
fn ages_as_text_are_read_and_impossible_ages_left_out() {
    let feed = read("broken-ages-as-strings.json");
    assert!(feed.rejected.is_empty());
    let got: Vec<(&str, AgeRange, Vec<&str>)> = feed
        .services
        .iter()
        .map(|s| {
            (
                s.service.id.as_str(),
                s.service.ages,
                s.warnings.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "ages-text",
                ages(Some(5), Some(11)),
                vec![
                    "minimum_age was text (\"5\"): read as 5",
                    "maximum_age was text (\"11\"): read as 11"
                ]
            ),
            (
                "ages-nonsense",
                ages(None, None),
                vec![
                    "minimum_age \"five\" is not a number: left out",
                    "maximum_age 130 is not an age from 0 to 120: left out"
                ]
            ),
            (
                "ages-backwards",
                ages(None, None),
                vec!["minimum_age 16 is more than maximum_age 11: both left out"]
            ),
            (
                "ages-negative",
                ages(None, Some(18)),
                vec![
                    "minimum_age -1 is not an age from 0 to 120: left out",
                    "maximum_age was text (\"18\"): read as 18",
                    "last_modified \"last Tuesday\" is not a date: left out"
                ]
            ),
            (
                "ages-half",
                ages(Some(2), None),
                vec!["minimum_age 2.5 is not a whole number of years: read as 2"]
            ),
        ]
    );
    assert_eq!(service(&feed, "ages-negative").service.last_updated, None);
}

#[test]
fn services_nobody_can_contact_are_kept_with_a_warning() {
    let feed = read("broken-no-contacts.json");
    assert!(feed.rejected.is_empty());
    assert_eq!(
        service(&feed, "quiet-no-contact").warnings,
        ["no way to contact it: no phone, email, website or named contact"]
    );
    let broken = service(&feed, "quiet-bad-email");
    assert_eq!(
        broken.warnings,
        [
            "email \"info at example dot org\" is not an email address: left out",
            "url \"see our Facebook page\" is not a web address: left out",
            "no way to contact it: no phone, email, website or named contact",
            "no category could be worked out from its terms (Knitting)",
        ]
    );
    assert_eq!(broken.service.contact, Contact::default());
    assert!(broken.service.categories.is_empty());
    assert_eq!(broken.service.terms, ["Knitting"]);
    let person = service(&feed, "quiet-person-only");
    assert_eq!(
        person.warnings,
        ["no category could be worked out: it has no taxonomy terms"]
    );
    assert_eq!(person.service.contact.people, ["Pat Lee"]);
}

#[test]
fn a_repeated_id_is_rejected_naming_the_first() {
    let feed = read("broken-duplicate-ids.json");
    assert_eq!(ids(&feed), ["dup-1", "dup-2"]);
    assert_eq!(feed.services[0].service.name, "First Club");
    assert_eq!(
        rejected(&feed),
        [
            (
                Some("dup-1"),
                3,
                vec!["it has the same id as the service at position 1"]
            ),
            (
                Some("dup-1"),
                4,
                vec![
                    "it has the same id as the service at position 1",
                    "the feed says it is defunct"
                ]
            ),
        ]
    );
}

#[test]
fn bad_json_is_refused_whole() {
    let bytes = std::fs::read(fixture_path("broken-bad-json.json")).unwrap();
    match read_json(&bytes) {
        Err(FeedError::NotJson(why)) => assert!(why.contains("line 2"), "{why}"),
        other => panic!("expected NotJson, got {other:?}"),
    }
}

#[test]
fn json_that_is_not_services_is_refused_whole() {
    let bytes = std::fs::read(fixture_path("broken-wrong-shape.json")).unwrap();
    match read_json(&bytes) {
        Err(FeedError::WrongShape(why)) => assert_eq!(
            why,
            "an object with \"error\", \"message\", \"status\": not a service (no id or name), an \
             API page (no contents) or v1 tables (no service table)"
        ),
        other => panic!("expected WrongShape, got {other:?}"),
    }
    let shape = |json: &str| match read_json(json.as_bytes()) {
        Err(FeedError::WrongShape(why)) => why,
        other => panic!("{json}: expected WrongShape, got {other:?}"),
    };
    assert_eq!(shape("42"), "a number where services were expected");
    assert_eq!(shape("\"services\""), "text where services were expected");
    assert_eq!(shape("[1, 2, 3]"), "a list of a number, not of services");
    assert_eq!(shape("{}"), "an empty object: not a service (no id or name), an API page (no contents) or v1 tables (no service table)");
    assert_eq!(
        shape(r#"{"total_pages": 1, "contents": {"id": "x"}}"#),
        "an API page whose \"contents\" is an object, not a list of services"
    );
    assert_eq!(
        shape(r#"{"service": [], "eligibility": {"service_id": "x"}}"#),
        "the \"eligibility\" table is an object, not a list of rows"
    );
}

#[test]
fn odd_items_in_a_list_are_rejected_not_the_whole_feed() {
    let feed = read_json(br#"[7, {"id": "ok", "name": "OK", "email": "a@example.org"}, {"id": true, "name": "Bool"}]"#)
        .unwrap();
    assert_eq!(ids(&feed), ["ok"]);
    assert_eq!(
        rejected(&feed),
        [
            (None, 1, vec!["it is a number, not a service"]),
            (None, 3, vec!["its id is true or false, not text"]),
        ]
    );
    let empty = read_json(b"\xEF\xBB\xBF[]").unwrap();
    assert_eq!(
        (empty.services.len(), empty.rejected.len(), empty.pages_read),
        (0, 0, 1)
    );
}

#[test]
fn statuses_are_normalised() {
    let feed = read_json(
        br#"[{"id": "a", "name": "A", "status": "Temporarily_Closed", "email": "a@example.org"},
             {"id": "b", "name": "B", "status": "pending", "email": "b@example.org"},
             {"id": "c", "name": "C", "status": "DEFUNCT"},
             {"id": "d", "name": "D", "email": "d@example.org", "id_numeric": 1}]"#,
    )
    .unwrap();
    let status = |id: &str| service(&feed, id).service.status;
    assert_eq!(status("a"), Some(ServiceStatus::TemporarilyClosed));
    assert_eq!(status("b"), Some(ServiceStatus::Active));
    assert_eq!(status("d"), Some(ServiceStatus::Active));
    assert_eq!(
        service(&feed, "b").warnings[0],
        "status \"pending\" is not one Open Referral UK uses: read as active"
    );
    assert_eq!(
        rejected(&feed),
        [(Some("c"), 3, vec!["the feed says it is defunct"])]
    );
}

#[test]
fn messy_places_and_costs_are_cleaned() {
    let feed = read_json(
        r#"{"id": 17, "name": " <b>Messy</b>  &amp; Co ", "email": "MAILTO:hi@example.org",
            "fees": "Free parking. Sessions cost £4.",
            "cost_options": [{"amount": "ask us"}, {"option": "Taster", "amount": "£0.00"}],
            "service_at_locations": [
              {"location": {"name": "Nowhere", "latitude": 0, "longitude": 0}},
              {"location": {"name": "Halfway", "latitude": "52.9"}},
              {"location": {"name": "Far", "latitude": 95, "longitude": "west"}},
              {"location": {}}
            ],
            "schedules": [{"byday": "XX,MO", "opens_at": "noon", "closes_at": "00:00"},
                          {"opens_at": "00:00", "closes_at": "00:00", "freq": "WEEKLY", "interval": 2},
                          {}]}"#
            .as_bytes(),
    )
    .unwrap();
    let read = &feed.services[0];
    let s = &read.service;
    assert_eq!(s.id, "17");
    assert_eq!(s.name, "Messy & Co");
    assert_eq!(s.contact.email.as_deref(), Some("hi@example.org"));
    assert_eq!(
        s.cost,
        Cost {
            // A price anywhere means it may cost money, whatever else is free.
            free: Some(false),
            details: strings(&["Free parking. Sessions cost £4.", "Ask us", "Taster: free"]),
        }
    );
    assert_eq!(
        s.places
            .iter()
            .map(|p| (p.name.as_str(), p.latitude, p.longitude))
            .collect::<Vec<_>>(),
        [
            ("Nowhere", None, None),
            ("Halfway", None, None),
            ("Far", None, None)
        ]
    );
    assert_eq!(
        s.opening_times,
        [
            OpeningTime {
                days: vec![Weekday::Monday],
                closes: Some("00:00".into()),
                ..OpeningTime::default()
            },
            OpeningTime {
                description: "Every other week".into(),
                ..OpeningTime::default()
            },
        ]
    );
    assert_eq!(
        read.warnings,
        [
            "cost option amount \"ask us\" is not a number: shown as written",
            "latitude and longitude are both 0 (not known): left out",
            "a location has only one of latitude and longitude: left out",
            "latitude 95 is outside -90 to 90: left out",
            "longitude \"west\" is not a number: left out",
            "byday \"XX\" is not a day: left out",
            "opens_at \"noon\" is not a time: left out",
            "no category could be worked out: it has no taxonomy terms",
        ]
    );
}

#[test]
fn cost_options_read_as_families_would_say_them() {
    let cost = |options: &str| {
        let json = format!(
            r#"{{"id": "c", "name": "C", "email": "c@example.org", "cost_options": {options}}}"#
        );
        read_json(json.as_bytes())
            .unwrap()
            .services
            .remove(0)
            .service
            .cost
    };
    // The unit in `option`, as many feeds write it; "Free" said once, not "Free: free".
    assert_eq!(
        cost(
            r#"[{"option": "per session", "amount": 5.0, "currency": "GBP"}, {"option": "Free", "amount": 0}]"#
        ),
        Cost {
            free: Some(false),
            details: strings(&["£5 per session", "Free"]),
        }
    );
    assert_eq!(
        cost(
            r#"[{"option": "Under 18s and over 60s", "amount": 35, "amount_description": "per 1 hour session"}]"#
        ),
        Cost {
            free: Some(false),
            details: strings(&["Under 18s and over 60s: £35 per 1 hour session"]),
        }
    );
    assert_eq!(
        cost(r#"[{"amount": 12.5, "currency": "EUR"}, {"amount": 3, "currency": "XYZ"}]"#),
        Cost {
            free: Some(false),
            details: strings(&["€12.50", "3 XYZ"]),
        }
    );
    assert_eq!(cost("[]"), Cost::default());
}

#[test]
fn terms_saying_both_referrals_leave_it_not_said() {
    let feed = read_json(
        br#"{"id": "r", "name": "R", "email": "r@example.org", "attributes": [
            {"taxonomy_term": {"name": "Referral needed"}},
            {"taxonomy_term": {"name": "No referral needed"}},
            {"taxonomy_term": {"name": "referral NEEDED"}},
            {"taxonomy_term": {"name": "Health"}}]}"#,
    )
    .unwrap();
    let read = &feed.services[0];
    assert_eq!(read.service.referral, Some(Referral::NotSaid));
    assert_eq!(
        read.service.terms,
        ["Referral needed", "No referral needed", "Health"]
    );
    assert_eq!(
        read.warnings,
        ["its terms say both that a referral is needed and that it is not: left as not said"]
    );
}

// --- Files and URLs ----------------------------------------------------------------------------

#[tokio::test]
async fn a_file_is_read_and_a_large_one_refused() {
    let path = fixture_path("v3-page.json");
    let path = path.to_str().unwrap();
    let feed = read_source(path, DEFAULT_MAX_BYTES).await.unwrap();
    assert_eq!(
        (feed.services.len(), feed.rejected.len(), feed.pages_read),
        (4, 1, 1)
    );
    match read_source(path, 100).await {
        Err(FeedError::TooLarge { limit: 100 }) => {}
        other => panic!("expected TooLarge, got {other:?}"),
    }
    match read_source("/no/such/feed.json", DEFAULT_MAX_BYTES).await {
        Err(FeedError::Unreadable { place, reason }) => {
            assert_eq!(
                (place.as_str(), reason.as_str()),
                ("/no/such/feed.json", "there is no such file")
            );
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
}

mod over_http {
    use super::*;
    use axum::extract::{Query, State};
    use axum::http::StatusCode;
    use axum::routing::get;
    use axum::Router;
    use serde_json::json;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    type Asked = Arc<Mutex<Vec<String>>>;

    fn page(number: u64, contents: serde_json::Value) -> String {
        json!({
            "total_items": 7,
            "total_pages": 3,
            "page_number": number,
            "size": 3,
            "first_page": number == 1,
            "last_page": number == 3,
            "empty": false,
            "contents": contents,
        })
        .to_string()
    }

    fn club(id: &str) -> serde_json::Value {
        json!({"id": id, "name": format!("Club {id}"), "email": "club@example.org",
               "attributes": [{"taxonomy_term": {"name": "Sports"}}]})
    }

    async fn services(
        State(asked): State<Asked>,
        Query(query): Query<HashMap<String, String>>,
    ) -> Result<String, StatusCode> {
        let mut keys: Vec<_> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        keys.sort();
        asked.lock().unwrap().push(keys.join("&"));
        match query.get("page").map(String::as_str) {
            None | Some("1") => Ok(page(1, json!([club("p1-a"), club("p1-b"), club("p1-c")]))),
            Some("2") => Ok(page(2, json!([club("p2-a"), club("p2-b")]))),
            Some("3") => Ok(page(
                3,
                json!([club("p3-a"), {"name": "No id"}, club("p1-a")]),
            )),
            _ => Err(StatusCode::NOT_FOUND),
        }
    }

    /// Starts a feed server on a free port; its address, and the query strings it was asked for.
    async fn serve(router: Router<Asked>) -> (String, Asked) {
        let asked: Asked = Arc::default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = router.with_state(asked.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{address}"), asked)
    }

    #[tokio::test]
    async fn every_page_of_an_api_is_read() {
        let (base, asked) = serve(Router::new().route("/services", get(services))).await;
        let feed = read_source(&format!("{base}/services?per_page=3"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!(feed.pages_read, 3);
        assert_eq!(ids(&feed), ["p1-a", "p1-b", "p1-c", "p2-a", "p2-b", "p3-a"]);
        // Positions count across pages.
        assert_eq!(
            rejected(&feed),
            [
                (None, 7, vec!["it has no id"]),
                (
                    Some("p1-a"),
                    8,
                    vec!["it has the same id as the service at position 1"]
                ),
            ]
        );
        assert_eq!(
            *asked.lock().unwrap(),
            ["per_page=3", "page=2&per_page=3", "page=3&per_page=3"]
        );
        // Given the address of a later page, the whole feed is still read, in order.
        let from_two = read_source(&format!("{base}/services?page=2"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!(ids(&from_two), ids(&feed));
        assert_eq!(from_two.pages_read, 3);
    }

    /// A v1 (Spring-style) page numbered from 0 in its answer.
    fn spring_page(number: u64, content: serde_json::Value) -> String {
        json!({"totalElements": 4, "totalPages": 3, "number": number, "size": 2,
               "first": number == 0, "last": number == 2, "content": content})
        .to_string()
    }

    #[tokio::test]
    async fn apis_numbering_pages_from_zero_are_followed_both_ways() {
        let router = Router::new()
            // Asked from 1, answering from 0.
            .route(
                "/one-indexed",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page").map(String::as_str) {
                        None | Some("1") => spring_page(0, json!([club("a"), club("b")])),
                        Some("2") => spring_page(1, json!([club("c")])),
                        _ => spring_page(2, json!([club("d")])),
                    }
                }),
            )
            // Asked and answering from 0.
            .route(
                "/zero-indexed",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page").map(String::as_str) {
                        None | Some("0") => spring_page(0, json!([club("a"), club("b")])),
                        Some("1") => spring_page(1, json!([club("c")])),
                        _ => spring_page(2, json!([club("d")])),
                    }
                }),
            );
        let (base, _) = serve(router).await;
        for path in ["one-indexed", "zero-indexed"] {
            let feed = read_source(&format!("{base}/{path}"), DEFAULT_MAX_BYTES)
                .await
                .unwrap();
            assert_eq!(ids(&feed), ["a", "b", "c", "d"], "{path}");
            assert_eq!((feed.pages_read, feed.rejected.len()), (3, 0), "{path}");
        }
    }

    #[tokio::test]
    async fn pages_together_may_not_pass_the_limit() {
        let (base, _) = serve(Router::new().route("/services", get(services))).await;
        let first_page = page(1, json!([club("p1-a"), club("p1-b"), club("p1-c")])).len();
        match read_source(&format!("{base}/services"), first_page + 10).await {
            Err(FeedError::TooLarge { limit }) => assert_eq!(limit, first_page + 10),
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn an_error_answer_or_a_broken_page_reads_nothing() {
        let router = Router::new()
            .route("/gone", get(|| async { (StatusCode::NOT_FOUND, "gone") }))
            .route(
                "/broken",
                get(|Query(q): Query<HashMap<String, String>>| async move {
                    match q.get("page") {
                        None => page(1, json!([club("a")])),
                        Some(_) => "{\"oops\": true}".to_string(),
                    }
                }),
            )
            .route(
                "/array",
                get(|| async { json!([club("only")]).to_string() }),
            );
        let (base, _) = serve(router).await;
        match read_source(&format!("{base}/gone"), DEFAULT_MAX_BYTES).await {
            Err(FeedError::Unreadable { reason, .. }) => {
                assert_eq!(reason, "the server answered 404 Not Found")
            }
            other => panic!("expected Unreadable, got {other:?}"),
        }
        match read_source(&format!("{base}/broken"), DEFAULT_MAX_BYTES).await {
            Err(FeedError::WrongShape(why)) => assert!(why.starts_with("page 2: "), "{why}"),
            other => panic!("expected WrongShape, got {other:?}"),
        }
        let plain = read_source(&format!("{base}/array"), DEFAULT_MAX_BYTES)
            .await
            .unwrap();
        assert_eq!((ids(&plain), plain.pages_read), (vec!["only"], 1));
    }
}

// --- The demo feed -----------------------------------------------------------------------------

#[test]
fn the_demo_feed_reads_without_rejections() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("demo/local-offer.json");
    let bytes = std::fs::read(&path).expect("server/demo/local-offer.json");
    let feed = read_json(&bytes).expect("the demo feed reads");
    assert_eq!(
        rejected(&feed),
        [],
        "the demo feed's services are all usable"
    );
    let said: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        Some(feed.services.len() as u64),
        said["total_items"].as_u64(),
        "every service in the demo feed is read"
    );
    // Every demo term is in the taxonomy map, so every demo service can be found by category.
    let uncategorised: Vec<&str> = feed
        .services
        .iter()
        .filter(|s| s.service.categories.is_empty())
        .map(|s| s.service.id.as_str())
        .collect();
    assert_eq!(uncategorised, Vec::<&str>::new());
}

#[test]
fn one_saved_page_of_several_is_refused_so_nothing_is_unlisted() {
    let error = read_json(
        br#"{"total_pages": 3, "page_number": 1, "contents": [{"id": "a", "name": "A"}]}"#,
    )
    .unwrap_err();
    assert!(
        matches!(&error, FeedError::WrongShape(why) if why.contains("one page of 3")),
        "{error}"
    );
}
