//! Several API replicas on one PostgreSQL database serve the same data: what one
//! process writes, the others read at once (no per-process cache of rows).

use std::path::PathBuf;

use lawtracker_core::dataset::{self, Dataset};
use lawtracker_core::transfer;
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::{TestDb, TestServer};
use serde_json::json;

const INCIDENTS: &str =
    "{ incidents(first: 100) { totalCount edges { node { slug title facility { name } citations { quote } } } } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_starting_together_load_the_dataset_once_and_serve_the_same_data() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    // Both start at once against a fresh database: one loads, the other waits and finds it loaded.
    let (a, b) = tokio::join!(TestServer::start_on(&db.url, true), TestServer::start_on(&db.url, true));
    let from_a = a.data(INCIDENTS, json!({})).await;
    let from_b = b.data(INCIDENTS, json!({})).await;
    assert_eq!(from_a, from_b);
    // Disputed incidents are out of default counts.
    let expected = Dataset::embedded().unwrap().content.incidents.iter().filter(|i| !i.disputed).count();
    assert_eq!(from_a["incidents"]["totalCount"], expected, "loaded once, not twice");
    a.stop().await;
    b.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_one_process_writes_every_replica_reads() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    let a = TestServer::start_on(&db.url, false).await;
    let b = TestServer::start_on(&db.url, false).await;
    assert_eq!(a.data(INCIDENTS, json!({})).await["incidents"]["totalCount"], 0);

    // Another process (as `lawtracker import` would) writes into the shared database.
    let mini = Dataset::from_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/mini")).unwrap();
    let source_db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let source = Store::open(&source_db.url).await.unwrap();
    dataset::load(&source, &mini).await.unwrap();
    let document = transfer::to_json(&transfer::export(&source).await.unwrap());
    let writer = Store::open(&db.url).await.unwrap();
    transfer::import(&writer, &document).await.unwrap();

    let from_a = a.data(INCIDENTS, json!({})).await;
    let from_b = b.data(INCIDENTS, json!({})).await;
    assert_eq!(from_a["incidents"]["totalCount"], 2, "{from_a}");
    assert_eq!(from_a, from_b);
    for store in [source, writer] {
        store.close().await;
    }
    a.stop().await;
    b.stop().await;
}
