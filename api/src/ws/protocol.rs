//! The graphql-transport-ws protocol's messages and close codes, as its
//! specification (PROTOCOL.md of enisdenjo/graphql-ws) states them.

use std::borrow::Cow;

use async_graphql::{Response, ServerError};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// The subprotocol served; the older `graphql-ws` (subscriptions-transport-ws) is not.
pub const SUBPROTOCOL: &str = "graphql-transport-ws";

/// How the server ends a socket: a close frame's code and reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closing {
    pub code: u16,
    pub reason: Cow<'static, str>,
}

impl Closing {
    const fn fixed(code: u16, reason: &'static str) -> Closing {
        Closing { code, reason: Cow::Borrowed(reason) }
    }

    /// A reason longer than a close frame holds (123 bytes) is cut at a character.
    fn new(code: u16, reason: String) -> Closing {
        let mut end = reason.len().min(MAX_REASON_BYTES);
        while !reason.is_char_boundary(end) {
            end -= 1;
        }
        Closing { code, reason: Cow::Owned(reason[..end].to_string()) }
    }

    /// 4400: a message the protocol does not define, or malformed.
    pub fn invalid(why: impl std::fmt::Display) -> Closing {
        Closing::new(4400, format!("Invalid message received: {why}"))
    }

    /// 4409: an operation with this id is still running on this socket.
    pub fn already_exists(id: &str) -> Closing {
        Closing::new(4409, format!("Subscriber for {id} already exists"))
    }

    /// 4403: the token of `connection_init` is not one the server knows (or revoked).
    pub fn forbidden(why: &str) -> Closing {
        Closing::new(4403, format!("Forbidden: {why}"))
    }

    /// 1013 Try Again Later (RFC 6455's registry): over a socket cap known only after
    /// `connection_init`, or the token could not be checked. graphql-ws clients
    /// reconnect after it with their back-off; 4429 would make them give up.
    pub fn try_again_later(why: &str) -> Closing {
        Closing::new(1013, format!("Try again later: {why}"))
    }
}

/// A close frame's reason has room for 123 bytes (RFC 6455, 5.5: 125 less the code).
const MAX_REASON_BYTES: usize = 123;

pub const UNAUTHORIZED: Closing = Closing::fixed(4401, "Unauthorized");
pub const SUBPROTOCOL_NOT_ACCEPTABLE: Closing = Closing::fixed(4406, "Subprotocol not acceptable");
pub const INIT_TIMEOUT: Closing = Closing::fixed(4408, "Connection initialisation timeout");
pub const TOO_MANY_INITS: Closing = Closing::fixed(4429, "Too many initialisation requests");
/// 1009 Message Too Big (RFC 6455): the spec has no code of its own for it.
pub const MESSAGE_TOO_BIG: Closing = Closing::fixed(1009, "Message too big");
/// 1001 Going Away: the server is stopping; graphql-ws clients reconnect.
pub const GOING_AWAY: Closing = Closing::fixed(1001, "Server stopping");

/// What a client may send.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    ConnectionInit {
        payload: Option<Map<String, Value>>,
    },
    Ping {
        payload: Option<Map<String, Value>>,
    },
    Pong {
        #[serde(rename = "payload")]
        _payload: Option<Map<String, Value>>,
    },
    Subscribe {
        id: String,
        payload: SubscribePayload,
    },
    Complete {
        id: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscribePayload {
    pub query: String,
    pub operation_name: Option<String>,
    pub variables: Option<Map<String, Value>>,
    pub extensions: Option<Map<String, Value>>,
}

/// The message a text frame holds, or the 4400 closing it earns.
pub fn parse(text: &str) -> Result<ClientMessage, Closing> {
    let message: ClientMessage = serde_json::from_str(text).map_err(Closing::invalid)?;
    match &message {
        ClientMessage::Subscribe { id, .. } | ClientMessage::Complete { id } if id.is_empty() => {
            Err(Closing::invalid("`id` must not be empty"))
        }
        _ => Ok(message),
    }
}

/// The token `connection_init` carries: `{"authorization": "Bearer …"}` (any case of
/// the key, as a header would be) or `{"token": "…"}`. `Err` says why a credential
/// given cannot be used.
pub fn init_token(payload: Option<&Map<String, Value>>) -> Result<Option<String>, &'static str> {
    let Some(payload) = payload else { return Ok(None) };
    if let Some((_, value)) = payload.iter().find(|(key, _)| key.eq_ignore_ascii_case("authorization")) {
        let value = value.as_str().ok_or("`authorization` must be a string")?;
        let token = crate::access::bearer(value).ok_or("`authorization` must read `Bearer <token>`")?;
        return Ok(Some(token.to_string()));
    }
    match payload.get("token") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(token)) => Ok(Some(token.trim().to_string())),
        Some(_) => Err("`token` must be a string"),
    }
}

