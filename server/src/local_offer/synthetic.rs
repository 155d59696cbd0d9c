//! Synthetic Open Referral UK v3 services for the search benchmark (`cargo bench -p heard-server
//! --bench local_offer`): built from the words real Local Offers use, so term frequencies, lengths
//! and filters look like a real catalogue, only larger. Deterministic for a given seed.

use serde_json::{json, Value};

const KINDS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "Speech and Language Therapy",
        "Health",
        &["Speech and language", "Communication and interaction"],
        &[
            "Speech and language therapy for children who find talking or understanding hard.",
            "Therapists work with families and schools on listening, words and sentences.",
            "Some children use signs, pictures or a talking device, and we help with those too.",
        ],
    ),
    (
        "Autism Family Support",
        "Advice and information",
        &["Autism", "Parent support", "Communication and interaction"],
        &[
            "Support for families of autistic children and young people, before and after diagnosis.",
            "Meet other parents, learn about sensory needs and routines, and get advice.",
            "Workshops on sleep, eating, anxiety and meltdowns.",
        ],
    ),
    (
        "Children's Mental Health Team",
        "Health",
        &["Mental health", "Social, emotional and mental health"],
        &[
            "Help for children and young people with worries, low mood, anxiety or self-harm.",
            "Talking therapy in clinic, at school or online, with a plan agreed with the family.",
            "A GP, school nurse or social worker can refer you.",
        ],
    ),
    (
        "Short Breaks",
        "Social care",
        &["Short breaks", "Social care"],
        &[
            "Short breaks give disabled children fun time away and give parent carers a rest.",
            "Day sessions, weekend clubs and overnight stays with trained staff.",
            "Ask the disabled children's team for an assessment.",
        ],
    ),
    (
        "Inclusive Swimming",
        "Leisure and activities",
        &["Leisure and activities", "Physical disability", "Sensory and/or physical"],
        &[
            "Quiet swimming sessions with a hoist, a changing places toilet and warm water.",
            "Instructors are trained to teach children with physical and sensory needs.",
            "Carers swim free.",
        ],
    ),
    (
        "Occupational Therapy",
        "Health",
        &["Occupational therapy", "Sensory and/or physical"],
        &[
            "Occupational therapy helps with dressing, writing, eating and busy places.",
            "We look at sensory processing, equipment and changes at home or school.",
        ],
    ),
    (
        "Learning Support Service",
        "Education",
        &["Education", "Cognition and learning", "Dyslexia"],
        &[
            "Teachers who help schools support children with learning difficulties and dyslexia.",
            "Reading, spelling and maths support, and advice for the SEN support plan.",
        ],
    ),
    (
        "Youth Club",
        "Leisure and activities",
        &["Leisure and activities", "Social, emotional and mental health"],
        &[
            "A weekly youth club for young people with SEND to make friends and try new things.",
            "Games, cooking, music and trips, with support workers.",
        ],
    ),
    (
        "Supported Internships",
        "Education",
        &["Preparing for adulthood", "Employment", "Education"],
        &[
            "A year of work experience with a job coach for young people aged 16 to 25 with an EHC plan.",
            "Learn skills for work, travel on your own and build a CV.",
        ],
    ),
    (
        "Hearing Support Team",
        "Education",
        &["Hearing impairment", "Sensory and/or physical"],
        &[
            "Teachers of the deaf visit homes, nurseries and schools.",
            "Help with hearing aids, radio aids, signing and listening in class.",
        ],
    ),
    (
        "SEND Information and Advice",
        "Advice and information",
        &["Advice and information", "Parent support"],
        &[
            "Free, impartial advice about SEN support, EHC plans, reviews and appeals.",
            "We can help you write letters and come with you to meetings.",
        ],
    ),
    (
        "Travel Training",
        "Social care",
        &["Transport", "Independent living", "Preparing for adulthood"],
        &[
            "Learn to use buses and trains safely on your own, one step at a time.",
            "For young people from Year 9 who want to travel to college or work.",
        ],
    ),
];

