//! PostgreSQL hot standbys for reads: one [`Store`] per standby, sharing the primary
//! store's statement counter, change broadcast and stop signal (so subscriptions and
//! shutdown behave as on the primary) but reading through a pool of its own.
//!
//! Choosing a standby must not cost a round trip per request, so a background task
//! measures every standby's replay lag every [`REFRESH_EVERY`] on a connection of its
//! own, and [`Standbys::choose`] only reads the last measurement. A standby that fails
//! (its probe, or a request the caller reports with [`Standbys::mark_failed`]) is left
//! alone for [`SKIP_AFTER_FAILURE`]; the primary answers meanwhile.
//!
//! Only reads ever come here: migrations, the webhook sender, locks, the dataset load
//! and every write keep using the primary's store. The sessions are also opened with
//! `default_transaction_read_only`, so a URL that names a primary by mistake cannot
//! take writes either.

use std::str::FromStr;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::ConnectOptions;

use super::{redact, Backend, Db, Store};
use crate::error::StoreError;

/// How often the background task measures every standby's replay lag: routing reads
/// a measurement at most this old.
pub const REFRESH_EVERY: Duration = Duration::from_millis(250);
/// How long a standby that failed is left alone before it is measured into use again.
pub const SKIP_AFTER_FAILURE: Duration = Duration::from_secs(5);
/// The default `--max-replica-lag`.
pub const DEFAULT_MAX_LAG: Duration = Duration::from_secs(5);
/// A lag probe that has not answered by then counts as a failure: a standby that
/// hangs must not keep its last good reading.
const PROBE_TIMEOUT: Duration = Duration::from_secs(1);
/// Connections per standby pool: as many as the primary's serving pool.
const POOL_SIZE: u32 = 16;
/// How long a read waits for a standby connection. sqlx retries a refused connection
/// until this deadline, so it is short: a standby that just went away then costs a
/// request this much before it is answered by the primary instead.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(1);

/// The `application_name` of the read pools' sessions on a standby, and of the probe's.
pub const READS_APPLICATION_NAME: &str = "lawtracker-standby-reads";
pub const PROBE_APPLICATION_NAME: &str = "lawtracker-standby-probe";

/// The lag in seconds; 0 when everything received has been replayed (an idle primary
/// sends nothing, so the last replayed commit may be old without any lag). NULL when
/// it cannot be told: no transaction replayed since the standby started.
const LAG_SQL: &str = "SELECT pg_is_in_recovery(), \
     CAST(CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 \
          ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END AS DOUBLE PRECISION)";

/// `serve --replica-url` (repeatable) and `--max-replica-lag`.
#[derive(Clone, Debug)]
pub struct StandbyOptions {
    pub urls: Vec<String>,
    /// A standby further behind than this is not read from.
    pub max_lag: Duration,
}

impl Default for StandbyOptions {
    fn default() -> Self {
        StandbyOptions { urls: Vec::new(), max_lag: DEFAULT_MAX_LAG }
    }
}

/// Checks, without connecting, that `options` can be used with a primary of
/// `primary`'s backend: what `serve` verifies before it binds its address.
pub fn check(primary: Backend, options: &StandbyOptions) -> Result<(), StoreError> {
    if options.urls.is_empty() {
        return Ok(());
    }
    if primary != Backend::Postgres {
        let message = "read replicas are PostgreSQL hot standbys: the primary must be postgres:// too".into();
        return Err(StoreError::BadArgument { field: "--replica-url", message });
    }
    for url in &options.urls {
        parse(url)?;
    }
    Ok(())
}

fn parse(url: &str) -> Result<PgConnectOptions, StoreError> {
    if Backend::from_url(url)? != Backend::Postgres {
        let message = format!("{:?} is not a postgres:// URL", redact(url));
        return Err(StoreError::BadArgument { field: "--replica-url", message });
    }
    PgConnectOptions::from_str(url).map_err(|e| StoreError::BadUrl { url: redact(url), reason: e.to_string() })
}

