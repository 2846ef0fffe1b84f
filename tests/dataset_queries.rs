//! Queries a researcher, an NGO or a fact-checker would ask of the shipped
//! dataset, over HTTP on both backends, with what the answers must show.

use std::collections::HashSet;

use lawtracker_e2e::{on_both_backends, TestServer};

use crate::data_file;
use serde_json::{json, Value};

on_both_backends!(
    a_clause_leads_to_its_incidents_facilities_and_verbatim_evidence,
    the_bill_and_the_law_in_force_are_kept_apart_by_stage,
    incidents_filter_by_date_overlap_kind_and_facility,
    a_claim_resting_on_the_unreliable_article_says_so,
    disagreements_between_sources_are_listed_with_their_sources,
    criticisms_filter_by_right_and_provision,
    provisions_filter_by_theme_and_status,
    facilities_carry_aliases_and_sourced_coordinates,
    the_timeline_merges_stages_incidents_and_statements_in_date_order,
    incidents_as_geojson_are_rfc_7946_points_with_the_incident_filters,
    provisions_filter_by_typed_parameter_values,
    a_clause_as_of_a_day_and_its_diff_between_stages,
    search_folds_accents_and_finds_aliases,
    titles_follow_the_requested_language_and_mark_the_original,
    our_texts_come_in_the_language_asked_for_with_the_language_served,
);

fn strings(values: &Value, pointer: &str) -> Vec<String> {
    values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_string())
        .collect()
}

async fn a_clause_leads_to_its_incidents_facilities_and_verbatim_evidence(server: &TestServer) {
    let data = server
        .data(
            r#"{ provision(id: "isolation-regime") {
                heading status
                incidents {
                  relation
                  incident { slug title occurredOn facility { name aliases } }
                  citations { quote source { slug title reliability text } }
                }
                criticisms { criticism { author { name } } citations { quote source { text } } }
            } }"#,
            json!({}),
        )
        .await;
    let provision = &data["provision"];
    assert_eq!(provision["status"], "IN_FORCE_WITH_RESERVATION", "in force under decision 2025-885 DC's reservation");
    let links = provision["incidents"].as_array().unwrap();
    assert!(links.len() >= 5, "the isolation clause is linked to the April 2025 attacks");
    let toulon = links.iter().find(|l| l["incident"]["slug"] == "toulon-gunfire-2025-04-15").expect("Toulon is linked");
    assert!(toulon["incident"]["facility"]["name"].as_str().unwrap().contains("Toulon"));
    for link in links.iter().chain(provision["criticisms"].as_array().unwrap()) {
        let citations = link["citations"].as_array().unwrap();
        assert!(!citations.is_empty(), "every link carries evidence: {link}");
        for citation in citations {
            let (quote, text) = (citation["quote"].as_str().unwrap(), citation["source"]["text"].as_str().unwrap());
            assert!(text.contains(quote), "the quote {quote:?} is verbatim in its source");
        }
    }
}

async fn the_bill_and_the_law_in_force_are_kept_apart_by_stage(server: &TestServer) {
    let data = server
        .data(
            r#"{ provision(id: "isolation-regime") {
                status
                parameters { name value unit qualifier display baseline baselineValue baselineUnit stage { slug kind occurredOn } citations { source { slug } } }
            } }"#,
            json!({}),
        )
        .await;
    let parameters = data["provision"]["parameters"].as_array().unwrap();
    let maximum: Vec<&Value> = parameters.iter().filter(|p| p["name"] == "isolation_initial_placement_max").collect();
    let at = |kind: &str| {
        maximum.iter().find(|p| p["stage"]["kind"] == kind).copied().unwrap_or_else(|| panic!("no {kind} value"))
    };
    let bill = at("COMMITTEE_TEXT");
    assert_eq!((bill["value"].as_f64(), bill["unit"].as_str()), (Some(4.0), Some("year")));
    assert_eq!(bill["display"], "up to 4 years");
    assert_eq!((bill["baselineValue"].as_f64(), bill["baselineUnit"].as_str()), (Some(3.0), Some("month")));
    assert!(
        strings(&bill["citations"], "/source/slug").contains(&"seed-002-news-report".to_string()),
        "the seed reports the bill"
    );
    let law = at("PROMULGATION");
    assert_eq!(
        (law["value"].as_f64(), law["unit"].as_str()),
        (Some(1.0), Some("year")),
        "the law in force says one year"
    );
    assert_eq!(law["stage"]["occurredOn"], "2025-06-13");
}

