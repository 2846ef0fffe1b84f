//! A graphql-transport-ws client over a real socket to a [`TestServer`]'s `/ws`,
//! with nothing of its own: each test says every message it sends.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::TestServer;

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Longer than any wait a test sets up: a hang fails instead of blocking the suite.
const PATIENCE: Duration = Duration::from_secs(20);

/// The upgrade to `/ws`, offering `protocol` (if any) and sending `headers`.
pub async fn try_connect(
    server: &TestServer,
    protocol: Option<&str>,
    headers: &[(&'static str, &str)],
) -> Result<Socket, tungstenite::Error> {
    let mut request = format!("{}/ws", server.base.replace("http://", "ws://")).into_client_request().unwrap();
    if let Some(protocol) = protocol {
        request.headers_mut().insert("Sec-WebSocket-Protocol", protocol.parse().unwrap());
    }
    for (name, value) in headers {
        request.headers_mut().insert(*name, value.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request).await.map(|(socket, _)| socket)
}

/// A socket speaking graphql-transport-ws, not yet initialised.
pub async fn connect(server: &TestServer) -> Socket {
    try_connect(server, Some("graphql-transport-ws"), &[]).await.expect("the WebSocket upgrade succeeds")
}

/// A socket after `connection_init` (with `payload`, if any) and its `connection_ack`.
pub async fn connect_init(server: &TestServer, payload: Option<Value>) -> Socket {
    let mut socket = connect(server).await;
    let init = match payload {
        Some(payload) => json!({ "type": "connection_init", "payload": payload }),
        None => json!({ "type": "connection_init" }),
    };
    send(&mut socket, init).await;
    let ack = next_json(&mut socket).await;
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    socket
}

pub async fn send(socket: &mut Socket, message: Value) {
    socket.send(Message::text(message.to_string())).await.expect("the socket takes a message");
}

/// `subscribe` with `query` under `id`.
pub async fn subscribe(socket: &mut Socket, id: &str, query: &str) {
    send(socket, json!({ "id": id, "type": "subscribe", "payload": { "query": query } })).await;
}

/// The next protocol message (WebSocket pings and pongs skipped); panics on a close.
pub async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let frame = tokio::time::timeout(PATIENCE, socket.next()).await.expect("a message in time");
        match frame.expect("the socket stays open").expect("a frame") {
            Message::Text(text) => return serde_json::from_str(&text).expect("a JSON message"),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("expected a message, got {other:?}"),
        }
    }
}

/// The code and reason the server closes with, reading past any message before it;
/// panics if the socket ends without a close frame.
pub async fn close_frame(socket: &mut Socket) -> (u16, String) {
    loop {
        let frame = tokio::time::timeout(PATIENCE, socket.next()).await.expect("a close in time");
        match frame {
            Some(Ok(Message::Close(Some(frame)))) => return (u16::from(frame.code), frame.reason.to_string()),
            Some(Ok(Message::Close(None))) => return (u16::from(CloseCode::Status), String::new()),
            Some(Ok(_)) => continue,
            other => panic!("the socket ended without a close frame: {other:?}"),
        }
    }
}

/// A `ping` answered by its `pong`: the socket is open and serving.
pub async fn assert_serving(socket: &mut Socket) {
    send(socket, json!({ "type": "ping", "payload": { "probe": true } })).await;
    let pong = next_json(socket).await;
    assert_eq!(pong, json!({ "type": "pong", "payload": { "probe": true } }), "the socket still serves");
}

/// The next protocol message, or `None` once the socket closes (for reading a
/// stream to its end).
pub async fn read_json<S>(socket: &mut S) -> Option<Value>
where
    S: futures_util::Stream<Item = Result<Message, tungstenite::Error>> + Unpin,
{
    loop {
        match tokio::time::timeout(PATIENCE, socket.next()).await.expect("a message or a close in time") {
            Some(Ok(Message::Text(text))) => return Some(serde_json::from_str(&text).unwrap()),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            _ => return None,
        }
    }
}