/// The last measurement of one standby.
#[derive(Clone, Copy, Debug, Default)]
struct Health {
    /// Seconds behind the primary; `None` before the first good probe or when unknown.
    lag: Option<f64>,
    /// Not chosen before this instant (set by a failure).
    skip_until: Option<Instant>,
}

struct Member {
    /// `standby-N`, N its position among the `--replica-url`s: what responses and
    /// metrics call it.
    label: String,
    /// For logs.
    url: String,
    options: PgConnectOptions,
    store: Store,
    health: Mutex<Health>,
}

struct Inner {
    members: Vec<Member>,
    max_lag: f64,
    /// Wakes the measuring task before its next round is due (see [`Standbys::measure_soon`]).
    wake: Arc<tokio::sync::Notify>,
}

/// The standbys a server may read from; cheap to clone.
#[derive(Clone)]
pub struct Standbys {
    inner: Arc<Inner>,
}

/// A standby chosen for one request.
#[derive(Clone)]
pub struct Chosen {
    pub index: usize,
    pub label: String,
    pub store: Store,
}

impl Standbys {
    /// Pools over `options.urls`, opened lazily: a standby that is down when the server
    /// starts is skipped until it answers, and the server starts anyway. A URL that is
    /// not PostgreSQL, or a primary that is not, is an error. Call within a Tokio
    /// runtime; [`Standbys::start`] starts the measurements.
    pub fn new(primary: &Store, options: &StandbyOptions) -> Result<Self, StoreError> {
        check(primary.backend(), options)?;
        let mut members = Vec::with_capacity(options.urls.len());
        for (index, url) in options.urls.iter().enumerate() {
            let connect_options =
                parse(url)?.options([("default_transaction_read_only", "on")]).application_name(READS_APPLICATION_NAME);
            let pool =
                super::connect::pg_pool_options(POOL_SIZE, ACQUIRE_TIMEOUT).connect_lazy_with(connect_options.clone());
            let store = Store {
                db: Db::Postgres(pool),
                reads: primary.reads.clone(),
                changes: primary.changes.clone(),
                stopping: primary.stopping.clone(),
            };
            members.push(Member {
                label: format!("standby-{index}"),
                url: redact(url),
                // Told apart from the reads in `pg_stat_activity`.
                options: connect_options.clone().application_name(PROBE_APPLICATION_NAME),
                store,
                health: Mutex::default(),
            });
        }
        let max_lag = options.max_lag.as_secs_f64();
        Ok(Standbys { inner: Arc::new(Inner { members, max_lag, wake: Arc::default() }) })
    }

    pub fn len(&self) -> usize {
        self.inner.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.members.is_empty()
    }

    /// The first standby that has not failed lately and whose last measured lag is
    /// within the threshold; `None`: read from the primary.
    pub fn choose(&self) -> Option<Chosen> {
        let now = Instant::now();
        self.inner.members.iter().enumerate().find_map(|(index, member)| {
            let health = *member.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let skipped = health.skip_until.is_some_and(|until| now < until);
            let fresh = health.lag.is_some_and(|lag| lag <= self.inner.max_lag);
            (!skipped && fresh).then(|| Chosen { index, label: member.label.clone(), store: member.store.clone() })
        })
    }

    /// A read on standby `index` failed (it went away, or cancelled the statement for
    /// a recovery conflict): leave it alone for [`SKIP_AFTER_FAILURE`].
    pub fn mark_failed(&self, index: usize) {
        if let Some(member) = self.inner.members.get(index) {
            let mut health = member.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            health.skip_until = Some(Instant::now() + SKIP_AFTER_FAILURE);
            tracing::warn!(standby = %member.label, url = %member.url, "a read failed on a standby; the primary answers for a while");
        }
        // A standby that is gone should show so (in `/metrics`) now, not a round later.
        self.measure_soon();
    }

    /// Has the standbys measured now rather than when the next round is due.
    pub fn measure_soon(&self) {
        self.inner.wake.notify_one();
    }

