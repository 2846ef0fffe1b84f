//! Open data downloads (`lawtracker_core::opendata`, `GET /data/`): read back with the
//! `csv` crate as a researcher's tool would, checked against the package's own Table
//! Schema and against the export document they are made from.

use std::collections::{HashMap, HashSet};

use lawtracker_api::opendata as opendata_api;
use lawtracker_core::auth::{Principal, Role};
use lawtracker_core::dataset::{self, Dataset};
use lawtracker_core::dates::PartialDate;
use lawtracker_core::input::{CitationIn, Draft};
use lawtracker_core::opendata::{self, Format, OpenData};
use lawtracker_core::transfer::{self, Document};
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::Value;

/// The shipped dataset, loaded into a fresh SQLite database, and its export.
async fn shipped() -> (TestDb, Store, Document) {
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let store = Store::open(&db.url).await.unwrap();
    dataset::load(&store, &Dataset::embedded().expect("the shipped dataset parses")).await.unwrap();
    let document = transfer::export(&store).await.unwrap();
    (db, store, document)
}

/// A CSV read as a researcher's tool reads it: the header, then records of strings.
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader.headers().expect("a header row").iter().map(String::from).collect();
    let rows = reader.records().map(|r| r.expect("every record parses").iter().map(String::from).collect()).collect();
    (header, rows)
}

/// How many citations the document holds, counted from its JSON (not the writer's walk).
fn count_citations(value: &Value) -> usize {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(key, v)| if key == "citations" { v.as_array().map_or(0, Vec::len) } else { count_citations(v) })
            .sum(),
        Value::Array(items) => items.iter().map(count_citations).sum(),
        _ => 0,
    }
}

/// The number of records of each table, counted from the export document.
fn expected_counts(document: &Document) -> HashMap<&'static str, usize> {
    let c = &document.content;
    let provisions = || c.laws.iter().flat_map(|l| &l.provisions);
    HashMap::from([
        ("sources", c.sources.len()),
        ("laws", c.laws.len()),
        ("stages", c.laws.iter().map(|l| l.stages.len()).sum()),
        ("provisions", provisions().count()),
        ("provision_texts", provisions().map(|p| p.texts.len()).sum()),
        ("parameters", provisions().map(|p| p.parameters.len()).sum()),
        ("facilities", c.facilities.len()),
        ("actors", c.actors.len()),
        ("incidents", c.incidents.len()),
        ("outcomes", c.incidents.iter().map(|i| i.outcomes.len()).sum()),
        ("criticisms", c.criticisms.len()),
        ("incident_links", c.provision_incidents.len()),
        ("criticism_links", c.criticisms.iter().map(|c| c.provisions.len()).sum()),
        ("claim_questions", c.claims.len()),
        ("claims", c.claims.iter().map(|q| q.claims.len()).sum()),
        ("events", c.events.len()),
        ("citations", count_citations(&serde_json::to_value(c).unwrap())),
        ("revisions", document.revisions.len()),
        ("dataset_loads", document.dataset_loads.len()),
    ])
}

/// Every cell holds what its Table Schema field declares (type, required, enum, pattern).
fn check_cell(table: &str, field: &Value, cell: &str) {
    let name = field["name"].as_str().unwrap();
    let constraints = &field["constraints"];
    let at = format!("{table}.{name} = {cell:?}");
    if cell.is_empty() {
        assert!(constraints["required"] != true, "{at}: a required cell is empty");
        return;
    }
    match field["type"].as_str().unwrap() {
        "integer" => assert!(cell.parse::<i64>().is_ok(), "{at}: not an integer"),
        "number" => assert!(cell.parse::<f64>().is_ok_and(f64::is_finite), "{at}: not a number"),
        "boolean" => assert!(cell == "true" || cell == "false", "{at}: not a boolean"),
        "datetime" => assert!(chrono::DateTime::parse_from_rfc3339(cell).is_ok(), "{at}: not an RFC 3339 instant"),
        "string" => {}
        other => panic!("{at}: unexpected type {other}"),
    }
    if let Some(values) = constraints["enum"].as_array() {
        assert!(values.iter().any(|v| v == cell), "{at}: not one of {values:?}");
    }
    if let Some(pattern) = constraints["pattern"].as_str() {
        // The two patterns the package uses: a partial date, or a list of enum values.
        if pattern.starts_with(r"\d{4}") {
            assert!(PartialDate::parse(cell).is_ok(), "{at}: not YYYY, YYYY-MM or YYYY-MM-DD");
        } else {
            let items = pattern.split(')').next().unwrap().trim_start_matches('(');
            let allowed: HashSet<&str> = items.split('|').collect();
            for item in cell.split(opendata::LIST_SEPARATOR) {
                assert!(allowed.contains(item), "{at}: {item:?} is not one of {allowed:?}");
            }
        }
    }
}

