//! v3 feeds: an API page, a single service and an array.

use super::*;

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
