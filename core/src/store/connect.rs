//! Opening a database: the pool for each backend and purpose, and how long a request
//! may wait for the database before it is told the database is unavailable.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::{redact, Backend, Db};
use crate::error::StoreError;

/// A pooled PostgreSQL connection idle for this long is pinged before it is lent
/// out, so one the server dropped (a restart, an administrator's
/// `pg_terminate_backend`) is replaced before a statement fails on it. Connections
/// in steady use (milliseconds between statements) are never pinged. A server
/// restarted *and back* within a second of a connection's last use fails that
/// connection's next statement: reads are then sent again on a fresh connection
/// (see `fault::Fault::Lost`).
const PING_IDLE_AFTER: Duration = Duration::from_secs(1);

/// How long the first connection (made outside the pool, to report why it fails) may
/// take: a host that drops packets instead of refusing would otherwise hang start-up.
const FIRST_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long requests wait for the database. A server that answers requests must say
/// "unavailable, retry" within seconds when PostgreSQL is down, not hold every client
/// for sqlx's default 30 s; a one-off command (an export, an import) may wait longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolSettings {
    /// The longest a statement waits for a pooled connection, including the time to
    /// open one: past it, the request is answered "database unavailable".
    pub acquire_timeout: Duration,
    /// PostgreSQL cancels any statement running longer (`statement_timeout`), so one
    /// slow query cannot hold a connection, and its client, indefinitely. `None`: no
    /// limit. Migrations always run without one (an index build may take minutes).
    pub statement_timeout: Option<Duration>,
}

impl PoolSettings {
    /// For `serve`: unavailability reported within 2 s, statements cut at 15 s.
    pub const SERVING: PoolSettings =
        PoolSettings { acquire_timeout: Duration::from_secs(2), statement_timeout: Some(Duration::from_secs(15)) };
    /// For one-off commands: wait as a person at a terminal would, and let long
    /// statements (an export of a million incidents) finish.
    pub const COMMAND: PoolSettings =
        PoolSettings { acquire_timeout: Duration::from_secs(10), statement_timeout: None };
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings::COMMAND
    }
}

/// What a store's connections are for: serving requests, or one bulk load.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Purpose {
    Serve,
    BulkLoad,
}

/// The pool for `url`, tuned for `purpose` (see [`super::Store::open_for_bulk_load`]).
pub(super) async fn connect_for(url: &str, purpose: Purpose, settings: PoolSettings) -> Result<Db, StoreError> {
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
                // A SQLite database is a file in this process: it does not go away
                // while serving, so its waits are the writers' queue (the busy timeout
                // above), not an outage; the acquire timeout stays sqlx's.
                //
                // sqlx pings a pooled connection before lending it out, a round trip
                // to the connection's worker thread before every statement. A SQLite
                // connection is a file opened in this process: nothing can drop it
                // behind our back. Q2 of the benchmark: +7% req/s without it.
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
            let mut session: Vec<(&str, String)> = Vec::new();
            if bulk {
                session.push(("synchronous_commit", "off".into()));
            }
            if let Some(limit) = settings.statement_timeout {
                session.push(("statement_timeout", format!("{}ms", limit.as_millis().max(1))));
            }
            if !session.is_empty() {
                options = options.options(session);
            }
            // One connection first, outside the pool: the pool retries a refused
            // connection until its acquire timeout and then says only "pool timed
            // out"; this says why (e.g. "Connection refused") at once.
            use sqlx::{ConnectOptions, Connection};
            let first = tokio::time::timeout(FIRST_CONNECT_TIMEOUT, options.connect()).await.map_err(|_| {
                StoreError::Connect {
                    url: redact(url),
                    reason: format!("no answer within {} s", FIRST_CONNECT_TIMEOUT.as_secs()),
                }
            })?;
            first.map_err(connect_error)?.close().await.map_err(connect_error)?;
            let pool = pg_pool_options(if bulk { 2 } else { 16 }, settings.acquire_timeout)
                .connect_with(options)
                .await
                .map_err(connect_error)?;
            Db::Postgres(pool)
        }
    })
}

/// A PostgreSQL pool of `max` connections that waits at most `acquire_timeout` for
/// one. sqlx pings every connection when it goes back to the pool (always) and, by
/// default, again before lending it out: two round trips around every statement, a
/// third of Q2's. A connection back for less than `PING_IDLE_AFTER` was answering a
/// moment ago, so only those idle longer are pinged before use (a restarted server
/// has dropped them). The primary's pools and the standbys' are made here alike.
pub(super) fn pg_pool_options(max: u32, acquire_timeout: Duration) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(acquire_timeout)
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
