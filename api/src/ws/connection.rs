//! One socket, from the upgrade to its close: the protocol's state (acknowledged or
//! not, the operations running), its timers, and the only writer to the socket.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::time::Duration;

use async_graphql::{ServerError, Variables};
use axum::body::Bytes;
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use lawtracker_core::auth::{AuthOrStoreError, Role};
use serde_json::{Map, Value};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;
use tokio::time::{interval_at, sleep, timeout, Instant, MissedTickBehavior};

use super::limits::Slot;
use super::operation::{self, Event};
use super::protocol::{self, ClientMessage, Closing, SubscribePayload};
use super::WsEndpoint;
use crate::error::code;
use crate::types::PreferredLanguage;

/// A peer that has not taken a frame in this long is as good as gone.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// After its close frame, how long the socket waits for the peer's: closing with
/// unread input would reset the connection, and the peer could lose the close code.
const CLOSE_WAIT: Duration = Duration::from_secs(2);
/// When the server stops, how long operations have to send their `complete`.
const DRAIN_GRACE: Duration = Duration::from_secs(5);
/// Frames waiting for the socket; past this, operations wait their turn.
const EVENT_BUFFER: usize = 64;

/// What the upgrade request said about its client.
pub(super) struct Client {
    /// Held while the socket is open: its place among its address's sockets.
    pub _address: Slot<IpAddr>,
    /// `Authorization: Bearer …` on the upgrade, for clients that can send headers;
    /// a token in `connection_init` wins over it.
    pub header_token: Option<String>,
    pub language: PreferredLanguage,
}

/// How a socket ends.
enum Ending {
    Close(Closing),
    /// Without a close frame: the peer is gone or stopped answering (the reference
    /// server terminates such a socket too; a graphql-ws client reconnects on 1006).
    Terminate,
}

impl From<Closing> for Ending {
    fn from(closing: Closing) -> Ending {
        Ending::Close(closing)
    }
}

struct Running {
    seq: u64,
    abort: AbortHandle,
}

struct Connection {
    endpoint: WsEndpoint,
    client: Client,
    acknowledged: bool,
    /// The token `connection_init` was admitted with: every operation's credentials.
    token: Option<String>,
    /// Held while the socket is open: its place among its token's sockets.
    _token_slot: Option<Slot<String>>,
    operations: HashMap<String, Running>,
    next_seq: u64,
    events: mpsc::Sender<Event>,
}

pub(super) async fn run(mut socket: WebSocket, endpoint: WsEndpoint, client: Client) {
    let (events, mut results) = mpsc::channel(EVENT_BUFFER);
    let mut connection = Connection {
        endpoint,
        client,
        acknowledged: false,
        token: None,
        _token_slot: None,
        operations: HashMap::new(),
        next_seq: 0,
        events,
    };
    let ending = match connection.serve(&mut socket, &mut results).await {
        Err(ending) => ending,
        Ok(never) => match never {},
    };
    for (_, running) in connection.operations.drain() {
        running.abort.abort();
    }
    if let Ending::Close(closing) = ending {
        close(socket, closing).await;
    }
}

/// Sends the close frame, then reads until the peer's close (or the wait is over).
pub(super) async fn close(mut socket: WebSocket, closing: Closing) {
    let frame = CloseFrame { code: closing.code, reason: closing.reason.as_ref().into() };
    if !matches!(timeout(WRITE_TIMEOUT, socket.send(Message::Close(Some(frame)))).await, Ok(Ok(()))) {
        return;
    }
    let _ = timeout(CLOSE_WAIT, async {
        while let Some(Ok(message)) = socket.recv().await {
            if matches!(message, Message::Close(_)) {
                break;
            }
        }
    })
    .await;
}

async fn send(socket: &mut WebSocket, message: Message) -> Result<(), Ending> {
    match timeout(WRITE_TIMEOUT, socket.send(message)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) | Err(_) => Err(Ending::Terminate),
    }
}

