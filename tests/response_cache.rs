//! The cache of anonymous answers (`serve --response-cache-bytes`): a repeated query
//! is answered from memory, byte for byte, until a write; a write through this process
//! or another sharing the PostgreSQL database is seen by the next read; requests with
//! credentials, other variables or another language never get another's answer; the
//! memory held stays within the budget.

use std::time::{Duration, Instant};

use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::{actor_input, on_both_backends, TestDb, TestServer};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

on_both_backends!(
    a_repeated_anonymous_query_is_a_hit_with_the_same_bytes,
    a_write_makes_the_next_read_a_miss_that_sees_it,
    credentials_variables_and_languages_are_never_served_anothers_answer,
    the_byte_budget_holds_and_the_least_recently_used_go_first,
);

const ACTORS: &str = "{ actors(first: 100) { totalCount edges { node { slug } } } }";
const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }";

fn options(budget: usize) -> ServeOptions {
    ServeOptions { response_cache_bytes: budget, ..ServeOptions::default() }
}

/// A server with the cache on, over the database of `server` (started by
/// `on_both_backends!` with the defaults, where the cache is off). Writes in these
/// tests go through the cached server itself, whose store announces them.
async fn cached(server: &TestServer, budget: usize) -> TestServer {
    let url = &server.db.as_ref().expect("the test owns a database").url;
    TestServer::start_on_with(url, false, options(budget)).await
}