async fn incidents_filter_by_date_overlap_kind_and_facility(server: &TestServer) {
    let query = "query($filter: IncidentFilterInput) { incidents(filter: $filter, first: 100) { totalCount edges { node { slug occurredOn datePrecision } } } }";
    let monday = server.data(query, json!({ "filter": { "from": "2025-04-14", "to": "2025-04-14" } })).await;
    let slugs = strings(&monday["incidents"]["edges"], "/node/slug");
    for expected in [
        "nanterre-car-arson-2025-04-14",
        "nimes-car-arson-2025-04-14",
        "valence-car-arson-2025-04-14",
        "villepinte-arson-2025-04-14",
    ] {
        assert!(slugs.contains(&expected.to_string()), "{expected} happened on 14 April: {slugs:?}");
    }
    assert!(
        slugs.contains(&"aix-luynes-arson-2025-04".to_string()),
        "an incident known only to the month may have happened that day"
    );
    for excluded in ["toulon-gunfire-2025-04-15", "enap-agen-arson-2025-04-13", "fresnes-disturbance-2024-04-12"] {
        assert!(!slugs.contains(&excluded.to_string()), "{excluded} did not happen on 14 April");
    }

    let gunfire = server.data(query, json!({ "filter": { "kind": "GUNFIRE" } })).await;
    assert_eq!(strings(&gunfire["incidents"]["edges"], "/node/slug"), vec!["toulon-gunfire-2025-04-15"]);

    let aix = server.data(query, json!({ "filter": { "facility": "cp-aix-luynes" } })).await;
    assert_eq!(strings(&aix["incidents"]["edges"], "/node/slug"), vec!["aix-luynes-arson-2025-04"]);

    let twenty_four = server.data(query, json!({ "filter": { "to": "2024-12-31" } })).await;
    assert_eq!(twenty_four["incidents"]["totalCount"], 0, "the unreliable article's 2024 incidents are disputed");
    let asked = server.data(query, json!({ "filter": { "to": "2024-12-31", "includeDisputed": true } })).await;
    assert_eq!(asked["incidents"]["totalCount"], 4, "only the unreliable article's 2024 incidents");
}

async fn a_claim_resting_on_the_unreliable_article_says_so(server: &TestServer) {
    let data = server
        .data(
            r#"{
              unreliable: source(id: "seed-003-generated-article") { reliability reliabilityNote kind }
              fresnes: incident(id: "fresnes-disturbance-2024-04-12") { corroboration { sourceCount bestReliability onlyLowReliability } }
              toulon: incident(id: "toulon-gunfire-2025-04-15") { corroboration { sourceCount bestReliability onlyLowReliability } }
            }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["unreliable"]["reliability"], "UNRELIABLE");
    assert!(data["unreliable"]["reliabilityNote"].as_str().unwrap().len() > 40, "the rating says why");
    assert_eq!(data["fresnes"]["corroboration"]["onlyLowReliability"], true);
    assert_eq!(data["fresnes"]["corroboration"]["sourceCount"], 1);
    assert_eq!(data["toulon"]["corroboration"]["onlyLowReliability"], false);
    assert!(data["toulon"]["corroboration"]["sourceCount"].as_i64().unwrap() >= 2, "Toulon is corroborated");
}