/// Every CSV parses, has the header its schema declares, holds as many rows as the
/// document has records, and every cell, key and foreign key is what the schema says.
#[tokio::test]
async fn every_csv_matches_its_schema_and_the_document() {
    let (_db, store, document) = shipped().await;
    let data = OpenData::from_document(&document);
    let package: Value = serde_json::from_str(&opendata::datapackage(&data)).unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    assert!(package.get("licenses").is_none(), "no licence is stated for the dataset: none is invented");
    assert_eq!(package["sources"].as_array().unwrap().len(), document.content.sources.len());
    let expected = expected_counts(&document);
    let resources = package["resources"].as_array().unwrap();
    let names: Vec<&str> = resources.iter().map(|r| r["name"].as_str().unwrap()).collect();
    let mut want: Vec<&str> = expected.keys().copied().collect();
    want.sort();
    let mut have = names.clone();
    have.sort();
    assert_eq!(have, want, "one resource per table of the document");

    // Each table's rows by column name, for the key checks below.
    let mut parsed: HashMap<&str, (Vec<String>, Vec<Vec<String>>)> = HashMap::new();
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        assert_eq!(resource["path"], format!("{name}.csv"));
        let table = data.table(name).unwrap();
        let (header, rows) = read_csv(&opendata::to_csv(table));
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let declared: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(header, declared, "{name}.csv's header is its schema's fields");
        assert_eq!(rows.len(), expected[name], "{name}.csv has a row per record of the document");
        for row in &rows {
            assert_eq!(row.len(), fields.len(), "{name}: every row has every column");
            for (field, cell) in fields.iter().zip(row) {
                check_cell(name, field, cell);
            }
        }
        parsed.insert(name, (header, rows));
    }
    assert!(expected["citations"] > 50 && expected["incidents"] > 5, "the shipped dataset is not empty");

    let column = |table: &str, name: &str| -> Vec<String> {
        let (header, rows) = &parsed[table];
        let i = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{table} has no column {name}"));
        rows.iter().map(|r| r[i].clone()).collect()
    };
    let mut checked = 0;
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        let schema = &resource["schema"];
        let key = schema["primaryKey"][0].as_str().unwrap();
        let keys = column(name, key);
        assert_eq!(keys.iter().collect::<HashSet<_>>().len(), keys.len(), "{name}.{key} is unique");
        for fk in schema["foreignKeys"].as_array().unwrap() {
            let field = fk["fields"][0].as_str().unwrap();
            let target = fk["reference"]["resource"].as_str().unwrap();
            let target_key = fk["reference"]["fields"][0].as_str().unwrap();
            let known: HashSet<String> = column(target, target_key).into_iter().collect();
            for value in column(name, field).iter().filter(|v| !v.is_empty()) {
                assert!(known.contains(value), "{name}.{field} = {value:?} is not a {target}.{target_key}");
                checked += 1;
            }
        }
    }
    assert!(checked > expected["citations"] * 2, "foreign keys of links and citations were checked ({checked})");
    // Each citation names one target, in the column its target_table says.
    let targets = column("citations", "target_table");
    let (header, rows) = &parsed["citations"];
    let target_columns: HashMap<&str, usize> = resources.iter().find(|r| r["name"] == "citations").unwrap()["schema"]
        ["foreignKeys"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|fk| fk["fields"][0] != "source")
        .map(|fk| {
            let field = fk["fields"][0].as_str().unwrap();
            (fk["reference"]["resource"].as_str().unwrap(), header.iter().position(|h| h == field).unwrap())
        })
        .collect();
    for (row, target) in rows.iter().zip(&targets) {
        let set: Vec<usize> = target_columns.values().copied().filter(|&i| !row[i].is_empty()).collect();
        assert_eq!(set, vec![target_columns[target.as_str()]], "citation {} names one target, a {target}", row[0]);
    }
    for target in ["incident_links", "criticism_links", "provisions", "incidents"] {
        assert!(targets.iter().any(|t| t == target), "some citation backs a row of {target}");
    }
    store.close().await;
}

