//! Shared rate limits (`serve --redis-url`): a token's quota holds across two servers
//! over one database, each with its own limiter, as two processes behind a load
//! balancer would be; with Redis gone each allows only its share, and sharing
//! resumes when Redis is back. Each test runs its own `redis-server` on a free port,
//! so stopping it touches nothing else.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use lawtracker_api::rate_limit::{RateLimitConfig, SharedConfig};
use lawtracker_api::server::ServeOptions;
use lawtracker_core::auth::Role;
use lawtracker_core::Backend;
use lawtracker_e2e::{TestDb, TestServer};

use crate::rate_limit::{ask, client_from};
use crate::wait_until;

const BURST: u32 = 4;

/// A `redis-server` of the test's own, stopped when dropped.
struct PrivateRedis {
    child: Option<Child>,
    port: u16,
}

impl PrivateRedis {
    fn start() -> PrivateRedis {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut redis = PrivateRedis { child: None, port };
        redis.restart();
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    fn restart(&mut self) {
        let port = self.port.to_string();
        let child = Command::new("redis-server")
            .args(["--port", &port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server runs (Debian's redis-server package; .ci/run checks it)");
        self.child = Some(child);
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(std::time::Instant::now() < deadline, "redis-server did not listen on {port}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Two servers over one database, limits in `redis` under a prefix of their own.
async fn two_servers(redis: &PrivateRedis) -> (TestServer, TestServer, TestDb) {
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let shared = SharedConfig { redis_url: redis.url(), prefix: format!("lt-test-{}-{nanos}", std::process::id()) };
    let options = ServeOptions {
        rate_limit: RateLimitConfig { per_second: 1, burst: BURST, trust_forwarded_for: false, shared: Some(shared) },
        ..ServeOptions::default()
    };
    let first = TestServer::start_on_with(&db.url, false, options.clone()).await;
    let second = TestServer::start_on_with(&db.url, false, options).await;
    (first, second, db)
}

/// The value of an unlabelled gauge on the server's `/metrics`.
async fn gauge(server: &TestServer, name: &str) -> Option<i64> {
    let text = server.client.get(format!("{}/metrics", server.base)).send().await.ok()?.text().await.ok()?;
    text.lines().find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

async fn wait_until_shared_by_both(first: &TestServer, second: &TestServer) {
    for server in [first, second] {
        wait_until("both servers to share their limits through Redis", || async {
            gauge(server, "lawtracker_rate_limit_shared").await == Some(1)
                && gauge(server, "lawtracker_rate_limit_processes").await == Some(2)
        })
        .await;
    }
}

/// Sends `count` requests with `token`, alternating between the servers, and returns
/// the statuses in order.
async fn alternate(servers: [&TestServer; 2], token: &str, count: usize) -> Vec<u16> {
    let client = client_from("127.0.0.1");
    let header = format!("Bearer {token}");
    let mut statuses = Vec::new();
    for n in 0..count {
        statuses.push(ask(servers[n % 2], &client, &[("authorization", &header)]).await.status);
    }
    statuses
}

/// The burst's requests pass, spread over both servers, and the quota holds in total:
/// apart, the two limiters would have let all eight through.
fn assert_one_quota(statuses: &[u16]) {
    assert!(statuses[..BURST as usize].iter().all(|s| *s == 200), "the burst passes across both servers: {statuses:?}");
    let passed = statuses.iter().filter(|s| **s == 200).count();
    // One more may pass if a second went by (the sustained rate is 1/s).
    assert!(passed <= BURST as usize + 1, "{passed} of {} passed: the quota of {BURST} is not shared", statuses.len());
    assert!(statuses.iter().all(|s| *s == 200 || *s == 429), "refusals are 429s: {statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_quota_holds_across_two_processes() {
    let redis = PrivateRedis::start();
    let (first, second, _db) = two_servers(&redis).await;
    wait_until_shared_by_both(&first, &second).await;
    let token = first.store.create_token("shared script", Role::Editor).await.unwrap();
    assert_one_quota(&alternate([&first, &second], &token, 2 * BURST as usize).await);

    // Anonymous callers are keyed by address across processes too.
    let client = client_from("127.0.0.3");
    let mut statuses = Vec::new();
    for n in 0..2 * BURST as usize {
        statuses.push(ask([&first, &second][n % 2], &client, &[]).await.status);
    }
    assert_one_quota(&statuses);
    first.stop().await;
    second.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_redis_each_process_allows_its_share_and_sharing_resumes() {
    let mut redis = PrivateRedis::start();
    let (first, second, _db) = two_servers(&redis).await;
    wait_until_shared_by_both(&first, &second).await;
    redis.stop();

    // Each process now allows half the burst (two processes were last seen), so the
    // two together still let through no more than the quota.
    let token = first.store.create_token("script during an outage", Role::Editor).await.unwrap();
    let client = client_from("127.0.0.1");
    let header = format!("Bearer {token}");
    for server in [&first, &second] {
        let mut statuses = Vec::new();
        for _ in 0..BURST {
            statuses.push(ask(server, &client, &[("authorization", &header)]).await.status);
        }
        let passed = statuses.iter().filter(|s| **s == 200).count();
        assert!(statuses[..2].iter().all(|s| *s == 200), "the share's burst passes: {statuses:?}");
        assert!(passed <= 3, "a process alone allows its share of {BURST}/2, not the whole quota: {statuses:?}");
        assert!(statuses.contains(&429), "past its share the process refuses with 429, never an error: {statuses:?}");
        assert_eq!(gauge(server, "lawtracker_rate_limit_shared").await, Some(0), "the scrape says limits are local");
    }

    redis.restart();
    wait_until_shared_by_both(&first, &second).await;
    let token = first.store.create_token("script after the outage", Role::Editor).await.unwrap();
    assert_one_quota(&alternate([&first, &second], &token, 2 * BURST as usize).await);
    first.stop().await;
    second.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_whose_redis_never_answers_serves_with_local_limits() {
    // A port nothing listens on: the server starts and answers; limits are its own.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let db = TestDb::fresh(Backend::Sqlite).await.unwrap();
    let shared = SharedConfig { redis_url: format!("redis://127.0.0.1:{port}/0"), prefix: "lt-test-absent".into() };
    let options = ServeOptions {
        rate_limit: RateLimitConfig { per_second: 1, burst: BURST, trust_forwarded_for: false, shared: Some(shared) },
        ..ServeOptions::default()
    };
    let server = TestServer::start_on_with(&db.url, false, options).await;
    let client = client_from("127.0.0.4");
    let mut statuses = Vec::new();
    for _ in 0..BURST + 2 {
        statuses.push(ask(&server, &client, &[]).await.status);
    }
    assert!(statuses[..BURST as usize].iter().all(|s| *s == 200), "alone, the whole quota is its own: {statuses:?}");
    assert!(statuses.contains(&429), "and it is still enforced: {statuses:?}");
    assert_eq!(gauge(&server, "lawtracker_rate_limit_shared").await, Some(0));
    server.stop().await;
}
