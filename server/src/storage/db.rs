//! One way to run SQL on either database Heard stores in: SQLite (the default, one file) or
//! PostgreSQL (for councils running several instances).
//!
//! Storage code writes one SQL dialect both accept (`$1` placeholders, `ON CONFLICT DO NOTHING`,
//! `TRUE`/`FALSE`) and calls [`query`], [`query_as`] or [`query_scalar`] much as it would call sqlx's,
//! then runs the query on a [`Db`] or inside a [`Tx`]. Values are bound as [`Arg`]s, so each query is
//! written once and checked by the tests on both databases. sqlx's `Any` driver was the other choice:
//! it drops SQLite's connection settings and decodes booleans poorly; code generic over
//! `sqlx::Database` needs a trait bound per bound type at every call.

use sqlx::postgres::{PgConnection, PgPool, PgRow};
use sqlx::sqlite::{SqliteConnection, SqlitePool, SqliteRow};
use sqlx::FromRow;

/// The database a server instance (or a command) uses.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Which database is behind a [`Db`], for the few things that differ (backups, secure delete).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Db {
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Connections open now, and how many of them are idle (for an operator's metrics).
    pub fn pool_use(&self) -> (u32, usize) {
        match self {
            Db::Sqlite(pool) => (pool.size(), pool.num_idle()),
            Db::Postgres(pool) => (pool.size(), pool.num_idle()),
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }

    /// A transaction. Reads in it see the database as it was when each statement began; use
    /// [`Db::begin_locked`] where a decision depends on what another request may be writing.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// A transaction that holds `lock` until it ends, so two requests (on any instance) that
    /// decide from the same rows take turns: for example two first visits making one family, or
    /// two new goals taking the next position. SQLite takes the database's write lock at once
    /// (`BEGIN IMMEDIATE`); PostgreSQL takes a transaction-scoped advisory lock on the lock's key.
    pub async fn begin_locked(&self, lock: Lock) -> Result<Tx, sqlx::Error> {
        match self {
            Db::Sqlite(pool) => Ok(Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?)),
            Db::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                    .bind(lock.key())
                    .execute(&mut *tx)
                    .await?;
                Ok(Tx::Postgres(tx))
            }
        }
    }
}

/// What two requests must not decide at the same time. The key names the thing decided about,
/// so requests about different children or accounts do not wait for each other on PostgreSQL.
#[derive(Clone, Debug)]
pub struct Lock {
    what: &'static str,
    id: String,
}

impl Lock {
    /// A lock on one thing, e.g. `Lock::on("goal-order", child_id)`.
    pub fn on(what: &'static str, id: impl std::fmt::Display) -> Self {
        Self {
            what,
            id: id.to_string(),
        }
    }

    /// A lock on a whole kind of thing, e.g. the Local Offer's import.
    pub fn all(what: &'static str) -> Self {
        Self {
            what,
            id: String::new(),
        }
    }

    fn key(&self) -> String {
        format!("heard:{}:{}", self.what, self.id)
    }
}

/// A transaction on either database; dropped without [`Tx::commit`], it is rolled back.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

/// Where a query runs: on the pool, or inside a transaction.
pub enum On<'a> {
    SqlitePool(&'a SqlitePool),
    Sqlite(&'a mut SqliteConnection),
    PostgresPool(&'a PgPool),
    Postgres(&'a mut PgConnection),
}

impl<'a> From<&'a Db> for On<'a> {
    fn from(db: &'a Db) -> Self {
        match db {
            Db::Sqlite(pool) => On::SqlitePool(pool),
            Db::Postgres(pool) => On::PostgresPool(pool),
        }
    }
}

impl<'a> From<&'a mut Tx> for On<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        match tx {
            Tx::Sqlite(tx) => On::Sqlite(tx),
            Tx::Postgres(tx) => On::Postgres(tx),
        }
    }
}

/// A value bound to a `$n` placeholder. Each has the same type on both databases (integers are
/// 64-bit: `INTEGER` in SQLite, `BIGINT` in PostgreSQL).
#[derive(Clone, Debug)]
pub enum Arg {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(Option<bool>),
    Bytes(Option<Vec<u8>>),
}

