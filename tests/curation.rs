//! Curation over HTTP, on both backends: tokens, evidence checks, optimistic
//! concurrency, history, and live updates.

use futures_util::{SinkExt, StreamExt};
use lawtracker_core::auth::Role;
use lawtracker_e2e::{code, on_both_backends, TestServer};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

/// The verbatim passage of seed article 001 the tests quote.
const ISOLATION_QUOTE: &str = "aims to isolate around 600 to 900 high-risk individuals";

const CREATE_CRITICISM: &str = r#"mutation($input: CriticismInput!) {
  createCriticism(input: $input) { revision { id at author operation entitySlug } node { ... on Criticism { slug version } } }
}"#;

const LINK_CRITICISM: &str = r#"mutation($criticism: ID!, $input: CriticismLinkInput!) {
  linkCriticism(criticism: $criticism, input: $input) {
    revision { operation author entityType entitySlug }
    node { ... on Provision { slug criticisms { criticism { slug } citations { quote source { slug } } } } }
  }
}"#;

const UPDATE_CRITICISM: &str = r#"mutation($version: Int!, $input: CriticismInput!) {
  updateCriticism(id: "test-rights-concern", expectedVersion: $version, input: $input) { node { ... on Criticism { version summary } } }
}"#;

fn criticism_input(summary: &str) -> Value {
    lawtracker_e2e::criticism_input("test-rights-concern", summary)
}

on_both_backends!(
    writes_need_a_valid_token_of_the_right_role,
    an_editor_links_a_criticism_with_evidence_and_history_shows_who,
    a_false_quote_is_refused_with_the_field_named_and_nothing_written,
    a_stale_update_is_refused_with_conflict,
    every_problem_is_reported_at_once,
    a_subscriber_receives_each_committed_change,
    a_source_relied_on_cannot_be_deleted_or_have_its_text_changed_under_a_quote,
    an_editor_records_a_disagreement_between_sources,
    an_editor_keeps_both_languages_and_a_missing_french_is_served_as_english,
);

async fn writes_need_a_valid_token_of_the_right_role(server: &TestServer) {
    let before = criticism_count(server).await;
    let variables = json!({ "input": criticism_input("Rights concerns.") });

    let error = server.error(CREATE_CRITICISM, variables.clone()).await;
    assert_eq!(code(&error), "UNAUTHENTICATED", "{error}");
    let error = server.error_as("lt_not-a-real-token", CREATE_CRITICISM, variables.clone()).await;
    assert_eq!(code(&error), "UNAUTHENTICATED", "{error}");

    let revoked = server.store.create_token("former volunteer", Role::Editor).await.unwrap();
    assert!(server.store.revoke_token("former volunteer").await.unwrap(), "an active token is revoked");
    assert!(!server.store.revoke_token("former volunteer").await.unwrap(), "revoking twice changes nothing");
    // A name names one holder for good: not reused, even once its token is revoked,
    // so that history's "who" stays unambiguous.
    let reused = server.store.create_token("former volunteer", Role::Admin).await.unwrap_err().to_string();
    assert!(reused.contains("a token with this name exists"), "{reused}");
    let tokens = server.store.list_tokens().await.unwrap();
    let named: Vec<_> = tokens.iter().filter(|t| t.name == "former volunteer").collect();
    assert_eq!(named.len(), 1, "the refused creation wrote nothing: {named:?}");
    assert_eq!(named[0].role, "editor");
    assert!(named[0].revoked_at.is_some());
    let error = server.error_as(&revoked, CREATE_CRITICISM, variables.clone()).await;
    assert_eq!(code(&error), "UNAUTHENTICATED", "{error}");
    assert!(error["message"].as_str().unwrap().contains("revoked"), "{error}");
    assert_eq!(criticism_count(server).await, before, "nothing was written");

    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE_CRITICISM, variables).await;
    let error = server
        .error_as(
            &editor,
            r#"mutation { deleteCriticism(id: "test-rights-concern", expectedVersion: 1) { revision { id } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(code(&error), "FORBIDDEN", "deleting needs an admin: {error}");

    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    server
        .data_as(
            &admin,
            r#"mutation { deleteCriticism(id: "test-rights-concern", expectedVersion: 1) { node { __typename } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(criticism_count(server).await, before);

    // Mutations are refused over GET, even with a token.
    let url = format!(
        "{}/graphql?query={}",
        server.base, "mutation%7BdeleteActor(id%3A%22dz-mafia%22%2CexpectedVersion%3A1)%7Brevision%7Bid%7D%7D%7D"
    );
    let body: Value = server.client.get(url).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("POST"), "{body}");
}

