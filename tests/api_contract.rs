//! What front ends rely on whatever the data: endpoints, Relay pagination, global
//! IDs, limits, and errors with stable codes (never a panic or a 500).

use std::collections::HashSet;

use lawtracker_e2e::{code, on_both_backends, TestServer};
use serde_json::{json, Value};

on_both_backends!(
    graphiql_health_and_get_requests_are_served,
    paging_through_incidents_visits_each_once_in_date_order,
    every_list_pages_and_counts_consistently,
    ids_accept_global_ids_and_slugs_and_node_round_trips,
    bad_arguments_get_coded_errors_naming_the_field,
    malformed_and_abusive_requests_are_refused_cleanly,
    nested_queries_cost_the_same_statements_whatever_the_page_size,
);

async fn graphiql_health_and_get_requests_are_served(server: &TestServer) {
    let page = server.client.get(format!("{}/", server.base)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().to_lowercase().contains("graphiql"));

    let health: Value =
        server.client.get(format!("{}/healthz", server.base)).send().await.unwrap().json().await.unwrap();
    assert_eq!(health["status"], "ok");

    let url = format!("{}/graphql?query={}", server.base, "%7Blaws%7BtotalCount%7D%7D");
    let body: Value = server.client.get(url).send().await.unwrap().json().await.unwrap();
    assert_eq!(body["data"]["laws"]["totalCount"], 1, "{body}");

    // GET never writes: a mutation is refused before it runs; a document that does not
    // parse gets the parser's code, as over POST.
    let get = |query: &'static str| {
        let request = server.client.get(format!("{}/graphql", server.base)).query(&[("query", query)]);
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let body = get(r#"mutation { deleteSource(id: "x", expectedVersion: 1) { revision { id } } }"#).await;
    assert_eq!(code(&body["errors"][0]), "BAD_USER_INPUT", "{body}");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("POST"), "{body}");
    let body = get("{ laws { ").await;
    assert_eq!(code(&body["errors"][0]), "GRAPHQL_PARSE_FAILED", "{body}");
}

const INCIDENT_PAGE: &str = r#"query($first: Int, $after: String) {
  incidents(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug earliestDate } }
  }
}"#;

