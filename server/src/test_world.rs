//! What the storage tests share: a fresh database file with the record service over it, and people
//! with real accounts (so "saved by" can name them).

use crate::accounts::{self, NewAccount};
use crate::record::RecordStore;
use crate::storage;
use crate::storage::Db;
use heard_app::scope::Viewer;

/// A fresh database file on disk and the records service over it.
pub(crate) struct TestDb {
    /// The folder the file is in; removed when the test ends.
    pub(crate) dir: tempfile::TempDir,
    pub(crate) pool: Db,
    pub(crate) records: RecordStore,
}

impl TestDb {
    pub(crate) async fn fresh() -> TestDb {
        let (dir, pool) = storage::open_fresh_for_test().await;
        TestDb {
            dir,
            records: RecordStore::new(pool.clone()),
            pool,
        }
    }

    /// A signed-in person with a real account.
    pub(crate) async fn person(&self, email: &str) -> Viewer {
        let account = accounts::create(
            &self.pool,
            NewAccount {
                email,
                password: "a long enough password",
                locale: None,
                reading_options: None,
            },
        )
        .await
        .unwrap();
        Viewer {
            account_id: account.id,
            email: account.email,
        }
    }

    /// One number from the database: `sql` with one `?`, bound to `id`.
    pub(crate) async fn scalar(&self, sql: &str, id: i64) -> i64 {
        storage::query_scalar(sql)
            .bind(id)
            .fetch_one(&self.pool)
            .await
            .unwrap()
    }

    /// How many rows `table` holds.
    pub(crate) async fn rows_in(&self, table: &str) -> i64 {
        storage::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&self.pool)
            .await
            .unwrap()
    }
}
