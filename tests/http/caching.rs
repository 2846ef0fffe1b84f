//! HTTP caching for front ends: `ETag`/`304` on `GET`, a new tag once the data
//! changes, and automatic persisted queries over `GET` and `POST`.

use lawtracker_core::auth::Role;
use lawtracker_e2e::{code, on_both_backends, TestServer};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

on_both_backends!(get_answers_carry_an_etag_that_changes_with_the_data);

const QUERY: &str = r#"{ provision(id: "qlco-visits-and-recreation") { criticisms { criticism { slug } } } }"#;

/// The README's example write: a criticism linked to a clause, with its evidence.
const LINK: &str = r#"mutation {
  linkCriticism(criticism: "oip-qlco-analysis", input: {
    provision: "qlco-visits-and-recreation"
    citations: [{ source: "law-facts-2026-11-22", quote: "régime d'isolement quasi-total" }]
  }) { revision { id } }
}"#;

async fn get_answers_carry_an_etag_that_changes_with_the_data(server: &TestServer) {
    let url = format!("{}/graphql", server.base);
    let get = |etag: Option<String>| {
        let mut request = server.client.get(&url).query(&[("query", QUERY)]);
        if let Some(etag) = etag {
            request = request.header("if-none-match", etag);
        }
        request.send()
    };
    let first = get(None).await.unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["cache-control"], "public, max-age=0, must-revalidate");
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    let body: Value = first.json().await.unwrap();
    let linked = body["data"]["provision"]["criticisms"].as_array().expect("a list of criticisms").len();

    // Unchanged data: 304 with no body, the same tag.
    let again = get(Some(etag.clone())).await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag.as_str());
    assert!(again.bytes().await.unwrap().is_empty());
    // Other variables, another answer: another tag.
    let other = server.client.get(&url).query(&[("query", QUERY), ("variables", r#"{"x": 1}"#)]).send().await.unwrap();
    assert_ne!(other.headers()["etag"], etag.as_str());

    // A write: the same GET is answered in full again, under a new tag.
    let admin = server.store.create_token("admin", Role::Admin).await.unwrap();
    let written = server.post_as(&admin, LINK, json!({})).await;
    assert!(written.get("errors").is_none(), "{written:#}");
    let after = get(Some(etag.clone())).await.unwrap();
    assert_eq!(after.status(), 200, "the data changed, so the old tag no longer matches");
    assert_ne!(after.headers()["etag"], etag.as_str());
    let body: Value = after.json().await.unwrap();
    assert_eq!(body["data"]["provision"]["criticisms"].as_array().unwrap().len(), linked + 1, "{body}");

    // An answer with errors is never cached.
    let failed =
        server.client.get(&url).query(&[("query", "{ incidents(first: 500) { totalCount } }")]).send().await.unwrap();
    assert!(failed.headers().get("etag").is_none());
    assert_eq!(failed.headers()["cache-control"], "no-store");
}

fn persisted(hash: &str) -> Value {
    json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn automatic_persisted_queries_round_trip_over_get_and_post() {
    let server = TestServer::start(lawtracker_core::Backend::Sqlite).await.expect("SQLite always runs");
    let url = format!("{}/graphql", server.base);
    let query = "{ laws { totalCount } }";
    let hash = hex::encode(Sha256::digest(query.as_bytes()));
    let get_by_hash = || server.client.get(&url).query(&[("extensions", persisted(&hash).to_string())]).send();

    // Unknown hash: PersistedQueryNotFound, as Apollo clients expect.
    let body: Value = get_by_hash().await.unwrap().json().await.unwrap();
    assert_eq!(body["errors"][0]["message"], "PersistedQueryNotFound", "{body}");
    assert_eq!(code(&body["errors"][0]), "PERSISTED_QUERY_NOT_FOUND");

    // The client retries with the text (over POST), which is checked and kept.
    let body: Value = server
        .client
        .post(&url)
        .json(&json!({ "query": query, "extensions": persisted(&hash) }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["data"]["laws"]["totalCount"], 1, "{body}");

    // From then on, the hash alone is enough, over GET (cacheable, with an ETag) and POST.
    let response = get_by_hash().await.unwrap();
    assert!(response.headers().get("etag").is_some());
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["laws"]["totalCount"], 1, "{body}");
    let body: Value = server
        .client
        .post(&url)
        .json(&json!({ "extensions": persisted(&hash) }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["data"]["laws"]["totalCount"], 1, "{body}");

    // A text that does not hash to the hash it is sent with is refused, and not kept.
    let other = "{ laws { edges { node { slug } } } }";
    let response =
        server.client.post(&url).json(&json!({ "query": other, "extensions": persisted(&hash) })).send().await.unwrap();
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("does not match"), "{body}");
    let body: Value = get_by_hash().await.unwrap().json().await.unwrap();
    assert_eq!(body["data"]["laws"]["totalCount"], 1, "the hash still runs its own text: {body}");
    server.stop().await;
}
