//! The database: one SQLite file by default, created and brought up to date on start.

mod db;
pub mod for_tests;
mod sessions;

pub use db::{query, query_as, query_scalar, Arg, Backend, Db, Done, Lock, On, Row, Tx};
pub use sessions::SessionStore;

use heard_app::services::RecordError;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("the database address {url:?} is not supported: use sqlite://FILE or postgres://…")]
    Unsupported { url: String },
    #[error("the database address {url:?} is not one Heard can use: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("could not open the database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("could not bring the database up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// How the server uses its database, from `--database-pool-size` and `--statement-timeout`.
#[derive(Clone, Copy, Debug)]
pub struct DbSettings {
    /// The most connections one instance opens. On PostgreSQL, instances × this must stay under
    /// the server's `max_connections`.
    pub pool_size: u32,
    /// On PostgreSQL, the longest one statement may run before the database stops it. On SQLite,
    /// the longest a write waits for another to finish.
    pub statement_timeout: Duration,
}

impl Default for DbSettings {
    fn default() -> Self {
        Self {
            pool_size: 8,
            statement_timeout: Duration::from_secs(30),
        }
    }
}

/// Opens (creating if needed) and migrates the database, with the default settings.
pub async fn open(url: &str) -> Result<Db, StorageError> {
    open_with(url, DbSettings::default()).await
}

/// Opens and migrates the database at `url`: `sqlite://FILE` or `postgres://…`.
///
/// Several instances starting at once against one empty PostgreSQL database migrate it once: the
/// migrator holds an advisory lock while it runs.
pub async fn open_with(url: &str, settings: DbSettings) -> Result<Db, StorageError> {
    let db = if url.starts_with("sqlite:") {
        Db::Sqlite(open_sqlite(url, settings).await?)
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Db::Postgres(open_postgres(url, settings).await?)
    } else {
        return Err(StorageError::Unsupported {
            url: url.to_string(),
        });
    };
    match &db {
        Db::Sqlite(pool) => {
            sqlx::migrate!("./migrations/sqlite").run(pool).await?;
            sqlite_email_unique_among_confirmed(pool)
                .await
                .map_err(StorageError::Open)?;
        }
        Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
    }
    Ok(db)
}

/// An email address is unique only among confirmed accounts (migration 0012). SQLite cannot drop the
/// `UNIQUE` that `accounts.email` was made with, and a migration runs inside a transaction, where
/// foreign keys cannot be turned off, so dropping the table there would delete everything that
/// points at an account. So the table is made again here, once, as SQLite's documentation says to:
/// with foreign keys off on this connection, in one transaction, keeping every column and index that
/// any migration gave it, and checking the foreign keys before committing.
async fn sqlite_email_unique_among_confirmed(pool: &sqlx::SqlitePool) -> Result<(), sqlx::Error> {
    use sqlx::Connection;
    let mut conn = pool.acquire().await?;
    let old_unique: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'accounts'
         AND name LIKE 'sqlite_autoindex_accounts_%'",
    )
    .fetch_optional(&mut *conn)
    .await?;
    if old_unique.is_none() {
        return Ok(());
    }
    let table: String = sqlx::query_scalar(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'accounts'",
    )
    .fetch_one(&mut *conn)
    .await?;
    let indexes: Vec<String> = sqlx::query_scalar(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'accounts' AND sql IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?;
    let new_table = table
        .replacen("CREATE TABLE accounts", "CREATE TABLE accounts_new", 1)
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("email ") {
                line.replacen(" UNIQUE", "", 1)
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&mut *conn)
        .await?;
    let rebuilt = async {
        let mut tx = conn.begin().await?;
        sqlx::query(&new_table).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO accounts_new SELECT * FROM accounts")
            .execute(&mut *tx)
            .await?;
        sqlx::query("DROP TABLE accounts").execute(&mut *tx).await?;
        sqlx::query("ALTER TABLE accounts_new RENAME TO accounts")
            .execute(&mut *tx)
            .await?;
        for index in &indexes {
            sqlx::query(index).execute(&mut *tx).await?;
        }
        for index in [
            "CREATE UNIQUE INDEX accounts_confirmed_email ON accounts (email) WHERE confirmed_at IS NOT NULL",
            "CREATE INDEX accounts_by_email ON accounts (email)",
            "CREATE INDEX accounts_unconfirmed ON accounts (created_at) WHERE confirmed_at IS NULL",
        ] {
            sqlx::query(index).execute(&mut *tx).await?;
        }
        let broken: Vec<(String,)> = sqlx::query_as("PRAGMA foreign_key_check")
            .fetch_all(&mut *tx)
            .await?;
        if !broken.is_empty() {
            return Err(sqlx::Error::Protocol(format!(
                "making accounts again would break foreign keys in {broken:?}"
            )));
        }
        tx.commit().await
    }
    .await;
    sqlx::query("PRAGMA foreign_keys = ON")
        .execute(&mut *conn)
        .await?;
    rebuilt
}

