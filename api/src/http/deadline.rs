//! The request deadline: a request's body must have arrived whole within a few
//! seconds of its headers. hyper's header-read timeout covers the headers only, and
//! the handlers' own timeout (30 s, for running the query) would let a client that
//! trickles a body a byte at a time hold a connection and a task for that long.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::error::code;

/// Reads the whole body (at most the body limit: this runs inside that layer) within
/// `deadline`, then hands the request on with the body in memory. A body still
/// arriving then is answered 408 and its connection closed.
pub async fn read_body_within(State(deadline): State<Duration>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    // Axum's own extractor, so an over-long or broken body is answered as the
    // handlers answered it before (413, 400).
    match tokio::time::timeout(deadline, Bytes::from_request(Request::new(body), &())).await {
        Ok(Ok(bytes)) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Ok(Err(rejection)) => rejection.into_response(),
        Err(_) => {
            let message = format!("the request did not arrive whole within {} s", deadline.as_secs_f64());
            let body = serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code::REQUEST_TIMEOUT } }] });
            let mut response = (StatusCode::REQUEST_TIMEOUT, Json(body)).into_response();
            // The rest of the body is never read: the connection cannot carry another request.
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
    }
}
