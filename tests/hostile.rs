//! Hostile clients: webhook targets an admin may not point the server at (SSRF).
//! Over real sockets: the server, its delivery client and the receivers are real.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use lawtracker_api::net_policy::NetPolicy;
use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::{code, TestServer};
use serde_json::{json, Value};

const CREATE: &str = "mutation($url: String!) { createWebhook(url: $url) { webhook { id } } }";

fn options_with(policy: NetPolicy) -> ServeOptions {
    let mut options = ServeOptions::default();
    options.webhooks.policy = Arc::new(policy);
    options.webhooks.poll_interval = Duration::from_millis(50);
    options
}

/// Every forbidden range, as literal IPs and as a name (`localhost`) resolving to one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_forbidden_webhook_target_is_refused_at_registration() {
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let forbidden = [
        "http://127.0.0.1/hook",
        "http://127.255.0.9:8080/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://172.31.255.254/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/hook",
        "http://100.127.255.254/hook",
        "http://224.0.0.1/hook",
        "http://0.0.0.0/hook",
        "http://[::1]/hook",
        "http://[::]/hook",
        "http://[fe80::1]/hook",
        "http://[fc00::1]/hook",
        "http://[fd12:3456::1]/hook",
        "http://[ff02::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:10.0.0.1]/hook",
        "http://[::ffff:169.254.169.254]/hook",
        "https://localhost/hook",
    ];
    for url in forbidden {
        let error = server.error_as(&admin, CREATE, json!({ "url": url })).await;
        assert_eq!(code(&error), "BAD_USER_INPUT", "{url} refused: {error}");
        assert_eq!(error["extensions"]["field"], "url", "{url}: the field is named: {error}");
        assert!(error["message"].as_str().unwrap().contains("--webhook-allow-network"), "{url}: says how: {error}");
    }
    // Neighbours of the ranges are public and accepted (nothing is sent at registration).
    for url in ["http://100.128.0.1/hook", "http://172.32.0.1/hook", "http://[2001:db9::1]/hook", "http://8.8.8.8/hook"]
    {
        let data = server.data_as(&admin, CREATE, json!({ "url": url })).await;
        assert!(data["createWebhook"]["webhook"]["id"].is_string(), "{url} accepted: {data}");
    }
    let webhooks = server.data_as(&admin, "{ webhooks { url } }", json!({})).await;
    assert_eq!(webhooks["webhooks"].as_array().unwrap().len(), 4, "no refused webhook was stored: {webhooks}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_allowed_network_may_be_registered() {
    let policy = NetPolicy { allowed: vec!["10.20.0.0/16".parse().unwrap()], ..Default::default() };
    let server = TestServer::start_with(Backend::Sqlite, options_with(policy)).await.unwrap();
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    server.data_as(&admin, CREATE, json!({ "url": "http://10.20.3.4/hook" })).await;
    server.data_as(&admin, CREATE, json!({ "url": "http://[::ffff:10.20.3.4]/hook" })).await;
    let error = server.error_as(&admin, CREATE, json!({ "url": "http://10.21.0.1/hook" })).await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "outside the allowed network: {error}");
    server.stop().await;
}

/// A receiver counting its requests, answering `status` (with `location` if given).
async fn receiver(status: u16, location: Option<String>) -> (u16, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let app = axum::Router::new().fallback(move || {
        let counter = counter.clone();
        let location = location.clone();
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut response = axum::response::Response::new(axum::body::Body::empty());
            *response.status_mut() = axum::http::StatusCode::from_u16(status).unwrap();
            if let Some(location) = location {
                response.headers_mut().insert("location", location.parse().unwrap());
            }
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (port, hits)
}

/// Records one change (an actor), which every webhook wanting all changes is sent.
async fn make_a_change(server: &TestServer) {
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    server
        .data_as(
            &editor,
            "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }",
            json!({ "input": { "slug": "test-ngo", "name": "Test NGO", "kind": "NGO", "description": "x", "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } }),
        )
        .await;
}

/// The first delivery of the only webhook, once it has been attempted.
async fn first_attempt(server: &TestServer, admin: &str) -> Value {
    for _ in 0..100 {
        let data =
            server.data_as(admin, "{ webhooks { deliveries { attempts lastStatus lastError } } }", json!({})).await;
        let delivery = data["webhooks"][0]["deliveries"][0].clone();
        if delivery["attempts"].as_i64().unwrap_or(0) >= 1 {
            return delivery;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the delivery was never attempted");
}

/// What this exercises: the delivery client's resolver. The test has no network DNS,
/// so the policy's fixed answers map the public-looking `receiver.example.com` to
/// 127.0.0.1 (as a rebinding DNS server would after registration); the webhook is
/// stored directly (as if the name resolved publicly when registered). The resolver
/// must refuse the loopback answer and the receiver, listening there, must get nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_name_resolving_to_loopback_is_refused_when_delivering() {
    let (port, hits) = receiver(200, None).await;
    let hosts = HashMap::from([("receiver.example.com".to_string(), vec!["127.0.0.1".parse::<IpAddr>().unwrap()])]);
    let policy = NetPolicy { hosts: Arc::new(hosts), ..Default::default() };
    let server = TestServer::start_with(Backend::Sqlite, options_with(policy)).await.unwrap();
    let admin_token = server.store.create_token("admin", Role::Admin).await.unwrap();
    let admin = server.store.authorize(Some(&admin_token), Role::Admin).await.unwrap();
    let url = format!("http://receiver.example.com:{port}/hook");
    // Through the API the name is refused already, since it resolves to loopback now.
    let error = server.error_as(&admin_token, CREATE, json!({ "url": url })).await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    server.store.create_webhook(&admin, &url, &[], None).await.unwrap();
    make_a_change(&server).await;
    let delivery = first_attempt(&server, &admin_token).await;
    let last_error = delivery["lastError"].as_str().unwrap_or_default();
    assert!(last_error.contains("127.0.0.1 is loopback"), "refused by the resolver: {delivery}");
    assert_eq!(delivery["lastStatus"], Value::Null, "{delivery}");
    assert_eq!(hits.load(Ordering::SeqCst), 0, "the loopback receiver got nothing");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_is_not_followed() {
    let (inner_port, inner_hits) = receiver(200, None).await;
    let (port, hits) = receiver(307, Some(format!("http://127.0.0.1:{inner_port}/inside"))).await;
    let policy = NetPolicy { allowed: vec!["127.0.0.1/32".parse().unwrap()], ..Default::default() };
    let server = TestServer::start_with(Backend::Sqlite, options_with(policy)).await.unwrap();
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    server.data_as(&admin, CREATE, json!({ "url": format!("http://127.0.0.1:{port}/hook") })).await;
    make_a_change(&server).await;
    let delivery = first_attempt(&server, &admin).await;
    assert_eq!(delivery["lastStatus"], 307, "the redirect is the answer: {delivery}");
    assert_eq!(hits.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(inner_hits.load(Ordering::SeqCst), 0, "the redirect target got nothing");
    server.stop().await;
}