async fn disagreements_between_sources_are_listed_with_their_sources(server: &TestServer) {
    let data = server
        .data(
            r#"{ conflicts(first: 100) { totalCount edges { node { slug question claims { value citations { quote source { slug reliability } } } } } } }"#,
            json!({}),
        )
        .await;
    assert!(data["conflicts"]["totalCount"].as_i64().unwrap() >= 8);
    let questions = data["conflicts"]["edges"].as_array().unwrap();
    let count = questions
        .iter()
        .find(|q| q["node"]["slug"] == "prisons-attacked-count")
        .expect("how many prisons is contested");
    let claims = count["node"]["claims"].as_array().unwrap();
    assert!(claims.len() >= 3);
    let sources: HashSet<String> = claims.iter().flat_map(|c| strings(&c["citations"], "/source/slug")).collect();
    assert!(sources.len() >= 3, "each answer keeps its own sources: {sources:?}");
    assert!(
        sources.contains("seed-003-generated-article"),
        "the unreliable article's answer is shown, with its rating"
    );
    for claim in claims {
        assert!(!claim["citations"].as_array().unwrap().is_empty(), "{claim}");
    }
    let isolation = questions
        .iter()
        .find(|q| q["node"]["slug"] == "isolation-placement-maximum")
        .expect("the isolation maximum is contested");
    let values = strings(&isolation["node"]["claims"], "/value");
    assert!(
        values.iter().any(|v| v.contains("four years")) && values.iter().any(|v| v.contains("one year")),
        "{values:?}"
    );
}

async fn criticisms_filter_by_right_and_provision(server: &TestServer) {
    let query = "query($filter: CriticismFilterInput) { criticisms(filter: $filter, first: 100) { totalCount edges { node { slug author { slug } rights stance } } } }";
    let privacy = server.data(query, json!({ "filter": { "right": "privacy" } })).await;
    assert_eq!(strings(&privacy["criticisms"]["edges"], "/node/author/slug"), vec!["cncdh"]);
    let on_isolation = server.data(query, json!({ "filter": { "provision": "isolation-regime" } })).await;
    let authors = strings(&on_isolation["criticisms"]["edges"], "/node/author/slug");
    for expected in ["oip", "conseil-d-etat"] {
        assert!(authors.contains(&expected.to_string()), "{expected} criticised the isolation regime: {authors:?}");
    }
    // The civil-rights groups' link rests only on the forum post: disputed, shown only when asked for.
    assert!(
        !authors.contains(&"civil-rights-groups".to_string()),
        "a disputed link is not in the default view: {authors:?}"
    );
    let with_disputed =
        server.data(query, json!({ "filter": { "provision": "isolation-regime", "includeDisputed": true } })).await;
    let authors = strings(&with_disputed["criticisms"]["edges"], "/node/author/slug");
    assert!(authors.contains(&"civil-rights-groups".to_string()), "included when asked for: {authors:?}");
    let opposed =
        server.data(query, json!({ "filter": { "provision": "isolation-regime", "stance": "OPPOSES" } })).await;
    assert!(strings(&opposed["criticisms"]["edges"], "/node/stance").iter().all(|s| s == "OPPOSES"));
}

async fn provisions_filter_by_theme_and_status(server: &TestServer) {
    let query = "query($filter: ProvisionFilterInput) { provisions(filter: $filter, first: 100) { totalCount edges { node { slug status theme } } } }";
    let detention =
        server.data(query, json!({ "filter": { "theme": "DETENTION_REGIME", "law": "loi-2025-532" } })).await;
    assert!(strings(&detention["provisions"]["edges"], "/node/slug").contains(&"isolation-regime".to_string()));
    assert!(strings(&detention["provisions"]["edges"], "/node/theme").iter().all(|t| t == "DETENTION_REGIME"));
    let censured = server.data(query, json!({ "filter": { "status": "CENSURED" } })).await;
    let slugs = strings(&censured["provisions"]["edges"], "/node/slug");
    assert!(slugs.contains(&"intelligence-tax-file-access".to_string()), "{slugs:?}");
    assert!(!slugs.contains(&"isolation-regime".to_string()));
}

