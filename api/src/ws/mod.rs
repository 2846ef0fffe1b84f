//! `/ws`: GraphQL over WebSocket, the graphql-transport-ws protocol (the `graphql-ws`
//! npm client's), with the limits a public endpoint needs. What a client sees:
//!
//! - 4406 when it does not offer `graphql-transport-ws` (the older `graphql-ws`
//!   subprotocol of subscriptions-transport-ws is not served);
//! - 4408 without a `connection_init` within `init_timeout`; 4429 on a second one;
//!   4403 when it carries a token the server does not accept;
//! - 4401 for a `subscribe` before the `connection_ack`; 4409 for an id still running;
//!   4400 for anything that is not a message of the protocol;
//! - an `error` for a `subscribe` over the operations cap (the others go on);
//! - HTTP 429 instead of the upgrade over the sockets cap of its address; 1013 over
//!   that of its token (known at `connection_init`); 1009 for a message over the size;
//! - server pings (WebSocket ping frames, which browsers and clients answer by
//!   themselves) and, when nothing answers for a whole interval, the socket cut
//!   without a close frame, as the graphql-ws reference server does (1006 to the
//!   client, which reconnects);
//! - `complete` for each subscription and then 1001 when the server stops.

mod connection;
pub mod limits;
mod operation;
pub mod protocol;

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{State, WebSocketUpgrade};
use axum::http::{Extensions, HeaderMap};
use axum::response::Response;
use lawtracker_core::Store;

use crate::schema::CodedSchema;
use limits::Tally;
pub use limits::WsLimits;

/// When a client over its address's socket cap may try again: sockets close at
/// their users' pace, so this is a hint, not a promise.
const SOCKETS_RETRY_AFTER_SECONDS: u64 = 10;

/// Everything `/ws` needs, shared by its sockets.
#[derive(Clone)]
pub struct WsEndpoint {
    schema: CodedSchema,
    store: Store,
    limits: Arc<WsLimits>,
    /// The rate limit's setting: whether the client address is the proxy's `X-Forwarded-For`.
    trust_forwarded_for: bool,
    addresses: Tally<IpAddr>,
    tokens: Tally<String>,
}

impl WsEndpoint {
    pub fn new(schema: CodedSchema, store: Store, limits: WsLimits, trust_forwarded_for: bool) -> WsEndpoint {
        WsEndpoint {
            schema,
            store,
            limits: Arc::new(limits),
            trust_forwarded_for,
            addresses: Tally::default(),
            tokens: Tally::default(),
        }
    }
}

/// `GET /ws`: the upgrade, or 429 when the client's address has all its sockets open.
pub async fn upgrade(
    State(endpoint): State<WsEndpoint>,
    headers: HeaderMap,
    extensions: Extensions,
    upgrade: WebSocketUpgrade,
) -> Response {
    let address = crate::rate_limit::client_address(&headers, &extensions, endpoint.trust_forwarded_for);
    let cap = endpoint.limits.max_sockets_per_address;
    let Some(slot) = endpoint.addresses.take(address, cap) else {
        crate::metrics::record_rate_limited("ws_address");
        let message = format!("this address has {cap} WebSocket connections open, the limit; close one or retry later");
        return crate::rate_limit::too_many(message, SOCKETS_RETRY_AFTER_SECONDS);
    };
    let offered = upgrade.requested_protocols().any(|protocol| protocol == protocol::SUBPROTOCOL);
    let client = connection::Client {
        _address: slot,
        header_token: crate::access::bearer_token(&headers).map(str::to_string),
        language: crate::http::preferred_language(&headers),
    };
    let size = endpoint.limits.max_message_bytes;
    upgrade.protocols([protocol::SUBPROTOCOL]).max_message_size(size).max_frame_size(size).on_upgrade(
        move |socket| async move {
            if offered {
                connection::run(socket, endpoint, client).await;
            } else {
                connection::close(socket, protocol::SUBPROTOCOL_NOT_ACCEPTABLE).await;
            }
        },
    )
}
