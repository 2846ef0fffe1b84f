//! Online backup: a consistent copy of the live database, taken without stopping
//! writers. Here rather than in the store because the PostgreSQL copy is the export
//! document (`transfer`), which is built on the store: the store must not reach up.

use std::path::Path;

use crate::error::StoreError;
use crate::store::{Backend, Store};
use crate::transfer;

/// What [`backup`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupKind {
    /// A SQLite database file, openable as `sqlite://FILE`.
    SqliteFile,
    /// The export document (`lawtracker import` restores it into an empty database).
    ExportDocument,
}

/// Writes a consistent copy of the live database to `out` without stopping writers.
///
/// SQLite: the database file itself ([`Store::vacuum_into`]). PostgreSQL: the export
/// document, read in one `REPEATABLE READ` snapshot; `pg_dump` is the better tool
/// for a whole cluster (roles, tokens, webhooks and their outbox, which the export
/// leaves out on purpose). Refuses to overwrite `out`, so a mistyped path never
/// destroys an older backup.
pub async fn backup(store: &Store, out: &Path) -> Result<BackupKind, StoreError> {
    if out.exists() {
        return Err(StoreError::BadArgument {
            field: "out",
            message: format!("{} already exists; choose a new file, a backup never overwrites one", out.display()),
        });
    }
    match store.backend() {
        Backend::Sqlite => {
            store.vacuum_into(out).await?;
            Ok(BackupKind::SqliteFile)
        }
        Backend::Postgres => {
            let json = transfer::to_json(&transfer::export(store).await?);
            std::fs::write(out, json).map_err(|e| StoreError::BadArgument {
                field: "out",
                message: format!("cannot write {}: {e}", out.display()),
            })?;
            Ok(BackupKind::ExportDocument)
        }
    }
}
