//! `heard backup FILE`: a consistent copy of the database, taken while the portal keeps running.
//!
//! SQLite's `VACUUM INTO` reads one snapshot of the database (in WAL mode people carry on saving
//! meanwhile) and writes it out as a fresh, compact file, so no free pages carry deleted words across.
//! The copy is written beside FILE under a temporary name, flushed to disk, opened again and checked
//! with `integrity_check`, and only then renamed to FILE: whatever happens, FILE is either the old
//! backup or a whole, checked new one.
//!
//! Sessions are left out of the copy: a backup holds children's words, and it should not also hold
//! ways into people's accounts. After a restore, people sign in again.

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the database address {url:?} is not a SQLite file, so there is nothing to back up")]
    NotAFile { url: String },
    #[error("the database is PostgreSQL: back it up with pg_dump, as docs/deploy.md explains")]
    Postgres,
    #[error("the database address {url:?} is not one Heard can use: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("could not open the database at {path}: {source}")]
    Open { path: PathBuf, source: sqlx::Error },
    #[error("{path} already exists: choose a new name, or add --force to replace it")]
    Exists { path: PathBuf },
    #[error("{path} is the database itself: back up to another file")]
    SameFile { path: PathBuf },
    #[error("{path} is not a name SQLite can write to (it must be valid UTF-8)")]
    BadName { path: PathBuf },
    #[error("could not write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not copy the database: {0}")]
    Copy(#[source] sqlx::Error),
    #[error("could not check the copy: {0}")]
    Check(#[source] sqlx::Error),
    #[error("the copy failed SQLite's integrity check, so it was thrown away: {problems}")]
    Damaged { problems: String },
}

/// What a backup wrote, for the person running it.
#[derive(Debug)]
pub struct BackupReport {
    pub database: PathBuf,
    pub file: PathBuf,
    pub bytes: u64,
    /// Every table in the copy, with how many rows it holds.
    pub tables: Vec<(String, i64)>,
}

impl BackupReport {
    pub fn rows(&self) -> i64 {
        self.tables.iter().map(|(_, rows)| rows).sum()
    }
}

impl fmt::Display for BackupReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Backed up {} to {}: {} bytes ({:.1} MB).",
            self.database.display(),
            self.file.display(),
            self.bytes,
            self.bytes as f64 / 1_000_000.0
        )?;
        writeln!(
            f,
            "The copy passed SQLite's integrity check: {} tables, {} rows.",
            self.tables.len(),
            self.rows()
        )?;
        for (table, rows) in &self.tables {
            writeln!(f, "  {table}: {rows}")?;
        }
        Ok(())
    }
}

/// Copies the database at `url` to `file`. An existing `file` is replaced only with `force`, and
/// only once the new copy has passed its check.
pub async fn backup(url: &str, file: &Path, force: bool) -> Result<BackupReport, BackupError> {
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        return Err(BackupError::Postgres);
    }
    if !url.starts_with("sqlite:") || url.contains(":memory:") || url.contains("mode=memory") {
        return Err(BackupError::NotAFile {
            url: url.to_string(),
        });
    }
    let options = SqliteConnectOptions::from_str(url).map_err(|source| BackupError::BadUrl {
        url: url.to_string(),
        source,
    })?;
    let database = absolute(options.get_filename())?;
    // Made absolute so SQLite never reads the name as a `file:` URI, and so the rename stays in
    // the same folder whatever the working folder is.
    let file = absolute(file)?;
    if file.exists() {
        if same_file(&database, &file) {
            return Err(BackupError::SameFile { path: file });
        }
        if !force {
            return Err(BackupError::Exists { path: file });
        }
    }
    let partial = Partial::create(&file)?;
    let partial_name = partial
        .path
        .to_str()
        .ok_or_else(|| BackupError::BadName { path: file.clone() })?
        .to_string();

    // Never created and never migrated here: a backup reads the live database and changes nothing.
    let mut source = options
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await
        .map_err(|source| BackupError::Open {
            path: database.clone(),
            source,
        })?;
    let copied = sqlx::query("VACUUM INTO ?")
        .bind(&partial_name)
        .execute(&mut source)
        .await
        .map_err(BackupError::Copy);
    let _ = source.close().await;
    copied?;
    leave_out_sessions(&partial.path).await?;

    // On disk before it is checked and named, so a power cut never leaves a named but empty backup.
    File::open(&partial.path)
        .and_then(|copy| copy.sync_all())
        .map_err(|source| BackupError::Write {
            path: partial.path.clone(),
            source,
        })?;
    let tables = check(&partial.path).await?;
    let bytes = fs::metadata(&partial.path)
        .map(|m| m.len())
        .map_err(|source| BackupError::Write {
            path: partial.path.clone(),
            source,
        })?;
    partial.rename_to(&file)?;
    Ok(BackupReport {
        database,
        file,
        bytes,
        tables,
    })
}