/// NDJSON: a line per record, each an object whose keys are the CSV's columns in order.
#[tokio::test]
async fn ndjson_has_a_line_per_record_with_the_same_columns() {
    let (_db, store, document) = shipped().await;
    let data = OpenData::from_document(&document);
    let expected = expected_counts(&document);
    for table in &data.tables {
        let text = opendata::to_ndjson(table);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), expected[table.table.name], "{}.ndjson", table.table.name);
        let (header, _) = read_csv(&opendata::to_csv(table));
        for line in lines {
            let object: serde_json::Map<String, Value> = serde_json::from_str(line).unwrap();
            let keys: Vec<&String> = object.keys().collect();
            let mut sorted_header: Vec<&String> = header.iter().collect();
            sorted_header.sort();
            assert_eq!(keys, sorted_header, "{}: the same columns", table.table.name);
            let first = line.split('"').nth(1).unwrap();
            assert_eq!(first, header[0], "{}: keys in the declared order", table.table.name);
        }
    }
    let incidents = opendata::to_ndjson(data.table("incidents").unwrap());
    let first: Value = serde_json::from_str(incidents.lines().next().unwrap()).unwrap();
    assert!(first["kinds"].is_array(), "lists stay arrays in NDJSON");
    assert!(first["disputed"].is_boolean());
    store.close().await;
}