const PLACES: &[&str] = &[
    "Riverside",
    "Oakfield",
    "Millbrook",
    "Hillcrest",
    "Station Road",
    "Park View",
    "Elm Tree",
    "Castle Gate",
    "Brookside",
    "Meadow Lane",
];

const TOWNS: &[(&str, &str, f64, f64)] = &[
    ("Derby", "DE1", 52.9225, -1.4746),
    ("Derby", "DE22", 52.9300, -1.5000),
    ("Derby", "DE21", 52.9330, -1.4300),
    ("Ilkeston", "DE7", 52.9700, -1.3090),
    ("Belper", "DE56", 53.0233, -1.4818),
    ("Ripley", "DE5", 53.0500, -1.4070),
    ("Swadlincote", "DE11", 52.7740, -1.5570),
    ("Long Eaton", "NG10", 52.8980, -1.2710),
    ("Ashbourne", "DE6", 53.0160, -1.7320),
    ("Matlock", "DE4", 53.1380, -1.5550),
];

const AGE_BANDS: &[(u8, u8)] = &[
    (0, 5),
    (0, 18),
    (4, 11),
    (5, 16),
    (11, 18),
    (14, 25),
    (16, 25),
    (0, 25),
];

/// A small deterministic generator (xorshift), so the benchmark needs no extra crate.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }

    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.roll(from.len())]
    }
}

/// `count` v3 services as an API page document.
pub fn feed(count: usize, seed: u64) -> Value {
    let mut dice = Dice(seed.max(1));
    let services: Vec<Value> = (0..count).map(|n| service(n, &mut dice)).collect();
    json!({
        "total_items": count, "total_pages": 1, "page_number": 1, "size": count,
        "first_page": true, "last_page": true, "empty": count == 0, "contents": services,
    })
}

/// The same services as [`feed`], written one at a time as they are made: a feed of 100,000 is
/// 140 MB, more than is worth holding as one JSON value. `padding` adds that many bytes to each in a
/// field Heard does not read (a change history), to make a large file of few services.
pub fn write_feed(
    out: &mut impl std::io::Write,
    count: usize,
    seed: u64,
    padding: usize,
) -> std::io::Result<()> {
    let mut dice = Dice(seed.max(1));
    write!(
        out,
        r#"{{"total_items":{count},"total_pages":1,"page_number":1,"size":{count},"first_page":true,"last_page":true,"empty":{},"contents":["#,
        count == 0
    )?;
    for n in 0..count {
        if n > 0 {
            out.write_all(b",")?;
        }
        let mut service = service(n, &mut dice);
        if padding > 0 {
            service["metadata"] = json!([{
                "id": format!("change-{n}"), "field_name": "description",
                "previous_value": "x".repeat(padding),
            }]);
        }
        serde_json::to_writer(&mut *out, &service)?;
    }
    out.write_all(b"]}")
}

