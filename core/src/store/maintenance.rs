//! The SQL of online backup (SQLite's `VACUUM INTO`) and the operational readings
//! `/metrics` reports (pool use, webhook queue depth): SQL the API crate must not
//! hold itself. What a backup is on each backend is decided above the store.

use std::path::Path;

use super::sql::Sql;
use super::{Db, Store};
use crate::error::StoreError;

/// Connections of the store's pool: how many are open, and how many of those are idle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolUse {
    pub size: u32,
    pub idle: u32,
}

impl Store {
    /// Writes a consistent copy of this SQLite database to the file `out`
    /// (`VACUUM INTO`: one snapshot, read without blocking writers, written as a
    /// compact, self-contained file with no `-wal` beside it to forget).
    /// What a backup is on each backend is decided above the store (`backup`).
    pub async fn vacuum_into(&self, out: &Path) -> Result<(), StoreError> {
        let path = out.to_str().ok_or_else(|| StoreError::BadArgument {
            field: "out",
            message: format!("{} is not valid UTF-8", out.display()),
        })?;
        let Db::Sqlite(pool) = &self.db else {
            return Err(StoreError::BadArgument {
                field: "out",
                message: "VACUUM INTO copies a SQLite database; this one is PostgreSQL".to_string(),
            });
        };
        sqlx::query("VACUUM INTO $1").bind(path).execute(pool).await.map_err(|e| match e {
            // "unable to open database": a directory that does not exist, or no permission.
            sqlx::Error::Database(db) => StoreError::BadArgument {
                field: "out",
                message: format!("cannot write {}: {}", out.display(), db.message()),
            },
            other => StoreError::Database(other),
        })?;
        Ok(())
    }

    /// The pool's open and idle connections, read without touching the database.
    pub fn pool_use(&self) -> PoolUse {
        on_db!(&self.db, pool => PoolUse { size: pool.size(), idle: pool.num_idle() as u32 })
    }

    /// Webhook deliveries waiting to be sent (the outbox's depth).
    pub async fn pending_deliveries(&self) -> Result<i64, StoreError> {
        self.fetch_count(Sql::new("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'pending'")).await
    }
}
