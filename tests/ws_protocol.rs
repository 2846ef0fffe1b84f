//! `/ws` against a hostile or careless client: each close code of the
//! graphql-transport-ws protocol where its specification puts it, the caps, the
//! message size limit, server pings, and a subscription that works. Real server,
//! real sockets; the options make the waits short.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use lawtracker_api::server::ServeOptions;
use lawtracker_api::ws::WsLimits;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::ws::{
    assert_serving, close_frame, connect, connect_init, next_json, send, subscribe, try_connect, Socket,
};
use lawtracker_e2e::{code, TestServer};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::{self, Message};

const CHANGES: &str = "subscription { changes { operation author entityType entitySlug } }";
const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id author } } }";

async fn start(limits: WsLimits) -> TestServer {
    TestServer::start_with(Backend::Sqlite, ServeOptions { ws: limits, ..ServeOptions::default() })
        .await
        .expect("SQLite always runs")
}

fn actor(slug: &str) -> Value {
    json!({ "input": { "slug": slug, "name": "Test NGO", "kind": "NGO", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_without_connection_init_is_closed_with_4408() {
    let server = start(WsLimits { init_timeout: Duration::from_millis(300), ..WsLimits::default() }).await;
    let mut socket = connect(&server).await;
    // A ping is no `connection_init`: it is answered, and does not hold the socket open.
    assert_serving(&mut socket).await;
    assert_eq!(close_frame(&mut socket).await, (4408, "Connection initialisation timeout".into()));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protocol_violations_close_with_the_codes_the_spec_gives() {
    let server = start(WsLimits::default()).await;

    let mut socket = connect(&server).await;
    subscribe(&mut socket, "1", CHANGES).await;
    assert_eq!(close_frame(&mut socket).await, (4401, "Unauthorized".into()), "subscribe before the ack");

    let mut socket = connect_init(&server, None).await;
    send(&mut socket, json!({ "type": "connection_init" })).await;
    assert_eq!(close_frame(&mut socket).await, (4429, "Too many initialisation requests".into()));

    let mut socket = connect_init(&server, None).await;
    subscribe(&mut socket, "same", CHANGES).await;
    subscribe(&mut socket, "same", CHANGES).await;
    assert_eq!(close_frame(&mut socket).await, (4409, "Subscriber for same already exists".into()));

    for message in [
        "not json at all".to_string(),
        json!({ "type": "start", "id": "1", "payload": { "query": CHANGES } }).to_string(),
        json!({ "type": "subscribe", "payload": { "query": CHANGES } }).to_string(),
        json!({ "type": "subscribe", "id": "1", "payload": { "query": 42 } }).to_string(),
        json!({ "type": "next", "id": "1", "payload": {} }).to_string(),
    ] {
        let mut socket = connect_init(&server, None).await;
        socket.send(Message::text(message.clone())).await.unwrap();
        let (code, reason) = close_frame(&mut socket).await;
        assert_eq!(code, 4400, "{message}: {reason}");
        assert!(reason.starts_with("Invalid message received"), "{message}: {reason}");
    }

    // The older subprotocol (subscriptions-transport-ws) is not agreed to at the upgrade
    // (tungstenite, stricter than browsers, gives up there) ...
    match try_connect(&server, Some("graphql-ws"), &[]).await {
        Err(tungstenite::Error::Protocol(tungstenite::error::ProtocolError::SecWebSocketSubProtocolError(_))) => {}
        other => panic!("the legacy subprotocol is not selected, got {:?}", other.map(|_| "a socket")),
    }
    // ... and a socket without graphql-transport-ws (what a browser is left with) is
    // closed with the reference server's code, not half-served.
    let mut socket = try_connect(&server, None, &[]).await.expect("the upgrade itself succeeds");
    assert_eq!(close_frame(&mut socket).await, (4406, "Subprotocol not acceptable".into()));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_completed_id_may_be_used_again_and_its_old_stream_says_nothing_more() {
    let server = start(WsLimits::default()).await;
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    let mut socket = connect_init(&server, None).await;
    subscribe(&mut socket, "a", CHANGES).await;
    send(&mut socket, json!({ "id": "a", "type": "complete" })).await;
    subscribe(&mut socket, "b", "subscription { changes(types: [ACTOR]) { entitySlug } }").await;
    subscribe(&mut socket, "a", "subscription { changes(types: [ACTOR]) { entityType } }").await;
    assert_serving(&mut socket).await;
    // Registered before the write (the pong above came after both subscribes were read).
    server.data_as(&editor, CREATE_ACTOR, actor("test-ngo")).await;
    let mut heard = Vec::new();
    for _ in 0..2 {
        let message = next_json(&mut socket).await;
        assert_eq!(message["type"], "next", "{message}");
        heard.push((message["id"].as_str().unwrap().to_string(), message["payload"]["data"]["changes"].clone()));
    }
    heard.sort_by(|a, b| a.0.cmp(&b.0));
    // `a` answers with its second query's fields: the first `a` stopped at its `complete`.
    assert_eq!(
        heard,
        vec![
            ("a".to_string(), json!({ "entityType": "ACTOR" })),
            ("b".to_string(), json!({ "entitySlug": "test-ngo" }))
        ]
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_in_connection_init_is_checked_and_used() {
    let server = start(WsLimits::default()).await;
    for payload in [
        json!({ "authorization": "Bearer lt_not-a-real-token" }),
        json!({ "token": "lt_not-a-real-token" }),
        json!({ "authorization": "Basic dXNlcjpwYXNz" }),
    ] {
        let mut socket = connect(&server).await;
        send(&mut socket, json!({ "type": "connection_init", "payload": payload })).await;
        let (code, reason) = close_frame(&mut socket).await;
        assert_eq!(code, 4403, "{payload}: {reason}");
        assert!(reason.starts_with("Forbidden"), "{payload}: {reason}");
    }
    let revoked = server.store.create_token("former volunteer", Role::Editor).await.unwrap();
    server.store.revoke_token("former volunteer").await.unwrap();
    let mut socket = connect(&server).await;
    send(&mut socket, json!({ "type": "connection_init", "payload": { "token": revoked } })).await;
    assert_eq!(close_frame(&mut socket).await, (4403, "Forbidden: the token was revoked".into()));

    // A valid token is the credentials of every operation on the socket, as over HTTP.
    let editor = server.store.create_token("ws editor", Role::Editor).await.unwrap();
    let mutation =
        json!({ "id": "m", "type": "subscribe", "payload": { "query": CREATE_ACTOR, "variables": actor("ws-ngo") } });
    let mut socket = connect_init(&server, Some(json!({ "authorization": format!("Bearer {editor}") }))).await;
    send(&mut socket, mutation.clone()).await;
    let answer = next_json(&mut socket).await;
    assert_eq!((answer["type"].as_str(), answer["id"].as_str()), (Some("next"), Some("m")), "{answer}");
    assert_eq!(answer["payload"]["data"]["createActor"]["revision"]["author"], "ws editor", "{answer}");
    assert_eq!(next_json(&mut socket).await, json!({ "id": "m", "type": "complete" }));

    // Without a token the same mutation is refused as over HTTP, and the socket goes on.
    let mut socket = connect_init(&server, None).await;
    send(&mut socket, mutation).await;
    let answer = next_json(&mut socket).await;
    assert_eq!(answer["type"], "next", "{answer}");
    assert_eq!(code(&answer["payload"]["errors"][0]), "UNAUTHENTICATED", "{answer}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_operation_gets_error_and_no_complete() {
    let server = start(WsLimits::default()).await;
    let mut socket = connect_init(&server, None).await;
    for (id, query, expected) in [
        ("syntax", "subscription { changes(", "GRAPHQL_PARSE_FAILED"),
        ("validation", "subscription { changes(types: [NOT_A_TYPE]) { operation } }", "GRAPHQL_VALIDATION_FAILED"),
    ] {
        subscribe(&mut socket, id, query).await;
        let message = next_json(&mut socket).await;
        assert_eq!((message["type"].as_str(), message["id"].as_str()), (Some("error"), Some(id)), "{message}");
        assert_eq!(code(&message["payload"][0]), expected, "{message}");
        // Nothing follows for it: the next message is the answer to a ping.
        assert_serving(&mut socket).await;
    }
    // A query is a single result: `next`, then `complete`.
    subscribe(&mut socket, "q", "{ laws { totalCount } }").await;
    let answer = next_json(&mut socket).await;
    assert_eq!(answer["payload"]["data"], json!({ "laws": { "totalCount": 1 } }), "{answer}");
    assert_eq!(next_json(&mut socket).await, json!({ "id": "q", "type": "complete" }));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_runs_at_most_its_cap_of_operations() {
    let server = start(WsLimits { max_operations: 3, ..WsLimits::default() }).await;
    let mut socket = connect_init(&server, None).await;
    for id in ["1", "2", "3"] {
        subscribe(&mut socket, id, CHANGES).await;
    }
    subscribe(&mut socket, "4", "{ laws { totalCount } }").await;
    let refused = next_json(&mut socket).await;
    assert_eq!((refused["type"].as_str(), refused["id"].as_str()), (Some("error"), Some("4")), "{refused}");
    assert_eq!(code(&refused["payload"][0]), "TOO_MANY_SUBSCRIPTIONS", "{refused}");
    assert_eq!(refused["payload"][0]["extensions"]["limit"], 3, "{refused}");
    // The socket and its three subscriptions go on; completing one makes room.
    send(&mut socket, json!({ "id": "1", "type": "complete" })).await;
    subscribe(&mut socket, "5", "{ laws { totalCount } }").await;
    let answer = next_json(&mut socket).await;
    assert_eq!((answer["type"].as_str(), answer["id"].as_str()), (Some("next"), Some("5")), "{answer}");
    assert_eq!(next_json(&mut socket).await, json!({ "id": "5", "type": "complete" }));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_opens_at_most_its_cap_of_sockets() {
    let server = start(WsLimits { max_sockets_per_address: 2, ..WsLimits::default() }).await;
    let first = connect_init(&server, None).await;
    let mut second = connect_init(&server, None).await;
    match try_connect(&server, Some("graphql-transport-ws"), &[]).await {
        Err(tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 429);
            assert!(response.headers().contains_key("retry-after"), "{response:?}");
            let body: Value = serde_json::from_slice(response.body().as_deref().unwrap_or_default()).unwrap();
            assert_eq!(code(&body["errors"][0]), "RATE_LIMITED", "{body}");
        }
        other => panic!("a third socket from one address is refused with 429, got {:?}", other.map(|_| "a socket")),
    }
    // A closed socket gives its place back (once the server has seen it close).
    drop(first);
    let mut third = None;
    for _ in 0..100 {
        if let Ok(socket) = try_connect(&server, Some("graphql-transport-ws"), &[]).await {
            third = Some(socket);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(third.is_some(), "a place freed by a closed socket is given to a new one");
    assert_serving(&mut second).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_opens_at_most_its_cap_of_sockets() {
    let server = start(WsLimits { max_sockets_per_token: 1, ..WsLimits::default() }).await;
    let editor = server.store.create_token("editor", Role::Editor).await.unwrap();
    let mut first = connect_init(&server, Some(json!({ "token": editor }))).await;
    let mut second = connect(&server).await;
    send(&mut second, json!({ "type": "connection_init", "payload": { "token": editor } })).await;
    let (code, reason) = close_frame(&mut second).await;
    // 1013 Try Again Later: graphql-ws clients retry it with back-off (4429 would stop them).
    assert_eq!(code, 1013, "{reason}");
    assert!(reason.contains("limit"), "{reason}");
    // The token's own socket, and sockets without a token, are not affected.
    assert_serving(&mut first).await;
    let mut anonymous = connect_init(&server, None).await;
    assert_serving(&mut anonymous).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_the_size_limit_closes_with_1009() {
    let server = start(WsLimits { max_message_bytes: 1024, ..WsLimits::default() }).await;
    let mut socket = connect_init(&server, None).await;
    // Within the limit, padding and all, it is served.
    let padded = format!("{{ laws {{ totalCount }} }} #{}", "x".repeat(800));
    subscribe(&mut socket, "small", &padded).await;
    assert_eq!(next_json(&mut socket).await["payload"]["data"]["laws"]["totalCount"], 1);
    assert_eq!(next_json(&mut socket).await["type"], "complete");
    let oversized = format!("{{ laws {{ totalCount }} }} #{}", "x".repeat(2000));
    subscribe(&mut socket, "big", &oversized).await;
    assert_eq!(close_frame(&mut socket).await, (1009, "Message too big".into()));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_pings_and_cuts_a_peer_that_stops_answering() {
    let server = start(WsLimits { keepalive: Duration::from_millis(200), ..WsLimits::default() }).await;
    let mut silent = connect_init(&server, None).await;
    let mut alive = connect_init(&server, None).await;
    // `alive` is read all along (tungstenite answers each ping as it reads it);
    // `silent` is not read at all, so its pings go unanswered.
    let mut pings = 0;
    let until = tokio::time::Instant::now() + Duration::from_millis(1500);
    while let Ok(frame) = tokio::time::timeout_at(until, alive.next()).await {
        match frame {
            Some(Ok(Message::Ping(_))) => pings += 1,
            other => panic!("only pings come on an idle socket, got {other:?}"),
        }
    }
    assert!(pings >= 2, "the server pings at its interval ({pings} pings)");
    assert_serving(&mut alive).await;
    assert!(ends_without_close_frame(&mut silent).await, "an unanswering peer is cut off, without a close handshake");
    server.stop().await;
}

/// Whether the socket ends (after the pings it had not read) without a close frame.
async fn ends_without_close_frame(socket: &mut Socket) -> bool {
    loop {
        match tokio::time::timeout(Duration::from_secs(20), socket.next()).await.expect("the socket ends in time") {
            Some(Ok(Message::Ping(_))) => continue,
            Some(Ok(Message::Close(_))) => return false,
            Some(Ok(other)) => panic!("unexpected {other:?}"),
            None | Some(Err(_)) => return true,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_hears_a_write_and_is_completed_when_the_server_stops() {
    let server = start(WsLimits::default()).await;
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let mut socket = connect_init(&server, None).await;
    subscribe(&mut socket, "live", CHANGES).await;
    assert_serving(&mut socket).await;
    server.data_as(&editor, CREATE_ACTOR, actor("test-ngo")).await;
    let message = next_json(&mut socket).await;
    assert_eq!((message["type"].as_str(), message["id"].as_str()), (Some("next"), Some("live")), "{message}");
    assert_eq!(
        message["payload"]["data"]["changes"],
        json!({ "operation": "CREATE", "author": "NGO editor", "entityType": "ACTOR", "entitySlug": "test-ngo" })
    );
    server.stop().await;
    assert_eq!(next_json(&mut socket).await, json!({ "id": "live", "type": "complete" }));
    assert_eq!(close_frame(&mut socket).await, (1001, "Server stopping".into()), "then the socket closes: reconnect");
}
