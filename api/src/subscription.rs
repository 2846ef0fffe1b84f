//! Live updates: the `changes` subscription, served over WebSocket at `/ws` (see `ws`).

use async_graphql::Context;
use futures_util::Stream;
use lawtracker_core::model;
use lawtracker_core::Store;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

use crate::enums::EntityType;
use crate::types::Revision;

pub struct Subscription;

#[async_graphql::Subscription]
impl Subscription {
    /// Each committed write from now on, optionally only for some entity types.
    /// A front end keeps a page live by refetching what a revision names.
    async fn changes(
        &self,
        ctx: &Context<'_>,
        types: Option<Vec<EntityType>>,
    ) -> async_graphql::Result<impl Stream<Item = Revision>> {
        let wanted: Option<Vec<model::EntityType>> = types.map(|t| t.into_iter().map(Into::into).collect());
        let store = ctx.data::<Store>()?;
        // Ends when the server begins to stop, so the client gets `complete`.
        let stream = futures_util::StreamExt::take_until(BroadcastStream::new(store.subscribe()), store.stopping());
        Ok(stream.filter_map(move |item| match item {
            Ok(revision) if wanted.as_ref().is_none_or(|w| w.contains(&revision.entity_type)) => {
                Some(Revision(revision))
            }
            Ok(_) => None,
            // A slow subscriber that lagged skips what it missed; the revisions feed has it all.
            Err(_) => None,
        }))
    }
}
