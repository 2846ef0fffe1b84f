//! Slow clients on the real server, over real sockets: a slowloris of 200 sockets
//! trickling header lines (and some that send nothing) is closed within the
//! header-read timeout while a normal client gets its answers; a body trickled
//! past the request deadline is answered 408; keep-alive still carries several
//! requests on one connection.

use std::time::{Duration, Instant};

use lawtracker_api::server::ServeOptions;
use lawtracker_core::Backend;
use lawtracker_e2e::TestServer;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(2);
const REQUEST_DEADLINE: Duration = Duration::from_secs(2);
/// Scheduling slack on a loaded two-core machine.
const MARGIN: Duration = Duration::from_millis(1500);
const TRICKLERS: usize = 200;
const SILENT: usize = 20;

async fn start() -> TestServer {
    let options = ServeOptions {
        header_read_timeout: HEADER_READ_TIMEOUT,
        request_deadline: REQUEST_DEADLINE,
        ..ServeOptions::default()
    };
    TestServer::start_with(Backend::Sqlite, options).await.expect("SQLite always runs")
}

fn address(server: &TestServer) -> String {
    server.base.trim_start_matches("http://").to_string()
}

/// Each process may hold this many descriptors; the attack needs two per socket
/// (client and server end, both in this process).
fn check_descriptor_limit() {
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
    let soft = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|n| n.parse::<usize>().ok());
    if let Some(soft) = soft {
        let needed = 2 * (TRICKLERS + SILENT) + 200;
        assert!(soft >= needed, "this test needs {needed} file descriptors, `ulimit -n` allows {soft}");
    }
}

/// Sends `head`, then one byte of `drip` every 500 ms, until the server closes the
/// connection; returns how long that took and what the server sent (None after 20 s).
async fn trickle(address: &str, head: &'static [u8], drip: u8) -> Option<(Duration, Vec<u8>)> {
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let started = Instant::now();
    if !head.is_empty() {
        stream.write_all(head).await.ok()?;
    }
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let mut next_drip = tokio::time::interval(Duration::from_millis(500));
    while started.elapsed() < Duration::from_secs(20) {
        tokio::select! {
            read = stream.read(&mut buffer) => match read {
                Ok(0) | Err(_) => return Some((started.elapsed(), received)),
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            },
            _ = next_drip.tick() => {
                if drip != 0 && stream.write_all(&[drip]).await.is_err() {
                    return Some((started.elapsed(), received));
                }
            }
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_slowloris_is_closed_within_the_header_read_timeout_while_others_are_served() {
    check_descriptor_limit();
    let server = start().await;
    let address = address(&server);
    let mut attack = Vec::new();
    for i in 0..TRICKLERS + SILENT {
        let address = address.clone();
        attack.push(tokio::spawn(async move {
            if i < TRICKLERS {
                // A header line that never ends: one byte every 500 ms.
                trickle(&address, b"GET /graphql HTTP/1.1\r\nHost: lawtracker\r\nX-Slow: ", b'a').await
            } else {
                trickle(&address, b"", 0).await
            }
        }));
    }
    // Meanwhile a normal client asks, and must get the right answers promptly.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for _ in 0..8 {
        let asked = Instant::now();
        let data = server.data(r#"{ source(id: "seed-001-forum-post") { slug } }"#, json!({})).await;
        assert_eq!(data["source"]["slug"], "seed-001-forum-post");
        assert!(asked.elapsed() < Duration::from_secs(1), "a normal query took {:?} under attack", asked.elapsed());
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    for (i, socket) in attack.into_iter().enumerate() {
        let (closed_after, _) = socket.await.unwrap().unwrap_or_else(|| panic!("socket {i} still open after 20 s"));
        assert!(
            closed_after <= HEADER_READ_TIMEOUT + MARGIN,
            "socket {i} closed after {closed_after:?}, past the {HEADER_READ_TIMEOUT:?} header-read timeout"
        );
        // Closed by the timeout, not by anything earlier.
        assert!(
            closed_after >= HEADER_READ_TIMEOUT - Duration::from_millis(200),
            "socket {i} closed after {closed_after:?}"
        );
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_trickled_past_the_request_deadline_is_answered_408() {
    let server = start().await;
    let head =
        b"POST /graphql HTTP/1.1\r\nHost: lawtracker\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{";
    let (closed_after, received) =
        trickle(&address(&server), head, b' ').await.expect("the server closes the connection");
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 408"), "expected 408, got {text:?}");
    assert!(text.contains("REQUEST_TIMEOUT"), "the body names the code: {text:?}");
    assert!(closed_after <= REQUEST_DEADLINE + MARGIN, "closed after {closed_after:?}");
    assert!(closed_after >= REQUEST_DEADLINE - Duration::from_millis(200), "closed after {closed_after:?}");
    server.stop().await;
}

/// Reads one response (headers, then `Content-Length` bytes of body) off `stream`.
async fn read_response(stream: &mut TcpStream) -> (String, String) {
    let mut data = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_string();
            let length: usize = head
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
                .expect("a Content-Length");
            while data.len() < end + 4 + length {
                let n = stream.read(&mut buffer).await.expect("read the body");
                assert!(n > 0, "connection closed mid-body");
                data.extend_from_slice(&buffer[..n]);
            }
            return (head, String::from_utf8_lossy(&data[end + 4..end + 4 + length]).to_string());
        }
        let n = stream.read(&mut buffer).await.expect("read the head");
        assert!(n > 0, "connection closed before a response: {:?}", String::from_utf8_lossy(&data));
        data.extend_from_slice(&buffer[..n]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keep_alive_carries_several_requests_on_one_connection() {
    let server = start().await;
    let mut stream = TcpStream::connect(address(&server)).await.unwrap();
    let body = json!({ "query": r#"{ source(id: "seed-001-forum-post") { slug } }"# }).to_string();
    for round in 0..4 {
        let request = format!(
            "POST /graphql HTTP/1.1\r\nHost: lawtracker\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let (head, answer) = read_response(&mut stream).await;
        assert!(head.starts_with("HTTP/1.1 200"), "round {round}: {head}");
        let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer["data"]["source"]["slug"], "seed-001-forum-post", "round {round}");
        // Idle between requests, but less than the header-read timeout.
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    server.stop().await;
}
