//! Rate limits: a GCRA bucket (the `governor` crate) per API token, and per client
//! address for requests without a valid token. A refused request gets HTTP 429, a
//! `Retry-After` header (whole seconds) and a GraphQL error body whose
//! `extensions.code` is `RATE_LIMITED`.
//!
//! Why a token only counts as a key once the store has checked it: a client could
//! otherwise send a new made-up token with every request and never be limited. A
//! missing, unknown or revoked token is charged to the client's address instead.
//! Curators behind one NAT each get their own bucket through their tokens.
//!
//! With `--redis-url`, buckets live in Redis so a quota holds across processes
//! ([`shared`]); without it, or while Redis is down, they live in this process.
//!
//! Why `governor` directly and not `tower_governor`: the key needs an async lookup
//! (the token's validity), which `tower_governor`'s synchronous key extractors cannot do.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use lawtracker_core::auth::Role;
use lawtracker_core::Store;

use crate::access::bearer_token;
use crate::error::code;

mod shared;
use shared::SharedBuckets;
pub use shared::{SharedConfig, SharedState, HEARTBEAT as SHARED_HEARTBEAT};

/// `lawtracker serve`'s defaults: a person at GraphiQL or a page loading its data
/// never sees them; a script looping as fast as it can is slowed to 20 requests a second.
pub const DEFAULT_PER_SECOND: u32 = 20;
pub const DEFAULT_BURST: u32 = 100;

/// Every this many requests, buckets back at full capacity are forgotten (memory stays
/// bounded by the clients of the last moments, not by every address ever seen).
const SWEEP_EVERY: u64 = 4096;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateLimitConfig {
    /// Sustained requests per second per token or address; 0 disables the limit.
    pub per_second: u32,
    /// Requests that may arrive at once before the sustained rate applies.
    pub burst: u32,
    /// Take the client's address from the last `X-Forwarded-For` entry (the one the
    /// proxy in front of us appended), not from the socket. Only behind a proxy:
    /// otherwise any client can claim any address.
    pub trust_forwarded_for: bool,
    /// Buckets in Redis, shared by every process that names the same Redis and prefix.
    pub shared: Option<SharedConfig>,
}

impl RateLimitConfig {
    pub fn disabled() -> Self {
        RateLimitConfig { per_second: 0, burst: 0, ..RateLimitConfig::default() }
    }
}

/// The quota of `per_second` sustained and `burst` at once; `None` when `per_second` is 0.
fn quota(per_second: u32, burst: u32) -> Option<Quota> {
    let per_second_nz = NonZeroU32::new(per_second)?;
    // A burst below the rate would refuse requests the rate allows.
    let burst = NonZeroU32::new(burst.max(per_second)).unwrap_or(per_second_nz);
    Some(Quota::per_second(per_second_nz).allow_burst(burst))
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            per_second: DEFAULT_PER_SECOND,
            burst: DEFAULT_BURST,
            trust_forwarded_for: false,
            shared: None,
        }
    }
}

/// Buckets held in this process, forgetting every [`SWEEP_EVERY`] checks those back
/// at full capacity (memory stays bounded by the clients of the last moments, not by
/// every address or made-up token ever seen).
struct LocalBuckets<K: std::hash::Hash + Eq + Clone> {
    limiter: DefaultKeyedRateLimiter<K>,
    checks: AtomicU64,
}

impl<K: std::hash::Hash + Eq + Clone> LocalBuckets<K> {
    fn new(quota: Quota) -> Self {
        LocalBuckets { limiter: DefaultKeyedRateLimiter::keyed(quota), checks: AtomicU64::new(0) }
    }

    /// How long `key` must wait, or `None` if it may go now (and is charged for it).
    fn check(&self, key: &K) -> Option<Duration> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.limiter.retain_recent();
            self.limiter.shrink_to_fit();
        }
        self.limiter.check_key(key).err().map(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// A valid token, by its holder's name (names are unique).
    Token(String),
    Address(IpAddr),
}

impl Key {
    /// The bucket's name in Redis.
    fn shared_name(&self) -> String {
        match self {
            Key::Token(name) => format!("token:{name}"),
            Key::Address(address) => format!("address:{address}"),
        }
    }
}