pub fn connection_ack() -> String {
    json!({ "type": "connection_ack" }).to_string()
}

/// The answer to a `ping`, with its payload, as the reference server does.
pub fn pong(payload: Option<Map<String, Value>>) -> String {
    match payload {
        Some(payload) => json!({ "type": "pong", "payload": payload }),
        None => json!({ "type": "pong" }),
    }
    .to_string()
}

pub fn next(id: &str, response: &Response) -> String {
    json!({ "id": id, "type": "next", "payload": response }).to_string()
}

/// Errors before execution (syntax, validation, limits): `error`, and no `complete` after it.
pub fn error(id: &str, errors: &[ServerError]) -> String {
    json!({ "id": id, "type": "error", "payload": errors }).to_string()
}

pub fn complete(id: &str) -> String {
    json!({ "id": id, "type": "complete" }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_outside_the_protocol_are_refused_with_4400() {
        for text in [
            "not json",
            r#"{"type":"start","id":"1"}"#,
            r#"{"type":"next","id":"1","payload":{}}"#,
            r#"{"type":"subscribe","payload":{"query":"{ laws { totalCount } }"}}"#,
            r#"{"type":"subscribe","id":"","payload":{"query":"{ laws { totalCount } }"}}"#,
            r#"{"type":"subscribe","id":"1","payload":{"variables":{}}}"#,
            r#"{"type":"subscribe","id":"1","payload":{"query":"{ a }","variables":[1]}}"#,
            r#"{"type":"connection_init","payload":"token"}"#,
            r#"{"id":"1"}"#,
            r#"{"type":"ping","payload":"x"}"#,
        ] {
            let closing = parse(text).expect_err(text);
            assert_eq!(closing.code, 4400, "{text}");
            assert!(closing.reason.len() <= MAX_REASON_BYTES, "{text}: {}", closing.reason);
        }
        assert!(matches!(parse(r#"{"type":"connection_init"}"#), Ok(ClientMessage::ConnectionInit { payload: None })));
        assert!(matches!(parse(r#"{"type":"pong","payload":null}"#), Ok(ClientMessage::Pong { .. })));
    }

    #[test]
    fn the_token_is_read_from_either_key() {
        let token = |payload: Value| init_token(payload.as_object());
        assert_eq!(token(json!({ "authorization": "Bearer lt_x" })), Ok(Some("lt_x".into())));
        assert_eq!(token(json!({ "Authorization": "bearer lt_y " })), Ok(Some("lt_y".into())));
        assert_eq!(token(json!({ "token": "lt_z" })), Ok(Some("lt_z".into())));
        assert_eq!(token(json!({ "other": 1 })), Ok(None));
        assert!(token(json!({ "authorization": "Basic abc" })).is_err());
        assert!(token(json!({ "token": 7 })).is_err());
    }

    #[test]
    fn a_long_reason_is_cut_to_fit_a_close_frame() {
        let closing = Closing::already_exists(&"é".repeat(200));
        assert_eq!(closing.code, 4409);
        assert!(closing.reason.len() <= MAX_REASON_BYTES && closing.reason.starts_with("Subscriber for é"));
    }
}
