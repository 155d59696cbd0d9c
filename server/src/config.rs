//! The `heard` command line. Every option can also be set with a `HEARD_*` environment variable,
//! and every option is accepted before or after the subcommand.

use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "heard",
    version,
    about = "Heard: a portal for families of children and young people with SEND.",
    long_about = "Heard: a portal for families of children and young people with special educational needs \
                  and disabilities (SEND) in England. With no subcommand, `heard` serves the portal."
)]
pub struct Cli {
    /// Where the data lives: sqlite://FILE (created if missing) or postgres://USER@HOST/DATABASE.
    /// Either is brought up to date on start.
    #[arg(
        long,
        env = "HEARD_DATABASE_URL",
        default_value = "sqlite://heard.db",
        global = true
    )]
    pub database_url: String,

    /// The most database connections this instance opens. On PostgreSQL, keep instances × this
    /// below the server's max_connections.
    #[arg(long, env = "HEARD_DATABASE_POOL_SIZE", default_value_t = 8,
          value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub database_pool_size: u32,

    /// Seconds one database statement may run before PostgreSQL stops it (on SQLite: the longest a
    /// write waits for another to finish).
    #[arg(long, env = "HEARD_STATEMENT_TIMEOUT", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..), global = true)]
    pub statement_timeout: u64,

    /// The address and port to listen on.
    #[arg(
        long,
        env = "HEARD_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub addr: SocketAddr,

    /// The folder with the built browser files (pkg/ and style/), made by scripts/build.
    #[arg(
        long,
        env = "HEARD_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// The address people use to reach the portal, e.g. https://heard.example.org. When it starts with
    /// https://, cookies are marked Secure. Form posts are accepted from this origin as well as the Host.
    #[arg(long, env = "HEARD_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// Fix the day the portal takes as today (YYYY-MM-DD), for tests and demonstrations whose review
    /// points and progress must look the same on any day. Leave unset in real use.
    #[arg(long, env = "HEARD_TODAY", global = true, value_parser = parse_day)]
    pub today: Option<heard_app::record::dates::Date>,

    /// Reverse proxies in front of Heard: IP addresses or ranges (10.0.0.0/8), comma-separated or the
    /// flag repeated. Only a connection from one of them has its client address read from
    /// X-Forwarded-For (for the sign-in and sign-up limits); from anyone else that header is ignored.
    #[arg(
        long,
        env = "HEARD_TRUSTED_PROXY",
        value_delimiter = ',',
        value_parser = crate::client_address::parse_range,
        global = true
    )]
    pub trusted_proxy: Vec<ipnet::IpNet>,

    /// How many accounts may be made from one client address in an hour.
    #[arg(
        long,
        env = "HEARD_SIGN_UPS_PER_HOUR",
        default_value_t = crate::sign_up_limit::DEFAULT_PER_HOUR,
        global = true
    )]
    pub sign_ups_per_hour: u32,

    /// The most connections served at once; more wait their turn. Lowered to fit the process's
    /// open-file limit (which is raised to its hard limit on start).
    #[arg(long, env = "HEARD_MAX_CONNECTIONS", default_value_t = crate::web::connections::DEFAULT_MAX_CONNECTIONS, global = true)]
    pub max_connections: usize,

    /// Seconds a client has to send a request's headers, from connecting or from its last request.
    #[arg(long, env = "HEARD_HEADER_TIMEOUT", default_value_t = crate::web::connections::DEFAULT_HEADER_TIMEOUT_SECS, global = true)]
    pub header_timeout: u64,

    /// Seconds a connection may sit with nothing sent either way before it is closed.
    #[arg(long, env = "HEARD_IDLE_TIMEOUT", default_value_t = crate::web::connections::DEFAULT_IDLE_TIMEOUT_SECS, global = true)]
    pub idle_timeout: u64,

    /// Seconds one request may take, its body included (a slow upload is cut off after this).
    #[arg(long, env = "HEARD_REQUEST_TIMEOUT", default_value_t = crate::web::connections::DEFAULT_REQUEST_TIMEOUT_SECS, global = true)]
    pub request_timeout: u64,

    /// Re-import a Local Offer feed on a schedule while serving: FEED=FILE_OR_URL, e.g.
    /// derby=https://council.example/api/services. Repeat the flag for several feeds (in
    /// HEARD_IMPORT, separate them with spaces). However many instances run, each run is made once.
    #[arg(
        long = "import",
        value_name = "FEED=FILE_OR_URL",
        env = "HEARD_IMPORT",
        value_delimiter = ' ',
        global = true
    )]
    pub imports: Vec<crate::local_offer::feeds::FeedSource>,

    /// How often the --import feeds are imported again: 30m, 6h, 24h, 7d (at least 1m).
    #[arg(long, env = "HEARD_IMPORT_EVERY", default_value = "24h",
          value_parser = crate::local_offer::feeds::parse_interval, global = true)]
    pub import_every: std::time::Duration,

    /// How often `heard serve` looks for reminders to email (review points, the law's dates,
    /// invitations, changes by advocates, access ending): 1m, 5m, 1h (at least 1m). It also looks
    /// once at start, catching up on whatever fell due while no instance ran.
    #[arg(long, env = "HEARD_REMINDERS_EVERY", default_value = "5m",
          value_parser = crate::local_offer::feeds::parse_interval, global = true)]
    pub reminders_every: std::time::Duration,

    /// The largest Local Offer feed to read, in bytes (all pages together), by import-oruk and
    /// --import.
    #[arg(long, env = "HEARD_IMPORT_MAX_BYTES",
          default_value_t = crate::local_offer::oruk::DEFAULT_MAX_BYTES, global = true)]
    pub max_bytes: usize,

    /// Serve Prometheus metrics at http://ADDR/metrics, an address apart from the portal's so that it
    /// is never public (e.g. 127.0.0.1:9184). Off unless given.
    #[arg(long, env = "HEARD_METRICS_ADDR", global = true)]
    pub metrics_addr: Option<SocketAddr>,

    /// The SMTP server Heard sends email through: smtps://USER:PASSWORD@HOST (TLS, port 465),
    /// smtp://USER:PASSWORD@HOST (STARTTLS required, port 587), or smtp://localhost:2525?tls=none
    /// for a relay on this machine. Without it, email is written to --mail-folder instead.
    #[arg(long, env = "HEARD_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The address Heard's email comes from, as heard@example.org or "Heard <heard@example.org>".
    /// Needed with --smtp-url.
    #[arg(long, env = "HEARD_MAIL_FROM", global = true)]
    pub mail_from: Option<String>,

    /// Where email is written, one file a message, when no --smtp-url is set.
    #[arg(
        long,
        env = "HEARD_MAIL_FOLDER",
        default_value = "mail-outbox",
        global = true
    )]
    pub mail_folder: PathBuf,

    /// How log lines are written: `text` for people reading them, `json` for one JSON object a line.
    #[arg(long, env = "HEARD_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// Serve the test-only page /component-examples (every example of the shared form components,
    /// for the browser tests' accessibility checks). Off in real use: the page is then a 404.
    #[arg(long, env = "HEARD_COMPONENT_EXAMPLES", hide = true, global = true,
          value_parser = clap::builder::BoolishValueParser::new())]
    pub component_examples: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Fill an empty database with a fictional family and a fictional Local Offer, to see a working
    /// portal at once.
    Demo {
        /// Put markup (closing tags, script, quotes) into every name and text, to check that every
        /// page shows it as plain text. For security tests on a throwaway database only.
        #[arg(long)]
        markup_in_text: bool,
    },
    /// Load Local Offer services from an Open Referral UK feed (v1 or v3 JSON): a file, or a URL whose
    /// pages are followed. Importing the same feed again (from any file or address) updates services
    /// by id and marks those it no longer carries as no longer listed; nothing families saved is lost.
    /// Each import is recorded in the table local_offer_imports.
    ImportOruk {
        /// A JSON file, or an http(s) address such as https://council.example/api/services.
        #[arg(value_name = "FILE_OR_URL")]
        source: String,
        /// Which feed this is, e.g. derby: the services it no longer carries are unlisted, and no
        /// other feed's. An installation with one feed can leave it out.
        #[arg(long, env = "HEARD_IMPORT_FEED", default_value = crate::local_offer::feeds::DEFAULT_FEED)]
        feed: crate::local_offer::feeds::FeedName,
    },
    /// Make a consistent copy of the database in FILE while the portal keeps running. The copy is
    /// checked with SQLite's integrity check before it takes FILE's name. README.md says how to
    /// restore one.
    Backup {
        /// Where to write the copy, e.g. /var/backups/heard/heard-2025-06-01.db.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Replace FILE if it exists (only once the new copy has passed its check).
        #[arg(long)]
        force: bool,
    },
    /// Email every reminder that is due today and not yet sent, once (as `heard serve` does every
    /// --reminders-every), and say how many went. Safe to run beside running servers: each reminder
    /// is claimed in the database before it is sent.
    SendReminders,
    /// Send one short email to check the email settings (--smtp-url, --mail-from), and say where it
    /// went: to the SMTP server, or into --mail-folder.
    MailTest {
        /// Who to send it to.
        #[arg(long, value_name = "ADDRESS")]
        to: String,
        /// The language to write it in, as a tag: en-GB, en-GB-easyread, pl, ur, ckb, pa, ro, ar.
        #[arg(long, default_value = "en-GB", value_parser = parse_locale)]
        locale: heard_app::locale::Locale,
    },
}

