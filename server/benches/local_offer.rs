//! The Local Offer at scale: imports N synthetic ORUK services into a SQLite file on disk, builds the
//! search index, then times server-side searches (the `LocalOffer::search` a page calls) over a
//! families' mix of typos, jargon and filters.
//!
//! `cargo bench -p heard-server --bench local_offer` (10,000 and 100,000), or give sizes:
//! `cargo bench -p heard-server --bench local_offer -- 1000 50000`.

use heard_app::services::LocalOffer;
use heard_server::local_offer::{import, oruk, synthetic, LocalOfferStore};
use std::time::{Duration, Instant};

const SEARCHES: usize = 2_000;

#[tokio::main]
async fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|arg| arg.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    println!("| services | feed MB | read + check | store | index | search p50 | p99 | max |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for size in sizes {
        bench(size).await;
    }
}

async fn bench(size: usize) {
    let folder = tempfile::tempdir().unwrap();
    let feed_path = folder.path().join("feed.json");
    std::fs::write(&feed_path, synthetic::feed(size, 42).to_string()).unwrap();
    let feed_mb = std::fs::metadata(&feed_path).unwrap().len() as f64 / 1e6;
    let url = format!("sqlite://{}", folder.path().join("heard.db").display());
    let pool = heard_server::storage::open(&url).await.unwrap();

    let started = Instant::now();
    let feed = oruk::read_source(feed_path.to_str().unwrap(), 1 << 30)
        .await
        .unwrap();
    let read = started.elapsed();
    assert!(feed.rejected.is_empty());
    let started = Instant::now();
    let report = import::store(&pool, "synthetic", feed).await.unwrap();
    let store = started.elapsed();
    assert_eq!(report.added, size);

    let directory = LocalOfferStore::new(pool);
    let started = Instant::now();
    let index = directory.current_index().await.unwrap();
    let build = started.elapsed();
    assert_eq!(index.len(), size);

    let searches = synthetic::family_searches();
    // Warm up once through every search, then time.
    for query in &searches {
        directory.search(query).await.unwrap();
    }
    let mut times: Vec<Duration> = Vec::with_capacity(SEARCHES);
    let mut by_search = vec![Duration::ZERO; searches.len()];
    for n in 0..SEARCHES {
        let query = &searches[n % searches.len()];
        let started = Instant::now();
        let results = directory.search(query).await.unwrap();
        let took = started.elapsed();
        times.push(took);
        by_search[n % searches.len()] = by_search[n % searches.len()].max(took);
        std::hint::black_box(results);
    }
    if std::env::var_os("BENCH_DETAIL").is_some() {
        for (query, slowest) in searches.iter().zip(&by_search) {
            eprintln!("{:>8.2} ms  {query:?}", slowest.as_secs_f64() * 1000.0);
        }
    }
    times.sort();
    let at = |fraction: f64| times[((times.len() as f64 * fraction) as usize).min(times.len() - 1)];
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
    println!(
        "| {size} | {feed_mb:.1} | {} | {} | {} | {} | {} | {} |",
        ms(read),
        ms(store),
        ms(build),
        ms(at(0.50)),
        ms(at(0.99)),
        ms(*times.last().unwrap())
    );
}