async fn send_text(socket: &mut WebSocket, text: String) -> Result<(), Ending> {
    send(socket, Message::text(text)).await
}

/// A read error: over the size limit earns 1009; anything else means the peer is gone.
fn read_failed(error: axum::Error) -> Ending {
    // axum wraps the tungstenite error it reads with (its version of the crate).
    match error.into_inner().downcast_ref::<tungstenite::Error>() {
        Some(tungstenite::Error::Capacity(_)) => Ending::Close(protocol::MESSAGE_TOO_BIG),
        _ => Ending::Terminate,
    }
}

impl Connection {
    async fn serve(
        &mut self,
        socket: &mut WebSocket,
        results: &mut mpsc::Receiver<Event>,
    ) -> Result<Infallible, Ending> {
        let limits = self.endpoint.limits.clone();
        let init_deadline = sleep(limits.init_timeout);
        tokio::pin!(init_deadline);
        let keepalive = !limits.keepalive.is_zero();
        let period = if keepalive { limits.keepalive } else { Duration::from_secs(3600) };
        let mut pings = interval_at(Instant::now() + period, period);
        pings.set_missed_tick_behavior(MissedTickBehavior::Delay);
        // Whether a ping is out, and whether anything came in since it went.
        let (mut pinged, mut heard) = (false, false);
        let stopping = self.endpoint.store.stopping();
        tokio::pin!(stopping);
        let mut draining = false;
        let drain_deadline = sleep(Duration::MAX);
        tokio::pin!(drain_deadline);
        loop {
            tokio::select! {
                _ = &mut init_deadline, if !self.acknowledged => return Err(protocol::INIT_TIMEOUT.into()),
                incoming = socket.recv() => {
                    heard = true;
                    match incoming {
                        None | Some(Ok(Message::Close(_))) => return Err(Ending::Terminate),
                        Some(Err(error)) => return Err(read_failed(error)),
                        Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                        Some(Ok(Message::Text(text))) => self.handle(socket, text.as_str()).await?,
                        Some(Ok(Message::Binary(bytes))) => match std::str::from_utf8(&bytes) {
                            Ok(text) => self.handle(socket, text).await?,
                            Err(_) => return Err(Closing::invalid("a binary frame that is not UTF-8 JSON").into()),
                        },
                    }
                }
                Some(event) = results.recv() => self.deliver(socket, event).await?,
                _ = pings.tick(), if keepalive => {
                    if pinged && !heard {
                        return Err(Ending::Terminate);
                    }
                    send(socket, Message::Ping(Bytes::new())).await?;
                    (pinged, heard) = (true, false);
                }
                _ = &mut stopping, if !draining => {
                    draining = true;
                    drain_deadline.as_mut().reset(Instant::now() + DRAIN_GRACE);
                }
                _ = &mut drain_deadline, if draining => return Err(protocol::GOING_AWAY.into()),
            }
            // Stopping: subscriptions end by themselves (see subscription.rs), each with
            // its `complete`; once they have, the socket closes so clients reconnect.
            if draining && self.operations.is_empty() {
                return Err(protocol::GOING_AWAY.into());
            }
        }
    }