macro_rules! arg_from {
    ($variant:ident: $($from:ty => $convert:expr),* $(,)?) => {$(
        impl From<$from> for Arg {
            fn from(value: $from) -> Self {
                #[allow(clippy::redundant_closure_call)]
                Arg::$variant(($convert)(value))
            }
        }
    )*};
}

arg_from!(Int:
    i64 => Some,
    i32 => |v: i32| Some(i64::from(v)),
    u32 => |v: u32| Some(i64::from(v)),
    Option<i64> => |v| v,
    Option<i32> => |v: Option<i32>| v.map(i64::from),
);
arg_from!(Text:
    String => Some,
    &String => |v: &String| Some(v.clone()),
    &str => |v: &str| Some(v.to_string()),
    Option<String> => |v| v,
    Option<&String> => |v: Option<&String>| v.cloned(),
    &Option<String> => |v: &Option<String>| v.clone(),
    Option<&str> => |v: Option<&str>| v.map(str::to_string),
);
arg_from!(Bool: bool => Some, Option<bool> => |v| v);
arg_from!(Bytes:
    Vec<u8> => Some,
    &[u8] => |v: &[u8]| Some(v.to_vec()),
    &Vec<u8> => |v: &Vec<u8>| Some(v.clone()),
);

/// Binds every arg to a sqlx query (plain, `query_as` or `query_scalar`) for either database.
macro_rules! bind_all {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg {
                Arg::Int(v) => query.bind(v),
                Arg::Text(v) => query.bind(v),
                Arg::Bool(v) => query.bind(v),
                Arg::Bytes(v) => query.bind(v),
            };
        }
        query
    }};
}

/// Runs `$run` (a method call such as `.execute`) with the query built for whichever database
/// `$on` is.
macro_rules! run_on {
    ($on:expr, $make:path, $sql:expr, $args:expr, |$q:ident, $ex:ident| $run:expr) => {
        match $on {
            On::SqlitePool($ex) => {
                let $q = bind_all!($make($sql), $args);
                $run
            }
            On::Sqlite($ex) => {
                let $q = bind_all!($make($sql), $args);
                $run
            }
            On::PostgresPool($ex) => {
                let $q = bind_all!($make($sql), $args);
                $run
            }
            On::Postgres($ex) => {
                let $q = bind_all!($make($sql), $args);
                $run
            }
        }
    };
}

/// What a change did.
#[derive(Clone, Copy, Debug)]
pub struct Done {
    rows_affected: u64,
}

impl Done {
    pub fn rows_affected(&self) -> u64 {
        self.rows_affected
    }
}

/// A statement whose rows are not read.
#[must_use = "a query does nothing until it is run"]
pub struct Query<'s> {
    sql: &'s str,
    args: Vec<Arg>,
}

pub fn query(sql: &str) -> Query<'_> {
    Query {
        sql,
        args: Vec::new(),
    }
}

impl<'s> Query<'s> {
    pub fn bind(mut self, value: impl Into<Arg>) -> Self {
        self.args.push(value.into());
        self
    }

    pub async fn execute<'a>(self, on: impl Into<On<'a>>) -> Result<Done, sqlx::Error> {
        let rows_affected = run_on!(on.into(), sqlx::query, self.sql, self.args, |q, ex| q
            .execute(ex)
            .await?
            .rows_affected());
        Ok(Done { rows_affected })
    }

    /// Every row as a JSON object of its columns (integers, reals, booleans and text; bytes and
    /// unknown types as null), for a family's download of their data.
    pub async fn fetch_json<'a>(
        self,
        on: impl Into<On<'a>>,
    ) -> Result<Vec<serde_json::Map<String, serde_json::Value>>, sqlx::Error> {
        run_on!(on.into(), sqlx::query, self.sql, self.args, |q, ex| Ok(q
            .fetch_all(ex)
            .await?
            .iter()
            .map(|row| row_json!(row))
            .collect()))
    }
}

