//! Pages anyone may see (home, the Local Offer, help), kept as sent to visitors who are not signed
//! in: rendered, compressed and with their headers, so the next visitor asking for the same page the
//! same way gets the same bytes without rendering or compressing again.
//!
//! What may be kept, and why it is safe:
//! - Only requests without a session cookie, so nobody signed in is ever answered from here and
//!   nothing kept was rendered for someone signed in; and only answers that set no cookie.
//! - Only the pages in `anyone_may_see`: none of them reads an account, a record, a secret link or
//!   anything a form left in a session. Pages that act on a visit (confirming an email) or show a
//!   secret's state (a reset link) are rendered every time.
//! - The key holds everything that shapes such a page: the address with its query, the host (which
//!   links are made from when no public URL is set), the language and reading options (cookie, else
//!   `Accept-Language`), the encoding, today's date, and the Local Offer's import generation, which
//!   every import changes (asked of the database at most once a second, in the background, as kept
//!   pages are sent; a new index, and so new pages, follow).
//! - The script nonce in a kept page and its policy is the one it was rendered with, shared by
//!   everyone sent that page. A nonce guards against markup slipped into the page; here, anything
//!   that changes a kept page's content changes its key (a new query, a new import), and so
//!   renders a new page with a new nonce. Nobody can learn a nonce before the content it must
//!   appear in exists.

use super::{scope, SESSION_COOKIE};
use crate::local_offer::LocalOfferStore;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use heard_app::locale::Locale;
use heard_app::paths;
use http_body_util::BodyExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// How many bytes of pages are kept at most (bodies and headers). A page is 3 to 10 KB compressed,
/// so this holds the pages of thousands of searches; the least recently sent go first.
pub const KEPT_BYTES: usize = 8 * 1024 * 1024;

/// The pages kept, shared by every request of one server.
#[derive(Clone)]
pub struct PageCache {
    kept: Arc<Mutex<KeptPages>>,
    counted: Arc<Counted>,
    /// Whose import generation is part of every key.
    directory: LocalOfferStore,
}

/// For `/metrics`: how often a kept page was sent, and how many were kept.
#[derive(Default)]
struct Counted {
    sent: AtomicU64,
    kept: AtomicU64,
}

/// What `/metrics` says of the kept pages.
#[derive(Debug, Clone, Copy)]
pub struct KeptPagesNow {
    /// Pages held now, and their bytes (bodies, headers and keys).
    pub pages: usize,
    pub bytes: usize,
    /// Since the server started: answers sent from a kept page, and pages kept.
    pub sent: u64,
    pub kept: u64,
}

/// The pages themselves, least recently sent first out.
struct KeptPages {
    pages: lru::LruCache<PageKey, Arc<KeptPage>>,
    bytes: usize,
    most_bytes: usize,
}

impl KeptPages {
    fn new(most_bytes: usize) -> Self {
        KeptPages {
            pages: lru::LruCache::unbounded(),
            bytes: 0,
            most_bytes,
        }
    }

    fn find(&mut self, key: &PageKey) -> Option<Arc<KeptPage>> {
        self.pages.get(key).cloned()
    }

    /// Keeps `page`, counting its key too: an address can be as long as a page.
    fn keep(&mut self, key: PageKey, page: KeptPage) {
        let key_bytes = key.bytes();
        let bytes = key_bytes + page.bytes();
        // One huge page must not push out hundreds of ordinary ones.
        if bytes > self.most_bytes / 8 {
            return;
        }
        if let Some(replaced) = self.pages.put(key, Arc::new(page)) {
            self.bytes -= key_bytes + replaced.bytes();
        }
        self.bytes += bytes;
        while self.bytes > self.most_bytes {
            match self.pages.pop_lru() {
                Some((key, dropped)) => self.bytes -= key.bytes() + dropped.bytes(),
                None => break,
            }
        }
    }
}

