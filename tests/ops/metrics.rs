//! `GET /metrics`: Prometheus text that a Prometheus parser reads, counting the
//! requests made by operation name and outcome, with pool use and the outbox depth.

use lawtracker_core::auth::Role;
use lawtracker_e2e::TestServer;
use serde_json::json;

/// Every sample of the scrape, as the `prometheus-parse` crate reads the text.
async fn scrape(server: &TestServer) -> prometheus_parse::Scrape {
    let response = server.client.get(format!("{}/metrics", server.base)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    let text = response.text().await.unwrap();
    prometheus_parse::Scrape::parse(text.lines().map(|line| Ok(line.to_string()))).expect("Prometheus text")
}

/// The value of `name` whose labels include all of `labels`, if any.
fn value(scrape: &prometheus_parse::Scrape, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    scrape.samples.iter().find_map(|sample| {
        let matches = sample.metric == name && labels.iter().all(|(k, v)| sample.labels.get(k) == Some(*v));
        if !matches {
            return None;
        }
        match sample.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => Some(v),
            prometheus_parse::Value::Histogram(ref buckets) => buckets.last().map(|b| b.count),
            _ => None,
        }
    })
}

async fn requests_and_latency_are_counted_by_operation_and_outcome(server: &TestServer) {
    // Names unique to this backend's run: the recorder is shared by every server in the process.
    let backend = format!("{:?}", server.store.backend());
    let ok_name = format!("MetricsProbe{backend}");
    let broken_name = format!("MetricsBroken{backend}");
    for _ in 0..3 {
        server.data(&format!("query {ok_name} {{ __typename }}"), json!({})).await;
    }
    let error = server.error(&format!("query {broken_name} {{ noSuchField }}"), json!({})).await;
    assert_eq!(error["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED");

    let scrape = scrape(server).await;
    let ok = [("operation", ok_name.as_str()), ("outcome", "ok")];
    assert_eq!(value(&scrape, "lawtracker_graphql_requests_total", &ok), Some(3.0), "three probes counted");
    let broken = [("operation", broken_name.as_str()), ("outcome", "GRAPHQL_VALIDATION_FAILED")];
    assert_eq!(value(&scrape, "lawtracker_graphql_requests_total", &broken), Some(1.0), "the failure, by its code");
    let latency = value(&scrape, "lawtracker_graphql_request_duration_seconds", &ok);
    assert_eq!(latency, Some(3.0), "the latency histogram holds the three probes");

    let size = value(&scrape, "lawtracker_db_pool_connections", &[]).expect("pool size");
    let idle = value(&scrape, "lawtracker_db_pool_idle_connections", &[]).expect("idle connections");
    assert!(size >= 1.0 && idle <= size, "pool {size} open, {idle} idle");
}

async fn the_webhook_queue_depth_is_the_outbox_pending_rows(server: &TestServer) {
    let admin = server.store.create_token("metrics admin", Role::Admin).await.unwrap();
    // A receiver that is never there (192.0.2.0/24 is reserved for documentation, never
    // routed): the delivery stays pending while it is tried.
    server
        .data_as(
            &admin,
            "mutation($url: String!) { createWebhook(url: $url) { secret } }",
            json!({ "url": "http://192.0.2.1:9/nowhere" }),
        )
        .await;
    let before = value(&scrape(server).await, "lawtracker_webhook_deliveries_pending", &[]).expect("queue depth");
    assert_eq!(before, 0.0);
    server
        .data_as(
            &admin,
            "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }",
            json!({ "input": { "slug": "metrics-ngo", "name": "Test NGO", "kind": "NGO", "description": "x",
                "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } }),
        )
        .await;
    let after = value(&scrape(server).await, "lawtracker_webhook_deliveries_pending", &[]).expect("queue depth");
    assert_eq!(after, 1.0, "one change, one pending delivery");
}

lawtracker_e2e::on_both_backends!(
    requests_and_latency_are_counted_by_operation_and_outcome,
    the_webhook_queue_depth_is_the_outbox_pending_rows
);
