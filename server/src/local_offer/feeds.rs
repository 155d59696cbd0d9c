//! A feed is a named thing: "derby" is Derby's Local Offer whatever file or address this month's
//! export comes from. Services belong to a feed by its name, so importing the feed again unlists
//! what it no longer carries, and two councils' feeds never unlist each other's services.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The feed an installation with one feed uses when none is named.
pub const DEFAULT_FEED: &str = "local";

/// A feed's name: 1 to 64 lowercase letters, digits, `-` or `_`, starting with a letter or digit.
/// Kept this plain because operators type it, logs and the imports table show it, and it is a key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeedName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not a feed name: use 1 to 64 lowercase letters, digits, - or _ (like derby or derbyshire-county)"
)]
pub struct BadFeedName(String);

impl FeedName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for FeedName {
    fn default() -> Self {
        FeedName(DEFAULT_FEED.to_string())
    }
}

impl FromStr for FeedName {
    type Err = BadFeedName;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
        let good = (1..=64).contains(&text.len())
            && text.starts_with(plain)
            && text.chars().all(|c| plain(c) || c == '-' || c == '_');
        if good {
            Ok(FeedName(text.to_string()))
        } else {
            Err(BadFeedName(text.to_string()))
        }
    }
}

impl fmt::Display for FeedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One `--import FEED=FILE_OR_URL`: a feed and where to read it from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedSource {
    pub feed: FeedName,
    pub source: String,
}

impl FromStr for FeedSource {
    type Err = String;

    /// `derby=https://…`. The name is required (a URL's own `=` signs come after it), so a mistyped
    /// name is refused rather than read as part of an address.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let Some((name, source)) = text.split_once('=') else {
            return Err(format!(
                "{text:?} names no feed: write FEED=FILE_OR_URL, e.g. {DEFAULT_FEED}={text}"
            ));
        };
        let feed = name
            .trim()
            .parse()
            .map_err(|e: BadFeedName| e.to_string())?;
        let source = source.trim();
        if source.is_empty() {
            return Err(format!("--import {name}= says no file or address to read"));
        }
        Ok(FeedSource {
            feed,
            source: source.to_string(),
        })
    }
}

/// The shortest `--import-every`: a shorter one would ask a council's server for its whole feed
/// more often than any feed changes.
pub const SHORTEST_INTERVAL: Duration = Duration::from_secs(60);

/// Reads an interval as `30m`, `6h`, `24h` or `7d` (a whole number and a unit), at least a minute.
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let problem = || format!("{text:?} is not an interval like 30m, 6h, 24h or 7d");
    let unit_at = text
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(problem)?;
    let (number, unit) = text.split_at(unit_at);
    let number: u64 = number.parse().map_err(|_| problem())?;
    let seconds_per = match unit {
        "m" | "min" => 60,
        "h" => 60 * 60,
        "d" => 24 * 60 * 60,
        _ => return Err(problem()),
    };
    let interval = number
        .checked_mul(seconds_per)
        .map(Duration::from_secs)
        .ok_or_else(problem)?;
    if interval < SHORTEST_INTERVAL {
        return Err(format!(
            "{text:?} is too often: re-import at most once a minute"
        ));
    }
    Ok(interval)
}

/// A file path, or a URL with any user name and password left out, as shown in logs, reports and
/// the imports table (an operator's feed address may carry credentials).
pub fn shown_source(source: &str) -> String {
    match url::Url::parse(source.trim()) {
        Ok(mut url)
            if matches!(url.scheme(), "http" | "https")
                && (!url.username().is_empty() || url.password().is_some()) =>
        {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.to_string()
        }
        _ => source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_names_are_plain_words() {
        for good in ["derby", "derbyshire-county", "la_123", "7"] {
            assert_eq!(good.parse::<FeedName>().unwrap().as_str(), good);
        }
        let too_long = "a".repeat(65);
        for bad in [
            "",
            "Derby",
            "-derby",
            "derby city",
            "derby/city",
            "tests/feed.json",
            "https://x",
            &too_long,
        ] {
            assert!(bad.parse::<FeedName>().is_err(), "{bad:?} accepted");
        }
        assert_eq!(FeedName::default().as_str(), "local");
    }

    #[test]
    fn an_import_names_its_feed_before_the_first_equals_sign() {
        let derby: FeedSource = "derby=https://council.example/api/services?key=a=b"
            .parse()
            .unwrap();
        assert_eq!(derby.feed.as_str(), "derby");
        assert_eq!(derby.source, "https://council.example/api/services?key=a=b");
        assert!("https://council.example/api?key=a"
            .parse::<FeedSource>()
            .is_err());
        assert!("feed.json".parse::<FeedSource>().is_err());
        assert!("derby=".parse::<FeedSource>().is_err());
    }

    #[test]
    fn intervals_are_minutes_hours_or_days() {
        assert_eq!(parse_interval("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_interval("6h"), Ok(Duration::from_secs(6 * 3600)));
        assert_eq!(parse_interval("24h"), Ok(Duration::from_secs(86400)));
        assert_eq!(parse_interval("1d"), Ok(Duration::from_secs(86400)));
        assert_eq!(parse_interval("1m"), Ok(Duration::from_secs(60)));
        for bad in [
            "",
            "24",
            "h",
            "30s",
            "0m",
            "1.5h",
            "-1h",
            "24 hours",
            "99999999999999999d",
        ] {
            assert!(parse_interval(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn a_feed_address_is_shown_without_its_password() {
        assert_eq!(
            shown_source("https://heard:s3cret@council.example/api?page=1"),
            "https://council.example/api?page=1"
        );
        assert_eq!(
            shown_source("https://council.example/api"),
            "https://council.example/api"
        );
        assert_eq!(
            shown_source("/srv/feeds/derby.json"),
            "/srv/feeds/derby.json"
        );
    }
}