fn parse_locale(tag: &str) -> Result<heard_app::locale::Locale, String> {
    heard_app::locale::Locale::from_tag(tag).ok_or_else(|| {
        let tags: Vec<&str> = heard_app::locale::Locale::ALL
            .iter()
            .map(|l| l.tag())
            .collect();
        format!("not one of Heard's languages: {}", tags.join(", "))
    })
}

impl Cli {
    /// The email settings.
    pub fn mail_settings(&self) -> crate::mail::MailSettings {
        crate::mail::MailSettings {
            smtp_url: self.smtp_url.clone(),
            mail_from: self.mail_from.clone(),
            mail_folder: self.mail_folder.clone(),
        }
    }

    /// The feeds `heard serve` re-imports on a schedule, if any; a feed named twice is refused.
    pub fn import_schedule(
        &self,
    ) -> Result<Option<crate::local_offer::schedule::Schedule>, String> {
        if self.imports.is_empty() {
            return Ok(None);
        }
        let mut names: Vec<_> = self.imports.iter().map(|i| &i.feed).collect();
        names.sort();
        if let Some(twice) = names.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(format!("--import names the feed {} twice", twice[0]));
        }
        Ok(Some(crate::local_offer::schedule::Schedule {
            feeds: self.imports.clone(),
            every: self.import_every,
            max_bytes: self.max_bytes,
        }))
    }

    /// How the database is used, from the command line.
    pub fn database_settings(&self) -> crate::storage::DbSettings {
        crate::storage::DbSettings {
            pool_size: self.database_pool_size,
            statement_timeout: std::time::Duration::from_secs(self.statement_timeout),
        }
    }
}

