//! `GET /metrics`: Prometheus text, rendered by `metrics-exporter-prometheus` from
//! what the server records through the `metrics` facade.
//!
//! - `lawtracker_graphql_requests_total{operation, outcome}` and
//!   `lawtracker_graphql_request_duration_seconds{operation, outcome}` (a histogram):
//!   every GraphQL execution, by operation name and outcome (`ok`, or the first
//!   error's `extensions.code`).
//! - `lawtracker_db_pool_connections` and `lawtracker_db_pool_idle_connections`: the
//!   database pool, read at scrape time.
//! - `lawtracker_webhook_deliveries_pending`: the webhook outbox's depth, read at scrape time.
//! - `lawtracker_rate_limited_total{by}`: requests refused with 429, by `token` or `address` (the rate
//!   limit) or `ws_address` (`/ws` upgrades over the sockets per address).
//! - `lawtracker_response_cache_{hits,misses,evictions,invalidations}_total`: the
//!   response cache (`--response-cache-bytes`): anonymous queries answered from it or
//!   computed, entries dropped for the byte budget, generations dropped for a write;
//!   `lawtracker_response_cache_bytes` (read at scrape time): what it holds now.
//!
//! The recorder is process-wide (the facade has one global recorder), so several
//! servers in one process (the tests) share their counters.

use std::collections::HashSet;
use std::sync::{OnceLock, RwLock};
use std::time::Duration;

use async_graphql::{Request, Response};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use lawtracker_core::store::standby::Standbys;
use lawtracker_core::Store;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::http::response_cache::ResponseCache;

pub const REQUESTS: &str = "lawtracker_graphql_requests_total";
pub const DURATION: &str = "lawtracker_graphql_request_duration_seconds";
pub const POOL_SIZE: &str = "lawtracker_db_pool_connections";
pub const POOL_IDLE: &str = "lawtracker_db_pool_idle_connections";
pub const WEBHOOKS_PENDING: &str = "lawtracker_webhook_deliveries_pending";
pub const RATE_LIMITED: &str = "lawtracker_rate_limited_total";
pub const RATE_LIMIT_SHARED: &str = "lawtracker_rate_limit_shared";
pub const RATE_LIMIT_PROCESSES: &str = "lawtracker_rate_limit_processes";
pub const SERVED: &str = "lawtracker_graphql_served_total";
pub const REPLICA_FALLBACKS: &str = "lawtracker_replica_fallbacks_total";
pub const REPLICA_LAG: &str = "lawtracker_replica_lag_seconds";
pub const RESPONSE_CACHE_HITS: &str = "lawtracker_response_cache_hits_total";
pub const RESPONSE_CACHE_MISSES: &str = "lawtracker_response_cache_misses_total";
pub const RESPONSE_CACHE_EVICTIONS: &str = "lawtracker_response_cache_evictions_total";
pub const RESPONSE_CACHE_INVALIDATIONS: &str = "lawtracker_response_cache_invalidations_total";
pub const RESPONSE_CACHE_BYTES: &str = "lawtracker_response_cache_bytes";

/// Operation names are chosen by clients: past this many distinct names, new ones are
/// counted as `other`, so a client cannot grow the metrics without bound.
const MAX_OPERATION_NAMES: usize = 256;
/// Longer names are cut: GraphQL names have no length limit of their own.
const MAX_OPERATION_NAME_CHARS: usize = 64;

/// Latency buckets, in seconds: from a cached lookup to the request timeout.
const BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

/// The process's recorder, installed on first use.
fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(DURATION.into()), BUCKETS)
            .expect("the bucket list is not empty")
            .build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("another metrics recorder is installed; /metrics will show nothing recorded");
        }
        handle
    })
}

/// Installs the recorder, so that what happens before the first scrape is counted.
pub fn install() {
    handle();
}

/// The name to report for `request`: its `operationName`, else the name of its only
/// operation, else `anonymous`. Parses the document in place (the schema reuses it).
pub fn operation_name(request: &mut Request) -> String {
    let name = match &request.operation_name {
        Some(name) => Some(name.clone()),
        None => request.parsed_query().ok().and_then(|doc| {
            use async_graphql::parser::types::DocumentOperations;
            match &doc.operations {
                DocumentOperations::Multiple(ops) if ops.len() == 1 => ops.keys().next().map(|n| n.to_string()),
                _ => None,
            }
        }),
    };
    match name {
        Some(name) => bounded(name),
        None => "anonymous".into(),
    }
}

