//! The store: one interface over SQLite (the embedded default) and PostgreSQL.
//!
//! There is one implementation, not two. Every statement is written once with
//! `$n` placeholders (both dialects accept them) and run by [`on_db!`], which
//! expands the same code for each backend's concrete types, so the backends cannot
//! drift apart. Dialect differences live in `migrations/{sqlite,postgres}` and in
//! the few `Backend` matches below. sqlx's `Any` driver is avoided on purpose: it
//! has no chrono or JSON types and its `?` placeholders break PostgreSQL.

pub mod accounts;
pub mod bulk;
mod connect;
pub(crate) mod constraint;
pub mod curation;
pub mod dated;
pub(crate) mod fault;
pub mod filters;
pub mod measures;
pub mod opendata_sqlite;
pub mod proposals;
pub mod queries;
pub mod revisions;
pub mod search;
pub mod sql;
pub mod standby;
pub mod tokens;
pub mod webhooks;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use tokio::sync::broadcast;

use crate::error::StoreError;
use crate::model::Revision;
pub use connect::{check_url, PoolSettings};
use connect::{connect_for, Purpose};
use fault::Fault;
use sql::{bind_args, Sql};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// The default database: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://lawtracker.sqlite";
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Chooses the backend from the URL's scheme, as `DATABASE_URL` is written.
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or_default();
        match scheme {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            _ => Err(StoreError::UnsupportedUrl(redact(url))),
        }
    }

    /// The most parameters one statement may bind: SQLite's `SQLITE_MAX_VARIABLE_NUMBER`
    /// (32766 since 3.32), PostgreSQL's wire-protocol limit (65535).
    pub fn max_bind_params(self) -> usize {
        match self {
            Backend::Sqlite => 32_766,
            Backend::Postgres => 65_535,
        }
    }
}

/// A database URL with any password replaced, fit for logs and error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the concrete pool of whichever backend is in use.
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::store::Db::Sqlite($pool) => $body,
            $crate::store::Db::Postgres($pool) => $body,
        }
    };
}

// After `on_db!`, which it uses (macros are visible only below their definition).
pub mod maintenance;

/// A row type the store can decode from either backend.
pub trait Record: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}
impl<T> Record for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}

#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
    /// Statements run by reads, shared by all clones: lets tests prove that a nested
    /// query costs a fixed number of statements however many rows it returns.
    reads: Arc<AtomicU64>,
    /// Committed writes, for subscriptions. SQLite announces its own commits; on
    /// PostgreSQL every replica hears every commit through LISTEN/NOTIFY.
    changes: broadcast::Sender<Revision>,
    /// Set when the server begins to stop: live subscriptions end then (see
    /// [`Store::begin_shutdown`]), shared by all clones.
    stopping: Arc<tokio::sync::watch::Sender<bool>>,
}