/// Everything a public page's bytes depend on; see the module's comment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PageKey {
    path_and_query: String,
    host: String,
    locale: Locale,
    reading: String,
    encoding: Encoding,
    day: time::Date,
    generation: i64,
}

impl PageKey {
    /// What the key's own text takes.
    fn bytes(&self) -> usize {
        self.path_and_query.len() + self.host.len() + self.reading.len()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// What the browser takes, in the order the compression layer prefers them.
    fn accepted(headers: &HeaderMap) -> Encoding {
        let mut accepted = (false, false);
        let offers = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','));
        for offer in offers {
            let mut parts = offer.split(';');
            let name = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
            let weight = parts
                .find_map(|part| part.trim().strip_prefix("q="))
                .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            if weight > 0.0 {
                match name.as_str() {
                    "br" | "*" => accepted.0 = true,
                    "gzip" => accepted.1 = true,
                    _ => {}
                }
            }
        }
        match accepted {
            (true, _) => Encoding::Brotli,
            (false, true) => Encoding::Gzip,
            (false, false) => Encoding::Identity,
        }
    }

    /// Asked of the layers below, so the page they make is in exactly this encoding.
    fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
            Encoding::Identity => "identity",
        })
    }
}

/// A page as it was sent.
struct KeptPage {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl KeptPage {
    fn bytes(&self) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum();
        self.body.len() + headers
    }

    fn response(&self) -> Response {
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        response
    }
}

/// The pages that read nothing of who is asking: the same for every visitor who is not signed in.
fn anyone_may_see(path: &str) -> bool {
    let service = path
        .strip_prefix(paths::LOCAL_OFFER)
        .and_then(|rest| rest.strip_prefix("/services/"))
        .is_some_and(|id| !id.is_empty() && !id.contains('/'));
    let help_topic = path
        .strip_prefix(paths::HELP)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|topic| !topic.is_empty() && !topic.contains('/'));
    service
        || help_topic
        || [
            paths::HOME,
            paths::LOCAL_OFFER,
            paths::HELP,
            paths::PRIVACY,
            paths::LANGUAGE,
            paths::READING_OPTIONS,
            paths::OFFLINE,
        ]
        .contains(&path)
}

impl PageCache {
    pub(super) fn new(directory: LocalOfferStore, most_bytes: usize) -> Self {
        PageCache {
            kept: Arc::new(Mutex::new(KeptPages::new(most_bytes))),
            counted: Arc::default(),
            directory,
        }
    }

    pub fn now(&self) -> KeptPagesNow {
        let (pages, bytes) = {
            let kept = self.kept();
            (kept.pages.len(), kept.bytes)
        };
        KeptPagesNow {
            pages,
            bytes,
            sent: self.counted.sent.load(Ordering::Relaxed),
            kept: self.counted.kept.load(Ordering::Relaxed),
        }
    }

