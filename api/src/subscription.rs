//! Live updates: the `changes` subscription, served over WebSocket at `/ws` (see `ws`).

use async_graphql::Context;
use futures_util::Stream;
use lawtracker_core::model;
use lawtracker_core::store::queries::Cursor;
use lawtracker_core::Store;
use tokio::sync::broadcast::{self, error::RecvError};

use crate::enums::EntityType;
use crate::error::ResultExt;
use crate::types::Revision;

/// Revisions read from the database at a time when catching up.
const CATCH_UP_BATCH: usize = 500;

pub struct Subscription;

#[async_graphql::Subscription]
impl Subscription {
    /// Each committed write from now on, optionally only for some entity types, in
    /// commit order. With `after` (a revision's `cursor`), first every revision
    /// committed since, then live ones: a client that reconnects, to this process or
    /// another, resumes with no gap and no duplicate. A front end keeps a page live
    /// by refetching what a revision names.
    async fn changes(
        &self,
        ctx: &Context<'_>,
        types: Option<Vec<EntityType>>,
        #[graphql(desc = "Resume after this revision (its `cursor`).")] after: Option<String>,
    ) -> async_graphql::Result<impl Stream<Item = Revision>> {
        let wanted: Option<Vec<model::EntityType>> = types.map(|t| t.into_iter().map(Into::into).collect());
        let after = after.as_deref().map(Cursor::decode).transpose().gql()?.map(|cursor| cursor.id);
        let store = ctx.data::<Store>()?.clone();
        // Subscribed before the backlog is read: nothing committed in between is missed.
        let live = store.subscribe();
        let feed = Feed { store: store.clone(), live, last: after, backlog: Vec::new().into_iter(), caught_up: false };
        let stream = futures_util::stream::unfold(feed, Feed::next);
        let wanted_only = futures_util::StreamExt::filter(stream, move |revision| {
            let keep = wanted.as_ref().is_none_or(|w| w.contains(&revision.entity_type));
            std::future::ready(keep)
        });
        // Ends when the server begins to stop, so the client gets `complete`.
        let stopping = futures_util::StreamExt::take_until(wanted_only, store.stopping());
        Ok(futures_util::StreamExt::map(stopping, Revision))
    }
}

/// The state of one `changes` stream: the last place delivered, and what the
/// database still owes before the next live revision.
struct Feed {
    store: Store,
    live: broadcast::Receiver<model::Revision>,
    /// The last place delivered (or resumed after); `None` until the first, without `after`.
    last: Option<i64>,
    backlog: std::vec::IntoIter<model::Revision>,
    caught_up: bool,
}

impl Feed {
    async fn next(mut self) -> Option<(model::Revision, Feed)> {
        loop {
            if let Some(revision) = self.backlog.next() {
                self.last = Some(revision.commit_seq);
                return Some((revision, self));
            }
            if !self.caught_up {
                // Reads the database until it has nothing after `last`.
                match self.last {
                    Some(last) => {
                        let batch = self.read_after(last).await?;
                        self.caught_up = batch.len() < CATCH_UP_BATCH;
                        self.backlog = batch.into_iter();
                        continue;
                    }
                    None => self.caught_up = true,
                }
            }
            match self.live.recv().await {
                Ok(revision) => match self.last {
                    Some(last) if revision.commit_seq <= last => continue,
                    // A place skipped (a notice lost while the listener reconnected):
                    // the database has it, and what follows it.
                    Some(last) if revision.commit_seq > last + 1 => self.caught_up = false,
                    _ => {
                        self.last = Some(revision.commit_seq);
                        return Some((revision, self));
                    }
                },
                // This subscriber fell behind the broadcast: catch up from the database.
                Err(RecvError::Lagged(_)) if self.last.is_some() => self.caught_up = false,
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    }

    async fn read_after(&self, last: i64) -> Option<Vec<model::Revision>> {
        match self.store.revisions(None, Some(last), CATCH_UP_BATCH).await {
            Ok(batch) => Some(batch),
            Err(error) => {
                // The stream ends (the client sees `complete` and resumes from its cursor).
                tracing::warn!(%error, last, "could not read the revision feed for a subscriber");
                None
            }
        }
    }
}