/// Empties the sessions table of the copy. secure_delete overwrites the rows, so no free page of the
/// file keeps a session id.
async fn leave_out_sessions(copy: &Path) -> Result<(), BackupError> {
    let mut copy: SqliteConnection = SqliteConnectOptions::new()
        .filename(copy)
        .pragma("secure_delete", "ON")
        .connect()
        .await
        .map_err(BackupError::Copy)?;
    let has_sessions: bool = sqlx::query_scalar(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'",
    )
    .fetch_one(&mut copy)
    .await
    .map_err(BackupError::Copy)?;
    if has_sessions {
        sqlx::query("DELETE FROM sessions")
            .execute(&mut copy)
            .await
            .map_err(BackupError::Copy)?;
    }
    copy.close().await.map_err(BackupError::Copy)
}

/// Opens the copy read-only, runs `integrity_check`, and counts every table's rows.
async fn check(copy: &Path) -> Result<Vec<(String, i64)>, BackupError> {
    let mut copy: SqliteConnection = SqliteConnectOptions::new()
        .filename(copy)
        .read_only(true)
        .connect()
        .await
        .map_err(BackupError::Check)?;
    let verdict: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut copy)
        .await
        .map_err(BackupError::Check)?;
    if verdict != ["ok"] {
        return Err(BackupError::Damaged {
            problems: verdict.join("; "),
        });
    }
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut copy)
    .await
    .map_err(BackupError::Check)?;
    let mut tables = Vec::with_capacity(names.len());
    for name in names {
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {quoted}"))
            .fetch_one(&mut copy)
            .await
            .map_err(BackupError::Check)?;
        tables.push((name, rows));
    }
    let _ = copy.close().await;
    Ok(tables)
}

