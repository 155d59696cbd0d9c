//! Reading a feed from a file or a URL, within a size limit, following an API's pages.

use super::stream::{read_document, Paging, Sink};
use super::{whole_document, Checker, Feed, FeedError};
use std::time::Duration;

/// How long one request may take, connecting to the last byte.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The most pages Heard follows; an API saying it has more is refused rather than half read.
pub const MAX_PAGES: u64 = 10_000;

pub async fn read_source(source: &str, max_bytes: usize) -> Result<Feed, FeedError> {
    let lower = source.trim().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        read_url(source.trim(), max_bytes).await
    } else {
        let path = source.to_string();
        tokio::task::spawn_blocking(move || read_file(&path, max_bytes))
            .await
            .map_err(|e| FeedError::Unreadable {
                place: source.to_string(),
                reason: format!("reading stopped: {e}"),
            })?
    }
}

fn read_file(path: &str, max_bytes: usize) -> Result<Feed, FeedError> {
    let unreadable = |e: std::io::Error| FeedError::Unreadable {
        place: path.to_string(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "Heard is not allowed to read it".to_string(),
            _ => e.to_string(),
        },
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(FeedError::Unreadable {
            place: path.to_string(),
            reason: "it is a folder, not a file".into(),
        });
    }
    if metadata.len() > max_bytes as u64 {
        return Err(FeedError::TooLarge { limit: max_bytes });
    }
    // Read as it streams in, never whole; the limit holds even if the file grew since its size was
    // checked.
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut checker = Checker::default();
    let paging = read_document(file, max_bytes, &mut checker).map_err(|e| match e {
        FeedError::Unreadable { reason, .. } => FeedError::Unreadable {
            place: path.to_string(),
            reason,
        },
        other => other,
    })?;
    whole_document(paging)?;
    Ok(checker.finish(1))
}

async fn read_url(source: &str, max_bytes: usize) -> Result<Feed, FeedError> {
    let first_url = reqwest::Url::parse(source).map_err(|e| FeedError::Unreadable {
        place: source.to_string(),
        reason: format!("it is not a web address Heard can read ({e})"),
    })?;
    let client = reqwest::Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .user_agent(concat!(
            "Heard/",
            env!("CARGO_PKG_VERSION"),
            " (Local Offer import)"
        ))
        .build()
        .map_err(|e| FeedError::Unreadable {
            place: source.to_string(),
            reason: describe(&e),
        })?;
    let mut total_bytes = 0;
    // Each page is fetched whole (its bytes counted against `max_bytes`), then read a service at a
    // time: only the services read so far, and one page's bytes, are held at once.
    let first = get(&client, &first_url, max_bytes, &mut total_bytes).await?;
    let mut checker = Checker::default();
    let Some(paging) = read_page(&first, 1, &mut checker)? else {
        return Ok(checker.finish(1));
    };
    if paging.total_pages > MAX_PAGES {
        return Err(FeedError::Unreadable {
            place: source.to_string(),
            reason: format!(
                "it says it has {} pages; Heard reads at most {MAX_PAGES}",
                paging.total_pages
            ),
        });
    }
    let mut pages_read = 1;
    let mut fetch = async |number: u64, sink: &mut dyn Sink| -> Result<(), FeedError> {
        let url = with_page(&first_url, number);
        let body = get(&client, &url, max_bytes, &mut total_bytes).await?;
        if read_page(&body, number, sink)?.is_none() {
            return Err(FeedError::WrongShape(format!(
                "page {number} ({url}) is not an API page like the first"
            )));
        }
        Ok(())
    };
    // Pages count from 1 in Open Referral UK. A page saying it is number 0 comes from an API that
    // counts from 0 (`?page=1` is the second page) or one that is asked from 1 but answers from 0
    // (`?page=1` is the first page again, as Spring's one-indexed paging does): `?page=1` tells which.
    let (next, last) = if paging.page_number == 0 && paging.total_pages > 1 {
        let (mut zero, mut one) = (Vec::new(), Vec::new());
        read_page(&first, 1, &mut zero)?;
        fetch(1, &mut one).await?;
        if one == zero {
            (2, paging.total_pages)
        } else {
            one.into_iter().for_each(|item| checker.take(item, false));
            pages_read += 1;
            (2, paging.total_pages - 1)
        }
    } else {
        // Given a later page (`?page=3`), the pages before it are read too, and come first: the
        // services are read again, after them.
        if paging.page_number > 1 && paging.page_number <= paging.total_pages {
            checker = Checker::default();
            for number in 1..paging.page_number {
                fetch(number, &mut checker).await?;
                pages_read += 1;
            }
            read_page(&first, 1, &mut checker)?;
        }
        (paging.page_number + 1, paging.total_pages)
    };
    drop(first);
    for number in next..=last {
        fetch(number, &mut checker).await?;
        pages_read += 1;
    }
    Ok(checker.finish(pages_read))
}

/// Reads one page's services into `sink`, saying which page could not be read after the first.
fn read_page(body: &[u8], number: u64, sink: &mut dyn Sink) -> Result<Option<Paging>, FeedError> {
    read_document(body, usize::MAX, sink).map_err(|e| on_page(e, number))
}

/// Says which page could not be read, after the first.
fn on_page(error: FeedError, number: u64) -> FeedError {
    if number == 1 {
        return error;
    }
    match error {
        FeedError::NotJson(e) => FeedError::NotJson(format!("page {number}: {e}")),
        FeedError::WrongShape(e) => FeedError::WrongShape(format!("page {number}: {e}")),
        other => other,
    }
}

/// The same address with `page` set to `number` (other query parameters kept).
pub fn with_page(url: &reqwest::Url, number: u64) -> reqwest::Url {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key != "page")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut url = url.clone();
    url.query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair("page", &number.to_string());
    url
}

/// One GET, its body added to the running total, which may not pass `max_bytes`.
async fn get(
    client: &reqwest::Client,
    url: &reqwest::Url,
    max_bytes: usize,
    total_bytes: &mut usize,
) -> Result<Vec<u8>, FeedError> {
    let unreadable = |reason: String| FeedError::Unreadable {
        place: url.to_string(),
        reason,
    };
    let mut response = client
        .get(url.clone())
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| unreadable(describe(&e)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(unreadable(format!("the server answered {status}")));
    }
    if let Some(length) = response.content_length() {
        if (*total_bytes as u64).saturating_add(length) > max_bytes as u64 {
            return Err(FeedError::TooLarge { limit: max_bytes });
        }
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| unreadable(describe(&e)))?
    {
        *total_bytes += chunk.len();
        if *total_bytes > max_bytes {
            return Err(FeedError::TooLarge { limit: max_bytes });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A request error in words, with its causes ("error sending request" alone says little).
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        return format!(
            "it did not answer within {} seconds",
            REQUEST_TIMEOUT.as_secs()
        );
    }
    let mut words = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let cause_words = cause.to_string();
        if !words.contains(&cause_words) {
            words.push_str(": ");
            words.push_str(&cause_words);
        }
        source = cause.source();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_parameter_is_set_and_others_kept() {
        let url = reqwest::Url::parse("https://example.org/services?per_page=50&page=1").unwrap();
        assert_eq!(
            with_page(&url, 3).as_str(),
            "https://example.org/services?per_page=50&page=3"
        );
        let bare = reqwest::Url::parse("https://example.org/services").unwrap();
        assert_eq!(
            with_page(&bare, 2).as_str(),
            "https://example.org/services?page=2"
        );
    }
}
