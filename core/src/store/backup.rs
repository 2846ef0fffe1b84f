//! Online backup and the operational readings `/metrics` reports (pool use, webhook
//! queue depth): SQL the API crate must not hold itself.

use std::path::Path;

use super::sql::Sql;
use super::{Backend, Db, Store};
use crate::error::StoreError;
use crate::transfer;

/// What [`Store::backup`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupKind {
    /// A SQLite database file, openable as `sqlite://FILE`.
    SqliteFile,
    /// The export document (`lawtracker import` restores it into an empty database).
    ExportDocument,
}

/// Connections of the store's pool: how many are open, and how many of those are idle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolUse {
    pub size: u32,
    pub idle: u32,
}

impl Store {
    /// Writes a consistent copy of the live database to `out` without stopping writers.
    ///
    /// SQLite: `VACUUM INTO`, which reads one snapshot (a read transaction in WAL mode
    /// blocks no writer) and writes a compact, self-contained file: no `-wal` beside
    /// it to forget. PostgreSQL: the export document, read in one `REPEATABLE READ`
    /// snapshot; `pg_dump` is the better tool for a whole cluster (roles, tokens,
    /// webhooks and their outbox, which the export leaves out on purpose).
    /// Refuses to overwrite `out`, so a mistyped path never destroys an older backup.
    pub async fn backup(&self, out: &Path) -> Result<BackupKind, StoreError> {
        if out.exists() {
            return Err(StoreError::BadArgument {
                field: "out",
                message: format!("{} already exists; choose a new file, a backup never overwrites one", out.display()),
            });
        }
        match self.backend() {
            Backend::Sqlite => {
                let path = out.to_str().ok_or_else(|| StoreError::BadArgument {
                    field: "out",
                    message: format!("{} is not valid UTF-8", out.display()),
                })?;
                let Db::Sqlite(pool) = &self.db else { unreachable!("backend() said SQLite") };
                sqlx::query("VACUUM INTO $1").bind(path).execute(pool).await.map_err(|e| match e {
                    // "unable to open database": a directory that does not exist, or no permission.
                    sqlx::Error::Database(db) => StoreError::BadArgument {
                        field: "out",
                        message: format!("cannot write {}: {}", out.display(), db.message()),
                    },
                    other => StoreError::Database(other),
                })?;
                Ok(BackupKind::SqliteFile)
            }
            Backend::Postgres => {
                let json = transfer::to_json(&transfer::export(self).await?);
                std::fs::write(out, json).map_err(|e| StoreError::BadArgument {
                    field: "out",
                    message: format!("cannot write {}: {e}", out.display()),
                })?;
                Ok(BackupKind::ExportDocument)
            }
        }
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
