//! A query's cost from the page sizes it asks for, explained when refused and
//! reported always; response maps in the order of their selection.

use lawtracker_core::Backend;
use lawtracker_e2e::{code, TestServer};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_query_says_its_cost_the_limit_and_the_field_to_lower() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    // The researcher's first question passes whole, and says what it cost.
    let question =
        "{ provisions { edges { node { slug incidents { relation incident { title } citations { quote } } } } } }";
    let body = server.post(question, json!({})).await;
    assert!(body.get("errors").is_none(), "{body:#}");
    assert_eq!(body["extensions"]["cost"], json!({ "requested": 14_041, "limit": 25_000 }));
    assert!(!body["data"]["provisions"]["edges"].as_array().unwrap().is_empty());

    // 100 facilities × 100 incidents × their citations could be ~70,000 objects.
    let wide = "{ facilities(first: 100) { edges { node { name incidents(first: 100) { edges { node { citations { quote } } } } } } } }";
    let body = server.post(wide, json!({})).await;
    let error = &body["errors"][0];
    assert_eq!(code(error), "QUERY_TOO_COMPLEX", "{error}");
    assert_eq!(error["extensions"]["limit"], 25_000);
    let cost = error["extensions"]["cost"].as_u64().unwrap();
    assert!(cost > 25_000, "{error}");
    assert_eq!(error["extensions"]["field"], "facilities.edges.node.incidents", "{error}");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains(&cost.to_string()) && message.contains("25000") && message.contains("first"), "{message}");
    assert_eq!(body["extensions"]["cost"]["requested"], cost, "a refusal reports the cost too");
    assert!(body.get("data").is_none(), "refused before it ran: {body}");

    // Depth is explained too, and introspection does not count.
    let mut deep = String::from("slug");
    for _ in 0..3 {
        deep = format!("provisions {{ provision {{ incidents(first: 1) {{ incident {{ {deep} }} }} }} }}");
    }
    let error =
        server.error(&format!("{{ incidents(first: 1) {{ edges {{ node {{ {deep} }} }} }} }}"), json!({})).await;
    assert_eq!(code(&error), "QUERY_TOO_DEEP", "{error}");
    assert_eq!((error["extensions"]["depth"].as_u64(), error["extensions"]["limit"].as_u64()), (Some(16), Some(12)));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn response_maps_follow_the_order_of_the_selection() {
    let server = TestServer::start(Backend::Sqlite).await.expect("SQLite always runs");
    // The example: it came back as zeta, alpha, incidents { pageInfo, edges, totalCount }.
    let query = "{ incidents(first: 1) { totalCount pageInfo { hasNextPage } edges { node { title } } } zeta: __typename alpha: __typename }";
    let response =
        server.client.post(format!("{}/graphql", server.base)).json(&json!({ "query": query })).send().await.unwrap();
    let text = response.text().await.unwrap();
    let positions: Vec<usize> =
        ["\"incidents\"", "\"totalCount\"", "\"pageInfo\"", "\"edges\"", "\"zeta\"", "\"alpha\""]
            .iter()
            .map(|key| text.find(key).unwrap_or_else(|| panic!("{key} missing from {text}")))
            .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "keys out of the selection's order: {text}");
    // Through a fragment, merged fields and a list: the order of first mention.
    let query = "{ laws { edges { node { ...L slug } } } } fragment L on Law { title(lang: EN) { text } id slug }";
    let text = server
        .client
        .post(format!("{}/graphql", server.base))
        .json(&json!({ "query": query }))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (title, id, slug) =
        (text.find("\"title\"").unwrap(), text.find("\"id\"").unwrap(), text.find("\"slug\"").unwrap());
    assert!(title < id && id < slug, "{text}");
    server.stop().await;
}
