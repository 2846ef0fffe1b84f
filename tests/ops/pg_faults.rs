//! PostgreSQL failing under a running server, on a cluster of this test's own
//! (`ltfault`, port 5441, made with `pg_createcluster` if missing), never the shared
//! one the rest of the suite uses: stopped and started under load, its backends
//! terminated, a statement held past the statement timeout. Each phase checks what
//! clients are told during the fault and that every acknowledged write is there after.
//! Runs where the PostgreSQL half is required (`LAWTRACKER_TEST_POSTGRES`, as in CI)
//! and needs root for `pg_createcluster`/`pg_ctlcluster`, as CI has.

use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::store::PoolSettings;
use lawtracker_e2e::{actor_input, code, TestDb, TestServer, POSTGRES_ENV};
use serde_json::{json, Value};

const CLUSTER: &str = "ltfault";
const PORT: u16 = 5441;
const CREATE_ACTOR: &str = "mutation($input: ActorInput!) { createActor(input: $input) { revision { id } } }";
const READ: &str = r#"{ source(id: "seed-001-forum-post") { slug } }"#;
/// The longest a request may take while the database is down: the pool's 2 s wait
/// for a connection, plus scheduling on a loaded 2-core machine.
const ANSWER_WITHIN: Duration = Duration::from_secs(6);

/// The test's own PostgreSQL cluster.
struct FaultCluster {
    version: String,
}

impl FaultCluster {
    /// The cluster, created and started if need be; `None` (with a notice) when the
    /// PostgreSQL half is not required and the tools are missing.
    fn ensure() -> Option<FaultCluster> {
        let required = std::env::var(POSTGRES_ENV).is_ok_and(|url| !url.is_empty());
        let version = std::fs::read_dir("/etc/postgresql")
            .ok()
            .and_then(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).max());
        let usable = version.is_some() && run("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
        if !usable {
            assert!(!required, "{POSTGRES_ENV} is set: the fault tests need root and pg_createcluster");
            eprintln!("NOTICE: PostgreSQL fault tests SKIPPED (they need root and Debian's pg_createcluster)");
            return None;
        }
        let cluster = FaultCluster { version: version.unwrap() };
        let listed = run("pg_lsclusters", &["-h"]).unwrap_or_default();
        let exists = listed.lines().any(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            fields.get(1) == Some(&CLUSTER)
        });
        if !exists {
            let port = PORT.to_string();
            run("pg_createcluster", &[&cluster.version, CLUSTER, "-p", &port, "--", "-A", "trust"])
                .expect("pg_createcluster makes the fault cluster");
        }
        cluster.start();
        Some(cluster)
    }

    fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{PORT}/postgres")
    }

    fn ctl(&self, action: &str, extra: &[&str]) {
        let mut args = vec!["--skip-systemctl-redirect", &self.version, CLUSTER, action];
        args.extend_from_slice(extra);
        // `start` on a running cluster exits 2 ("already running"): readiness decides.
        let _ = Command::new("pg_ctlcluster").args(&args).output().expect("run pg_ctlcluster");
    }

    fn start(&self) {
        self.ctl("start", &[]);
        let port = PORT.to_string();
        for _ in 0..60 {
            if Command::new("pg_isready")
                .args(["-h", "127.0.0.1", "-p", &port, "-q"])
                .status()
                .is_ok_and(|s| s.success())
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("the fault cluster did not come up on port {PORT}");
    }

    /// Stops the server at once: sessions are ended, transactions in flight abort.
    fn stop(&self) {
        self.ctl("stop", &["-m", "fast"]);
    }
}

fn run(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn actor(slug: &str) -> Value {
    json!({ "input": actor_input(slug, &format!("Actor {slug}")) })
}

/// One answer as a client saw it.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: Value,
    took: Duration,
}

async fn post(server: &TestServer, token: Option<&str>, query: &str, variables: Value) -> Answer {
    let started = Instant::now();
    let mut request = server.client.post(format!("{}/graphql", server.base)).timeout(Duration::from_secs(60));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.json(&json!({ "query": query, "variables": variables })).send().await.expect("answered");
    let status = response.status().as_u16();
    let retry_after = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
    let body = response.json().await.expect("a JSON body");
    Answer { status, retry_after, body, took: started.elapsed() }
}

