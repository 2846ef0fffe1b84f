//! The open data read by the tools researchers use: JSON-LD and the SQLite download
//! checked here, then `tools/opendata_check/check.py` running frictionless, pandas,
//! sqlite3, feedparser, citeproc-py and pyld against a live server and the exports.

use std::path::{Path, PathBuf};
use std::process::Command;

use lawtracker_core::model::{LegalStatus, Provision};
use lawtracker_core::opendata::{self, jsonld, Format, Kind, OpenData, Table};
use lawtracker_core::store::opendata_sqlite;
use lawtracker_core::{transfer, Backend};
use lawtracker_e2e::TestServer;
use serde_json::Value;
use sqlx::{Connection, Row, SqliteConnection};

/// A provision of the shipped dataset that amends code articles and whose wording a source quotes.
const AMENDING: &str = "dealing-spot-ban-and-lease-termination";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lawtracker-odtools-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn get(server: &TestServer, path: &str) -> reqwest::Response {
    server.client.get(format!("{}{path}", server.base)).send().await.unwrap()
}

/// A provision is schema.org `Legislation` with its law, identifier, legal force
/// (from its status), the code articles it changes and, only where held, its wording.
#[tokio::test]
async fn a_provision_is_legislation_in_json_ld() {
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    let response = get(&server, &format!("/provisions/{AMENDING}.jsonld")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], jsonld::CONTENT_TYPE);
    let doc: Value = response.json().await.unwrap();
    assert_eq!(doc["@type"], "Legislation");
    assert_eq!(doc["@context"]["eli"], jsonld::ELI);
    assert_eq!(doc["url"], format!("{}/app/provisions/{AMENDING}", server.base));
    assert_eq!(doc["isPartOf"]["@type"], "Legislation");
    assert!(doc["isPartOf"]["legislationIdentifier"].as_str().is_some_and(|n| !n.is_empty()), "{doc}");
    assert!(doc["legislationIdentifier"].as_str().is_some_and(|n| !n.is_empty()), "{doc}");
    assert!(doc["legislationDate"].as_str().is_some_and(|d| d.starts_with("20")), "{doc}");
    let provision = server.store.by_slug::<Provision>(AMENDING).await.unwrap().unwrap();
    assert_eq!(provision.status, LegalStatus::InForce);
    assert_eq!(doc["legislationLegalForce"]["@id"], "schema:InForce");
    let codes = server.store.codes_of(&[provision.id]).await.unwrap();
    let changed: Vec<&str> = doc["legislationChanges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["legislationIdentifier"].as_str().unwrap())
        .collect();
    assert_eq!(changed, codes.iter().map(|c| c.code.as_str()).collect::<Vec<_>>());
    assert!(doc["text"]["@value"].as_str().is_some_and(|t| !t.is_empty()), "its wording is held: {doc}");

    // Struck down in part: partially in force. No wording held: no text.
    let partly: Value = get(&server, "/provisions/dossier-coffre.jsonld").await.json().await.unwrap();
    assert_eq!(partly["legislationLegalForce"]["@id"], "schema:PartiallyInForce");
    let unknown: Value = get(&server, "/provisions/loi-2025-532-art-1.jsonld").await.json().await.unwrap();
    assert!(unknown.get("text").is_none(), "no wording is held for it: {unknown}");

    let missing = get(&server, "/provisions/no-such-clause.jsonld").await;
    assert_eq!(missing.status(), 404);
    let body = missing.text().await.unwrap();
    assert!(body.contains("No provision") && body.contains("Aucune disposition"), "{body}");
    assert_eq!(get(&server, "/provisions/dossier-coffre.xml").await.status(), 404);
    server.stop().await;
}

async fn count(connection: &mut SqliteConnection, table: &str) -> usize {
    let row = sqlx::query(&format!("SELECT count(*) FROM \"{table}\"")).fetch_one(&mut *connection).await.unwrap();
    usize::try_from(row.get::<i64, _>(0)).unwrap()
}

async fn open(path: &Path) -> SqliteConnection {
    SqliteConnection::connect(&format!("sqlite://{}?mode=ro", path.display())).await.unwrap()
}

