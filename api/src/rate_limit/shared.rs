//! Rate-limit buckets shared by every process serving one database (`serve --redis-url`).
//!
//! Each check is one round trip: a Lua script runs GCRA on the bucket's key atomically,
//! on Redis's own clock (`TIME`), so processes whose clocks differ still agree. A bucket
//! is one key holding its theoretical arrival time, expiring once it is back at full
//! capacity: Redis holds only the clients of the last moments.
//!
//! When Redis does not answer, each process limits on its own at its share of the
//! quota: the quota divided by the number of processes last seen in Redis (every
//! process registers itself there every [`HEARTBEAT`]), so N processes together still
//! let a client through at most about the quota. The switch is logged both ways.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;

use super::{quota, LocalBuckets};

/// How often a process tells Redis it is alive, and retries Redis when it is down.
pub const HEARTBEAT: Duration = Duration::from_secs(2);
/// A process not heard from for this long no longer counts towards the share.
const PROCESS_TTL_MS: u64 = 3 * HEARTBEAT.as_millis() as u64;
/// A request never waits longer than this for Redis: past it, the local share applies.
const REDIS_TIMEOUT: Duration = Duration::from_millis(250);

/// GCRA (the algorithm `governor` runs locally): the bucket holds the instant its
/// next request would be due; a request is allowed while that instant is at most
/// `burst` intervals ahead. Times in microseconds, on Redis's clock.
const GCRA: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - burst * interval
if now < allow_at then
  return {0, allow_at - now}
end
redis.call('SET', KEYS[1], new_tat, 'PX', math.ceil((new_tat - now) / 1000) + 1)
return {1, 0}
";

/// Registers this process and answers how many were seen within the TTL.
const HEARTBEAT_SCRIPT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
redis.call('PEXPIRE', KEYS[1], ttl)
return redis.call('ZCARD', KEYS[1])
";

/// Where shared buckets live and under which key prefix (one prefix per deployment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedConfig {
    pub redis_url: String,
    pub prefix: String,
}

/// What a scrape of `/metrics` reports about the shared limits.
#[derive(Clone, Copy, Debug)]
pub struct SharedState {
    /// Redis answered the last check or heartbeat.
    pub shared: bool,
    /// Processes last seen in Redis (this one included); the local share divides by it.
    pub processes: u32,
}

#[derive(Clone)]
pub struct SharedBuckets {
    inner: Arc<Inner>,
}

struct Inner {
    client: redis::Client,
    bucket_prefix: String,
    processes_key: String,
    process_id: String,
    interval_us: u64,
    burst: u32,
    per_second: u32,
    connection: Mutex<Option<ConnectionManager>>,
    up: AtomicBool,
    processes: AtomicU32,
    /// The local limiter used while Redis is down, and the process count it was built for.
    fallback: RwLock<(u32, Arc<LocalBuckets<String>>)>,
    gcra: Script,
    heartbeat: Script,
}

impl SharedBuckets {
    /// Starts the heartbeat; must be called inside the server's runtime. An error
    /// names what is wrong with the URL; Redis being down is not an error.
    pub fn start(config: &SharedConfig, per_second: u32, burst: u32) -> Result<SharedBuckets, String> {
        let client = redis::Client::open(config.redis_url.as_str())
            .map_err(|error| format!("--redis-url {:?} is not a Redis URL: {error}", config.redis_url))?;
        let runtime = tokio::runtime::Handle::try_current()
            .map_err(|_| "shared rate limits need the server's runtime".to_string())?;
        let inner = Arc::new(Inner {
            client,
            bucket_prefix: format!("{}:rate:", config.prefix),
            processes_key: format!("{}:rate-processes", config.prefix),
            process_id: format!("{}-{:016x}", std::process::id(), rand_u64()),
            interval_us: 1_000_000 / u64::from(per_second.max(1)),
            burst,
            per_second,
            connection: Mutex::new(None),
            up: AtomicBool::new(false),
            processes: AtomicU32::new(1),
            fallback: RwLock::new((1, Arc::new(local_limiter(per_second, burst, 1)))),
            gcra: Script::new(GCRA),
            heartbeat: Script::new(HEARTBEAT_SCRIPT),
        });
        runtime.spawn(beat(Arc::downgrade(&inner)));
        Ok(SharedBuckets { inner })
    }

    pub fn state(&self) -> SharedState {
        SharedState {
            shared: self.inner.up.load(Ordering::Relaxed),
            processes: self.inner.processes.load(Ordering::Relaxed),
        }
    }

