//! Rate limits: a client past its burst gets 429 with `Retry-After` and a GraphQL
//! error coded `RATE_LIMITED`; other tokens and addresses are unaffected.

use std::net::IpAddr;

use lawtracker_api::rate_limit::RateLimitConfig;
use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::{json, Value};

const BURST: u32 = 3;

async fn limited_server(trust_forwarded_for: bool) -> (TestServer, TestDb) {
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let options = ServeOptions {
        rate_limit: RateLimitConfig { per_second: 1, burst: BURST, trust_forwarded_for, shared: None },
        ..ServeOptions::default()
    };
    (TestServer::start_on_with(&db.url, false, options).await, db)
}

/// A client whose connections come from `address` (any of 127.0.0.0/8 on loopback).
pub(crate) fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder().local_address(address.parse::<IpAddr>().unwrap()).build().unwrap()
}

pub(crate) struct Answer {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: Value,
}

pub(crate) async fn ask(server: &TestServer, client: &reqwest::Client, headers: &[(&str, &str)]) -> Answer {
    let mut request = client.post(format!("{}/graphql", server.base)).json(&json!({ "query": "{ __typename }" }));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let retry_after = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
    Answer { status, retry_after, body: response.json().await.expect("a JSON body") }
}

/// Spends the burst of whoever `headers` and `client` make the caller, and returns
/// the first refusal. The burst's requests must all pass; one of the few after must
/// be refused (a few, not one: a stalled machine may refill a cell meanwhile).
async fn exhaust(server: &TestServer, client: &reqwest::Client, headers: &[(&str, &str)]) -> Answer {
    for n in 0..BURST {
        let answer = ask(server, client, headers).await;
        assert_eq!(answer.status, 200, "request {n} of the burst passes: {}", answer.body);
    }
    for _ in 0..5 {
        let answer = ask(server, client, headers).await;
        if answer.status != 200 {
            return answer;
        }
    }
    panic!("five requests past a burst of {BURST} at 1/s were all let through");
}

fn assert_refused(answer: &Answer) {
    assert_eq!(answer.status, 429, "{}", answer.body);
    let seconds: u64 = answer.retry_after.as_deref().expect("a Retry-After header").parse().expect("whole seconds");
    assert!((1..=2).contains(&seconds), "at 1 request/s the wait is about a second, got {seconds}");
    let error = &answer.body["errors"][0];
    assert_eq!(error["extensions"]["code"], "RATE_LIMITED", "{}", answer.body);
    assert_eq!(error["extensions"]["retryAfterSeconds"], seconds);
    assert!(error["message"].as_str().unwrap().contains("retry after"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_past_its_burst_is_refused_and_another_address_is_not() {
    let (server, _db) = limited_server(false).await;
    let first = client_from("127.0.0.1");
    assert_refused(&exhaust(&server, &first, &[]).await);

    let second = client_from("127.0.0.2");
    let answer = ask(&server, &second, &[]).await;
    assert_eq!(answer.status, 200, "another address has its own bucket: {}", answer.body);
    assert_eq!(answer.body["data"]["__typename"], "Query");

    let health = first.get(format!("{}/healthz", server.base)).send().await.unwrap();
    assert_eq!(health.status(), 200, "health checks are never rate limited");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_past_its_burst_is_refused_and_other_tokens_and_anonymous_callers_are_not() {
    let (server, _db) = limited_server(false).await;
    let busy = server.store.create_token("busy script", Role::Editor).await.unwrap();
    let calm = server.store.create_token("calm curator", Role::Editor).await.unwrap();
    let client = client_from("127.0.0.1");
    let bearer = |token: &str| format!("Bearer {token}");

    let busy_header = bearer(&busy);
    assert_refused(&exhaust(&server, &client, &[("authorization", &busy_header)]).await);

    let calm_header = bearer(&calm);
    let answer = ask(&server, &client, &[("authorization", &calm_header)]).await;
    assert_eq!(answer.status, 200, "another token, same address, is unaffected: {}", answer.body);
    let answer = ask(&server, &client, &[]).await;
    assert_eq!(answer.status, 200, "anonymous calls from the same address have their own bucket: {}", answer.body);

    // Made-up tokens buy no fresh buckets: they are charged to the address.
    let fake = |n: u32| format!("Bearer lt_made_up_{n}");
    let mut refused = None;
    for n in 0..(BURST + 5) {
        let answer = ask(&server, &client, &[("authorization", &fake(n))]).await;
        if answer.status == 429 {
            refused = Some(answer);
            break;
        }
    }
    assert_refused(&refused.expect("made-up tokens share the address's bucket"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn x_forwarded_for_names_the_client_only_when_trusted() {
    let (trusting, _db) = limited_server(true).await;
    let client = client_from("127.0.0.1");
    assert_refused(&exhaust(&trusting, &client, &[("x-forwarded-for", "203.0.113.7, 198.51.100.1")]).await);
    // The proxy appends the address it saw last: that entry is the client.
    let answer = ask(&trusting, &client, &[("x-forwarded-for", "203.0.113.7, 198.51.100.2")]).await;
    assert_eq!(answer.status, 200, "another client behind the proxy is unaffected: {}", answer.body);
    trusting.stop().await;

    let (plain, _db) = limited_server(false).await;
    exhaust(&plain, &client, &[("x-forwarded-for", "198.51.100.1")]).await;
    let answer = ask(&plain, &client, &[("x-forwarded-for", "198.51.100.2")]).await;
    assert_eq!(answer.status, 429, "untrusted, the header changes nothing: the socket's address is the key");
    plain.stop().await;
}