/// One row as JSON, by each column's type as the database names it (SQLite's and PostgreSQL's
/// names for the same kinds of value).
macro_rules! row_json {
    ($row:expr) => {{
        use serde_json::Value;
        use sqlx::{Column, Row as _, TypeInfo, ValueRef};
        let row = $row;
        let mut object = serde_json::Map::new();
        for (index, column) in row.columns().iter().enumerate() {
            let value = match row.try_get_raw(index) {
                Ok(raw) if raw.is_null() => Value::Null,
                Ok(raw) => match raw.type_info().name() {
                    "INTEGER" | "INT8" | "BIGINT" => row
                        .try_get::<i64, _>(index)
                        .map(Value::from)
                        .unwrap_or(Value::Null),
                    "INT4" | "INT" => row
                        .try_get::<i32, _>(index)
                        .map(Value::from)
                        .unwrap_or(Value::Null),
                    "REAL" | "FLOAT8" => row
                        .try_get::<f64, _>(index)
                        .map(Value::from)
                        .unwrap_or(Value::Null),
                    "BOOL" | "BOOLEAN" => row
                        .try_get::<bool, _>(index)
                        .map(Value::from)
                        .unwrap_or(Value::Null),
                    "TEXT" | "VARCHAR" => row
                        .try_get::<String, _>(index)
                        .map(Value::from)
                        .unwrap_or(Value::Null),
                    _ => Value::Null,
                },
                Err(_) => Value::Null,
            };
            object.insert(column.name().to_string(), value);
        }
        object
    }};
}
use row_json;

/// A row type both databases can decode: a tuple of `i64`, `String`, `bool`, `Vec<u8>` and their
/// `Option`s, or a struct deriving `sqlx::FromRow` of those.
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{}

/// A statement whose rows are read as `T`.
#[must_use = "a query does nothing until it is run"]
pub struct QueryAs<'s, T> {
    sql: &'s str,
    args: Vec<Arg>,
    row: std::marker::PhantomData<fn() -> T>,
}

pub fn query_as<T: Row>(sql: &str) -> QueryAs<'_, T> {
    QueryAs {
        sql,
        args: Vec::new(),
        row: std::marker::PhantomData,
    }
}

impl<'s, T: Row> QueryAs<'s, T> {
    pub fn bind(mut self, value: impl Into<Arg>) -> Self {
        self.args.push(value.into());
        self
    }

    pub async fn fetch_all<'a>(self, on: impl Into<On<'a>>) -> Result<Vec<T>, sqlx::Error> {
        run_on!(on.into(), sqlx::query_as, self.sql, self.args, |q, ex| q
            .fetch_all(ex)
            .await)
    }

    pub async fn fetch_one<'a>(self, on: impl Into<On<'a>>) -> Result<T, sqlx::Error> {
        run_on!(on.into(), sqlx::query_as, self.sql, self.args, |q, ex| q
            .fetch_one(ex)
            .await)
    }

    pub async fn fetch_optional<'a>(self, on: impl Into<On<'a>>) -> Result<Option<T>, sqlx::Error> {
        run_on!(on.into(), sqlx::query_as, self.sql, self.args, |q, ex| q
            .fetch_optional(ex)
            .await)
    }
}

/// A statement whose rows are one column, read as `T`.
#[must_use = "a query does nothing until it is run"]
pub struct QueryScalar<'s, T> {
    inner: QueryAs<'s, (T,)>,
}

pub fn query_scalar<T>(sql: &str) -> QueryScalar<'_, T>
where
    (T,): Row,
{
    QueryScalar {
        inner: query_as(sql),
    }
}

impl<'s, T> QueryScalar<'s, T>
where
    (T,): Row,
{
    pub fn bind(mut self, value: impl Into<Arg>) -> Self {
        self.inner = self.inner.bind(value);
        self
    }

    pub async fn fetch_all<'a>(self, on: impl Into<On<'a>>) -> Result<Vec<T>, sqlx::Error> {
        Ok(self
            .inner
            .fetch_all(on)
            .await?
            .into_iter()
            .map(|(v,)| v)
            .collect())
    }

    pub async fn fetch_one<'a>(self, on: impl Into<On<'a>>) -> Result<T, sqlx::Error> {
        Ok(self.inner.fetch_one(on).await?.0)
    }

    pub async fn fetch_optional<'a>(self, on: impl Into<On<'a>>) -> Result<Option<T>, sqlx::Error> {
        Ok(self.inner.fetch_optional(on).await?.map(|(v,)| v))
    }
}
