//! Reads on a PostgreSQL hot standby (`serve --replica-url`): a streaming standby of the
//! test cluster, built by `standby/setup.sh` with a replay delay, so that what the
//! primary has and the standby has not yet replayed can be told apart.
//!
//! Runs only with `LAWTRACKER_TEST_POSTGRES` set (CI sets it), as root or the postgres
//! OS user: the script creates and restarts a cluster. The tests share that one standby
//! (one of them stops it), so they take turns.

use std::path::PathBuf;
use std::time::Duration;

use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::store::standby::StandbyOptions;
use lawtracker_core::Backend;
use lawtracker_e2e::{actor_input, TestDb, TestServer, POSTGRES_ENV};
use serde_json::{json, Value};
use tokio::sync::{Mutex, MutexGuard};

const STANDBY_PORT: u16 = 5440;
/// The standby's `recovery_min_apply_delay`: how long a write stays unseen there.
const REPLAY_DELAY: Duration = Duration::from_secs(2);
const CREATE_ACTOR: &str =
    "mutation($input: ActorInput!) { createActor(input: $input) { node { ... on Actor { slug } } } }";
const ACTOR: &str = "query($slug: ID!) { actor(id: $slug) { slug } }";
const SERVED_BY: &str = "x-lawtracker-served-by";

/// Held by each test for its whole run: `Some` once the standby has been built.
static STANDBY: Mutex<bool> = Mutex::const_new(false);

/// The standby, built on first use and running; `None` (the test is skipped) without
/// `LAWTRACKER_TEST_POSTGRES`.
async fn standby() -> Option<MutexGuard<'static, bool>> {
    if std::env::var(POSTGRES_ENV).map_or(true, |url| url.is_empty()) {
        eprintln!("NOTICE: standby tests SKIPPED: {POSTGRES_ENV} is not set");
        return None;
    }
    let mut built = STANDBY.lock().await;
    if !*built {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("standby/setup.sh");
        let delay = format!("{}ms", REPLAY_DELAY.as_millis());
        run(std::process::Command::new("bash").arg(script).env("LAWTRACKER_STANDBY_DELAY", delay)).await;
        *built = true;
    } else if !std::process::Command::new("pg_isready")
        .args(["-q", "-h", "127.0.0.1", "-p", &STANDBY_PORT.to_string()])
        .status()
        .is_ok_and(|status| status.success())
    {
        // A test that failed while the standby was stopped left it so.
        standby_cluster("start").await;
    }
    Some(built)
}

