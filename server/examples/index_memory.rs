//! How much memory the Local Offer search index holds a service. A measuring tool, not part of Heard.
//!
//!   cargo run -p heard-server --example index_memory -- 10000
//!
//! Builds the index for that many synthetic services (`synthetic::feed`) and prints the heap it
//! holds (counted by this program's allocator) and the growth of the resident set, each in total
//! and per service. The services read from the feed are freed before the count is taken, as they
//! are in a server (it reads them from the database, builds, and drops them).

use heard_server::local_offer::search::ServiceIndex;
use heard_server::local_offer::words::Lexicon;
use heard_server::local_offer::{oruk, synthetic};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The system allocator, counting the bytes held.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        HELD.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        HELD.fetch_add(new_size, Ordering::Relaxed);
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The resident set, from /proc/self/statm, once the C library has given back what it can (freed
/// memory it keeps for reuse would otherwise count).
fn resident_bytes() -> usize {
    // SAFETY: glibc's malloc_trim only releases free memory.
    unsafe { libc::malloc_trim(0) };
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("a number of services"))
        .unwrap_or(10_000);
    let lexicon = Arc::new(Lexicon::load());
    let (heap_before, resident_before) = (HELD.load(Ordering::Relaxed), resident_bytes());
    let mut feed = Vec::new();
    synthetic::write_feed(&mut feed, count, 42, 0).expect("the feed is written");
    let services: Vec<_> = oruk::read_json(&feed)
        .expect("the synthetic feed reads")
        .services
        .into_iter()
        .map(|read| read.service)
        .collect();
    drop(feed);
    let resident_with_services = resident_bytes();
    let index = ServiceIndex::build(services, lexicon).expect("the index builds");
    let (heap_after, resident_after) = (HELD.load(Ordering::Relaxed), resident_bytes());
    let heap = heap_after as f64 - heap_before as f64;
    let resident = resident_after as f64 - resident_before as f64;
    println!(
        "{} services: heap {:+.1} MB ({:+.0} bytes a service), resident set {:+.1} MB ({:+.0} bytes a service; {:+.1} MB while the services were held)",
        index.len(),
        heap / 1e6,
        heap / count as f64,
        resident / 1e6,
        resident / count as f64,
        (resident_with_services as f64 - resident_before as f64) / 1e6,
    );
}
