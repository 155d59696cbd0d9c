//! The `heard` server: storage, accounts, sessions and access rules, and the web layer that puts the
//! Leptos app in front of them.

pub mod access;
pub mod accounts;
pub mod backup;
pub mod client_address;
pub mod config;
pub mod cross_site;
pub mod demo;
pub mod demo_markup;
pub mod known_device;
pub mod local_offer;
pub mod mail;
pub mod memory;
pub mod passkeys;
pub mod password_hashing;
pub mod people;
pub mod record;
pub mod reminders;
pub mod sign_in_limit;
pub mod sign_up_limit;
pub mod storage;
#[cfg(test)]
mod test_world;
pub mod web;

use config::{Cli, Command};

#[derive(Debug, thiserror::Error)]
pub enum HeardError {
    #[error(transparent)]
    Storage(#[from] storage::StorageError),
    #[error("could not listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Serve(#[source] std::io::Error),
    #[error(transparent)]
    Demo(#[from] demo::DemoError),
    #[error("nothing was imported: {0}")]
    Import(#[from] local_offer::import::ImportError),
    #[error("no backup was made: {0}")]
    Backup(#[from] backup::BackupError),
    #[error("{0}")]
    Setting(String),
    #[error(transparent)]
    Mail(#[from] mail::MailError),
    #[error("the reminders could not be worked out: {0}")]
    Reminders(#[source] sqlx::Error),
}

pub async fn run(cli: Cli) -> Result<(), HeardError> {
    if let Some(day) = cli.today {
        heard_app::clock::fix_today(day);
        tracing::warn!(today = %heard_app::record::dates::to_iso(day), "today is fixed: dates on every page follow it");
    }
    if cli.component_examples {
        web::routes::show_component_examples();
    }
    // A backup reads the database as it is: it must not create or migrate it under a running server.
    if let Some(Command::Backup { file, force }) = &cli.command {
        let report = backup::backup(&cli.database_url, file, *force).await?;
        print!("{report}");
        return Ok(());
    }
    // The test email needs no database.
    if let Some(Command::MailTest { to, locale }) = &cli.command {
        let mailer = mail::Mailer::new(&cli.mail_settings())?;
        print!("{}", mail::check::send_test(&mailer, to, *locale).await?);
        return Ok(());
    }
    let pool = storage::open_with(&cli.database_url, cli.database_settings()).await?;
    match cli.command.clone().unwrap_or(Command::Serve) {
        Command::Demo { markup_in_text } => {
            let report = if markup_in_text {
                demo::fill_with_markup(&pool).await?
            } else {
                demo::fill(&pool).await?
            };
            println!("{report}");
            Ok(())
        }
        Command::ImportOruk { source, feed } => {
            let report = local_offer::import_record::import_and_record(
                &pool,
                &feed,
                &source,
                cli.max_bytes,
                local_offer::import_record::RUN_BY_CLI,
            )
            .await?;
            print!("{report}");
            Ok(())
        }
        Command::SendReminders => {
            let mailer = std::sync::Arc::new(mail::Mailer::new(&cli.mail_settings())?);
            let origin = mail::link_origin(cli.public_url.as_deref(), cli.addr);
            let reminders = reminders::Reminders::new(
                pool,
                mailer,
                &origin,
                local_offer::schedule::instance_name(),
            );
            let pass = reminders
                .pass(heard_app::clock::today())
                .await
                .map_err(HeardError::Reminders)?;
            println!("{pass}");
            Ok(())
        }
        Command::Backup { .. } | Command::MailTest { .. } => {
            unreachable!("handled before the database is opened")
        }
        Command::Serve => {
            let schedule = cli.import_schedule().map_err(HeardError::Setting)?;
            // Checked before listening, so a mistake in the email settings stops Heard at once.
            let mut settings = web::Settings::from_cli(&cli)?;
            let listener = tokio::net::TcpListener::bind(cli.addr)
                .await
                .map_err(|source| HeardError::Listen {
                    addr: cli.addr,
                    source,
                })?;
            // The address bound, which differs from `--addr` when that asks for any free port (`:0`).
            let bound = listener.local_addr().unwrap_or(cli.addr);
            let metrics = match cli.metrics_addr {
                Some(addr) => {
                    let metrics = tokio::net::TcpListener::bind(addr)
                        .await
                        .map_err(|source| HeardError::Listen { addr, source })?;
                    let bound = metrics.local_addr().unwrap_or(addr);
                    tracing::info!("metrics are at http://{bound}/metrics");
                    Some(metrics)
                }
                None => None,
            };
            tracing::info!("{}", settings.mailer.describe());
            tracing::info!("Heard is at http://{bound}");
            // Links in emails lead to the address people reach the site at, else where Heard
            // listens (the port bound, when `--addr` asked for any).
            settings.addr = bound;
            let origin = mail::link_origin(cli.public_url.as_deref(), bound);
            tokio::spawn(
                reminders::Reminders::new(
                    pool.clone(),
                    settings.mailer.clone(),
                    &origin,
                    local_offer::schedule::instance_name(),
                )
                .run(cli.reminders_every),
            );
            if let Some(schedule) = schedule {
                let instance = local_offer::schedule::instance_name();
                tokio::spawn(local_offer::schedule::run(pool.clone(), schedule, instance));
            }
            web::serve_with_metrics(listener, metrics, settings, pool, shutdown_signal())
                .await
                .map_err(HeardError::Serve)
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