    /// How long the bucket `key` must wait, or `None` if the request may go now.
    pub async fn check(&self, key: &str) -> Option<Duration> {
        let inner = &self.inner;
        if inner.up.load(Ordering::Relaxed) {
            if let Some(mut connection) = inner.connection() {
                let mut invocation = inner.gcra.key(format!("{}{key}", inner.bucket_prefix));
                invocation.arg(inner.interval_us).arg(inner.burst);
                let call = invocation.invoke_async::<(i64, i64)>(&mut connection);
                match tokio::time::timeout(REDIS_TIMEOUT, call).await {
                    Ok(Ok((1, _))) => return None,
                    Ok(Ok((_, wait_us))) => return Some(Duration::from_micros(wait_us.max(1) as u64)),
                    Ok(Err(error)) => inner.went_down(&error.to_string()),
                    Err(_) => inner.went_down(&format!("no answer within {} ms", REDIS_TIMEOUT.as_millis())),
                }
            }
        }
        inner.check_locally(key)
    }
}

impl Inner {
    fn connection(&self) -> Option<ConnectionManager> {
        self.connection.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn went_down(&self, why: &str) {
        if self.up.swap(false, Ordering::Relaxed) {
            let processes = self.processes.load(Ordering::Relaxed);
            tracing::warn!(
                reason = why,
                processes,
                "Redis does not answer: rate limits are per process until it does, each at 1/{processes} of the quota"
            );
        }
    }

    fn came_up(&self, processes: u32) {
        self.processes.store(processes.max(1), Ordering::Relaxed);
        if !self.up.swap(true, Ordering::Relaxed) {
            tracing::info!(processes, "Redis answers: rate limits are shared by every process");
        }
    }

    /// The local share: the quota divided by the processes last seen, each part at least 1.
    fn check_locally(&self, key: &str) -> Option<Duration> {
        let processes = self.processes.load(Ordering::Relaxed).max(1);
        let limiter = {
            let current = self.fallback.read().unwrap_or_else(|e| e.into_inner());
            (current.0 == processes).then(|| current.1.clone())
        };
        let limiter = limiter.unwrap_or_else(|| {
            let fresh = Arc::new(local_limiter(self.per_second, self.burst, processes));
            *self.fallback.write().unwrap_or_else(|e| e.into_inner()) = (processes, fresh.clone());
            fresh
        });
        limiter.check(&key.to_string())
    }

    async fn heartbeat_once(&self) -> Result<u32, String> {
        let mut connection = match self.connection() {
            Some(connection) => connection,
            None => {
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(REDIS_TIMEOUT * 4)
                    .set_response_timeout(REDIS_TIMEOUT);
                let connection = tokio::time::timeout(
                    REDIS_TIMEOUT * 4,
                    ConnectionManager::new_with_config(self.client.clone(), config),
                )
                .await
                .map_err(|_| "no connection within a second".to_string())?
                .map_err(|error| error.to_string())?;
                *self.connection.lock().unwrap_or_else(|e| e.into_inner()) = Some(connection.clone());
                connection
            }
        };
        let mut invocation = self.heartbeat.key(&self.processes_key);
        invocation.arg(&self.process_id).arg(PROCESS_TTL_MS);
        let call = invocation.invoke_async::<u32>(&mut connection);
        match tokio::time::timeout(REDIS_TIMEOUT, call).await {
            Ok(Ok(processes)) => Ok(processes),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err(format!("no answer within {} ms", REDIS_TIMEOUT.as_millis())),
        }
    }
}

/// Registers the process every [`HEARTBEAT`] and keeps the up/down state current;
/// ends when the limiter is dropped.
async fn beat(inner: Weak<Inner>) {
    let mut first = true;
    loop {
        let Some(inner) = inner.upgrade() else { return };
        match inner.heartbeat_once().await {
            Ok(processes) => inner.came_up(processes),
            Err(error) if first => {
                tracing::warn!(%error, "Redis does not answer at start: rate limits are per process until it does")
            }
            Err(error) => inner.went_down(&error),
        }
        first = false;
        drop(inner);
        tokio::time::sleep(HEARTBEAT).await;
    }
}

fn local_limiter(per_second: u32, burst: u32, processes: u32) -> LocalBuckets<String> {
    let share = |n: u32| (n / processes).max(1);
    LocalBuckets::new(quota(share(per_second), share(burst)).expect("a share is at least 1 per second"))
}

/// A process id that differs between restarts of the same pid.
fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64),
    );
    hasher.finish()
}
