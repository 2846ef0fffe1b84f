//! Issue 24, over HTTP on both backends: links whose provision-specific claim rests
//! only on the forum post are kept and flagged, out of default link lists and back
//! with `includeDisputed`, as disputed records are.

use lawtracker_e2e::{on_both_backends, TestServer};
use serde_json::{json, Value};

on_both_backends!(disputed_links_are_out_of_default_lists_and_flagged_when_asked,);

fn reactions(links: &Value) -> Vec<&Value> {
    links.as_array().unwrap().iter().filter(|l| l["relation"] == "REACTION_TO_PROVISION").collect()
}

async fn disputed_links_are_out_of_default_lists_and_flagged_when_asked(server: &TestServer) {
    let query = r#"query($all: Boolean!) { provision(id: "high-security-prison-wings") {
        incidents(includeDisputed: $all) { relation disputed disputedNote incident { slug } }
        criticisms(includeDisputed: $all) { disputed criticism { slug } } } }"#;
    let default = server.data(query, json!({ "all": false })).await;
    let all = server.data(query, json!({ "all": true })).await;
    let p = &default["provision"];
    assert!(reactions(&p["incidents"]).is_empty(), "the forum-only reactions are out by default: {default}");
    let asked = reactions(&all["provision"]["incidents"]);
    assert_eq!(asked.len(), 8, "the eight reaction links come back when asked: {all}");
    for link in asked {
        assert_eq!(link["disputed"], true);
        assert!(link["disputedNote"].as_str().unwrap().contains("forum post"), "{link}");
    }
    let crit = |data: &Value| -> Vec<String> {
        data["provision"]["criticisms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["criticism"]["slug"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!crit(&default).contains(&"civil-rights-groups-criticism".to_string()));
    assert!(crit(&all).contains(&"civil-rights-groups-criticism".to_string()));

    // The list filter by provision follows the same rule.
    let list = r#"query($all: Boolean!) { criticisms(filter: { provision: "isolation-regime", includeDisputed: $all }) { edges { node { slug } } } }"#;
    let slugs = |data: Value| -> Vec<String> {
        data["criticisms"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["slug"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        !slugs(server.data(list, json!({ "all": false })).await).contains(&"civil-rights-groups-criticism".to_string())
    );
    assert!(
        slugs(server.data(list, json!({ "all": true })).await).contains(&"civil-rights-groups-criticism".to_string())
    );

    // An incident's own links: the disputed one is flagged when asked for.
    let q = r#"{ incident(id: "toulon-gunfire-2025-04-15") { a: provisions { disputed } b: provisions(includeDisputed: true) { disputed } } }"#;
    let data = server.data(q, json!({})).await;
    let count = |k: &str| data["incident"][k].as_array().unwrap().len();
    assert_eq!(count("b"), count("a") + 1, "{data}");
}
