//! Several API replicas on one PostgreSQL database serve the same data: what one
//! process writes, the others read at once (no per-process cache of rows).

use std::path::PathBuf;

use lawtracker_core::dataset::{self, Dataset};
use lawtracker_core::transfer;
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::{json, Value};

const INCIDENTS: &str =
    "{ incidents(first: 100) { totalCount edges { node { slug title facility { name } citations { quote } } } } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_starting_together_load_the_dataset_once_and_serve_the_same_data() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    // Both start at once against a fresh database: one loads, the other waits and finds it loaded.
    let (a, b) = tokio::join!(TestServer::start_on(&db.url, true), TestServer::start_on(&db.url, true));
    let from_a = a.data(INCIDENTS, json!({})).await;
    let from_b = b.data(INCIDENTS, json!({})).await;
    assert_eq!(from_a, from_b);
    // Disputed incidents are out of default counts.
    let expected = Dataset::embedded().unwrap().content.incidents.iter().filter(|i| !i.disputed).count();
    assert_eq!(from_a["incidents"]["totalCount"], expected, "loaded once, not twice");
    a.stop().await;
    b.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_one_process_writes_every_replica_reads() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let a = TestServer::start_on(&db.url, false).await;
    let b = TestServer::start_on(&db.url, false).await;
    assert_eq!(a.data(INCIDENTS, json!({})).await["incidents"]["totalCount"], 0);

    // Another process (as `lawtracker import` would) writes into the shared database.
    let mini = Dataset::from_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/mini")).unwrap();
    let source_db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let source = Store::open(&source_db.url).await.unwrap();
    dataset::load(&source, &mini).await.unwrap();
    let document = transfer::to_json(&transfer::export(&source).await.unwrap());
    let writer = Store::open(&db.url).await.unwrap();
    transfer::import(&writer, &document).await.unwrap();

    let from_a = a.data(INCIDENTS, json!({})).await;
    let from_b = b.data(INCIDENTS, json!({})).await;
    assert_eq!(from_a["incidents"]["totalCount"], 2, "{from_a}");
    assert_eq!(from_a, from_b);
    for store in [source, writer] {
        store.close().await;
    }
    a.stop().await;
    b.stop().await;
}