async fn paging_through_incidents_visits_each_once_in_date_order(server: &TestServer) {
    let mut seen = Vec::new();
    let mut after = Value::Null;
    let mut total = None;
    for _ in 0..100 {
        let data = server.data(INCIDENT_PAGE, json!({ "first": 3, "after": after })).await;
        let connection = &data["incidents"];
        total.get_or_insert(connection["totalCount"].as_i64().unwrap());
        let edges = connection["edges"].as_array().unwrap();
        assert!(edges.len() <= 3, "page size is respected");
        for edge in edges {
            seen.push((
                edge["node"]["earliestDate"].as_str().unwrap().to_string(),
                edge["node"]["slug"].as_str().unwrap().to_string(),
            ));
        }
        if !connection["pageInfo"]["hasNextPage"].as_bool().unwrap() {
            break;
        }
        assert_eq!(connection["pageInfo"]["endCursor"], edges.last().unwrap()["cursor"]);
        after = connection["pageInfo"]["endCursor"].clone();
    }
    let total = total.unwrap() as usize;
    assert!(total >= 4, "the shipped dataset has incidents");
    assert_eq!(seen.len(), total, "pages together hold totalCount items");
    let unique: HashSet<_> = seen.iter().map(|(_, slug)| slug).collect();
    assert_eq!(unique.len(), total, "no incident appears on two pages");
    let dates: Vec<_> = seen.iter().map(|(date, _)| date.clone()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "incidents come earliest first");

    // A page of everything matches the concatenated pages.
    let all = server.data(INCIDENT_PAGE, json!({ "first": 100 })).await;
    let slugs: Vec<_> = all["incidents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(slugs, seen.into_iter().map(|(_, s)| s).collect::<Vec<_>>());
    assert_eq!(all["incidents"]["pageInfo"]["hasNextPage"], false);
}

async fn every_list_pages_and_counts_consistently(server: &TestServer) {
    for list in ["laws", "provisions", "incidents", "criticisms", "facilities", "actors", "sources", "conflicts"] {
        let query = format!("query($after: String) {{ {list}(first: 2, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ id }} }} }} }}");
        let mut ids = HashSet::new();
        let mut after = Value::Null;
        let total = loop {
            let data = server.data(&query, json!({ "after": after })).await;
            let connection = &data[list];
            for edge in connection["edges"].as_array().unwrap() {
                assert!(ids.insert(edge["node"]["id"].as_str().unwrap().to_string()), "{list}: an item came twice");
            }
            if !connection["pageInfo"]["hasNextPage"].as_bool().unwrap() {
                break connection["totalCount"].as_i64().unwrap();
            }
            after = connection["pageInfo"]["endCursor"].clone();
        };
        assert_eq!(ids.len() as i64, total, "{list}: pages hold totalCount items");
        assert!(total > 0, "{list} is not empty in the shipped dataset");
    }
}

async fn ids_accept_global_ids_and_slugs_and_node_round_trips(server: &TestServer) {
    let data = server.data("{ sources(first: 100) { edges { node { id slug title } } } }", json!({})).await;
    for edge in data["sources"]["edges"].as_array().unwrap() {
        let (id, slug) = (&edge["node"]["id"], &edge["node"]["slug"]);
        let by_id = server
            .data(
                "query($id: ID!) { source(id: $id) { slug } node(id: $id) { id ... on Source { slug } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(&by_id["source"]["slug"], slug);
        assert_eq!(&by_id["node"]["id"], id);
        assert_eq!(&by_id["node"]["slug"], slug);
        let by_slug = server.data("query($id: ID!) { source(id: $id) { id } }", json!({ "id": slug })).await;
        assert_eq!(&by_slug["source"]["id"], id);
    }
    let data = server.data("{ incidents(first: 1) { edges { node { id } } } }", json!({})).await;
    let incident_id = data["incidents"]["edges"][0]["node"]["id"].clone();
    let error = server.error("query($id: ID!) { provision(id: $id) { slug } }", json!({ "id": incident_id })).await;
    assert_eq!(code(&error), "BAD_USER_INPUT");
    assert_eq!(error["extensions"]["field"], "id");
    assert!(error["message"].as_str().unwrap().contains("is a Incident ID"), "{error}");

    let missing = server.data(r#"{ provision(id: "no-such-provision") { slug } }"#, json!({})).await;
    assert_eq!(missing["provision"], Value::Null, "an unknown slug is null, not an error");
}

async fn bad_arguments_get_coded_errors_naming_the_field(server: &TestServer) {
    let error = server.error("{ incidents(first: 1000) { totalCount } }", json!({})).await;
    assert_eq!((code(&error), error["extensions"]["field"].as_str()), ("BAD_USER_INPUT", Some("first")), "{error}");
    let error = server.error("{ incidents(first: -1) { totalCount } }", json!({})).await;
    assert_eq!(code(&error), "BAD_USER_INPUT");

    let error = server.error(r#"{ provisions(after: "garbage!") { totalCount } }"#, json!({})).await;
    assert_eq!((code(&error), error["extensions"]["field"].as_str()), ("BAD_USER_INPUT", Some("after")), "{error}");

    let error = server.error(r#"{ incidents(filter: { from: "14/04/2025" }) { totalCount } }"#, json!({})).await;
    assert_eq!(code(&error), "BAD_USER_INPUT", "{error}");
    assert!(error["message"].as_str().unwrap().contains("YYYY-MM-DD"), "{error}");

    let error = server
        .error(r#"{ incidents(filter: { from: "2025-05-01", to: "2025-04-01" }) { totalCount } }"#, json!({}))
        .await;
    assert_eq!((code(&error), error["extensions"]["field"].as_str()), ("BAD_USER_INPUT", Some("filter.to")), "{error}");

    let error =
        server.error(r#"{ incidents(filter: { facility: "no-such-prison" }) { totalCount } }"#, json!({})).await;
    assert_eq!(
        (code(&error), error["extensions"]["field"].as_str()),
        ("NOT_FOUND", Some("filter.facility")),
        "{error}"
    );

    let error = server.error(r#"{ provision(id: "Not A Slug") { slug } }"#, json!({})).await;
    assert_eq!(code(&error), "BAD_USER_INPUT");

    let error = server.error(r#"{ provisions(filter: { theme: NOT_A_THEME }) { totalCount } }"#, json!({})).await;
    assert_eq!(code(&error), "GRAPHQL_VALIDATION_FAILED", "{error}");

    let error = server.error("{ nosuchfield }", json!({})).await;
    assert_eq!(code(&error), "GRAPHQL_VALIDATION_FAILED", "{error}");
}

async fn malformed_and_abusive_requests_are_refused_cleanly(server: &TestServer) {
    let error = server.error("{ laws { ", json!({})).await;
    assert_eq!(code(&error), "GRAPHQL_PARSE_FAILED", "{error}");

    // A valid document, but the request names an operation it does not hold.
    let body = server
        .client
        .post(format!("{}/graphql", server.base))
        .json(&json!({ "query": "query A { laws { totalCount } }", "operationName": "B" }))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(code(&body["errors"][0]), "BAD_USER_INPUT", "{body}");
    // A variable of the right type whose value a scalar refuses, at the field that reads it.
    let error = server
        .error(
            "query($from: Date) { incidents(filter: { from: $from }) { totalCount } }",
            json!({ "from": "14/04/2025" }),
        )
        .await;
    assert_eq!((code(&error), error["path"][0].as_str()), ("BAD_USER_INPUT", Some("incidents")), "{error}");

    // Deeper than the limit of 12: each hop adds four levels.
    let mut deep = String::from("slug");
    for _ in 0..3 {
        deep = format!("provisions {{ provision {{ incidents(first: 1) {{ incident {{ {deep} }} }} }} }}");
    }
    let error =
        server.error(&format!("{{ incidents(first: 1) {{ edges {{ node {{ {deep} }} }} }} }}"), json!({})).await;
    assert_eq!(code(&error), "QUERY_TOO_DEEP", "{error}");
    // So deep that the parser stops before validation: the same code.
    let absurd = format!("{{ laws {}{}", "{ edges ".repeat(40), "}".repeat(41));
    let error = server.error(&absurd, json!({})).await;
    assert_eq!(code(&error), "QUERY_TOO_DEEP", "{error}");

    // Shallow but asking for 100 × 100 rows.
    let wide = "{ facilities(first: 100) { edges { node { incidents(first: 100) { edges { node { citations { quote } } } } } } } }";
    let error = server.error(wide, json!({})).await;
    assert_eq!(code(&error), "QUERY_TOO_COMPLEX", "{error}");

    let url = format!("{}/graphql", server.base);
    let response =
        server.client.post(&url).header("content-type", "application/json").body("{not json").send().await.unwrap();
    assert_eq!(response.status(), 400, "malformed JSON is a client error, not a 500");

    let huge = json!({ "query": format!("{{ laws {{ totalCount }} }} #{}", "x".repeat(300 * 1024)) });
    // Its own client: the server closes the connection after refusing the body.
    let response = reqwest::Client::new().post(&url).json(&huge).send().await.unwrap();
    assert_eq!(response.status(), 413, "an oversized body is refused before it is parsed");

    // The server is still fine.
    let data = server.data("{ laws { totalCount } }", json!({})).await;
    assert_eq!(data["laws"]["totalCount"], 1);
}

const NESTED: &str = r#"query($first: Int) {
  incidents(first: $first) {
    edges { node {
      slug kinds
      facility { name aliases }
      outcomes { name value citations { quote } }
      citations { quote source { title reliability } }
      corroboration { sourceCount onlyLowReliability }
      provisions { relation provision { heading parameters { name } } citations { quote source { slug } } }
    } }
  }
}"#;

async fn nested_queries_cost_the_same_statements_whatever_the_page_size(server: &TestServer) {
    let statements_for = |first: i64| async move {
        let before = server.store.read_statements();
        let data = server.data(NESTED, json!({ "first": first })).await;
        let rows = data["incidents"]["edges"].as_array().unwrap().len();
        (server.store.read_statements() - before, rows)
    };
    let (small, small_rows) = statements_for(2).await;
    let (large, large_rows) = statements_for(100).await;
    assert!(large_rows >= 12 && small_rows == 2, "the shipped dataset has enough incidents ({large_rows})");
    // DataLoaders batch each nested field into one IN query per level: the page, its
    // links, kinds, facilities, aliases, outcomes, provisions, parameters, citations
    // (one per kind of target: incident, outcome, link) and their sources. That is
    // about 16 whatever the page size; a batch window that closes early (a busy
    // machine) can split one, hence the margin. One query per row and field would be
    // rows × 8 nested fields = over a hundred here.
    const SHAPE_BOUND: u64 = 16;
    let per_row_cost = large_rows as u64 * 8;
    assert!(small <= 2 * SHAPE_BOUND, "{small} statements for {small_rows} rows");
    assert!(large <= 2 * SHAPE_BOUND, "statements grew with rows: {large} for {large_rows} rows");
    assert!(large * 4 < per_row_cost, "{large} statements is not far below one per row and field ({per_row_cost})");
}