impl Store {
    /// Opens the database `url` names (creating a SQLite file if missing) without migrating.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, PoolSettings::default()).await
    }

    /// [`Store::connect`], waiting for the database as `settings` say.
    pub async fn connect_with(url: &str, settings: PoolSettings) -> Result<Self, StoreError> {
        let db = connect_for(url, Purpose::Serve, settings).await?;
        Ok(Store { db, reads: Arc::default(), changes: broadcast::channel(1024).0, stopping: Arc::default() })
    }

    /// Opens for a one-off bulk load (`lawtracker generate`) and migrates. SQLite: one
    /// connection, `synchronous=OFF`, a 256 MiB page cache and the rollback journal in
    /// memory (each page is written once, not to a WAL and then again to the file);
    /// [`Store::end_bulk_load`] makes it a WAL database again. A crash mid-load may
    /// leave a damaged file: start again on a fresh one. PostgreSQL:
    /// `synchronous_commit=off` for this store's sessions.
    pub async fn open_for_bulk_load(url: &str) -> Result<Self, StoreError> {
        let db = connect_for(url, Purpose::BulkLoad, PoolSettings::default()).await?;
        let store = Store { db, reads: Arc::default(), changes: broadcast::channel(16).0, stopping: Arc::default() };
        store.migrate().await?;
        Ok(store)
    }

    /// Ends a bulk load: on SQLite, back to the WAL journal every other command uses.
    pub async fn end_bulk_load(&self) -> Result<(), StoreError> {
        if self.backend() == Backend::Sqlite {
            let _: Vec<(String,)> = self.fetch_all(Sql::new("PRAGMA journal_mode = WAL")).await?;
        }
        Ok(())
    }

    /// Opens and migrates.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        Self::open_with(url, PoolSettings::default()).await
    }

    /// [`Store::open`], waiting for the database as `settings` say.
    pub async fn open_with(url: &str, settings: PoolSettings) -> Result<Self, StoreError> {
        let store = Self::connect_with(url, settings).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the embedded migrations of this backend; a no-op when up to date.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.db {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => {
                // Without the serving pool's statement timeout: building an index over
                // a large table may take longer. `RESET` then gives the connection back
                // its own setting (the one it was opened with), not none.
                let mut connection = pool.acquire().await?;
                sqlx::query("SET statement_timeout = 0").execute(&mut *connection).await?;
                let migrated = POSTGRES_MIGRATIONS.run(&mut *connection).await;
                sqlx::query("RESET statement_timeout").execute(&mut *connection).await?;
                migrated?
            }
        }
        Ok(())
    }

    /// Committed writes from now on. A subscriber that falls more than 1024 behind
    /// is told how many it missed (`RecvError::Lagged`).
    pub fn subscribe(&self) -> broadcast::Receiver<Revision> {
        self.changes.subscribe()
    }

    /// The server is stopping: every live subscription's stream ends (its client
    /// is told the subscription is complete) instead of being cut off mid-way.
    pub fn begin_shutdown(&self) {
        self.stopping.send_replace(true);
    }

    /// Resolves once [`Store::begin_shutdown`] has been called: where a live
    /// stream of changes ends.
    pub fn stopping(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut stopping = self.stopping.subscribe();
        async move {
            // An error means every sender is gone: the store is gone, so stop too.
            let _ = stopping.wait_for(|stopping| *stopping).await;
        }
    }

    pub(crate) fn announce(&self, revision: Revision) {
        // No subscriber is not an error.
        let _ = self.changes.send(revision);
    }

    /// On PostgreSQL, starts relaying other processes' commits (and this one's) to
    /// subscribers; on SQLite commits are announced in-process and this does nothing.
    pub async fn listen_for_changes(&self) -> Result<(), StoreError> {
        let Db::Postgres(pool) = &self.db else { return Ok(()) };
        let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
        listener.listen("lawtracker_changes").await?;
        let store = self.clone();
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(notification) => {
                        let Ok(id) = notification.payload().parse::<i64>() else { continue };
                        match store.revision(id).await {
                            Ok(Some(revision)) => store.announce(revision),
                            Ok(None) => {}
                            Err(error) => tracing::warn!(%error, id, "could not load a notified revision"),
                        }
                    }
                    // PgListener reconnects by itself on the next recv; notifications sent
                    // meanwhile are lost to subscribers (the revision feed still has them).
                    Err(error) => {
                        if store.is_closed() {
                            break;
                        }
                        tracing::warn!(%error, "change listener interrupted");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self.db {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Answers when the database does: the health check.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.fetch_count(Sql::new("SELECT CAST(1 AS BIGINT)")).await.map(drop)
    }

    /// The id of the latest committed revision (0 when there is none). Every write
    /// records one, so two equal answers mean the data has not changed between them:
    /// HTTP caches derive their `ETag` from it.
    pub async fn data_version(&self) -> Result<i64, StoreError> {
        self.fetch_count(Sql::new("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM revisions")).await
    }

    /// The most connections this store's pool may hold.
    fn connections(&self) -> u32 {
        on_db!(&self.db, pool => pool.options().get_max_connections())
    }

    pub fn is_closed(&self) -> bool {
        on_db!(&self.db, pool => pool.is_closed())
    }

    /// Closes the pool. On SQLite it first checkpoints the write-ahead log into the
    /// database file and empties it, so that after a clean stop the file alone holds
    /// everything (a user who copies only `lawtracker.sqlite` loses nothing).
    pub async fn close(&self) {
        if let Db::Sqlite(pool) = &self.db {
            if !pool.is_closed() {
                if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await {
                    tracing::warn!(%error, "could not checkpoint the write-ahead log on close");
                }
            }
        }
        on_db!(&self.db, pool => pool.close().await)
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two writers queue instead of failing mid-way.
    pub async fn begin_write(&self) -> Result<Tx, StoreError> {
        Ok(match &self.db {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => {
                Tx::Postgres(again_while_lost(pool.options().get_max_connections(), || pool.begin()).await?)
            }
        })
    }

    /// How many read statements this store (and its clones) has run outside
    /// transactions: the reads that answer queries (background polls use a transaction).
    pub fn read_statements(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    /// Starts a read-only transaction: a consistent snapshot across tables (for exports).
    pub async fn begin_read(&self) -> Result<Tx, StoreError> {
        Ok(match &self.db {
            // In WAL mode a deferred transaction reads one snapshot and blocks no writer.
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(
                again_while_lost(pool.options().get_max_connections(), || {
                    pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                })
                .await?,
            ),
        })
    }

    pub(crate) async fn fetch_all<R: Record>(&self, sql: Sql) -> Result<Vec<R>, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        again_while_lost(self.connections(), || async {
            on_db!(&self.db, pool => bind_args!(sqlx::query_as::<_, R>(&text), args).fetch_all(pool).await)
        })
        .await
    }

    pub(crate) async fn fetch_optional<R: Record>(&self, sql: Sql) -> Result<Option<R>, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        again_while_lost(self.connections(), || async {
            on_db!(&self.db, pool => bind_args!(sqlx::query_as::<_, R>(&text), args).fetch_optional(pool).await)
        })
        .await
    }

    pub(crate) async fn fetch_count(&self, sql: Sql) -> Result<i64, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        again_while_lost(self.connections(), || async {
            on_db!(&self.db, pool => bind_args!(sqlx::query_scalar::<_, i64>(&text), args).fetch_one(pool).await)
        })
        .await
    }
}

