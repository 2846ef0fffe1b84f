//! Test harness: a real `lawtracker` server on a free loopback port, over a fresh
//! database of either backend, spoken to over HTTP.
//!
//! PostgreSQL tests each get a database of their own (`CREATE DATABASE lt_test_…`),
//! dropped when the test ends, so they run in parallel without seeing each other.
//! Which server: `LAWTRACKER_TEST_POSTGRES` (an admin URL) when set, in which case a
//! PostgreSQL that does not answer fails the tests; otherwise the local default
//! `postgres://postgres@127.0.0.1:5432/postgres`, and if that does not answer the
//! PostgreSQL half is skipped with a notice on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use lawtracker_api::server;
use lawtracker_core::{Backend, Store};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub mod browser;
pub mod node;
pub mod ws;

pub const POSTGRES_ENV: &str = "LAWTRACKER_TEST_POSTGRES";
const DEFAULT_POSTGRES_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A fresh, empty database that disappears with this value.
pub struct TestDb {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("lt_test_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos)
}

/// The admin URL of the PostgreSQL to test against, or `None` to skip the PostgreSQL half.
async fn postgres_admin_url() -> Option<String> {
    static NOTICE: OnceLock<()> = OnceLock::new();
    let (url, required) = match std::env::var(POSTGRES_ENV) {
        Ok(url) if !url.is_empty() => (url, true),
        _ => (DEFAULT_POSTGRES_ADMIN_URL.to_string(), false),
    };
    let reachable = sqlx_ping(&url).await;
    match (reachable, required) {
        (Ok(()), _) => Some(url),
        (Err(e), true) => panic!("{POSTGRES_ENV} is set but PostgreSQL at {url} does not answer: {e}"),
        (Err(e), false) => {
            NOTICE.get_or_init(|| {
                // Straight to stderr, past the test harness's output capture, so the skip is seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "NOTICE: PostgreSQL half of the tests SKIPPED ({url} does not answer: {e}). \
                     Start PostgreSQL, or set {POSTGRES_ENV}=postgres://USER@HOST:PORT/postgres to run it."
                );
            });
            None
        }
    }
}

async fn sqlx_ping(url: &str) -> Result<(), String> {
    let store = Store::connect(url).await.map_err(|e| e.to_string())?;
    let result = store.ping().await.map_err(|e| e.to_string());
    store.close().await;
    result
}

async fn admin_execute(admin_url: &str, statement: &str) -> Result<(), String> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin_url).await.map_err(|e| e.to_string())?;
    sqlx::query(statement).execute(&mut conn).await.map_err(|e| e.to_string())?;
    conn.close().await.map_err(|e| e.to_string())
}

impl TestDb {
    /// A fresh database, or `None` when the PostgreSQL half is skipped.
    pub async fn fresh(backend: Backend) -> Option<TestDb> {
        let name = unique_name();
        match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{name}.sqlite"));
                Some(TestDb { url: format!("sqlite://{}", path.display()), cleanup: Cleanup::File(path) })
            }
            Backend::Postgres => Some(Self::fresh_postgres_at(&postgres_admin_url().await?).await),
        }
    }

    /// A fresh database on the PostgreSQL server `admin_url` reaches (for tests that
    /// run a server of their own, e.g. one they stop and start).
    pub async fn fresh_postgres_at(admin_url: &str) -> TestDb {
        let name = unique_name();
        admin_execute(admin_url, &format!("CREATE DATABASE {name}")).await.expect("create a test database");
        let (base, _) = admin_url.rsplit_once('/').expect("an admin URL ends with /DATABASE");
        let admin_url = admin_url.to_string();
        TestDb { url: format!("{base}/{name}"), cleanup: Cleanup::PostgresDatabase { admin_url, name } }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::PostgresDatabase { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs inside the test's runtime; a separate thread may block.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                    runtime
                        .block_on(admin_execute(&admin_url, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                        .ok()
                })
                .join();
            }
        }
    }
}

/// A running server over a fresh database holding the shipped dataset.
pub struct TestServer {
    pub base: String,
    pub store: Store,
    pub client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
    // Declared last: dropped after the server has stopped. None when the test owns it.
    pub db: Option<TestDb>,
}

impl TestServer {
    /// `None` when the backend's half is skipped (PostgreSQL not available).
    pub async fn start(backend: Backend) -> Option<TestServer> {
        Self::start_with(backend, server::ServeOptions::default()).await
    }

    /// [`TestServer::start`] with `lawtracker serve`'s options set as `options` says.
    pub async fn start_with(backend: Backend, options: server::ServeOptions) -> Option<TestServer> {
        let db = TestDb::fresh(backend).await?;
        let mut server = Self::start_on_with(&db.url, true, options).await;
        server.db = Some(db);
        Some(server)
    }

