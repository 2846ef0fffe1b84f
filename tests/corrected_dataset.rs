//! The corrected dataset (issue 14) as a researcher meets it, over HTTP on both
//! backends: the whole law article by article, disputed records kept but out of
//! the default views, code references, and revisions dated when they were curated.

use std::collections::{BTreeSet, HashSet};

use lawtracker_e2e::{on_both_backends, TestServer};
use serde_json::{json, Value};

on_both_backends!(
    disputed_incidents_are_out_of_default_lists_and_counts_and_in_with_include_disputed,
    disputed_incidents_are_off_the_default_map_and_timeline,
    every_article_of_the_law_is_a_provision_with_its_eid_and_status,
    provisions_filter_by_the_code_they_amend,
    known_at_answers_from_the_instant_a_record_was_curated,
);

const DISPUTED: [&str; 5] = [
    "fresnes-disturbance-2024-04-12",
    "vendin-le-vieil-assault-2024-04-15",
    "la-sante-riots-2024-04-17",
    "rouen-weapons-smuggling-2024-04-19",
    "marseille-prison-reported-attack-2025-04",
];

async fn incident_slugs(server: &TestServer, filter: Value) -> (i64, HashSet<String>) {
    let query = "query($filter: IncidentFilterInput) { incidents(filter: $filter, first: 100) { totalCount edges { node { slug disputed } } } }";
    let data = server.data(query, json!({ "filter": filter })).await;
    let total = data["incidents"]["totalCount"].as_i64().unwrap();
    let slugs = data["incidents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["slug"].as_str().unwrap().to_string())
        .collect();
    (total, slugs)
}

async fn disputed_incidents_are_out_of_default_lists_and_counts_and_in_with_include_disputed(server: &TestServer) {
    let (default_total, default_slugs) = incident_slugs(server, json!({})).await;
    let (all_total, all_slugs) = incident_slugs(server, json!({ "includeDisputed": true })).await;
    assert_eq!(all_total, default_total + DISPUTED.len() as i64, "the count follows the flag");
    for slug in DISPUTED {
        assert!(!default_slugs.contains(slug), "{slug} is disputed: not in the default list");
        assert!(all_slugs.contains(slug), "{slug} is listed when disputed records are asked for");
    }
    assert_eq!(default_slugs.len() as i64, default_total, "the list and its count agree");

    // Answerable by slug, and saying why it is out of the lists.
    let data = server
        .data(
            r#"{ incident(id: "fresnes-disturbance-2024-04-12") { disputed summary citations { source { slug reliability } } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["incident"]["disputed"], true);
    assert_eq!(data["incident"]["citations"][0]["source"]["reliability"], "UNRELIABLE");

    // A facility's own incident count leaves the disputed Marseille record out too.
    let data = server.data(r#"{ facility(id: "cp-marseille") { incidents { totalCount } } }"#, json!({})).await;
    assert_eq!(data["facility"]["incidents"]["totalCount"], 0, "{data}");

    // Search counts and lists like every list.
    let search = "query($include: Boolean!) { search(query: \"Fresnes\", types: [INCIDENT], includeDisputed: $include) { totalCount edges { node { slug } } } }";
    let found = server.data(search, json!({ "include": false })).await;
    assert_eq!(found["search"]["totalCount"], 0, "{found}");
    let found = server.data(search, json!({ "include": true })).await;
    assert_eq!(found["search"]["edges"][0]["node"]["slug"], "fresnes-disturbance-2024-04-12", "{found}");

    // The 2024 "attacks" only the unreliable article reports: none by default.
    let (in_2024, _) = incident_slugs(server, json!({ "to": "2024-12-31" })).await;
    let (in_2024_asked, _) = incident_slugs(server, json!({ "to": "2024-12-31", "includeDisputed": true })).await;
    assert_eq!((in_2024, in_2024_asked), (0, 4));
}

async fn disputed_incidents_are_off_the_default_map_and_timeline(server: &TestServer) {
    let get = |query: &'static str| {
        let url = format!("{}/incidents.geojson{query}", server.base);
        async move {
            let response = server.client.get(url).send().await.unwrap();
            assert_eq!(response.status(), 200);
            response.json::<Value>().await.unwrap()
        }
    };
    let slugs = |map: &Value| -> HashSet<String> {
        map["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["properties"]["slug"].as_str().unwrap().to_string())
            .collect()
    };
    let map = get("").await;
    let asked = get("?includeDisputed=true").await;
    assert!(!slugs(&map).contains("marseille-prison-reported-attack-2025-04"), "the disputed record is off the map");
    assert!(slugs(&asked).contains("marseille-prison-reported-attack-2025-04"), "and on it when asked for");
    assert!(slugs(&map).contains("nanterre-car-arson-2025-04-14"), "an incident at a located prison is mapped");
    // Toulon-La Farlède's only point was Toulon's commune, about 10 km from the prison: no
    // source gives the prison's own point, so it stays off the map rather than misplaced.
    assert!(!slugs(&map).contains("toulon-gunfire-2025-04-15"), "no point without a source for it");
    let bad =
        server.client.get(format!("{}/incidents.geojson?includeDisputed=maybe", server.base)).send().await.unwrap();
    assert_eq!(bad.status(), 400, "a bad flag is a named error, not a silent default");

    let timeline = |include: bool| async move {
        let data = server
            .data(
                "query($include: Boolean!) { timeline(from: \"2024-01-01\", to: \"2024-12-31\", types: [INCIDENT], includeDisputed: $include) { node { id } title } }",
                json!({ "include": include }),
            )
            .await;
        data["timeline"].as_array().unwrap().len()
    };
    assert_eq!(timeline(false).await, 0, "no 2024 attack on the default timeline");
    assert_eq!(timeline(true).await, 4, "the unreliable article's four 2024 records when asked for");
}

async fn all_provisions(server: &TestServer, filter: Value) -> Vec<Value> {
    let query = "query($filter: ProvisionFilterInput, $after: String) { provisions(filter: $filter, first: 50, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { slug article eId status theme codes entryIntoForce decrees summary citations { quote } } } } }";
    let mut after = Value::Null;
    let mut nodes = Vec::new();
    loop {
        let data = server.data(query, json!({ "filter": filter, "after": after })).await;
        let connection = &data["provisions"];
        nodes.extend(connection["edges"].as_array().unwrap().iter().map(|e| e["node"].clone()));
        if connection["pageInfo"]["hasNextPage"] != true {
            return nodes;
        }
        after = connection["pageInfo"]["endCursor"].clone();
    }
}

async fn every_article_of_the_law_is_a_provision_with_its_eid_and_status(server: &TestServer) {
    let provisions = all_provisions(server, json!({})).await;
    let eids: BTreeSet<String> = provisions.iter().filter_map(|p| p["eId"].as_str().map(str::to_string)).collect();
    for n in 1..=64 {
        assert!(eids.contains(&format!("art_{n}")), "article {n} is a provision");
    }
    for p in &provisions {
        assert!(!p["citations"].as_array().unwrap().is_empty(), "{} is cited", p["slug"]);
    }
    let eids_with = |status: &str| -> BTreeSet<String> {
        provisions
            .iter()
            .filter(|p| p["status"] == status)
            .filter_map(|p| p["eId"].as_str().map(str::to_string))
            .collect()
    };
    let set = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(eids_with("CENSURED"), set(&["art_15", "art_19", "art_5"]), "decision 2025-885 DC struck these down");
    assert_eq!(eids_with("PARTLY_CENSURED"), set(&["art_40", "art_55"]));
    assert!(eids_with("IN_FORCE_WITH_RESERVATION").contains("art_61"), "the QLCO article stands under a reservation");

    // An article no public source describes says so, and is not given a guessed theme.
    let unknown = provisions.iter().find(|p| p["eId"] == "art_2").expect("article 2");
    assert_eq!(unknown["theme"], "UNKNOWN");
    assert!(unknown["summary"].as_str().unwrap().contains("unknown"), "{unknown}");

    // The status filter the README's researcher query uses agrees with the list.
    let censured = all_provisions(server, json!({ "status": "CENSURED" })).await;
    assert_eq!(censured.len(), 3);
}

async fn provisions_filter_by_the_code_they_amend(server: &TestServer) {
    let eids = |nodes: &[Value]| -> BTreeSet<String> {
        nodes.iter().map(|p| p["eId"].as_str().unwrap_or(p["slug"].as_str().unwrap()).to_string()).collect()
    };
    let csi = all_provisions(server, json!({ "code": "CSI" })).await;
    let csi_eids = eids(&csi);
    assert!(csi_eids.contains("art_62"), "article 62 inserts CSI L. 22-11-1: {csi_eids:?}");
    assert!(csi_eids.contains("art_15"), "article 15 completed CSI L. 851-3");
    assert!(csi_eids.contains("administrative-closure"), "the closure power is CSI L. 333-2");
    for p in &csi {
        assert!(p["codes"].as_array().unwrap().iter().any(|c| c.as_str().unwrap().starts_with("CSI")), "{p}");
    }
    let pnaco = all_provisions(server, json!({ "code": "CPP 706-74-2" })).await;
    assert_eq!(eids(&pnaco), ["pnaco".to_string()].into_iter().collect());
    assert_eq!(pnaco[0]["entryIntoForce"], "2026-01-05");
    // Decree 2025-1412 sets the PNACO magistrates' pay: it does not implement this law.
    assert!(!pnaco[0]["decrees"].as_array().unwrap().iter().any(|d| d.as_str().unwrap().contains("2025-1412")));
    // Matched as written on both backends: no accidental case folding, no wildcards.
    assert!(all_provisions(server, json!({ "code": "csi" })).await.is_empty());
    assert!(all_provisions(server, json!({ "code": "C%" })).await.is_empty());
}

async fn known_at_answers_from_the_instant_a_record_was_curated(server: &TestServer) {
    let law: Value = serde_json::from_str(include_str!("../data/law.json")).unwrap();
    let provision = law["provisions"].as_array().unwrap().iter().find(|p| p["slug"] == "isolation-regime").unwrap();
    let curated_at = provision["curated_at"].as_str().unwrap();
    let at = chrono_like_minus_one_second(curated_at);
    let query = r#"query($at: DateTime!) { knownAt(id: "UHJvdmlzaW9uOmlzb2xhdGlvbi1yZWdpbWU", at: $at) { at after } }"#;
    let known = server.data(query, json!({ "at": curated_at })).await;
    assert!(known["knownAt"]["after"]["heading"].is_string(), "known from its curation instant: {known}");
    let revision_at = known["knownAt"]["at"].as_str().unwrap();
    assert!(revision_at.starts_with(&curated_at[..19]), "the revision is dated {revision_at}, curated {curated_at}");
    let before = server.data(query, json!({ "at": at })).await;
    assert!(before["knownAt"].is_null(), "not known a second before it was curated, on any clone: {before}");
}

/// `YYYY-MM-DDTHH:MM:SSZ` one second earlier (the data's stamps are whole seconds).
fn chrono_like_minus_one_second(instant: &str) -> String {
    let (date, time) = instant.trim_end_matches('Z').split_once('T').unwrap();
    let parts: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    let seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
    assert!(seconds > 0, "the test's stamp is not at midnight");
    let s = seconds - 1;
    format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, (s / 60) % 60, s % 60)
}