/// `export --format` writes into a new directory, and refuses one that holds anything.
#[tokio::test]
async fn writing_a_directory_refuses_a_non_empty_one() {
    let (_db, store, document) = shipped().await;
    let dir = std::env::temp_dir().join(format!("lawtracker-opendata-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let written = opendata::write_dir(&document, Format::DataPackage, &dir).unwrap();
    assert_eq!(written.len(), opendata::table_names().len() + 1);
    assert!(dir.join("datapackage.json").exists() && dir.join("citations.csv").exists());
    let error = opendata::write_dir(&document, Format::Ndjson, &dir).unwrap_err().to_string();
    assert!(error.contains("is not empty"), "{error}");
    assert!(!dir.join("citations.ndjson").exists(), "nothing written into a non-empty directory");
    let ndjson = dir.join("ndjson");
    opendata::write_dir(&document, Format::Ndjson, &ndjson).unwrap();
    assert!(ndjson.join("incidents.ndjson").exists() && !ndjson.join("incidents.csv").exists());
    std::fs::remove_dir_all(&dir).unwrap();
    store.close().await;
}

/// A quote holding a comma, double quotes and a newline comes back whole from the
/// server's `citations.csv`, right after it is written (downloads are always current).
#[tokio::test]
async fn a_quote_with_comma_quotes_and_newline_round_trips_through_http() {
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    let admin = Principal::new("admin", Role::Admin);
    let quote = "il a dit, \"assez\"\net il est parti";
    let document = transfer::export(&server.store).await.unwrap();
    let mut source = document.content.sources[0].clone();
    source.slug = "opendata-quoting-test".into();
    source.version = 1;
    source.text = Some(format!("Avant. {quote}. Après."));
    server.store.create(&admin, Draft::Source(source.clone())).await.unwrap();
    let mut actor = document.content.actors[0].clone();
    actor.citations.push(CitationIn {
        source: source.slug.clone(),
        quote: quote.into(),
        note: Some("a; b, \"c\"".into()),
    });
    server.store.update(&admin, actor.version, Draft::Actor(actor.clone())).await.unwrap();

    let response = server.client.get(format!("{}/data/citations.csv", server.base)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], opendata_api::CSV);
    let (header, rows) = read_csv(&response.bytes().await.unwrap());
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows.iter().find(|r| r[at("source")] == source.slug).expect("the new citation is downloaded");
    assert_eq!(row[at("quote")], quote);
    assert_eq!(row[at("note")], "a; b, \"c\"");
    assert_eq!(row[at("actor")], actor.slug);
    assert_eq!(row[at("target_table")], "actors");
    let response = server.client.get(format!("{}/data/sources.csv", server.base)).send().await.unwrap();
    let (header, rows) = read_csv(&response.bytes().await.unwrap());
    let text = header.iter().position(|h| h == "text").unwrap();
    assert!(rows.iter().any(|r| r[text] == source.text.clone().unwrap()), "the new source's text, whole");
    server.stop().await;
}

async fn get(server: &TestServer, path: &str, language: Option<&str>) -> reqwest::Response {
    let mut request = server.client.get(format!("{}{path}", server.base));
    if let Some(language) = language {
        request = request.header("accept-language", language);
    }
    request.send().await.unwrap()
}

/// `/data/` answers in French or English (by `?lang=` or `Accept-Language`) and lists
/// every download; each download has its content type; an unknown table is a 404 naming it.
#[tokio::test]
async fn the_data_page_is_bilingual_and_downloads_are_typed() {
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    for (path, language, code, title) in [
        ("/data/?lang=fr", None, "fr", "Données ouvertes"),
        ("/data/?lang=en", Some("fr"), "en", "Open data"),
        ("/data/", Some("fr-FR,fr;q=0.9,en;q=0.5"), "fr", "Données ouvertes"),
        ("/data/", Some("en-GB"), "en", "Open data"),
        ("/data/", None, "en", "Open data"),
        ("/data", Some("fr"), "fr", "Données ouvertes"),
    ] {
        let response = get(&server, path, language).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
        assert_eq!(response.headers()["content-language"], code);
        let page = response.text().await.unwrap();
        assert!(page.contains(&format!("<html lang=\"{code}\">")), "{path} {language:?}: {code}");
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{path} {language:?}: {title}");
        assert!(page.contains("href=\"/data/datapackage.json\""));
        for name in opendata::table_names() {
            assert!(page.contains(&format!("href=\"/data/{name}.csv\"")), "{name}.csv listed");
            assert!(page.contains(&format!("href=\"/data/{name}.ndjson\"")), "{name}.ndjson listed");
        }
    }
    let french = get(&server, "/data/?lang=fr", None).await.text().await.unwrap();
    assert!(french.contains("Aucune licence") && french.contains("Incidents"));
    // The page leads to every other way of taking the data, each link answering.
    let english = get(&server, "/data/?lang=en", None).await.text().await.unwrap();
    assert!(french.contains("pour tenir une copie à jour") && english.contains("keeps a copy in sync"));
    for href in
        ["/data/lawtracker.sqlite", "/changes", "/feeds/changes.atom", "/cite/source/seed-001-forum-post?format=bibtex"]
    {
        assert!(
            english.contains(&format!("href=\"{href}\"")) && french.contains(&format!("href=\"{href}\"")),
            "{href}"
        );
        assert_eq!(get(&server, href, None).await.status(), 200, "{href} answers");
    }
    assert!(english.contains("type=\"application/atom+xml\" href=\"/feeds/changes.atom\""));
    let bad = get(&server, "/data/?lang=de", None).await;
    assert_eq!(bad.status(), 400);
    let body = bad.text().await.unwrap();
    assert!(body.contains("lang must be fr or en") && body.contains("lang doit valoir fr ou en"), "{body}");

    let package = get(&server, "/data/datapackage.json", None).await;
    assert_eq!(package.status(), 200);
    assert_eq!(package.headers()["content-type"], opendata_api::JSON);
    let package: Value = package.json().await.unwrap();
    let document = transfer::export(&server.store).await.unwrap();
    let data = OpenData::from_document(&document);
    assert_eq!(package, serde_json::from_str::<Value>(&opendata::datapackage(&data)).unwrap());

    let csv = get(&server, "/data/incidents.csv", None).await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8; header=present");
    assert_eq!(csv.headers()["cache-control"], "no-cache", "downloads are always current");
    assert_eq!(csv.bytes().await.unwrap(), opendata::to_csv(data.table("incidents").unwrap()));
    let ndjson = get(&server, "/data/incidents.ndjson", None).await;
    assert_eq!(ndjson.headers()["content-type"], "application/x-ndjson");
    assert_eq!(ndjson.text().await.unwrap(), opendata::to_ndjson(data.table("incidents").unwrap()));

    let missing = get(&server, "/data/verdicts.csv", None).await;
    assert_eq!(missing.status(), 404);
    let body = missing.text().await.unwrap();
    assert!(body.contains("Unknown table \"verdicts\"") && body.contains("Table inconnue « verdicts »"), "{body}");
    assert!(body.contains("incidents"), "the 404 lists the tables: {body}");
    let wrong = get(&server, "/data/incidents.xml", None).await;
    assert_eq!(wrong.status(), 404);
    assert!(wrong.text().await.unwrap().contains("incidents.xml"));
    server.stop().await;
}

/// PostgreSQL serves the same downloads as SQLite, byte for byte (all but the instants
/// of the loads themselves, which are the moments each database was filled).
#[tokio::test]
async fn postgres_serves_the_same_downloads_as_sqlite() {
    let (_db, sqlite, document) = shipped().await;
    let expected = OpenData::from_document(&document);
    let Some(server) = TestServer::start(Backend::Postgres).await else { return };
    for name in opendata::table_names().into_iter().filter(|n| *n != "dataset_loads") {
        let csv = get(&server, &format!("/data/{name}.csv"), None).await;
        assert_eq!(csv.status(), 200);
        let body = csv.bytes().await.unwrap();
        assert!(body == opendata::to_csv(expected.table(name).unwrap()), "{name}.csv differs between the backends");
    }
    let loads = get(&server, "/data/dataset_loads.ndjson", None).await.text().await.unwrap();
    let load: Value = serde_json::from_str(loads.lines().next().unwrap()).unwrap();
    assert_eq!(load["digest"], document.dataset_loads[0].digest);
    server.stop().await;
    sqlite.close().await;
}

#[tokio::test]
async fn releases_are_written_once_with_checksums_counts_and_a_changelog_and_served_unchanged() {
    use lawtracker_core::opendata::release::{write_release, ReleaseError};
    use sha2::{Digest, Sha256};
    let (_db, store, first) = shipped().await;
    let root = std::env::temp_dir().join(format!("lt_releases_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);

    let one = write_release(&first, "2026.12", "2026-12-01", &root).unwrap();
    assert_eq!(one.previous, None);
    let dir = root.join("2026.12");
    // Every file is the one its checksum names, as `sha256sum -c SHA256SUMS` would check.
    let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    assert_eq!(sums.lines().count(), one.files.len());
    for line in sums.lines() {
        let (sum, name) = line.split_once("  ").unwrap();
        assert_eq!(hex::encode(Sha256::digest(std::fs::read(dir.join(name)).unwrap())), sum, "{name}");
    }
    for (table, count) in &one.records {
        let (_, rows) = read_csv(&std::fs::read(dir.join(format!("{table}.csv"))).unwrap());
        assert_eq!(rows.len(), *count, "{table}");
    }
    let package: Value = serde_json::from_slice(&std::fs::read(dir.join("datapackage.json")).unwrap()).unwrap();
    assert_eq!(package["version"], "2026.12");
    assert!(std::fs::read_to_string(dir.join("CHANGELOG.md")).unwrap().contains("The first release"));

    // A release never changes: the same version is refused, and nothing is touched.
    let before = std::fs::read(dir.join("actors.csv")).unwrap();
    assert!(matches!(write_release(&first, "2026.12", "2026-12-02", &root), Err(ReleaseError::Exists { .. })));
    assert!(matches!(write_release(&first, "../escape", "2026-12-02", &root), Err(ReleaseError::BadVersion(_))));

    // A new actor: the next release's changelog names it.
    let admin = Principal::new("admin", Role::Admin);
    let actor: lawtracker_core::input::ActorIn = serde_json::from_value(serde_json::json!({
        "slug": "release-new-actor", "name": "New", "kind": "ngo", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }]
    }))
    .unwrap();
    store.create(&admin, Draft::Actor(actor)).await.unwrap();
    let two = write_release(&transfer::export(&store).await.unwrap(), "2026.12.1", "2026-12-08", &root).unwrap();
    assert_eq!(two.previous.as_deref(), Some("2026.12"));
    assert_eq!(two.changes["actors"].added, ["release-new-actor"]);
    assert!(two.changes["actors"].removed.is_empty());
    assert_eq!(two.records["actors"], one.records["actors"] + 1);
    let changelog = std::fs::read_to_string(root.join("2026.12.1/CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("Changes since release 2026.12") && changelog.contains("`release-new-actor`"),
        "{changelog}"
    );
    assert_eq!(std::fs::read(dir.join("actors.csv")).unwrap(), before, "the earlier release is as it was");

    // Served read-only, newest first, byte for byte, cached for good; nothing outside it.
    let options = lawtracker_api::server::ServeOptions { releases_dir: Some(root.clone()), ..Default::default() };
    let served_db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let server = TestServer::start_on_with(&served_db.url, true, options).await;
    let list: Value = get(&server, "/data/releases/", None).await.json().await.unwrap();
    assert_eq!(list[0]["version"], "2026.12.1");
    assert_eq!(list[1]["version"], "2026.12");
    let served = get(&server, "/data/releases/2026.12/actors.csv", None).await;
    assert_eq!(served.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(served.bytes().await.unwrap().to_vec(), before);
    assert_eq!(get(&server, "/data/releases/2026.12/..%2F..%2Fetc%2Fpasswd", None).await.status(), 404);
    assert_eq!(get(&server, "/data/releases/nope/actors.csv", None).await.status(), 404);
    server.stop().await;
    let _ = std::fs::remove_dir_all(&root);
}