async fn facilities_carry_aliases_and_sourced_coordinates(server: &TestServer) {
    let data = server
        .data(r#"{ facility(id: "cp-aix-luynes") { name aliases latitude longitude coordinatesNote citations { quote } } }"#, json!({}))
        .await;
    let facility = &data["facility"];
    let aliases: Vec<String> =
        facility["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()).collect();
    for alias in ["AixenProvence", "Luynes", "Aix-en-Provence"] {
        assert!(aliases.contains(&alias.to_string()), "{alias} in {aliases:?}");
    }
    assert!(facility["latitude"].is_f64() && facility["longitude"].is_f64());
    assert!(facility["coordinatesNote"].as_str().unwrap().contains("commune"), "the note says what the point is");
}

async fn the_timeline_merges_stages_incidents_and_statements_in_date_order(server: &TestServer) {
    let query = "query($types: [TimelineEntryType!]) { timeline(from: \"2025-01-01\", to: \"2025-06-30\", types: $types, first: 500) { type date datePrecision earliestDate slug node { id } } }";
    let data = server.data(query, json!({ "types": [] })).await;
    let entries = data["timeline"].as_array().unwrap();
    let types: HashSet<&str> = entries.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        HashSet::from(["LEGISLATIVE_STAGE", "INCIDENT", "STATEMENT", "LIFECYCLE_EVENT"]),
        "every kind is merged"
    );
    let earliest = strings(&data["timeline"], "/earliestDate");
    let mut sorted = earliest.clone();
    sorted.sort();
    assert_eq!(earliest, sorted, "in date order across types");
    assert!(earliest.iter().all(|d| d.as_str() >= "2025-01-01" && d.as_str() <= "2025-06-30"));
    let position = |slug: &str| {
        entries.iter().position(|e| e["slug"] == slug).unwrap_or_else(|| panic!("{slug} is on the timeline"))
    };
    assert!(position("toulon-gunfire-2025-04-15") < position("promulgation"), "the attacks came before the law");
    for entry in entries {
        assert!(!entry["node"].is_null(), "every entry points to its entity: {entry}");
        if entry["datePrecision"] == "MONTH" {
            assert_eq!(entry["date"].as_str().unwrap().len(), 7, "a month is not shown as a day: {entry}");
        }
    }
    let only_incidents = server.data(query, json!({ "types": ["INCIDENT"] })).await;
    assert!(strings(&only_incidents["timeline"], "/type").iter().all(|t| t == "INCIDENT"));
}

async fn incidents_as_geojson_are_rfc_7946_points_with_the_incident_filters(server: &TestServer) {
    let get = |query: &'static str| {
        let url = format!("{}/incidents.geojson{query}", server.base);
        async move {
            let response = server.client.get(url).send().await.unwrap();
            let status = response.status().as_u16();
            let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string());
            (status, content_type, response.json::<Value>().await.unwrap())
        }
    };
    let (status, content_type, all) = get("").await;
    assert_eq!((status, content_type.as_deref()), (200, Some("application/geo+json")));
    assert_eq!(all["type"], "FeatureCollection");
    let features = all["features"].as_array().unwrap();
    assert!(features.len() >= 5, "incidents at facilities with sourced coordinates are on the map");
    for feature in features {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["geometry"]["type"], "Point");
        let coordinates = feature["geometry"]["coordinates"].as_array().unwrap();
        let (lon, lat) = (coordinates[0].as_f64().unwrap(), coordinates[1].as_f64().unwrap());
        // Longitude first: metropolitan France lies between 5°W and 10°E, 41°N and 52°N.
        assert!((-5.5..10.0).contains(&lon) && (41.0..52.0).contains(&lat), "({lon}, {lat}) is not lon/lat in France");
        assert!(feature["properties"]["slug"].is_string() && feature["properties"]["occurredOn"].is_string());
    }
    let total =
        server.data("{ incidents { totalCount } }", json!({})).await["incidents"]["totalCount"].as_u64().unwrap();
    assert_eq!(features.len() as u64 + all["withoutCoordinates"].as_u64().unwrap(), total, "nothing silently dropped");

    let (_, _, arson) = get("?kind=arson&from=2025-04-14&to=2025-04-16").await;
    let arson_features = arson["features"].as_array().unwrap();
    assert!(!arson_features.is_empty());
    for feature in arson_features {
        assert!(feature["properties"]["kinds"].as_array().unwrap().contains(&json!("arson")), "{feature}");
    }
    let via_graphql = server
        .data("{ incidentsGeojson(filter: { kind: ARSON, from: \"2025-04-14\", to: \"2025-04-16\" }) }", json!({}))
        .await;
    assert_eq!(via_graphql["incidentsGeojson"], arson, "the endpoint and the field agree");

    let (status, _, error) = get("?from=14-04-2025").await;
    assert_eq!(status, 400);
    assert_eq!(error["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{error}");
    let (status, _, error) = get("?colour=red").await;
    assert_eq!((status, error["errors"][0]["extensions"]["field"].as_str()), (400, Some("colour")));
}

