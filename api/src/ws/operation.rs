//! One operation a socket runs: its results, in the protocol's words, handed to the
//! socket's loop, which alone writes to the socket.

use async_graphql::futures_util::StreamExt;
use async_graphql::{Executor, Request};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use super::protocol;
use crate::schema::CodedSchema;

/// What an operation has for its client. `seq` tells a restarted id's frames from
/// those of the operation it replaces, so a late frame of a completed one is dropped.
pub(super) enum Event {
    Frame {
        id: String,
        seq: u64,
        text: String,
    },
    /// The operation's last frame (`complete`, or `error` when it never started).
    End {
        id: String,
        seq: u64,
        text: String,
    },
}

/// Runs `request` until its results end or the returned handle aborts it.
pub(super) fn spawn(
    schema: CodedSchema,
    request: Request,
    id: String,
    seq: u64,
    events: mpsc::Sender<Event>,
) -> AbortHandle {
    tokio::spawn(async move {
        let mut results = schema.execute_stream(request, None);
        let mut first = true;
        while let Some(response) = results.next().await {
            // Refused before it ran (syntax, validation, limits): the spec's `error`,
            // which ends the operation without a `complete`.
            if first && crate::http::is_request_error(&response) {
                let text = protocol::error(&id, &response.errors);
                let _ = events.send(Event::End { id, seq, text }).await;
                return;
            }
            first = false;
            let text = protocol::next(&id, &response);
            // A socket slow to take frames fills the channel and this stream waits; the
            // changes feed behind a subscription skips what it lags by.
            if events.send(Event::Frame { id: id.clone(), seq, text }).await.is_err() {
                return;
            }
        }
        let text = protocol::complete(&id);
        let _ = events.send(Event::End { id, seq, text }).await;
    })
    .abort_handle()
}
