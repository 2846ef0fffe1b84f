//! Tools read the schema with graphql-js's introspection query; what they rebuild
//! from the answer must be `schema.graphql`.

use lawtracker_api::schema::SchemaOptions;
use lawtracker_api::server::ServeOptions;
use lawtracker_core::Backend;
use lawtracker_e2e::{code, node, TestServer};
use serde_json::{json, Value};

/// graphql-js 16's `getIntrospectionQuery({ descriptions, specifiedByUrl,
/// directiveIsRepeatable, schemaDescription, inputValueDeprecation })`, word for
/// word: what GraphQL Code Generator, Relay, Postman and GraphiQL send.
const INTROSPECTION_QUERY: &str = include_str!("../../bench/queries/lawtracker/q7-introspection.graphql");

/// async-graphql 7.2 answers `__schema.description` with this fixed text (the
/// description of the `__Schema` type, not of our schema); it is the one field of
/// the answer that is not ours, so the comparison sets it aside.
const ASYNC_GRAPHQL_SCHEMA_DESCRIPTION: &str = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_full_introspection_query_rebuilds_schema_graphql() {
    assert!(INTROSPECTION_QUERY.contains("specifiedByURL") && INTROSPECTION_QUERY.contains("isRepeatable"));
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    let mut answer = server.post(INTROSPECTION_QUERY, json!({})).await;
    // Introspection has no depth limit, but its lists may not nest deeper than this query's.
    let abusive = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
    let error = server.error(abusive, json!({})).await;
    assert_eq!(code(&error), "QUERY_TOO_DEEP", "{error}");
    server.stop().await;
    assert!(answer.get("errors").is_none(), "introspection is answered, not refused: {answer:#}");
    let schema = &mut answer["data"]["__schema"];
    assert_eq!(schema["queryType"]["name"], "Query");
    assert_eq!(schema["subscriptionType"]["name"], "Subscription");
    assert_eq!(schema["description"], ASYNC_GRAPHQL_SCHEMA_DESCRIPTION);
    schema["description"] = Value::Null;

    let Some(dir) = node::tool_dir("audit") else { return };
    let sdl_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let input = serde_json::to_vec(&answer).unwrap();
    let (ok, stdout, stderr) =
        tokio::task::spawn_blocking(move || node::run(&dir, "compare-schema.mjs", &[sdl_path], &input)).await.unwrap();
    assert!(ok, "graphql-js could not rebuild the schema: {stderr}");
    let printed: Value = serde_json::from_str(&stdout).expect("compare-schema.mjs prints JSON");
    let (rebuilt, checked_in) = (printed["fromIntrospection"].as_str().unwrap(), printed["fromSdl"].as_str().unwrap());
    assert!(rebuilt.contains("type Provision"), "{rebuilt}");
    if rebuilt != checked_in {
        let first_difference = rebuilt.lines().zip(checked_in.lines()).find(|(a, b)| a != b);
        panic!("the schema rebuilt from introspection differs from schema.graphql, first at {first_difference:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_introspection_refuses_schema_queries_and_still_answers_queries() {
    let options = ServeOptions { schema: SchemaOptions { introspection: false }, ..ServeOptions::default() };
    let server = TestServer::start_with(Backend::Sqlite, options).await.expect("SQLite always runs");
    let error = server.error("{ __schema { types { name } } }", json!({})).await;
    assert_eq!(code(&error), "GRAPHQL_VALIDATION_FAILED", "{error}");
    let error = server.error(r#"{ __type(name: "Provision") { name } }"#, json!({})).await;
    assert_eq!(code(&error), "GRAPHQL_VALIDATION_FAILED", "{error}");
    let data = server.data("{ laws { totalCount } }", json!({})).await;
    assert_eq!(data["laws"]["totalCount"], 1);
    server.stop().await;
}
