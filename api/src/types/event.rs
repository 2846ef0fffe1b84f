//! Lifecycle events of laws and provisions.

use async_graphql::{Context, Object};
use lawtracker_core::model::{self, CitationTarget};

use super::source::citations;
use super::{Citation, Facility, Law, Provision};
use crate::enums::*;
use crate::loaders::{one, request_loaders};

/// A dated change in the life of a law or a provision, with its evidence.
pub struct LifecycleEvent(pub model::LifecycleEvent);

#[Object]
impl LifecycleEvent {
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    async fn kind(&self) -> EventKind {
        self.0.kind.into()
    }
    async fn occurred_on(&self) -> &str {
        &self.0.occurred_on
    }
    async fn date_precision(&self) -> DatePrecision {
        self.0.date_precision.into()
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    /// Places or detainees, for a facility opening, where a source gives them.
    async fn capacity(&self) -> Option<i64> {
        self.0.capacity
    }
    async fn law(&self, ctx: &Context<'_>) -> async_graphql::Result<Law> {
        Ok(Law(one(request_loaders(ctx)?, self.0.law_id).await?))
    }
    /// The provision concerned; null for events of the whole law.
    async fn provision(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Provision>> {
        match self.0.provision_id {
            Some(id) => Ok(Some(Provision::current(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn facility(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Facility>> {
        match self.0.facility_id {
            Some(id) => Ok(Some(Facility(one(request_loaders(ctx)?, id).await?))),
            None => Ok(None),
        }
    }
    async fn citations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Citation>> {
        citations(ctx, CitationTarget::Event(self.0.id)).await
    }
}