async fn run(command: &mut std::process::Command) {
    let shown = format!("{command:?}");
    let mut command = std::mem::replace(command, std::process::Command::new("true"));
    let output = tokio::task::spawn_blocking(move || command.output()).await.unwrap().expect("the command starts");
    assert!(
        output.status.success(),
        "{shown} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Starts or stops the standby cluster (of the version `setup.sh` picks: the first installed).
async fn standby_cluster(action: &str) {
    let version = std::fs::read_dir("/etc/postgresql")
        .expect("PostgreSQL's cluster configuration")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .min()
        .expect("a PostgreSQL version");
    let args = ["--skip-systemctl-redirect", version.as_str(), "ltstandby", action];
    run(std::process::Command::new("pg_ctlcluster").args(args)).await;
}

/// The test database's URL on the standby, once CREATE DATABASE has been replayed there.
async fn on_standby(db: &TestDb) -> String {
    let name = db.url.rsplit('/').next().unwrap();
    let url = format!("postgres://postgres@127.0.0.1:{STANDBY_PORT}/{name}");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        use sqlx::Connection;
        match sqlx::PgConnection::connect(&url).await {
            Ok(connection) => {
                let _ = connection.close().await;
                return url;
            }
            Err(error) => assert!(tokio::time::Instant::now() < deadline, "{url} never appeared: {error}"),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A server over `db` (dataset loaded) reading from the standby within `max_lag`.
async fn serve(db: &TestDb, standby_url: &str, max_lag: Duration) -> TestServer {
    let replicas = StandbyOptions { urls: vec![standby_url.to_string()], max_lag };
    TestServer::start_on_with(&db.url, true, ServeOptions { replicas, ..ServeOptions::default() }).await
}

/// POSTs a query; returns who answered (`X-Lawtracker-Served-By`) and the body, which
/// must hold no error.
async fn ask(server: &TestServer, token: Option<&str>, query: &str, variables: Value) -> (String, Value) {
    let mut request = server.client.post(format!("{}/graphql", server.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.json(&json!({ "query": query, "variables": variables })).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let served_by = response.headers().get(SERVED_BY).expect("routing says who answered").to_str().unwrap().to_string();
    let body: Value = response.json().await.unwrap();
    assert!(body.get("errors").is_none(), "unexpected errors from {served_by}: {body:#}");
    (served_by, body["data"].clone())
}

/// Asks until the standby answers (it must first replay the migrations and dataset).
async fn until_standby_answers(server: &TestServer) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(40);
    loop {
        let (served_by, data) = ask(server, None, "{ sources(first: 1) { totalCount } }", json!({})).await;
        if served_by == "standby-0" && data["sources"]["totalCount"].as_i64() > Some(0) {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "the standby never answered (last: {served_by})");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn actor(slug: &str) -> Value {
    json!({ "input": actor_input(slug, "Test NGO") })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_curator_reads_their_write_at_once_and_anonymous_readers_once_replayed() {
    let Some(_standby) = standby().await else { return };
    let db = TestDb::fresh(Backend::Postgres).await.unwrap();
    let standby_url = on_standby(&db).await;
    let server = serve(&db, &standby_url, Duration::from_secs(30)).await;
    until_standby_answers(&server).await;
    let token = server.store.create_token("curator", Role::Editor).await.unwrap();

    let (served_by, created) = ask(&server, Some(&token), CREATE_ACTOR, actor("test-standby-ngo")).await;
    assert_eq!(served_by, "primary");
    assert_eq!(created["createActor"]["node"]["slug"], "test-standby-ngo");
    let slug = json!({ "slug": "test-standby-ngo" });
    let (served_by, read) = ask(&server, Some(&token), ACTOR, slug.clone()).await;
    assert_eq!((served_by.as_str(), &read["actor"]["slug"]), ("primary", &json!("test-standby-ngo")));

    // Anonymous: the standby answers, and has not replayed the write yet; nor has the
    // dataset download, which reads there too.
    let (served_by, read) = ask(&server, None, ACTOR, slug.clone()).await;
    assert_eq!((served_by.as_str(), &read["actor"]), ("standby-0", &Value::Null));
    let csv = server.client.get(format!("{}/data/actors.csv", server.base)).send().await.unwrap();
    assert_eq!(csv.headers()[SERVED_BY], "standby-0");
    assert!(!csv.text().await.unwrap().contains("test-standby-ngo"), "the download comes from the standby");
    let deadline = tokio::time::Instant::now() + REPLAY_DELAY + Duration::from_secs(20);
    loop {
        let (served_by, read) = ask(&server, None, ACTOR, slug.clone()).await;
        if read["actor"]["slug"] == "test-standby-ngo" {
            assert_eq!(served_by, "standby-0");
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the standby never showed the write");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A GET is routed too, its ETag from the standby's data version.
    let get = server.client.get(format!("{}/graphql?query=%7B__typename%7D", server.base)).send().await.unwrap();
    assert_eq!(get.headers()[SERVED_BY], "standby-0");
    assert!(get.headers().contains_key("etag"));
    let download = server.client.get(format!("{}/incidents.geojson", server.base)).send().await.unwrap();
    assert_eq!((download.status().as_u16(), &download.headers()[SERVED_BY]), (200, &"standby-0".parse().unwrap()));
    let metrics = server.client.get(format!("{}/metrics", server.base)).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("lawtracker_graphql_served_total{by=\"standby-0\"}"), "{metrics}");
    assert!(metrics.contains("lawtracker_replica_lag_seconds{standby=\"standby-0\"}"), "{metrics}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standby_over_the_lag_threshold_is_skipped() {
    let Some(_standby) = standby().await else { return };
    let db = TestDb::fresh(Backend::Postgres).await.unwrap();
    let standby_url = on_standby(&db).await;
    // Two processes on the same database and standby; only their thresholds differ.
    let patient = serve(&db, &standby_url, Duration::from_secs(30)).await;
    let strict = serve(&db, &standby_url, Duration::from_millis(1000)).await;
    until_standby_answers(&patient).await;
    let token = patient.store.create_token("curator", Role::Editor).await.unwrap();
    ask(&patient, Some(&token), CREATE_ACTOR, actor("test-lagging-ngo")).await;
    // While the write waits out the replay delay, the standby is at least that far
    // behind; both processes have measured it by now (every 250 ms).
    tokio::time::sleep(Duration::from_millis(700)).await;
    let slug = json!({ "slug": "test-lagging-ngo" });
    let (served_by, read) = ask(&strict, None, ACTOR, slug.clone()).await;
    assert_eq!((served_by.as_str(), &read["actor"]["slug"]), ("primary", &json!("test-lagging-ngo")));
    let (served_by, read) = ask(&patient, None, ACTOR, slug.clone()).await;
    assert_eq!((served_by.as_str(), &read["actor"]), ("standby-0", &Value::Null), "the write was replayed too early");
    patient.stop().await;
    strict.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_standby_costs_no_failed_request() {
    let Some(_standby) = standby().await else { return };
    let db = TestDb::fresh(Backend::Postgres).await.unwrap();
    let standby_url = on_standby(&db).await;
    let server = serve(&db, &standby_url, Duration::from_secs(30)).await;
    until_standby_answers(&server).await;
    let expected = ask(&server, None, "{ sources(first: 1) { totalCount } }", json!({})).await.1;

    // Readers keep asking while the standby stops under them: every answer is whole.
    let stopping = tokio::spawn(standby_cluster("stop"));
    let mut served = Vec::new();
    while !stopping.is_finished() || served.len() < 20 {
        let (served_by, data) = ask(&server, None, "{ sources(first: 1) { totalCount } }", json!({})).await;
        assert_eq!(data, expected);
        served.push(served_by);
    }
    stopping.await.unwrap();
    for _ in 0..20 {
        let (served_by, data) = ask(&server, None, "{ sources(first: 1) { totalCount } }", json!({})).await;
        assert_eq!((served_by.as_str(), &data), ("primary", &expected));
    }

    // Back up, it is read from again once measured (after the failure's pause).
    standby_cluster("start").await;
    until_standby_answers(&server).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_sessions_cut_on_the_standby_are_replaced_without_a_failed_request() {
    use lawtracker_core::store::standby::READS_APPLICATION_NAME;
    let Some(_standby) = standby().await else { return };
    let db = TestDb::fresh(Backend::Postgres).await.unwrap();
    let standby_url = on_standby(&db).await;
    let server = serve(&db, &standby_url, Duration::from_secs(30)).await;
    until_standby_answers(&server).await;
    let query = "{ sources(first: 1) { totalCount } }";
    let expected = ask(&server, None, query, json!({})).await.1;
    let fallbacks_before = fallbacks(&server).await;

    // The standby drops the reads' sessions (as an administrator's kill, or a restart,
    // would); the pool, used a moment ago, lends them out unpinged. The read meets a
    // cut connection, is sent again on a fresh one, and the standby still answers.
    let admin = format!("postgres://postgres@127.0.0.1:{STANDBY_PORT}/postgres");
    let mut connection = <sqlx::PgConnection as sqlx::Connection>::connect(&admin).await.unwrap();
    for _ in 0..2 {
        let killed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1) AS t",
        )
        .bind(READS_APPLICATION_NAME)
        .fetch_one(&mut connection)
        .await
        .unwrap();
        assert!(killed > 0, "no read session to end");
        let (served_by, data) = ask(&server, None, query, json!({})).await;
        assert_eq!((served_by.as_str(), &data), ("standby-0", &expected));
    }
    assert_eq!(fallbacks(&server).await, fallbacks_before, "the primary was not needed");
    server.stop().await;
}

/// How many reads the standby failed and the primary answered, as `/metrics` counts them.
async fn fallbacks(server: &TestServer) -> u64 {
    let metrics = server.client.get(format!("{}/metrics", server.base)).send().await.unwrap().text().await.unwrap();
    metrics
        .lines()
        .find_map(|line| line.strip_prefix("lawtracker_replica_fallbacks_total{standby=\"standby-0\"} "))
        .map_or(0, |count| count.trim().parse().unwrap())
}
