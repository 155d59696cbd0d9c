//! Instances started together against an empty database all come up, and it is migrated once:
//! the migrator holds an advisory lock while it runs (storage::open_with).

use crate::*;
use sqlx::Connection;

#[tokio::test]
async fn three_instances_started_at_once_on_an_empty_database_migrate_it_once() {
    let Some(shared) =
        on_postgres("only a shared PostgreSQL is migrated by several instances at once").await
    else {
        return;
    };
    // Started at the same moment; `serve` waits for each to answer.
    let instances = shared.serve(3, &[]).await;
    assert_eq!(instances.len(), 3);

    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut versions: Vec<i64> = std::fs::read_dir(folder)
        .unwrap()
        .map(|file| file.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".sql"))
        .map(|name| name.split('_').next().unwrap().parse().unwrap())
        .collect();
    versions.sort();
    // Read directly, not through storage::open, which would migrate whatever the instances left.
    let mut connection = sqlx::PgConnection::connect(&shared.url).await.unwrap();
    let applied: Vec<(i64, i64, bool)> = sqlx::query_as(
        "SELECT version, COUNT(*), BOOL_AND(success) FROM _sqlx_migrations
         GROUP BY version ORDER BY version",
    )
    .fetch_all(&mut connection)
    .await
    .unwrap();
    connection.close().await.unwrap();
    let expected: Vec<(i64, i64, bool)> = versions.into_iter().map(|v| (v, 1, true)).collect();
    assert_eq!(applied, expected);
}
