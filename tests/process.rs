//! The real `lawtracker serve` process, on both backends: start-up order, crash
//! durability (SIGKILL mid-load loses no acknowledged write), and a clean stop
//! (SIGTERM finishes the request in flight; on SQLite the database file alone then
//! holds everything).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use lawtracker_core::auth::{Principal, Role};
use lawtracker_core::model::EntityType;
use lawtracker_core::{Backend, Store};
use lawtracker_e2e::TestDb;
use serde_json::{json, Value};

/// The `lawtracker` binary, built first if it is missing or older than any of its
/// sources: `cargo test -p lawtracker-e2e` alone does not build other packages'
/// binaries. Under `cargo test --workspace` it is already fresh (api's own tests need
/// it), and building it again here would recompile core and api with another feature
/// set (resolver 2 unifies dev-dependencies' features only for test builds): minutes.
fn binary() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            // This test runs from <target>/debug/deps/; the binary is in <target>/debug/.
            let exe = std::env::current_exe().expect("the test's own path");
            let bin = exe.parent().and_then(|deps| deps.parent()).expect("target/debug").join("lawtracker");
            if !is_fresh(&bin) {
                let status = Command::new(env!("CARGO"))
                    .args(["build", "--quiet", "-p", "lawtracker-api", "--bin", "lawtracker"])
                    .current_dir(env!("CARGO_MANIFEST_DIR"))
                    .status()
                    .expect("run cargo build");
                assert!(status.success(), "cargo build of the lawtracker binary failed");
            }
            assert!(bin.exists(), "{} was not built", bin.display());
            bin
        })
        .clone()
}

/// Whether `bin` is newer than every file compiled or embedded into it.
fn is_fresh(bin: &std::path::Path) -> bool {
    fn newest(path: &std::path::Path) -> std::time::SystemTime {
        let Ok(meta) = std::fs::metadata(path) else { return std::time::SystemTime::UNIX_EPOCH };
        let own = meta.modified().unwrap_or(std::time::SystemTime::UNIX_EPOCH);
        if !meta.is_dir() {
            return own;
        }
        let children = std::fs::read_dir(path).into_iter().flatten().flatten();
        children.map(|entry| newest(&entry.path())).fold(own, std::cmp::max)
    }
    let Ok(built) = std::fs::metadata(bin).and_then(|m| m.modified()) else { return false };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    ["api/src", "api/assets", "api/Cargo.toml", "core", "migrations", "data", "web/dist", "Cargo.lock"]
        .iter()
        .all(|source| newest(&root.join(source)) < built)
}

/// A `lawtracker serve` child on a free port, with its stderr collected.
struct Server {
    child: Child,
    base: String,
    log: Arc<std::sync::Mutex<String>>,
}

fn serve(database_url: &str) -> Server {
    let mut child = Command::new(binary())
        .args(["serve", "--addr", "127.0.0.1:0", "--database-url", database_url])
        .env("RUST_LOG", "info,sqlx=warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start lawtracker serve");
    let stderr = child.stderr.take().unwrap();
    let log = Arc::new(std::sync::Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(at) = line.find("API at http://") {
                let url = line[at + "API at ".len()..].split_whitespace().next().unwrap_or_default();
                let _ = tx.send(url.trim_end_matches("/graphql").to_string());
            }
            sink.lock().unwrap().push_str(&line);
            sink.lock().unwrap().push('\n');
        }
    });
    let base = rx.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
        let _ = child.kill();
        panic!("the server did not start: {}", log.lock().unwrap())
    });
    Server { child, base, log }
}