async fn status_of(server: &TestServer, path: &str) -> u16 {
    server.client.get(format!("{}{path}", server.base)).send().await.expect("answered").status().as_u16()
}

/// Writes a client sent, sorted by what it was told.
#[derive(Default)]
struct Ledger {
    acknowledged: Vec<String>,
    not_written: Vec<String>,
    unknown: Vec<String>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_outages_answer_503_lose_no_acknowledged_write_and_recover() {
    let Some(cluster) = FaultCluster::ensure() else { return };
    let db = TestDb::fresh_postgres_at(&cluster.admin_url()).await;
    let options = ServeOptions {
        database: PoolSettings { statement_timeout: Some(Duration::from_secs(1)), ..PoolSettings::SERVING },
        ..ServeOptions::default()
    };
    let server = Arc::new(TestServer::start_on_with(&db.url, true, options).await);
    let editor = server.store.create_token("fault editor", Role::Editor).await.unwrap();
    let ledger = Arc::new(Mutex::new(Ledger::default()));

    // Load: two writers and two readers, each one request at a time, for the whole phase.
    let stop_load = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut clients = Vec::new();
    for worker in 0..4 {
        let (server, editor, ledger, stop_load) = (server.clone(), editor.clone(), ledger.clone(), stop_load.clone());
        clients.push(tokio::spawn(async move {
            let mut answers = Vec::new();
            let mut n = 0;
            while !stop_load.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let answer = if worker < 2 {
                    let slug = format!("load-{worker}-{n}");
                    let answer = post(&server, Some(&editor), CREATE_ACTOR, actor(&slug)).await;
                    let mut ledger = ledger.lock().unwrap();
                    let error = &answer.body["errors"][0];
                    if answer.body["data"]["createActor"]["revision"]["id"].is_string() {
                        ledger.acknowledged.push(slug);
                    } else if error["extensions"]["writeOutcome"] == "NOT_WRITTEN" {
                        ledger.not_written.push(slug);
                    } else {
                        assert_eq!(error["extensions"]["writeOutcome"], "UNKNOWN", "{}", answer.body);
                        ledger.unknown.push(slug);
                    }
                    answer
                } else {
                    post(&server, None, READ, json!({})).await
                };
                answers.push((Instant::now(), answer));
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            answers
        }));
    }

    tokio::time::sleep(Duration::from_millis(1500)).await;
    let stopped_at = Instant::now();
    cluster.stop();
    let stop_took = stopped_at.elapsed();
    tokio::time::sleep(Duration::from_secs(4)).await;
    // During the outage the process is alive but not ready.
    assert_eq!(status_of(&server, "/healthz").await, 200, "liveness does not depend on the database");
    assert_eq!(status_of(&server, "/readyz").await, 503, "readiness says the database is down");
    let down = post(&server, None, READ, json!({})).await;
    assert_eq!(down.status, 503, "{}", down.body);
    assert_eq!(down.retry_after.as_deref(), Some("2"));
    assert_eq!(code(&down.body["errors"][0]), "DATABASE_UNAVAILABLE", "{}", down.body);
    assert!(down.took < ANSWER_WITHIN, "answered in {:?}, not after a long pool wait", down.took);
    let write = post(&server, Some(&editor), CREATE_ACTOR, actor("while-down")).await;
    assert_eq!(write.status, 503);
    assert_eq!(write.body["errors"][0]["extensions"]["writeOutcome"], "NOT_WRITTEN", "{}", write.body);

    let restarted_at = Instant::now();
    cluster.start();
    // The same process serves again, without a restart.
    let deadline = Instant::now() + Duration::from_secs(30);
    while status_of(&server, "/readyz").await != 200 {
        assert!(Instant::now() < deadline, "the server did not become ready after PostgreSQL came back");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop_load.store(true, std::sync::atomic::Ordering::Relaxed);

    let mut served_after_restart = 0;
    let mut unavailable = 0;
    for client in clients {
        for (at, answer) in client.await.unwrap() {
            assert!(answer.took < ANSWER_WITHIN, "an answer took {:?}: {}", answer.took, answer.body);
            match answer.body["errors"].get(0) {
                None => {
                    assert_eq!(answer.status, 200);
                    served_after_restart += usize::from(at > restarted_at);
                }
                Some(error) => {
                    // A request cut as the server stopped, or refused while it was down.
                    assert_eq!(code(error), "DATABASE_UNAVAILABLE", "{}", answer.body);
                    assert_eq!(answer.status, 503, "{}", answer.body);
                    assert_eq!(answer.retry_after.as_deref(), Some("2"));
                    assert!(at > stopped_at, "no failure before PostgreSQL stopped: {}", answer.body);
                    unavailable += 1;
                }
            }
        }
    }
    assert!(unavailable > 0, "the load met the outage (stopping took {stop_took:?})");
    assert!(served_after_restart > 0, "the load was served again after the restart");

    // Every acknowledged write is there; every write said not written is not.
    let ledger = std::mem::take(&mut *ledger.lock().unwrap());
    assert!(!ledger.acknowledged.is_empty());
    let exists = |slug: &str| {
        let server = server.clone();
        let slug = slug.to_string();
        async move {
            let seen = server.data("query($id: ID!) { actor(id: $id) { slug } }", json!({ "id": slug })).await;
            !seen["actor"].is_null()
        }
    };
    for slug in &ledger.acknowledged {
        assert!(exists(slug).await, "acknowledged write {slug} survived the outage");
    }
    for slug in ledger.not_written.iter().chain(["while-down".to_string()].iter()) {
        assert!(!exists(slug).await, "{slug} was reported not written, and it is not there");
    }

    // Backends terminated by an administrator: the very next read and write work.
    let admin = sqlx::PgPool::connect(&cluster.admin_url()).await.unwrap();
    let name = db.url.rsplit('/').next().unwrap().to_string();
    let terminate = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1";
    for round in 0..2 {
        let killed: i64 = sqlx::query_scalar(terminate).bind(&name).fetch_one(&admin).await.unwrap();
        assert!(killed > 0, "the server held connections to terminate");
        let read = post(&server, None, READ, json!({})).await;
        assert!(read.body.get("errors").is_none() && read.status == 200, "read after terminate: {}", read.body);
        let slug = format!("after-terminate-{round}");
        sqlx::query_scalar::<_, i64>(terminate).bind(&name).fetch_one(&admin).await.unwrap();
        let write = post(&server, Some(&editor), CREATE_ACTOR, actor(&slug)).await;
        assert!(write.body.get("errors").is_none(), "write after terminate: {}", write.body);
        assert!(exists(&slug).await);
    }

    // A statement held past the statement timeout (1 s here) is cancelled and answered
    // with its code; the write it was part of is not made.
    let target = format!("postgres://postgres@127.0.0.1:{PORT}/{name}");
    let mut holder = sqlx::PgConnection::connect_with(&target.parse().unwrap()).await.unwrap();
    use sqlx::Connection;
    sqlx::query("BEGIN").execute(&mut holder).await.unwrap();
    sqlx::query("LOCK TABLE actors IN ACCESS EXCLUSIVE MODE").execute(&mut holder).await.unwrap();
    let slow = post(&server, None, "{ actors(first: 1) { totalCount } }", json!({})).await;
    assert_eq!(code(&slow.body["errors"][0]), "STATEMENT_TIMEOUT", "{}", slow.body);
    assert_eq!(slow.status, 200, "a cancelled statement is the request's error, not an outage");
    let blocked = post(&server, Some(&editor), CREATE_ACTOR, actor("behind-a-lock")).await;
    assert_eq!(code(&blocked.body["errors"][0]), "STATEMENT_TIMEOUT", "{}", blocked.body);
    assert_eq!(blocked.body["errors"][0]["extensions"]["writeOutcome"], "NOT_WRITTEN");
    sqlx::query("ROLLBACK").execute(&mut holder).await.unwrap();
    holder.close().await.unwrap();
    assert!(!exists("behind-a-lock").await, "a cancelled write left nothing behind");
    let count = server.data("{ actors(first: 1) { totalCount } }", json!({})).await;
    assert!(count["actors"]["totalCount"].as_i64().unwrap() > 0);

    admin.close().await;
    match Arc::try_unwrap(server) {
        Ok(server) => server.stop().await,
        Err(_) => panic!("every client task has ended"),
    }
    drop(db);
}
