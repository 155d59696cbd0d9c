use clap::Parser;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("HEARD_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .init();
    match heard_server::run(heard_server::config::Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("heard: {error}");
            ExitCode::FAILURE
        }
    }
}
