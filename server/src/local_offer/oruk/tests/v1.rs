//! v1 feeds, nested and as flat tables, put into v3's words.

use super::*;

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
