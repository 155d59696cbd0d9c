use clap::Parser;
use heard_server::config::{Cli, LogFormat};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("HEARD_LOG").unwrap_or_else(|_| "info".into());
    match cli.log_format {
        LogFormat::Text => tracing_subscriber::fmt().with_env_filter(filter).init(),
        // One object a line with the event's own fields at the top level, as log collectors read
        // them; no span fields, so a JSON line says exactly what the text line says.
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .with_env_filter(filter)
            .init(),
    }
    let log_format = cli.log_format;
    match heard_server::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Kept to JSON lines when they are asked for, so a log collector reads this one too.
            match log_format {
                LogFormat::Text => eprintln!("heard: {error}"),
                LogFormat::Json => tracing::error!(%error, "heard stopped"),
            }
            ExitCode::FAILURE
        }
    }
}
