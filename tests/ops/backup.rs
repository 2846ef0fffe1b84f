//! Online backup: a copy taken while an editor keeps writing is one consistent
//! moment of the database, and restores to exactly what was backed up.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use lawtracker_core::auth::Role;
use lawtracker_core::backup::{self, BackupKind};
use lawtracker_core::{transfer, Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::{json, Value};

use crate::wait_until;

const WRITER_PREFIX: &str = "backup-writer-";

/// Creates actors through the API until told to stop; counts the acknowledged ones.
fn spawn_writer(
    server: &TestServer,
    token: String,
    stop: Arc<AtomicBool>,
    written: Arc<AtomicUsize>,
) -> tokio::task::JoinHandle<()> {
    let (client, base) = (server.client.clone(), server.base.clone());
    tokio::spawn(async move {
        let mut n = 0;
        while !stop.load(Ordering::Relaxed) {
            let input = json!({ "slug": format!("{WRITER_PREFIX}{n}"), "name": format!("Writer NGO {n}"), "kind": "NGO",
                "description": "x", "citations": [{ "source": "seed-001-forum-post", "quote": "civil rights groups" }] });
            let body: Value = client
                .post(format!("{base}/graphql"))
                .bearer_auth(&token)
                .json(&json!({ "query": "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }", "variables": { "input": input } }))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            assert!(body.get("errors").is_none(), "{body}");
            written.fetch_add(1, Ordering::Relaxed);
            n += 1;
        }
    })
}

async fn export_json(store: &Store) -> Value {
    serde_json::from_str(&transfer::to_json(&transfer::export(store).await.unwrap())).unwrap()
}

/// Opens the backup as a database of its own: the SQLite file itself, or the export
/// document imported into a fresh PostgreSQL database.
async fn restore(kind: BackupKind, file: &std::path::Path, backend: Backend) -> (Store, Option<TestDb>) {
    match kind {
        BackupKind::SqliteFile => (Store::open(&format!("sqlite://{}", file.display())).await.unwrap(), None),
        BackupKind::ExportDocument => {
            let db = TestDb::fresh(backend).await.unwrap();
            let store = Store::open(&db.url).await.unwrap();
            transfer::import(&store, &std::fs::read_to_string(file).unwrap()).await.expect("the backup imports");
            (store, Some(db))
        }
    }
}

fn writer_slugs_in_content(document: &Value) -> Vec<String> {
    let mut slugs: Vec<String> = document["content"]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["slug"].as_str())
        .filter(|s| s.starts_with(WRITER_PREFIX))
        .map(String::from)
        .collect();
    slugs.sort();
    slugs
}

fn writer_slugs_in_history(document: &Value) -> Vec<String> {
    let mut slugs: Vec<String> = document["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["entity_slug"].as_str())
        .filter(|s| s.starts_with(WRITER_PREFIX))
        .map(String::from)
        .collect();
    slugs.sort();
    slugs
}

fn backup_file(label: &str) -> std::path::PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    std::env::temp_dir().join(format!("lt-backup-{}-{label}-{nanos}", std::process::id()))
}

async fn a_backup_of_a_live_database_is_consistent_and_restores_exactly(server: &TestServer) {
    let backend = server.store.backend();
    let token = server.store.create_token("backup writer", Role::Editor).await.unwrap();
    let (stop, written) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicUsize::new(0)));
    let writer = spawn_writer(server, token, stop.clone(), written.clone());
    wait_until("a few acknowledged writes", || async { written.load(Ordering::Relaxed) >= 5 }).await;

    // Taken mid-write.
    let live = backup_file("live");
    let kind = backup::backup(&server.store, &live).await.expect("a backup while writing");
    let at_backup = written.load(Ordering::Relaxed);
    wait_until("writes after the backup", || async { written.load(Ordering::Relaxed) >= at_backup + 3 }).await;
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();

    let (copy, _copy_db) = restore(kind, &live, backend).await;
    let snapshot = export_json(&copy).await;
    copy.close().await;
    let original = export_json(&server.store).await;
    // One moment: its history is a prefix of the original's, and its records are
    // exactly those its history created (no record without its revision, or the reverse).
    let (history, original_history) =
        (snapshot["revisions"].as_array().unwrap(), original["revisions"].as_array().unwrap());
    assert!(history.len() < original_history.len(), "writes went on after the backup");
    assert_eq!(history[..], original_history[..history.len()], "the backup's history is the original's up to a point");
    let in_content = writer_slugs_in_content(&snapshot);
    assert_eq!(in_content, writer_slugs_in_history(&snapshot), "records and revisions agree");
    assert!(in_content.len() >= 5, "the writes acknowledged before the backup are in it");

    // Quiet now: a backup restores to exactly the original.
    let quiet = backup_file("quiet");
    let kind = backup::backup(&server.store, &quiet).await.unwrap();
    let (copy, _copy_db) = restore(kind, &quiet, backend).await;
    assert_eq!(export_json(&copy).await, original, "the restored database exports as the original does");
    copy.close().await;

    let again = backup::backup(&server.store, &quiet).await.unwrap_err().to_string();
    assert!(again.contains("already exists"), "a backup never overwrites a file: {again}");
    for file in [live, quiet] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
}

lawtracker_e2e::on_both_backends!(a_backup_of_a_live_database_is_consistent_and_restores_exactly);