fn parse_day(text: &str) -> Result<heard_app::record::dates::Date, String> {
    heard_app::record::dates::from_iso(text)
        .ok_or_else(|| format!("not a date as YYYY-MM-DD: {text}"))
}

impl Cli {
    /// Cookies carry `Secure` when the portal is reached over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }

    /// How many connections and for how long (see `web::connections`).
    pub fn connection_limits(&self) -> crate::web::ConnectionLimits {
        use std::time::Duration;
        crate::web::ConnectionLimits {
            max_connections: self.max_connections.max(1),
            header_timeout: Duration::from_secs(self.header_timeout.max(1)),
            idle_timeout: Duration::from_secs(self.idle_timeout.max(1)),
            request_timeout: Duration::from_secs(self.request_timeout.max(1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_go_before_or_after_the_subcommand_and_serve_is_the_default() {
        let before =
            Cli::try_parse_from(["heard", "--database-url", "sqlite://a.db", "demo"]).unwrap();
        assert_eq!(before.database_url, "sqlite://a.db");
        assert_eq!(
            before.command,
            Some(Command::Demo {
                markup_in_text: false
            })
        );
        let after = Cli::try_parse_from(["heard", "serve", "--addr", "127.0.0.1:4000"]).unwrap();
        assert_eq!(after.addr.port(), 4000);
        let import = Cli::try_parse_from(["heard", "import-oruk", "feed.json"]).unwrap();
        assert!(
            matches!(import.command, Some(Command::ImportOruk { source, feed }) if source == "feed.json" && feed.as_str() == "local")
        );
        let named =
            Cli::try_parse_from(["heard", "import-oruk", "--feed", "derby", "may.json"]).unwrap();
        assert!(
            matches!(named.command, Some(Command::ImportOruk { feed, .. }) if feed.as_str() == "derby")
        );
        assert!(
            Cli::try_parse_from(["heard", "import-oruk", "--feed", "Derby City", "f"]).is_err()
        );
        let small =
            Cli::try_parse_from(["heard", "import-oruk", "f.json", "--max-bytes", "100"]).unwrap();
        assert_eq!(small.max_bytes, 100);
        let backup = Cli::try_parse_from(["heard", "backup", "copy.db", "--force"]).unwrap();
        assert_eq!(
            backup.command,
            Some(Command::Backup {
                file: "copy.db".into(),
                force: true
            })
        );
        let bare = Cli::try_parse_from(["heard"]).unwrap();
        assert_eq!(bare.command, None);
        assert!(!bare.secure_cookies());
        let https =
            Cli::try_parse_from(["heard", "--public-url", "https://heard.example.org"]).unwrap();
        assert!(https.secure_cookies());
        assert!(bare.trusted_proxy.is_empty());
        assert_eq!(bare.sign_ups_per_hour, 20);
        assert!(
            !bare.component_examples,
            "the test-only page is off unless asked for"
        );
        let examples = Cli::try_parse_from(["heard", "serve", "--component-examples"]).unwrap();
        assert!(examples.component_examples);
    }

    #[test]
    fn serve_re_imports_named_feeds_every_so_often() {
        use std::time::Duration;
        let bare = Cli::try_parse_from(["heard", "serve"]).unwrap();
        assert_eq!(bare.import_schedule().unwrap().map(|s| s.feeds), None);
        let two = Cli::try_parse_from([
            "heard",
            "serve",
            "--import",
            "derby=https://derby.example/api/services?key=a=b",
            "--import",
            "derbyshire=/srv/feeds/derbyshire.json",
            "--import-every",
            "6h",
        ])
        .unwrap();
        let schedule = two.import_schedule().unwrap().unwrap();
        assert_eq!(schedule.every, Duration::from_secs(6 * 3600));
        let feeds: Vec<(&str, &str)> = schedule
            .feeds
            .iter()
            .map(|f| (f.feed.as_str(), f.source.as_str()))
            .collect();
        assert_eq!(
            feeds,
            [
                ("derby", "https://derby.example/api/services?key=a=b"),
                ("derbyshire", "/srv/feeds/derbyshire.json")
            ]
        );
        let daily = Cli::try_parse_from(["heard", "--import", "local=feed.json"]).unwrap();
        assert_eq!(daily.import_every, Duration::from_secs(86400));
        let twice =
            Cli::try_parse_from(["heard", "--import", "a=x.json", "--import", "a=y.json"]).unwrap();
        assert!(twice.import_schedule().is_err());
        assert!(Cli::try_parse_from(["heard", "--import", "feed.json"]).is_err());
        assert!(Cli::try_parse_from(["heard", "--import-every", "10s"]).is_err());
    }

    #[test]
    fn email_goes_to_a_folder_unless_an_smtp_server_is_set() {
        let bare = Cli::try_parse_from(["heard"]).unwrap();
        assert_eq!(bare.smtp_url, None);
        assert_eq!(bare.mail_folder, PathBuf::from("mail-outbox"));
        let test = Cli::try_parse_from([
            "heard",
            "mail-test",
            "--to",
            "a@example.org",
            "--locale",
            "ur",
            "--smtp-url",
            "smtps://u:p@mail.example.org",
            "--mail-from",
            "heard@example.org",
        ])
        .unwrap();
        assert_eq!(
            test.command,
            Some(Command::MailTest {
                to: "a@example.org".into(),
                locale: heard_app::locale::Locale::Urdu
            })
        );
        assert_eq!(test.mail_from.as_deref(), Some("heard@example.org"));
        assert!(Cli::try_parse_from([
            "heard",
            "mail-test",
            "--to",
            "a@example.org",
            "--locale",
            "xx"
        ])
        .is_err());
    }

    #[test]
    fn metrics_are_off_and_logs_are_text_unless_asked_for() {
        let bare = Cli::try_parse_from(["heard"]).unwrap();
        assert_eq!(bare.metrics_addr, None);
        assert_eq!(bare.log_format, LogFormat::Text);
        let set = Cli::try_parse_from([
            "heard",
            "serve",
            "--metrics-addr",
            "127.0.0.1:9184",
            "--log-format",
            "json",
        ])
        .unwrap();
        assert_eq!(set.metrics_addr, Some("127.0.0.1:9184".parse().unwrap()));
        assert_eq!(set.log_format, LogFormat::Json);
        assert!(Cli::try_parse_from(["heard", "--log-format", "xml"]).is_err());
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges_given_once_or_many_times() {
        let listed =
            Cli::try_parse_from(["heard", "--trusted-proxy", "10.0.0.1, 192.168.0.0/16,::1"])
                .unwrap();
        let repeated = Cli::try_parse_from([
            "heard",
            "serve",
            "--trusted-proxy",
            "10.0.0.1",
            "--trusted-proxy",
            "192.168.0.0/16",
            "--trusted-proxy",
            "::1",
        ])
        .unwrap();
        assert_eq!(listed.trusted_proxy, repeated.trusted_proxy);
        let shown: Vec<String> = listed.trusted_proxy.iter().map(|r| r.to_string()).collect();
        assert_eq!(shown, ["10.0.0.1/32", "192.168.0.0/16", "::1/128"]);
        assert!(Cli::try_parse_from(["heard", "--trusted-proxy", "proxy.example.org"]).is_err());
    }

    #[test]
    fn connection_limits_have_defaults_and_can_be_set() {
        use std::time::Duration;
        let bare = Cli::try_parse_from(["heard"]).unwrap();
        assert_eq!(
            bare.connection_limits(),
            crate::web::ConnectionLimits::default()
        );
        let set = Cli::try_parse_from([
            "heard",
            "serve",
            "--max-connections",
            "8",
            "--header-timeout",
            "2",
            "--idle-timeout",
            "3",
            "--request-timeout",
            "4",
        ])
        .unwrap();
        let limits = set.connection_limits();
        assert_eq!(limits.max_connections, 8);
        assert_eq!(limits.header_timeout, Duration::from_secs(2));
        assert_eq!(limits.idle_timeout, Duration::from_secs(3));
        assert_eq!(limits.request_timeout, Duration::from_secs(4));
    }
}