fn service(n: usize, dice: &mut Dice) -> Value {
    let (kind, category, terms, sentences) = *dice.pick(KINDS);
    let place = dice.pick(PLACES);
    let (town, district, latitude, longitude) = *dice.pick(TOWNS);
    let (min_age, max_age) = *dice.pick(AGE_BANDS);
    let free = dice.roll(10) < 4;
    let jitter = |dice: &mut Dice| (dice.roll(2000) as f64 - 1000.0) / 50_000.0;
    let description = sentences
        .iter()
        .take(1 + dice.roll(sentences.len()))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut all_terms: Vec<&str> = vec![category];
    all_terms.extend(terms.iter().copied());
    json!({
        "id": format!("synthetic-{n:06}"),
        "name": format!("{place} {kind} ({town} {n})"),
        "status": "active",
        "description": description,
        "url": format!("https://example.org/services/{n}"),
        "email": format!("service{n}@example.org"),
        "fees": if free { "" } else { "£3 a session" },
        "minimum_age": min_age,
        "maximum_age": max_age,
        "last_modified": format!("2026-0{}-1{}T10:00:00Z", 1 + dice.roll(9), dice.roll(10)),
        "organization": { "id": format!("org-{}", n % 97), "name": format!("{place} Trust") },
        "service_at_locations": [{ "location": {
            "name": format!("{place} Centre"),
            "latitude": latitude + jitter(dice),
            "longitude": longitude + jitter(dice),
            "addresses": [{ "address_1": format!("{} {place} Road", 1 + dice.roll(200)), "city": town,
                             "state_province": "Derbyshire", "postal_code": format!("{district} 1AA"), "country": "GB" }],
            "accessibility": [{ "description": "Step-free entrance" }],
        }}],
        "schedules": [{ "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00", "freq": "WEEKLY" }],
        "cost_options": if free { json!([{ "amount": 0, "currency": "GBP", "option": "Free" }]) }
                        else { json!([{ "amount": 3, "currency": "GBP", "option": "per session" }]) },
        "phones": [{ "number": "01632 960000" }],
        "languages": [{ "name": "English", "code": "en" }],
        "attributes": all_terms.iter().enumerate().map(|(i, name)| json!({
            "taxonomy_term": { "id": format!("term-{i}-{name}"), "name": name, "taxonomy": "synthetic" }
        })).collect::<Vec<_>>(),
    })
}

/// A mix of searches like families' (typos, jargon, plain words, filters), cycled by the benchmark.
pub fn family_searches() -> Vec<heard_app::local_offer::SearchQuery> {
    use heard_app::local_offer::search::{Origin, SearchQuery};
    use heard_app::local_offer::ServiceCategory;
    use heard_app::record::AreaOfNeed;
    let words = |words: &str| SearchQuery {
        words: words.into(),
        within_miles: 5,
        page: 1,
        ..SearchQuery::default()
    };
    vec![
        words("autisim"),
        words("speach therapy"),
        words("SALT"),
        words("mental health"),
        words("CAMHS"),
        words("short breaks"),
        words("respite for my son"),
        words("swimming"),
        words("OT"),
        words("dyslexia reading"),
        words("youth club friends"),
        SearchQuery {
            age: Some(7),
            ..words("autism")
        },
        SearchQuery {
            need: Some(AreaOfNeed::SensoryPhysical),
            ..words("")
        },
        SearchQuery {
            category: Some(ServiceCategory::Health),
            free_only: true,
            ..words("therapy")
        },
        SearchQuery {
            origin: Some(Origin::District("DE22".into())),
            within_miles: 5,
            ..words("swimming")
        },
        SearchQuery {
            origin: Some(Origin::Point {
                latitude: 52.92,
                longitude: -1.47,
            }),
            within_miles: 3,
            ..words("")
        },
        SearchQuery {
            age: Some(17),
            ..words("supported internship jobs")
        },
        words("deaf"),
        words(""),
        SearchQuery {
            page: 3,
            ..words("support")
        },
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_synthetic_feed_reads_without_rejections() {
        let feed = super::feed(300, 7);
        let read = super::super::oruk::read_json(feed.to_string().as_bytes()).unwrap();
        assert_eq!(read.services.len(), 300);
        assert!(read.rejected.is_empty(), "{:?}", read.rejected);
        assert!(read
            .services
            .iter()
            .all(|s| !s.service.categories.is_empty()));
    }

    #[test]
    fn a_written_feed_reads_as_the_same_services() {
        let mut written = Vec::new();
        super::write_feed(&mut written, 50, 7, 100).unwrap();
        let written = super::super::oruk::read_json(&written).unwrap();
        let made = super::feed(50, 7);
        let made = super::super::oruk::read_json(made.to_string().as_bytes()).unwrap();
        let services = |feed: &super::super::oruk::Feed| {
            feed.services
                .iter()
                .map(|s| s.service.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(services(&written), services(&made));
    }
}