async fn provisions_filter_by_typed_parameter_values(server: &TestServer) {
    let query = "query($parameter: ParameterFilterInput) { provisions(filter: { parameter: $parameter }, first: 100) { edges { node { slug parameters { name isoDuration } } } } }";
    let slugs = |data: &Value| strings(&data["provisions"]["edges"], "/node/slug");
    let over_a_year =
        server.data(query, json!({ "parameter": { "name": "isolation_initial_placement_max", "gt": "P1Y" } })).await;
    assert_eq!(slugs(&over_a_year), vec!["isolation-regime"], "the bill's 4 years is over a year");
    let iso = &over_a_year["provisions"]["edges"][0]["node"]["parameters"];
    assert!(strings(iso, "/isoDuration").contains(&"P4Y".to_string()));
    // Compared as lengths whatever the unit: 120 hours is 5 days.
    let mules =
        server.data(query, json!({ "parameter": { "name": "custody_duration_max", "gte": "P5D", "lt": "P1M" } })).await;
    assert_eq!(slugs(&mules), vec!["drug-mule-custody"]);
    let none = server.data(query, json!({ "parameter": { "name": "custody_duration_max", "lt": "P4D" } })).await;
    assert!(slugs(&none).is_empty());
    // A range is over a bound when its top is: 600–900 individuals.
    let targeted =
        server.data(query, json!({ "parameter": { "name": "high_risk_individuals_targeted", "gt": "800" } })).await;
    assert_eq!(slugs(&targeted), vec!["high-security-prison-wings"]);
    let error = server.error(query, json!({ "parameter": { "name": "x", "gt": "P1Y", "lt": "700" } })).await;
    assert_eq!(error["extensions"]["field"], "filter.parameter", "{error}");
    let error = server.error(query, json!({ "parameter": { "name": "x", "gt": "one year" } })).await;
    assert_eq!(error["extensions"]["field"], "filter.parameter.gt", "{error}");
}

