//! Every ```graphql block of the README runs against the shipped dataset and
//! succeeds, so the documentation cannot drift from the API.
//!
//! One operation per block. Every block runs with an admin token (reads are public,
//! so queries do not need it; the README's mutations and its webhook list do), in
//! the README's order. A subscription block is started in-process and must be
//! accepted (it answers when data changes, so it is not waited for).

use async_graphql::futures_util::{FutureExt, StreamExt};
use async_graphql::parser::types::OperationType;
use async_graphql::Executor;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::TestServer;
use serde_json::json;

/// The ```graphql blocks of `markdown`, each with the line it starts on.
fn graphql_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (number, line) in markdown.lines().enumerate() {
        match (&mut current, line.trim_end()) {
            (None, "```graphql") => current = Some((number + 2, String::new())),
            (Some(_), "```") => blocks.push(current.take().expect("inside a block")),
            (Some((_, text)), line) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "the README ends inside a ```graphql block");
    blocks
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_graphql_block_of_the_readme_runs_on_the_shipped_dataset() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let blocks = graphql_blocks(&readme);
    assert!(blocks.len() >= 15, "the README's queries were found ({} blocks)", blocks.len());
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let admin = server.store.create_token("README reader", Role::Admin).await.unwrap();
    let schema = lawtracker_api::schema::schema_for(server.store.clone());
    for (line, block) in &blocks {
        let document = async_graphql::parser::parse_query(block)
            .unwrap_or_else(|e| panic!("README.md:{line}: the block does not parse: {e}\n{block}"));
        let operations: Vec<_> = document.operations.iter().collect();
        assert_eq!(operations.len(), 1, "README.md:{line}: one operation per block, so it runs as written\n{block}");
        if operations[0].1.node.ty == OperationType::Subscription {
            let mut stream = schema.execute_stream(async_graphql::Request::new(block.as_str()), None);
            if let Some(Some(response)) = stream.next().now_or_never() {
                panic!("README.md:{line}: the subscription was refused: {:?}", response.errors);
            }
            continue;
        }
        let body = server.post_as(&admin, block, json!({})).await;
        assert!(body.get("errors").is_none(), "README.md:{line}: the block fails: {body:#}\n{block}");
        assert!(body["data"].is_object(), "README.md:{line}: no data: {body:#}");
    }
    server.stop().await;
}