    async fn handle(&mut self, socket: &mut WebSocket, text: &str) -> Result<(), Ending> {
        match protocol::parse(text)? {
            ClientMessage::ConnectionInit { payload } => {
                if self.acknowledged {
                    return Err(protocol::TOO_MANY_INITS.into());
                }
                self.admit(payload.as_ref()).await?;
                self.acknowledged = true;
                send_text(socket, protocol::connection_ack()).await
            }
            ClientMessage::Ping { payload } => send_text(socket, protocol::pong(payload)).await,
            ClientMessage::Pong { .. } => Ok(()),
            ClientMessage::Subscribe { id, payload } => {
                if !self.acknowledged {
                    return Err(protocol::UNAUTHORIZED.into());
                }
                if self.operations.contains_key(&id) {
                    return Err(Closing::already_exists(&id).into());
                }
                let cap = self.endpoint.limits.max_operations;
                if self.operations.len() >= cap {
                    // This operation is refused, the others go on: the spec's `error`.
                    return send_text(socket, protocol::error(&id, &[too_many_operations(cap)])).await;
                }
                self.start(id, payload);
                Ok(())
            }
            // The client stops listening: nothing more is sent for it, not even `complete`.
            ClientMessage::Complete { id } => {
                if let Some(running) = self.operations.remove(&id) {
                    running.abort.abort();
                }
                Ok(())
            }
        }
    }

    /// Checks the token `connection_init` (or the upgrade) carries and counts the
    /// socket against it. No token is fine: reads are public.
    async fn admit(&mut self, payload: Option<&Map<String, Value>>) -> Result<(), Closing> {
        let token = match protocol::init_token(payload) {
            Ok(Some(token)) => Some(token),
            Ok(None) => self.client.header_token.clone(),
            Err(why) => return Err(Closing::forbidden(why)),
        };
        let Some(token) = token else { return Ok(()) };
        // Every token is at least an editor's: this asks only whether it is valid.
        let principal = match self.endpoint.store.authorize(Some(&token), Role::Contributor).await {
            Ok(principal) => principal,
            Err(AuthOrStoreError::Auth(error)) => return Err(Closing::forbidden(&error.to_string())),
            Err(AuthOrStoreError::Store(error)) => {
                tracing::warn!(%error, "a WebSocket token could not be checked");
                return Err(Closing::try_again_later("the token could not be checked"));
            }
        };
        let cap = self.endpoint.limits.max_sockets_per_token;
        let slot = self
            .endpoint
            .tokens
            .take(principal.name, cap)
            .ok_or_else(|| Closing::try_again_later(&format!("this token has {cap} sockets open, the limit")))?;
        self._token_slot = Some(slot);
        self.token = Some(token);
        Ok(())
    }

    fn start(&mut self, id: String, payload: SubscribePayload) {
        let variables = Variables::from_json(Value::Object(payload.variables.unwrap_or_default()));
        let mut request = async_graphql::Request::new(payload.query).variables(variables);
        if let Some(name) = payload.operation_name {
            request = request.operation_name(name);
        }
        let request = crate::http::with_request_data(
            request,
            &self.endpoint.store,
            crate::access::Credentials::token(self.token.clone()),
            self.client.language,
        );
        let seq = self.next_seq;
        self.next_seq += 1;
        let abort = operation::spawn(self.endpoint.schema.clone(), request, id.clone(), seq, self.events.clone());
        self.operations.insert(id, Running { seq, abort });
    }

    /// Sends what an operation has, unless the client completed it meanwhile.
    async fn deliver(&mut self, socket: &mut WebSocket, event: Event) -> Result<(), Ending> {
        let (id, seq, text, last) = match event {
            Event::Frame { id, seq, text } => (id, seq, text, false),
            Event::End { id, seq, text } => (id, seq, text, true),
        };
        if self.operations.get(&id).is_none_or(|running| running.seq != seq) {
            return Ok(());
        }
        if last {
            self.operations.remove(&id);
        }
        send_text(socket, text).await
    }
}

/// The error a `subscribe` over the cap gets, with the cap and the flag that sets it.
fn too_many_operations(cap: usize) -> ServerError {
    let mut error = ServerError::new(
        format!(
            "this socket already runs {cap} operations, the limit (`lawtracker serve --ws-max-subscriptions`): \
             complete one before starting another"
        ),
        None,
    );
    let extensions = error.extensions.get_or_insert_with(Default::default);
    extensions.set("code", code::TOO_MANY_SUBSCRIPTIONS);
    extensions.set("limit", cap as u64);
    error
}
