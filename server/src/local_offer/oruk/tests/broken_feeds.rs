//! Broken feeds: what is kept, what is rejected and what is refused whole.

use super::*;

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
fn one_service_too_large_stops_the_feed_before_it_is_held() {
    let huge = "x".repeat(MAX_SERVICE_BYTES);
    let feed = format!(
        r#"{{"total_pages": 1, "contents": [{{"id": "a", "name": "A"}},
             {{"id": "b", "name": "B", "description": "{huge}"}}]}}"#
    );
    match read_json(feed.as_bytes()) {
        Err(FeedError::ServiceTooLarge { position, limit }) => {
            assert_eq!((position, limit), (2, MAX_SERVICE_BYTES))
        }
        other => panic!("expected ServiceTooLarge, got {other:?}"),
    }
    // Just under the limit is read.
    let fits = format!(
        r#"[{{"id": "b", "name": "B", "description": "{}"}}]"#,
        &huge[..MAX_SERVICE_BYTES - 100]
    );
    assert_eq!(ids(&read_json(fits.as_bytes()).unwrap()), ["b"]);
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