async fn a_clause_as_of_a_day_and_its_diff_between_stages(server: &TestServer) {
    let query = r#"query($day: Date) { provision(id: "isolation-regime", asOf: $day) {
        asOf status parameters { name display beforeTheLaw stage { slug } }
        textAsOf { text kind beforeTheLaw stage { slug } source { slug reliability } }
    } }"#;
    let text = |data: &Value| data["provision"]["textAsOf"]["text"].as_str().unwrap().to_string();
    let maximum = |data: &Value| -> (String, bool) {
        let p = data["provision"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "isolation_initial_placement_max")
            .cloned()
            .unwrap();
        (p["display"].as_str().unwrap().to_string(), p["beforeTheLaw"].as_bool().unwrap())
    };
    let before = server.data(query, json!({ "day": "2025-01-15" })).await;
    assert_eq!(before["provision"]["status"], "PROPOSED", "before promulgation, a proposal");
    assert_eq!(maximum(&before), ("3 months".to_string(), true), "the rule before the law");
    assert!(text(&before).contains("renewal every three months"), "the text before the law: {before}");
    assert_eq!(before["provision"]["textAsOf"]["beforeTheLaw"], true);
    assert_eq!(before["provision"]["textAsOf"]["kind"], "SOURCE_ACCOUNT", "a source's account, not the wording");
    let committee = server.data(query, json!({ "day": "2025-03-20" })).await;
    assert_eq!(maximum(&committee), ("up to 4 years".to_string(), false), "the committee text's value");
    assert_eq!(committee["provision"]["status"], "PROPOSED");
    assert!(text(&committee).contains("4 years"), "the committee text: {committee}");
    assert_eq!(committee["provision"]["textAsOf"]["stage"]["slug"], "an-committee-text");
    let law = server.data(query, json!({ "day": "2025-07-01" })).await;
    assert_eq!(law["provision"]["status"], "IN_FORCE_WITH_RESERVATION");
    assert_eq!(maximum(&law), ("1 year".to_string(), false), "the law in force");
    assert!(text(&law).contains("one year, renewable"), "the promulgated text: {law}");
    let count = law["provision"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == "isolation_initial_placement_max")
        .count();
    assert_eq!(count, 1, "as of a day, one value per measure");

    let diff = server
        .data(
            r#"{ provision(id: "isolation-regime") { diff(from: "2025-01-01", to: "an-committee-text") {
                from to statusFrom statusTo measures { name from { display beforeTheLaw } to { display stage { slug } } }
            } } }"#,
            json!({}),
        )
        .await;
    let diff = &diff["provision"]["diff"];
    let change = diff["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "isolation_initial_placement_max")
        .expect("the maximum changed");
    assert_eq!(change["from"]["display"], "3 months");
    assert_eq!(change["to"]["display"], "up to 4 years");
    assert_eq!(change["to"]["stage"]["slug"], "an-committee-text");
    assert_eq!(diff["to"], "2025-03-07");

    let words = server
        .data(
            r#"{ provision(id: "isolation-regime") { diff(from: "an-committee-text", to: "promulgation") {
                textFrom { text stage { slug } } textTo { text stage { slug } } text { change text }
            } } }"#,
            json!({}),
        )
        .await;
    let words = &words["provision"]["diff"];
    assert_eq!(words["textFrom"]["stage"]["slug"], "an-committee-text");
    assert_eq!(words["textTo"]["stage"]["slug"], "promulgation");
    let runs = |change: &str| -> String {
        words["text"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["change"] == change)
            .map(|r| r["text"].as_str().unwrap())
            .collect()
    };
    assert!(runs("DELETED").contains("4 years"), "the committee's 4 years is deleted: {words}");
    assert!(runs("INSERTED").contains("one year, renewable"), "the law's one year is inserted: {words}");
    let spelled = |keep: &str| -> String {
        words["text"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["change"] != keep)
            .map(|r| r["text"].as_str().unwrap())
            .collect()
    };
    assert_eq!(spelled("INSERTED"), words["textFrom"]["text"].as_str().unwrap(), "kept + deleted = the old text");
    assert_eq!(spelled("DELETED"), words["textTo"]["text"].as_str().unwrap(), "kept + inserted = the new text");

    let error = server
        .error(
            r#"{ provision(id: "isolation-regime") { diff(from: "last spring", to: "promulgation") { from } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(error["extensions"]["field"], "from", "{error}");
}

const SEARCH: &str = "query($q: String!, $types: [EntityType!]) { search(query: $q, types: $types, first: 100) { totalCount edges { node { type slug title snippet score } } } }";

async fn search_folds_accents_and_finds_aliases(server: &TestServer) {
    let hits = |data: &Value| strings(&data["search"]["edges"], "/node/slug");
    let nimes = server.data(SEARCH, json!({ "q": "Nimes", "types": ["FACILITY"] })).await;
    assert_eq!(hits(&nimes).first().map(String::as_str), Some("ma-nimes"), "Nimes finds Nîmes");
    assert!(nimes["search"]["edges"][0]["node"]["snippet"].as_str().unwrap().contains("[[Nîmes]]"));
    let accented = server.data(SEARCH, json!({ "q": "NÎMES", "types": ["FACILITY"] })).await;
    assert_eq!(hits(&accented), hits(&nimes), "case and accents do not matter");
    let aix = server.data(SEARCH, json!({ "q": "AixenProvence", "types": ["FACILITY"] })).await;
    assert_eq!(hits(&aix), vec!["cp-aix-luynes"], "an alias finds the facility");

    let everywhere = server.data(SEARCH, json!({ "q": "isolement", "types": [] })).await;
    let types: HashSet<String> = strings(&everywhere["search"]["edges"], "/node/type").into_iter().collect();
    assert!(types.len() >= 2, "French words are found across types: {types:?}");
    let scores: Vec<f64> = everywhere["search"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first");

    let both = server.data(SEARCH, json!({ "q": "Toulon automatic weapon", "types": ["INCIDENT"] })).await;
    assert_eq!(hits(&both).first().map(String::as_str), Some("toulon-gunfire-2025-04-15"), "every word must occur");
    let error = server.error(SEARCH, json!({ "q": " … ", "types": [] })).await;
    assert_eq!(error["extensions"]["field"], "query", "{error}");
}

/// The same searches give the same hits, in the same order, with the same
/// snippets and scores, on SQLite and on PostgreSQL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_results_are_identical_on_both_backends() {
    let sqlite = TestServer::start(lawtracker_core::Backend::Sqlite).await.unwrap();
    let Some(postgres) = TestServer::start(lawtracker_core::Backend::Postgres).await else { return };
    for query in ["Nimes", "prison", "isolement", "Darmanin", "AixenProvence", "four years", "criminalité organisée"]
    {
        let variables = json!({ "q": query, "types": [] });
        let (a, b) = (sqlite.data(SEARCH, variables.clone()).await, postgres.data(SEARCH, variables).await);
        assert_eq!(a, b, "{query:?} differs between backends");
        assert!(a["search"]["totalCount"].as_i64().unwrap() > 0, "{query:?} finds something");
    }
    sqlite.stop().await;
    postgres.stop().await;
}