impl Server {
    fn signal(&self, signal: &str) {
        let status = Command::new("kill").args([signal, &self.child.id().to_string()]).status().expect("run kill");
        assert!(status.success());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const CREATE_SOURCE: &str = r#"mutation($input: SourceInput!) { createSource(input: $input) { revision { id } } }"#;

fn source(slug: &str) -> Value {
    json!({ "input": { "slug": slug, "title": "A crash-test source", "language": "en", "kind": "NEWS_REPORT",
                        "text": format!("The full text of {slug}.") } })
}

/// A token of `role` and, for admins, the principal, made straight in the database.
async fn token(url: &str, role: Role) -> (String, Principal) {
    let store = Store::connect(url).await.unwrap();
    let secret = store.create_token(&format!("{role} {}", rand_suffix()), role).await.unwrap();
    let who = store.authorize(Some(&secret), role).await.unwrap();
    store.close().await;
    (secret, who)
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_sigkill_mid_load_loses_no_acknowledged_write() {
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    sigkill_mid_load(&db.url, "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_sigkill_mid_load_loses_no_acknowledged_write() {
    let Some(db) = TestDb::fresh(Backend::Postgres).await else { return };
    sigkill_mid_load(&db.url, "postgres").await;
}

/// 8 writers create sources over HTTP; the server is SIGKILLed mid-load and
/// restarted. Every write acknowledged with a revision must be there with that
/// revision and its webhook outbox row, and nothing may be there half-written.
async fn sigkill_mid_load(url: &str, backend: &str) {
    let server = serve(url);
    let (editor, _) = token(url, Role::Editor).await;
    let (_, admin) = token(url, Role::Admin).await;
    // A webhook nobody listens on: every revision queues a delivery that stays in the outbox.
    let store = Store::connect(url).await.unwrap();
    let webhook = store.create_webhook(&admin, "http://127.0.0.1:9/nobody", &[], None).await.unwrap();
    store.close().await;

    let client = reqwest::Client::new();
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let (client, base, editor, stop) = (client.clone(), server.base.clone(), editor.clone(), stop.clone());
            tokio::spawn(async move {
                let mut acknowledged: Vec<(String, i64)> = Vec::new();
                for i in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let slug = format!("crash-{w}-{i}");
                    let sent = client
                        .post(format!("{base}/graphql"))
                        .bearer_auth(&editor)
                        .json(&json!({ "query": CREATE_SOURCE, "variables": source(&slug) }))
                        .send()
                        .await;
                    let Ok(response) = sent else { break };
                    if response.status() != 200 {
                        break;
                    }
                    let Ok(body) = response.json::<Value>().await else { break };
                    let revision = body["data"]["createSource"]["revision"]["id"].as_str().map(str::to_string);
                    match revision {
                        Some(id) => acknowledged.push((slug, id.parse().expect("a revision id"))),
                        None => panic!("a write was refused: {body}"),
                    }
                }
                acknowledged
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut server = server;
    server.child.kill().expect("SIGKILL the server");
    server.child.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    let mut acknowledged = Vec::new();
    for writer in writers {
        acknowledged.extend(writer.await.unwrap());
    }
    assert!(!acknowledged.is_empty(), "some writes were acknowledged before the kill");

    // Restart: the server must come up on what the crash left.
    let restarted = serve(url);
    let store = Store::connect(url).await.unwrap();
    let outbox: std::collections::HashSet<i64> =
        store.deliveries(webhook.id, 1_000_000).await.unwrap().into_iter().map(|d| d.revision_id).collect();
    for (slug, revision) in &acknowledged {
        let history = store.history(EntityType::Source, slug).await.unwrap();
        assert_eq!(history.len(), 1, "{slug}: acknowledged with revision {revision}, history {history:?}");
        assert_eq!(history[0].id, *revision, "{slug} has the revision it was acknowledged with");
        assert!(outbox.contains(revision), "{slug}: revision {revision} has its webhook outbox row");
    }
    // Nothing half-written: every crash-test source that exists (acknowledged or
    // not) has its revision and outbox row, and every such revision its source.
    let revisions = store.revisions(None, None, 1_000_000).await.unwrap();
    let mut stored = 0;
    for revision in revisions.iter().filter(|r| r.entity_slug.starts_with("crash-")) {
        let (slug, id) = (revision.entity_slug.as_str(), revision.id);
        assert!(outbox.contains(&id), "revision {id} of {slug} has its outbox row");
        let found = store.by_slug::<lawtracker_core::model::Source>(slug).await.unwrap();
        assert!(found.is_some(), "revision {id} names a source that is not there: {slug}");
        stored += 1;
    }
    assert!(stored >= acknowledged.len());
    store.close().await;
    eprintln!(
        "crash test ({backend}): {} acknowledged writes checked after SIGKILL ({stored} stored in all)",
        acknowledged.len()
    );
    drop(restarted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_request_in_flight_and_the_sqlite_file_alone_holds_it() {
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let mut server = serve(&db.url);
    let (editor, _) = token(&db.url, Role::Editor).await;

    // A request whose body is still arriving when SIGTERM comes.
    let body = json!({ "query": CREATE_SOURCE, "variables": source("sent-during-shutdown") }).to_string();
    let address = server.base.trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "POST /graphql HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {editor}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    stream.write_all(first.as_bytes()).unwrap();
    stream.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    server.signal("-TERM");
    std::thread::sleep(Duration::from_millis(300));
    stream.write_all(rest.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "the request in flight was answered: {response}");
    assert!(response.contains("\"revision\""), "and its write was made: {response}");

    let status = server.child.wait().unwrap();
    assert!(status.success(), "a clean stop exits 0: {status:?}\n{}", server.log.lock().unwrap());

    // After a clean stop the write-ahead log is checkpointed: the file alone has it.
    let path = db.url.trim_start_matches("sqlite://").to_string();
    let wal = std::fs::metadata(format!("{path}-wal")).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal, 0, "the write-ahead log is empty after a clean stop");
    let copy = std::env::temp_dir().join(format!("lt_copy_{}.sqlite", rand_suffix()));
    std::fs::copy(&path, &copy).unwrap();
    let store = Store::connect(&format!("sqlite://{}", copy.display())).await.unwrap();
    let found = store.by_slug::<lawtracker_core::model::Source>("sent-during-shutdown").await.unwrap();
    store.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
    }
    assert!(found.is_some(), "a copy of only the database file holds the write");
}

/// What `serve` says and leaves behind when it cannot start.
fn failed_start(args: &[&str]) -> String {
    let output = Command::new(binary()).arg("serve").args(args).output().expect("run lawtracker serve");
    assert!(!output.status.success(), "serve {args:?} should fail");
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn a_bad_address_or_a_port_in_use_leaves_no_database_behind() {
    let dir = std::env::temp_dir().join(format!("lt_start_{}", rand_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("never.sqlite");
    let url = format!("sqlite://{}", file.display());

    let said = failed_start(&["--addr", "localhost:80800", "--database-url", &url]);
    assert!(said.contains("cannot listen on localhost:80800"), "{said}");
    assert!(!file.exists(), "no database was created for a server that cannot listen");

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let said = failed_start(&["--addr", &addr, "--database-url", &url]);
    assert!(said.contains(&format!("cannot listen on {addr}")), "{said}");
    assert!(!file.exists(), "no database was created for a server whose port is taken");

    let said = failed_start(&["--database-url", "mysql://root@localhost/db"]);
    assert!(said.contains("unsupported database URL"), "{said}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing at all was written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unreachable_postgres_says_connection_refused() {
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    let said = failed_start(&["--addr", "127.0.0.1:0", "--database-url", "postgres://postgres@127.0.0.1:1/none"]);
    assert!(said.to_lowercase().contains("connection refused"), "the cause is named: {said}");
    assert!(!said.contains("pool timed out"), "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_completes_live_subscriptions_and_exits_cleanly() {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::Message;

    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let mut server = serve(&db.url);
    let mut request = format!("{}/ws", server.base.replace("http://", "ws://")).into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("WebSocket connects");
    socket.send(Message::text(json!({ "type": "connection_init" }).to_string())).await.unwrap();
    let subscribe =
        json!({ "id": "1", "type": "subscribe", "payload": { "query": "subscription { changes { id } }" } });
    let mut messages = Vec::new();
    let ack = lawtracker_e2e::ws::read_json(&mut socket).await;
    assert_eq!(ack.as_ref().map(|a| a["type"].clone()), Some(json!("connection_ack")));
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    server.signal("-TERM");
    while let Some(message) = lawtracker_e2e::ws::read_json(&mut socket).await {
        messages.push(message);
    }
    assert!(
        messages.iter().any(|m| m["type"] == "complete" && m["id"] == "1"),
        "the subscriber is told its subscription is complete: {messages:?}"
    );
    let status = server.child.wait().unwrap();
    assert!(status.success(), "a clean stop exits 0: {status:?}\n{}", server.log.lock().unwrap());
}
