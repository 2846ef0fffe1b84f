//! The GraphQL-over-HTTP specification: graphql-http's own server audits, and the
//! answers this server gives that the audits do not pin down.

use lawtracker_core::Backend;
use lawtracker_e2e::{code, node, TestServer};
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphql_http_audits_pass_with_no_error_and_no_warning() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let Some(dir) = node::tool_dir("audit") else { return server.stop().await };
    let url = format!("{}/graphql", server.base);
    let (ok, stdout, stderr) =
        tokio::task::spawn_blocking(move || node::run(&dir, "audit.mjs", &[&url], b"")).await.unwrap();
    server.stop().await;
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(ok, "graphql-http audits failed: {summary}\n{stderr}");
    assert!(summary.contains(" 0 warnings") && summary.contains(" 0 errors"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_codes_and_media_types_follow_the_specification() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let url = format!("{}/graphql", server.base);
    let post = |accept: &'static str, body: &'static str| {
        server.client.post(&url).header("content-type", "application/json").header("accept", accept).body(body).send()
    };

    // A document that does not parse: 400 and no `data` for graphql-response+json, 200 for json.
    let response = post("application/graphql-response+json", r#"{"query": "{ laws { "}"#).await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/graphql-response+json"));
    let body: Value = response.json().await.unwrap();
    assert!(body.get("data").is_none(), "{body}");
    assert_eq!(code(&body["errors"][0]), "GRAPHQL_PARSE_FAILED");
    let response = post("application/json", r#"{"query": "{ laws { "}"#).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));

    // A field error inside an executed query is not a request error: 200, with `data`.
    let response =
        post("application/graphql-response+json", r#"{"query": "{ incidents(first: 500) { totalCount } }"}"#)
            .await
            .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert!(body.get("data").is_some(), "{body}");

    // A POST without a content type is refused, saying what to send.
    let response = server.client.post(&url).body(r#"{"query": "{ __typename }"}"#).send().await.unwrap();
    assert_eq!(response.status(), 415);
    let body: Value = response.json().await.unwrap();
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("application/json"), "{body}");

    // A mutation over GET: 405, with the method that is allowed.
    let response = server
        .client
        .get(&url)
        .query(&[("query", r#"mutation { deleteSource(id: "x", expectedVersion: 1) { revision { id } } }"#)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");

    // Nothing the client accepts: 406.
    let response = post("text/html", r#"{"query": "{ __typename }"}"#).await.unwrap();
    assert_eq!(response.status(), 406);
    server.stop().await;
}
