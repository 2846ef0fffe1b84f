//! The store: one interface over SQLite (the embedded default) and PostgreSQL.
//!
//! There is one implementation, not two. Every statement is written once with
//! `$n` placeholders (both dialects accept them) and run by [`on_db!`], which
//! expands the same code for each backend's concrete types, so the backends cannot
//! drift apart. Dialect differences live in `migrations/{sqlite,postgres}` and in
//! the few `Backend` matches below. sqlx's `Any` driver is avoided on purpose: it
//! has no chrono or JSON types and its `?` placeholders break PostgreSQL.

pub mod bulk;
pub(crate) mod constraint;
pub mod curation;
pub mod dated;
pub mod filters;
pub mod measures;
pub mod queries;
pub mod revisions;
pub mod search;
pub mod sql;
pub mod standby;
pub mod tokens;
pub mod webhooks;

use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use tokio::sync::broadcast;

use crate::error::StoreError;
use crate::model::Revision;
use sql::{bind_args, Sql};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// The default database: a SQLite file in the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://lawtracker.sqlite";
/// A pooled PostgreSQL connection idle for this long is pinged before it is lent
/// out, so one the server dropped (a restart, an administrator's
/// `pg_terminate_backend`) is replaced before a statement fails on it. Connections
/// in steady use (milliseconds between statements) are never pinged. What this
/// gives up: a server restarted *and back* within a second of a connection's last
/// use fails that connection's next statement once (sqlx then discards it).
const PING_IDLE_AFTER: Duration = Duration::from_secs(1);

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

/// What a store's connections are for: serving requests, or one bulk load.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Serve,
    BulkLoad,
}

/// The pool for `url`, tuned for `purpose` (see [`Store::open_for_bulk_load`]).
async fn connect_for(url: &str, purpose: Purpose) -> Result<Db, StoreError> {
    let bulk = purpose == Purpose::BulkLoad;
    let bad_url = |e: sqlx::Error| StoreError::BadUrl { url: redact(url), reason: e.to_string() };
    let connect_error = |e: sqlx::Error| StoreError::Connect { url: redact(url), reason: e.to_string() };
    Ok(match Backend::from_url(url)? {
        Backend::Sqlite => {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(bad_url)?
                .create_if_missing(true)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            let options = if bulk {
                options
                    .journal_mode(SqliteJournalMode::Memory)
                    .synchronous(SqliteSynchronous::Off)
                    .pragma("cache_size", "-262144")
                    .pragma("temp_store", "memory")
            } else {
                options.journal_mode(SqliteJournalMode::Wal).synchronous(SqliteSynchronous::Normal)
            };
            let pool = SqlitePoolOptions::new()
                .max_connections(if bulk { 1 } else { 8 })
                // sqlx pings a pooled connection before lending it out, a round trip
                // to the connection's worker thread before every statement. A SQLite
                // connection is a file opened in this process: nothing can drop it
                // behind our back. (PostgreSQL pings idle connections: a server
                // restart does drop them; see `PING_IDLE_AFTER`.) Q2 of the
                // benchmark: +7% req/s without it.
                .test_before_acquire(false)
                // SQLite rolls a transaction back by itself on some errors (a full
                // disk's SQLITE_FULL among them); sqlx's ROLLBACK on drop then fails and
                // leaves the connection counted as inside a transaction, so every later
                // `BEGIN IMMEDIATE` on it would fail. Such a connection is closed, not
                // kept. Only connections released inside a transaction pay the check.
                .after_release(|conn, _| {
                    Box::pin(async move {
                        if !sqlx::Connection::is_in_transaction(conn) {
                            return Ok(true);
                        }
                        // The rollback queued on drop may not have run yet: wait for it.
                        sqlx::Connection::ping(conn).await?;
                        Ok(!sqlx::Connection::is_in_transaction(conn))
                    })
                })
                .connect_with(options)
                .await
                .map_err(connect_error)?;
            Db::Sqlite(pool)
        }
        Backend::Postgres => {
            let mut options = PgConnectOptions::from_str(url).map_err(bad_url)?;
            if bulk {
                options = options.options([("synchronous_commit", "off")]);
            }
            // One connection first, outside the pool: the pool retries a refused
            // connection until its acquire timeout and then says only "pool timed
            // out"; this says why (e.g. "Connection refused") at once.
            use sqlx::{ConnectOptions, Connection};
            options.connect().await.map_err(connect_error)?.close().await.map_err(connect_error)?;
            let pool = PgPoolOptions::new()
                .max_connections(if bulk { 2 } else { 16 })
                .acquire_timeout(Duration::from_secs(10))
                // sqlx pings every connection when it goes back to the pool (always)
                // and, by default, again before lending it out: two round trips
                // around every statement, a third of Q2's. A connection back for
                // less than `PING_IDLE_AFTER` was answering a moment ago, so only
                // those idle longer are pinged before use (a restarted server has
                // dropped them).
                .test_before_acquire(false)
                .before_acquire(|connection, meta| {
                    Box::pin(async move {
                        if meta.idle_for >= PING_IDLE_AFTER {
                            use sqlx::Connection;
                            connection.ping().await?;
                        }
                        Ok(true)
                    })
                })
                .connect_with(options)
                .await
                .map_err(connect_error)?;
            Db::Postgres(pool)
        }
    })
}