    /// The last measured lag of each standby, in seconds (`None`: unknown or failing).
    pub fn lags(&self) -> Vec<(String, Option<f64>)> {
        let now = Instant::now();
        let members = self.inner.members.iter();
        members
            .map(|member| {
                let health = *member.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                let skipped = health.skip_until.is_some_and(|until| now < until);
                (member.label.clone(), if skipped { None } else { health.lag })
            })
            .collect()
    }

    /// Measures every standby now, through `probes` (one connection per standby,
    /// opened or reopened as needed, outside the pools).
    async fn refresh(&self, probes: &mut [Option<PgConnection>]) {
        for (member, probe) in self.inner.members.iter().zip(probes.iter_mut()) {
            let measured = tokio::time::timeout(PROBE_TIMEOUT, measure(&member.options, probe)).await;
            let mut health = member.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match measured {
                Ok(Ok((true, lag))) => health.lag = lag,
                outcome => {
                    // Reconnect on the next round rather than reuse a broken or hung session.
                    *probe = None;
                    if health.lag.is_some() || health.skip_until.is_none() {
                        match outcome {
                            Ok(Ok(_)) => {
                                tracing::warn!(standby = %member.label, url = %member.url, "not a standby (not in recovery): not read from")
                            }
                            Ok(Err(error)) => {
                                tracing::warn!(standby = %member.label, url = %member.url, %error, "standby unreachable: the primary answers its reads")
                            }
                            Err(_) => {
                                tracing::warn!(standby = %member.label, url = %member.url, "standby's lag probe timed out: the primary answers its reads")
                            }
                        }
                    }
                    health.lag = None;
                    health.skip_until = Some(Instant::now() + SKIP_AFTER_FAILURE);
                }
            }
        }
    }

    /// Measures every standby once now, then every [`REFRESH_EVERY`] (or sooner, see
    /// [`Standbys::measure_soon`]) in the background until the last clone of this set
    /// is dropped.
    pub async fn start(&self) -> tokio::task::JoinHandle<()> {
        let mut probes: Vec<Option<PgConnection>> = self.inner.members.iter().map(|_| None).collect();
        self.refresh(&mut probes).await;
        let weak: Weak<Inner> = Arc::downgrade(&self.inner);
        // Its own handle, so that waiting for it keeps no standby alive.
        let wake = self.inner.wake.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    () = tokio::time::sleep(REFRESH_EVERY) => {}
                    () = wake.notified() => {}
                }
                let Some(inner) = weak.upgrade() else { break };
                Standbys { inner }.refresh(&mut probes).await;
            }
        })
    }
}

/// One probe: whether the server is in recovery, and its lag.
async fn measure(
    options: &PgConnectOptions,
    probe: &mut Option<PgConnection>,
) -> Result<(bool, Option<f64>), sqlx::Error> {
    let connection = match probe {
        Some(connection) => connection,
        // `connect` fails at once on a refused connection, where a pool would retry.
        None => probe.insert(options.connect().await?),
    };
    sqlx::query_as::<_, (bool, Option<f64>)>(LAG_SQL).fetch_one(connection).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(urls: &[&str]) -> StandbyOptions {
        StandbyOptions { urls: urls.iter().map(|url| url.to_string()).collect(), ..StandbyOptions::default() }
    }

    #[test]
    fn replicas_are_postgres_standbys_of_a_postgres_primary() {
        assert!(check(Backend::Sqlite, &options(&[])).is_ok(), "no replica, any primary");
        assert!(check(Backend::Postgres, &options(&["postgres://u@standby:5432/db"])).is_ok());
        let error = check(Backend::Sqlite, &options(&["postgres://u@standby/db"])).unwrap_err().to_string();
        assert!(error.contains("--replica-url") && error.contains("primary"), "{error}");
        let error = check(Backend::Postgres, &options(&["sqlite://x.sqlite"])).unwrap_err().to_string();
        assert!(error.contains("not a postgres:// URL"), "{error}");
        let error = check(Backend::Postgres, &options(&["postgres://u:secret@h:port/db"])).unwrap_err().to_string();
        assert!(!error.contains("secret"), "{error}");
    }
}