async fn an_editor_links_a_criticism_with_evidence_and_history_shows_who(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let created =
        server.data_as(&editor, CREATE_CRITICISM, json!({ "input": criticism_input("Rights concerns.") })).await;
    assert_eq!(created["createCriticism"]["revision"]["author"], "NGO editor");
    assert_eq!(created["createCriticism"]["node"]["version"], 1);

    let linked = server
        .data_as(
            &editor,
            LINK_CRITICISM,
            json!({
                "criticism": "test-rights-concern",
                "input": { "provision": "high-security-prison-wings", "citations": [{ "source": "seed-001-forum-post", "quote": ISOLATION_QUOTE }] }
            }),
        )
        .await;
    let payload = &linked["linkCriticism"];
    assert_eq!(payload["revision"]["operation"], "LINK");
    assert_eq!(payload["revision"]["entityType"], "PROVISION_CRITICISM");
    let link = payload["node"]["criticisms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["criticism"]["slug"] == "test-rights-concern")
        .expect("the provision now lists the criticism");
    assert_eq!(link["citations"][0]["quote"], ISOLATION_QUOTE);

    let updated = server
        .data_as(&editor, UPDATE_CRITICISM, json!({ "version": 1, "input": criticism_input("Concerns about abuse.") }))
        .await;
    assert_eq!(updated["updateCriticism"]["node"]["version"], 2);

    let history = server
        .data(r#"{ criticism(id: "test-rights-concern") { history { at operation author before after } } }"#, json!({}))
        .await;
    let history = history["criticism"]["history"].as_array().unwrap();
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!((history[0]["operation"].as_str(), history[0]["author"].as_str()), (Some("CREATE"), Some("NGO editor")));
    assert_eq!((history[1]["operation"].as_str(), history[1]["author"].as_str()), (Some("UPDATE"), Some("NGO editor")));
    assert_eq!(history[0]["before"], Value::Null);
    assert_eq!(history[1]["before"]["summary"], "Rights concerns.");
    assert_eq!(history[1]["after"]["summary"], "Concerns about abuse.");
    assert_eq!(
        history[1]["after"]["provisions"][0]["provision"], "high-security-prison-wings",
        "links survive an update"
    );

    // Known at: what the tracker had recorded at each instant, whatever changed since.
    let id =
        server.data(r#"{ criticism(id: "test-rights-concern") { id } }"#, json!({})).await["criticism"]["id"].clone();
    let known_at = "query($id: ID!, $at: DateTime!) { knownAt(id: $id, at: $at) { operation after } }";
    let first_at = history[0]["at"].clone();
    let then = server.data(known_at, json!({ "id": id, "at": first_at })).await;
    assert_eq!(then["knownAt"]["after"]["summary"], "Rights concerns.", "as first recorded");
    let now = server.data(known_at, json!({ "id": id, "at": "2100-01-01T00:00:00Z" })).await;
    assert_eq!(now["knownAt"]["after"]["summary"], "Concerns about abuse.");
    let before = server.data(known_at, json!({ "id": id, "at": "2000-01-01T00:00:00Z" })).await;
    assert_eq!(before["knownAt"], Value::Null, "not yet recorded");

    let since = created["createCriticism"]["revision"]["at"].clone();
    let feed = server
        .data("query($since: DateTime) { revisions(since: $since) { totalCount edges { node { operation author entitySlug } } } }", json!({ "since": since }))
        .await;
    let mine: Vec<&Value> =
        feed["revisions"]["edges"].as_array().unwrap().iter().filter(|e| e["node"]["author"] == "NGO editor").collect();
    assert_eq!(mine.len(), 3, "create, link and update are in the feed");
}

async fn a_false_quote_is_refused_with_the_field_named_and_nothing_written(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": criticism_input("Rights concerns.") })).await;
    let revisions_before = server.data("{ revisions { totalCount } }", json!({})).await;

    let error = server
        .error_as(
            &editor,
            LINK_CRITICISM,
            json!({
                "criticism": "test-rights-concern",
                "input": { "provision": "high-security-prison-wings", "citations": [{ "source": "seed-001-forum-post", "quote": "aims to isolate around 700 high-risk individuals" }] }
            }),
        )
        .await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    assert_eq!(error["extensions"]["field"], "input.citations[0].quote", "{error}");
    assert!(error["message"].as_str().unwrap().contains("does not occur"), "{error}");

    let provision = server
        .data(r#"{ provision(id: "high-security-prison-wings") { criticisms { criticism { slug } } } }"#, json!({}))
        .await;
    assert!(!provision.to_string().contains("test-rights-concern"), "no link was written");
    assert_eq!(
        server.data("{ revisions { totalCount } }", json!({})).await,
        revisions_before,
        "no revision was written"
    );
}

async fn a_stale_update_is_refused_with_conflict(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let colleague = server.store.create_token("colleague", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": criticism_input("Rights concerns.") })).await;
    server
        .data_as(
            &colleague,
            UPDATE_CRITICISM,
            json!({ "version": 1, "input": criticism_input("The colleague's wording.") }),
        )
        .await;

    let error = server
        .error_as(&editor, UPDATE_CRITICISM, json!({ "version": 1, "input": criticism_input("My stale wording.") }))
        .await;
    assert_eq!(code(&error), "CONFLICT", "{error}");
    assert_eq!(error["extensions"]["currentVersion"], 2);
    let now = server.data(r#"{ criticism(id: "test-rights-concern") { summary version } }"#, json!({})).await;
    assert_eq!(now["criticism"]["summary"], "The colleague's wording.", "the colleague's change was not overwritten");
    assert_eq!(now["criticism"]["version"], 2);
}

async fn every_problem_is_reported_at_once(server: &TestServer) {
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    let input = json!({
        "slug": "Bad Slug",
        "title": "x",
        "summary": "x",
        "occurredOn": "14/04/2025",
        "facility": "no-such-prison",
        "kinds": [],
        "citations": []
    });
    let error = server
        .error_as(
            &editor,
            "mutation($input: IncidentInput!) { createIncident(input: $input) { revision { id } } }",
            json!({ "input": input }),
        )
        .await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    let fields: Vec<&str> =
        error["extensions"]["problems"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
    for expected in ["input.slug", "input.occurredOn", "input.facility", "input.kinds", "input.citations"] {
        assert!(fields.contains(&expected), "{expected} missing from {fields:?}");
    }
}

async fn a_subscriber_receives_each_committed_change(server: &TestServer) {
    let url = format!("{}/ws", server.base.replace("http://", "ws://"));
    let mut request = url.into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("WebSocket connects");
    socket.send(Message::text(json!({ "type": "connection_init" }).to_string())).await.unwrap();
    let ack = next_json(&mut socket).await;
    assert_eq!(ack["type"], "connection_ack");

    // A subscription that cannot start gets the same error codes as a query, in the
    // protocol's `error` message (its payload the list of errors; no `complete` follows).
    for (id, query, expected) in [
        ("bad-syntax", "subscription { changes(", "GRAPHQL_PARSE_FAILED"),
        ("bad-type", "subscription { changes(types: [NOT_A_TYPE]) { operation } }", "GRAPHQL_VALIDATION_FAILED"),
    ] {
        let subscribe = json!({ "id": id, "type": "subscribe", "payload": { "query": query } });
        socket.send(Message::text(subscribe.to_string())).await.unwrap();
        let message = next_json(&mut socket).await;
        assert_eq!((message["type"].as_str(), message["id"].as_str()), (Some("error"), Some(id)), "{message}");
        assert_eq!(code(&message["payload"][0]), expected, "{message}");
    }

    let subscribe = json!({
        "id": "1", "type": "subscribe",
        "payload": { "query": "subscription { changes(types: [CRITICISM]) { operation author entityType entitySlug } }" }
    });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    // Let the subscription register before the write.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": criticism_input("Rights concerns.") })).await;

    let message = tokio::time::timeout(std::time::Duration::from_secs(10), next_json(&mut socket))
        .await
        .expect("a change arrives");
    assert_eq!(message["type"], "next", "{message}");
    let change = &message["payload"]["data"]["changes"];
    // The first change heard is ours: nothing from before the subscription leaks in.
    assert_eq!(change["operation"], "CREATE");
    assert_eq!(change["author"], "NGO editor");
    assert_eq!(change["entitySlug"], "test-rights-concern");
}

async fn a_source_relied_on_cannot_be_deleted_or_have_its_text_changed_under_a_quote(server: &TestServer) {
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let source = server
        .data(
            r#"{ source(id: "seed-001-forum-post") { version title kind reliability reliabilityNote text } }"#,
            json!({}),
        )
        .await;
    let version = source["source"]["version"].clone();
    let error = server
        .error_as(
            &admin,
            "mutation($v: Int!) { deleteSource(id: \"seed-001-forum-post\", expectedVersion: $v) { revision { id } } }",
            json!({ "v": version }),
        )
        .await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    assert!(error["message"].as_str().unwrap().contains("citation(s) quote this source"), "{error}");

    let s = &source["source"];
    let input = json!({
        "slug": "seed-001-forum-post", "title": s["title"], "language": "en", "kind": s["kind"],
        "reliability": s["reliability"], "reliabilityNote": s["reliabilityNote"],
        "text": "A shorter text that no longer says what was quoted."
    });
    let error = server
        .error_as(&admin, "mutation($v: Int!, $input: SourceInput!) { updateSource(id: \"seed-001-forum-post\", expectedVersion: $v, input: $input) { revision { id } } }", json!({ "v": version, "input": input }))
        .await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    assert_eq!(error["extensions"]["field"], "input.text", "{error}");
}

async fn criticism_count(server: &TestServer) -> Value {
    server.data("{ criticisms { totalCount } }", json!({})).await["criticisms"]["totalCount"].clone()
}

async fn next_json<S>(socket: &mut S) -> Value
where
    S: futures_util::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        match socket.next().await.expect("the socket stays open").expect("a frame") {
            Message::Text(text) => return serde_json::from_str(&text).unwrap(),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("unexpected frame {other:?}"),
        }
    }
}

/// What a test webhook receiver saw: each request's signature header and body.
#[derive(Clone, Default)]
struct Received {
    requests: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
}

/// A receiver on 127.0.0.1 that fails its first request with 500, then accepts.
async fn start_receiver() -> (String, Received) {
    use axum::http::{HeaderMap, StatusCode};
    let received = Received::default();
    let state = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let state = state.clone();
            async move {
                let signature =
                    headers.get("x-lawtracker-signature").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
                let mut requests = state.requests.lock().unwrap();
                requests.push((signature, body));
                if requests.len() == 1 {
                    StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

/// The test receivers listen on loopback, which webhooks may reach only when the
/// operator allows it (`--webhook-allow-network 127.0.0.1/32`).
fn options_allowing_loopback() -> lawtracker_api::server::ServeOptions {
    let mut options = lawtracker_api::server::ServeOptions::default();
    let policy =
        lawtracker_api::net_policy::NetPolicy { allowed: vec!["127.0.0.1/32".parse().unwrap()], ..Default::default() };
    options.webhooks.policy = std::sync::Arc::new(policy);
    options
}

mod webhook_to_loopback_allowed {
    async fn on(backend: lawtracker_core::Backend) {
        let Some(server) = crate::TestServer::start_with(backend, super::options_allowing_loopback()).await else {
            return;
        };
        super::a_webhook_receives_matching_changes_signed_and_retried(&server).await;
        server.stop().await;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        on(lawtracker_core::Backend::Sqlite).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        on(lawtracker_core::Backend::Postgres).await
    }
}

async fn a_webhook_receives_matching_changes_signed_and_retried(server: &TestServer) {
    use hmac::{Hmac, Mac};
    let (url, received) = start_receiver().await;
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let editor = server.store.create_token("NGO editor", Role::Editor).await.unwrap();

    let error = server
        .error_as(&editor, "mutation($url: String!) { createWebhook(url: $url) { secret } }", json!({ "url": url }))
        .await;
    assert_eq!(code(&error), "FORBIDDEN", "only admins register webhooks: {error}");

    // "A new criticism on any provision of the law."
    let created = server
        .data_as(
            &admin,
            "mutation($url: String!) { createWebhook(url: $url, entityTypes: [CRITICISM, PROVISION_CRITICISM], subject: \"loi-2025-532\") { secret webhook { id } } }",
            json!({ "url": url }),
        )
        .await;
    let secret = created["createWebhook"]["secret"].as_str().unwrap().to_string();

    // Not wanted: an actor, and a criticism of no provision.
    server
        .data_as(
            &editor,
            "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }",
            json!({ "input": { "slug": "test-ngo", "name": "Test NGO", "kind": "NGO", "description": "x", "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] } }),
        )
        .await;
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": criticism_input("Unlinked.") })).await;
    // Wanted: a criticism linked to a provision of the law.
    let mut linked = criticism_input("About the isolation regime.");
    linked["slug"] = json!("test-linked-concern");
    linked["provisions"] = json!([{ "provision": "isolation-regime", "citations": [{ "source": "seed-001-forum-post", "quote": ISOLATION_QUOTE }] }]);
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": linked })).await;

    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    while received.requests.lock().unwrap().len() < 2 {
        assert!(tokio::time::Instant::now() < deadline, "the delivery was not retried in time");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let requests = received.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 2, "one change, refused once then accepted; nothing unwanted");
    assert_eq!(requests[0].1, requests[1].1, "the retry sends the same change");
    let (signature, body) = &requests[1];
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body.as_bytes());
    assert_eq!(
        signature,
        &format!("sha256={}", hex::encode(mac.finalize().into_bytes())),
        "the body is signed with the secret"
    );
    let change: Value = serde_json::from_str(body).unwrap();
    assert_eq!(change["revision"]["entity_slug"], "test-linked-concern");
    assert_eq!(change["revision"]["author"], "NGO editor");
    assert_eq!(change["revision"]["after"]["provisions"][0]["provision"], "isolation-regime");

    let deliveries = server
        .data_as(
            &admin,
            "{ webhooks { deliveries { status attempts lastStatus revision { entitySlug } } } }",
            json!({}),
        )
        .await;
    let delivery = &deliveries["webhooks"][0]["deliveries"][0];
    assert_eq!(delivery["status"], "delivered", "{deliveries}");
    assert_eq!(delivery["attempts"], 2);
    assert_eq!(delivery["lastStatus"], 200);
    assert_eq!(deliveries["webhooks"][0]["deliveries"].as_array().unwrap().len(), 1);
}

async fn an_editor_records_a_disagreement_between_sources(server: &TestServer) {
    let editor = server.store.create_token("fact-checker", Role::Editor).await.unwrap();
    let input = json!({
        "slug": "toulon-damage-described",
        "question": "What did the gunfire leave at Toulon?",
        "subject": { "kind": "INCIDENT", "slug": "toulon-gunfire-2025-04-15" },
        "claims": [
            { "value": "15 bullet impacts on the front gate", "valueNumber": 15, "citations": [{ "source": "seed-000-afp-wire", "quote": "15 bullet impacts on the front gate" }] },
            { "value": "bullet holes and shell casings", "citations": [{ "source": "seed-001-forum-post", "quote": "leaving bullet holes and shell casings" }] }
        ]
    });
    let created = server
        .data_as(&editor, "mutation($input: ClaimQuestionInput!) { createClaimQuestion(input: $input) { node { ... on ClaimQuestion { version contested } } } }", json!({ "input": input }))
        .await;
    assert_eq!(created["createClaimQuestion"]["node"]["contested"], true);
    let data = server
        .data(r#"{ incident(id: "toulon-gunfire-2025-04-15") { claims { slug claims { value corroboration { bestReliability onlyLowReliability } } } } }"#, json!({}))
        .await;
    let question = data["incident"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["slug"] == "toulon-damage-described")
        .expect("shown on the incident");
    assert_eq!(
        question["claims"][1]["corroboration"]["onlyLowReliability"], true,
        "the forum post alone is low reliability"
    );
    let conflicts = server.data("{ conflicts(first: 100) { edges { node { slug } } } }", json!({})).await;
    assert!(conflicts.to_string().contains("toulon-damage-described"));
}

async fn an_editor_keeps_both_languages_and_a_missing_french_is_served_as_english(server: &TestServer) {
    let editor = server.store.create_token("bilingual editor", Role::Editor).await.unwrap();
    let mut input = criticism_input("Rights concerns.");
    input["summaryFr"] = json!("Inquiétudes pour les droits.");
    server.data_as(&editor, CREATE_CRITICISM, json!({ "input": input })).await;
    let read = r#"{ criticism(id: "test-rights-concern") {
        version fr: summary(lang: FR) en: summary(lang: EN) marked: localizedSummary(lang: FR) { text language }
        history { after }
    } }"#;
    let data = server.data(read, json!({})).await;
    assert_eq!(data["criticism"]["fr"], "Inquiétudes pour les droits.");
    assert_eq!(data["criticism"]["en"], "Rights concerns.");
    assert_eq!(data["criticism"]["marked"]["language"], "FR");
    assert_eq!(
        data["criticism"]["history"][0]["after"]["summary_fr"], "Inquiétudes pour les droits.",
        "the revision records the French"
    );

    // An update without the French removes it: French readers then get the English, marked as such.
    let version = data["criticism"]["version"].clone();
    let updated = criticism_input("Rights concerns, restated.");
    server.data_as(&editor, UPDATE_CRITICISM, json!({ "version": version, "input": updated })).await;
    let data = server.data(read, json!({})).await;
    assert_eq!(data["criticism"]["fr"], "Rights concerns, restated.");
    assert_eq!(data["criticism"]["marked"]["language"], "EN", "never English passed off as French");
}