/// Checks that `url` names a database this build can open, without opening it: what
/// `serve` verifies before it binds its address and creates anything.
pub fn check_url(url: &str) -> Result<Backend, StoreError> {
    let bad_url = |e: sqlx::Error| StoreError::BadUrl { url: redact(url), reason: e.to_string() };
    let backend = Backend::from_url(url)?;
    match backend {
        Backend::Sqlite => drop(SqliteConnectOptions::from_str(url).map_err(bad_url)?),
        Backend::Postgres => drop(PgConnectOptions::from_str(url).map_err(bad_url)?),
    }
    Ok(backend)
}

impl Store {
    /// Opens the database `url` names (creating a SQLite file if missing) without migrating.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let db = connect_for(url, Purpose::Serve).await?;
        Ok(Store { db, reads: Arc::default(), changes: broadcast::channel(1024).0, stopping: Arc::default() })
    }

    /// Opens for a one-off bulk load (`lawtracker generate`) and migrates. SQLite: one
    /// connection, `synchronous=OFF`, a 256 MiB page cache and the rollback journal in
    /// memory (each page is written once, not to a WAL and then again to the file);
    /// [`Store::end_bulk_load`] makes it a WAL database again. A crash mid-load may
    /// leave a damaged file: start again on a fresh one. PostgreSQL:
    /// `synchronous_commit=off` for this store's sessions.
    pub async fn open_for_bulk_load(url: &str) -> Result<Self, StoreError> {
        let db = connect_for(url, Purpose::BulkLoad).await?;
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
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the embedded migrations of this backend; a no-op when up to date.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.db {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
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
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
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
            Db::Postgres(pool) => {
                Tx::Postgres(pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await?)
            }
        })
    }

    pub(crate) async fn fetch_all<R: Record>(&self, sql: Sql) -> Result<Vec<R>, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        Ok(on_db!(&self.db, pool => bind_args!(sqlx::query_as::<_, R>(&text), args).fetch_all(pool).await?))
    }

    pub(crate) async fn fetch_optional<R: Record>(&self, sql: Sql) -> Result<Option<R>, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        Ok(on_db!(&self.db, pool => bind_args!(sqlx::query_as::<_, R>(&text), args).fetch_optional(pool).await?))
    }

    pub(crate) async fn fetch_count(&self, sql: Sql) -> Result<i64, StoreError> {
        self.reads.fetch_add(1, Ordering::Relaxed);
        let Sql { text, args } = sql;
        Ok(on_db!(&self.db, pool => bind_args!(sqlx::query_scalar::<_, i64>(&text), args).fetch_one(pool).await?))
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

    pub async fn commit(self) -> Result<(), StoreError> {
        on_tx!(self, tx => tx.commit().await?);
        Ok(())
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