fn absolute(path: &Path) -> Result<PathBuf, BackupError> {
    std::path::absolute(path).map_err(|source| BackupError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The copy while it is being written: beside FILE (so the rename is atomic), readable only by its
/// owner (it holds children's data), and deleted if the backup stops half way.
struct Partial {
    path: PathBuf,
    kept: bool,
}

impl Partial {
    fn create(file: &Path) -> Result<Partial, BackupError> {
        let name = file
            .file_name()
            .ok_or_else(|| BackupError::BadName {
                path: file.to_path_buf(),
            })?
            .to_string_lossy();
        let path = file.with_file_name(format!(".{name}.heard-backup-{}", std::process::id()));
        // Left by an earlier run with this process id that was stopped half way.
        let _ = fs::remove_file(&path);
        let mut open = OpenOptions::new();
        open.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut open, 0o600);
        // VACUUM INTO writes into an empty file it finds, keeping these permissions.
        open.open(&path).map_err(|source| BackupError::Write {
            path: path.clone(),
            source,
        })?;
        Ok(Partial { path, kept: false })
    }

    fn rename_to(mut self, file: &Path) -> Result<(), BackupError> {
        let write_error = |source| BackupError::Write {
            path: file.to_path_buf(),
            source,
        };
        fs::rename(&self.path, file).map_err(write_error)?;
        self.kept = true;
        // The new name itself is on disk only once the folder is.
        #[cfg(unix)]
        if let Some(folder) = file.parent() {
            File::open(folder)
                .and_then(|f| f.sync_all())
                .map_err(write_error)?;
        }
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.kept {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn database_with_words(dir: &Path) -> (String, crate::storage::Db) {
        let url = format!("sqlite://{}", dir.join("heard.db").display());
        let pool = crate::storage::open(&url).await.unwrap();
        crate::storage::query("INSERT INTO accounts (email, password_hash, created_at) VALUES ('amina@example.org', 'x', 0)")
            .execute(&pool)
            .await
            .unwrap();
        crate::storage::query("INSERT INTO sessions (id, data, expiry_date) VALUES ('a-session-id-to-leave-out', x'00', 4102444800)")
            .execute(&pool)
            .await
            .unwrap();
        (url, pool)
    }

    #[tokio::test]
    async fn a_backup_is_a_checked_private_copy_and_never_overwrites_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let (url, pool) = database_with_words(dir.path()).await;
        let file = dir.path().join("backup.db");

        let report = backup(&url, &file, false).await.unwrap();
        assert!(report.tables.contains(&("accounts".to_string(), 1)));
        assert_eq!(report.bytes, fs::metadata(&file).unwrap().len());
        assert!(report.to_string().contains("integrity check"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only its owner may read a backup");
        }
        let mut copy = SqliteConnectOptions::new()
            .filename(&file)
            .read_only(true)
            .connect()
            .await
            .unwrap();
        let emails: Vec<String> = sqlx::query_scalar("SELECT email FROM accounts")
            .fetch_all(&mut copy)
            .await
            .unwrap();
        assert_eq!(emails, ["amina@example.org"]);
        copy.close().await.unwrap();
        assert!(report.tables.contains(&("sessions".to_string(), 0)));
        let bytes = fs::read(&file).unwrap();
        assert!(
            !bytes
                .windows(b"a-session-id-to-leave-out".len())
                .any(|w| w == b"a-session-id-to-leave-out"),
            "no session id is left in the file"
        );

        // A second run refuses to replace it, and changes nothing.
        crate::storage::query("DELETE FROM accounts")
            .execute(&pool)
            .await
            .unwrap();
        let before = bytes;
        assert!(matches!(
            backup(&url, &file, false).await,
            Err(BackupError::Exists { .. })
        ));
        assert_eq!(fs::read(&file).unwrap(), before);
        // With --force it is replaced by the newer copy.
        let report = backup(&url, &file, true).await.unwrap();
        assert!(report.tables.contains(&("accounts".to_string(), 0)));
        // Nothing half-written is left beside it.
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains("heard-backup"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[tokio::test]
    async fn it_refuses_the_database_itself_a_missing_database_and_memory() {
        let dir = tempfile::tempdir().unwrap();
        let (url, _pool) = database_with_words(dir.path()).await;
        assert!(matches!(
            backup(&url, &dir.path().join("heard.db"), true).await,
            Err(BackupError::SameFile { .. })
        ));
        let missing = format!("sqlite://{}", dir.path().join("nothing.db").display());
        let file = dir.path().join("from-nothing.db");
        assert!(matches!(
            backup(&missing, &file, false).await,
            Err(BackupError::Open { .. })
        ));
        assert!(!dir.path().join("nothing.db").exists(), "no database made");
        assert!(!file.exists());
        assert!(matches!(
            backup("sqlite::memory:", &file, false).await,
            Err(BackupError::NotAFile { .. })
        ));
        // PostgreSQL has its own tools, and the operator is told which.
        let refused = backup("postgres://heard@db.internal/heard", &file, false).await;
        assert!(matches!(refused, Err(BackupError::Postgres)));
        assert!(refused.unwrap_err().to_string().contains("pg_dump"));
        assert!(!file.exists());
    }
}