    /// Starts the server exactly as `lawtracker serve` does, on 127.0.0.1:0, over
    /// the database at `url` (which the caller keeps alive).
    pub async fn start_on(url: &str, load_dataset: bool) -> TestServer {
        Self::start_on_with(url, load_dataset, server::ServeOptions::default()).await
    }

    /// [`TestServer::start_on`] with the options `lawtracker serve`'s flags set
    /// (rate limits, webhook delivery, introspection, caching).
    pub async fn start_on_with(url: &str, load_dataset: bool, options: server::ServeOptions) -> TestServer {
        let store = server::prepare_with(url, options.database, load_dataset).await.expect("prepare the database");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = oneshot::channel::<()>();
        let serving = store.clone();
        let handle = tokio::spawn(async move {
            server::serve_with(listener, serving, &options, async {
                let _ = rx.await;
            })
            .await
            .expect("server runs");
        });
        TestServer { base, store, client: reqwest::Client::new(), shutdown: Some(tx), handle: Some(handle), db: None }
    }

    /// POSTs a GraphQL query and returns the whole response body.
    pub async fn post(&self, query: &str, variables: Value) -> Value {
        self.send(None, query, variables).await
    }

    /// POSTs a query with a bearer token and returns the whole response body.
    pub async fn post_as(&self, token: &str, query: &str, variables: Value) -> Value {
        self.send(Some(token), query, variables).await
    }

    async fn send(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self.client.post(format!("{}/graphql", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response =
            request.json(&json!({ "query": query, "variables": variables })).send().await.expect("the server answers");
        assert_eq!(response.status(), 200, "GraphQL answers 200 even for errors");
        response.json().await.expect("a JSON body")
    }

    pub async fn data_as(&self, token: &str, query: &str, variables: Value) -> Value {
        let body = self.post_as(token, query, variables).await;
        assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
        body["data"].clone()
    }

    pub async fn error_as(&self, token: &str, query: &str, variables: Value) -> Value {
        let body = self.post_as(token, query, variables).await;
        body["errors"].get(0).cloned().unwrap_or_else(|| panic!("expected an error, got {body:#}"))
    }

    /// POSTs a query that must succeed and returns its `data`.
    pub async fn data(&self, query: &str, variables: Value) -> Value {
        let body = self.post(query, variables).await;
        assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
        body["data"].clone()
    }

    /// POSTs a query that must fail and returns its first error.
    pub async fn error(&self, query: &str, variables: Value) -> Value {
        let body = self.post(query, variables).await;
        body["errors"].get(0).cloned().unwrap_or_else(|| panic!("expected an error, got {body:#}"))
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(handle) = self.handle.take() {
            let _ = handle.await;
        }
        self.store.close().await;
    }
}

/// The quote of the shipped forum post (`seed-001-forum-post`) that test actors cite.
pub const ACTOR_QUOTE: &str = "civil rights groups";
/// The quote of the same post that test criticisms cite.
pub const RIGHTS_QUOTE: &str =
    "has faced criticism from civil rights groups concerned about human rights and the potential for abuse";

/// An `ActorInput` (an NGO) citing the shipped forum post: what writing tests create.
pub fn actor_input(slug: &str, name: &str) -> Value {
    json!({ "slug": slug, "name": name, "kind": "NGO", "description": "x",
        "citations": [{ "source": "seed-001-forum-post", "quote": ACTOR_QUOTE }] })
}

/// A `CriticismInput` by civil-rights groups citing the shipped forum post.
pub fn criticism_input(slug: &str, summary: &str) -> Value {
    json!({
        "slug": slug,
        "actor": "civil-rights-groups",
        "stance": "CONCERNED",
        "rights": ["human_rights"],
        "summary": summary,
        "citations": [{ "source": "seed-001-forum-post", "quote": RIGHTS_QUOTE }]
    })
}

/// `error.extensions.code`, or "" when absent.
pub fn code(error: &Value) -> &str {
    error["extensions"]["code"].as_str().unwrap_or("")
}

/// Declares one test per backend for an `async fn(TestServer)` scenario.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let server = $crate::TestServer::start(lawtracker_core::Backend::Sqlite).await.expect("SQLite always runs");
                    super::$name(&server).await;
                    server.stop().await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(server) = $crate::TestServer::start(lawtracker_core::Backend::Postgres).await else { return };
                    super::$name(&server).await;
                    server.stop().await;
                }
            )+
        }
    };
}