/// The limiter a router's middleware shares across requests.
#[derive(Clone)]
pub struct RateLimiter {
    local: Arc<LocalBuckets<Key>>,
    shared: Option<SharedBuckets>,
    store: Store,
    trust_forwarded_for: bool,
}

impl RateLimiter {
    /// `Ok(None)` when the configuration disables rate limiting; an error names an
    /// option that is not valid (a `--redis-url` that is not a Redis URL).
    pub fn new(config: &RateLimitConfig, store: Store) -> Result<Option<RateLimiter>, String> {
        let Some(quota) = quota(config.per_second, config.burst) else { return Ok(None) };
        let shared = match &config.shared {
            Some(shared) => Some(SharedBuckets::start(shared, config.per_second, config.burst.max(config.per_second))?),
            None => None,
        };
        Ok(Some(RateLimiter {
            local: Arc::new(LocalBuckets::new(quota)),
            shared,
            store,
            trust_forwarded_for: config.trust_forwarded_for,
        }))
    }

    /// Whether buckets are shared right now, and across how many processes; `None`
    /// without `--redis-url`.
    pub fn shared_state(&self) -> Option<SharedState> {
        self.shared.as_ref().map(SharedBuckets::state)
    }

    /// The bucket a request is charged to. Takes what it needs by value: a request's
    /// body is not `Sync`, so the middleware may not hold it by reference across an await.
    async fn key(&self, token: Option<String>, address: IpAddr) -> Key {
        if let Some(token) = token {
            if let Ok(principal) = self.store.authorize(Some(&token), Role::Contributor).await {
                return Key::Token(principal.name);
            }
        }
        Key::Address(address)
    }

    fn client_address(&self, request: &Request) -> IpAddr {
        client_address(request.headers(), request.extensions(), self.trust_forwarded_for)
    }

    /// How long `key` must wait, or `None` if it may go now (and is charged for it).
    async fn check(&self, key: &Key) -> Option<Duration> {
        match &self.shared {
            Some(shared) => shared.check(&key.shared_name()).await,
            None => self.local.check(key),
        }
    }
}

/// The client's address, the key of everything counted per client (this rate limit,
/// `/ws`'s sockets). With `trust_forwarded_for`, the last `X-Forwarded-For` entry.
pub fn client_address(headers: &HeaderMap, extensions: &Extensions, trust_forwarded_for: bool) -> IpAddr {
    if trust_forwarded_for {
        // Only the last entry: the one our proxy appended. Earlier ones are whatever
        // the client sent, so a last entry that is not an address is not skipped over.
        let last = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back();
        if let Some(address) = last.and_then(|entry| entry.trim().parse::<IpAddr>().ok()) {
            return address;
        }
    }
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip())
        // A router served without connection info (in-process tests): one shared bucket.
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// The middleware: passes the request on, or answers 429.
pub async fn limit(State(limiter): State<RateLimiter>, request: Request, next: Next) -> Response {
    let token = bearer_token(request.headers()).map(str::to_string);
    let address = limiter.client_address(&request);
    let key = limiter.key(token, address).await;
    match limiter.check(&key).await {
        None => next.run(request).await,
        Some(wait) => {
            crate::metrics::record_rate_limited(match key {
                Key::Token(_) => "token",
                Key::Address(_) => "address",
            });
            too_many_requests(wait, &key)
        }
    }
}

fn too_many_requests(wait: Duration, key: &Key) -> Response {
    // Retry-After takes whole seconds; rounding down would invite a retry that fails again.
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let seconds = seconds.max(1);
    let whose = match key {
        Key::Token(_) => "this token",
        Key::Address(_) => "this address",
    };
    too_many(format!("too many requests from {whose}; retry after {seconds} s"), seconds)
}

/// HTTP 429 with `Retry-After: seconds` and a `RATE_LIMITED` GraphQL error saying `message`.
pub(crate) fn too_many(message: String, seconds: u64) -> Response {
    let body = serde_json::json!({
        "errors": [{
            "message": message,
            "extensions": { "code": code::RATE_LIMITED, "retryAfterSeconds": seconds },
        }]
    });
    let mut response = (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response
}
