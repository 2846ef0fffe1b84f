//! Actors: persons, organisations and public bodies.

use async_graphql::{Context, Object, ID};
use lawtracker_core::model::{self, CitationTarget};
use lawtracker_core::store::queries::CriticismFilter;
use lawtracker_core::Store;

use super::source::citations;
use super::{gid, history, Citation, Criticism, Revision};
use crate::enums::*;
use crate::error::ResultExt;
use crate::pagination::{connection, Conn, CountOf, PageArgs};

/// A person, organisation or public body.
pub struct Actor(pub model::Actor);

#[Object]
impl Actor {
    pub(super) async fn id(&self) -> ID {
        gid::<model::Actor>(&self.0.slug)
    }
    /// Bumped by every update; pass it as `expectedVersion` to change this entity.
    async fn version(&self) -> i64 {
        self.0.version
    }
    /// Every recorded change to this entity, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Revision>> {
        history(ctx, model::EntityType::Actor, &self.0.slug).await
    }
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> ActorKind {
        self.0.kind.into()
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    #[graphql(complexity = "5 + first.unwrap_or(20).max(0) as usize * child_complexity")]
    async fn criticisms(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Conn<Criticism>> {
        let args = PageArgs::parse(first, after)?;
        let filter = CriticismFilter { actor_id: Some(self.0.id), ..Default::default() };
        let page = ctx.data::<Store>()?.criticisms(&filter, args.after.as_ref(), args.limit).await.gql()?;
        Ok(connection(page, &args, CountOf::Criticisms(filter), Criticism))
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Actor(self.0.id)).await
    }
}
