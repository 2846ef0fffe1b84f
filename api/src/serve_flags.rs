//! `lawtracker serve`'s flags beyond the database and the address, and the
//! [`server::ServeOptions`] they make.

use std::path::PathBuf;
use std::time::Duration;

use lawtracker_core::store::{standby, PoolSettings};

use crate::ws::limits as ws_limits;
use crate::{rate_limit, schema, server, webhooks};

/// `lawtracker serve`'s flags beyond the database and the address.
#[derive(clap::Args)]
pub struct ServeFlags {
    /// Refuse introspection (`__schema`, `__type`): for a production deployment
    /// whose clients ship the schema themselves. GraphiQL needs it.
    #[arg(long, env = "LAWTRACKER_NO_INTROSPECTION")]
    no_introspection: bool,
    /// The `Cache-Control` header of successful `GET /graphql` answers.
    #[arg(long, env = "LAWTRACKER_CACHE_CONTROL", default_value = server::DEFAULT_CACHE_CONTROL)]
    cache_control: String,
    /// Sustained requests per second allowed per API token, or per client address for
    /// requests without a valid token; 0 disables rate limiting.
    #[arg(long, env = "LAWTRACKER_RATE_LIMIT_PER_SECOND", default_value_t = rate_limit::DEFAULT_PER_SECOND)]
    rate_limit_per_second: u32,
    /// Requests a token or address may send at once before the sustained rate applies.
    #[arg(long, env = "LAWTRACKER_RATE_LIMIT_BURST", default_value_t = rate_limit::DEFAULT_BURST)]
    rate_limit_burst: u32,
    /// Take the client address from the last `X-Forwarded-For` entry. Only behind a
    /// reverse proxy that sets it: otherwise clients can pick their own address.
    #[arg(long, env = "LAWTRACKER_TRUST_FORWARDED_FOR")]
    trust_forwarded_for: bool,
    /// Keep rate-limit buckets in Redis (redis://HOST:PORT/DB), so that a client's
    /// quota holds across every process serving the database. While Redis does not
    /// answer, each process limits alone at its share (the quota divided by the
    /// processes last seen) and logs the switch.
    #[arg(long, env = "LAWTRACKER_REDIS_URL")]
    redis_url: Option<String>,
    /// The prefix of the Redis keys: processes share buckets only under the same prefix.
    #[arg(long, env = "LAWTRACKER_REDIS_PREFIX", default_value = "lawtracker", requires = "redis_url")]
    redis_prefix: String,
    /// A PEM file of CA certificates to trust for `https://` webhook receivers, besides
    /// the built-in webpki (Mozilla) roots.
    #[arg(long, env = "LAWTRACKER_WEBHOOK_CA")]
    webhook_ca_file: Option<PathBuf>,
    /// A network (CIDR, e.g. 10.20.0.0/16) webhooks may be delivered to although it is
    /// loopback, private, link-local, unique-local or CGNAT. Repeatable; the variable
    /// takes a comma-separated list.
    #[arg(long = "webhook-allow-network", env = "LAWTRACKER_WEBHOOK_ALLOW_NETWORK", value_delimiter = ',')]
    webhook_allow_network: Vec<ipnet::IpNet>,
    /// `/ws`: milliseconds a socket may stay open without a `connection_init` (then 4408).
    #[arg(long, env = "LAWTRACKER_WS_INIT_TIMEOUT_MS", default_value_t = ws_limits::DEFAULT_INIT_TIMEOUT.as_millis() as u64)]
    ws_init_timeout_ms: u64,
    /// `/ws`: milliseconds between the server's pings; a socket silent for a whole
    /// interval after a ping is cut. 0: no pings.
    #[arg(long, env = "LAWTRACKER_WS_KEEPALIVE_MS", default_value_t = ws_limits::DEFAULT_KEEPALIVE.as_millis() as u64)]
    ws_keepalive_ms: u64,
    /// `/ws`: operations one socket may run at once; one more gets an `error` message.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SUBSCRIPTIONS", default_value_t = ws_limits::DEFAULT_MAX_OPERATIONS)]
    ws_max_subscriptions: usize,
    /// `/ws`: sockets open at once per client address; one more is refused with HTTP 429.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SOCKETS_PER_ADDRESS", default_value_t = ws_limits::DEFAULT_MAX_SOCKETS_PER_ADDRESS)]
    ws_max_sockets_per_address: usize,
    /// `/ws`: sockets open at once per API token; one more is closed with 1013.
    #[arg(long, env = "LAWTRACKER_WS_MAX_SOCKETS_PER_TOKEN", default_value_t = ws_limits::DEFAULT_MAX_SOCKETS_PER_TOKEN)]
    ws_max_sockets_per_token: usize,
    /// `/ws`: the largest message a client may send, in bytes; a larger one closes with 1009.
    #[arg(long, env = "LAWTRACKER_WS_MAX_MESSAGE_BYTES", default_value_t = ws_limits::DEFAULT_MAX_MESSAGE_BYTES)]
    ws_max_message_bytes: usize,
    /// Seconds a client may take to send a request's line and headers before it is
    /// disconnected; also how long an idle keep-alive connection stays open.
    #[arg(long, env = "LAWTRACKER_HEADER_READ_TIMEOUT", value_name = "SECONDS",
          default_value_t = server::DEFAULT_HEADER_READ_TIMEOUT.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    header_read_timeout: u64,
    /// Seconds a client may take, once its headers are in, to send the request's body;
    /// a body still arriving then is answered 408 and the connection closed.
    #[arg(long, env = "LAWTRACKER_REQUEST_DEADLINE", value_name = "SECONDS",
          default_value_t = server::DEFAULT_REQUEST_DEADLINE.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    request_deadline: u64,
    /// Seconds a request waits for a PostgreSQL connection (opening one included)
    /// before it is answered 503 `DATABASE_UNAVAILABLE` with `Retry-After`.
    #[arg(long, env = "LAWTRACKER_DATABASE_ACQUIRE_TIMEOUT", value_name = "SECONDS",
          default_value_t = PoolSettings::SERVING.acquire_timeout.as_secs_f64(), value_parser = seconds)]
    database_acquire_timeout: f64,
    /// Seconds a PostgreSQL statement may run before it is cancelled and answered
    /// `STATEMENT_TIMEOUT`; 0: no limit. Migrations always run without one.
    #[arg(long, env = "LAWTRACKER_STATEMENT_TIMEOUT", value_name = "SECONDS",
          default_value_t = PoolSettings::SERVING.statement_timeout.map_or(0.0, |t| t.as_secs_f64()), value_parser = seconds)]
    statement_timeout: f64,
    /// A PostgreSQL hot standby of the database (postgres://USER@HOST/DB) that anonymous
    /// queries may read from; mutations and requests with a token stay on the primary.
    /// Repeatable; the variable takes a comma-separated list.
    #[arg(long = "replica-url", env = "LAWTRACKER_REPLICA_URLS", value_delimiter = ',')]
    replica_urls: Vec<String>,
    /// Seconds a standby's replay may lag behind the primary and still be read from;
    /// further behind, the primary answers.
    #[arg(long, env = "LAWTRACKER_MAX_REPLICA_LAG", value_name = "SECONDS",
          default_value_t = standby::DEFAULT_MAX_LAG.as_secs_f64(), value_parser = seconds)]
    max_replica_lag: f64,
    /// The directory `lawtracker release --out` writes into, served read-only at
    /// `/data/releases/`.
    #[arg(long, env = "LAWTRACKER_RELEASES_DIR")]
    releases_dir: Option<PathBuf>,
    /// Bytes of anonymous query answers kept in memory until the next committed write
    /// (on any process sharing a PostgreSQL database); 0 disables. Off with --replica-url.
    #[arg(long, env = "LAWTRACKER_RESPONSE_CACHE_BYTES", default_value_t = crate::http::response_cache::DEFAULT_BUDGET_BYTES)]
    response_cache_bytes: usize,
}