/// `sqlite::memory:` gives every pooled connection its own empty database, so in-memory use is held
/// to one connection.
async fn open_sqlite(url: &str, settings: DbSettings) -> Result<sqlx::SqlitePool, StorageError> {
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
        .busy_timeout(settings.statement_timeout);
    let in_memory = url.contains(":memory:") || url.contains("mode=memory");
    if !in_memory {
        create_private(options.get_filename())
            .map_err(|e| StorageError::Open(sqlx::Error::Io(e)))?;
    }
    SqlitePoolOptions::new()
        .max_connections(if in_memory { 1 } else { settings.pool_size })
        .connect_with(options)
        .await
        .map_err(StorageError::Open)
}

async fn open_postgres(url: &str, settings: DbSettings) -> Result<sqlx::PgPool, StorageError> {
    let timeout = format!("{}ms", settings.statement_timeout.as_millis());
    let options = PgConnectOptions::from_str(url)
        .map_err(|source| StorageError::BadUrl {
            url: url.to_string(),
            source,
        })?
        .application_name("heard")
        .options([("statement_timeout", timeout.as_str())]);
    PgPoolOptions::new()
        .max_connections(settings.pool_size)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(StorageError::Open)
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

/// The session store on this database.
pub fn session_store(db: &Db) -> SessionStore {
    SessionStore::new(db.clone())
}

/// The time as stored in the database: whole seconds since the Unix epoch.
pub fn unix_seconds_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// True when the database answers a trivial query.
pub async fn answers(db: &Db) -> bool {
    query_scalar::<i64>("SELECT CAST(1 AS BIGINT)")
        .fetch_one(db)
        .await
        .is_ok()
}

/// A fresh database in its own temporary folder, for tests; dropping the folder deletes it.
#[cfg(test)]
pub(crate) async fn open_fresh_for_test() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = open(&for_tests::fresh_database_url(dir.path()).await)
        .await
        .expect("a fresh database opens");
    (dir, db)
}

/// A storage fault as the person hears of it: the detail is logged, they are asked to try again.
pub(crate) fn unavailable(error: sqlx::Error) -> RecordError {
    tracing::error!(%error, "record storage failed");
    RecordError::Unavailable
}

/// `Ok` when a change touched its one row; otherwise there was no such row for this child, which the
/// person is told as "not found".
pub(crate) fn one_row(done: Done) -> Result<(), RecordError> {
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
        // A SQLite file is what any run makes here, whichever database the other tests use.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fresh.db");
        let db = open(&format!("sqlite://{}", path.display())).await.unwrap();
        assert!(path.exists());
        assert!(answers(&db).await);
        let Db::Sqlite(pool) = db else {
            unreachable!("a sqlite:// address opens SQLite")
        };
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
        let applied: i64 = query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
            .fetch_one(&again)
            .await
            .unwrap();
        assert_eq!(
            applied,
            sqlx::migrate!("./migrations/sqlite").migrations.len() as i64
        );
    }

    #[tokio::test]
    async fn a_bad_url_is_reported_not_panicked() {
        assert!(matches!(
            open("mysql://db/heard").await,
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