/// Runs `attempt` again while the connection it ran on turns out to have been cut (a
/// restarted server, an administrator's `pg_terminate_backend`). sqlx drops such a
/// connection, but the pool may hold others cut at the same moment and not idle long
/// enough to be pinged, so up to `connections + 1` attempts are made: the last then
/// runs on a connection opened afresh. A cut connection fails at its first read, so
/// each vain attempt costs about a round trip. Only for what changes nothing, a
/// read or a `BEGIN`: a write cut mid-way is never sent twice.
async fn again_while_lost<T, F, Fut>(connections: u32, mut attempt: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, sqlx::Error>>,
{
    let mut tries = 0;
    loop {
        match attempt().await {
            Err(error) if fault::fault(&error) == Some(Fault::Lost) && tries < connections => {
                tries += 1;
                tracing::info!(%error, tries, "a database connection was cut; trying again on another");
            }
            result => return Ok(result?),
        }
    }
}

/// The row lock a `SELECT` in a write transaction takes (see [`Tx::lock_rows`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowLock {
    /// The rows are about to change: other writers of them wait.
    Update,
    /// Like `Update`, for the rows of one table (by its alias) of a join only.
    UpdateOf(&'static str),
    /// The rows are referred to: they may not change or vanish until commit.
    Share,
}

/// An open write transaction; dropped without [`Tx::commit`], it rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite($conn) => $body,
            $crate::store::Tx::Postgres($conn) => $body,
        }
    };
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    /// Appends `FOR UPDATE` (or `FOR SHARE`) to a `SELECT` on PostgreSQL, so the rows
    /// it reads stay as read until this transaction ends: a version check and the
    /// change it guards become one step, and a referenced row cannot vanish before
    /// the reference is written. SQLite needs no row locks: `BEGIN IMMEDIATE` has
    /// already made this transaction the only writer.
    pub fn lock_rows(&self, sql: &mut Sql, lock: RowLock) {
        if self.backend() == Backend::Postgres {
            match lock {
                RowLock::Update => sql.push(" FOR UPDATE"),
                RowLock::UpdateOf(alias) => sql.push(" FOR UPDATE OF ").push(alias),
                RowLock::Share => sql.push(" FOR SHARE"),
            };
        }
    }

    pub async fn execute(&mut self, sql: Sql) -> Result<u64, StoreError> {
        let Sql { text, args } = sql;
        Ok(on_tx!(self, tx => bind_args!(sqlx::query(&text), args).execute(&mut **tx).await?.rows_affected()))
    }

    /// Runs an `INSERT ... RETURNING id` and returns the new row's id.
    pub async fn insert(&mut self, sql: Sql) -> Result<i64, StoreError> {
        let Sql { mut text, args } = sql;
        text.push_str(" RETURNING id");
        Ok(on_tx!(self, tx => bind_args!(sqlx::query_scalar::<_, i64>(&text), args).fetch_one(&mut **tx).await?))
    }

    pub async fn fetch_all<R: Record>(&mut self, sql: Sql) -> Result<Vec<R>, StoreError> {
        let Sql { text, args } = sql;
        Ok(on_tx!(self, tx => bind_args!(sqlx::query_as::<_, R>(&text), args).fetch_all(&mut **tx).await?))
    }

    pub async fn fetch_count(&mut self, sql: Sql) -> Result<i64, StoreError> {
        let Sql { text, args } = sql;
        Ok(on_tx!(self, tx => bind_args!(sqlx::query_scalar::<_, i64>(&text), args).fetch_one(&mut **tx).await?))
    }

    /// Commits. A failure here may come after the server applied the commit, so it
    /// is reported as of unknown outcome, never as "not saved" (see `fault::commit_error`).
    pub async fn commit(self) -> Result<(), StoreError> {
        on_tx!(self, tx => tx.commit().await.map_err(fault::commit_error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_follows_the_url_scheme() {
        assert_eq!(Backend::from_url("sqlite://x.sqlite").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("sqlite::memory:").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("postgres://u@h/db").unwrap(), Backend::Postgres);
        assert_eq!(Backend::from_url("postgresql://u@h/db").unwrap(), Backend::Postgres);
        let err = Backend::from_url("mysql://root:secret@h/db").unwrap_err().to_string();
        assert!(err.contains("mysql://root:***@h/db"), "{err}");
        assert!(!err.contains("secret"), "{err}");
    }
}
