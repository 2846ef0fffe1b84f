//! A graphql-transport-ws client for tests: what the front end's `graphql-ws` does.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens `base`'s `/ws` and completes the handshake (`connection_init` → `connection_ack`).
pub async fn connect(base: &str) -> Socket {
    let mut request = format!("{}/ws", base.replace("http://", "ws://")).into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("WebSocket connects");
    socket.send(Message::text(json!({ "type": "connection_init" }).to_string())).await.unwrap();
    let ack = read_json(&mut socket).await;
    assert_eq!(ack.as_ref().map(|a| a["type"].clone()), Some(json!("connection_ack")), "{ack:?}");
    socket
}

/// Starts subscription `id`.
pub async fn subscribe(socket: &mut Socket, id: &str, query: &str, variables: Value) {
    let message = json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } });
    socket.send(Message::text(message.to_string())).await.unwrap();
}

/// The next JSON message on a graphql-ws socket, or `None` once it closes.
pub async fn read_json<S>(socket: &mut S) -> Option<Value>
where
    S: futures_util::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        match tokio::time::timeout(Duration::from_secs(20), socket.next()).await.expect("a message or a close in time")
        {
            Some(Ok(Message::Text(text))) => return Some(serde_json::from_str(&text).unwrap()),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            _ => return None,
        }
    }
}
