//! Operations: TLS (webhooks to an HTTPS receiver, PostgreSQL `sslmode`), rate
//! limits, `/metrics`, and online backup with its restore.

mod backup;
mod metrics;
mod pg_faults;
mod rate_limit;
mod shared_limits;
mod tls;

use std::time::Duration;

use lawtracker_api::server::ServeOptions;
use lawtracker_api::webhooks::DeliveryConfig;

/// Options with webhook delivery polled fast enough for a test to wait on it.
/// Its receivers listen on loopback, allowed as `--webhook-allow-network 127.0.0.1/32` does.
pub fn quick_delivery(mut options: ServeOptions) -> ServeOptions {
    let policy =
        lawtracker_api::net_policy::NetPolicy { allowed: vec!["127.0.0.1/32".parse().unwrap()], ..Default::default() };
    options.webhooks = DeliveryConfig {
        poll_interval: Duration::from_millis(50),
        base_backoff: Duration::from_millis(100),
        policy: std::sync::Arc::new(policy),
        ..options.webhooks
    };
    options
}

/// Polls `condition` every 50 ms until it holds; panics with `what` after 20 s.
pub async fn wait_until<F, Fut>(what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !condition().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