/// A table's columns in the file are the declaration's: names in order, types,
/// primary key, required columns and foreign keys.
async fn check_declared(connection: &mut SqliteConnection, table: &Table) {
    let name = table.name;
    let columns = sqlx::query(&format!("PRAGMA table_info(\"{name}\")")).fetch_all(&mut *connection).await.unwrap();
    assert_eq!(columns.len(), table.columns.len(), "{name}: a column per declared column");
    for (row, column) in columns.iter().zip(&table.columns) {
        let at = format!("{name}.{}", column.name);
        assert_eq!(row.get::<String, _>("name"), column.name, "{at}");
        let expected = match column.kind {
            Kind::Integer | Kind::Boolean => "INTEGER",
            Kind::Number => "REAL",
            _ => "TEXT",
        };
        assert_eq!(row.get::<String, _>("type"), expected, "{at}");
        assert_eq!(row.get::<i64, _>("pk") == 1, column.primary, "{at}: primary key");
        assert_eq!(row.get::<i64, _>("notnull") == 1, column.required, "{at}: NOT NULL");
    }
    let keys = sqlx::query(&format!("PRAGMA foreign_key_list(\"{name}\")")).fetch_all(&mut *connection).await.unwrap();
    let mut found: Vec<(String, String)> = keys.iter().map(|k| (k.get("from"), k.get("table"))).collect();
    let mut declared: Vec<(String, String)> = table
        .columns
        .iter()
        .filter_map(|c| c.references.map(|target| (c.name.to_string(), target.to_string())))
        .collect();
    found.sort();
    declared.sort();
    assert_eq!(found, declared, "{name}: the declared foreign keys");
}

/// Every table is in the SQLite file with every row, its links hold, list cells are
/// the CSV's text; the server's download is the same; an existing file is never overwritten.
#[tokio::test]
async fn the_sqlite_file_holds_every_table_as_declared() {
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    let document = transfer::export(&server.store).await.unwrap();
    let data = OpenData::from_document(&document);
    let dir = scratch("sqlite");
    let file = dir.join("lawtracker.sqlite");
    opendata_sqlite::write_sqlite(&data, &file).await.unwrap();
    let error = opendata_sqlite::write_sqlite(&data, &file).await.unwrap_err().to_string();
    assert!(error.contains("exists"), "{error}");

    let download = get(&server, "/data/lawtracker.sqlite").await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/vnd.sqlite3");
    let served = dir.join("served.sqlite");
    std::fs::write(&served, download.bytes().await.unwrap()).unwrap();

    for path in [&file, &served] {
        let mut connection = open(path).await;
        for table in &data.tables {
            assert_eq!(count(&mut connection, table.table.name).await, table.rows.len(), "{}", table.table.name);
        }
        for table in &data.tables {
            check_declared(&mut connection, &table.table).await;
        }
        let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut connection).await.unwrap();
        assert!(broken.is_empty(), "every foreign key holds");
        let joined = sqlx::query("SELECT count(*) FROM incident_links l JOIN incidents i ON i.slug = l.incident")
            .fetch_one(&mut connection)
            .await
            .unwrap();
        assert_eq!(usize::try_from(joined.get::<i64, _>(0)).unwrap(), data.table("incident_links").unwrap().rows.len());
        let codes: String = sqlx::query("SELECT codes FROM provisions WHERE slug = $1")
            .bind(AMENDING)
            .fetch_one(&mut connection)
            .await
            .unwrap()
            .get(0);
        assert!(codes.contains(";"), "a list cell is the CSV's ;-joined text: {codes}");
        connection.close().await.unwrap();
    }
    std::fs::remove_dir_all(&dir).unwrap();
    server.stop().await;
}

/// The checks' own Python, set up by `tools/opendata_check/setup.sh`.
fn tools_python() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/opendata_check/.venv/bin/python")
}

/// The downloads read by the researchers' tools themselves (see check.py).
#[tokio::test]
async fn researchers_tools_read_every_download() {
    let python = tools_python();
    if !python.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run tools/opendata_check/setup.sh before the tests: {} is missing",
            python.display()
        );
        eprintln!("NOTICE: skipped, {} is missing: run tools/opendata_check/setup.sh", python.display());
        return;
    }
    let server = TestServer::start(Backend::Sqlite).await.unwrap();
    let document = transfer::export(&server.store).await.unwrap();
    let dir = scratch("tools");
    let package = dir.join("datapackage");
    opendata::write_dir(&document, Format::DataPackage, &package).unwrap();
    opendata_sqlite::write_sqlite(&OpenData::from_document(&document), &dir.join("lawtracker.sqlite")).await.unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/opendata_check/check.py");
    let base = server.base.clone();
    let export = dir.clone();
    // The script calls the server: it runs beside the runtime, not on it.
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python).arg(script).arg(&base).arg(&export).output().expect("run check.py")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "check.py failed\n{stdout}\n{stderr}");
    for check in ["frictionless", "pandas", "sqlite", "feedparser", "citeproc", "pyld"] {
        assert!(stdout.contains(&format!("ok {check}")), "{check} ran: {stdout}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    server.stop().await;
}
