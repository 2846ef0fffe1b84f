//! The floor of bench/run.sh: the HTTP stack lawtracker serves on (axum + tokio's
//! multi-threaded runtime, with the same tower-http layers as `server::router`),
//! answering `POST /graphql` with a response body fixed at start-up, so that a
//! benchmark can show what HTTP alone costs on this machine.
//!
//! It reads and drops the request body (lawtracker must read it too), and answers
//! `GET /healthz` so a harness can wait for it like for the real server.
//!
//! ```sh
//! cargo build --release --example floor -p lawtracker-api
//! target/release/examples/floor --addr 127.0.0.1:18300 --body response.json
//! ```

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use tower_http::cors::{Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

// The same limits as lawtracker's server, so the layers do the same work.
const MAX_BODY_BYTES: usize = lawtracker_api::server::MAX_BODY_BYTES;
const REQUEST_TIMEOUT: Duration = lawtracker_api::server::REQUEST_TIMEOUT;

#[tokio::main]
async fn main() -> Result<(), String> {
    let mut addr = "127.0.0.1:18300".to_string();
    let mut body_file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr" => addr = args.next().ok_or("--addr needs a value")?,
            "--body" => body_file = Some(args.next().ok_or("--body needs a file")?),
            other => return Err(format!("unknown argument {other:?}; usage: floor [--addr HOST:PORT] --body FILE")),
        }
    }
    let body_file = body_file.ok_or("usage: floor [--addr HOST:PORT] --body FILE")?;
    let body = Bytes::from(std::fs::read(&body_file).map_err(|e| format!("cannot read {body_file}: {e}"))?);

    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]);
    let app = Router::new()
        .route("/graphql", post(answer))
        .route("/healthz", get(|| async { "ok" }))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(body);

    let listener = tokio::net::TcpListener::bind(&addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    eprintln!("floor: answering POST /graphql on http://{addr}/graphql with {body_file}");
    axum::serve(listener, app).await.map_err(|e| e.to_string())
}

/// Takes the whole request body (as the GraphQL handler would) and answers the fixed bytes.
async fn answer(State(body): State<Bytes>, request: Bytes) -> impl IntoResponse {
    drop(request);
    ([(header::CONTENT_TYPE, "application/json")], body)
}
