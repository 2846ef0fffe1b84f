//! Following and citing the tracker from researchers' own tools, on both backends:
//! the plain-HTTP sync feed (`GET /changes`), read as a copy-keeping script would.

use lawtracker_core::auth::Role;
use lawtracker_e2e::{on_both_backends, TestServer};
use serde_json::{json, Value};

const RIGHTS_QUOTE: &str =
    "has faced criticism from civil rights groups concerned about human rights and the potential for abuse";

const CREATE_CRITICISM: &str = r#"mutation($input: CriticismInput!) {
  createCriticism(input: $input) { node { ... on Criticism { slug version } } }
}"#;

fn criticism_input(slug: &str, summary: &str) -> Value {
    json!({
        "slug": slug,
        "actor": "civil-rights-groups",
        "stance": "CONCERNED",
        "rights": ["human_rights"],
        "summary": summary,
        "citations": [{ "source": "seed-001-forum-post", "quote": RIGHTS_QUOTE }]
    })
}

on_both_backends!(
    the_sync_feed_replays_every_write_once_with_deletions_as_tombstones,
    the_sync_feed_refuses_bad_parameters
);

/// A page of `/changes`: its lines, the `Link` rel="next" URL and `Resume-Cursor`.
async fn page(server: &TestServer, path_and_query: &str) -> (Vec<Value>, Option<String>, String) {
    let response = server.client.get(format!("{}{path_and_query}", server.base)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path_and_query}");
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let next = response.headers().get("link").map(|link| {
        let link = link.to_str().unwrap();
        assert!(link.ends_with("; rel=\"next\""), "{link}");
        link.trim_start_matches('<').split('>').next().unwrap().to_string()
    });
    let resume = response.headers()["resume-cursor"].to_str().unwrap().to_string();
    let body = response.text().await.unwrap();
    let lines = body.lines().map(|line| serde_json::from_str(line).expect("every line is JSON")).collect();
    (lines, next, resume)
}

/// The whole feed from `start`, page after page as the `Link` headers lead.
async fn replay(server: &TestServer, start: &str) -> Vec<Value> {
    let mut all = Vec::new();
    let mut url = Some(start.to_string());
    while let Some(current) = url {
        let (lines, next, _) = page(server, &current).await;
        all.extend(lines);
        url = next;
    }
    all
}

fn sequences(lines: &[Value]) -> Vec<i64> {
    lines.iter().map(|l| l["sequence"].as_i64().unwrap()).collect()
}

async fn the_sync_feed_replays_every_write_once_with_deletions_as_tombstones(server: &TestServer) {
    let admin = server.store.create_token("feed admin", Role::Admin).await.unwrap();
    server
        .data_as(&admin, CREATE_CRITICISM, json!({ "input": criticism_input("feed-doomed", "To be deleted.") }))
        .await;
    server
        .data_as(
            &admin,
            r#"mutation($input: CriticismInput!) { updateCriticism(id: "feed-doomed", expectedVersion: 1, input: $input) { node { __typename } } }"#,
            json!({ "input": criticism_input("feed-doomed", "Edited before deletion.") }),
        )
        .await;
    server
        .data_as(
            &admin,
            r#"mutation { deleteCriticism(id: "feed-doomed", expectedVersion: 2) { node { __typename } } }"#,
            json!({}),
        )
        .await;
    server.data_as(&admin, CREATE_CRITICISM, json!({ "input": criticism_input("feed-kept", "Stays.") })).await;

    let total =
        server.data("{ revisions { totalCount } }", json!({})).await["revisions"]["totalCount"].as_i64().unwrap();
    // Small pages, so that the replay crosses many page boundaries.
    let all = replay(server, "/changes?limit=7").await;
    assert_eq!(sequences(&all), (1..=total).collect::<Vec<_>>(), "every revision once, in commit order");
    let whole = replay(server, "/changes").await;
    assert_eq!(whole, all, "the default page size gives the same feed");

    let ours: Vec<&Value> = all.iter().filter(|l| l["entitySlug"] == "feed-doomed").collect();
    let operations: Vec<&str> = ours.iter().map(|l| l["operation"].as_str().unwrap()).collect();
    assert_eq!(operations, ["create", "update", "delete"]);
    let tombstone = ours[2];
    assert_eq!(tombstone["after"], Value::Null, "a deletion is a tombstone: {tombstone}");
    assert_eq!(tombstone["before"]["summary"], "Edited before deletion.", "{tombstone}");
    assert_eq!(tombstone["entityType"], "criticism");
    assert_eq!(tombstone["author"], "feed admin");
    assert!(tombstone["at"].as_str().unwrap().contains('T'), "{tombstone}");
    assert_eq!(ours[1]["after"]["summary"], "Edited before deletion.");
    assert_eq!(all.last().unwrap()["entitySlug"], "feed-kept");

    // From a cursor in the middle: exactly what follows it.
    let middle = all.len() - 3;
    let cursor = all[middle]["cursor"].as_str().unwrap();
    let (rest, next, resume) = page(server, &format!("/changes?since={cursor}")).await;
    assert_eq!(rest, all[middle + 1..], "nothing missing or repeated after a middle cursor");
    assert!(next.is_none(), "the last page links no further");
    assert_eq!(resume, all.last().unwrap()["cursor"], "resume from the last line");
    // Nothing new: an empty page that resumes from the same place.
    let (none, _, again) = page(server, &format!("/changes?since={resume}")).await;
    assert!(none.is_empty());
    assert_eq!(again, resume);

    // GraphQL's Revision.cursor is the same cursor.
    let first = server.data("{ revisions(first: 2) { edges { node { cursor sequence } } } }", json!({})).await;
    let edges = first["revisions"]["edges"].as_array().unwrap();
    assert_eq!(edges[0]["node"]["cursor"], all[0]["cursor"]);
    let (after_first, _, _) =
        page(server, &format!("/changes?since={}&limit=1", all[0]["cursor"].as_str().unwrap())).await;
    assert_eq!(after_first[0]["sequence"], edges[1]["node"]["sequence"]);
}

async fn the_sync_feed_refuses_bad_parameters(server: &TestServer) {
    for (query, field) in [
        ("since=not-a-cursor", "since"),
        ("since=", "since"),
        ("limit=0", "limit"),
        ("limit=10001", "limit"),
        ("limit=ten", "limit"),
        ("sinse=x", "sinse"),
    ] {
        let response = server.client.get(format!("{}/changes?{query}", server.base)).send().await.unwrap();
        assert_eq!(response.status(), 400, "{query}");
        let body: Value = response.json().await.unwrap();
        let error = &body["errors"][0];
        assert_eq!(error["extensions"]["field"], field, "{query}: {body}");
        assert_eq!(error["extensions"]["code"], "BAD_USER_INPUT", "{query}: {body}");
        assert!(error["message"].as_str().unwrap().contains(field), "{body}");
        assert!(!error["extensions"]["messageFr"].as_str().unwrap().is_empty(), "{body}");
    }
    let (lines, _, _) = page(server, "/changes?limit=10000").await;
    assert!(!lines.is_empty(), "the shipped dataset's load is in the feed");
}