    /// The key this request's page is kept under, or `None` when it must be rendered for this
    /// request alone.
    fn key_for(&self, request: &Request) -> Option<PageKey> {
        let headers = request.headers();
        if request.method() != Method::GET
            || scope::cookie_value(headers, SESSION_COOKIE).is_some()
            || !anyone_may_see(request.uri().path())
        {
            return None;
        }
        // A kept page is sent without searching, so this is where an import made elsewhere is
        // noticed. Before the first index is built a search waits for it: nothing is kept until then.
        self.directory.look_for_imports();
        let generation = self.directory.index_status()?.generation;
        Some(PageKey {
            path_and_query: request.uri().path_and_query()?.as_str().to_string(),
            host: headers
                .get(header::HOST)
                .and_then(|host| host.to_str().ok())
                .unwrap_or_default()
                .to_string(),
            locale: scope::wanted_locale(headers, None),
            reading: scope::wanted_reading(headers, None).encode(),
            encoding: Encoding::accepted(headers),
            day: heard_app::clock::today(),
            generation,
        })
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, KeptPages> {
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Answers a public page for a visitor who is not signed in from the pages kept, or renders it,
/// sends it and keeps it when it is whole, successful and sets no cookie.
pub(super) async fn answer_from_kept_pages(
    State(cache): State<PageCache>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(key) = cache.key_for(&request) else {
        return next.run(request).await;
    };
    let found = cache.kept().find(&key);
    if let Some(page) = found {
        cache.counted.sent.fetch_add(1, Ordering::Relaxed);
        return page.response();
    }
    request
        .headers_mut()
        .insert(header::ACCEPT_ENCODING, key.encoding.header());
    let response = next.run(request).await;
    let keepable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"));
    if !keepable {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) => {
            tracing::error!(%error, "a page failed while it was being sent");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    // The body is sent whole from now on: its length is the body's, not a stream's.
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::TRANSFER_ENCODING);
    cache.counted.kept.fetch_add(1, Ordering::Relaxed);
    cache.kept().keep(
        key,
        KeptPage {
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
        },
    );
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| {
                (
                    header::HeaderName::from_static(name),
                    HeaderValue::from_static(value),
                )
            })
            .collect()
    }

    #[test]
    fn the_encoding_is_the_one_the_compression_layer_would_choose() {
        let accepted = |value| Encoding::accepted(&headers(&[("accept-encoding", value)]));
        assert_eq!(accepted("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(accepted("gzip"), Encoding::Gzip);
        assert_eq!(accepted("br;q=0, gzip;q=0.5"), Encoding::Gzip);
        assert_eq!(accepted("identity"), Encoding::Identity);
        assert_eq!(accepted("BR"), Encoding::Brotli);
        assert_eq!(accepted("*"), Encoding::Brotli);
        assert_eq!(Encoding::accepted(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn only_pages_that_read_nothing_of_who_asks_may_be_kept() {
        for path in [
            "/",
            "/local-offer",
            "/local-offer/services/abc",
            "/help",
            "/help/words",
            "/help/ehcp",
            "/privacy",
            "/language",
            "/reading-options",
            "/offline",
        ] {
            assert!(anyone_may_see(path), "{path}");
        }
        for path in [
            "/sign-in",
            "/account/new",
            "/forgot-password",
            "/reset-password/secret",
            "/confirm-email/secret",
            "/pack/secret",
            "/invitations/secret",
            "/local-offer/services/abc/save",
            "/local-offer/services/",
            "/children/1",
            "/family",
            "/start",
            "/help/",
            "/help/a/b",
            "/nope",
        ] {
            assert!(!anyone_may_see(path), "{path}");
        }
    }

    #[test]
    fn the_least_recently_sent_pages_go_when_the_bytes_are_spent() {
        let page = |size: usize| KeptPage {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(vec![b'x'; size]),
        };
        // Each key below takes 14 bytes ("/" and "heard.example"), so a 986-byte page is 1,000.
        let mut cache = KeptPages::new(8_000);
        let key = |n: i64| PageKey {
            path_and_query: "/".into(),
            host: "heard.example".into(),
            locale: Locale::default(),
            reading: String::new(),
            encoding: Encoding::Brotli,
            day: time::Date::from_calendar_date(2026, time::Month::December, 6).unwrap(),
            generation: n,
        };
        for n in 0..8 {
            cache.keep(key(n), page(986));
        }
        assert_eq!((cache.pages.len(), cache.bytes), (8, 8_000));
        assert!(cache.find(&key(0)).is_some(), "the first page, sent again");
        cache.keep(key(8), page(986));
        assert_eq!((cache.pages.len(), cache.bytes), (8, 8_000));
        assert!(cache.find(&key(0)).is_some(), "sent recently, so kept");
        assert!(
            cache.find(&key(1)).is_none(),
            "the least recently sent went"
        );
        // A page bigger than an eighth of the whole is never kept.
        cache.keep(key(9), page(987));
        assert!(cache.find(&key(9)).is_none());
        // The same key again replaces, without counting twice.
        cache.keep(key(8), page(486));
        assert_eq!((cache.pages.len(), cache.bytes), (8, 7_500));
    }
}