fn bounded(mut name: String) -> String {
    static SEEN: OnceLock<RwLock<HashSet<String>>> = OnceLock::new();
    if let Some((cut, _)) = name.char_indices().nth(MAX_OPERATION_NAME_CHARS) {
        name.truncate(cut);
    }
    let seen = SEEN.get_or_init(Default::default);
    // Every request reads; only a new name writes.
    if seen.read().unwrap_or_else(|poisoned| poisoned.into_inner()).contains(&name) {
        return name;
    }
    let mut seen = seen.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    if seen.len() >= MAX_OPERATION_NAMES && !seen.contains(&name) {
        return "other".into();
    }
    seen.insert(name.clone());
    name
}

/// `ok`, or the first error's code (`error` for one without a code).
fn outcome(response: &Response) -> String {
    match response.errors.first() {
        None => "ok".into(),
        Some(error) => error
            .extensions
            .as_ref()
            .and_then(|ext| ext.get("code"))
            .and_then(|code| match code {
                async_graphql::Value::String(code) => Some(code.clone()),
                async_graphql::Value::Enum(code) => Some(code.to_string()),
                _ => None,
            })
            .unwrap_or_else(|| "error".into()),
    }
}

/// Counts one GraphQL execution and its latency.
pub fn record_execution(operation: String, response: &Response, elapsed: Duration) {
    let labels = [("operation", operation), ("outcome", outcome(response))];
    metrics::counter!(REQUESTS, &labels).increment(1);
    metrics::histogram!(DURATION, &labels).record(elapsed.as_secs_f64());
}

/// Counts one request refused by the rate limit; `by` is `token` or `address`.
pub fn record_rate_limited(by: &'static str) {
    metrics::counter!(RATE_LIMITED, "by" => by).increment(1);
}

/// Counts one GraphQL HTTP request by the server that answered it (`primary`, `standby-N`).
pub fn record_served_by(by: &str) {
    metrics::counter!(SERVED, "by" => by.to_string()).increment(1);
}

/// Counts one read that failed on `standby` and was answered by the primary.
pub fn record_replica_fallback(standby: &str) {
    metrics::counter!(REPLICA_FALLBACKS, "standby" => standby.to_string()).increment(1);
}

/// `GET /metrics`: everything recorded, then this server's readings of its pool and
/// outbox. Those are written here rather than kept as gauges in the process-wide
/// recorder, where two servers in one process would overwrite each other's.
pub async fn render(
    store: &Store,
    shared_limits: Option<crate::rate_limit::SharedState>,
    standbys: Option<&Standbys>,
    response_cache: Option<&ResponseCache>,
) -> HttpResponse {
    let handle = handle();
    handle.run_upkeep();
    let mut text = handle.render();
    let pool = store.pool_use();
    gauge(&mut text, POOL_SIZE, "Open database connections in the pool.", pool.size.into());
    gauge(&mut text, POOL_IDLE, "Open database connections not in use.", pool.idle.into());
    if let Some(limits) = shared_limits {
        let help = "1 while rate-limit buckets are shared through Redis, 0 while each process limits alone.";
        gauge(&mut text, RATE_LIMIT_SHARED, help, i64::from(limits.shared));
        let help = "Processes last seen sharing the rate limits; alone, each allows 1/this of the quota.";
        gauge(&mut text, RATE_LIMIT_PROCESSES, help, limits.processes.into());
    }
    if let Some(standbys) = standbys {
        replica_lags(&mut text, standbys);
    }
    if let Some(cache) = response_cache {
        let help = "Bytes the response cache holds (keys, bodies, overhead); at most --response-cache-bytes.";
        gauge(&mut text, RESPONSE_CACHE_BYTES, help, i64::try_from(cache.bytes()).unwrap_or(i64::MAX));
    }
    match store.pending_deliveries().await {
        Ok(pending) => gauge(&mut text, WEBHOOKS_PENDING, "Webhook deliveries waiting to be sent.", pending),
        // The scrape still answers: the other series are worth having when the database is not.
        Err(error) => tracing::warn!(%error, "could not count pending webhook deliveries for /metrics"),
    }
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response()
}

fn gauge(text: &mut String, name: &str, help: &str, value: i64) {
    use std::fmt::Write;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = write!(text, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
}

/// One `lawtracker_replica_lag_seconds` sample per standby whose lag is known.
fn replica_lags(text: &mut String, standbys: &Standbys) {
    use std::fmt::Write;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let help = "Each standby's last measured replay lag; absent while unknown or failing.";
    let _ = write!(text, "# HELP {REPLICA_LAG} {help}\n# TYPE {REPLICA_LAG} gauge\n");
    for (standby, lag) in standbys.lags() {
        if let Some(lag) = lag {
            let _ = writeln!(text, "{REPLICA_LAG}{{standby=\"{standby}\"}} {lag}");
        }
    }
}
