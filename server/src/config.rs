//! The `heard` command line. Every option can also be set with a `HEARD_*` environment variable,
//! and every option is accepted before or after the subcommand.

use clap::{Parser, Subcommand};
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
    /// Where the data lives. A SQLite file is created and brought up to date on start.
    #[arg(
        long,
        env = "HEARD_DATABASE_URL",
        default_value = "sqlite://heard.db",
        global = true
    )]
    pub database_url: String,

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

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Fill an empty database with a fictional family, to see a working portal at once.
    Demo,
}

impl Cli {
    /// Cookies carry `Secure` when the portal is reached over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
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
        assert_eq!(before.command, Some(Command::Demo));
        let after = Cli::try_parse_from(["heard", "serve", "--addr", "127.0.0.1:4000"]).unwrap();
        assert_eq!(after.addr.port(), 4000);
        let bare = Cli::try_parse_from(["heard"]).unwrap();
        assert_eq!(bare.command, None);
        assert!(!bare.secure_cookies());
        let https =
            Cli::try_parse_from(["heard", "--public-url", "https://heard.example.org"]).unwrap();
        assert!(https.secure_cookies());
    }
}
