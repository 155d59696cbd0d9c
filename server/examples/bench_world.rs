//! Builds the large installations `scripts/bench` measures. A measuring tool, not part of Heard.
//!
//!   bench_world feed FILE SERVICES          writes a synthetic Open Referral UK feed of SERVICES
//!   bench_world families DATABASE_URL N     adds N families, each with one child and five goals
//!
//! Families: the first account is made as any account is (its password hashed); the others copy its
//! password hash, because hashing 10,000 passwords one by one would take the benchmark most of an
//! hour and measures nothing it reports. Their sign-in is `family-NNNNN@bench.example` with the
//! password in `BENCH_PASSWORD`.

use heard_app::record::child::{ChildDetails, KeyDates};
use heard_app::record::dates;
use heard_app::record::goal::{GoalTheme, GoalWords};
use heard_app::record::{AreaOfNeed, SupportStatus};
use heard_app::scope::Viewer;
use heard_app::services::FamilyRecords;
use heard_server::accounts::{self, NewAccount};
use heard_server::local_offer::synthetic;
use heard_server::record::RecordStore;
use heard_server::storage;

const BENCH_PASSWORD: &str = "heard-bench-family";

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["feed", file, services] => {
            let services: usize = services.parse().expect("SERVICES is a number");
            let mut out = std::io::BufWriter::new(std::fs::File::create(file).expect("make FILE"));
            synthetic::write_feed(&mut out, services, 42, 0)
                .and_then(|()| std::io::Write::flush(&mut out))
                .expect("write the feed");
        }
        ["families", url, how_many] => {
            let how_many: usize = how_many.parse().expect("N is a number");
            add_families(url, how_many).await;
        }
        _ => {
            eprintln!("usage: bench_world feed FILE SERVICES | families DATABASE_URL N");
            std::process::exit(2);
        }
    }
}

fn email(n: usize) -> String {
    format!("family-{n:05}@bench.example")
}

async fn add_families(url: &str, how_many: usize) {
    let pool = storage::open(url).await.expect("open the database");
    let first = accounts::create(
        &pool,
        NewAccount {
            email: &email(0),
            password: BENCH_PASSWORD,
            locale: None,
            reading_options: None,
        },
    )
    .await
    .expect("make the first account");
    let records = RecordStore::new(pool.clone());
    for n in 0..how_many {
        let account_id = if n == 0 {
            first.id
        } else {
            storage::query_scalar(
                "INSERT INTO accounts (email, password_hash, created_at, confirmed_at, name)
                 SELECT $1, password_hash, created_at, confirmed_at, $2 FROM accounts WHERE id = $3
                 RETURNING id",
            )
            .bind(email(n))
            .bind(format!("Parent {n}"))
            .bind(first.id)
            .fetch_one(&pool)
            .await
            .expect("copy the first account")
        };
        let viewer = Viewer {
            account_id,
            email: email(n),
        };
        let child_id = records
            .add_child(&viewer, &child(n))
            .await
            .expect("add a child");
        for goal in 0..5 {
            records
                .add_goal(&viewer, child_id, &goal_words(n, goal))
                .await
                .expect("add a goal");
        }
    }
}

fn child(n: usize) -> ChildDetails {
    ChildDetails {
        called_name: format!("Child {n}"),
        date_of_birth: dates::from_parts(
            1 + (n % 28) as u8,
            1 + (n % 12) as u8,
            2012 + (n % 8) as i32,
        )
        .expect("a real date"),
        setting: "Riverside Academy".into(),
        year_group_chosen: None,
        support_status: if n.is_multiple_of(3) {
            SupportStatus::EhcPlan
        } else {
            SupportStatus::SenSupport
        },
        key_dates: KeyDates::default(),
        areas_of_need: vec![AreaOfNeed::CommunicationAndInteraction],
    }
}

fn goal_words(n: usize, goal: usize) -> GoalWords {
    GoalWords {
        outcome: format!("Child {n} will ask for help in class when they are stuck ({goal})."),
        theme: GoalTheme::Need(AreaOfNeed::CommunicationAndInteraction),
        support: "A help card on the desk. The teacher checks in after each task.".into(),
        measure: "They use the card or ask three times a week.".into(),
        by_when: None,
    }
}