/// One answer: status, headers, the body's bytes.
struct Answer {
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn cache(&self) -> Option<&str> {
        self.headers.get("x-lawtracker-cache").map(|v| v.to_str().unwrap())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

async fn post(server: &TestServer, query: &str, variables: Value, extra: &[(&str, &str)]) -> Answer {
    let mut request =
        server.client.post(format!("{}/graphql", server.base)).json(&json!({ "query": query, "variables": variables }));
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("the server answers");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    Answer { headers, body: response.bytes().await.unwrap().to_vec() }
}

async fn create_actor(server: &TestServer, token: &str, slug: &str) {
    server.data_as(token, CREATE_ACTOR, json!({ "input": actor_input(slug, "Test NGO") })).await;
}

fn slugs(answer: &Answer) -> Vec<String> {
    let body = answer.json();
    let edges = body["data"]["actors"]["edges"].as_array().unwrap_or_else(|| panic!("{body}")).clone();
    edges.iter().map(|edge| edge["node"]["slug"].as_str().unwrap().to_string()).collect()
}

/// `lawtracker_response_cache_bytes` as this server's `/metrics` says.
async fn bytes_held(server: &TestServer) -> u64 {
    let text = server.client.get(format!("{}/metrics", server.base)).send().await.unwrap().text().await.unwrap();
    let line = text
        .lines()
        .find(|line| line.starts_with("lawtracker_response_cache_bytes "))
        .unwrap_or_else(|| panic!("no cache gauge in:\n{text}"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

async fn a_repeated_anonymous_query_is_a_hit_with_the_same_bytes(server: &TestServer) {
    let cached = cached(server, 1 << 20).await;
    let first = post(&cached, ACTORS, json!({}), &[]).await;
    assert_eq!(first.cache(), Some("miss"));
    assert!(!slugs(&first).is_empty(), "the shipped dataset has actors");
    let second = post(&cached, ACTORS, json!({}), &[]).await;
    assert_eq!(second.cache(), Some("hit"));
    assert_eq!(second.body, first.body, "byte for byte");
    assert_eq!(second.headers["content-type"], first.headers["content-type"]);
    assert!(bytes_held(&cached).await > first.body.len() as u64);

    // GET asks the same of the same data: the same answer, with its ETag.
    let get = || cached.client.get(format!("{}/graphql", cached.base)).query(&[("query", ACTORS)]).send();
    let (one, two) = (get().await.unwrap(), get().await.unwrap());
    assert_eq!(one.headers()["x-lawtracker-cache"], "hit");
    assert_eq!(one.headers()["etag"], two.headers()["etag"]);
    assert_eq!(one.bytes().await.unwrap(), first.body);

    // Another media type is another body: its own entry.
    let json_media = post(&cached, ACTORS, json!({}), &[("accept", "application/graphql-response+json")]).await;
    assert_eq!(json_media.cache(), Some("miss"));
    assert!(json_media.headers["content-type"].to_str().unwrap().starts_with("application/graphql-response+json"));
    assert_eq!(
        post(&cached, ACTORS, json!({}), &[("accept", "application/graphql-response+json")]).await.cache(),
        Some("hit")
    );

    // An answer with errors is not kept.
    let broken = "{ actor(id: \"no-such-actor\") { slug } nope }";
    for _ in 0..2 {
        assert_eq!(post(&cached, broken, json!({}), &[]).await.cache(), Some("miss"));
    }
    cached.stop().await;
}

async fn a_write_makes_the_next_read_a_miss_that_sees_it(server: &TestServer) {
    let cached = cached(server, 1 << 20).await;
    let editor = cached.store.create_token("editor", Role::Editor).await.unwrap();
    post(&cached, ACTORS, json!({}), &[]).await;
    let before = post(&cached, ACTORS, json!({}), &[]).await;
    assert_eq!(before.cache(), Some("hit"));
    assert!(!slugs(&before).contains(&"cache-test-ngo".to_string()));

    // Read at once after the write is acknowledged: on PostgreSQL this process's own
    // NOTIFY may still be on its way, the answer must not be.
    create_actor(&cached, &editor, "cache-test-ngo").await;
    let after = post(&cached, ACTORS, json!({}), &[]).await;
    assert_eq!(after.cache(), Some("miss"));
    assert!(slugs(&after).contains(&"cache-test-ngo".to_string()), "{}", after.json());
    // Then hits again, once the write's own announcement (on PostgreSQL its NOTIFY,
    // which may come after that read and empty the cache once more) is in.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let again = post(&cached, ACTORS, json!({}), &[]).await;
        assert_eq!(again.body, after.body);
        if again.cache() == Some("hit") {
            break;
        }
        assert!(Instant::now() < deadline, "never a hit again");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    cached.stop().await;
}

async fn credentials_variables_and_languages_are_never_served_anothers_answer(server: &TestServer) {
    let cached = cached(server, 1 << 20).await;
    let reader = cached.store.create_token("reader", Role::Editor).await.unwrap();
    const TITLES: &str = "query($first: Int) { incidents(first: $first) { edges { node { slug title } } } }";
    let english = post(&cached, TITLES, json!({ "first": 2 }), &[("accept-language", "en")]).await;
    assert_eq!(post(&cached, TITLES, json!({ "first": 2 }), &[("accept-language", "en")]).await.cache(), Some("hit"));

    // Another language: its own answer, the same as computed without the cache.
    let french = post(&cached, TITLES, json!({ "first": 2 }), &[("accept-language", "fr")]).await;
    assert_eq!(french.cache(), Some("miss"));
    let bearer = format!("Bearer {reader}");
    let uncached =
        post(&cached, TITLES, json!({ "first": 2 }), &[("accept-language", "fr"), ("authorization", &bearer)]).await;
    assert_eq!(uncached.cache(), None, "a request with a token is never looked up");
    assert_eq!(french.json(), uncached.json());
    assert_eq!(french.json()["data"]["incidents"]["edges"].as_array().unwrap().len(), 2);

    // Other variables: another answer.
    let one = post(&cached, TITLES, json!({ "first": 1 }), &[("accept-language", "en")]).await;
    assert_eq!(one.cache(), Some("miss"));
    assert_eq!(one.json()["data"]["incidents"]["edges"].as_array().unwrap().len(), 1);
    assert_ne!(one.body, english.body);

    // Credentials: never answered from the cache, never stored in it.
    for extra in [[("authorization", bearer.as_str())], [("cookie", "lt_session=not-a-session")]] {
        for _ in 0..2 {
            let answer = post(&cached, ACTORS, json!({}), &extra).await;
            assert_eq!(answer.cache(), None, "{extra:?}");
        }
    }
    // Nor did they store anything an anonymous request could get.
    assert_eq!(post(&cached, ACTORS, json!({}), &[]).await.cache(), Some("miss"));
    cached.stop().await;
}

async fn the_byte_budget_holds_and_the_least_recently_used_go_first(server: &TestServer) {
    const BUDGET: usize = 3_000;
    let cached = cached(server, BUDGET).await;
    const COUNT: &str = "query($first: Int) { incidents(first: $first) { totalCount pageInfo { hasNextPage } } }";
    let mut most = 0;
    for first in 1..=40 {
        assert_eq!(post(&cached, COUNT, json!({ "first": first }), &[]).await.cache(), Some("miss"));
        let held = bytes_held(&cached).await;
        assert!(held <= BUDGET as u64, "{held} bytes held over a budget of {BUDGET}");
        most = most.max(held);
    }
    assert!(most > BUDGET as u64 / 2, "the cache was used: {most} bytes at most");
    // The newest is still held; the oldest made room long ago.
    assert_eq!(post(&cached, COUNT, json!({ "first": 40 }), &[]).await.cache(), Some("hit"));
    assert_eq!(post(&cached, COUNT, json!({ "first": 1 }), &[]).await.cache(), Some("miss"));

    // An answer over an eighth of the budget is not kept at all.
    let big = "{ incidents(first: 100) { edges { node { slug title summary } } } }";
    for _ in 0..2 {
        let answer = post(&cached, big, json!({}), &[]).await;
        assert!(answer.body.len() > BUDGET / 8);
        assert_eq!(answer.cache(), Some("miss"));
    }
    cached.stop().await;
}

/// A write through one process reaches another's cache through NOTIFY.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_on_another_process_invalidates_this_ones_cache() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let a = TestServer::start_on_with(&db.url, true, options(1 << 20)).await;
    let b = TestServer::start_on_with(&db.url, false, options(1 << 20)).await;
    let editor = b.store.create_token("editor", Role::Editor).await.unwrap();
    post(&a, ACTORS, json!({}), &[]).await;
    assert_eq!(post(&a, ACTORS, json!({}), &[]).await.cache(), Some("hit"));

    create_actor(&b, &editor, "written-on-b").await;
    // A hears of it a NOTIFY later; until then it may answer from before (documented).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let answer = post(&a, ACTORS, json!({}), &[]).await;
        if slugs(&answer).contains(&"written-on-b".to_string()) {
            assert_eq!(answer.cache(), Some("miss"));
            break;
        }
        assert_eq!(answer.cache(), Some("hit"), "a computed answer sees the committed write");
        assert!(Instant::now() < deadline, "process A never heard of B's write");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(post(&a, ACTORS, json!({}), &[]).await.cache(), Some("hit"));
    a.stop().await;
    b.stop().await;
}