/// Two processes send webhooks from one outbox: each of 100 changes reaches the
/// receiver, and is accepted there exactly once, by its idempotency key. The
/// receiver refuses every fifth key's first attempt, so retries (from either
/// process) must carry the key of the change they repeat.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_deliver_each_of_100_changes_exactly_once_by_idempotency_key() {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use axum::http::{HeaderMap, StatusCode};
    use lawtracker_core::auth::Role;

    const CHANGES: usize = 100;
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let mut options = lawtracker_api::server::ServeOptions::default();
    let policy =
        lawtracker_api::net_policy::NetPolicy { allowed: vec!["127.0.0.1/32".parse().unwrap()], ..Default::default() };
    options.webhooks = lawtracker_api::webhooks::DeliveryConfig {
        poll_interval: Duration::from_millis(20),
        base_backoff: Duration::from_millis(50),
        policy: Arc::new(policy),
        ..options.webhooks
    };
    let a = TestServer::start_on_with(&db.url, true, options.clone()).await;
    let b = TestServer::start_on_with(&db.url, false, options).await;

    // Attempts per key, and which of them were accepted.
    let attempts: Arc<Mutex<HashMap<String, (usize, usize)>>> = Arc::default();
    let seen = attempts.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap| {
            let seen = seen.clone();
            async move {
                let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()) else {
                    return StatusCode::BAD_REQUEST;
                };
                let mut seen = seen.lock().unwrap();
                let refuse_first = seen.len() % 5 == 0;
                let entry = seen.entry(key.to_string()).or_insert((0, 0));
                entry.0 += 1;
                if entry.0 == 1 && refuse_first {
                    return StatusCode::SERVICE_UNAVAILABLE;
                }
                entry.1 += 1;
                StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let admin = a.store.create_token("admin", Role::Admin).await.unwrap();
    a.data_as(
        &admin,
        "mutation($url: String!) { createWebhook(url: $url, entityTypes: [ACTOR]) { secret } }",
        json!({ "url": url }),
    )
    .await;
    // The changes are written through both processes, alternately.
    for n in 0..CHANGES {
        let input = json!({ "slug": format!("actor-{n}"), "name": format!("Actor {n}"), "kind": "NGO", "description": "x",
            "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] });
        [&a, &b][n % 2]
            .data_as(
                &admin,
                "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }",
                json!({ "input": input }),
            )
            .await;
    }

    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let accepted = attempts.lock().unwrap().values().filter(|(_, ok)| *ok > 0).count();
        if accepted == CHANGES {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{accepted} of {CHANGES} changes reached the receiver");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Anything sent twice would arrive within a few poll intervals.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let attempts = attempts.lock().unwrap().clone();
    assert_eq!(attempts.len(), CHANGES, "one key per change");
    assert!(attempts.values().all(|(_, ok)| *ok == 1), "each change accepted exactly once: {attempts:?}");
    let retried = attempts.values().filter(|(tries, _)| *tries == 2).count();
    assert!(retried >= CHANGES / 5 - 1, "refused first attempts were retried with their key ({retried})");
    assert!(attempts.values().all(|(tries, _)| *tries <= 2), "no change was sent again once accepted: {attempts:?}");
    a.stop().await;
    b.stop().await;
}

/// One `changes` client, two processes, 1,000 writes from 8 concurrent writers on
/// both: the client reads part of the stream from one process, drops its socket
/// while the writers go on, resumes on the other with its last `cursor`, and ends
/// with every write exactly once, in commit order with no gap; the polled feed
/// (`revisions(after:)`) agrees with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_changes_client_switching_processes_gets_1000_concurrent_writes_once_each_in_commit_order() {
    use lawtracker_core::auth::Role;
    use lawtracker_e2e::ws;

    const WRITERS: usize = 8;
    const EACH: usize = 125;
    const SUBSCRIPTION: &str =
        "subscription($after: String) { changes(types: [ACTOR], after: $after) { sequence cursor entitySlug } }";
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let a = TestServer::start_on(&db.url, true).await;
    let b = TestServer::start_on(&db.url, false).await;
    let token = a.store.create_token("writer", Role::Editor).await.unwrap();

    let mut socket = ws::connect_init(&a, None).await;
    ws::subscribe(&mut socket, "1", SUBSCRIPTION).await;
    // The subscription is live once the server has read it; give it a moment.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    let bases = [a.base.clone(), b.base.clone()];
    let mut writers = Vec::new();
    for writer in 0..WRITERS {
        let (bases, token) = (bases.clone(), token.clone());
        writers.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            for n in 0..EACH {
                let input = json!({ "slug": format!("writer-{writer}-actor-{n}"), "name": format!("Actor {writer}/{n}"), "kind": "NGO", "description": "x",
                    "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] });
                let body = json!({ "query": "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }", "variables": { "input": input } });
                let answer: Value = client
                    .post(format!("{}/graphql", bases[(writer + n) % 2]))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                assert!(answer.get("errors").is_none(), "{answer}");
            }
        }));
    }

    let mut received: Vec<(i64, String, String)> = Vec::new();
    let next = |message: Option<Value>| {
        let message = message.expect("the subscription stays open");
        assert_eq!(message["type"], "next", "{message}");
        let change = &message["payload"]["data"]["changes"];
        (
            change["sequence"].as_i64().unwrap(),
            change["cursor"].as_str().unwrap().to_string(),
            change["entitySlug"].as_str().unwrap().to_string(),
        )
    };
    while received.len() < 300 {
        received.push(next(ws::read_json(&mut socket).await));
    }
    drop(socket);
    // Writes go on while the client is away.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let resume_after = received.last().unwrap().1.clone();
    let mut socket = ws::connect_init(&b, None).await;
    let resume = json!({ "query": SUBSCRIPTION, "variables": { "after": resume_after } });
    ws::send(&mut socket, json!({ "id": "2", "type": "subscribe", "payload": resume })).await;
    while received.len() < WRITERS * EACH {
        received.push(next(ws::read_json(&mut socket).await));
    }
    for writer in writers {
        writer.await.unwrap();
    }

    let slugs: std::collections::HashSet<&str> = received.iter().map(|(_, _, slug)| slug.as_str()).collect();
    assert_eq!(slugs.len(), WRITERS * EACH, "every write once: no duplicate");
    assert!(
        received.windows(2).all(|pair| pair[1].0 == pair[0].0 + 1),
        "commit order with no gap, across the switch: {:?}",
        received.windows(2).find(|pair| pair[1].0 != pair[0].0 + 1)
    );
    // Nothing more arrives: the stream had exactly the writes.
    let extra = tokio::time::timeout(std::time::Duration::from_millis(500), ws::read_json(&mut socket)).await;
    assert!(extra.is_err(), "no change beyond the writes: {extra:?}");

    // The polled feed from the first revision's cursor has the same revisions in the same order.
    let mut polled = Vec::new();
    let mut after = received[0].1.clone();
    loop {
        let page = b
            .data(
                "query($after: String) { revisions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { sequence entitySlug } } } }",
                json!({ "after": after }),
            )
            .await;
        for edge in page["revisions"]["edges"].as_array().unwrap() {
            polled.push((
                edge["node"]["sequence"].as_i64().unwrap(),
                edge["node"]["entitySlug"].as_str().unwrap().to_string(),
            ));
        }
        if page["revisions"]["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["revisions"]["pageInfo"]["endCursor"].as_str().unwrap().to_string();
    }
    let streamed: Vec<(i64, String)> = received[1..].iter().map(|(seq, _, slug)| (*seq, slug.clone())).collect();
    assert_eq!(polled, streamed, "the sync feed and the subscription agree");
    a.stop().await;
    b.stop().await;
}