/// A number of seconds, fractions allowed (`0.5`), at most a day.
fn seconds(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(seconds) if (0.0..=86_400.0).contains(&seconds) => Ok(seconds),
        _ => Err(format!("{value:?} is not a number of seconds between 0 and 86400 (e.g. 5 or 0.5)")),
    }
}

impl ServeFlags {
    /// The options these flags set; an error names a flag whose value is not valid.
    pub fn options(self) -> Result<server::ServeOptions, String> {
        let mut webhooks = webhooks::DeliveryConfig::default();
        if let Some(path) = &self.webhook_ca_file {
            webhooks.extra_roots = webhooks::load_ca_file(path)?;
        }
        let policy = crate::net_policy::NetPolicy { allowed: self.webhook_allow_network, ..Default::default() };
        webhooks.policy = std::sync::Arc::new(policy);
        let rate_limit = rate_limit::RateLimitConfig {
            per_second: self.rate_limit_per_second,
            burst: self.rate_limit_burst,
            trust_forwarded_for: self.trust_forwarded_for,
            shared: self.redis_url.map(|redis_url| rate_limit::SharedConfig { redis_url, prefix: self.redis_prefix }),
        };
        let ws = ws_limits::WsLimits {
            init_timeout: Duration::from_millis(self.ws_init_timeout_ms),
            keepalive: Duration::from_millis(self.ws_keepalive_ms),
            max_operations: self.ws_max_subscriptions,
            max_sockets_per_address: self.ws_max_sockets_per_address,
            max_sockets_per_token: self.ws_max_sockets_per_token,
            max_message_bytes: self.ws_max_message_bytes,
        };
        ws.validate()?;
        Ok(server::ServeOptions {
            schema: schema::SchemaOptions { introspection: !self.no_introspection },
            cache_control: self.cache_control,
            rate_limit,
            webhooks,
            ws,
            header_read_timeout: std::time::Duration::from_secs(self.header_read_timeout),
            request_deadline: std::time::Duration::from_secs(self.request_deadline),
            database: PoolSettings {
                acquire_timeout: if self.database_acquire_timeout > 0.0 {
                    Duration::from_secs_f64(self.database_acquire_timeout)
                } else {
                    return Err("--database-acquire-timeout must be above 0 seconds".into());
                },
                statement_timeout: (self.statement_timeout > 0.0)
                    .then(|| Duration::from_secs_f64(self.statement_timeout)),
            },
            releases_dir: self.releases_dir,
            response_cache_bytes: self.response_cache_bytes,
            replicas: standby::StandbyOptions {
                urls: self.replica_urls.into_iter().filter(|url| !url.trim().is_empty()).collect(),
                max_lag: Duration::from_secs_f64(self.max_replica_lag),
            },
        })
    }
}
