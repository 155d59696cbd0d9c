//! The database: one SQLite file by default, created and brought up to date on start.

use heard_app::services::RecordError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("the database address {url:?} is not supported: Heard stores its data in SQLite, so use sqlite://FILE")]
    Unsupported { url: String },
    #[error("the database address {url:?} is not one Heard can use: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("could not open the database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("could not bring the database up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("could not prepare the session store: {0}")]
    Sessions(#[source] sqlx::Error),
}

/// Opens (creating if needed) and migrates the database.
///
/// `sqlite::memory:` gives every pooled connection its own empty database, so in-memory use is held
/// to one connection.
pub async fn open(url: &str) -> Result<SqlitePool, StorageError> {
    if !url.starts_with("sqlite:") {
        return Err(StorageError::Unsupported {
            url: url.to_string(),
        });
    }
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|source| StorageError::BadUrl {
            url: url.to_string(),
            source,
        })?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Deleting a record overwrites it on disk, so deleted family data cannot be read back
        // from the file's free pages.
        .pragma("secure_delete", "ON")
        .busy_timeout(Duration::from_secs(5));
    let in_memory = url.contains(":memory:") || url.contains("mode=memory");
    if !in_memory {
        create_private(options.get_filename())
            .map_err(|e| StorageError::Open(sqlx::Error::Io(e)))?;
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(if in_memory { 1 } else { 8 })
        .connect_with(options)
        .await
        .map_err(StorageError::Open)?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    session_store(pool.clone())
        .migrate()
        .await
        .map_err(StorageError::Sessions)?;
    Ok(pool)
}

/// Creates a missing database file readable and writable by its owner only: it holds children's
/// records, and SQLite gives its `-wal` and `-shm` files the database file's permissions. An existing
/// file keeps the permissions its operator gave it.
fn create_private(path: &std::path::Path) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    match file.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Sessions live in the same database, so any server instance can read any session.
pub fn session_store(pool: SqlitePool) -> tower_sessions_sqlx_store::SqliteStore {
    tower_sessions_sqlx_store::SqliteStore::new(pool)
        .with_table_name("sessions")
        .expect("a fixed, valid table name")
}

/// The time as stored in the database: whole seconds since the Unix epoch.
pub fn unix_seconds_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// True when the database answers a trivial query.
pub async fn answers(pool: &SqlitePool) -> bool {
    sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(pool)
        .await
        .is_ok()
}

/// A fresh database in its own temporary folder, for tests; dropping the folder deletes it.
#[cfg(test)]
pub(crate) async fn open_fresh_for_test() -> (tempfile::TempDir, SqlitePool) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pool = open(&format!(
        "sqlite://{}",
        dir.path().join("test.db").display()
    ))
    .await
    .expect("a fresh database opens");
    (dir, pool)
}

/// A storage fault as the person hears of it: the detail is logged, they are asked to try again.
pub(crate) fn unavailable(error: sqlx::Error) -> RecordError {
    tracing::error!(%error, "record storage failed");
    RecordError::Unavailable
}

/// `Ok` when a change touched its one row; otherwise there was no such row for this child, which the
/// person is told as "not found".
pub(crate) fn one_row(done: sqlx::sqlite::SqliteQueryResult) -> Result<(), RecordError> {
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(RecordError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_fresh_file_is_created_migrated_and_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fresh.db");
        let pool = open(&format!("sqlite://{}", path.display())).await.unwrap();
        assert!(path.exists());
        assert!(answers(&pool).await);
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        // It holds children's records: nobody else on the machine may read it or its journal.
        #[cfg(unix)]
        for file in [path.clone(), dir.path().join("fresh.db-wal")] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is {mode:o}", file.display());
        }
        let tables: Vec<String> =
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .fetch_all(&pool)
                .await
                .unwrap();
        for table in ["accounts", "sessions", "sign_in_failures"] {
            assert!(
                tables.iter().any(|t| t == table),
                "{table} missing from {tables:?}"
            );
        }
        drop(pool);
        // Opening again finds the migrations applied and changes nothing.
        let again = open(&format!("sqlite://{}", path.display())).await.unwrap();
        let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
            .fetch_one(&again)
            .await
            .unwrap();
        assert_eq!(
            applied,
            sqlx::migrate!("./migrations").migrations.len() as i64
        );
    }

    #[tokio::test]
    async fn a_bad_url_is_reported_not_panicked() {
        assert!(matches!(
            open("postgres://db/heard").await,
            Err(StorageError::Unsupported { .. })
        ));
        assert!(matches!(
            open("heard.db").await,
            Err(StorageError::Unsupported { .. })
        ));
        let nowhere = "sqlite:///no/such/folder/heard.db";
        assert!(matches!(open(nowhere).await, Err(StorageError::Open(_))));
    }
}