async fn titles_follow_the_requested_language_and_mark_the_original(server: &TestServer) {
    let ask = |accept: Option<&'static str>, query: &'static str| {
        let mut request = server.client.post(format!("{}/graphql", server.base)).json(&json!({ "query": query }));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let plain = "{ law(id: \"loi-2025-532\") { title { text language original } } }";
    let french = ask(None, plain).await;
    assert_eq!(french["data"]["law"]["title"]["language"], "FR");
    assert_eq!(french["data"]["law"]["title"]["original"], true);
    assert!(french["data"]["law"]["title"]["text"].as_str().unwrap().contains("narcotrafic"));
    let english = ask(Some("en-GB,en;q=0.9,fr;q=0.5"), plain).await;
    assert_eq!(english["data"]["law"]["title"]["language"], "EN");
    assert_eq!(english["data"]["law"]["title"]["original"], false, "a translation is marked as such");
    let argument_wins = ask(Some("en"), "{ law(id: \"loi-2025-532\") { title(lang: FR) { language } } }").await;
    assert_eq!(argument_wins["data"]["law"]["title"]["language"], "FR");
}

/// The shipped data's French of one record's field, read from `data/` directly.
fn data_text(file: &str, pointer: &str, slug: &str, field: &str) -> String {
    let json = data_file(file);
    let records = json.pointer(pointer).and_then(Value::as_array).unwrap();
    let record = records.iter().find(|r| r["slug"] == slug).unwrap_or_else(|| panic!("{slug} in {file}"));
    record[field].as_str().unwrap_or_else(|| panic!("{file}: {slug} has no {field}")).to_string()
}

async fn our_texts_come_in_the_language_asked_for_with_the_language_served(server: &TestServer) {
    // Each kind of record, asked in French and in English, answers with the data's texts.
    let cases = [
        ("provision", "isolation-regime", "law.json", "/provisions", ["heading", "summary"]),
        ("incident", "enap-agen-arson-2025-04-13", "incidents.json", "", ["title", "summary"]),
    ];
    for (kind, slug, file, pointer, fields) in cases {
        for field in fields {
            let localized = format!("localized{}{}", field[..1].to_uppercase(), &field[1..]);
            let query = format!(
                "{{ {kind}(id: \"{slug}\") {{ fr: {field}(lang: FR) en: {field}(lang: EN) \
                 marked: {localized}(lang: FR) {{ text language original }} }} }}"
            );
            let data = server.data(&query, json!({})).await;
            let french = data_text(file, pointer, slug, &format!("{field}_fr"));
            assert_eq!(data[kind]["fr"], french.as_str(), "{kind} {slug} {field} in French");
            assert_eq!(data[kind]["en"], data_text(file, pointer, slug, field).as_str(), "{kind} {slug} {field}");
            assert_eq!(data[kind]["marked"]["language"], "FR");
            assert_eq!(data[kind]["marked"]["original"], false, "our French is a translation of our English");
        }
    }
    let criticism = "{ criticisms(first: 1) { edges { node { slug fr: summary(lang: FR) en: summary(lang: EN) } } } }";
    let node = server.data(criticism, json!({})).await["criticisms"]["edges"][0]["node"].clone();
    let slug = node["slug"].as_str().unwrap();
    assert_eq!(node["fr"], data_text("criticisms.json", "", slug, "summary_fr").as_str());
    assert_eq!(node["en"], data_text("criticisms.json", "", slug, "summary").as_str());
    // A measure's label too: the provision page's table names each measure in the reader's language.
    let labels = "{ provision(id: \"pnaco\") { parameters { name fr: label(lang: FR) en: label(lang: EN) \
                  marked: localizedLabel(lang: FR) { language } } } }";
    let parameters = server.data(labels, json!({})).await["provision"]["parameters"].clone();
    let expected = data_file("law.json");
    let pnaco = expected["provisions"].as_array().unwrap().iter().find(|p| p["slug"] == "pnaco").unwrap();
    let (served, written) = (parameters.as_array().unwrap(), pnaco["parameters"].as_array().unwrap());
    assert_eq!(served.len(), written.len(), "every measure of the PNACO is served: {parameters}");
    for (served, written) in served.iter().zip(written) {
        assert_eq!(served["name"], written["name"]);
        assert_eq!(served["fr"], written["label_fr"], "{} in French", written["name"]);
        assert_eq!(served["en"], written["label"]);
        assert_eq!(served["marked"]["language"], "FR");
    }
    let events = "{ provision(id: \"isolation-regime\") { events { slug title(lang: FR) description(lang: FR) } } }";
    let event = server.data(events, json!({})).await["provision"]["events"][0].clone();
    let slug = event["slug"].as_str().unwrap();
    assert_eq!(event["title"], data_text("events.json", "", slug, "title_fr").as_str());
    assert_eq!(event["description"], data_text("events.json", "", slug, "description_fr").as_str());

    // Without `lang`, the request's Accept-Language chooses; without either, English.
    let plain = "{ provision(id: \"isolation-regime\") { summary localizedSummary { language } } }";
    let ask = |accept: Option<&'static str>| {
        let mut request = server.client.post(format!("{}/graphql", server.base)).json(&json!({ "query": plain }));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let french = ask(Some("fr-FR,fr;q=0.9,en;q=0.5")).await;
    assert_eq!(
        french["data"]["provision"]["summary"],
        data_text("law.json", "/provisions", "isolation-regime", "summary_fr").as_str()
    );
    assert_eq!(french["data"]["provision"]["localizedSummary"]["language"], "FR");
    let neither = ask(None).await;
    assert_eq!(neither["data"]["provision"]["localizedSummary"]["language"], "EN");

    // Quantities in words of the language asked for.
    let displays =
        "{ provision(id: \"isolation-regime\") { parameters { fr: display(lang: FR) en: display(lang: EN) } } }";
    let parameters = server.data(displays, json!({})).await["provision"]["parameters"].clone();
    let pairs: Vec<(String, String)> = parameters
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["fr"].as_str().unwrap().to_string(), p["en"].as_str().unwrap().to_string()))
        .collect();
    assert!(pairs.contains(&("jusqu'à 4 ans".into(), "up to 4 years".into())), "{pairs:?}");

    // French words find the record, and its snippet shows them.
    let search = "{ search(query: \"fouilles intégrales\", first: 30) { nodes { slug snippet } } }";
    let hits = server.data(search, json!({})).await["search"]["nodes"].clone();
    let hit = hits.as_array().unwrap().iter().find(|h| h["slug"] == "isolation-regime").expect("found by its French");
    assert!(hit["snippet"].as_str().unwrap().contains("[[fouilles]]"), "{hit}");

    // The timeline's entries follow the language too.
    let timeline = "{ timeline(types: [INCIDENT], first: 1) { slug title(lang: FR) } }";
    let entry = server.data(timeline, json!({})).await["timeline"][0].clone();
    let slug = entry["slug"].as_str().unwrap();
    assert_eq!(entry["title"], data_text("incidents.json", "", slug, "title_fr").as_str());
}
