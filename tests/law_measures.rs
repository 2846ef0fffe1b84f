//! The law's measures across its articles, as a researcher asks for them: every
//! penalty by length, and what happened after promulgation; each checked against
//! the shipped data files themselves.

use lawtracker_e2e::{on_both_backends, TestServer};

use crate::data_file;
use serde_json::{json, Value};

on_both_backends!(every_penalty_of_the_law_by_length, what_happened_since_promulgation_in_date_order);

/// Days in one `unit` (as data/FORMAT.md's duration units are compared).
fn days(unit: &str) -> f64 {
    match unit {
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "month" => 30.4375,
        "year" => 365.25,
        other => panic!("not a duration unit: {other}"),
    }
}

async fn every_penalty_of_the_law_by_length(server: &TestServer) {
    // The README's query.
    let data = server
        .data(
            r#"{ measures(filter: { names: ["prison_term_max", "fine_max"], stage: "promulgation" }) {
                name display isoDuration value unit provision { slug article heading } } }"#,
            json!({}),
        )
        .await;
    let measures = data["measures"].as_array().unwrap();

    // The same penalties, read from data/law.json.
    let law = data_file("law.json");
    let mut expected: Vec<(String, String, f64)> = Vec::new();
    for provision in law["provisions"].as_array().unwrap() {
        for parameter in provision["parameters"].as_array().unwrap() {
            let name = parameter["name"].as_str().unwrap();
            if ["prison_term_max", "fine_max"].contains(&name) && parameter["stage"] == "promulgation" {
                let top = parameter["value_max"].as_f64().unwrap_or(parameter["value"].as_f64().unwrap());
                let size =
                    if name == "prison_term_max" { top * days(parameter["unit"].as_str().unwrap()) } else { top };
                expected.push((provision["slug"].as_str().unwrap().to_string(), name.to_string(), size));
            }
        }
    }
    assert!(expected.len() >= 4, "the data has prison terms and fines to list: {expected:?}");
    assert_eq!(measures.len(), expected.len(), "every penalty at promulgation, nothing else: {measures:#?}");

    // Prison terms first, then fines; each group longest or largest first.
    let names: Vec<&str> = measures.iter().map(|m| m["name"].as_str().unwrap()).collect();
    let first_fine = names.iter().position(|n| *n == "fine_max").unwrap();
    assert!(names[..first_fine].iter().all(|n| *n == "prison_term_max"), "{names:?}");
    assert!(names[first_fine..].iter().all(|n| *n == "fine_max"), "{names:?}");
    let size = |m: &Value| {
        let value = m["value"].as_f64().unwrap();
        if m["name"] == "prison_term_max" {
            value * days(m["unit"].as_str().unwrap())
        } else {
            value
        }
    };
    for pair in measures.windows(2).filter(|p| p[0]["name"] == p[1]["name"]) {
        assert!(size(&pair[0]) >= size(&pair[1]), "largest first: {pair:#?}");
    }
    for measure in measures {
        let slug = measure["provision"]["slug"].as_str().unwrap();
        assert!(
            expected.iter().any(|(s, n, v)| s == slug
                && n == measure["name"].as_str().unwrap()
                && (*v - size(measure)).abs() < 1e-6),
            "{measure} is in data/law.json"
        );
        assert!(measure["display"].as_str().unwrap().starts_with("up to"), "a penalty is a maximum: {measure}");
    }
    let prison = measures.iter().find(|m| m["name"] == "prison_term_max").unwrap();
    assert!(prison["isoDuration"].as_str().unwrap().starts_with('P'), "{prison}");

    // Bad input names what is wrong.
    let error = server.error("{ measures(first: 501) { name } }", json!({})).await;
    assert_eq!(error["extensions"]["code"], "BAD_USER_INPUT", "{error}");
}

async fn what_happened_since_promulgation_in_date_order(server: &TestServer) {
    // The README's query.
    let data = server
        .data(
            r#"{ timeline(from: "2025-06-14", types: [LIFECYCLE_EVENT, INCIDENT]) { type date earliestDate latestDate title(lang: FR) slug } }"#,
            json!({}),
        )
        .await;
    let entries = data["timeline"].as_array().unwrap();
    let events = data_file("events.json");
    let after: Vec<&Value> =
        events.as_array().unwrap().iter().filter(|e| e["occurred_on"].as_str().unwrap() >= "2025-06-14").collect();
    assert!(after.len() >= 3, "the data records the law's life after promulgation: {}", after.len());
    let shown: Vec<&str> =
        entries.iter().filter(|e| e["type"] == "LIFECYCLE_EVENT").map(|e| e["slug"].as_str().unwrap()).collect();
    for event in &after {
        assert!(shown.contains(&event["slug"].as_str().unwrap()), "{} is in the timeline: {shown:?}", event["slug"]);
    }
    // Nothing that surely happened before: each entry may have happened on or after the day.
    assert!(entries.iter().all(|e| e["latestDate"].as_str().unwrap() >= "2025-06-14"), "{entries:#?}");
    let earliest: Vec<&str> = entries.iter().map(|e| e["earliestDate"].as_str().unwrap()).collect();
    assert!(earliest.windows(2).all(|w| w[0] <= w[1]), "in date order: {earliest:?}");
    for event in &after {
        let french = event["title_fr"].as_str().expect("every event has its French title");
        assert!(entries.iter().any(|e| e["title"] == french), "{french} is shown in French");
    }
}
